/**
 * The web console's row of the bench: every page the console serves, answered in-process
 * (Fastify's inject — no network, the same handlers), timed on the bench's system after its
 * jobs ran (a million VTVs, a 1.1-million-line VTVRPT data set on the catalog). Each page is
 * asked three times and its median kept; the row's time is the slowest page's. The target is
 * an answer in under 300 ms per page (a target, not a ratio: a page has no raw-SQL twin).
 */
import { openSqlite } from '../core/openDatabase.js';
import type { Clock } from '../core/Io.js';
import { System } from '../jes/System.js';
import { createConsole } from '../serve/createConsole.js';

export interface ConsolePageTime {
  page: string;
  ms: number;
  status: number;
}

/** The pages timed, with the values their searches use picked from the system (not timed). */
function pagesOf(dir: string): { page: string; url: string }[] {
  const system = System.open(dir);
  try {
    const dsn = system.activeCds()!;
    const db = openSqlite(system.datasetPath(dsn)!, { readonly: true });
    let picks: { mid: string; last: string; cls: string; pool: string; mvcPool: string };
    try {
      const n = db.prepare('SELECT count(*) FROM mvc').pluck().get() as number;
      picks = {
        mid: (db.prepare('SELECT volser FROM vtv WHERE volser >= ? ORDER BY volser LIMIT 1').pluck().get('M') as string | undefined) ?? 'A00000',
        last: (db.prepare('SELECT volser FROM vtv ORDER BY volser DESC LIMIT 1').pluck().get() as string | undefined) ?? 'A00000',
        cls: (db.prepare('SELECT name FROM mgmt_class ORDER BY seq LIMIT 1').pluck().get() as string | undefined) ?? 'PAY',
        pool: (db.prepare("SELECT name FROM pool WHERE type = 'SCRATCH' AND drtest = 0 ORDER BY seq LIMIT 1").pluck().get() as string | undefined) ?? 'SCRVTV',
        mvcPool: n > 0 ? ((db.prepare('SELECT pool FROM mvc ORDER BY volser DESC LIMIT 1').pluck().get() as string | null) ?? 'LOCALMVC') : 'LOCALMVC',
      };
    } finally {
      db.close();
    }
    const jobs = system.jobs();
    const job = jobs[0]?.jobid ?? 'JOB00001';
    const report = system.catalog.exists('HLQ.BENCH.VTVRPT') ? 'HLQ.BENCH.VTVRPT' : dsn;
    const s = (p: string): string => `/s/bench/${p}`;
    return [
      { page: 'ST', url: s('st') },
      { page: 'ST filtered (NE 0)', url: s('st?rc=NE%200') },
      { page: 'job detail', url: s(`job/${job}`) },
      { page: 'job JESJCL', url: s(`job/${job}/dd/3`) },
      { page: 'Tapeplex', url: s('tapeplex') },
      { page: 'clock preview 1h', url: s('tapeplex?preview=1h') },
      { page: 'VTVs first page', url: s('vtvs') },
      { page: 'VTVs middle page', url: s(`vtvs?after=${picks.mid}`) },
      { page: 'VTVs by class', url: s(`vtvs?cls=${picks.cls}&after=${picks.mid}`) },
      { page: 'VTVs by pool', url: s(`vtvs?pool=${picks.pool}&after=${picks.mid}`) },
      { page: 'VTVs by range', url: s(`vtvs?volsers=${picks.mid.slice(0, 2)}*`) },
      { page: 'MVCs first page', url: s('mvcs') },
      { page: 'MVCs by pool', url: s(`mvcs?pool=${picks.mvcPool}`) },
      { page: 'data sets', url: s('datasets') },
      { page: `browse ${report} top`, url: s(`ds/${report}`) },
      { page: `browse ${report} bottom`, url: s(`ds/${report}?line=last`) },
      { page: `FIND ${picks.last} in ${report}`, url: s(`ds/${report}?find=${picks.last}`) },
      { page: 'console', url: s('console') },
      { page: 'submit', url: s('submit') },
    ];
  } finally {
    system.close();
  }
}

export async function benchConsole(dir: string, clock: Clock, now: () => number): Promise<ConsolePageTime[]> {
  const app = createConsole({ systems: [{ key: 'bench', dir }], clock });
  try {
    const out: ConsolePageTime[] = [];
    for (const p of pagesOf(dir)) {
      const times: number[] = [];
      let status = 0;
      for (let i = 0; i < 3; i++) {
        const t0 = now();
        const r = await app.inject(p.url);
        times.push(now() - t0);
        status = r.statusCode;
      }
      out.push({ page: p.page, ms: times.sort((a, b) => a - b)[1]!, status });
    }
    return out;
  } finally {
    await app.close();
  }
}
