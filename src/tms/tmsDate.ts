/** Days and times as the TMS keeps them: a day is `YYYY-MM-DD` (UTC), a time ISO-8601 text. */

/** The UTC day of a time. */
export function dayOf(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  return d.toISOString().slice(0, 10);
}

/** ISO text of a time, without milliseconds (`2026-11-21T08:00:00Z`), as the CDS writes it. */
export function timeOf(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Whether text is a valid day `YYYY-MM-DD`. */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The day `days` after `day`. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
