/**
 * What a job changed, for people: the -/+ row lines of a CDS or of the hardware (the golden
 * runner's `cds dump` and hardware lines, `section {json}`) paired by the row's key and told as
 * the fields that changed — "MVC AO1000: read-only OFF → ON, exported OFF → ON" — or as a row
 * added or removed. One pass over the lines, whatever their number.
 */

export interface DiffLineLike {
  op: '-' | '+';
  line: string;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface RowChange {
  /** What the row is: `VTV`, `MVC`, `vault`, `work item` … */
  what: string;
  /** Its key: a volser, a name, a work id, `VTSS0 AV1000` … */
  key: string;
  kind: 'changed' | 'added' | 'removed';
  /** For a changed row: its fields that differ; for an added or removed one: its main fields. */
  fields: FieldChange[];
}

/** Section of a line → how to name its rows, and the fields that make a row's key. */
const SECTIONS: Record<string, { what: string; key?: string[] }> = {
  vtvs: { what: 'VTV' },
  mvcs: { what: 'MVC' },
  checkpoints: { what: 'checkpoint' },
  'vaults.vaults': { what: 'vault' },
  'vaults.volumes': { what: 'vaulted volume' },
  'pools.pools': { what: 'pool' },
  'pools.volparm': { what: 'VOLPARM range' },
  'classes.storage': { what: 'storage class' },
  'classes.management': { what: 'management class' },
  'config.vtss': { what: 'VTSS' },
  drtest: { what: 'DR test' },
  hw_vtss: { what: 'VTSS buffer size' },
  hw_vtss_vtv: { what: 'VTV in a VTSS buffer', key: ['vtss', 'vtv'] },
  hw_mvc: { what: 'cartridge in the library' },
  hw_mvc_vtv: { what: 'copy on a cartridge', key: ['mvc', 'block', 'vtv'] },
  hw_work: { what: 'work item' },
  hw_mount: { what: 'mount', key: ['vtss', 'vtd'] },
  clock: { what: 'clock' },
};

const WORDS: Record<string, string> = { readOnly: 'read-only', drtest: 'DR test', storClass: 'storage class', mgmtClass: 'management class', ownerPlex: 'owner TapePlex', invalidMir: 'invalid MIR' };

/** `usedMb` → `used MB`, `lastMounted` → `last mounted`. */
function label(field: string): string {
  if (field === '') return '';
  const leaf = field.split('.').pop()!;
  if (WORDS[leaf]) return WORDS[leaf];
  return leaf
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\bmb\b/g, 'MB')
    .replace(/\bvtss\b/g, 'VTSS')
    .replace(/\bvtv\b/g, 'VTV')
    .replace(/\bmvc\b/g, 'MVC')
    .replace(/\bacs\b/g, 'ACS');
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '-';
  if (v === true) return 'ON';
  if (v === false) return 'OFF';
  if (Array.isArray(v)) {
    if (v.length === 0) return 'none';
    const names = v.map((x) => (x !== null && typeof x === 'object' ? ((x as Record<string, unknown>)['mvc'] ?? (x as Record<string, unknown>)['volser'] ?? (x as Record<string, unknown>)['tapeplex'] ?? (x as Record<string, unknown>)['name']) : x));
    return names.every((n) => typeof n === 'string' || typeof n === 'number') ? names.join(', ') : JSON.stringify(v);
  }
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** The leaf fields of a row: nested objects flattened (`status.readOnly`), arrays kept whole. */
function flatten(o: Record<string, unknown>, prefix = '', out: Map<string, unknown> = new Map()): Map<string, unknown> {
  for (const [k, v] of Object.entries(o)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) flatten(v as Record<string, unknown>, `${prefix}${k}.`, out);
    else out.set(`${prefix}${k}`, v);
  }
  return out;
}

interface Parsed {
  section: string;
  key: string;
  value: unknown;
}

function parse(line: string): Parsed {
  const sp = line.indexOf(' ');
  const section = sp < 0 ? line : line.slice(0, sp);
  let value: unknown;
  try {
    value = sp < 0 ? null : JSON.parse(line.slice(sp + 1));
  } catch {
    value = line.slice(sp + 1);
  }
  let key = '';
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const fields = SECTIONS[section]?.key ?? [Object.keys(o)[0] ?? ''];
    key = fields.map((f) => show(o[f])).join(' ');
  }
  return { section, key, value };
}

function fieldsOf(value: unknown): Map<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? flatten(value as Record<string, unknown>) : new Map([['', value]]);
}

/** The row changes of a list of -/+ lines, in the order their rows first appear. */
export function readableChanges(lines: readonly DiffLineLike[]): RowChange[] {
  const rows = new Map<string, { before?: Parsed; after?: Parsed }>();
  for (const l of lines) {
    const p = parse(l.line);
    const id = `${p.section}\u0000${p.key}`;
    const r = rows.get(id) ?? {};
    if (l.op === '-') r.before = p;
    else r.after = p;
    rows.set(id, r);
  }
  const out: RowChange[] = [];
  for (const { before, after } of rows.values()) {
    const p = (after ?? before)!;
    const what = SECTIONS[p.section]?.what ?? p.section;
    if (before && after) {
      const b = fieldsOf(before.value);
      const a = fieldsOf(after.value);
      const fields: FieldChange[] = [];
      for (const k of new Set([...b.keys(), ...a.keys()])) {
        const x = show(b.get(k));
        const y = show(a.get(k));
        if (x !== y) fields.push({ field: label(k), before: x, after: y });
      }
      if (fields.length > 0) out.push({ what, key: p.key, kind: 'changed', fields });
    } else {
      const f = fieldsOf(p.value);
      const keys = SECTIONS[p.section]?.key ?? [[...f.keys()][0] ?? ''];
      const fields = [...f]
        .filter(([k]) => !keys.includes(k))
        .slice(0, 5)
        .map(([k, v]) => ({ field: label(k), before: before ? show(v) : '', after: after ? show(v) : '' }));
      out.push({ what, key: p.key, kind: after ? 'added' : 'removed', fields });
    }
  }
  return out;
}

/** One change as a line: `MVC AO1000: read-only OFF → ON, exported OFF → ON`. */
export function changeText(c: RowChange): string {
  const head = `${c.what}${c.key ? ` ${c.key}` : ''}`;
  const named = (f: FieldChange, v: string): string => (f.field ? `${f.field} ${v}` : v);
  if (c.kind === 'changed') return `${head}: ${c.fields.map((f) => named(f, `${f.before} → ${f.after}`)).join(', ')}`;
  const detail = c.fields.map((f) => named(f, c.kind === 'added' ? f.after : f.before)).join(', ');
  return `${head} ${c.kind}${detail ? ` (${detail})` : ''}`;
}
