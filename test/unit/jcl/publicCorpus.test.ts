/**
 * JCL as kept in public mainframe repositories (fixtures/jcl/corpus): sysprog jobs, MVS 3.8j
 * sysgen decks with sequence numbers and DD DATA,DLM='><', course labs calling library
 * procedures, parser test streams. Every file converts with no error.
 *
 * The `own-*.jcl` files are written for elsim in the same style (issue 15: constructs the
 * converter once refused). Their first card says what `elsim check` must answer:
 * `//* EXPECT NONE`, or `//* EXPECT ID@LINE …` listing every message (IEFC001I, the note that a
 * procedure was expanded, left out).
 */
import test from 'ava';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { checkJcl } from '../../../src/jcl/checkJcl.js';

const DIR = path.resolve('fixtures/jcl/corpus');
const PROCLIB = path.join(DIR, 'proclib');
const readMember = (lib: string, member: string): string | undefined => {
  const f = path.join(PROCLIB, `${member}.jcl`);
  return lib === 'SYS1.PROCLIB' && existsSync(f) ? readFileSync(f, 'utf8') : undefined;
};

const files = [
  ...readdirSync(DIR).filter((f) => f.endsWith('.jcl')).map((f) => path.join(DIR, f)),
  ...readdirSync(PROCLIB).filter((f) => f.endsWith('.jcl')).map((f) => path.join(PROCLIB, f)),
].sort();

/** The messages a corpus file's `//* EXPECT` card lists, or undefined when it has none. */
function expected(text: string): string[] | undefined {
  const m = /^\/\/\* EXPECT (.*)$/m.exec(text);
  if (!m) return undefined;
  const list = m[1]!.trim();
  return list === 'NONE' ? [] : list.split(/\s+/);
}

for (const f of files) {
  test(`corpus ${path.basename(f)}`, (t) => {
    const text = readFileSync(f, 'utf8');
    const r = checkJcl(text, { file: path.basename(f) });
    const want = expected(text);
    if (want === undefined) {
      t.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
    } else {
      const got = r.diagnostics.filter((d) => d.id !== 'IEFC001I').map((d) => `${d.id}@${d.card?.line ?? 0}`);
      t.deepEqual(got, want, r.diagnostics.map((d) => `${d.id}@${d.card?.line ?? 0} ${d.text}`).join('\n'));
    }
    t.true(r.result.jobs.length >= 1);
  });
}

test('corpus: every own-*.jcl file says what it expects', (t) => {
  const own = files.filter((f) => path.basename(f).startsWith('own-'));
  t.true(own.length >= 10);
  for (const f of own) t.not(expected(readFileSync(f, 'utf8')), undefined, f);
});

test('corpus: a course lab expands its library procedure with overrides and SYMBOLS=CNVTSYS data', (t) => {
  const r = checkJcl(readFileSync(path.join(DIR, 'course-cbldb21c.jcl'), 'utf8'), { file: 'c.jcl', userid: 'Z99998', readMember, procLibs: ['SYS1.PROCLIB'] });
  t.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
  const job = r.result.jobs[0]!;
  t.deepEqual(job.steps.map((s) => `${s.name}.${s.procStep}:${s.program}`), ['COMPILE.COBOL:IGYCRCTL', 'COMPILE.LKED:IEWBLINK', 'COMPILE.BIND:IKJEFT01']);
  t.like(job.steps[0]!.dds.find((d) => d.ddname === 'SYSIN')!.specs[0], { kind: 'dataset', dsn: 'Z99998.CBL', member: 'CBLDB21' });
  const systsin = job.steps[2]!.dds.find((d) => d.ddname === 'SYSTSIN')!;
  t.like(systsin.specs[0], { kind: 'instream' });
  t.true(job.steps[1]!.ifs.length === 1 && job.steps[1]!.ifs[0]!.expr.op === 'cmp');
});

test('corpus: sequence numbers in columns 73-80 stay out of statements and in data', (t) => {
  const r = checkJcl(readFileSync(path.join(DIR, 'tkipcomp-seqnum.jcl'), 'utf8'), { file: 't.jcl' });
  const step = r.result.jobs[0]!.steps[0]!;
  t.like(step.dds[0]!.specs[0], { kind: 'dataset', dsn: 'KIP.DBATCH.SORC' });
  t.like(step.dds[2]!.specs[0], { kind: 'instream', records: [' COPY INDD=INBDD,OUTDD=INBDD                                            00100001'] });
});

test('corpus: DD DATA,DLM= keeps // and /* cards as data', (t) => {
  const r = checkJcl(readFileSync(path.join(DIR, 'sysgen00-data-dlm.jcl'), 'utf8'), { file: 't.jcl' });
  const gener = r.result.jobs[0]!.steps[2]!;
  const ut1 = gener.dds.find((d) => d.ddname === 'SYSUT1')!.specs[0]!;
  t.is(ut1.kind, 'instream');
  if (ut1.kind === 'instream') {
    t.is(ut1.dlm, '><');
    t.is(ut1.records[0], "//SYSGEN00 JOB (SYSGEN),'MOUNT DASD',");
    t.is(ut1.records.length, 8);
  }
  t.is(r.result.jobs.length, 1);
});

test('corpus: IGYWCL from the system procedure library, COBOL.SYSIN and LKED.SYSLMOD overrides, DDNAME= in a concatenation', (t) => {
  const r = checkJcl(readFileSync(path.join(DIR, 'course-cbl0001j.jcl'), 'utf8'), { file: 'c.jcl', userid: 'Z99998', readMember, procLibs: ['SYS1.PROCLIB'] });
  t.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
  const [cob, lked, run] = r.result.jobs[0]!.steps;
  t.like(cob!.dds.find((d) => d.ddname === 'SYSIN')!.specs[0], { kind: 'dataset', dsn: 'Z99998.CBL', member: 'CBL0001' });
  t.like(lked!.dds.find((d) => d.ddname === 'SYSLMOD')!.specs[0], { kind: 'dataset', dsn: 'Z99998.LOAD', member: 'CBL0001' });
  t.deepEqual(lked!.dds.find((d) => d.ddname === 'SYSLIN')!.specs[1], { kind: 'dummy' });
  t.deepEqual(lked!.ifs.map((c) => c.negate), [false]);
  t.is(run!.ifs.length, 1);
  const prefixes = r.result.jobs[0]!.listing.filter((l) => l.stmt !== undefined).map((l) => l.prefix);
  t.true(prefixes.includes('X/') && prefixes.includes('XX'));
});
