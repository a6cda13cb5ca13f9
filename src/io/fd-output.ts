import { EventEmitter } from 'node:events';
import { fstatSync, writeSync } from 'node:fs';

type Callback = (error?: Error | null) => void;

/** Waits a millisecond, synchronously: a non-blocking pipe that is full has no room before its reader reads. */
function pause(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
}

/**
 * Standard output or error written by synchronous writes to its file descriptor, for a pipe, a
 * socket (what Node's child_process gives a child for 'pipe'), a file or a device that is not a
 * terminal (`descriptorKind`):
 * what `process.stdout` does there too (Node writes them synchronously on Linux, as far as the
 * pipe has room), without building its stream, which loads Node's `net` and stream modules
 * (≈ 12 M instructions, a fifth of what `validate` of one report adds to `node -e 0`). Every
 * write is whole when `write` returns, so what goes to stdout and stderr keeps its order, and a
 * reader slower than the writer holds it back rather than letting output pile up in memory. A
 * full non-blocking pipe (EAGAIN) is waited on; a reader that has gone (EPIPE, or ECONNRESET on a
 * socket) calls `brokenPipe`, as `process.stdout`'s error event would; any other failure (a full
 * disk) throws an OutputWriteError, which the command reports in its language.
 */
export class FdOutput extends EventEmitter implements NodeJS.WritableStream {
  readonly isTTY = false;
  writable = true;

  constructor(
    private readonly fd: number,
    private readonly brokenPipe: () => void,
  ) {
    super();
  }

  write(chunk: string | Uint8Array, encodingOrCallback?: BufferEncoding | Callback, callback?: Callback): boolean {
    const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : 'utf8';
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    let written = 0;
    while (written < bytes.length) {
      try {
        written += writeSync(this.fd, bytes, written, bytes.length - written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') pause();
        else if (code === 'EPIPE' || code === 'ECONNRESET') {
          this.brokenPipe();
          return false;
        } else {
          // A full disk or a failing device: the command says it in its language, never as an internal error.
          this.writable = false;
          throw new OutputWriteError(error);
        }
      }
    }
    if (done) process.nextTick(done);
    return true;
  }

  end(
    chunkOrCallback?: string | Uint8Array | (() => void),
    encodingOrCallback?: BufferEncoding | (() => void),
    callback?: () => void,
  ): this {
    if (typeof chunkOrCallback === 'string' || chunkOrCallback instanceof Uint8Array)
      this.write(chunkOrCallback, typeof encodingOrCallback === 'string' ? encodingOrCallback : 'utf8');
    const done = [chunkOrCallback, encodingOrCallback, callback].find((f) => typeof f === 'function');
    this.writable = false;
    if (done) process.nextTick(done);
    return this;
  }
}

/**
 * A write to standard output or error that the system refused (a full disk, a file-size limit).
 * It carries the system's error, not a sentence: this file is part of dist/main.cjs, which every
 * command loads, and the catalogues are not; the command's error handler (cli/program-core.ts)
 * says it in the command's language. Recognised by name, as the handler is bundled apart
 * (dist/cli/single/) with its own copy of this class.
 */
export class OutputWriteError extends Error {
  constructor(readonly reason: unknown) {
    super(`cannot write the output: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'OutputWriteError';
  }

  static is(error: unknown): error is OutputWriteError {
    return error instanceof Error && error.name === 'OutputWriteError' && 'reason' in error;
  }
}

/**
 * What a file descriptor is, as far as writing to it goes: `direct` for a pipe, a socket or a
 * regular file (FdOutput writes there); `device` for a character device, which is either a
 * terminal or a device such as /dev/null or /dev/full (the caller asks Node's stream, which
 * knows, and writes to a device that is not a terminal through FdOutput too); `other` otherwise
 * (a descriptor that cannot be read, for one).
 */
export function descriptorKind(fd: number): 'direct' | 'device' | 'other' {
  try {
    const stat = fstatSync(fd);
    if (stat.isFIFO() || stat.isSocket() || stat.isFile() || isLinuxMemoryDevice(stat.rdev)) return 'direct';
    return stat.isCharacterDevice() ? 'device' : 'other';
  } catch {
    return 'other';
  }
}

/**
 * Linux's memory devices, major number 1 (/dev/null, /dev/zero, /dev/full, …), are never a
 * terminal: told without building Node's stream (which loads the stream modules, ≈ 12 M
 * instructions, for `> /dev/null`). On another system every device asks the stream.
 */
function isLinuxMemoryDevice(rdev: number): boolean {
  return process.platform === 'linux' && rdev > 0 && rdev < 2 ** 32 && ((rdev >>> 8) & 0xfff) === 1;
}
