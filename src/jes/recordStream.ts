/**
 * Reads a data set's records as a stream: the file a block at a time, each record handed out as
 * it is complete, none of the others kept. The records are exactly those readRecordsFile
 * returns (`\n` ends a record, a `\r` before it is dropped, a last record without `\n` counts,
 * a file that does not exist reads as empty); a character split between two blocks is decoded
 * whole (StringDecoder).
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Bytes read per block. */
const BLOCK = 1 << 20;

export function* recordStream(path: string): Generator<string, void, undefined> {
  if (!existsSync(path)) return;
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(BLOCK);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (let got = readSync(fd, buf, 0, BLOCK, null); got > 0; got = readSync(fd, buf, 0, BLOCK, null)) {
      const text = rest + decoder.write(got === BLOCK ? buf : buf.subarray(0, got));
      let from = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
        yield record(text, from, nl);
        from = nl + 1;
      }
      rest = text.slice(from);
    }
    const last = rest + decoder.end();
    if (last.length > 0) yield record(last, 0, last.length);
  } finally {
    closeSync(fd);
  }
}

/** Columns [from, to) of `text` without a trailing `\r`. */
function record(text: string, from: number, to: number): string {
  return text.charCodeAt(to - 1) === 13 && to > from ? text.slice(from, to - 1) : text.slice(from, to);
}
