/**
 * A duration as people type it: `10m`, `45min`, `2h`, `1h30m`, `90s`, `1d`, or ISO 8601 `PT10M`.
 * Returns milliseconds, or undefined when the text is not a duration.
 */
const UNIT_MS: Record<string, number> = { d: 86400000, h: 3600000, m: 60000, min: 60000, s: 1000 };

export function parseDuration(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/^pt?/, '');
  if (t === '') return undefined;
  const re = /(\d+)(d|h|min|m|s)/gy;
  let ms = 0;
  let at = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    ms += Number(m[1]) * UNIT_MS[m[2]!]!;
    at = re.lastIndex;
  }
  return at === t.length && at > 0 ? ms : undefined;
}
