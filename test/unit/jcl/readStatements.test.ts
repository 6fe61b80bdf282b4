import test from 'ava';
import { readCards } from '../../../src/jcl/readCards.js';
import type { RawStatement, StreamItem } from '../../../src/jcl/readStatements.js';
import { readStatements } from '../../../src/jcl/readStatements.js';

const items = (...lines: string[]): StreamItem[] => [...readStatements(readCards(lines.join('\n'), 't.jcl'), 't.jcl')];
const stmts = (...lines: string[]): RawStatement[] =>
  items(...lines).flatMap((i) => (i.kind === 'statement' ? [i.stmt] : []));

test('name, operation, operand field and comment', (t) => {
  const [s] = stmts('//STEP1    EXEC PGM=IEFBR14,PARM=X  A COMMENT');
  t.is(s!.name, 'STEP1');
  t.is(s!.op, 'EXEC');
  t.is(s!.operands, 'PGM=IEFBR14,PARM=X');
  t.is(s!.opColumn, 12);
});

test('the first blank outside apostrophes ends the operand field', (t) => {
  const [s] = stmts("//S EXEC PGM=SLUADMIN,PARM='MIXED' REGION=6M");
  t.is(s!.operands, "PGM=SLUADMIN,PARM='MIXED'");
  const [q] = stmts("//S EXEC PGM=X,PARM='A B,C' COMMENT");
  t.is(q!.operands, "PGM=X,PARM='A B,C'");
});

test('comma continuation in columns 4-16, with comments between records', (t) => {
  const [s] = stmts('//DD1 DD DSN=A.B,   COMMENT', '//* A COMMENT CARD', '//             DISP=SHR');
  t.is(s!.operands, 'DSN=A.B,DISP=SHR');
  t.is(s!.cards.length, 3);
  t.is(s!.diags.length, 0);
  // The segment map points the second parameter at line 3, column 16.
  const seg = s!.segments[1]!;
  t.deepEqual([seg.offset, seg.line, seg.column], [8, 3, 16]);
});

test('a continuation starting after column 16 is IEFC621I at that column', (t) => {
  const [s] = stmts('//DD1 DD DSN=A.B,', '//                         DISP=SHR');
  t.is(s!.diags[0]!.id, 'IEFC621I');
  t.is(s!.diags[0]!.card!.line, 2);
  t.is(s!.diags[0]!.card!.column, 28);
});

test('a new statement where a continuation was expected is IEFC621I on that card', (t) => {
  const all = stmts('//DD1 DD DSN=A.B,', '//DD2 DD DSN=C.D');
  t.is(all.length, 2);
  t.is(all[0]!.diags[0]!.id, 'IEFC621I');
  t.is(all[0]!.diags[0]!.card!.line, 2);
  t.is(all[0]!.diags[0]!.card!.column, 1);
});

test('end of input where a continuation was expected is IEFC621I', (t) => {
  const [s] = stmts('//DD1 DD DSN=A.B,');
  t.is(s!.diags[0]!.id, 'IEFC621I');
  t.is(s!.diags[0]!.card!.line, 1);
});

test('a quoted value continued to column 71 resumes in column 16', (t) => {
  const first = "//S EXEC PGM=X,PARM='" + 'A'.repeat(50);
  t.is(first.length, 71);
  const [s] = stmts(first, '//             BBB\'');
  t.is(s!.operands, "PGM=X,PARM='" + 'A'.repeat(50) + "BBB'");
  t.is(s!.diags.length, 0);
});

test('column 72 continues the comment only; columns 73-80 are ignored', (t) => {
  const c1 = '//DD1 DD DSN=A.B COMMENT'.padEnd(71) + 'X' + '00010000';
  const all = stmts(c1, '//             MORE COMMENT', '//DD2 DD DUMMY'.padEnd(72) + '00020000');
  t.is(all.length, 2);
  t.is(all[0]!.operands, 'DSN=A.B');
  t.is(all[0]!.cards.length, 2);
  t.is(all[1]!.operands, 'DUMMY');
});

test('an X in column 72 of a comma-ended card is ignored', (t) => {
  const [s] = stmts('//DD1 DD DSN=A.B,'.padEnd(71) + 'X', '//             DISP=SHR');
  t.is(s!.operands, 'DSN=A.B,DISP=SHR');
});

test('IF conditions run to THEN and may continue', (t) => {
  const [a] = stmts('// IF (RC = 0 & STEP1.RC < 8) THEN  COMMENT');
  t.is(a!.operands, '(RC = 0 & STEP1.RC < 8)');
  const [b] = stmts('//  IF (RC = 0 |', '//      RC = 4) THEN');
  t.is(b!.operands, '(RC = 0 | RC = 4)');
});

