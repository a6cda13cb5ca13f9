// Which of dist/'s files a command loads, and their sizes: the code V8 must compile before
// the command can answer, most of its start-up time (validate, show and assess: a script and its
// V8 code cache, which spares compiling what start-up runs). Used by bench/extra/validate.mjs, and
// by hand to see what a change of imports gained:
//   node bench/loaded-modules.mjs validate some.report.json
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// A module loader hook (run in the loader's own thread) appending each loaded file's URL to a log.
const HOOK = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.SELFASSESS_BENCH_MODULE_LOG, url + '\\n');
  return next(url, context);
}`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify('data:text/javascript,' + encodeURIComponent(HOOK))});`;
// CommonJS modules (dist/main.cjs) and the single programs' scripts and code caches
// (src/io/cached-script.ts) are read with fs.readFileSync, which this preload logs.
const PRELOAD = `
const fs = require('node:fs');
const { pathToFileURL } = require('node:url');
const read = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  if (typeof file === 'string' && /[.](c?js|cache)$/.test(file)) fs.appendFileSync(process.env.SELFASSESS_BENCH_MODULE_LOG, pathToFileURL(file).href + '\\n');
  return read.call(this, file, ...rest);
};`;

/** The dist/ files (relative to dist/) that `node bin args…` loads, largest first, with their sizes in bytes. */
export function loadedModules(node, bin, args, env = process.env) {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfassess-modules-'));
  const log = path.join(dir, 'modules.log');
  try {
    const preload = path.join(dir, 'preload.cjs');
    writeFileSync(preload, PRELOAD);
    spawnSync(node, ['--require', preload, '--import', 'data:text/javascript,' + encodeURIComponent(REGISTER), bin, ...args], {
      env: { ...env, SELFASSESS_BENCH_MODULE_LOG: log },
      stdio: 'ignore',
    });
    const urls = [
      ...new Set(
        readFileSync(log, 'utf8')
          .split('\n')
          .filter((u) => u.includes('/dist/')),
      ),
    ];
    return urls
      .map((url) => {
        const file = fileURLToPath(url);
        return { file: file.slice(file.lastIndexOf(`${path.sep}dist${path.sep}`) + 6), bytes: readFileSync(file).length };
      })
      .sort((a, b) => b.bytes - a.bytes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** "1,234 KB in 12 files". */
export function loadedSummary(modules) {
  const bytes = modules.reduce((sum, m) => sum + m.bytes, 0);
  return `${Math.round(bytes / 1024).toLocaleString('en-US')} KB in ${modules.length} files`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const modules = loadedModules(process.execPath, path.join(root, 'bin', 'selfassess.js'), process.argv.slice(2));
  for (const m of modules) console.log(`${String(Math.round(m.bytes / 1024)).padStart(6)} KB  ${m.file}`);
  console.log(loadedSummary(modules));
}
