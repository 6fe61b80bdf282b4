/** ISO-8601 text of a time as the CDS stores it: whole seconds, UTC, `Z` (`2024-05-01T12:00:00Z`). */
export function cdsTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
