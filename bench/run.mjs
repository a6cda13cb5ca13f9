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

console.log(`selfassess benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);

const checklist = path.join(corpus, 'checklist-5000.yaml');
generateChecklist(checklist, 5000);
const parseMs = timeCommand(node, [path.join(root, 'bench', 'yaml-parse.mjs'), checklist], { runs: 7, env });
const lintMs = timeCommand(node, [bin, 'lint', checklist], { runs: 7, env, expectStatus: 0 });
report('lint, 5,000-question checklist', lintMs, 'yaml parse of the same file', parseMs, 1.5);

const nodeMs = timeCommand(node, ['-e', '0'], { runs: 21, env });
const versionMs = timeCommand(node, [bin, '--version'], { runs: 21, env, expectStatus: 0 });
report('selfassess --version', versionMs, 'node -e 0', nodeMs, 2.5);

const extra = path.join(root, 'bench', 'extra');
for (const name of ['assess-first-prompt.mjs', 'validate.mjs', 'hostile.mjs', 'db.mjs']) {
  try {
    const mod = await import(path.join(extra, name));
    await mod.run({ root, corpus, bin, node, env, nodeMs });
  } catch (error) {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND') continue;
    throw error;
  }
}
