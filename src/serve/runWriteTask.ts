/**
 * Runs a write (submit, operator command, clock) in a worker thread and waits for its answer.
 * Writes to one system are queued one after the other by the caller (SystemQueue), as the CLI's
 * processes queue on the system's SQLite locks; writes to different systems run side by side.
 */
import { Worker } from 'node:worker_threads';
import { busyTimeout } from '../core/openDatabase.js';

export type WriteTask =
  | { kind: 'submit'; dir: string; text: string; file: string; nowMs: number; busyTimeoutMs: number }
  | { kind: 'oper'; dir: string; command: string; nowMs: number; busyTimeoutMs: number }
  | { kind: 'clock'; dir: string; to: string; nowMs: number; busyTimeoutMs: number };

export type WriteRequest = WriteTask extends infer T ? (T extends WriteTask ? Omit<T, 'busyTimeoutMs'> : never) : never;

export interface WriteResult {
  ok: boolean;
  code: number;
  jobs: { jobid: string; jobname: string; status: string; maxcc: number }[];
  /** What the application function printed (responses, summaries) and its messages. */
  out: string[];
  err: string[];
  /** The function refused or failed before it did anything (the message is in `err`). */
  failed?: boolean;
}

export function runWriteTask(req: WriteRequest): Promise<WriteResult> {
  const task = { ...req, busyTimeoutMs: busyTimeout() } as WriteTask;
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./writeTask.js', import.meta.url), { workerData: task });
    let answered = false;
    worker.once('message', (m: WriteResult) => {
      answered = true;
      resolve(m);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the ${req.kind} worker ended (exit ${code}) without an answer`));
    });
  });
}

/**
 * One queue per system: each write starts when the previous write to the same system has
 * ended. Built per server (no module state); an idle system leaves no entry behind.
 */
export class SystemQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const result = before.then(fn, fn);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
