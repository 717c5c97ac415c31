/** The spans the library's date filter offers: what an owner asks ("this week's ads"), a picker only when asked for. */
export const periods = ['all', 'today', 'last-7-days', 'last-30-days', 'this-month', 'custom'] as const;
export type Period = (typeof periods)[number];

/** A local calendar day as yyyy-mm-dd, the filter's own form. */
export function dayOf(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The inclusive days a preset covers, counted back from `now`; 'all' and 'custom' set none. */
export function periodRange(period: Period, now = new Date()): { from?: string; to?: string } {
  const daysBack = (n: number): string => dayOf(new Date(now.getFullYear(), now.getMonth(), now.getDate() - n));
  switch (period) {
    case 'today':
      return { from: dayOf(now), to: dayOf(now) };
    case 'last-7-days':
      return { from: daysBack(6), to: dayOf(now) };
    case 'last-30-days':
      return { from: daysBack(29), to: dayOf(now) };
    case 'this-month':
      return { from: dayOf(new Date(now.getFullYear(), now.getMonth(), 1)), to: dayOf(now) };
    case 'all':
    case 'custom':
      return {};
  }
}

/** Which preset a stored range is, so the filter shows it again (any other range is 'custom'). */
export function periodOf(range: { from?: string; to?: string }, now = new Date()): Period {
  if (range.from === undefined && range.to === undefined) return 'all';
  return periods.find((period) => period !== 'all' && period !== 'custom' && periodRange(period, now).from === range.from && periodRange(period, now).to === range.to) ?? 'custom';
}
