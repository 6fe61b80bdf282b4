/**
 * The web console: one Fastify application serving one or more system directories (and, for a
 * lab, its goals). Every request names its system in the URL (`/s/<key>/…`) and opens it for
 * that request only, through the application layer's views (src/app/views) — no page touches a
 * database or keeps a system open between requests, and nothing a request does is remembered by
 * the server but in the systems themselves. Writes (submit, operator command, clock) run in a
 * worker thread, one at a time per system (SystemQueue), as CLI processes queue on the system's
 * locks; reads never wait for them (the databases are in WAL mode).
 */
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { resolve } from 'node:path';
import { explainMessage } from '../app/explainMessage.js';
import { checkLab } from '../app/lab/checkLab.js';
import { hintLab } from '../app/lab/hintLab.js';
import { labSystems } from '../app/lab/labSystems.js';
import { readLabDefinition } from '../app/lab/labDefinition.js';
import { readLabState } from '../app/lab/labHome.js';
import { browseDataset } from '../app/views/browseDataset.js';
import { clockPreview } from '../app/views/clockPreview.js';
import { datasetList } from '../app/views/datasetList.js';
import { jobDataset, jobView } from '../app/views/jobView.js';
import { statusList, type JobSort } from '../app/views/statusList.js';
import { pageMvcs } from '../app/views/pageMvcs.js';
import { pageVtvs } from '../app/views/pageVtvs.js';
import type { PageRequest } from '../app/views/pageOfLines.js';
import { systemClock } from '../app/views/systemClock.js';
import { jobLogMessages, systemLogPage } from '../app/views/systemLog.js';
import { tapeplexView } from '../app/views/tapeplexView.js';
import { vaultVolumes } from '../app/views/vaultVolumes.js';
import type { VolumeQuery } from '../app/views/volumeSelection.js';
import { decodeText } from '../core/decodeText.js';
import { ElsimError, UsageError } from '../core/errors.js';
import type { Clock } from '../core/Io.js';
import { pageScript } from './assets/pageScript.js';
import { styleSheet } from './assets/styleSheet.js';
import { html, type Html } from './html.js';
import { page, sysPath, type Panel, type SystemRef } from './layout.js';
import { browsePage, PAGE_LINES } from './pages/browsePage.js';
import { consolePage, type CommandResponse } from './pages/consolePage.js';
import { datasetsPage } from './pages/datasetsPage.js';
import { jobPage, statusPage } from './pages/jobPages.js';
import { labPage } from './pages/labPage.js';
import { errorPage, explainPage, submitPage } from './pages/miscPages.js';
import { tapeplexPage, type ClockResult } from './pages/tapeplexPage.js';
import { mvcsPage, vaultPage, vtvsPage } from './pages/volumePages.js';
import { runWriteTask, SystemQueue, type WriteRequest, type WriteResult } from './runWriteTask.js';

export interface ConsoleOptions {
  /** The systems served, in the order the header lists them; keys are unique URL names. */
  systems: readonly SystemRef[];
  /** A lab directory: its lab page, and its systems (those that exist at each request) after `systems`. */
  lab?: string;
  /** The time of a write to a system that follows the real clock (tests pin it). */
  clock: Clock;
  /** Runs a write; default: in a worker thread (tests may run it in-process). */
  write?: (req: WriteRequest) => Promise<WriteResult>;
}

/** A JCL stream pasted or uploaded is at most this big. */
const MAX_JCL_BYTES = 4 << 20;

const CONSOLE_EXAMPLES = ['D VTSS', 'D REPL', 'D CLINK', 'D DRTEST', 'VARY VTSS1 OFFLINE', 'CAPPREF 0 01:00:00 MANUAL'];
/** Lines of the system log the console panel shows (its end). */
const LOG_TAIL = 60;

type Query = Record<string, string | string[] | undefined>;

