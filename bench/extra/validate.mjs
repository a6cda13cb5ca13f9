// The validation benchmark (run by bench/run.mjs): 10,000 generated reports of
// the bundled Protocol checklist, 10% of them invalid or altered, validated by
// `selfassess validate`, by ajv-cli against schemas/report.schema.json (schema
// only, single-threaded), and read and parsed by a floor script, in the same run.
//
// Peak memory is the maximum resident set size of the whole process as
// /usr/bin/time -v reports it; worker threads share their process's memory, so
// it includes every worker.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { loadedModules, loadedSummary } from '../loaded-modules.mjs';
import { report, timeCommand } from '../measure.mjs';

const COUNT = 10_000;
const RUNS = 3;

/** Bundles one of the TypeScript scripts of bench/extra/ into the corpus folder. */
async function bundle(root, corpus, name) {
  const outfile = path.join(corpus, `${name}.mjs`);
  await build({
    entryPoints: [path.join(root, 'bench', 'extra', `${name}.ts`)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}

async function corpusOf(root, corpus, node) {
  const generator = await bundle(root, corpus, 'validate-corpus');
  const dir = path.join(corpus, 'reports');
  const stampFile = path.join(corpus, 'reports.stamp');
  // Generated again only when the generator, the domain code or the checklist changed.
  const stamp = createHash('sha256')
    .update(readFileSync(generator))
    .update(readFileSync(path.join(root, 'checklists', 'tip-protocol.yaml')))
    .update(String(COUNT))
    .digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return dir;
  console.log(`generating ${COUNT.toLocaleString('en-US')} reports in ${path.relative(root, dir)}/ …`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(node, [generator, dir, String(COUNT)], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the corpus generator failed');
  writeFileSync(stampFile, stamp);
  return dir;
}

/** The first `count` reports of the corpus (hard links: validate follows no symbolic link), to show how the cost grows. */
function subsetOf(corpus, dir, count) {
  const subset = path.join(corpus, `reports-${count}`);
  rmSync(subset, { recursive: true, force: true });
  mkdirSync(subset, { recursive: true });
  for (const name of readdirSync(dir).sort().slice(0, count)) linkSync(path.join(dir, name), path.join(subset, name));
  return subset;
}

/** Maximum resident set size in MB of one run, from GNU time; undefined where it is not installed. */
function peakMb(command, args, env) {
  if (!existsSync('/usr/bin/time')) return undefined;
  const r = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  return kb === undefined ? undefined : Number(kb) / 1024;
}

function memoryLine(name, mb, limit) {
  if (mb === undefined) return console.log(`${name.padEnd(44)} peak memory not measured (no /usr/bin/time)`);
  const verdict =
    limit === undefined
      ? ''
      : mb <= limit
        ? ` (target < ${limit} MB: meets)`
        : ` (target < ${limit} MB: MISSES by ${((mb / limit - 1) * 100).toFixed(0)}%)`;
  console.log(`${name.padEnd(44)} peak memory ${mb.toFixed(0).padStart(5)} MB${verdict}`);
}

export async function run({ root, corpus, bin, node, env, nodeMs, parts = new Set(['validate', 'startup']) }) {
  const dir = await corpusOf(root, corpus, node);
  if (parts.has('validate')) await batches({ root, corpus, dir, bin, node, env });
  if (parts.has('startup')) oneFile({ dir, bin, node, env, nodeMs });
  if (parts.has('validate')) {
    // Where the time of one report goes, step by step, in one thread: the next bottleneck.
    const profile = await bundle(root, corpus, 'profile');
    console.log('');
    spawnSync(node, [profile, dir, '1000'], { env, stdio: 'inherit' });
  }
}

/** 10,000 and 1,000 reports against the floor and ajv-cli, and peak memory. */
async function batches({ root, corpus, dir, bin, node, env }) {
  const files = readdirSync(dir).length;
  const ajv = path.join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
  const floor = path.join(root, 'bench', 'extra', 'validate-floor.mjs');
  const schema = path.join(root, 'schemas', 'report.schema.json');

  // Through `sh -c 'exec … > /dev/null'`: the outputs (a 10,000-row table) exceed what
  // timeCommand buffers, and writing them to a terminal would measure the terminal.
  const quiet = (args) => ['-c', 'exec "$0" "$@" > /dev/null', node, ...args];
  const validateArgs = [bin, 'validate', dir];
  const ajvArgs = [
    ajv,
    'validate',
    '--spec=draft2020',
    '-c',
    'ajv-formats',
    '--strict=false',
    '-s',
    schema,
    '-d',
    path.join(dir, '*.json'),
  ];
  const floorArgs = [floor, dir];

  console.log(`\nvalidation of ${files.toLocaleString('en-US')} reports (${RUNS} runs each, median):`);
  const floorMs = timeCommand('/bin/sh', quiet(floorArgs), { runs: RUNS, env, expectStatus: 0 });
  const validateMs = timeCommand('/bin/sh', quiet(validateArgs), { runs: RUNS, env, expectStatus: 1 });
  const ajvMs = timeCommand('/bin/sh', quiet(ajvArgs), { runs: RUNS, env, expectStatus: 1 });
  report('selfassess validate, 10,000 reports', validateMs, 'read + JSON.parse, parallel', floorMs, 2.5);
  report('selfassess validate, 10,000 reports', validateMs, 'ajv-cli, schema only', ajvMs, 1);

  // The same on the first 1,000: a cost that grows linearly is multiplied by 10 from 1,000 to 10,000.
  const small = subsetOf(corpus, dir, 1000);
  const smallFloorMs = timeCommand('/bin/sh', quiet([floor, small]), { runs: RUNS, env, expectStatus: 0 });
  const smallMs = timeCommand('/bin/sh', quiet([bin, 'validate', small]), { runs: RUNS, env, expectStatus: 1 });
  // Issue 15 asks for this run to show how the cost grows; its target is the 10,000 reports'.
  report('selfassess validate, 1,000 reports', smallMs, 'read + JSON.parse, parallel', smallFloorMs);
  console.log(
    `${'growth from 1,000 to 10,000 reports'.padEnd(44)} ×${(validateMs / smallMs).toFixed(1)} (floor ×${(floorMs / smallFloorMs).toFixed(1)}; linear: ×10)`,
  );

  memoryLine('selfassess validate, 10,000 reports', peakMb(node, validateArgs, env), 200);
  memoryLine('selfassess validate -f ndjson, 10,000 reports', peakMb(node, [...validateArgs, '-f', 'ndjson'], env), 200);
  memoryLine('ajv-cli, 10,000 reports', peakMb(node, ajvArgs, env));
  memoryLine('read + JSON.parse, parallel', peakMb(node, floorArgs, env));
}

/** One valid report, validated and shown, against `node -e 0`, with the code each loads. */
function oneFile({ dir, bin, node, env, nodeMs }) {
  const one = readdirSync(dir)
    .sort()
    .find((f) => spawnSync(node, [bin, 'validate', path.join(dir, f), '-f', 'json'], { env }).status === 0);
  const oneMs = timeCommand(node, [bin, 'validate', path.join(dir, one)], { runs: 21, env, expectStatus: 0 });
  report('selfassess validate one-report.json', oneMs, 'node -e 0', nodeMs, 2.5);
  const showMs = timeCommand(node, [bin, 'show', path.join(dir, one)], { runs: 21, env, expectStatus: 0 });
  report('selfassess show one.report.json', showMs, 'node -e 0', nodeMs, 2.5);
  // The code each compiles before answering: most of their start-up time.
  for (const command of ['validate', 'show']) {
    console.log(
      `${`  code loaded by ${command} one.report.json`.padEnd(44)} ${loadedSummary(loadedModules(node, bin, [command, path.join(dir, one)], env))}`,
    );
  }
}
