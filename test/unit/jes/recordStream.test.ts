// The streaming record reader gives exactly the records readRecordsFile gives, whatever the
// line ends, a last record without a newline, or a character split between two read blocks.
import test from 'ava';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRecordsFile } from '../../../src/jes/records.js';
import { recordStream } from '../../../src/jes/recordStream.js';

const cases: [string, string][] = [
  ['empty', ''],
  ['one record', 'A\n'],
  ['no final newline', 'A\nB'],
  ['blank records', 'A\n\n\nB\n\n'],
  ['CRLF', 'A\r\nB\r\n\r'],
  ['a lone CR at the end', 'A\n\r'],
  // 'é' (2 bytes) across the 1 MiB block boundary.
  ['multi-byte character across blocks', 'X'.repeat((1 << 20) - 1) + 'é\n' + 'Z'.repeat(80) + '\n'],
  ['many blocks', Array.from({ length: 30_000 }, (_, i) => `REC${i}`.padEnd(80)).join('\n') + '\n'],
];

for (const [name, text] of cases) {
  test(`recordStream: ${name}`, (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'elsim-rs-'));
    try {
      const file = join(dir, 'ds');
      writeFileSync(file, text);
      t.deepEqual([...recordStream(file)], readRecordsFile(file));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('recordStream: a file that does not exist reads as empty', (t) => {
  t.deepEqual([...recordStream(join(tmpdir(), 'elsim-no-such-file-r3'))], []);
});
