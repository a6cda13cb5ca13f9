import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus, type Corpus } from '../io/db/corpus.js';
import { ENGINES } from '../io/db/engines.js';
import { hasStackTrace, ROOT, runCli } from '../support/run-cli.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await makeCorpus();
  // One report signed by the ministry, whose public key the secretariat trusts.
  const run = (...args: string[]) => runCli(args, { cwd: corpus.dir });
  expect(run('keygen', '--output', 'ministry').status).toBe(0);
  expect(run('sign', 'reports/gbr-2025.report.json', '--key', 'ministry.key').status).toBe(0);
  await mkdir(path.join(corpus.dir, 'trusted'));
  await copyFile(path.join(corpus.dir, 'ministry.pub'), path.join(corpus.dir, 'trusted', 'ministry.pub'));
});
afterAll(async () => {
  await rm(corpus.dir, { recursive: true, force: true });
});

describe.each(ENGINES)('the built selfassess: db ingest then db status, on $name', ({ skip, create }) => {
  it.skipIf(skip)(
    `ingests a cycle's reports with one command and says who submitted${skip ? ` (skipped: ${skip})` : ''}`,
    async () => {
      const store = await create();
      try {
        const env = store.target.kind === 'embedded' ? { SELFASSESS_DB: path.join(corpus.dir, 'store') } : store.env;
        const run = (...args: string[]) => runCli(args, { cwd: corpus.dir, env });
        const ingest = run('db', 'ingest', 'reports', '--checklists', 'checklists', '--trusted-keys', 'trusted');
        expect(ingest.status).toBe(1);
        expect(hasStackTrace(ingest.stderr + ingest.stdout)).toBe(false);
        expect(ingest.stdout).toMatch(/11 files: 10 stored, 0 already stored, 1 rejected, 0 failed; 1 superseded/);
        expect(ingest.stdout).toContain('report-integrity-mismatch');
        const status = run('db', 'status', '--format', 'json', '--cycle', '2025');
        expect(status.status).toBe(0);
        const { summary } = JSON.parse(status.stdout) as { summary: unknown[] };
        expect(summary).toEqual([
          {
            period: '2025',
            checklist: 'tip-protocol',
            accepted: 5,
            superseded: 0,
            rejected: 0,
            'not-submitted': 0,
            signed: 1,
            verified: 1,
            unsigned: 4,
          },
        ]);
        const again = run('db', 'ingest', 'reports/gbr-2025.report.json', '--trusted-keys', 'trusted');
        expect(again.status).toBe(0);
        expect(again.stdout).toContain('already stored');
        const table = run('db', 'status', '--cycle', '2026', '--lang', 'fr');
        expect(table.stdout).toContain('non soumise');
        expect(table.stdout).toContain('remplacée');
      } finally {
        if (store.target.kind === 'embedded') await rm(path.join(corpus.dir, 'store'), { recursive: true, force: true });
        await store.drop();
      }
    },
    120_000,
  );
});

describe('db errors', () => {
  it('an unreachable server is one clear message, exit 2', () => {
    const r = runCli(['db', 'status', '--db', 'postgres://nobody@127.0.0.1:1/none'], { cwd: corpus.dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^selfassess: cannot open the database postgres:\/\/nobody@127\.0\.0\.1:1\/none: the server refused the connection; .*\(reported as: .*ECONNREFUSED/,
    );
    expect(hasStackTrace(r.stderr)).toBe(false);
    const fr = runCli(['db', 'status', '--db', 'postgres://nobody@127.0.0.1:1/none', '--lang', 'fr'], { cwd: corpus.dir });
    expect(fr.stderr).toContain('le serveur refuse la connexion\u00a0; vérifiez l’hôte et le port, et que PostgreSQL est démarré');
  });

  it('a folder that is not a store is refused, not filled with database files', () => {
    const r = runCli(['db', 'status', '--db', 'reports'], { cwd: corpus.dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not a selfassess store');
  });

  it('a password in the URL is never printed', () => {
    const r = runCli(['db', 'status', '--db', 'postgres://someone:s3cret@127.0.0.1:1/none'], { cwd: corpus.dir });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('s3cret');
  });
});

describe('npm pack', () => {
  it("ships PGlite's WebAssembly and data files next to the bundle that loads them", () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: 'error' },
    });
    const [pack] = JSON.parse(out) as Array<{ files: Array<{ path: string }> }>;
    const files = new Set(pack?.files.map((f) => f.path));
    for (const file of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) expect(files.has(`dist/chunks/${file}`), file).toBe(true);
  });
});
