/** Every string in the copywriter's JSON, one per line: what search indexes. */
export function flattenCopy(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(flattenCopy).filter(Boolean).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(flattenCopy).filter(Boolean).join('\n');
  return '';
}
