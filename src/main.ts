import { EXIT } from './cli/exit-codes.js';
import type { CliContext } from './cli/context.js';
import { TOOL_VERSION } from './version.js';
import { terminalSafe } from './format/terminal-safe.js';
import { runScript } from './io/cached-script.js';
import { descriptorKind, FdOutput } from './io/fd-output.js';
import path from 'node:path';

/**
 * The commands whose start-up people wait for, each with a program of its own
 * (cli/single/): built apart with the code it runs (scripts/build.mjs), it
 * loads a few modules where the full program loads dozens of chunks, each
 * resolved and read by Node's ESM loader. Taken only when the command is the
 * first argument, as anything before it (an option) could change what is run.
 */
const SINGLE: Readonly<Record<string, () => Promise<SingleProgram>>> = {
  validate: () => import('./cli/single/validate.js'),
  show: () => import('./cli/single/show.js'),
  assess: () => import('./cli/single/assess.js'),
};

interface SingleProgram {
  runSingle: typeof main;
}

/**
 * A single program as one script compiled with the V8 code cache that the build made by running
 * it (scripts/build.mjs): V8 then neither parses nor compiles the code that start-up runs, most
 * of the start-up's time. Without a cache for this V8, its ES modules, as before.
 */
async function loadSingle(command: string, load: () => Promise<SingleProgram>): Promise<SingleProgram> {
  const report = process.env['SELFASSESS_CODE_CACHE_REPORT'] ? (use: string) => process.stderr.write(`code cache: ${use}\n`) : undefined;
  const script = runScript(path.join(__dirname, 'cli', 'single', `${command}.cjs`), require, report);
  if (script !== undefined) return script as SingleProgram;
  report?.('none');
  return load();
}

/**
 * The only place that sets process.exitCode. `--version` is answered before
 * anything else is imported, so that scripts asking for it pay nothing.
 */
export async function main(argv: string[], context: CliContext): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    context.stdout.write(TOOL_VERSION + '\n');
    return EXIT.ok;
  }
  const single = Object.hasOwn(SINGLE, argv[0] ?? '') ? SINGLE[argv[0] ?? ''] : undefined;
  if (single) return (await loadSingle(argv[0] ?? '', single)).runSingle(argv, context);
  const { runProgram } = await import('./cli/program.js');
  return runProgram(argv, context);
}

/** Closing stdout early (e.g. `selfassess lint … | head`) is not an error. */
function brokenPipe(): void {
  process.exit(process.exitCode ?? 0);
}

/**
 * The process's stdout or stderr. The commands write text or bytes and read `isTTY`, nothing else
 * of a stream: to a pipe, a socket, a file or a device that is not a terminal (/dev/null,
 * /dev/full) they write through the file descriptor (io/fd-output.ts says what that spares, and a
 * write that fails there is said in the command's language: Node's stream on /dev/full dropped
 * the output and exited 0). `assess` hands its streams to the prompts, and a terminal keeps
 * Node's stream.
 */
function output(fd: 1 | 2, plain: boolean): NodeJS.WritableStream & { isTTY?: boolean } {
  const stream = (): NodeJS.WriteStream => (fd === 1 ? process.stdout : process.stderr);
  if (plain) {
    const kind = descriptorKind(fd);
    // On a character device Node's stream tells a terminal from the rest; on any device but a
    // terminal it is a plain synchronous writer (no module of its own to load), built and left.
    if (kind === 'direct' || (kind === 'device' && stream().isTTY !== true)) return new FdOutput(fd, brokenPipe);
  }
  if (fd === 2) return process.stderr;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') brokenPipe();
  });
  return process.stdout;
}

function processContext(): CliContext {
  const argv = process.argv.slice(2);
  // Any word "assess" (an option may come first): the prompts' streams; a file so named only costs the stream.
  const plain = !argv.includes('assess');
  return {
    stdout: output(1, plain),
    stderr: output(2, plain),
    // A getter: Node builds process.stdin (a stream, its module loaded) when first read, and only
    // the interactive commands read it — measurable on the start-up of `validate` and `show`.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
    debug: argv.includes('--debug'),
  };
}

const context = processContext();
main(process.argv.slice(2), context).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = EXIT.usage;
    const message = error instanceof Error ? error.message : String(error);
    try {
      context.stderr.write(`selfassess: internal error: ${terminalSafe(message)}\n`);
      if (context.debug && error instanceof Error && error.stack) context.stderr.write(error.stack + '\n');
      else context.stderr.write('Run again with --debug for details, and report the problem.\n');
    } catch {
      // Standard error cannot be written either (both outputs on a full disk): the exit code says it.
    }
  },
);
