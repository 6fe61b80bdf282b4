/**
 * Worker-thread entry of a console write (performWrite): a job that runs for seconds (a VTVRPT
 * of a million VTVs) runs here, so the server goes on answering other trainees meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { setBusyTimeout } from '../core/openDatabase.js';
import { performWrite } from './performWrite.js';
import type { WriteTask } from './runWriteTask.js';

const task = workerData as WriteTask;
setBusyTimeout(task.busyTimeoutMs);
parentPort!.postMessage(await performWrite(task));
