import test from 'ava';
import { checkJcl } from '../../../src/jcl/checkJcl.js';

const errs = (...lines: string[]) =>
  checkJcl(lines.join('\n'), { file: 't.jcl' })
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.id}@${d.card?.line}:${d.card?.column}`);

const J = '//J JOB';

test('a forgotten comma: the continuation is read as a statement (IEFC605I)', (t) => {
  t.deepEqual(errs(J, '//S EXEC PGM=X', '//D DD DSN=A.B', '//  DISP=SHR'), ['IEFC605I@4:5']);
});

test('IEFC621I: a continuation that never comes', (t) => {
  t.deepEqual(errs(J, '//S EXEC PGM=X', '//D DD DSN=A.B,', '//E DD DUMMY'), ['IEFC621I@4:1']);
  t.deepEqual(errs(J, '//S EXEC PGM=X', '//D DD DSN=A.B,', 'SPACE=(CYL,1)', '//E DD DUMMY'), ['IEFC621I@4:1']);
});

test('IEFC662I: invalid labels, with a hint when the blank was lost', (t) => {
  const r = checkJcl([J, '//CREATECFGEXEC PGM=SWSADMIN', '//9STEP EXEC PGM=X'].join('\n'), { file: 't.jcl' });
  t.deepEqual(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.id}@${d.card?.line}:${d.card?.column}`), [
    'IEFC662I@2:3',
    'IEFC605I@2:17',
    'IEFC662I@3:3',
  ]);
  t.true(r.diagnostics.some((d) => d.id === 'SIM0112I' && d.text.includes('//CREATECFG EXEC')));
});

test('IEFC630I and IEFC631I: unknown and duplicate keywords, positional after keyword', (t) => {
  t.deepEqual(errs(J, '//S EXEC PGM=X,PRAM=1', '//D DD DSN=A,DSNAME=B,DISP=SHR', '//E DD DSN=SHR,HLQ.X.Y'), [
    'IEFC630I@2:16',
    'IEFC631I@3:14',
    'IEFC630I@4:16',
  ]);
  t.deepEqual(errs('//J2 JOB CLASS=A,MSGCLAS=X', '//S EXEC PGM=X'), ['IEFC630I@1:18']);
});

test('IEFC622I and IEFC627I: parentheses and apostrophes', (t) => {
  t.deepEqual(errs(J, '//S EXEC PGM=X', '//D DD DSN=A,SPACE=(CYL,(1,1)'), ['IEFC622I@3:20']);
  t.deepEqual(errs(J, '//S EXEC PGM=X', '//D DD DSN=A,SPACE=CYL,1))'), ['IEFC622I@3:25']);
  // An open apostrophe runs the value to column 71 and asks for a continuation.
  t.deepEqual(errs(J, "//S EXEC PGM=X,PARM=A'B"), ['IEFC621I@2:24', 'IEFC627I@2:22']);
});

test('IEFC620I: a character outside the JCL set', (t) => {
  t.deepEqual(errs(J, '//S EXEC PGM=X', '//D DD DSN=A_B,DISP=SHR'), ['IEFC620I@3:13']);
});

test('IEFC019I and IEFC607I: DD before EXEC, JCLLIB after EXEC, no steps', (t) => {
  t.deepEqual(errs(J, '//D DD DUMMY'), ['IEFC019I@2:1', 'IEFC607I@1:1']);
  t.deepEqual(errs(J, '//JOBLIB DD DSN=A.B,DISP=SHR', '//S EXEC PGM=X', '// JCLLIB ORDER=X'), ['IEFC019I@4:1']);
});

test('DLM on a DD that is neither * nor DATA', (t) => {
  t.deepEqual(errs(J, '//S EXEC PGM=X', '//D DD DSN=A.B,DLM=$$,DISP=SHR'), ['IEFC630I@3:16']);
});

test('IEF644I/IEF643I: SPACE, DISP and COND subparameters', (t) => {
  t.deepEqual(errs(J, '//S EXEC PGM=X', '//D DD DSN=A,SPACE=(CYL,x)'), ['IEF644I@3:25']);
  t.deepEqual(errs(J, '//S EXEC PGM=X', '//D DD DSN=A,DISP=(NEW,CATALOG)'), ['IEF643I@3:24']);
  t.deepEqual(errs(J, '//S EXEC PGM=X,COND=(4,LESS)', '//T EXEC PGM=X,COND=(A,LT)'), ['IEF643I@2:24', 'IEF644I@3:22']);
  t.deepEqual(errs(J, '//S EXEC PGM=X', '//D DD DSN=A,SPACE=(TRK,(5,,1),RLSE),DISP=(,CATLG)'), []);
});

test('IEF642I: excessive lengths', (t) => {
  t.deepEqual(errs("//J JOB ,'A PROGRAMMER NAME TOO LONG'", '//S EXEC PGM=X', '//D DD DSN=QUALIFIER9.X,DISP=SHR'), ['IEF642I@1:10', 'IEF642I@3:8']);
  t.deepEqual(errs(J, `//S EXEC PGM=X,PARM=(${'P'.repeat(45)},`, `//         ${'Q'.repeat(56)})`), ['IEF642I@2:16']);
});

test('no JOB card: SIM0101I, or IEFC019I with strict', (t) => {
  const lenient = checkJcl('//S EXEC PGM=X', { file: 'my-job.jcl' });
  t.deepEqual(lenient.diagnostics.map((d) => d.id), ['SIM0101I']);
  t.is(lenient.result.jobs[0]!.name, 'MYJOB');
  t.false(lenient.result.jobs[0]!.jobCard);
  const strict = checkJcl('//S EXEC PGM=X', { file: 'my-job.jcl', strict: true });
  t.deepEqual(strict.diagnostics.map((d) => `${d.id}:${d.severity}`), ['IEFC019I:error']);
});

test('every diagnostic carries a card image and a statement number', (t) => {
  const r = checkJcl([J, '//S EXEC PGM=X,PRAM=1', '//D DD DSN=A,SPACE=(CYL,x)'].join('\n'), { file: 't.jcl' });
  for (const d of r.diagnostics) {
    t.truthy(d.image, d.id);
    t.is(typeof d.stmt, 'number', d.id);
  }
});
