/**
 * The table of test/e2e/bad-inputs*.test.ts: every command that reads files,
 * run on every bad input, with the exit code and diagnostic each must give,
 * in bounded time and memory, without a stack trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import pty from 'node-pty';
import { afterAll, expect } from 'vitest';
import { BAD_INPUTS_CHECKLISTS, BAD_INPUTS_DIR } from '../fixtures/bad-inputs/generate.js';
import { BIN, hasStackTrace, ROOT } from '../support/run-cli.js';

/** Heap of the child: a loader that expanded a hostile input would die of OOM under it. */
const HEAP_MB = 256;
/**
 * A hang is killed after this. Every run here takes well under a second on a quiet machine, but the
 * cases run concurrently and CI's two cores are shared: a limit that only catches a hang, below the
 * 30 s a test may take (vitest.config.ts). How fast hostile inputs are refused is the bench's
 * business (`bench/extra/hostile.mjs`), not a timed test's.
 */
const TIMEOUT_MS = 25_000;
const BIG_TIMEOUT_MS = 28_000;

export interface Run {
  status: number | null;
  signal: string | null;
  /** stdout and stderr (a pseudo-terminal has only one stream). */
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

const SETPRIV = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] as const;

function childEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}`, ...extra };
}

export interface RunOptions {
  timeout?: number;
  /** Runs as nobody (uid 65534) with this copy of bin/selfassess.js, for the unreadable file. */
  asNobody?: string;
}

/** Children at a time: enough to keep two cores busy, few enough that none is starved past its limit. */
const PARALLEL = 3;
let running = 0;
const waiting: Array<() => void> = [];

async function limited<T>(task: () => Promise<T>): Promise<T> {
  // A finished task hands its slot to the next one waiting, so that no newcomer slips in between.
  if (running >= PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** The built binary, asynchronous so that a table runs in parallel, killed after its time limit. */
export function runHostile(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return limited(() => spawnHostile(args, options));
}

function spawnHostile(args: readonly string[], options: RunOptions): Promise<Run> {
  const bin = options.asNobody ?? BIN;
  const [command, ...argv] = options.asNobody ? [...SETPRIV, process.execPath, bin, ...args] : [process.execPath, bin, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(command ?? process.execPath, argv, { cwd: ROOT, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeout ?? TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, timedOut });
    });
  });
}

/**
 * `assess` in a pseudo-terminal (it refuses to run without one, before it
 * reads the draft). No key is typed: a bad draft must stop it at once.
 */
export function runInTerminal(args: readonly string[], home: string, options: RunOptions = {}): Promise<Run> {
  return limited(() => spawnInTerminal(args, home, options));
}

function spawnInTerminal(args: readonly string[], home: string, options: RunOptions): Promise<Run> {
  const bin = options.asNobody ?? BIN;
  const [command, ...argv] = options.asNobody ? [...SETPRIV, process.execPath, bin, ...args] : [process.execPath, bin, ...args];
  return new Promise((resolve) => {
    const env = childEnv({ HOME: home, SELFASSESS_HOME: path.join(home, 'selfassess'), TERM: 'xterm-256color', LANG: 'en_GB.UTF-8' });
    const child = pty.spawn(command ?? process.execPath, argv, { name: 'xterm-256color', cols: 200, rows: 50, cwd: ROOT, env });
    let output = '';
    child.onData((data) => (output += data));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeout ?? TIMEOUT_MS);
    child.onExit(({ exitCode, signal }) => {
      clearTimeout(timer);
      resolve({
        status: exitCode,
        signal: signal ? String(signal) : null,
        stdout: stripVTControlCharacters(output).replace(/\r\n/g, '\n'),
        stderr: '',
        timedOut,
      });
    });
  });
}

/** A fixture's path relative to the repository, as a user would type it. */
export const fixture = (name: string): string => path.relative(ROOT, path.join(BAD_INPUTS_DIR, name));
export const CHECKLISTS_OPTION = ['--checklists', path.relative(ROOT, BAD_INPUTS_CHECKLISTS)] as const;
export const GOOD = {
  checklist: fixture('checklists/bad-inputs-example.yaml'),
  answers: fixture('valid-answers.yaml'),
  report: fixture('valid-report.json'),
  report2025: fixture('valid-report-2025.json'),
};

export interface GeneratedInputs {
  dir: string;
  huge: string;
  deepJson: string;
  deepYamlFlow: string;
  deepYamlBlock: string;
  deepYamlAfterQuote: string;
  symlinkLoop: string;
  unreadable: string;
  missing: string;
  /** A named pipe no one writes to: reading it would wait forever. */
  fifo: string;
  /** A link to /dev/zero: reading it to its end would never end. */
  devZero: string;
}

const DEPTH = 100_000;

/** The inputs never committed: too big, or not representable in git. */
async function generateInputs(): Promise<GeneratedInputs> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-bad-inputs-'));
  await chmod(dir, 0o755);
  const file = (name: string): string => path.join(dir, name);
  // 100 MB of YAML comments after a valid start: refused by its size, before it is read.
  const huge = file('huge-100mb.yaml');
  const handle = await open(huge, 'w');
  try {
    await handle.write('kind: answers\n');
    const block = Buffer.alloc(1024 * 1024, '# padding padding padding padding padding padding padding\n');
    for (let i = 0; i < 100; i++) await handle.write(block);
  } finally {
    await handle.close();
  }
  const inputs: GeneratedInputs = {
    dir,
    huge,
    deepJson: file('nesting-100000-levels.json'),
    deepYamlFlow: file('nesting-100000-levels-flow.yaml'),
    deepYamlBlock: file('nesting-100000-levels-block.yaml'),
    // A stray quote in a comment hides the brackets from the text pre-check: the parser's own guard must hold.
    deepYamlAfterQuote: file('nesting-100000-levels-after-a-quote.yaml'),
    symlinkLoop: file('symlink-loop.yaml'),
    unreadable: file('unreadable.yaml'),
    missing: file('no-such-file.yaml'),
    fifo: file('named-pipe.yaml'),
    devZero: file('dev-zero-link.json'),
  };
  spawnSync('mkfifo', [inputs.fifo]);
  await symlink('/dev/zero', inputs.devZero);
  await writeFile(inputs.deepJson, '['.repeat(DEPTH) + ']'.repeat(DEPTH) + '\n');
  await writeFile(inputs.deepYamlFlow, 'kind: checklist\nsections: ' + '{a: '.repeat(DEPTH) + '1' + '}'.repeat(DEPTH) + '\n');
  await writeFile(inputs.deepYamlBlock, '- '.repeat(DEPTH) + 'x\n');
  await writeFile(
    inputs.deepYamlAfterQuote,
    '# a lone " in a comment\nkind: checklist\nsections: ' + '['.repeat(DEPTH) + ']'.repeat(DEPTH) + '\n',
  );
  await symlink(file('symlink-loop-back.yaml'), inputs.symlinkLoop);
  await symlink(inputs.symlinkLoop, file('symlink-loop-back.yaml'));
  await cp(path.join(BAD_INPUTS_DIR, 'valid-draft.yaml'), inputs.unreadable);
  await chmod(inputs.unreadable, 0o000);
  return inputs;
}

export type Unreadable = { ok: true; asNobody?: string } | { ok: false; reason: string };

/**
 * How to run the CLI so that a mode-000 file cannot be read: as is when not
 * root; as root, as nobody through setpriv, from a world-readable copy of
 * the package if the repository is not readable by nobody.
 */
async function unreadableSetup(inputs: GeneratedInputs): Promise<Unreadable> {
  if (process.platform === 'win32') return { ok: false, reason: 'file modes do not apply on Windows' };
  if (process.getuid?.() !== 0) {
    try {
      accessSync(inputs.unreadable, constants.R_OK);
      return { ok: false, reason: 'a mode-000 file is still readable by this user' };
    } catch {
      return { ok: true };
    }
  }
  const probe = (bin: string) =>
    spawnSync(SETPRIV[0], [...SETPRIV.slice(1), process.execPath, bin, '--help'], { cwd: ROOT, encoding: 'utf8' });
  const first = probe(BIN);
  if (first.error) return { ok: false, reason: `running as root, and setpriv cannot drop privileges (${first.error.message})` };
  if (first.status === 0) return { ok: true, asNobody: BIN };
  // The repository is not readable by nobody: a world-readable copy of the built package.
  const copy = path.join(inputs.dir, 'package');
  await mkdir(copy);
  for (const entry of ['dist', 'bin', 'checklists', 'package.json'])
    await cp(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
  spawnSync('chmod', ['-R', 'a+rX', copy]);
  const bin = path.join(copy, 'bin', 'selfassess.js');
  const second = probe(bin);
  if (second.status !== 0)
    return { ok: false, reason: `the CLI cannot run as nobody: ${second.stderr.trim() || `exit ${String(second.status)}`}` };
  return { ok: true, asNobody: bin };
}

/** What a command must do with an input: its exit code, and the diagnostic code (or message) it prints. */
/**
 * The setup every bad-input suite shares: the generated inputs, the unreadable
 * file (when this machine can make one), both removed after the suite. Called
 * at the top of a test file, so that the tables of cases are known when the
 * tests are collected.
 */
export async function badInputsSuite(): Promise<{ g: GeneratedInputs; unreadable: Unreadable }> {
  const g = await generateInputs();
  const unreadable = await unreadableSetup(g);
  afterAll(async () => {
    await rm(g.dir, { recursive: true, force: true });
  });
  return { g, unreadable };
}

export interface Expected {
  exit: 0 | 1 | 2;
  code?: string;
  message?: RegExp;
  /** `line:column` of the diagnostic, where the file has one. */
  at?: string;
}

export interface Case {
  input: string;
  file: string;
  expected: Expected;
  timeout?: number;
  /** The mode-000 file: run as nobody. */
  unreadable?: boolean;
}

/** How a command treats a file it cannot open, and one that does not exist. */
export interface AccessRules {
  unopenable: 1 | 2;
  missing: Expected;
}

export const PATTERN_MISSING: Expected = { exit: 2, message: /matched no file/ };

/** Inputs every command must refuse the same way, whatever kind of document it expects. */
export function commonCases(g: GeneratedInputs, access: AccessRules): Case[] {
  const bad = (input: string, file: string, code: string, at?: string): Case => ({
    input,
    file,
    expected: { exit: 1, code, ...(at ? { at } : {}) },
  });
  return [
    bad('empty.yaml', fixture('empty.yaml'), 'file-empty'),
    bad('empty.json', fixture('empty.json'), 'file-empty'),
    bad('not-utf8.yaml (Latin-1)', fixture('not-utf8.yaml'), 'file-not-utf8'),
    bad('not-utf8.json (Latin-1)', fixture('not-utf8.json'), 'file-not-utf8'),
    bad('truncated.yaml', fixture('truncated.yaml'), 'yaml-syntax', '11:1'),
    bad('truncated.json', fixture('truncated.json'), 'json-syntax', '39:6'),
    bad('alias-bomb.yaml', fixture('alias-bomb.yaml'), 'yaml-alias-bomb'),
    bad('duplicate-keys.yaml', fixture('duplicate-keys.yaml'), 'yaml-duplicate-key', '11:3'),
    bad('duplicate-keys.json', fixture('duplicate-keys.json'), 'yaml-duplicate-key', '10:5'),
    bad('proto-keys.json', fixture('proto-keys.json'), 'schema-unknown-field', '8:3'),
    bad('constructor-prototype-keys.yaml', fixture('constructor-prototype-keys.yaml'), 'schema-unknown-field', '8:1'),
    { ...bad('100 MB file', g.huge, 'file-too-large'), timeout: BIG_TIMEOUT_MS },
    bad('nesting 100,000 levels (JSON)', g.deepJson, 'document-too-deep'),
    bad('nesting 100,000 levels (YAML flow)', g.deepYamlFlow, 'document-too-deep'),
    bad('nesting 100,000 levels (YAML block)', g.deepYamlBlock, 'document-too-deep'),
    bad('nesting 100,000 levels after a stray quote', g.deepYamlAfterQuote, 'document-too-deep'),
    {
      input: 'directory named like a file',
      file: fixture('directory-named-like-a-file.yaml'),
      expected: { exit: access.unopenable, code: 'file-is-directory' },
    },
    { input: 'symbolic link loop', file: g.symlinkLoop, expected: { exit: access.unopenable, code: 'file-symlink-loop' } },
    {
      input: 'unreadable file (mode 000)',
      file: g.unreadable,
      expected: { exit: access.unopenable, code: 'file-unreadable' },
      unreadable: true,
    },
    { input: 'nonexistent file', file: g.missing, expected: access.missing },
    {
      input: 'named pipe (FIFO) with no writer',
      file: g.fifo,
      expected: { exit: access.unopenable, code: 'file-not-regular', message: /is a named pipe, not a file/ },
    },
    {
      input: 'link to /dev/zero',
      file: g.devZero,
      expected: { exit: access.unopenable, code: 'file-not-regular', message: /is a character device, not a file/ },
    },
  ];
}

/** The checks every run must pass, whatever the input. */
export function expectWellBehaved(run: Run, c: Case): void {
  const output = run.stdout + run.stderr;
  expect(run.timedOut, `${c.input}: finished within ${c.timeout ?? TIMEOUT_MS} ms`).toBe(false);
  expect(output, `${c.input}: no out-of-memory`).not.toMatch(/heap out of memory|FATAL ERROR/);
  expect(run.signal, `${c.input}: not killed`).toBeNull();
  expect(hasStackTrace(output), `${c.input}: no stack trace in\n${output}`).toBe(false);
  expect(output, `${c.input}: no internal error`).not.toContain('internal error');
  expect(run.status, `${c.input}: exit code; output:\n${output.slice(0, 3000)}`).toBe(c.expected.exit);
}

/** The diagnostic in text output (stylish, junit): its code or message, the file's name, its position. */
export function expectDiagnosticText(output: string, c: Case): void {
  if (c.expected.code !== undefined) expect(output, c.input).toContain(c.expected.code);
  if (c.expected.message !== undefined) expect(output, c.input).toMatch(c.expected.message);
  if (c.expected.exit !== 0) expect(output, `${c.input}: names the file`).toContain(c.file);
  if (c.expected.at !== undefined) expect(output, `${c.input}: position`).toMatch(new RegExp(`(^|[\\s:])${c.expected.at}(?=[\\s:])`, 'm'));
}
