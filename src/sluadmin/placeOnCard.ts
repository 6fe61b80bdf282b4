/**
 * A message about an SLSIN record, placed on its card: in the submitted JCL when SLSIN is in-stream
 * data (`origin`: where its first record is), else under `label` (the data set, `DSN(MEMBER)`)
 * with the record number as the line; the record is the card image shown under the message.
 */
import type { CardPos, Diagnostic } from '../core/Diagnostic.js';

export interface SlsinPlace {
  origin?: CardPos;
  label?: string;
}

export function placeOnCard(d: Diagnostic, file: string, records: readonly string[], where: SlsinPlace): Diagnostic {
  if (d.card === undefined || d.card.file !== file) return d;
  const n = d.card.line;
  const card = where.origin
    ? { file: where.origin.file, line: where.origin.line + n - 1, column: d.card.column }
    : { file: where.label ?? file, line: n, column: d.card.column };
  const placed: Diagnostic = { ...d, card };
  const image = records[n - 1];
  if (image !== undefined) placed.image = image;
  return placed;
}
