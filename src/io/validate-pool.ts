import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface PoolOptions {
  /**
   * The worker's script (an ES module). It posts one message (any) once it is
   * ready, then answers each message with exactly one message, in the order
   * the messages came.
   */
  script: URL | string;
  size: number;
  /**
   * Tasks sent ahead to one worker (1 by default): with 2, a worker that
   * answers finds its next task already waiting in its own queue, rather than
   * waiting idle for the main thread to receive the answer and send it one.
   * Only the first of a worker's tasks is under way; the others are not
   * started, and go back to the queue if the worker dies.
   */
  depth?: number;
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
  /** Sent and not answered, in the order sent: the first is under way, the others wait in the worker's queue. */
  tasks: Array<Task<In, Out>>;
  error?: Error;
  timer?: NodeJS.Timeout;
  timedOut?: boolean;
}

/** Workers that die before taking any task this many times in a row mean the script itself is broken. */
const MAX_STARTUP_FAILURES = 3;

/**
 * A fixed number of worker threads, each working on one task at a time (and
 * holding up to `depth` in its queue). A worker that dies (out of memory under
 * its resource limits, or crashed) fails only the task it was working on, and
 * is replaced, so that one hostile input never ends a batch.
 */
export class WorkerPool<In, Out> {
  private readonly queue: Array<Task<In, Out>> = [];
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
    const slot: Slot<In, Out> = { worker: new Worker(script, { workerData, resourceLimits }), ready: false, tasks: [] };
    this.slots.add(slot);
    slot.worker.on('message', (output: Out) => {
      if (slot.ready) {
        clearTimeout(slot.timer);
        slot.tasks.shift()?.resolve(output);
        // The next task sent ahead is under way from now: its own time limit starts.
        if (slot.tasks.length > 0) this.startTimer(slot);
      }
      slot.ready = true;
      this.startupFailures = 0;
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
    if (this.closed) return;
    const outOfMemory = errorCode(slot.error) === 'ERR_WORKER_OUT_OF_MEMORY';
    const reason = slot.error?.message ?? 'the worker stopped';
    const [current, ...waiting] = slot.tasks;
    // Tasks sent ahead were never started: they go first to the next worker, in their order.
    this.queue.unshift(...waiting);
    if (current) {
      current.reject(
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

  /** The ready worker with the fewest tasks, if it has room for one more: every worker gets one before any gets two. */
  private leastBusy(): Slot<In, Out> | undefined {
    const depth = Math.max(1, this.options.depth ?? 1);
    let best: Slot<In, Out> | undefined;
    for (const slot of this.slots) {
      if (slot.ready && slot.tasks.length < depth && (best === undefined || slot.tasks.length < best.tasks.length)) best = slot;
    }
    return best;
  }

  private dispatch(): void {
    for (let slot = this.leastBusy(); slot !== undefined && this.queue.length > 0; slot = this.leastBusy()) {
      const task = this.queue.shift();
      if (!task) return;
      slot.tasks.push(task);
      if (slot.tasks.length === 1) this.startTimer(slot);
      slot.worker.postMessage(task.input);
    }
  }

  /** The time limit of the task a worker is on (its first). */
  private startTimer(slot: Slot<In, Out>): void {
    const limit = this.options.taskTimeoutMs;
    if (limit === undefined) return;
    slot.timer = setTimeout(() => {
      slot.timedOut = true;
      void slot.worker.terminate();
    }, limit);
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
