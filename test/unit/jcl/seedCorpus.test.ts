/**
 * Every JCL example of the ELS guide (fixtures/jcl/seed, copied card for card, trailing blanks
 * kept) gets what a real converter gives: the known mistakes their errors at the right card and
 * column, every other example no error at all.
 */
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkJcl } from '../../../src/jcl/checkJcl.js';

const DIR = path.resolve('fixtures/jcl/seed');

const EXPECTED_ERRORS: Record<string, string[]> = {
  // DSN=secondary.cds.name: a 9-character qualifier.
  'l2152-drmon-loceex1.jcl': ['IEF642I@6:15'],
  'l3208-drmon-repl.jcl': ['IEF642I@6:15'],
  // `DISP=(NEW,CATLG,DELETE),` then `SPACE=(CYL,1)` without `//`: the continuation never comes.
  'l3484-actmvcgn-acs.jcl': ['IEFC621I@9:1'],
  'l3687-actmvcgn-vle.jcl': ['IEFC621I@9:1'],
  // `/PRIME EXEC …` has one slash: it is data (a generated SYSIN before any EXEC), the DDs are misplaced.
  'l3869-drtest-start.jcl': ['IEFC019I@1:1', 'IEFC019I@2:1', 'IEFC019I@3:1', 'IEFC607I@1:1'],
  'l3936-drtest-stop.jcl': ['IEFC019I@1:1', 'IEFC019I@2:1', 'IEFC019I@3:1', 'IEFC019I@4:1', 'IEFC607I@1:1'],
  'l5353-config-ext-cluster1.jcl': ['IEFC019I@1:1', 'IEFC019I@2:1', 'IEFC019I@3:1', 'IEFC019I@4:1', 'IEFC019I@5:1', 'IEFC019I@6:1', 'IEFC019I@7:1', 'IEFC607I@1:1'],
  // SPACE=(CYL,x)
  'l3995-drtest-create-s1.jcl': ['IEF644I@5:34', 'IEF644I@7:34', 'IEF644I@9:34'],
  'l4030-drtest-create-s2.jcl': ['IEF644I@5:34', 'IEF644I@7:34', 'IEF644I@9:34'],
  'l4060-drtest-create-s3.jcl': ['IEF644I@5:34', 'IEF644I@7:34', 'IEF644I@9:34'],
  'l4085-drtest-create-s4.jcl': ['IEF644I@5:34', 'IEF644I@7:34', 'IEF644I@9:34'],
  'l4118-drtest-create-s5.jcl': ['IEF644I@5:34', 'IEF644I@7:34', 'IEF644I@9:34'],
  'l4159-drtest-create-s6.jcl': ['IEF644I@5:34', 'IEF644I@7:34', 'IEF644I@9:34'],
  // DSN=SHR,DSN=hlq.DBSEPRM (duplicate keyword) and DSN=SHR,hlq.DBSEPRM.BKUP (positional after keyword).
  'l4382-chkpt-backup.jcl': ['IEFC631I@5:25', 'IEFC630I@6:24'],
  // Continuation records whose text starts in column 28.
  'l4590-actmvcgn-job.jcl': ['IEFC621I@23:28', 'IEFC621I@29:28', 'IEFC621I@35:28'],
  // ` //RDONLYON EXEC …` starts with a blank: data, so the step and its DDs are missing.
  'l4636-rdonlyon-blank.jcl': ['IEFC019I@1:1', 'IEFC019I@3:1', 'IEFC019I@5:1', 'IEFC019I@11:1', 'IEFC607I@1:1'],
  // Blanks lost between name and operation: //CREATECFGEXEC, //STEPLIBDD …, //SLSINDD *.
  'l4968-config-uni-cluster.jcl': [
    'IEFC662I@1:3', 'IEFC605I@1:17', 'IEFC662I@2:3', 'IEFC605I@2:13', 'IEFC662I@3:3', 'IEFC605I@3:13',
    'IEFC662I@4:3', 'IEFC605I@4:14', 'IEFC662I@5:3', 'IEFC605I@5:13', 'IEFC662I@6:3', 'IEFC605I@6:14',
    'IEFC662I@7:3', 'IEFC605I@7:16', 'IEFC605I@8:13', 'IEFC019I@9:1', 'IEFC607I@1:1',
  ],
};

const files = readdirSync(DIR).filter((f) => f.endsWith('.jcl')).sort();

test('the seed corpus is all there', (t) => {
  t.is(files.length, 38);
});

for (const f of files) {
  test(`seed ${f}`, (t) => {
    const r = checkJcl(readFileSync(path.join(DIR, f), 'utf8'), { file: f });
    const errors = r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.id}@${d.card?.line}:${d.card?.column}`);
    t.deepEqual(errors, EXPECTED_ERRORS[f] ?? []);
    t.is(r.result.jobs.length, 1);
  });
}

test('seed: REGION=6M after a blank is a comment, not an error', (t) => {
  const r = checkJcl(readFileSync(path.join(DIR, 'l0748-export-mgmt.jcl'), 'utf8'), { file: 'x.jcl' });
  const step = r.result.jobs[0]!.steps[0]!;
  t.is(step.parm, 'MIXED');
  t.false(step.keywords.some((k) => k.key === 'REGION'));
  t.deepEqual(step.dds.map((d) => d.ddname), ['STEPLIB', 'MOVE1', 'SLSPRINT', 'SLSIN']);
  t.like(step.dds[1]!.specs[0], { kind: 'dataset', dsn: 'HLQ.REMOTE2', disp: { normal: 'CATLG', abnormal: 'DELETE' } });
  t.like(step.dds[3]!.specs[0], { kind: 'instream', records: ['  EXPORT MGMT (PAY,ACCOUNT) MANIFEST(MOVE1)'] });
  t.true(r.diagnostics.some((d) => d.id === 'SIM0101I'));
  t.true(r.diagnostics.some((d) => d.id === 'SIM0105I'));
});

test('seed: a card with one slash or a leading blank gets SIM0106W on that card', (t) => {
  for (const [f, line] of [['l3869-drtest-start.jcl', 1], ['l4636-rdonlyon-blank.jcl', 1]] as const) {
    const r = checkJcl(readFileSync(path.join(DIR, f), 'utf8'), { file: f });
    t.true(r.diagnostics.some((d) => d.id === 'SIM0106W' && d.card?.line === line), f);
  }
});

test('seed: the blank lines of the PDF are skipped with SIM0104I', (t) => {
  const r = checkJcl(readFileSync(path.join(DIR, 'l4709-scratch.jcl'), 'utf8'), { file: 'x.jcl' });
  t.true(r.diagnostics.some((d) => d.id === 'SIM0104I'));
  t.like(r.result.jobs[0]!.steps[0]!.dds[2]!.specs[0], { kind: 'instream', records: ['', 'SCRATCH VOL(VT0000-VT9999)'] });
});
