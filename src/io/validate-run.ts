import { existsSync } from 'node:fs';
import path from 'node:path';
import { phrase } from '../domain/diagnostic.js';
import type { ValidatedFile } from '../domain/schemas/validate-output.js';
import { FILE_MESSAGES } from '../i18n/file-messages.js';
import { translator } from '../i18n/translate.js';
import { packageRoot } from './package-root.js';
import { readTextSync } from './read-text.js';
import { createValidationEnvironment, type ValidationEnvironment, type ValidationSources } from './validate-environment.js';
import { failedResult, validateText, type BatchTask } from './validate-file.js';
import type { WorkerDiedError, WorkerPool } from './validate-pool.js';
import type { IngestForm } from './db/ingest-rows.js';

/**
 * Heap allowed to one worker. A report is well under 1 MB; the largest file
 * the loader accepts (10 MB) parses in far less than this, so only a hostile
 * document (millions of tiny objects) reaches it — and kills its worker, not
 * the batch.
 */
/**
 * Heap of one worker, in MB. The loader's limits keep any document far below
 * it; the limit is the last line of defence. SELFASSESS_WORKER_HEAP_MB lowers
 * or raises it (the tests lower it to reach that defence).
 */
const t = translator(FILE_MESSAGES, 'en');

const WORKER_HEAP_MB = workerHeapMb(process.env['SELFASSESS_WORKER_HEAP_MB']);

function workerHeapMb(setting: string | undefined): number {
  const value = Number(setting);
  return Number.isInteger(value) && value >= 8 ? value : 256;
}

/**
 * The young generation of a worker, in MB: what one report leaves behind is
 * short-lived and small, and V8's default young generation (sized for a
 * whole program) made up a fifth of the peak memory of a batch (≈ 195 → 165
 * MB on 1,000 reports, 2 workers) for no measurable speed.
 */
const WORKER_YOUNG_MB = 16;

/**
 * Wall-clock limit of one file's validation, in seconds: a file that would
 * take longer (a hostile document that is slow rather than large) fails alone
 * with validation-timeout, and the batch goes on. SELFASSESS_VALIDATION_TIMEOUT_S
 * changes it (the tests lower it).
 */
const VALIDATION_TIMEOUT_S = validationTimeoutS(process.env['SELFASSESS_VALIDATION_TIMEOUT_S']);

function validationTimeoutS(setting: string | undefined): number {
  const value = Number(setting);
  return Number.isFinite(value) && value > 0 ? value : 60;
}

/**
 * A small batch — at most INLINE_MAX_FILES files of at most INLINE_MAX_CHARS
 * characters together — is validated in the main thread, sparing the start of
 * a worker (≈ 100 ms, more than validating a report): the loader's limits keep
 * what so little text can cost far below a worker's heap. A larger batch, or a
 * larger file (which could be hostile and exhaust memory), goes to workers.
 */
const INLINE_MAX_FILES = 4;
const INLINE_MAX_CHARS = 1024 * 1024;

/**
 * Files per message to a worker: one message per file cost the main thread
 * more than reading them. Fewer at the end of a run, so that every worker
 * gets a share of the last files.
 */
const BATCH_FILES = 16;
/**
 * Batches per worker: one being validated, one waiting in the worker's own
 * queue (the pool's depth), so that a worker never waits for the main thread
 * (≈ 1 ms per batch: 5 % of a worker's time on 10,000 reports, before).
 */
const BATCHES_PER_WORKER = 2;
/** How far validation may run ahead of the next record to print: bounds the records held. */
const WINDOW_PER_WORKER = 64;

export interface RunOptions {
  /** Worker threads; the number of CPUs when undefined (node:os, loaded only for a batch). */
  jobs?: number;
  sources: ValidationSources;
  /** The main thread's environment, used when a single small file is validated here. */
  env?: ValidationEnvironment;
  /**
   * `db ingest`: the workers also build what the store keeps of each file
   * (io/db/ingest-rows.ts), attached to its record; every file then goes to a worker.
   */
  ingest?: IngestForm;
}

/** What receives each record: a promise it returns holds back new work until it settles (db ingest waits for its writes). */
type Emit = (result: ValidatedFile) => void | Promise<void>;

/**
 * Called once `emit` has received every record ready at that moment (those of
 * a batch that came back, and any held for it): what buffers its output
 * writes it then, in one piece, rather than one write per record.
 */
type Flush = () => void;

function workerScript(): string {
  // The worker's program with its code cache, or its ES modules (io/validate-worker-start.ts).
  const script = path.join(packageRoot(), 'dist', 'validate-worker-start.cjs');
  if (!existsSync(script)) throw new Error(`${script} is missing — run "npm run build"`);
  return script;
}

