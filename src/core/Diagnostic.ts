/**
 * Recoverable problems are data. Every layer (JCL converter, JES runner, SLUADMIN) reports
 * what went wrong as Diagnostics that carry the message id, the card they came from and the
 * text; only the fatal is thrown.
 */
export type Severity = 'info' | 'warning' | 'error';

/** Where a card (or a column on it) came from: 1-based line and column in the named file. */
export interface CardPos {
  file: string;
  line: number;
  column: number;
}

export interface Diagnostic {
  /** Message id as the real system spells it: IEFC605I, IEF212I, SLS0001I, ELS0101I (elsim's own). */
  id: string;
  severity: Severity;
  /** Message text without the id. */
  text: string;
  /** The card the problem is on, when there is one. */
  card?: CardPos;
  /** The card image (up to 80 columns) for the caret display. */
  image?: string;
  /** JESJCL statement number, for JCL messages. */
  stmt?: number;
}

/** `file:line:col: ID text`, then the card and a caret under the column. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.card ? `${d.card.file}:${d.card.line}:${d.card.column}: ` : '';
  const head = `${where}${d.id} ${d.text}`;
  if (d.image === undefined || !d.card) return head;
  const caret = ' '.repeat(Math.max(0, d.card.column - 1)) + '^';
  return `${head}\n  ${d.image.trimEnd()}\n  ${caret}`;
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}
