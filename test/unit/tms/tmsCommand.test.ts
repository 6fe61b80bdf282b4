/** `elsim tms …` on a demo system: listing, one volume, changes, refusals. */
import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';

const NOW = '2026-11-21T08:00:00Z';

async function cli(args: string[]) {
  const io = memoryIo(fixedClock(NOW));
  const code = await runCli(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

test('the demo TMS: list, show, set, scratch, as of the system clock or --now', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-tms-cli-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const sys = join(dir, 'sys');
  t.is((await cli(['init', '--system', sys, '--now', NOW])).code, 0);

  const list = await cli(['tms', 'list', 'T11000-T11002', '--system', sys]);
  t.is(list.code, 0);
  t.is(list.out.split('\n')[0], 'TMS HLQ.TMSDB AS OF 2026-11-21: 3 VOLUMES');
  t.regex(list.out, /^T11000 NATIVE MASTER  2026-12-12 2026-11-20 2026-11-20 DRVLT\.MANIFEST$/m);

  const later = await cli(['tms', 'list', 'T11000', '--system', sys, '--now', '2026-12-12T00:00:00Z']);
  t.regex(later.out, /^T11000 NATIVE SCRATCH 2026-12-12/m, 'expired on its expiration day');

  const show = await cli(['tms', 'show', 't11015', '--system', sys]);
  t.regex(show.out, /FILE {3}1 {2}HMIG\.TT11015\.HSM/);

  const set = await cli(['tms', 'set', 'T11000', '--expires', '+3', '--last-ref', 'now', '--system', sys]);
  t.is(set.code, 0);
  t.regex(set.out, /SIM1007I TMS HLQ\.TMSDB: VOLUME T11000 EXPIRES 2026-11-24, LAST REFERENCED 2026-11-21T08:00:00Z - NOW MASTER/);

  const rec = await cli(['tms', 'set', 'T11030', '--dsn', 'drvlt.manifest', '--expires', '2026-12-13', '--system', sys]);
  t.regex(rec.out, /DATA SET DRVLT\.MANIFEST RECORDED AS FILE 1, EXPIRES 2026-12-13 - NOW MASTER/);
  const json = await cli(['tms', 'list', '--dsn', 'DRVLT.MANIFEST', '--json', '--system', sys]);
  t.deepEqual((JSON.parse(json.out) as { volumes: { volser: string }[] }).volumes.map((v) => v.volser), ['T11000', 'T11030']);

  const scr = await cli(['tms', 'scratch', 'T11001', 'T11001', '--system', sys]);
  t.regex(scr.out, /VOLUME T11001 SCRATCHED\n.*VOLUME T11001 WAS ALREADY SCRATCH/);

  const unknown = await cli(['tms', 'show', 'ZZ9999', '--system', sys]);
  t.not(unknown.code, 0);
  t.not(unknown.code, 70);
  t.regex(unknown.err, /SIM1005E VOLUME ZZ9999 IS NOT IN THE TMS/);
  const badDay = await cli(['tms', 'set', 'T11000', '--expires', '2026-02-30', '--system', sys]);
  t.regex(badDay.err, /SIM1006E INVALID EXPIRATION 2026-02-30/);
  const none = await cli(['tms', 'scratch', 'T11001', 'NOSUCH', '--system', sys]);
  t.regex(none.err, /SIM1005E VOLUME NOSUCH/);
});
