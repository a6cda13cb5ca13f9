import { PassThrough, Writable } from 'node:stream';
import type { CliContext } from '../../src/cli/context.js';

export interface FakeContext {
  context: CliContext;
  stdout: () => string;
  stderr: () => string;
}

function collector(chunks: string[]): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
}

/** A CliContext that keeps what is written, for running the program in process. */
export function fakeContext(): FakeContext {
  const out: string[] = [];
  const err: string[] = [];
  const context: CliContext = {
    stdout: collector(out),
    stderr: collector(err),
    stdin: new PassThrough(),
    env: { NO_COLOR: '1' },
    cwd: '/nowhere',
    debug: false,
  };
  return { context, stdout: () => out.join(''), stderr: () => err.join('') };
}
