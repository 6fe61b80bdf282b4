/**
 * The converter: a job stream (one or several jobs) → jobs ready to run, their JESJCL listings and
 * every diagnostic, the way the z/OS converter and interpreter see it. Never throws on bad input.
 */
import type { Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';
import { runChecks } from './checks/runChecks.js';
import { convertJobGroup } from './convertJobGroup.js';
import { JobExpander } from './expandJob.js';
import { iefc } from './messages.js';
import { readCards } from './readCards.js';
import type { StreamItem } from './readStatements.js';
import { readStatements } from './readStatements.js';
import type { ConvertOptions, ConvertResult, JclJob } from './types.js';

/** The job name elsim supplies for a stream without a JOB card: from the file name. */
export function jobNameFromFile(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').toUpperCase();
  const name = base.replace(/[^A-Z0-9@#$]/g, '').replace(/^[0-9]+/, '').slice(0, 8);
  return name || 'ELSIMJOB';
}

function firstLine(it: StreamItem): number {
  return it.kind === 'statement' ? it.stmt.first.line : it.card.line;
}

function lastLine(it: StreamItem): number {
  if (it.kind === 'jes2' && it.xmit) return it.xmit.lastLine;
  if (it.kind !== 'statement') return it.card.line;
  const s = it.stmt;
  const cardLast = s.cards.length ? s.cards[s.cards.length - 1]!.line : s.first.line;
  return cardLast + (s.data ? s.data.records.length + 1 : 0);
}

interface JobChunk {
  items: StreamItem[];
  jobCard: boolean;
  /** The chunk is a JES2 job group (it starts with JOBGROUP). */
  group?: boolean;
  ignoredAfterNull?: StreamItem;
}

function newJob(name: string, jobCard: boolean, file: string, line: number): JclJob {
  return {
    name,
    jobCard,
    params: { class: 'A', msgclass: 'A', msglevel: [1, 1], keywords: [] },
    steps: [],
    listing: [],
    diagnostics: [],
    cardsRead: 0,
    pos: { file, line, column: 1 },
  };
}

export function convertJcl(text: string, opts: ConvertOptions): ConvertResult {
  return { jobs: [...convertJobs(text, opts)], diagnostics: [] };
}

/**
 * The stream's jobs one at a time: each is converted as soon as its last card is read and handed
 * out before the next is read, so a caller that runs each job before asking for the next (submit)
 * holds one job's statements however long the stream is.
 */
export function* convertJobs(text: string, opts: ConvertOptions): Generator<JclJob, void, undefined> {
  const file = opts.file;
  let cur: JobChunk | undefined;
  let afterNull = false;
  let pendingLead: StreamItem[] | undefined;

  for (const it of readStatements(readCards(text, file), file)) {
    if (it.kind === 'statement' && (it.stmt.op === 'JOB' || it.stmt.op === 'JOBGROUP') && !it.stmt.generated) {
      if (cur) yield convertChunk(cur, opts);
      cur = { items: [it], jobCard: true };
      if (it.stmt.op === 'JOBGROUP') cur.group = true;
      afterNull = false;
      continue;
    }
    if (afterNull) {
      if (it.kind === 'statement' && cur && !cur.ignoredAfterNull) cur.ignoredAfterNull = it;
      continue;
    }
    if (it.kind === 'null') {
      if (cur) {
        cur.items.push(it);
        afterNull = true;
      }
      continue;
    }
    if (!cur) {
      // Comments, blanks and JES2 cards before anything else do not make a job.
      if (it.kind !== 'statement') {
        if (it.kind === 'comment' || it.kind === 'blank' || it.kind === 'jes2') (pendingLead ??= []).push(it);
        continue;
      }
      cur = { items: [...(pendingLead ?? []), it], jobCard: false };
      pendingLead = undefined;
      continue;
    }
    cur.items.push(it);
  }
  if (cur) yield convertChunk(cur, opts);
}

function convertChunk(chunk: JobChunk, opts: ConvertOptions): JclJob {
  const file = opts.file;
  const first = chunk.items[0]!;
  const firstStmt = chunk.items.find((i) => i.kind === 'statement');
  const jobStmt = chunk.jobCard && first.kind === 'statement' ? first.stmt : undefined;
  const startLine = firstLine(first);
  const name = jobStmt ? jobStmt.name || 'ELSIMJOB' : jobNameFromFile(file);
  const job = newJob(name, chunk.jobCard, file, jobStmt ? jobStmt.first.line : startLine);
  if (chunk.group) {
    convertJobGroup(chunk.items, job);
    job.diagnostics = sortDiagnostics(job.diagnostics);
    job.cardsRead = lastLine(chunk.items[chunk.items.length - 1]!) - startLine + 1;
    return job;
  }
  const procMember = !chunk.jobCard && firstStmt?.kind === 'statement' && firstStmt.stmt.op === 'PROC';
  if (!chunk.jobCard && !procMember && firstStmt && firstStmt.kind === 'statement') {
    const s = firstStmt.stmt;
    const where = { card: { file, line: s.first.line, column: 1 }, image: s.first.image };
    if (opts.strict) job.diagnostics.push(iefc.diag('IEFC019I', 'error', [s.op || 'JCL'], where));
    else job.diagnostics.push(sim.diag('SIM0101I', 'info', [name, file], where));
  }
  const x = new JobExpander(opts, job);
  x.procMember = procMember;
  x.run(chunk.items);
  if (chunk.ignoredAfterNull && chunk.ignoredAfterNull.kind === 'statement') {
    const s = chunk.ignoredAfterNull.stmt;
    job.diagnostics.push(sim.diag('SIM0107W', 'warning', [], { card: { file, line: s.first.line, column: 1 }, image: s.first.image }));
  }
  job.diagnostics.push(...runChecks({ job, statements: x.statements, steps: x.steps }));
  job.diagnostics = sortDiagnostics(job.diagnostics);
  job.cardsRead = lastLine(chunk.items[chunk.items.length - 1]!) - startLine + 1;
  return job;
}

/** By card (file order), then as reported. */
export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const fa = a.d.card?.file === undefined ? 1 : 0;
      const fb = b.d.card?.file === undefined ? 1 : 0;
      if (fa !== fb) return fa - fb;
      const sa = a.d.stmt ?? 0;
      const sb = b.d.stmt ?? 0;
      if (sa !== sb) return sa - sb;
      return a.i - b.i;
    })
    .map((x) => x.d);
}
