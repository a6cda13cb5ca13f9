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
  port.on('message', (task: BatchTask) => {
    const { ingest } = task;
    // db ingest's part is loaded only by its workers: validate's start no slower.
    const work =
      ingest === undefined ? validateBatch(task, env) : import('./db/ingest-rows.js').then((m) => m.ingestBatch(task.files, ingest, env));
    void work.then((results) => port.postMessage(results));
  });
  port.postMessage('ready');
}
