/**
 * Table-driven report layout shared by VTVRPT and MVCRPT: each column has a width, an alignment
 * and heading words stacked over (up to) two lines, so the layout can be adjusted in one place.
 */
export interface Column {
  /** Heading lines, top to bottom (missing lines are blank). */
  head: string[];
  width: number;
  right?: boolean;
}

export function formatRow(columns: readonly Column[], cells: readonly (string | number | null | undefined)[]): string {
  // Called once per report line (a million for VTVRPT ALL): one string built in place, no
  // per-cell arrays or closures. The last column is not padded on the right: the line is
  // trimmed at the end anyway.
  let out = '';
  const last = columns.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = columns[i]!;
    const x = cells[i];
    let v = x === null || x === undefined ? '' : typeof x === 'string' ? x : String(x);
    if (v.length > c.width) v = v.slice(0, c.width);
    if (i > 0) out += ' ';
    out += c.right ? v.padStart(c.width) : i === last ? v : v.padEnd(c.width);
  }
  return out.trimEnd();
}

/** The heading lines of a table, with a rule of dashes under them. */
export function headingLines(columns: readonly Column[]): string[] {
  const depth = Math.max(...columns.map((c) => c.head.length));
  const lines: string[] = [];
  for (let i = 0; i < depth; i++) lines.push(formatRow(columns, columns.map((c) => c.head[i - (depth - c.head.length)] ?? '')));
  lines.push(formatRow(columns, columns.map((c) => '-'.repeat(c.width))));
  return lines;
}

/** `2024-03-01T08:00:00Z` → `2024-03-01 08:00:00` (blank when absent). */
export function dateTime(iso: unknown, withSeconds = true): string {
  if (typeof iso !== 'string' || iso.length < 16) return '';
  return iso.slice(0, 10) + ' ' + iso.slice(11, withSeconds ? 19 : 16);
}

/** Flag letters in fixed positions: the letter when set, `-` when not. */
export function flagString(flags: readonly [string, unknown][]): string {
  let out = '';
  for (const [letter, on] of flags) out += on ? letter : '-';
  return out;
}

/** Words of `text` in lines of at most `width` characters (a longer word stands alone). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ').filter(Boolean)) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = '';
    }
    line += (line ? ' ' : '') + w;
  }
  return line || lines.length === 0 ? [...lines, line] : lines;
}
