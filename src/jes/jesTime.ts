/**
 * The time formats of a job log. All of them are taken from the instant the runner is given, in
 * UTC, so that the same job at the same simulated time gives the same bytes on every machine.
 */

const DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

const two = (n: number): string => String(n).padStart(2, '0');

/** `10.15.02` */
export function hhmmss(d: Date): string {
  return `${two(d.getUTCHours())}.${two(d.getUTCMinutes())}.${two(d.getUTCSeconds())}`;
}

/** Day of the year, 1-366. */
export function dayOfYear(d: Date): number {
  return Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
}

/** `2025063.1015` (IEF373I, IEF032I …) */
export function julianStamp(d: Date): string {
  return `${d.getUTCFullYear()}${String(dayOfYear(d)).padStart(3, '0')}.${two(d.getUTCHours())}${two(d.getUTCMinutes())}`;
}

/** `04 MAR 2025` */
export function statDate(d: Date): string {
  return `${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** `TUESDAY,   04 MAR 2025` — the weekday and comma padded to 11 columns, as on the job log's date line. */
export function logDate(d: Date): string {
  return `${`${DAYS[d.getUTCDay()]},`.padEnd(11)}${statDate(d)}`;
}

/** The date and time qualifiers of a system-generated temporary name: `SYS25063`, `T101502`. */
export function tempQualifiers(d: Date): { date: string; time: string } {
  const yy = String(d.getUTCFullYear() % 100).padStart(2, '0');
  return { date: `SYS${yy}${String(dayOfYear(d)).padStart(3, '0')}`, time: `T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}` };
}
