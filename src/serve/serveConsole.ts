/**
 * `elsim serve`: the web console on a local port. Bound to 127.0.0.1 unless another address is
 * asked for (then SIM1601W: the console has no login). Each `--system` is served under its
 * directory's name; a directory that holds no system gets the demo, as other commands do.
 */
import { basename, resolve } from 'node:path';
import { openForRun } from '../app/openForRun.js';
import { isLabHome } from '../app/lab/labHome.js';
import { ElsimError, UsageError } from '../core/errors.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { createConsole } from './createConsole.js';
import type { SystemRef } from './layout.js';

export interface ServeOptions {
  /** System directories to serve (at least one). */
  dirs: readonly string[];
  host: string;
  /** 0: any free port. */
  port: number;
}

export interface RunningConsole {
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** URL keys for the directories: their names, made unique with -2, -3 … */
export function systemRefs(dirs: readonly string[]): SystemRef[] {
  const used = new Set<string>();
  return dirs.map((d) => {
    const dir = resolve(d);
    const name = basename(dir).replace(/[^A-Za-z0-9._-]/g, '-') || 'system';
    let key = name;
    for (let n = 2; used.has(key); n++) key = `${name}-${n}`;
    used.add(key);
    return { key, dir };
  });
}

/** A usage error unless `port` is a TCP port number (0: any free one). */
export function checkPort(port: number): void {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${String(port)} is not a port number (0-65535; 0 takes any free port)`);
}

export async function serveConsole(opts: ServeOptions, io: Io): Promise<RunningConsole> {
  checkPort(opts.port);
  const labs = opts.dirs.filter((d) => isLabHome(resolve(d)));
  if (labs.length > 1) throw new UsageError('serve one lab directory at a time');
  const systems = systemRefs(opts.dirs.filter((d) => !isLabHome(resolve(d))));
  for (const s of systems) (await openForRun(s.dir, undefined, io)).system.close();
  const lab = labs[0];
  const app = createConsole({ systems, clock: io.clock, ...(lab !== undefined ? { lab } : {}) });
  if (!LOOPBACK.has(opts.host)) io.err(sim.line('SIM1601W', opts.host));
  try {
    await app.listen({ host: opts.host, port: opts.port });
  } catch (e) {
    await app.close();
    throw new ElsimError(sim.text('SIM1602E', opts.port, opts.host, (e as Error).message), 'SIM1602E');
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  const url = `http://${host}:${port}/`;
  const names = [...(lab !== undefined ? [`LAB ${resolve(lab)}`] : []), ...systems.map((s) => s.key)];
  io.out(sim.line('SIM1600I', names.join(', '), url));
  return { url, close: () => app.close() };
}
