/** ISO text of a hardware time without milliseconds, as the CDS writes times (`2026-11-21T08:00:00Z`). */
export function isoOf(t: Date | string): string {
  return (typeof t === 'string' ? new Date(t) : t).toISOString().replace('.000Z', 'Z');
}
