// npm run bench: performance goals as ratios against a baseline measured in
// the same run (machines are noisy; CI times nothing). Prints figures only.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChecklist } from './generate-checklist.mjs';
import { report, timeCommand } from './measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.join(root, 'bench', '.corpus');
mkdirSync(corpus, { recursive: true });
const bin = path.join(root, 'bin', 'selfassess.js');
const node = process.execPath;
const env = { PATH: process.env.PATH, NO_COLOR: '1' };

// `npm run bench -- --only startup,validate`: the parts named, for a quick check of one goal;
// every part by default. Parts: lint, startup (--version, assess's first prompt, one report
// validated and shown), validate (the batches, memory, profile), hostile, db.
const PARTS = ['lint', 'startup', 'validate', 'hostile', 'db'];
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt === -1 ? PARTS : (process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean);
const unknown = only.filter((part) => !PARTS.includes(part));
if (unknown.length > 0 || only.length === 0) {
  console.error(`bench: --only takes a list of ${PARTS.join(', ')} (got "${process.argv[onlyAt + 1] ?? ''}")`);
  process.exit(2);
}
const parts = new Set(only);

console.log(`selfassess benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);

if (parts.has('lint')) {
  const checklist = path.join(corpus, 'checklist-5000.yaml');
  generateChecklist(checklist, 5000);
  const parseMs = timeCommand(node, [path.join(root, 'bench', 'yaml-parse.mjs'), checklist], { runs: 7, env });
  const lintMs = timeCommand(node, [bin, 'lint', checklist], { runs: 7, env, expectStatus: 0 });
  report('lint, 5,000-question checklist', lintMs, 'yaml parse of the same file', parseMs, 1.5);
}

const nodeMs = timeCommand(node, ['-e', '0'], { runs: 21, env });
if (parts.has('startup')) {
  const versionMs = timeCommand(node, [bin, '--version'], { runs: 21, env, expectStatus: 0 });
  report('selfassess --version', versionMs, 'node -e 0', nodeMs, 2.5);
}

const extra = path.join(root, 'bench', 'extra');
const EXTRAS = [
  ['assess-first-prompt.mjs', 'startup'],
  ['validate.mjs', 'validate'],
  ['hostile.mjs', 'hostile'],
  ['db.mjs', 'db'],
];
// The single-file measures of validate.mjs are start-up measures: run with either part.
for (const [name, part] of EXTRAS) {
  if (!parts.has(part) && !(name === 'validate.mjs' && parts.has('startup'))) continue;
  try {
    const mod = await import(path.join(extra, name));
    await mod.run({ root, corpus, bin, node, env, nodeMs, parts });
  } catch (error) {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND') continue;
    throw error;
  }
}
