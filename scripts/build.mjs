// Bundles the CLI with esbuild: one start-up file plus lazily loaded chunks per
// command, so that `selfassess --version` and `--help` load almost nothing.
import { build } from 'esbuild';
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARTY_ORDER_FILE, partyOrderSource } from './generate-party-order.mjs';
import { REPORT_CHECK_FILE, reportCheckSource } from './generate-report-check.mjs';

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });

// The report's compiled schema check, regenerated so that it never lags behind schemas/report.schema.json.
const check = await reportCheckSource();
if ((await readFile(REPORT_CHECK_FILE, 'utf8').catch(() => '')) !== check) await writeFile(REPORT_CHECK_FILE, check);
// The States in the order of each language, so that `assess` creates no collator before its first prompt.
const order = await partyOrderSource();
if ((await readFile(PARTY_ORDER_FILE, 'utf8').catch(() => '')) !== order) await writeFile(PARTY_ORDER_FILE, order);
// zod re-exports its 40-odd locales as `z.locales`, which no bundler can tree-shake (a namespace
// export): 370 KB that every command using zod parsed at start-up. Ours never calls
// `z.config(z.locales.xx())` (its messages are its own, src/domain/zod-findings.ts); zod's default,
// English, is imported by zod directly and stays.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: path.dirname(createRequire(import.meta.url).resolve('zod/v4/locales/en.js')),
    }));
  },
};

// Options common to both builds below.
const common = {
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  sourcemap: true,
  // Less code to read and parse at every start-up. Identifiers are not shortened: names stay
  // what error classes and stack traces show (esbuild's keepNames would cost a call per
  // function at load, more than the bytes it saves).
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Some bundled CommonJS dependencies call require(); give ESM a require.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

// commander requires node:child_process when loaded, for executable subcommands, which selfassess
// has none of: loading it (with net, dgram and streams) cost every command's start-up. It is
// required when commander would spawn, never before.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: 'module.exports = { spawn: (...args) => require("node:child_process").spawn(...args) };',
      loader: 'js',
    }));
  },
};

// main.ts imports cli/program.js and cli/single/*.js (the ES modules of the single programs, when
// this V8 has no code cache for their scripts), built apart below: left as they are written.
const programsExternal = {
  name: 'programs-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/cli\/(program\.js|single\/)/ }, (args) => ({ path: args.path, external: true }));
  },
};

// `import process from 'node:process'` (chalk's supports-color) makes Node build that module's ESM
// facade, which reads every property of process — process.stdin among them, a stream Node then
// creates (its modules loaded) for commands that never read it. The global is the same object.
const processGlobal = {
  name: 'process-global',
  setup(b) {
    // Only the default import of an ES module: require('process') (yaml) builds no facade.
    b.onResolve({ filter: /^(node:)?process$/ }, (args) =>
      args.kind === 'import-statement' ? { path: 'process', namespace: 'process-global' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'process-global' }, () => ({ contents: 'export default globalThis.process;' }));
  },
};

// chalk's own instances (`chalk`, `chalkStderr`) take their colour level from its supports-color,
// which asks `tty.isatty` when loaded: node:tty loads node:net (≈ 11 M instructions, a sixth of
// what `validate` of one report adds to `node -e 0`). selfassess never uses them: every paint is a
// `new Chalk({ level })` whose level says whether to colour (cli/context.ts, wantsColor). Their
// level is 0 (no colour).
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]chalk[\\/]/.test(args.importer) ? { path: 'supports-color', namespace: 'chalk-without-detection' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'chalk-without-detection' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
    }));
  },
};

