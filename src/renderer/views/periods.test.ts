import { describe, expect, it } from 'vitest';
import { periodOf, periodRange } from './periods';

describe('library periods', () => {
  const now = new Date(2026, 2, 3, 9, 30);

  it('cover whole local days back from today, across a month boundary', () => {
    expect(periodRange('today', now)).toEqual({ from: '2026-03-03', to: '2026-03-03' });
    expect(periodRange('last-7-days', now)).toEqual({ from: '2026-02-25', to: '2026-03-03' });
    expect(periodRange('last-30-days', now)).toEqual({ from: '2026-02-02', to: '2026-03-03' });
    expect(periodRange('this-month', now)).toEqual({ from: '2026-03-01', to: '2026-03-03' });
    expect(periodRange('all', now)).toEqual({});
  });

  it('name a stored range by its preset, any other as custom', () => {
    expect(periodOf({}, now)).toBe('all');
    expect(periodOf({ from: '2026-02-25', to: '2026-03-03' }, now)).toBe('last-7-days');
    expect(periodOf({ from: '2026-01-01', to: '2026-01-31' }, now)).toBe('custom');
  });
});
