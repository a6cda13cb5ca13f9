// The program of a validation worker thread (bundled as dist/validate-worker.js, and as one script,
// dist/validate-worker.cjs, which dist/validate-worker-start.cjs runs with its V8 code cache).
// It answers each batch of file names it receives with their records, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { readTextSync } from './read-text.js';
import { validateBatch, validateText, type BatchTask } from './validate-file.js';
import { createValidationEnvironment, type ValidationSources } from './validate-environment.js';

function isSources(value: unknown): value is ValidationSources {
  return typeof value === 'object' && value !== null;
}

const port = parentPort;
if (port && isSources(workerData)) {
  const env = createValidationEnvironment(workerData);
  const work = (task: BatchTask): Promise<unknown> => {
    const { ingest } = task;
    // db ingest's part is loaded only by its workers: validate's start no slower.
    return ingest === undefined
      ? validateBatch(task, env)
      : import('./db/ingest-rows.js').then((m) => m.ingestBatch(task.files, ingest, env));
  };
  // The pool sends a batch ahead (validate-pool.ts, depth): batches are taken one after the other, and answered in order.
  // validateBatch never rejects (a file's failure is its record); should a batch's promise reject all the same, the
  // rejection is unhandled and ends the worker, and the pool fails that batch (validation-crashed) and gives the one
  // sent ahead to the worker that replaces it: the last line of defence, on purpose.
  let previous: Promise<void> = Promise.resolve();
  port.on('message', (task: BatchTask) => {
    previous = previous.then(() => work(task)).then((results) => port.postMessage(results));
  });
  port.postMessage('ready');
}

/**
 * For the build (scripts/train-code-cache.mjs), never called by a worker: validates a report, then
 * two altered copies of it (a member changed after its digest was computed; a member the schema
 * refuses, which zod then describes), in this thread, so that the code cache of the worker's script holds the bytecode of
 * what a batch runs. The statuses, for the trainer to check that each took the path it should.
 */
export async function validateForTraining(report: string): Promise<string[]> {
  const env = createValidationEnvironment({});
  const read = readTextSync(report);
  if (!read.ok) return [];
  const altered = (change: (copy: Record<string, unknown>) => void): string => {
    const copy = JSON.parse(read.text) as Record<string, unknown>;
    change(copy);
    return JSON.stringify(copy, null, 2);
  };
  const texts = [
    read.text,
    altered((copy) => (copy['period'] = `${String(copy['period'])} (altered)`)),
    altered((copy) => (copy['unexpected'] = true)),
  ];
  const statuses: string[] = [];
  for (const text of texts) statuses.push((await validateText(report, { ok: true, text }, env)).status);
  return statuses;
}