function str(q: Query, key: string): string | undefined {
  const v = q[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s.trim() === '' ? undefined : s.trim();
}

function lineRequest(q: Query): PageRequest {
  const line = str(q, 'line');
  const find = str(q, 'find');
  return { from: line === 'last' ? 'last' : Math.max(1, Number.parseInt(line ?? '1', 10) || 1), count: PAGE_LINES, ...(find ? { find } : {}) };
}

function volumeQuery(q: Query): VolumeQuery {
  const v: VolumeQuery = {};
  for (const k of ['volsers', 'pool', 'cls', 'after', 'resident'] as const) {
    const s = str(q, k);
    if (s !== undefined) v[k] = s;
  }
  return v;
}

/** Builds the console; `listen` is the caller's (serveConsole, or `inject` in tests). */
export function createConsole(opts: ConsoleOptions): FastifyInstance {
  const fixed = opts.systems.map((s) => ({ key: s.key, dir: resolve(s.dir) }));
  const labHomeDir = opts.lab === undefined ? undefined : resolve(opts.lab);
  /** The systems of this request: the fixed ones, then the lab's that exist now (a DR test system appears once built). */
  const systemsNow = (): SystemRef[] => {
    if (labHomeDir === undefined) return fixed;
    const taken = new Set(fixed.map((s) => s.key));
    return [...fixed, ...labSystems(labHomeDir).filter((s) => !taken.has(s.key))];
  };
  const labInfo = (): { name: string; title: string } | undefined => {
    if (labHomeDir === undefined) return undefined;
    try {
      const lab = readLabDefinition(readLabState(labHomeDir).lab);
      return { name: lab.name, title: lab.title };
    } catch {
      return undefined;
    }
  };
  const queue = new SystemQueue();
  const write = opts.write ?? runWriteTask;
  const app = Fastify({ logger: false, bodyLimit: MAX_JCL_BYTES });
  void app.register(formbody);
  void app.register(multipart, { limits: { fileSize: MAX_JCL_BYTES, fieldSize: MAX_JCL_BYTES, files: 1, fields: 4, parts: 5 } });

  const send = (reply: FastifyReply, title: string, panel: Panel, sys: SystemRef | undefined, body: Html, status = 200): FastifyReply => {
    let clock: string | null | undefined;
    if (sys) {
      try {
        clock = systemClock(sys.dir);
      } catch {
        clock = undefined;
      }
    }
    return reply
      .code(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(page({ title, panel, systems: systemsNow(), sys, clock, lab: labInfo() }, body).text);
  };

  const sysOf = (req: FastifyRequest): SystemRef => {
    const key = (req.params as { sys: string }).sys;
    const sys = systemsNow().find((s) => s.key === key);
    if (!sys) throw new NotFound(`no system named ${key} is served here`);
    return sys;
  };

  const runWrite = (sys: SystemRef, req: WriteRequest): Promise<WriteResult> => queue.run(sys.dir, () => write(req));

  app.setErrorHandler((e: unknown, req, reply) => {
    const err = e instanceof Error ? e : new Error(String(e));
    const sysKey = (req.params as { sys?: string } | undefined)?.sys;
    const sys = sysKey ? systemsNow().find((s) => s.key === sysKey) : undefined;
    if (err instanceof NotFound) return send(reply, 'Not found', 'explain', sys, errorPage(err.message, sys), 404);
    if (err instanceof ElsimError) {
      const missing = err.id === 'SIM1406E' || err.id === 'SIM1604E';
      return send(reply, missing ? 'Not found' : 'Not done', 'explain', sys, errorPage(`${err.id} ${err.message}`, sys), missing ? 404 : 400);
    }
    if (err instanceof UsageError) return send(reply, 'Not done', 'explain', sys, errorPage(err.message, sys), 400);
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) return send(reply, 'Not done', 'explain', sys, errorPage(err.message, sys), status);
    return send(reply, 'Internal error', 'explain', sys, errorPage(`internal error: ${err.message} (a bug in elsim)`, sys), 500);
  });
  app.setNotFoundHandler((req, reply) => send(reply, 'Not found', 'explain', undefined, errorPage(`nothing at ${req.url}`), 404));

  app.get('/assets/elsim.css', (_req, reply) => reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'max-age=3600').send(styleSheet));
  app.get('/assets/elsim.js', (_req, reply) => reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'max-age=3600').send(pageScript));

  app.get('/', (_req, reply) => {
    const first = systemsNow()[0];
    return reply.redirect(labHomeDir !== undefined ? '/lab' : first ? sysPath(first, 'st') : '/explain/SIM1600I');
  });

  // ── Lab ───────────────────────────────────────────────────────────────────
  app.get('/lab', (_req, reply) => {
    if (labHomeDir === undefined) throw new NotFound('no lab is served here (serve a lab directory)');
    return send(reply, 'Lab', 'lab', undefined, labPage(checkLab(labHomeDir), labSystems(labHomeDir), undefined));
  });

  app.post('/lab/hint', async (_req, reply) => {
    if (labHomeDir === undefined) throw new NotFound('no lab is served here (serve a lab directory)');
    const hint = await queue.run(labHomeDir, () => Promise.resolve(hintLab(labHomeDir)));
    return send(reply, 'Lab', 'lab', undefined, labPage(checkLab(labHomeDir), labSystems(labHomeDir), hint));
  });

  app.get('/explain/:id', (req, reply) => {
    const id = (req.params as { id: string }).id.toUpperCase();
    const text = explainMessage(id);
    return send(reply, id, 'explain', undefined, explainPage(id, text), text === undefined ? 404 : 200);
  });

  // ── ST, job detail, spool browse ─────────────────────────────────────────
  app.get('/s/:sys/st', (req, reply) => {
    const sys = sysOf(req);
    const q = req.query as Query;
    const sort = str(q, 'sort');
    const f = {
      ...(str(q, 'name') ? { name: str(q, 'name')! } : {}),
      ...(str(q, 'rc') ? { rc: str(q, 'rc')! } : {}),
      ...(str(q, 'date') ? { date: str(q, 'date')! } : {}),
      ...(sort && ['jobid', 'jobname', 'completion', 'submitted', 'ended', 'owner'].includes(sort) ? { sort: sort as JobSort } : {}),
      ...(str(q, 'desc') ? { desc: true } : {}),
    };
    return send(reply, 'ST', 'st', sys, statusPage(sys, f, statusList(sys.dir, f)));
  });

  /** A job id in a URL (JOB00042): anything else is not a job of this console. */
  const jobOf = (req: FastifyRequest): string => {
    const { jobid } = req.params as { jobid: string };
    if (!/^JOB\d{5}$/.test(jobid)) throw new NotFound(`${jobid} is not a job id`);
    return jobid;
  };

  app.get('/s/:sys/job/:jobid', (req, reply) => {
    const sys = sysOf(req);
    const j = jobView(sys.dir, jobOf(req));
    const also = (str(req.query as Query, 'also') ?? '').split(',').filter((x) => /^JOB\d{5}$/.test(x));
    return send(reply, `${j.job.jobname} ${j.job.jobid}`, 'st', sys, jobPage(sys, j, also));
  });

  app.get('/s/:sys/job/:jobid/dd/:dsid', (req, reply) => {
    const sys = sysOf(req);
    const jobid = jobOf(req);
    const dsid = Number((req.params as { dsid: string }).dsid);
    if (!Number.isInteger(dsid)) throw new NotFound(`no spool data set ${(req.params as { dsid: string }).dsid} for job ${jobid}`);
    const q = req.query as Query;
    const { dataset, page: lines } = jobDataset(sys.dir, jobid, dsid, lineRequest(q));
    let errors: Map<number, string[]> | undefined;
    if (dataset.ddname === 'JESJCL' && dataset.stepname === 'JES2') {
      errors = new Map(jobView(sys.dir, jobid).jclErrors.filter((e) => e.line !== undefined).map((e) => [e.line!, e.messages]));
    }
    const title = html`<a href="${sysPath(sys, `job/${jobid}`)}">${jobid}</a> ${dataset.stepname === 'JES2' ? '' : `${dataset.stepname}${dataset.procstep ? `.${dataset.procstep}` : ''}.`}${dataset.ddname}`;
    return send(reply, `${jobid} ${dataset.ddname}`, 'st', sys, browsePage({ title, path: sysPath(sys, `job/${jobid}/dd/${dsid}`), page: lines, find: str(q, 'find'), ...(errors ? { errors } : {}) }));
  });

  // ── Tapeplex ──────────────────────────────────────────────────────────────
  app.get('/s/:sys/tapeplex', (req, reply) => {
    const sys = sysOf(req);
    const preview = str(req.query as Query, 'preview');
    const view = tapeplexView(sys.dir);
    const p = preview ? clockPreview(sys.dir, preview, opts.clock.now()) : undefined;
    return send(reply, 'Tapeplex', 'tapeplex', sys, tapeplexPage(sys, view, p, undefined));
  });

  app.post('/s/:sys/clock', async (req, reply) => {
    const sys = sysOf(req);
    const to = str((req.body ?? {}) as Query, 'to');
    if (!to) throw new UsageError('say when to move the clock to');
    const r = await runWrite(sys, { kind: 'clock', dir: sys.dir, to, nowMs: opts.clock.now().getTime() });
    const result: ClockResult = { lines: [...r.out, ...r.err.filter((l) => !r.failed || l !== r.err[r.err.length - 1])], ...(r.failed ? { error: r.err[r.err.length - 1] ?? 'refused' } : {}) };
    return send(reply, 'Tapeplex', 'tapeplex', sys, tapeplexPage(sys, tapeplexView(sys.dir), undefined, result), r.failed ? 400 : 200);
  });

  app.get('/s/:sys/vtvs', (req, reply) => {
    const sys = sysOf(req);
    const q = volumeQuery(req.query as Query);
    return send(reply, 'VTVs', 'vtvs', sys, vtvsPage(sys, q, pageVtvs(sys.dir, q)));
  });

  app.get('/s/:sys/mvcs', (req, reply) => {
    const sys = sysOf(req);
    const q = volumeQuery(req.query as Query);
    return send(reply, 'MVCs', 'mvcs', sys, mvcsPage(sys, q, pageMvcs(sys.dir, q)));
  });

  app.get('/s/:sys/vault/:vault', (req, reply) => {
    const sys = sysOf(req);
    const vault = (req.params as { vault: string }).vault.toUpperCase();
    const after = Math.max(0, Number.parseInt(str(req.query as Query, 'after') ?? '0', 10) || 0);
    return send(reply, `Vault ${vault}`, 'tapeplex', sys, vaultPage(sys, vault, after, vaultVolumes(sys.dir, vault, after)));
  });

  // ── Data sets ─────────────────────────────────────────────────────────────
  app.get('/s/:sys/datasets', (req, reply) => {
    const sys = sysOf(req);
    const prefix = str(req.query as Query, 'prefix');
    return send(reply, 'Data sets', 'datasets', sys, datasetsPage(sys, prefix, datasetList(sys.dir, prefix)));
  });

  app.get('/s/:sys/ds/:dsn', (req, reply) => {
    const sys = sysOf(req);
    const q = req.query as Query;
    const dsn = (req.params as { dsn: string }).dsn.toUpperCase();
    const member = str(q, 'member');
    const b = browseDataset(sys.dir, dsn, member, lineRequest(q));
    const path = sysPath(sys, `ds/${encodeURIComponent(dsn)}`);
    if (b.kind === 'missing') throw new NotFound(`${dsn}${member ? `(${member.toUpperCase()})` : ''} is not cataloged on ${sys.key}`);
    if (b.kind === 'members') {
      return send(reply, dsn, 'datasets', sys, html`<h1>${dsn}</h1><table><tr><th>Member</th></tr>${b.members.map((m) => html`<tr><td class="mono"><a href="${path}?member=${encodeURIComponent(m)}">${m}</a></td></tr>`)}</table>${b.members.length === 0 ? html`<p class="muted">No member.</p>` : ''}`);
    }
    if (b.kind === 'cds') {
      return send(reply, dsn, 'datasets', sys, html`<h1>${dsn}</h1><p>A CDS: a database, not records${b.active ? html` — the system's active CDS, shown on the <a href="${sysPath(sys, 'tapeplex')}">Tapeplex</a>, <a href="${sysPath(sys, 'vtvs')}">VTVs</a> and <a href="${sysPath(sys, 'mvcs')}">MVCs</a> panels` : ''}. <code>elsim cds dump --system ${sys.key} --dsn ${dsn}</code> prints it.</p>`);
    }
    if (b.kind === 'tms') {
      return send(reply, dsn, 'datasets', sys, html`<h1>${dsn}</h1><p>The tape management catalog: a database, not records. <code>elsim tms list --system ${sys.key}</code> lists its volumes.</p>`);
    }
    const title = html`<a href="${sysPath(sys, 'datasets')}">Data sets</a> / ${dsn}${b.member ? html`(<a href="${path}">${b.member}</a>)` : ''}`;
    return send(reply, dsn, 'datasets', sys, browsePage({ title, path, keep: { member: b.member }, page: b.page, find: str(q, 'find') }));
  });

  // ── Console ───────────────────────────────────────────────────────────────
  const consoleOf = (sys: SystemRef, response: CommandResponse | undefined): Html =>
    consolePage(sys, response, systemLogPage(sys.dir, { from: 'last', count: LOG_TAIL }), jobLogMessages(sys.dir), CONSOLE_EXAMPLES);

  app.get('/s/:sys/console', (req, reply) => {
    const sys = sysOf(req);
    return send(reply, 'Console', 'console', sys, consoleOf(sys, undefined));
  });

  app.get('/s/:sys/syslog', (req, reply) => {
    const sys = sysOf(req);
    const q = req.query as Query;
    const title = html`<a href="${sysPath(sys, 'console')}">Console</a> / system log`;
    return send(reply, 'System log', 'console', sys, browsePage({ title, path: sysPath(sys, 'syslog'), page: systemLogPage(sys.dir, lineRequest(q)), find: str(q, 'find') }));
  });

  app.post('/s/:sys/console', async (req, reply) => {
    const sys = sysOf(req);
    const command = str((req.body ?? {}) as Query, 'command');
    if (!command) return send(reply, 'Console', 'console', sys, consoleOf(sys, undefined));
    const r = await runWrite(sys, { kind: 'oper', dir: sys.dir, command, nowMs: opts.clock.now().getTime() });
    const response: CommandResponse = { command, lines: [...r.out, ...r.err], ok: r.ok };
    return send(reply, 'Console', 'console', sys, consoleOf(sys, response));
  });

  // ── Submit ────────────────────────────────────────────────────────────────
  app.get('/s/:sys/submit', (req, reply) => {
    const sys = sysOf(req);
    return send(reply, 'Submit', 'submit', sys, submitPage(sys, '', undefined));
  });

  app.post('/s/:sys/submit', async (req, reply) => {
    const sys = sysOf(req);
    let text = '';
    let fileBytes: Buffer | undefined;
    let fileName = 'console.jcl';
    if (req.isMultipart()) {
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          const buf = await part.toBuffer();
          if (buf.length > 0) {
            fileBytes = buf;
            fileName = part.filename || fileName;
          }
        } else if (part.fieldname === 'jcl') text = String(part.value ?? '');
      }
    } else {
      text = str((req.body ?? {}) as Query, 'jcl') ?? '';
    }
    // A text box sends its lines with CRLF (HTML forms do); a file is read like `elsim submit` reads one.
    const pasted = text.trim() !== '';
    if (!pasted && fileBytes === undefined) return send(reply, 'Submit', 'submit', sys, submitPage(sys, '', ['Nothing to submit: paste JCL or choose a file.']), 400);
    const name = (pasted ? 'console.jcl' : fileName).replace(/[^\w.@#$-]/g, '_');
    let jcl: string;
    try {
      jcl = pasted ? text.replace(/\r\n?/g, '\n') : decodeText(fileBytes!, name).text;
    } catch (e) {
      if (e instanceof ElsimError) return send(reply, 'Submit', 'submit', sys, submitPage(sys, '', [`${e.id} ${e.message}`]), 400);
      throw e;
    }
    const r = await runWrite(sys, { kind: 'submit', dir: sys.dir, text: jcl, file: name, nowMs: opts.clock.now().getTime() });
    const [first, ...rest] = r.jobs;
    if (!first) return send(reply, 'Submit', 'submit', sys, submitPage(sys, jcl, r.err.length ? r.err : ['No job was read from the text.']), 400);
    return reply.redirect(`${sysPath(sys, `job/${first.jobid}`)}${rest.length ? `?also=${rest.map((j) => j.jobid).join(',')}` : ''}`, 303);
  });

  return app;
}

class NotFound extends Error {
  override name = 'NotFound';
}
