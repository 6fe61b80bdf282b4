/** A job's change record as text: the golden runner's `cds/DSN.changes` and `hardware.changes` layout, without hunk positions. */
import type { JobChanges } from '../app/jobChanges.js';

const grouped = (n: number): string => n.toLocaleString('en-US');

export function changeLines(ch: JobChanges): string[] {
  const head = `${ch.jobid} ${ch.jobname}`;
  if (!ch.recorded) return [`${head}: no change record (the job ran before elsim kept them, or did not end)`];
  const out: string[] = [];
  for (const c of ch.cds) {
    if (c.created) {
      out.push(`+++ ${c.dsn} created${c.rows ? `: ${grouped(c.rows.vtvs)} VTVs, ${grouped(c.rows.mvcs)} MVCs` : ''} (elsim cds dump --dsn ${c.dsn} shows it)`);
      continue;
    }
    if (c.deleted) {
      out.push(`--- ${c.dsn} deleted`);
      continue;
    }
    if (!c.captured) {
      out.push(`??? ${c.dsn}: changes not captured (${c.note ?? 'unknown'})`);
      continue;
    }
    out.push(`--- before/${c.dsn}`, `+++ after/${c.dsn}`);
    for (const l of c.lines) out.push(`${l.op}${l.line}`);
  }
  if (ch.hardware.length > 0) {
    out.push('--- before/hardware', '+++ after/hardware');
    for (const l of ch.hardware) out.push(`${l.op}${l.line}`);
  }
  if (out.length === 0) return [`${head} changed no CDS and nothing on the simulated hardware`];
  return out;
}
