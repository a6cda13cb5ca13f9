import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Terminal } from '../support/pty.js';
import { ROOT, type RunResult } from '../support/run-cli.js';

/**
 * validate, show and assess start from a script compiled with the V8 code cache that the build
 * made (src/io/cached-script.ts): a cache this V8 rejects, or none, must change nothing but the
 * time. Each case runs a copy of the package whose dist/cli/single/ holds the cache as the case
 * wants it (the other files are links to the real build, never changed: other tests use it).
 */
const SINGLE = path.join(ROOT, 'dist', 'cli', 'single');
const cacheName = (command: string) => readdirSync(SINGLE).find((f) => f.startsWith(`${command}.`) && f.endsWith('.cache'));

type CacheCase = 'valid' | 'damaged' | 'garbage' | 'missing';

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'selfassess-code-cache-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A copy of the package (links, but for the files the case changes) whose caches are as `kind` says. */
function packageWith(kind: CacheCase): string {
  const root = path.join(work, kind);
  mkdirSync(path.join(root, 'bin'), { recursive: true });
  for (const entry of readdirSync(ROOT)) {
    if (['checklists', 'archive', 'schemas', 'measures', 'package.json'].includes(entry))
      symlinkSync(path.join(ROOT, entry), path.join(root, entry));
  }
  for (const file of readdirSync(path.join(ROOT, 'bin'))) copyFileSync(path.join(ROOT, 'bin', file), path.join(root, 'bin', file));
  // Node resolves a module's links before running it: main.cjs is a copy, so that it looks for the
  // programs beside the copy.
  const dist = path.join(root, 'dist');
  mkdirSync(path.join(dist, 'cli'), { recursive: true });
  for (const entry of readdirSync(path.join(ROOT, 'dist'))) {
    if (entry === 'cli' || entry.endsWith('.cache')) continue;
    // The validation workers' starter looks for their script and its cache beside itself: copies too.
    if (COPIED.includes(entry)) copyFileSync(path.join(ROOT, 'dist', entry), path.join(dist, entry));
    else symlinkSync(path.join(ROOT, 'dist', entry), path.join(dist, entry));
  }
  for (const entry of readdirSync(path.join(ROOT, 'dist')).filter((name) => name.endsWith('.cache'))) {
    placeCache(kind, path.join(ROOT, 'dist', entry), path.join(dist, entry));
  }
  // dist/cli/single/ copied whole (the ES modules too: a link would take them, and the package
  // folder they find, back to the real build), but for the caches.
  cpSync(SINGLE, path.join(dist, 'cli', 'single'), { recursive: true, filter: (from) => !from.endsWith('.cache') });
  for (const entry of readdirSync(SINGLE).filter((name) => name.endsWith('.cache'))) {
    placeCache(kind, path.join(SINGLE, entry), path.join(dist, 'cli', 'single', entry));
  }
  return root;
}

const COPIED = ['main.cjs', 'validate-worker-start.cjs', 'validate-worker.cjs'];

/** A cache as the case wants it: the build's, damaged, not a cache at all, or none. */
function placeCache(kind: CacheCase, from: string, to: string): void {
  if (kind === 'valid') copyFileSync(from, to);
  else if (kind === 'damaged') {
    // Bytes changed in the middle of V8's data: V8 11 would not notice, and crash.
    const bytes = readFileSync(from);
    for (let i = bytes.length >> 1; i < (bytes.length >> 1) + 64; i++) bytes[i] = (bytes[i] ?? 0) ^ 0x5a;
    writeFileSync(to, bytes);
  } else if (kind === 'garbage') writeFileSync(to, 'not a code cache\n');
}

/** The caches other than the build's, and what becomes of each: V8 is never given a damaged one, and none is none. */
const OTHER_CACHES = [
  ['damaged', 'rejected'],
  ['garbage', 'rejected'],
  ['missing', 'none'],
] as const;

const roots = new Map<CacheCase, string>();
function run(kind: CacheCase, args: string[], env: Record<string, string> = {}): RunResult & { cache: string } {
  let root = roots.get(kind);
  if (root === undefined) {
    root = packageWith(kind);
    roots.set(kind, root);
  }
  // Run from the copy, and its paths written as the package's: the output is then the package's own.
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'selfassess.js'), ...args], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', SELFASSESS_CODE_CACHE_REPORT: '1', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const [first = '', ...rest] = result.stderr.split('\n');
  const own = (text: string) => text.replaceAll(root, ROOT);
  return { status: result.status, stdout: own(result.stdout), stderr: own(rest.join('\n')), cache: first };
}

const REPORT = path.join(ROOT, 'scripts', 'code-cache-training.report.json');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'validate');
const INVALID = ['score-altered', 'schema-unknown-field', 'json-syntax-error'].map((name) =>
  path.join(FIXTURES, 'reports', `${name}.report.json`),
);
const MODEL_1 = path.join(ROOT, 'test', 'fixtures', 'reports-model-1', 'tip-protocol-model-1.report.json');

describe('the start-up file, dist/main.cjs', () => {
  // Every command compiles it before anything else: the catalogues (≈ 200 kB) once slipped into
  // it through the output's error, costing each command ≈ 3.5 ms.
  it('holds no catalogue and stays small', () => {
    const main = readFileSync(path.join(ROOT, 'dist', 'main.cjs'), 'utf8');
    expect(main).not.toContain('impossible d’écrire la sortie');
    expect(main).not.toContain('cannot write the output: {reason}');
    expect(main.length).toBeLessThan(32 * 1024);
  });
});

