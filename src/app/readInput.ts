/**
 * Reads a file named on the command line (or standard input for `-`) as text: a byte-order mark,
 * UTF-16 and CRLF line ends are dealt with and noted, EBCDIC is refused (core/decodeText).
 */
import { readFileSync } from 'node:fs';
import { decodeText, type DecodedText } from '../core/decodeText.js';
import { ElsimError } from '../core/errors.js';
import { sim } from '../core/simMessages.js';

export function readInput(path: string): DecodedText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (e) {
    const why = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : String(e);
    throw new ElsimError(sim.text('SIM0502E', path, why), 'SIM0502E');
  }
  return decodeText(bytes, path === '-' ? 'STDIN' : path);
}
