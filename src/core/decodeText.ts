/**
 * Bytes of a file named on the command line → the text the readers see, with a note for each
 * thing done to it: a UTF-8 byte-order mark dropped (SIM1403I), UTF-16 decoded (SIM1402I),
 * CRLF or CR line ends made LF (SIM1404I). EBCDIC is refused with the cause named (SIM1401E):
 * the code page is not guessed.
 */
import type { Diagnostic } from './Diagnostic.js';
import { ElsimError } from './errors.js';
import { sim } from './simMessages.js';

export interface DecodedText {
  text: string;
  /** Informational notes, each naming the file (and line) they are about. */
  notes: Diagnostic[];
}

/**
 * Whether the bytes read as EBCDIC text: they are not UTF-8, blanks are X'40' rather than X'20',
 * and most other bytes are EBCDIC letters and digits (X'81'-X'A9', X'C1'-X'E9', X'F0'-X'F9'),
 * which ASCII and UTF-8 text never has in such numbers. Only the first 4,096 bytes are looked at.
 */
export function looksLikeEbcdic(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  if (n < 8) return false;
  let blank40 = 0;
  let blank20 = 0;
  let alnum = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0x40) blank40++;
    else if (b === 0x20) blank20++;
    else if ((b >= 0x81 && b <= 0xa9) || (b >= 0xc1 && b <= 0xe9) || (b >= 0xf0 && b <= 0xf9)) alnum++;
  }
  const others = n - blank40 - blank20;
  if (!(blank40 > blank20 && others > 0 && alnum / others > 0.5)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
    return false;
  } catch {
    return true;
  }
}

function utf16(bytes: Uint8Array, bigEndian: boolean): string {
  const even = bytes.length - ((bytes.length - 2) % 2);
  const body = Buffer.from(bytes.subarray(2, even));
  if (bigEndian) body.swap16();
  return body.toString('utf16le');
}

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const notes: Diagnostic[] = [];
  const at = (line: number) => ({ card: { file, line, column: 1 } });
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = utf16(bytes, false);
    notes.push(sim.diag('SIM1402I', 'info', [file, 'UTF-16LE'], at(1)));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = utf16(bytes, true);
    notes.push(sim.diag('SIM1402I', 'info', [file, 'UTF-16BE'], at(1)));
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = Buffer.from(bytes.subarray(3)).toString('utf8');
    notes.push(sim.diag('SIM1403I', 'info', [file], at(1)));
  } else {
    if (looksLikeEbcdic(bytes)) throw new ElsimError(sim.text('SIM1401E', file), 'SIM1401E');
    text = Buffer.from(bytes).toString('utf8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const cr = text.indexOf('\r');
  if (cr >= 0) {
    const line = countLines(text, cr);
    const kind = text[cr + 1] === '\n' ? 'CRLF' : 'CR';
    notes.push(sim.diag('SIM1404I', 'info', [file, kind], at(line)));
    text = text.replace(/\r\n?/g, '\n');
  }
  return { text, notes };
}

/** The 1-based line that offset `at` is on. */
function countLines(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
