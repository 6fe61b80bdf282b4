/** Files saved by Windows editors or transferred in binary, through check, submit and sluadmin (issue 12). */
import test from 'ava';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';

async function cli(args: string[]) {
  const io = memoryIo(fixedClock('2026-11-21T08:00:00Z'));
  const code = await runCli(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const JOB = '//BOMJOB JOB\r\n//S1 EXEC PGM=SLUADMIN\r\n//SLSPRINT DD SYSOUT=*\r\n//SLSIN DD *\r\n VTVRPT VTV(AV1000)\r\n/*\r\n';

test('a deck saved with a byte-order mark and CRLF runs, with the two notes', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-bom-'));
  const f = join(dir, 'bom.jcl');
  writeFileSync(f, Buffer.concat([BOM, Buffer.from(JOB)]));
  const check = await cli(['check', f]);
  t.is(check.code, 0);
  t.regex(check.out, /bom\.jcl:1:1: SIM1403I .*BYTE-ORDER MARK - IGNORED/);
  t.regex(check.out, /SIM1404I .*CRLF LINE ENDS/);
  t.notRegex(check.out, /IEFC019I/);
  const run = await cli(['submit', '--system', join(dir, 'sys'), f]);
  t.is(run.code, 0, run.err);
  t.regex(run.out, /JOB00002 BOMJOB +CC 0000/);
  t.regex(run.err, /SIM1403I/);
  const deck = join(dir, 'deck.txt');
  writeFileSync(deck, Buffer.concat([BOM, Buffer.from(' VTVRPT VTV(AV1000)\r\n')]));
  const sl = await cli(['sluadmin', '--system', join(dir, 'sys'), deck]);
  t.is(sl.code, 0, sl.out);
  t.regex(sl.out, /AV1000/);
  rmSync(dir, { recursive: true, force: true });
});

test('an EBCDIC file is refused with SIM1401E and exit 64, and no system is built', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-ebc-'));
  const f = join(dir, 'ebc.jcl');
  // `//EBC JOB` and `//S1 EXEC PGM=IEFBR14` in code page 037, 80-byte records without line ends.
  const card = (hex: string): Buffer => Buffer.concat([Buffer.from(hex, 'hex'), Buffer.alloc(80 - hex.length / 2, 0x40)]);
  writeFileSync(f, Buffer.concat([card('6161c5c2c340d1d6c2'), card('6161e2f140c5e7c5c340d7c7d47ec9c5c6c2d9f1f4')]));
  for (const args of [['check', f], ['submit', '--system', join(dir, 'sys'), f]]) {
    const r = await cli(args);
    t.is(r.code, 64);
    t.regex(r.err, /SIM1401E .*ebc\.jcl LOOKS LIKE EBCDIC/);
  }
  t.false(existsSync(join(dir, 'sys')));
  rmSync(dir, { recursive: true, force: true });
});