// PGlite's /dev/blob (what `db ingest` gives the embedded store's COPY) copies the blob into
// PostgreSQL's memory one byte at a time in JavaScript: ≈ 1.6 ns a byte, ≈ 0.09 ms of the store's
// thread for each report's 55 kB of rows. The same bytes copied by TypedArray.set (a memcpy), into
// a byte view of the same memory. Matched by its shape around PGlite's own error message; the
// build fails if no file has it (a new PGlite: look again, then change or drop this patch).
let pgliteBlobReadsPatched = 0;
const BLOB_READ_LOOP =
  /(No \/dev\/blob File or Blob provided to read from"\);let (\w+)=new Uint8Array\(\w+\);if\((\w+)>=\2\.length\)return 0;let (\w+)=Math\.min\(\2\.length-\3,\w+\);)for\(let (\w+)=0;\5<\4;\5\+\+\)(\w+)\[(\w+)\+\5\]=\2\[\3\+\5\];/;
const pgliteBlobCopy = {
  name: 'pglite-blob-copy',
  setup(b) {
    b.onLoad({ filter: /[\\/]@electric-sql[\\/]pglite[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('No /dev/blob File or Blob provided to read from')) return undefined;
      const patched = source.replace(
        BLOB_READ_LOOP,
        (_all, head, src, from, count, i, heap, at) =>
          `${head}if(${heap}.BYTES_PER_ELEMENT===1)new Uint8Array(${heap}.buffer,${heap}.byteOffset+${at},${count}).set(${src}.subarray(${from},${from}+${count}));else for(let ${i}=0;${i}<${count};${i}++)${heap}[${at}+${i}]=${src}[${from}+${i}];`,
      );
      if (patched !== source) pgliteBlobReadsPatched++;
      return { contents: patched, loader: 'js' };
    });
  },
};

await build({
  ...common,
  // validate's worker threads load dist/validate-worker.js; validate-precompile writes dist/bundled-library/.
  entryPoints: {
    'cli/program': 'src/cli/program.ts',
    'validate-worker': 'src/io/validate-worker.ts',
    'validate-precompile': 'src/io/validate-precompile.ts',
  },
  splitting: true,
  plugins: [zodEnglishOnly, processGlobal, lazyChildProcess, chalkWithoutDetection, pgliteBlobCopy],
  chunkNames: 'chunks/[name]-[hash]',
});
if (pgliteBlobReadsPatched === 0) throw new Error("PGlite's /dev/blob read was not found: see pgliteBlobCopy in scripts/build.mjs");

// The start-up file, alone: the little it imports (exit codes, the version, terminalSafe) written
// into it, where the split build above made four chunks of it, each a module for Node to resolve
// and read before any command starts. CommonJS, as bin/selfassess.js is (bin/package.json): a
// command whose program is a cached script (below) then never starts Node's ES module loader.
await build({
  ...common,
  format: 'cjs',
  banner: {},
  entryPoints: { main: 'src/main.ts' },
  outExtension: { '.js': '.cjs' },
  splitting: false,
  plugins: [processGlobal, programsExternal],
});

/**
 * A program as one script, for the V8 code cache made below (src/io/cached-script.ts runs it): a
 * function (exports, require, module, __filename, __dirname) as Node wraps a CommonJS module, every
 * import() of it a require() (a script compiled by vm.Script has no ES module loader of its own),
 * import.meta.url rebuilt from __filename. One file without splitting: with the cache, what is never
 * called is neither parsed nor compiled. No source map: the program's ES modules have theirs.
 * `name`: its path in dist/ without the extension.
 */
async function buildCachedScript(name, entry) {
  await build({
    ...common,
    format: 'cjs',
    entryPoints: { [name]: entry },
    outExtension: { '.js': '.cjs' },
    splitting: false,
    sourcemap: false,
    supported: { 'dynamic-import': false },
    define: { 'import.meta.url': '__selfassessModuleUrl' },
    banner: {
      js: "(function (exports, require, module, __filename, __dirname) {const __selfassessModuleUrl = require('node:url').pathToFileURL(__filename).href;",
    },
    footer: { js: '})\n' },
    plugins: [zodEnglishOnly, processGlobal, lazyChildProcess, chalkWithoutDetection],
  });
  // Its digest as its last line, which its cache repeats (src/io/cached-script.ts): a cache is
  // never used with another script of the same length, whose code V8 would run as if it were its own.
  const script = new URL(`../dist/${name}.cjs`, import.meta.url);
  const source = await readFile(script, 'latin1');
  await writeFile(script, `${source}// ${createHash('sha256').update(source, 'latin1').digest('hex')}\n`, 'latin1');
}

// The commands whose start-up people wait for (src/main.ts), each built apart: its program and the
// code it runs (imported statically by src/cli/single/*.ts) end up in a few files, where the full
// program's build spreads them over dozens of chunks shared with the other commands — on Node 20
// each module costs its resolution and read by the ESM loader, and `validate` of one report loaded
// 56. Not one file without splitting: what the command imports only in some cases (another kind
// of document, zod's diagnostics of an invalid one) would be in it too, and compiling 1.2 MB cost
// more than the modules saved. These builds share no module with main.js but stateless ones
// (exit codes, the version).
const SINGLE_COMMANDS = ['validate', 'show', 'assess'];
for (const command of SINGLE_COMMANDS) {
  await build({
    ...common,
    entryPoints: { [`cli/single/${command}`]: `src/cli/single/${command}.ts` },
    splitting: true,
    plugins: [zodEnglishOnly, processGlobal, lazyChildProcess, chalkWithoutDetection],
    chunkNames: `cli/single/${command}-chunks/[name]-[hash]`,
  });
  await buildCachedScript(`cli/single/${command}`, `src/cli/single/${command}.ts`);
}

// The program of a validation worker as one script too, with its cache (src/io/validate-worker-start.ts
// runs it): each worker of a batch compiles its modules no more. Its starter is a small CommonJS file
// that takes the ES modules (dist/validate-worker.js) where this V8 has no cache.
await buildCachedScript('validate-worker', 'src/io/validate-worker.ts');
const workerModuleExternal = {
  name: 'worker-module-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/validate-worker\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};
await build({
  ...common,
  format: 'cjs',
  banner: {},
  entryPoints: { 'validate-worker-start': 'src/io/validate-worker-start.ts' },
  outExtension: { '.js': '.cjs' },
  splitting: false,
  plugins: [processGlobal, workerModuleExternal],
});

// The bundled checklists pre-parsed, so that `validate` does not parse their YAML in every worker;
// then the few facts of each (id, version, languages) that `assess` asks about before reading one.
const { precompileBundledLibrary, writeChecklistFacts } = await import('../dist/validate-precompile.js');
await precompileBundledLibrary();
await writeChecklistFacts();

// PGlite (the embedded store of `selfassess db`) loads its WebAssembly and data files next to
// the module that runs it: once bundled, a chunk in dist/chunks/.
const pgliteDist = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
for (const file of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) {
  await copyFile(path.join(pgliteDist, file), new URL(`../dist/chunks/${file}`, import.meta.url));
}

// The V8 code cache of each single program's script: made by running the program once on a typical
// input (scripts/train-code-cache.mjs), so that it holds the bytecode of every function that
// start-up runs, not only of the script's top level. Made by this Node for its own V8 (the file's
// name says which); another V8 rejects it, and src/io/cached-script.ts then takes the ES modules.
// NODE_OPTIONS is left out: V8 rejects a cache made under other V8 flags.
// The training's environment is fixed (English, no colour setting, a temporary home for assess).
const trainingEnv = { PATH: process.env.PATH ?? '', LANG: 'en_GB.UTF-8' };
const trainer = fileURLToPath(new URL('./train-code-cache.mjs', import.meta.url));
for (const program of [...SINGLE_COMMANDS, 'validate-worker']) {
  const trained = spawnSync(process.execPath, [trainer, program], { env: trainingEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  if (trained.status !== 0)
    console.warn(`build: no code cache for ${program} (the training run failed); it will start from its ES modules`);
}