/**
 * Validates files and hands each record to `emit` in the order of `files`,
 * as soon as it and every file before it are done: whatever the parallelism,
 * the output is the same. `jobs` worker threads, each with a memory limit,
 * read and validate them, a batch of files per message (`jobs` 1: one
 * worker). A single small file is validated here, without a worker.
 */
export async function validateFiles(
  files: readonly string[],
  options: RunOptions,
  emit: Emit,
  flush: Flush = () => undefined,
): Promise<void> {
  if (files.length <= INLINE_MAX_FILES && options.ingest === undefined) {
    // Read synchronously: the same checks as readText, without a round trip through libuv's threads per step.
    const texts = files.map((file) => readTextSync(file));
    const chars = texts.reduce((sum, text) => sum + (text.ok ? text.text.length : 0), 0);
    if (chars <= INLINE_MAX_CHARS) {
      const env = options.env ?? createValidationEnvironment(options.sources);
      for (const [i, file] of files.entries()) {
        const text = texts[i];
        if (text) emit(await validateText(file, text, env));
        flush();
      }
      return;
    }
  }
  // Loaded only for a batch: node:worker_threads costs the start-up of `validate` of one report.
  const { WorkerDiedError, WorkerPool } = await import('./validate-pool.js');
  const jobs = Math.max(1, Math.min(options.jobs ?? (await import('node:os')).availableParallelism(), files.length));
  const pool = new WorkerPool<BatchTask, ValidatedFile[]>({
    script: workerScript(),
    size: jobs,
    workerData: options.sources,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    taskTimeoutMs: VALIDATION_TIMEOUT_S * 1000,
    depth: BATCHES_PER_WORKER,
  });
  try {
    const died = (error: unknown): error is WorkerDiedError => error instanceof WorkerDiedError;
    await runOrdered(
      files,
      jobs,
      pool,
      died,
      { withSignature: options.sources.trustedKeys !== undefined, ingest: options.ingest },
      emit,
      flush,
    );
  } finally {
    await pool.close();
  }
}

function runOrdered(
  files: readonly string[],
  jobs: number,
  pool: WorkerPool<BatchTask, ValidatedFile[]>,
  isDeath: (error: unknown) => error is WorkerDiedError,
  { withSignature, ingest }: { withSignature: boolean; ingest: IngestForm | undefined },
  emit: Emit,
  flush: Flush,
): Promise<void> {
  const ready = new Map<number, ValidatedFile>();
  let next = 0;
  let emitted = 0;
  let batches = 0;
  let held: Promise<void> | undefined;
  return new Promise<void>((resolve, reject) => {
    const settle = (first: number, results: readonly ValidatedFile[]): void => {
      results.forEach((result, i) => ready.set(first + i, result));
      const before = emitted;
      for (let r = ready.get(emitted); r !== undefined; r = ready.get(emitted)) {
        ready.delete(emitted++);
        const wait = emit(r);
        if (wait) hold(wait);
      }
      if (emitted > before) flush();
    };
    const hold = (wait: Promise<void>): void => {
      held = wait;
      wait.then(() => {
        if (held !== wait) return;
        held = undefined;
        pump();
      }, reject);
    };
    /**
     * A worker that dies (out of memory, past the time limit, crashed) fails
     * its whole batch: each of its files is then validated alone, so that
     * only the file that kills a worker fails, with the reason it did.
     */
    const runBatch = async (first: number, batch: string[]): Promise<void> => {
      try {
        settle(first, await pool.run(ingest === undefined ? { files: batch } : { files: batch, ingest }));
      } catch (error) {
        if (!isDeath(error)) throw error;
        const [only] = batch;
        if (batch.length === 1 && only !== undefined) return settle(first, [died(only, error, withSignature)]);
        await Promise.all(batch.map((file, i) => runBatch(first + i, [file])));
      }
    };
    const pump = (): void => {
      if (emitted === files.length) return resolve();
      while (
        held === undefined &&
        next < files.length &&
        batches < jobs * BATCHES_PER_WORKER &&
        next - emitted < jobs * WINDOW_PER_WORKER
      ) {
        const size = Math.min(BATCH_FILES, Math.ceil((files.length - next) / jobs));
        const first = next;
        next += size;
        batches++;
        runBatch(first, files.slice(first, next))
          .then(() => {
            batches--;
            pump();
          })
          .catch(reject);
      }
    };
    pump();
  });
}

function died(file: string, error: WorkerDiedError, withSignature: boolean): ValidatedFile {
  if (error.timedOut) {
    return failedResult(file, 'validation-timeout', t('validation-timeout', { seconds: VALIDATION_TIMEOUT_S }), withSignature);
  }
  return error.outOfMemory
    ? failedResult(file, 'validation-out-of-memory', phrase('validation-out-of-memory', { limit: WORKER_HEAP_MB }), withSignature)
    : failedResult(file, 'validation-crashed', phrase('validation-crashed', { reason: error.message }), withSignature);
}