describe('the code cache of the single programs', () => {
  it('is built for validate, show and assess', () => {
    for (const command of ['validate', 'show', 'assess']) expect(cacheName(command)).toBeDefined();
  });

  const commands: [string, string[]][] = [
    ['validate of a valid report', ['validate', REPORT]],
    [
      'validate of invalid reports, as JSON',
      ['validate', ...INVALID, MODEL_1, '--checklists', path.join(FIXTURES, 'checklists'), '-f', 'json'],
    ],
    ['validate of invalid reports, in French', ['validate', ...INVALID, '--checklists', path.join(FIXTURES, 'checklists'), '--lang', 'fr']],
    ['show', ['show', REPORT]],
    ['show in French', ['show', MODEL_1, '--lang', 'fr']],
    ['validate --help', ['validate', '--help']],
    ['a usage error', ['show', '--no-such-option']],
  ];
  // The copy without a cache runs the ES modules, as the package did before it had scripts.
  it.each(commands)('is used when valid, and a damaged, foreign or missing one changes nothing but the time: %s', (_name, args) => {
    const valid = run('valid', args);
    expect(valid.cache).toBe('code cache: accepted');
    const expected = { status: valid.status, stdout: valid.stdout, stderr: valid.stderr };
    for (const [kind, use] of OTHER_CACHES) {
      const other = run(kind, args);
      expect(other.cache, kind).toBe(`code cache: ${use}`);
      expect({ status: other.status, stdout: other.stdout, stderr: other.stderr }, kind).toEqual(expected);
    }
  });

  it('is rejected by V8 under other V8 flags, with the same output', () => {
    const args = ['validate', ...INVALID, REPORT, '--checklists', path.join(FIXTURES, 'checklists')];
    const valid = run('valid', args);
    const flagged = run('valid', args, { NODE_OPTIONS: '--max-old-space-size=1000' });
    expect(flagged.cache).toBe('code cache: rejected');
    expect({ ...flagged, cache: '' }).toEqual({ ...valid, cache: '' });
  });

  it('assess reaches the same first prompt with a damaged cache as with a valid one', async () => {
    const screens: string[] = [];
    for (const kind of ['valid', 'damaged'] as const) {
      run(kind, ['--version']);
      const home = mkdtempSync(path.join(work, 'home-'));
      const env = {
        PATH: process.env['PATH'] ?? '',
        HOME: home,
        SELFASSESS_HOME: path.join(home, 'state'),
        TERM: 'xterm-256color',
        LANG: 'en_GB.UTF-8',
      };
      const root = roots.get(kind) ?? '';
      const terminal = new Terminal([path.join(root, 'bin', 'selfassess.js'), 'assess', '--lang', 'en'], {
        cwd: home,
        env: { ...env, SELFASSESS_CODE_CACHE_REPORT: '1' },
        program: process.execPath,
      });
      await terminal.waitFor('State or organization');
      screens.push(terminal.text);
      terminal.kill('SIGKILL');
      await terminal.exited;
    }
    expect(screens[0]).toContain('code cache: accepted');
    expect(screens[1]).toContain('code cache: rejected');
    // Up to the prompt's line: the list drawn under it may still be arriving when the prompt is seen.
    const upToPrompt = (screen = ''): string => screen.slice(0, screen.indexOf('\n', screen.indexOf('State or organization')));
    expect(upToPrompt(screens[1]).replace('rejected', 'accepted')).toBe(upToPrompt(screens[0]));
  }, 30_000);
});

describe('the code cache of the validation workers', () => {
  const WORKER_CACHE = /^worker code cache: (\w+)$/;
  it('is built beside their script', () => {
    const dist = readdirSync(path.join(ROOT, 'dist'));
    expect(dist).toContain('validate-worker.cjs');
    expect(dist.some((name) => name.startsWith('validate-worker.') && name.endsWith('.cache'))).toBe(true);
  });

  // A batch (more files than are validated without workers), on two workers, with every kind of finding.
  const batch = ['validate', path.join(FIXTURES, 'reports'), '--checklists', path.join(FIXTURES, 'checklists'), '-j', '2'];
  it.each([
    ['as JSON', [...batch, '-f', 'json']],
    ['in French', [...batch, '--lang', 'fr']],
  ])('is used by each worker when valid; a damaged, foreign or missing one changes nothing but the time (%s)', (_name, args) => {
    const uses = (stderr: string): string[] => stderr.split('\n').flatMap((line) => WORKER_CACHE.exec(line)?.[1] ?? []);
    const rest = (stderr: string): string =>
      stderr
        .split('\n')
        .filter((line) => !WORKER_CACHE.test(line))
        .join('\n');
    const valid = run('valid', args);
    expect(uses(valid.stderr)).toEqual(['accepted', 'accepted']);
    expect(valid.stdout.length).toBeGreaterThan(1000);
    for (const [kind, use] of OTHER_CACHES) {
      const other = run(kind, args);
      expect(uses(other.stderr), kind).toEqual([use, use]);
      expect({ status: other.status, stdout: other.stdout, stderr: rest(other.stderr) }, kind).toEqual({
        status: valid.status,
        stdout: valid.stdout,
        stderr: rest(valid.stderr),
      });
    }
  });
});
