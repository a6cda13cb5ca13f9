import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface PoolOptions {
  /**
   * The worker's script (an ES module). It posts one message (any) once it is
   * ready, then answers each message with exactly one message.
   */
  script: URL | string;
  size: number;
  workerData?: unknown;
  resourceLimits?: ResourceLimits;
  /** Wall-clock limit of one task, in ms: a worker still busy then is terminated and its task fails. */
  taskTimeoutMs?: number;
}

/** The worker holding a task stopped before answering: out of memory, or a crash. */
export class WorkerDiedError extends Error {
  constructor(
    message: string,
    readonly outOfMemory: boolean,
    readonly timedOut = false,
  ) {
    super(message);
    this.name = 'WorkerDiedError';
  }
}

interface Task<In, Out> {
  input: In;
  resolve: (output: Out) => void;
  reject: (error: Error) => void;
}

interface Slot<In, Out> {
  worker: Worker;
  /** Has said it is ready: tasks go only to ready workers, so a death before that is the script's fault. */
  ready: boolean;
  task?: Task<In, Out>;
  error?: Error;
  timer?: NodeJS.Timeout;
  timedOut?: boolean;
}

/** Workers that die before taking any task this many times in a row mean the script itself is broken. */
const MAX_STARTUP_FAILURES = 3;

/**
 * A fixed number of worker threads, one task each at a time. A worker that
 * dies (out of memory under its resource limits, or crashed) fails only the
 * task it held, and is replaced, so that one hostile input never ends a batch.
 */
export class WorkerPool<In, Out> {
  private readonly queue: Array<Task<In, Out>> = [];
  private readonly idle: Array<Slot<In, Out>> = [];
  private readonly slots = new Set<Slot<In, Out>>();
  private startupFailures = 0;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < Math.max(1, options.size); i++) this.spawn();
  }

  run(input: In): Promise<Out> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<Out>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
  }

  private spawn(): void {
    const { script, workerData, resourceLimits } = this.options;
    const slot: Slot<In, Out> = { worker: new Worker(script, { workerData, resourceLimits }), ready: false };
    this.slots.add(slot);
    slot.worker.on('message', (output: Out) => {
      const task = slot.task;
      delete slot.task;
      clearTimeout(slot.timer);
      if (slot.ready) task?.resolve(output);
      slot.ready = true;
      this.startupFailures = 0;
      this.idle.push(slot);
      this.dispatch();
    });
    slot.worker.on('error', (error) => {
      slot.error = error;
    });
    slot.worker.on('exit', () => this.replace(slot));
  }

  private replace(slot: Slot<In, Out>): void {
    this.slots.delete(slot);
    clearTimeout(slot.timer);
    const at = this.idle.indexOf(slot);
    if (at >= 0) this.idle.splice(at, 1);
    if (this.closed) return;
    const outOfMemory = errorCode(slot.error) === 'ERR_WORKER_OUT_OF_MEMORY';
    const reason = slot.error?.message ?? 'the worker stopped';
    if (slot.task) {
      slot.task.reject(
        new WorkerDiedError(slot.timedOut ? 'time limit reached' : reason, outOfMemory && !slot.timedOut, slot.timedOut === true),
      );
    } else if (!slot.ready && ++this.startupFailures >= MAX_STARTUP_FAILURES) {
      this.closed = true;
      for (const task of this.queue.splice(0)) task.reject(new Error(`the validation workers cannot start: ${reason}`));
      void this.close();
      return;
    }
    this.spawn();
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const slot = this.idle.shift();
      const task = this.queue.shift();
      if (!slot || !task) return;
      slot.task = task;
      const limit = this.options.taskTimeoutMs;
      if (limit !== undefined) {
        slot.timer = setTimeout(() => {
          slot.timedOut = true;
          void slot.worker.terminate();
        }, limit);
      }
      slot.worker.postMessage(task.input);
    }
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
