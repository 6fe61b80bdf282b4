/**
 * A digest of a CDS's content: every row of every table (schema included) in a fixed order,
 * hashed. Two CDSs with equal digests hold the same data. The file bytes are not compared:
 * SQLite rewrites header counters, checkpoints the WAL into the main file and reuses free pages
 * without any change to the data, so "byte-identical" is taken as "identical content".
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** A value with its type, so that NULL, '' and 0 differ. */
function cell(v: unknown): string {
  if (v === null) return 'N';
  if (Buffer.isBuffer(v)) return `B${v.toString('hex')}`;
  return `${typeof v === 'string' ? 'S' : 'I'}${String(v)}`;
}

export function cdsDigest(db: Database.Database): string {
  const h = createHash('sha256');
  h.update(`user_version=${String(db.pragma('user_version', { simple: true }))}\n`);
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string }[];
  for (const t of tables) {
    h.update(`table ${t.name}\n${t.sql}\n`);
    const cols = (db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(t.name) as { name: string }[]).map((c) => `"${c.name}"`);
    if (cols.length === 0) continue;
    // Rows in their table's key order (rowid, or the primary key of a WITHOUT ROWID table).
    const withoutRowid = /\)\s*WITHOUT\s+ROWID\s*$/i.test(t.sql);
    const rows = db.prepare(`SELECT ${withoutRowid ? '' : 'rowid, '}${cols.join(', ')} FROM "${t.name}"`).raw().iterate() as IterableIterator<unknown[]>;
    let chunk = '';
    for (const r of rows) {
      chunk += r.map(cell).join('\u0001') + '\n';
      if (chunk.length > 65536) {
        h.update(chunk);
        chunk = '';
      }
    }
    h.update(chunk);
  }
  const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type IN ('index','trigger','view') AND sql IS NOT NULL ORDER BY name").all() as { name: string; sql: string }[];
  for (const i of indexes) h.update(`${i.name}\n${i.sql}\n`);
  return h.digest('hex');
}
