import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'selfassess.js');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built binary as a user would, in a clean environment: only PATH,
 * NO_COLOR and what the test adds. `npm test` builds dist/ first.
 */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A stack trace never reaches the user without --debug. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+:\d+:\d+\)?/.test(text);
}
