/**
 * ELSIMGEN: elsim's test program that writes a data set of generated records, for tape workload
 * jobs (a data set to route through SMC, mount on a VTV and replicate) and for the bench.
 *
 *   //WRITE   EXEC PGM=ELSIMGEN,PARM='RECORDS=1000'      (or PARM='MB=5', 'RECORDS=10,LRECL=133')
 *   //SYSPRINT DD SYSOUT=*                               (optional: what was written)
 *   //SYSUT2  DD DSN=PROD.PAYROLL.WEEKLY,DISP=(NEW,CATLG),UNIT=VTAPE
 *   //OUT001  DD …                                       (every DD named SYSUT2 or OUTnnnn is written)
 *
 * PARM: RECORDS=n (1-10,000,000) or MB=n (1-64: records of LRECL bytes up to n MB), and LRECL=n
 * (default the DD's LRECL, else 80). Each record is `jobname stepname ddname nnnnnnnnn` padded with
 * a repeating fill to LRECL: the same job writes the same data, so a read back can be compared.
 * Return code 0; 12 for a PARM it does not understand or when no output DD is there (SIM1292E).
 */
import { sim } from '../../core/simMessages.js';
import type { AllocatedDd, Program } from '../../program/contract.js';

const MB = 1048576;
const MAX_RECORDS = 10_000_000;
const MAX_MB = 64;

interface Parm {
  records?: number;
  mb?: number;
  lrecl?: number;
}

function readParm(parm: string): Parm | string {
  const p: Parm = {};
  for (const item of parm.split(',').map((x) => x.trim().toUpperCase()).filter(Boolean)) {
    const m = /^(RECORDS|MB|LRECL)=(\d{1,9})$/.exec(item);
    if (!m) return item;
    const n = Number(m[2]);
    if (m[1] === 'RECORDS') {
      if (n < 1 || n > MAX_RECORDS) return item;
      p.records = n;
    } else if (m[1] === 'MB') {
      if (n < 1 || n > MAX_MB) return item;
      p.mb = n;
    } else {
      if (n < 1 || n > 32760) return item;
      p.lrecl = n;
    }
  }
  if ((p.records === undefined) === (p.mb === undefined)) return parm.trim() === '' ? '(NO PARM)' : parm.trim();
  return p;
}

/** Record `i` (1-based) of a DD: its identity and number, filled to `lrecl`. */
export function generatedRecord(job: string, step: string, dd: string, i: number, lrecl: number): string {
  const head = `${job} ${step} ${dd} ${String(i).padStart(9, '0')} `;
  if (head.length >= lrecl) return head.slice(0, lrecl);
  const fill = 'ELSIM TEST DATA ';
  return head + fill.repeat(Math.ceil((lrecl - head.length) / fill.length)).slice(0, lrecl - head.length);
}

export const elsimgen: Program = (ctx) => {
  const print: string[] = [];
  const done = (rc: number): { rc: number } => {
    ctx.dd('SYSPRINT')?.writeRecords(print);
    return { rc };
  };
  const parm = readParm(ctx.parm);
  if (typeof parm === 'string') {
    print.push(sim.line('SIM1292E', parm));
    ctx.sysmsg(sim.line('SIM1292E', parm));
    return done(12);
  }
  const outputs = ctx.ddnames().filter((n) => n === 'SYSUT2' || /^OUT[0-9A-Z@#$]*$/.test(n)).map((n) => ctx.dd(n)!) as AllocatedDd[];
  if (outputs.length === 0) {
    print.push(sim.line('SIM1292E', 'NO OUTPUT DD (SYSUT2 OR OUTNNNN)'));
    return done(12);
  }
  for (const dd of outputs) {
    const lrecl = parm.lrecl ?? dd.attrs?.lrecl ?? 80;
    const count = parm.records ?? Math.max(1, Math.floor((parm.mb! * MB) / lrecl));
    const w = dd.openWriter?.();
    const batch: string[] = [];
    const flush = (): void => {
      if (batch.length === 0) return;
      if (w) w.write(batch);
      else dd.writeRecords(batch);
      batch.length = 0;
    };
    if (!w && count > 100_000) {
      // Without a streaming writer all records go in one write.
      const all: string[] = [];
      for (let i = 1; i <= count; i++) all.push(generatedRecord(ctx.jobName, ctx.stepName, dd.ddname, i, lrecl));
      dd.writeRecords(all);
    } else {
      for (let i = 1; i <= count; i++) {
        batch.push(generatedRecord(ctx.jobName, ctx.stepName, dd.ddname, i, lrecl));
        if (batch.length >= 10_000) flush();
      }
      flush();
      w?.close();
    }
    print.push(sim.line('SIM1293I', count, count * lrecl, dd.ddname, dd.dsn ?? dd.kind.toUpperCase()));
  }
  return done(0);
};
