import { realpathSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from './package-root.js';

/**
 * How the official started the tool, so that a command printed for them to
 * type works as printed where they are: after `npm start` in a clone the
 * `selfassess` command does not exist, after `npm link` or a global install it
 * does, and otherwise only `node <path>/bin/selfassess.js` is sure to work.
 */
export type Invocation = { kind: 'npm-start' } | { kind: 'installed' } | { kind: 'node'; bin: string };

/** `npm start` and `npm run start` both set the lifecycle event; the script itself runs `assess`. */
export function startedByNpmStart(env: NodeJS.ProcessEnv): boolean {
  return env['npm_lifecycle_event'] === 'start';
}

function realpath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/** True when a `selfassess` on the PATH is this very program (npm link, or the global install that is running). */
function installedOnPath(env: NodeJS.ProcessEnv, bin: string): boolean {
  const own = realpath(bin);
  if (own === undefined) return false;
  for (const dir of (env['PATH'] ?? '').split(path.delimiter).filter((d) => path.isAbsolute(d))) {
    const candidate = path.join(dir, 'selfassess');
    const info = (() => {
      try {
        return statSync(candidate);
      } catch {
        return undefined;
      }
    })();
    // The first one found is the one the shell runs: it must be this one.
    if (info?.isFile()) return realpath(candidate) === own;
  }
  return false;
}

export function howInvoked(env: NodeJS.ProcessEnv, bin = path.join(packageRoot(), 'bin', 'selfassess.js')): Invocation {
  if (startedByNpmStart(env)) return { kind: 'npm-start' };
  if (installedOnPath(env, bin)) return { kind: 'installed' };
  return { kind: 'node', bin };
}

/**
 * An argument as a shell reads it back: options as they are, anything else
 * (paths) in double quotes, as the screen has always shown them. Backslashes
 * are left alone: they separate folders on Windows, and are literal in double
 * quotes for sh unless before one of " $ `, which are escaped.
 */
export function shellQuote(text: string): string {
  return /^--?[a-z][a-z-]*$/.test(text) ? text : `"${text.replace(/(["$`])/g, '\\$1')}"`;
}

/** The command that runs `selfassess <command> <args>` where the user is, to print for them to type. */
export function toolCommandLine(invocation: Invocation, command: string, args: readonly string[]): string {
  const quoted = args.map(shellQuote).join(' ');
  switch (invocation.kind) {
    // The "start" script ends with `assess`: npm appends what follows `--`. It runs nothing else.
    case 'npm-start':
      if (command === 'assess') return quoted === '' ? 'npm start' : `npm start -- ${quoted}`;
      return `node ${shellQuote(path.join(packageRoot(), 'bin', 'selfassess.js'))} ${command} ${quoted}`.trimEnd();
    case 'installed':
      return `selfassess ${command} ${quoted}`.trimEnd();
    case 'node':
      return `node ${shellQuote(invocation.bin)} ${command} ${quoted}`.trimEnd();
  }
}

/** The command that runs `selfassess assess <args>` where the official is. */
export function assessCommandLine(invocation: Invocation, args: readonly string[]): string {
  return toolCommandLine(invocation, 'assess', args);
}

/**
 * Where `npm start` writes reports: not in the clone (the current folder of
 * the script), where they would be mixed with the sources and lost on a fresh
 * clone, but in $SELFASSESS_HOME/reports if set, else a `selfassess` folder
 * in the official's home folder, easy to find.
 */
export function npmStartReportsDir(env: NodeJS.ProcessEnv, home = os.homedir()): string {
  const own = env['SELFASSESS_HOME'];
  if (own) return path.join(own, 'reports');
  return path.join(home, 'selfassess');
}
