// Makes the V8 code cache of one single program's script (scripts/build.mjs): runs the program
// once on a typical input, then asks V8 for the cache of the script as it now is, which holds the
// bytecode of every function that ran (a cache made before running holds only the top level).
//   node scripts/train-code-cache.mjs validate|show|assess|validate-worker
// `validate` and `show` read scripts/code-cache-training.report.json (a report of the bundled
// Protocol checklist); `assess` runs on a pseudo-terminal (node-pty) up to its first prompt;
// `validate-worker` (the program of a validation worker, dist/validate-worker.cjs) validates the
// same report and two altered copies of it in this thread.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '..');
const [command, where] = process.argv.slice(2);
const file =
  command === 'validate-worker'
    ? path.join(root, 'dist', 'validate-worker.cjs')
    : path.join(root, 'dist', 'cli', 'single', `${command}.cjs`);
// The name src/io/cached-script.ts looks for (codeCacheFile).
const cacheFile = file.replace(/\.cjs$/, '') + `.${process.arch}-v8-${process.versions.v8}.cache`;

if (command === 'assess' && where !== '--in-terminal') {
  // assess asks its questions on a terminal only: run this script again on a pseudo-terminal.
  const { default: pty } = await import('node-pty');
  const home = mkdtempSync(path.join(tmpdir(), 'selfassess-training-'));
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    SELFASSESS_HOME: path.join(home, 'state'),
    TERM: 'xterm-256color',
    LANG: 'en_GB.UTF-8',
  };
  const child = pty.spawn(process.execPath, [here, 'assess', '--in-terminal'], { cols: 120, rows: 40, env });
  let screen = '';
  child.onData((data) => (screen += data));
  const timer = setTimeout(() => child.kill(), 60_000);
  child.onExit(({ exitCode }) => {
    clearTimeout(timer);
    rmSync(home, { recursive: true, force: true });
    if (exitCode !== 0) process.stderr.write(`train-code-cache: assess did not reach its first prompt; the screen shows:\n${screen}\n`);
    process.exit(exitCode);
  });
} else {
  // As src/io/cached-script.ts compiles and runs it, without a cache.
  const source = readFileSync(file, 'latin1');
  const scriptDigest = /\/\/ ([0-9a-f]{64})\n$/.exec(source)?.[1];
  if (scriptDigest === undefined) throw new Error(`${file} does not end with its digest (scripts/build.mjs)`);
  const script = new Script(source, { filename: file });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  // The layout src/io/cached-script.ts checks: the checksum of the rest, the script's digest (its
  // last line), V8's data. The checksum is src/io/checksum64.ts itself, bundled here for the run.
  const bundled = await build({ entryPoints: [path.join(root, 'src', 'io', 'checksum64.ts')], bundle: true, format: 'esm', write: false });
  const { checksum64 } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].contents).toString('base64')}`);
  const save = () => {
    const rest = Buffer.concat([Buffer.from(scriptDigest, 'latin1'), script.createCachedData()]);
    const sum = Buffer.alloc(8);
    sum.writeBigUInt64LE(checksum64(rest));
    writeFileSync(cacheFile, Buffer.concat([sum, rest]));
  };
  const context = {
    stdout: process.stdout,
    stderr: process.stderr,
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
    debug: false,
  };
  if (command === 'assess') {
    // The first prompt (inquirer's starts with "?") is what the user waits for: the cache is made as it is written.
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (chunk, ...rest) => {
      if (String(chunk).includes('?')) {
        save();
        process.exit(0);
      }
      return write(chunk, ...rest);
    };
    await module.exports.runSingle(['assess', '--lang', 'en'], context);
    process.stderr.write('train-code-cache: assess ended without a prompt\n');
    process.exit(1);
  } else if (command === 'validate-worker') {
    // A well-formed report, one whose figures were altered, one the schema refuses (src/io/validate-worker.ts).
    const report = path.join(root, 'scripts', 'code-cache-training.report.json');
    const statuses = await module.exports.validateForTraining(report);
    if (statuses.join() !== 'valid,invalid,invalid') {
      process.stderr.write(`train-code-cache: the worker's training gave ${statuses.join(', ') || 'nothing'}\n`);
      process.exit(1);
    }
    save();
  } else {
    const report = path.join(root, 'scripts', 'code-cache-training.report.json');
    const code = await module.exports.runSingle([command, report], context);
    if (code !== 0) {
      process.stderr.write(`train-code-cache: ${command} of the training report ended with ${code}\n`);
      process.exit(1);
    }
    save();
  }
}
