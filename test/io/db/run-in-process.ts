import { Writable } from 'node:stream';
import { runProgram } from '../../../src/cli/program.js';

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(chunks: string[]): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
}

/** Runs `selfassess <args>` in this process, with only the environment given. */
export async function selfassess(args: string[], env: Record<string, string>, cwd = process.cwd()): Promise<InProcessResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runProgram(args, {
    stdout: sink(out),
    stderr: sink(err),
    stdin: process.stdin,
    env: { NO_COLOR: '1', LANG: 'C', ...env },
    cwd,
    debug: false,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** The JSON a query command printed. */
export function json<T>(result: InProcessResult): T {
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