test('DD * ends at /* or at any // card, including //*', (t) => {
  const [a, b] = stmts('//IN DD *', ' LINE 1', '//* COMMENT', '//X DD DUMMY');
  t.deepEqual(a!.data!.records, [' LINE 1']);
  t.is(b!.name, 'X');
  const [c] = stmts('//IN DD *', 'A', '/*', 'B');
  t.deepEqual(c!.data!.records, ['A']);
});

test('DD DATA ends only at /*; // cards are data', (t) => {
  const [a] = stmts('//IN DD DATA', '//J JOB', '//S EXEC PGM=X', '/*');
  t.deepEqual(a!.data!.records, ['//J JOB', '//S EXEC PGM=X']);
  t.true(a!.data!.isData);
});

test('DLM, quoted or not, on DD DATA and DD *', (t) => {
  const [a] = stmts("//IN DD DATA,DLM='><'", '//X', '/*', '><', '//Y DD DUMMY');
  t.deepEqual(a!.data!.records, ['//X', '/*']);
  t.is(a!.data!.dlm, '><');
  const [b, c] = stmts('//IN DD *,DLM=$$', '/* DATA', '//Y DD DUMMY');
  t.deepEqual(b!.data!.records, ['/* DATA']);
  t.is(c!.name, 'Y');
  const [d] = stmts('//IN DD *,', '//   DLM=@@', 'A', '@@');
  t.deepEqual(d!.data!.records, ['A']);
});

test('DD DATA without its delimiter swallows the rest with SIM0114W', (t) => {
  const [a] = stmts('//IN DD DATA', 'A', '//B DD DUMMY');
  t.deepEqual(a!.data!.records, ['A', '//B DD DUMMY']);
  t.is(a!.diags[0]!.id, 'SIM0114W');
});

test('in-stream data keeps 80 columns and trims trailing blanks only', (t) => {
  const rec = ' COPY INDD=A'.padEnd(72) + '00100001';
  const [a] = stmts('//IN DD *', rec + '   ');
  t.is(a!.data!.records[0], rec);
});

test('data with no DD gets a generated //SYSIN DD *', (t) => {
  const all = stmts('//S EXEC PGM=X', 'DATA 1', 'DATA 2', '/*', '//T EXEC PGM=Y');
  t.is(all[1]!.generated, true);
  t.is(all[1]!.name, 'SYSIN');
  t.deepEqual(all[1]!.data!.records, ['DATA 1', 'DATA 2']);
  t.is(all[2]!.name, 'T');
});

test('a card starting with a blank or one slash is data, with SIM0106W', (t) => {
  const all = stmts(' //RDONLYON EXEC PGM=X', '/PRIME EXEC PGM=SLUADMIN');
  t.is(all.length, 1);
  t.true(all[0]!.generated);
  t.deepEqual(all[0]!.diags.map((d) => [d.id, d.card!.line]), [['SIM0106W', 1], ['SIM0106W', 2]]);
});

test('blank cards between statements are items of their own; inside data they are data', (t) => {
  const its = items('//S EXEC PGM=X', '', '//IN DD *', '', 'A');
  t.deepEqual(its.map((i) => i.kind), ['statement', 'blank', 'statement']);
  const last = its[2] as { kind: 'statement'; stmt: RawStatement };
  t.deepEqual(last.stmt.data!.records, ['', 'A']);
});

test('a blank card between a comma and its continuation is skipped', (t) => {
  const [s] = stmts('//DD1 DD DSN=A.B,', '', '//             DISP=SHR');
  t.is(s!.operands, 'DSN=A.B,DISP=SHR');
  t.is(s!.diags.length, 0);
});

test('a null statement ends a statement being continued', (t) => {
  const its = items('//DD1 DD DSN=A.B,', '//');
  t.deepEqual(its.map((i) => i.kind), ['statement', 'null']);
  t.is((its[0] as { stmt: RawStatement }).stmt.diags.length, 0);
});

test('lower case outside apostrophes is folded', (t) => {
  const [s] = stmts("//steplib dd dsn=hlq.sealink,disp=shr,parm='mixed'");
  t.is(s!.name, 'STEPLIB');
  t.is(s!.op, 'DD');
  t.is(s!.operands, "DSN=HLQ.SEALINK,DISP=SHR,PARM='mixed'");
  t.true(s!.folded);
});
