/** Input hygiene: a byte-order mark, UTF-16, CRLF and EBCDIC in the files users name (issue 12). */
import test from 'ava';
import { decodeText, looksLikeEbcdic } from '../../../src/core/decodeText.js';
import { ElsimError } from '../../../src/core/errors.js';

const JCL = '//BOMJOB JOB\n//S1 EXEC PGM=IEFBR14\n//SLSIN DD *\n VTVRPT VTV(AV1000)\n/*\n';
const ebcdic = (text: string): Buffer => {
  // The code page 037 characters JCL uses: enough to build a realistic EBCDIC deck.
  const map: Record<string, number> = { ' ': 0x40, '/': 0x61, '*': 0x5c, '(': 0x4d, ')': 0x5d, '=': 0x7e, ',': 0x6b, '.': 0x4b };
  const code = (c: string): number => {
    if (map[c] !== undefined) return map[c]!;
    if (c >= '0' && c <= '9') return 0xf0 + Number(c);
    const i = c.charCodeAt(0) - 65;
    return i < 9 ? 0xc1 + i : i < 18 ? 0xd1 + i - 9 : 0xe2 + i - 18;
  };
  return Buffer.from(text.split('\n').filter((l) => l !== '').flatMap((l) => [...l.padEnd(80)].map(code)));
};

test('a UTF-8 byte-order mark is dropped with SIM1403I on line 1', (t) => {
  const r = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JCL)]), 'job.jcl');
  t.is(r.text, JCL);
  t.deepEqual(r.notes.map((n) => [n.id, n.card?.line]), [['SIM1403I', 1]]);
  t.regex(r.notes[0]!.text, /job\.jcl BEGINS WITH A UTF-8 BYTE-ORDER MARK/);
});

test('CRLF and lone CR line ends become LF, noted once with the first line that had one', (t) => {
  const crlf = decodeText(Buffer.from('//A JOB\n//S1 EXEC PGM=IEFBR14\r\n//S2 EXEC PGM=IEFBR14\r\n'), 'w.jcl');
  t.is(crlf.text, '//A JOB\n//S1 EXEC PGM=IEFBR14\n//S2 EXEC PGM=IEFBR14\n');
  t.deepEqual(crlf.notes.map((n) => [n.id, n.card?.line, n.text]), [['SIM1404I', 2, 'w.jcl HAS CRLF LINE ENDS - EACH READ AS THE END OF A CARD']]);
  const cr = decodeText(Buffer.from('//A JOB\r//S1 EXEC PGM=IEFBR14\r'), 'mac.jcl');
  t.is(cr.text, '//A JOB\n//S1 EXEC PGM=IEFBR14\n');
  t.regex(cr.notes[0]!.text, /HAS CR LINE ENDS/);
});

test('UTF-16 with a byte-order mark is decoded (little and big endian), SIM1402I', (t) => {
  const le = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JCL, 'utf16le')]), 'le.jcl');
  t.is(le.text, JCL);
  t.regex(le.notes[0]!.text, /IS UTF-16LE TEXT/);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(JCL, 'utf16le').swap16()]);
  t.is(decodeText(be, 'be.jcl').text, JCL);
});

test('EBCDIC is refused naming the cause (SIM1401E); ASCII, UTF-8 and Latin-1 text is not taken for it', (t) => {
  const e = t.throws(() => decodeText(ebcdic(JCL), 'ebc.jcl'), { instanceOf: ElsimError });
  t.is((e as ElsimError).id, 'SIM1401E');
  t.regex(e!.message, /ebc\.jcl LOOKS LIKE EBCDIC/);
  t.false(looksLikeEbcdic(Buffer.from(JCL)));
  t.false(looksLikeEbcdic(Buffer.from(' SET VAULT ADD NAME(DRVLT1) DESC(\'Coffre-fort é\')\n'.repeat(20))));
  t.false(looksLikeEbcdic(Buffer.from('//LATIN JOB\n//* caf\xe9 r\xe9sum\xe9\n'.repeat(20), 'latin1')));
  t.false(looksLikeEbcdic(Buffer.from('@@@@@@@@@@ ASCII AT SIGNS @@@@@@@@@@\n'.repeat(20))));
});

test('plain ASCII text passes through untouched with no notes', (t) => {
  t.deepEqual(decodeText(Buffer.from(JCL), 'a.jcl'), { text: JCL, notes: [] });
});
