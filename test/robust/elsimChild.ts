/** `bin/elsim` as a child process, for the robustness tests that kill, stop or starve it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ELSIM } from './crashHarness.js';

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface ChildOptions {
  env?: Record<string, string>;
  cwd?: string;
  /** Run through `bash -c` with this prefix (`ulimit -f 200;`). */
  shellPrefix?: string;
}

export function startElsim(args: string[], opts: ChildOptions = {}): { child: ChildProcess; done: Promise<ChildResult> } {
  const env = { ...process.env, ...opts.env };
  const child =
    opts.shellPrefix === undefined
      ? spawn(process.execPath, [ELSIM, ...args], { env, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn('bash', ['-c', `${opts.shellPrefix} exec "$0" "$@"`, process.execPath, ELSIM, ...args], { env, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<ChildResult>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runElsim(args: string[], opts: ChildOptions = {}): Promise<ChildResult> {
  return startElsim(args, opts).done;
}

/** Resolves when process `pid` is stopped (SIGSTOP at a kill point), rejects if it ends first. */
export async function stopped(pid: number, ended: Promise<unknown>, timeoutMs = 60_000): Promise<void> {
  let over = false;
  void ended.then(() => (over = true));
  const start = Date.now();
  for (;;) {
    if (over) throw new Error(`process ${pid} ended before it stopped`);
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
      if (state === 'T' || state === 't') return;
    } catch {
      throw new Error(`process ${pid} is gone`);
    }
    if (Date.now() - start > timeoutMs) throw new Error(`process ${pid} did not stop`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
