// Entry point of a validation worker thread (built as dist/validate-worker-start.cjs): the worker's
// program as one script compiled with the V8 code cache the build made (io/cached-script.ts), which
// spares each worker the compilation of its modules (≈ 25 ms before its first batch, and more on its
// first reports); without a cache for this V8, the program's ES modules, as before.
import path from 'node:path';
import { runScript } from './cached-script.js';

const report = process.env['SELFASSESS_CODE_CACHE_REPORT']
  ? (use: string) => process.stderr.write(`worker code cache: ${use}\n`)
  : undefined;
if (runScript(path.join(__dirname, 'validate-worker.cjs'), require, report) === undefined) {
  report?.('none');
  void import('./validate-worker.js');
}
