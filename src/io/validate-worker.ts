// Entry point of a validation worker thread (bundled as dist/validate-worker.js).
// It answers each batch of file names it receives with their records, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { validateBatch, type BatchTask } from './validate-file.js';
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
  let previous: Promise<void> = Promise.resolve();
  port.on('message', (task: BatchTask) => {
    previous = previous.then(() => work(task)).then((results) => port.postMessage(results));
  });
  port.postMessage('ready');
}
