/**
 * One write the console asks of a system — submit a job stream, enter an operator command, move
 * the clock — run by the same application functions as the CLI's `elsim submit`, `elsim oper`
 * and `elsim clock set`. Runs in a worker thread (writeTask.ts); tests may call it directly.
 */
import { fixedClock, memoryIo } from '../core/Io.js';
import type { WriteResult, WriteTask } from './runWriteTask.js';

export async function performWrite(task: WriteTask): Promise<WriteResult> {
  const io = memoryIo(fixedClock(new Date(task.nowMs).toISOString()));
  try {
    if (task.kind === 'submit') {
      const { openForRun } = await import('../app/openForRun.js');
      const { submitText } = await import('../app/submitText.js');
      const { system, now } = await openForRun(task.dir, undefined, io);
      try {
        const jobs = await submitText(system, task.text, { file: task.file, now, strict: false }, io);
        return { ok: true, code: Math.max(0, ...jobs.map((j) => j.maxcc)), jobs: jobs.map((j) => ({ jobid: j.jobid, jobname: j.jobname, status: j.status, maxcc: j.maxcc })), out: io.stdout, err: io.stderr };
      } finally {
        system.close();
      }
    }
    if (task.kind === 'oper') {
      const { operatorCommand } = await import('../app/operatorCommand.js');
      const code = operatorCommand({ dir: task.dir, command: task.command }, io);
      return { ok: code === 0, code, jobs: [], out: io.stdout, err: io.stderr };
    }
    const { runClock } = await import('../app/runClock.js');
    runClock({ dir: task.dir, action: 'set', value: task.to }, io);
    return { ok: true, code: 0, jobs: [], out: io.stdout, err: io.stderr };
  } catch (e) {
    const id = (e as { id?: unknown }).id;
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, code: 8, jobs: [], out: io.stdout, err: [...io.stderr, typeof id === 'string' ? `${id} ${message}` : message], failed: true };
  }
}
