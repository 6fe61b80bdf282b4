/**
 * Message catalogues: one per family (IEFC, IEF/$HASP, SLS, SIM). A message is an id, a text
 * with numbered inserts `{0}`, `{1}` …, and an explanation a user can read when the id turns up.
 */
import type { CardPos, Diagnostic, Severity } from './Diagnostic.js';

export interface MessageDef {
  text: string;
  /** What it means and what to do: shown by `elsim explain ID` and in the README's lists. */
  explain: string;
}

export interface Catalogue<K extends string> {
  readonly defs: Readonly<Record<K, MessageDef>>;
  /** The text with its inserts filled in (no id). */
  text(id: K, ...inserts: (string | number)[]): string;
  /** `ID text` as it is printed. */
  line(id: K, ...inserts: (string | number)[]): string;
  diag(id: K, severity: Severity, inserts: (string | number)[], where?: { card?: CardPos; image?: string; stmt?: number }): Diagnostic;
}

export function catalogue<K extends string>(defs: Record<K, MessageDef>): Catalogue<K> {
  const text = (id: K, ...inserts: (string | number)[]): string =>
    defs[id].text.replace(/\{(\d+)\}/g, (_m, n: string) => String(inserts[Number(n)] ?? ''));
  return {
    defs,
    text,
    line: (id, ...inserts) => `${id} ${text(id, ...inserts)}`,
    diag: (id, severity, inserts, where = {}) => {
      const d: Diagnostic = { id, severity, text: text(id, ...inserts) };
      if (where.card) d.card = where.card;
      if (where.image !== undefined) d.image = where.image;
      if (where.stmt !== undefined) d.stmt = where.stmt;
      return d;
    },
  };
}
