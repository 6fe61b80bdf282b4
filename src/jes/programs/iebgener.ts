/**
 * IEBGENER as elsim emulates it: copies SYSUT1 (a data set, a member, in-stream data or a
 * concatenation) to SYSUT2 unchanged and reports on SYSPRINT like the real utility.
 * - SYSIN DUMMY, empty or absent: plain copy. Control statements (GENERATE, RECORD …) would edit
 *   the copy; they are refused with SIM0206E and return code 12, never silently ignored.
 * - SYSUT2 without record format or length (no DCB, not from the catalog): IEB352I warning, RC 0.
 * - SYSUT1 or SYSUT2 missing: IEC130I, return code 12.
 */
import { jes } from '../messages.js';
import { sim } from '../../core/simMessages.js';
import type { Program } from '../../program/contract.js';

const TITLE = `${'DATA SET UTILITY - GENERATE'.padEnd(98)}PAGE 0001`;

export const iebgener: Program = (ctx) => {
  const print: string[] = [TITLE];
  const finish = (rc: number) => {
    ctx.dd('SYSPRINT')?.writeRecords(print);
    return { rc };
  };
  if (!ctx.dd('SYSPRINT')) {
    ctx.sysmsg(jes.line('IEC130I', 'SYSPRINT'));
    return { rc: 12 };
  }
  const statements = (ctx.dd('SYSIN')?.readRecords() ?? []).filter((r) => r.trim() !== '');
  if (statements.length > 0) {
    print.push(...statements.map((s) => ` ${s.trimEnd()}`), sim.line('SIM0206E', statements[0]!.trim().split(/\s+/)[0] ?? ''));
    return finish(12);
  }
  for (const dd of ['SYSUT1', 'SYSUT2']) {
    if (!ctx.dd(dd)) {
      ctx.sysmsg(jes.line('IEC130I', dd));
      print.push(jes.line('IEC130I', dd));
      return finish(12);
    }
  }
  const input = ctx.dd('SYSUT1')!;
  const output = ctx.dd('SYSUT2')!;
  const records = input.readRecords();
  output.writeRecords(records);
  if (output.kind !== 'dummy' && (output.attrs?.recfm === undefined || output.attrs.lrecl === undefined)) print.push(jes.line('IEB352I'));
  print.push('', 'PROCESSING ENDED AT EOD');
  return finish(0);
};
