/**
 * Every JCL example of the ELS guide (fixtures/seed, copied card for card, trailing blanks
 * kept) gets what a real converter gives: the known mistakes their errors at the right card and
 * column, every other example no error at all.
 */
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkJcl } from '../../../src/jcl/checkJcl.js';

const DIR = path.resolve('fixtures/seed');

const EXPECTED_ERRORS: Record<string, string[]> = {
  // DSN=secondary.cds.name: a 9-character qualifier.
  'ch04-drmon-ctr.jcl': ['IEF642I@6:15'],
  'ch06-drmon-repl.jcl': ['IEF642I@6:15'],
  // `DISP=(NEW,CATLG,DELETE),` then `SPACE=(CYL,1)` without `//`: the continuation never comes.
  'ch07-actmvcgn-acs.jcl': ['IEFC621I@9:1'],
  'ch07-actmvcgn-vle.jcl': ['IEFC621I@9:1'],
  // `/PRIME EXEC …` has one slash: it is data (a generated SYSIN before any EXEC), the DDs are misplaced.
  'ch07-drtest-start.jcl': ['IEFC019I@1:1', 'IEFC019I@2:1', 'IEFC019I@3:1', 'IEFC607I@1:1'],
  'ch07-drtest-stop.jcl': ['IEFC019I@1:1', 'IEFC019I@2:1', 'IEFC019I@3:1', 'IEFC019I@4:1', 'IEFC607I@1:1'],
  'appA-config-extcluster1.jcl': ['IEFC019I@1:1', 'IEFC019I@2:1', 'IEFC019I@3:1', 'IEFC019I@4:1', 'IEFC019I@5:1', 'IEFC019I@6:1', 'IEFC019I@7:1', 'IEFC607I@1:1'],
  // SPACE=(CYL,x)
  'ch07-s1-drtest-create.jcl': ['IEF644I@5:34', 'IEF644I@7:34', 'IEF644I@9:34'],
  'ch07-s2-drtest-create.jcl': ['IEF644I@5:34', 'IEF644I@7:34', 'IEF644I@9:34'],
  'ch07-s3-drtest-create.jcl': ['IEF644I@5:34', 'IEF644I@7:34', 'IEF644I@9:34'],
  'ch07-s4-drtest-create.jcl': ['IEF644I@5:34', 'IEF644I@7:34', 'IEF644I@9:34'],
  'ch07-s5-drtest-create.jcl': ['IEF644I@5:34', 'IEF644I@7:34', 'IEF644I@9:34'],
  'ch07-s6-drtest-create.jcl': ['IEF644I@5:34', 'IEF644I@7:34', 'IEF644I@9:34'],
  // DSN=SHR,DSN=hlq.DBSEPRM (duplicate keyword) and DSN=SHR,hlq.DBSEPRM.BKUP (positional after keyword).
  'ch08-backup-copy.jcl': ['IEFC631I@5:25', 'IEFC630I@6:24'],
  // Continuation records whose text starts in column 28.
  'ch08-vle-actmvcgn.jcl': ['IEFC621I@23:28', 'IEFC621I@29:28', 'IEFC621I@35:28'],
  // ` //RDONLYON EXEC …` starts with a blank: data, so the step and its DDs are missing.
  'ch08-vle-rdonlyon-prod.jcl': ['IEFC019I@1:1', 'IEFC019I@3:1', 'IEFC019I@5:1', 'IEFC019I@11:1', 'IEFC607I@1:1'],
  // Blanks lost between name and operation: //CREATECFGEXEC, //STEPLIBDD …, //SLSINDD *.
  'appA-config-unidirectional.jcl': [
    'IEFC662I@1:3', 'IEFC605I@1:17', 'IEFC662I@2:3', 'IEFC605I@2:13', 'IEFC662I@3:3', 'IEFC605I@3:13',
    'IEFC662I@4:3', 'IEFC605I@4:14', 'IEFC662I@5:3', 'IEFC605I@5:13', 'IEFC662I@6:3', 'IEFC605I@6:14',
    'IEFC662I@7:3', 'IEFC605I@7:16', 'IEFC605I@8:13', 'IEFC019I@9:1', 'IEFC607I@1:1',
  ],
};

const files = readdirSync(DIR).filter((f) => f.endsWith('.jcl')).sort();

test('the seed corpus is all there', (t) => {
  t.is(files.length, 39);
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
  const r = checkJcl(readFileSync(path.join(DIR, 'ch02-export-mgmt.jcl'), 'utf8'), { file: 'x.jcl' });
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
  for (const [f, line] of [['ch07-drtest-start.jcl', 1], ['ch08-vle-rdonlyon-prod.jcl', 1]] as const) {
    const r = checkJcl(readFileSync(path.join(DIR, f), 'utf8'), { file: f });
    t.true(r.diagnostics.some((d) => d.id === 'SIM0106W' && d.card?.line === line), f);
  }
});

test('seed: the blank lines of the PDF are skipped with SIM0104I', (t) => {
  const r = checkJcl(readFileSync(path.join(DIR, 'ch08-vle-scratch.jcl'), 'utf8'), { file: 'x.jcl' });
  t.true(r.diagnostics.some((d) => d.id === 'SIM0104I'));
  t.like(r.result.jobs[0]!.steps[0]!.dds[2]!.specs[0], { kind: 'instream', records: ['', 'SCRATCH VOL(VT0000-VT9999)'] });
});
