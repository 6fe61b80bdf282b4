/**
 * A JES2 job group (z/OS 2.2): `//name JOBGROUP` … `//name ENDGROUP`, the jobs it is made of
 * (GJOB, and SJOB inside JOBSET … ENDSET) and their dependencies (AFTER, BEFORE, CONCURRENT). The
 * jobs themselves come later in the stream, each naming the group on a SCHEDULE statement. JES2,
 * not the converter, reads a group; elsim reads and checks its form as the z/OS MVS JCL Reference
 * describes each statement, lists it, and reports problems as SIM0118E (the real $HASP11xx
 * messages could not be confirmed). Dependencies are recorded, not enforced: elsim runs jobs in
 * the order they are submitted.
 */
import type { CardPos } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';
import { GROUP_OPERATIONS } from './keywords.js';
import { parseIfCondition } from './parseOperands.js';
import type { Card } from './readCards.js';
import type { RawStatement, StreamItem } from './readStatements.js';
import { splitTopLevel } from './readStatements.js';
import type { JclJob, JobGroup } from './types.js';

const NAME = /^[A-Z@#$][A-Z0-9@#$]{0,7}$/;

interface Operand {
  key?: string;
  value: string;
  /** Offset of the operand in the statement's operand text. */
  offset: number;
}

/** Keywords of each statement, and the values a keyword is limited to where the reference lists them. */
const KEYWORDS: Record<string, Record<string, readonly string[] | null>> = {
  JOBGROUP: {
    EMAIL: null, OWNER: null, GROUP: null, PASSWORD: null, SECLABEL: null, TYPE: ['SCAN'], HOLD: ['NO', 'YES'],
    ERROR: null, ONERROR: ['STOP', 'SUSPEND', 'FLUSH'], SYSAFF: null, SYSTEM: null, SCHENV: null,
  },
  GJOB: { FLUSHTYP: ['ALLFLUSH', 'ANYFLUSH'] },
  JOBSET: { FLUSHTYP: ['ALLFLUSH', 'ANYFLUSH'] },
  AFTER: { NAME: null, WHEN: null, ACTION: null, OTHERWISE: null },
  BEFORE: { NAME: null, WHEN: null, ACTION: null, OTHERWISE: null },
  CONCURRENT: { NAME: null },
};

/** Splits an operand field at top-level commas, with each operand's offset. */
function operandsOf(text: string): Operand[] {
  if (text === '') return [];
  const out: Operand[] = [];
  let offset = 0;
  for (const part of splitTopLevel(text)) {
    const m = /^([A-Z@#$][A-Z0-9@#$]*)=([\s\S]*)$/.exec(part);
    out.push(m ? { key: m[1]!, value: m[2]!, offset } : { value: part, offset });
    offset += part.length + 1;
  }
  return out;
}

/** `X` or `(X,Y,…)` → the names. */
function namesOf(value: string): string[] {
  const inner = value.startsWith('(') && value.endsWith(')') ? value.slice(1, -1) : value;
  return inner.split(',').map((n) => n.trim());
}

/** Whether parentheses and apostrophes balance. */
function balanced(text: string): boolean {
  let depth = 0;
  let q = false;
  for (const ch of text) {
    if (ch === "'") q = !q;
    else if (!q && ch === '(') depth++;
    else if (!q && ch === ')' && --depth < 0) return false;
  }
  return depth === 0 && !q;
}

/**
 * Reads one job group: the items from its JOBGROUP statement to its ENDGROUP (and whatever stands
 * after ENDGROUP before the next JOB, which belongs to no job).
 */
export function convertJobGroup(items: readonly StreamItem[], job: JclJob): void {
  const group: JobGroup = { name: '', jobs: [], sets: [], dependencies: [] };
  job.group = group;
  let stmtNo = 0;
  const defined = new Map<string, string>(); // name → statement that defined it
  const references: { names: string[]; raw: RawStatement; stmt: number; offset: number }[] = [];
  let current: { kind: 'GJOB' | 'JOBSET'; name: string } | undefined;
  let inSet: { name: string; stmt: number; where: { card: CardPos; image: string } } | undefined;
  let ended = false;
  let first: RawStatement | undefined;

  const at = (raw: RawStatement, offset: number): { card: CardPos; image: string } => {
    let seg = raw.segments[0];
    for (const s of raw.segments) if (s.offset <= offset) seg = s;
    if (!seg) return { card: { file: raw.file, line: raw.first.line, column: raw.opColumn }, image: raw.first.image };
    return { card: { file: raw.file, line: seg.line, column: seg.column + (offset - seg.offset) }, image: seg.image };
  };
  const report = (stmt: number, where: { card: CardPos; image: string }, op: string, why: string): void => {
    const d = sim.diag('SIM0118E', 'error', [op, why], where);
    d.stmt = stmt;
    job.diagnostics.push(d);
  };
  const listCard = (c: Card): void => {
    job.listing.push({ prefix: '//', text: c.image.slice(2, 72) });
  };

  for (const it of items) {
    if (it.kind === 'comment') {
      listCard(it.card);
      continue;
    }
    if (it.kind === 'blank' || it.kind === 'null' || it.kind === 'delimiter') continue;
    if (it.kind === 'jes2') {
      report(stmtNo, { card: { file: job.pos.file, line: it.card.line, column: 1 }, image: it.card.image }, 'JOBGROUP', 'JES2 CONTROL STATEMENTS ARE NOT ALLOWED IN A JOB GROUP');
      continue;
    }
    const raw = it.stmt;
    const n = ++stmtNo;
    if (raw.generated) {
      job.listing.push({ stmt: n, prefix: '//', text: 'SYSIN    DD *                 GENERATED STATEMENT' });
      report(n, { card: { file: raw.file, line: raw.first.line, column: 1 }, image: raw.first.image }, 'JOBGROUP', 'IN-STREAM DATA IS NOT ALLOWED IN A JOB GROUP');
      continue;
    }
    raw.cards.forEach((c, k) => job.listing.push(k === 0 ? { stmt: n, prefix: '//', text: c.image.slice(2, 72) } : { prefix: '//', text: c.image.slice(2, 72) }));
    for (const d of raw.diags) {
      d.stmt = n;
      job.diagnostics.push(d);
    }
    first ??= raw;
    const op = raw.op;
    const opAt = { card: { file: raw.file, line: raw.first.line, column: raw.opColumn }, image: raw.first.image };
    const nameAt = { card: { file: raw.file, line: raw.first.line, column: 3 }, image: raw.first.image };
    if (ended) {
      report(n, opAt, op, 'STATEMENT AFTER ENDGROUP - A JOB GROUP ENDS AT ENDGROUP');
      continue;
    }
    if (!GROUP_OPERATIONS.has(op)) {
      report(n, opAt, op, 'STATEMENT IS NOT ALLOWED IN A JOB GROUP');
      continue;
    }
    if (raw.data) report(n, opAt, op, 'IN-STREAM DATA IS NOT ALLOWED IN A JOB GROUP');
    const text = raw.operands;
    if (!balanced(text)) {
      report(n, at(raw, Math.max(0, text.lastIndexOf('('))), op, 'UNBALANCED PARENTHESIS OR APOSTROPHE');
      continue;
    }
    if (/&/.test(text.replace(/'(?:[^']|'')*'/g, '')) && op !== 'AFTER' && op !== 'BEFORE' && op !== 'JOBGROUP') {
      report(n, at(raw, text.indexOf('&')), op, 'SYMBOLS ARE NOT ALLOWED IN A JOB GROUP');
    }
    const operands = operandsOf(text);
    const needName = (): void => {
      if (raw.name === '') report(n, opAt, op, 'A NAME IS REQUIRED');
      else if (!NAME.test(raw.name)) report(n, nameAt, op, `NAME ${raw.name} IS NOT 1-8 CHARACTERS A-Z 0-9 @ # $ STARTING WITH A NON-DIGIT`);
      else if (defined.has(raw.name)) report(n, nameAt, op, `NAME ${raw.name} IS ALREADY USED BY THE ${defined.get(raw.name)} STATEMENT`);
      else defined.set(raw.name, op);
    };
    // Keywords and their listed values; positionals only where the statement has them.
    const keywords = KEYWORDS[op] ?? {};
    let seenKeyword = false;
    operands.forEach((o, k) => {
      if (o.key === undefined) {
        const positionalOk = op === 'JOBGROUP' && !seenKeyword && k < 2;
        if (o.value !== '' && !positionalOk) report(n, at(raw, o.offset), op, `UNEXPECTED POSITIONAL PARAMETER ${o.value}`);
        return;
      }
      seenKeyword = true;
      if (!(o.key in keywords)) {
        report(n, at(raw, o.offset), op, `UNKNOWN KEYWORD ${o.key}`);
        return;
      }
      const allowed = keywords[o.key];
      if (allowed && !allowed.includes(o.value)) report(n, at(raw, o.offset + o.key.length + 1), op, `${o.key}=${o.value} IS NOT ONE OF ${allowed.join(', ')}`);
      if (o.key === 'WHEN' || o.key === 'ERROR') {
        const cond = o.value.startsWith('(') && o.value.endsWith(')') ? o.value.slice(1, -1) : o.value;
        const r = parseIfCondition(cond.trim());
        if (!r.ok) report(n, at(raw, o.offset + o.key.length + 1), op, `${o.key} IS NOT A CONDITION OF THE IF STATEMENT'S FORM`);
      }
    });

    switch (op) {
      case 'JOBGROUP':
        if (group.name !== '' || n !== 1) {
          report(n, opAt, op, 'A JOB GROUP STARTS WITH ITS ONLY JOBGROUP STATEMENT');
          break;
        }
        needName();
        group.name = raw.name;
        break;
      case 'GJOB':
        if (inSet !== undefined) report(n, opAt, op, `GJOB INSIDE JOB SET ${inSet.name} - USE SJOB`);
        needName();
        group.jobs.push(raw.name);
        current = { kind: 'GJOB', name: raw.name };
        break;
      case 'JOBSET':
        if (inSet !== undefined) report(n, opAt, op, `JOB SET ${inSet.name} IS NOT ENDED - JOB SETS DO NOT NEST`);
        needName();
        group.sets.push(raw.name);
        inSet = { name: raw.name, stmt: n, where: opAt };
        current = { kind: 'JOBSET', name: raw.name };
        break;
      case 'SJOB':
        if (inSet === undefined) report(n, opAt, op, 'SJOB OUTSIDE A JOB SET - USE GJOB, OR JOBSET AND ENDSET AROUND IT');
        needName();
        group.jobs.push(raw.name);
        break;
      case 'ENDSET':
        if (inSet === undefined) report(n, opAt, op, 'ENDSET WITHOUT JOBSET');
        inSet = undefined;
        break;
      case 'AFTER':
      case 'BEFORE':
      case 'CONCURRENT': {
        const nameOp = operands.find((o) => o.key === 'NAME');
        if (!nameOp || nameOp.value === '') {
          report(n, opAt, op, 'NAME= IS REQUIRED');
        } else {
          if (op !== 'CONCURRENT' && operands[0] !== nameOp) report(n, at(raw, nameOp.offset), op, 'NAME= MUST BE THE FIRST PARAMETER');
          const names = namesOf(nameOp.value);
          if (op === 'CONCURRENT' && names.length > 10) report(n, at(raw, nameOp.offset), op, 'NAME= LISTS MORE THAN 10 JOBS');
          references.push({ names, raw, stmt: n, offset: nameOp.offset });
          if (current) group.dependencies.push({ job: current.name, kind: op, names });
        }
        if (!current || (op === 'CONCURRENT' && current.kind !== 'GJOB')) report(n, opAt, op, op === 'CONCURRENT' ? 'CONCURRENT MUST FOLLOW A GJOB STATEMENT' : `${op} MUST FOLLOW A GJOB OR JOBSET STATEMENT`);
        break;
      }
      case 'ENDGROUP':
        if (inSet !== undefined) report(inSet.stmt, inSet.where, 'JOBSET', `JOB SET ${inSet.name} HAS NO ENDSET`);
        inSet = undefined;
        ended = true;
        break;
    }
  }

  const where = first ? { card: { file: first.file, line: first.first.line, column: 1 }, image: first.first.image } : { card: job.pos, image: '' };
  if (!ended) {
    if (inSet !== undefined) report(inSet.stmt, inSet.where, 'JOBSET', `JOB SET ${inSet.name} HAS NO ENDSET`);
    report(1, where, 'JOBGROUP', `JOB GROUP ${group.name || '(UNNAMED)'} HAS NO ENDGROUP STATEMENT`);
  }
  for (const r of references) {
    for (const name of r.names) {
      if (!defined.has(name) || defined.get(name) === 'JOBGROUP') report(r.stmt, at(r.raw, r.offset), r.raw.op, `${name} IS NOT A JOB OR JOB SET OF THIS GROUP`);
    }
  }
  if (!job.diagnostics.some((d) => d.severity === 'error')) {
    const d = sim.diag('SIM0117I', 'info', [group.name, group.jobs.length, group.dependencies.length], where);
    d.stmt = 1;
    job.diagnostics.push(d);
  }
}
