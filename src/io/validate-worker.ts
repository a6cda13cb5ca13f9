// Entry point of a validation worker thread (bundled as dist/validate-worker.js).
// It answers each file name it receives with that file's record.
import { parentPort, workerData } from 'node:worker_threads';
import { validateText, type FileTask } from './validate-file.js';
import { createValidationEnvironment, type ValidationSources } from './validate-environment.js';

function isSources(value: unknown): value is ValidationSources {
  return typeof value === 'object' && value !== null;
}

const port = parentPort;
if (port && isSources(workerData)) {
  const env = createValidationEnvironment(workerData);
  port.on('message', (task: FileTask) => {
    void validateText(task.file, task.text, env).then((result) => port.postMessage(result));
  });
  port.postMessage('ready');
}
