// The database benchmark (run by bench/run.mjs after validate.mjs, whose corpus of
// 10,000 reports it reuses): `db ingest` into a fresh embedded store against
// `validate` on the same files, then `db status|trend|needs|matrix` (JSON output)
// on the store — embedded, and on PostgreSQL when SELFASSESS_BENCH_PG_URL is set
// (a schema of its own, dropped after).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { timeCommand } from '../measure.mjs';

function once(command, args, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function line(name, ms, limitMs) {
  const verdict = ms <= limitMs ? 'meets' : `MISSES by ${((ms / limitMs - 1) * 100).toFixed(0)}%`;
  console.log(`${name.padEnd(44)} ${ms.toFixed(0).padStart(8)} ms   (target < ${limitMs} ms: ${verdict})`);
}

export async function run({ corpus, bin, node, env }) {
  const dir = path.join(corpus, 'reports');
  if (!existsSync(dir)) return console.log('\ndb: no corpus (run the validate benchmark first)');
  const store = path.join(corpus, 'db-store');
  const count = readdirSync(dir).length.toLocaleString('en-US');
  const quiet = (args) => ['-c', 'exec "$0" "$@" > /dev/null', node, ...args];
  console.log(`\ndb of the validation corpus (${count} reports):`);
  rmSync(store, { recursive: true, force: true });
  // The store's creation (initdb, about 4 s) is not part of an ingest.
  once(node, [bin, 'db', 'status', '--db', store], env);
  const ingestMs = once('/bin/sh', quiet([bin, 'db', 'ingest', dir, '--db', store, '-f', 'json']), env);
  const validateMs = timeCommand('/bin/sh', quiet([bin, 'validate', dir]), { runs: 1, env, expectStatus: 1 });
  const ratio = ingestMs / validateMs;
  console.log(
    `${`db ingest (embedded), ${count} reports`.padEnd(44)} ${ingestMs.toFixed(0).padStart(8)} ms   validate ${validateMs.toFixed(0)} ms   ratio ${ratio.toFixed(2)}x (target ≤ 2x: ${ratio <= 2 ? 'meets' : `MISSES by ${((ratio / 2 - 1) * 100).toFixed(0)}%`})`,
  );
  for (const q of ['status', 'trend', 'needs', 'matrix']) {
    line(
      `db ${q} (embedded)`,
      timeCommand('/bin/sh', quiet([bin, 'db', q, '--db', store, '-f', 'json']), { runs: 3, env, expectStatus: 0 }),
      3000,
    );
  }
  const url = process.env.SELFASSESS_BENCH_PG_URL;
  if (!url) return console.log('db on PostgreSQL: not measured (set SELFASSESS_BENCH_PG_URL)');
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const pgEnv = { ...env, SELFASSESS_DB: url, SELFASSESS_DB_SCHEMA: schema };
  try {
    once('/bin/sh', quiet([bin, 'db', 'ingest', dir, '-f', 'json']), pgEnv);
    for (const q of ['status', 'trend', 'needs', 'matrix']) {
      line(
        `db ${q} (PostgreSQL)`,
        timeCommand('/bin/sh', quiet([bin, 'db', q, '-f', 'json']), { runs: 3, env: pgEnv, expectStatus: 0 }),
        1000,
      );
    }
  } finally {
    spawnSync('psql', [url, '-q', '-c', `DROP SCHEMA IF EXISTS ${schema} CASCADE`], { env: process.env, stdio: 'ignore' });
  }
}
