/**
 * A measurement, not a test: converts a generated job stream of `cards` cards (jobs of a JOB card,
 * comments, steps with continued DD statements and in-stream data) and reports the throughput and
 * the heap it took. The caller supplies the clock (performance.now) and the heap probe.
 */
import { convertJobs } from './convertJcl.js';

export interface BenchResult {
  cards: number;
  jobs: number;
  steps: number;
  ms: number;
  cardsPerSecond: number;
  heapGrowthMb: number;
}

/** Builds a stream of about `cards` cards. */
export function generateStream(cards: number): string {
  const out: string[] = [];
  let j = 0;
  while (out.length < cards) {
    j++;
    out.push(`//JOB${String(j).padStart(5, '0')} JOB (ACCT),'BENCH',CLASS=A,MSGCLASS=X,`, '//             MSGLEVEL=(1,1),NOTIFY=&SYSUID');
    out.push('//* GENERATED FOR THE CONVERTER BENCHMARK');
    for (let s = 1; s <= 4 && out.length < cards; s++) {
      out.push(`//STEP${s}    EXEC PGM=SLUADMIN,PARM='MIXED'`);
      out.push('//STEPLIB  DD DSN=HLQ.SEALINK,DISP=SHR');
      out.push(`//OUT${s}     DD DSN=HLQ.BENCH.J${j}.S${s},DISP=(NEW,CATLG,DELETE),`);
      out.push('//            UNIT=SYSDA,SPACE=(CYL,(1,1),RLSE),');
      out.push('//            DCB=(RECFM=FB,LRECL=80,BLKSIZE=27920)');
      out.push('//SLSPRINT DD SYSOUT=*');
      out.push('//SLSIN    DD *');
      for (let d = 0; d < 12; d++) out.push(`  VTVRPT VTV(V${String(d).padStart(5, '0')}) OPTIONS(UNAVAIL)`.padEnd(72) + String(out.length).padStart(8, '0'));
      out.push('/*');
    }
  }
  return out.slice(0, cards).join('\n') + '\n';
}

export function benchConvertJcl(cards: number, now: () => number, heapUsed: () => number): BenchResult {
  const text = generateStream(cards);
  const heap0 = heapUsed();
  const t0 = now();
  // As submit reads a stream: one job at a time, each dropped before the next is converted.
  let jobs = 0;
  let steps = 0;
  for (const job of convertJobs(text, { file: 'bench.jcl' })) {
    jobs++;
    steps += job.steps.length;
  }
  const ms = now() - t0;
  const heapGrowthMb = (heapUsed() - heap0) / 1024 / 1024;
  return { cards, jobs, steps, ms, cardsPerSecond: Math.round((cards / ms) * 1000), heapGrowthMb: Math.round(heapGrowthMb) };
}
