// Measures what a new language costs: copies src/ to a scratch folder, adds a
// stub language "xx" (its catalogue file and its registration), runs the
// compiler, and lists the files it names — any dictionary or locale choice that
// still lists the languages. The target is none: the catalogue and its
// registration are the whole cost (plus the checklists' own texts, which are
// data). The stub declares its own words for the answers every checklist knows
// (Latin: "Ita" for yes, "nescio" for don't know); with --words, instead of
// compiling, the script runs the copy and prints how an answers file in "xx"
// is read with them, and whether a checklist in "xx" is asked for labels the
// stub's catalogue gives. Usage: node scripts/stub-language.mjs [--json | --words]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'selfassess-stub-language-'));
const edit = (file, from, to) => {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: "${from}" not found — update this script`);
  writeFileSync(full, text.replace(from, to));
};
try {
  cpSync(path.join(root, 'src'), path.join(dir, 'src'), { recursive: true });
  cpSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  const tsconfig = JSON.parse(readFileSync(path.join(root, 'tsconfig.json'), 'utf8'));
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ ...tsconfig, include: ['src'] }));
  symlinkSync(realpathSync(path.join(root, 'node_modules')), path.join(dir, 'node_modules'));
  // 1. The catalogue: a copy of the English one, typed as every catalogue is, with words of its own.
  const english = readFileSync(path.join(dir, 'src/i18n/messages/en.ts'), 'utf8');
  const typeLine = 'export type Catalogue = ReturnType<typeof en>;';
  // English gives its words apart too (en.words); the stub has them in its catalogue only.
  const words = /\n {2}words: enWords\(\),\n/.exec(english);
  const apart = /\n\/\*\*\n \* The words of the answers every checklist knows[^]*?\nen\.words = enWords;\n/.exec(english);
  if (!english.includes('export const en = () => ({') || !english.includes(typeLine) || !words || !apart)
    throw new Error('src/i18n/messages/en.ts: update this script');
  const stubWords = [
    '',
    '  words: {',
    "    yes: 'Ita',",
    "    partly: 'Partim',",
    "    no: 'Minime',",
    "    'dont-know': 'Nescio',",
    "    'not-applicable': 'Non pertinet',",
    "    'typed.dont-know': 'nescio',",
    "    'typed.not-applicable': 'non pertinet',",
    '  },',
    '',
  ].join('\n');
  writeFileSync(
    path.join(dir, 'src/i18n/messages/xx.ts'),
    "import type { Catalogue } from './en.js';\n" +
      english
        .replace('export const en = () => ({', 'export const xx = (): Catalogue => ({')
        .replace(typeLine, '')
        .replace(words[0], stubWords)
        .replace(apart[0], '\n'),
  );
  // 2. Its registration.
  edit('src/i18n/messages/index.ts', "import { fr } from './fr.js';", "import { fr } from './fr.js';\nimport { xx } from './xx.js';");
  edit('src/i18n/messages/index.ts', '{ en, fr }', '{ en, fr, xx }');
  if (process.argv.includes('--words')) console.log(JSON.stringify(await runWithStub(dir)));
  else compileWithStub(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Compiles the copy and lists the files of src/ the compiler names. */
function compileWithStub(dir) {
  let output = '';
  let compiled = true;
  try {
    execFileSync(process.execPath, [path.join(dir, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', dir], {
      cwd: dir,
      encoding: 'utf8',
    });
  } catch (error) {
    compiled = false;
    output = String(error.stdout ?? '');
  }
  const named = [
    ...new Set([...output.matchAll(/^(src\/[^(]+)\(\d+,\d+\): error TS\d+: (?!.*Cannot find module)/gm)].map((m) => m[1])),
  ].sort();
  const touched = ['src/i18n/messages/xx.ts', 'src/i18n/messages/index.ts'];
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ touched, named, compiled }));
  } else {
    console.log(`Touched by hand: ${touched[0]} (new), ${touched[1]}`);
    console.log(`Named by the compiler (${named.length})${named.length > 0 ? ':\n' + named.map((f) => `  ${f}`).join('\n') : ''}`);
    console.log(`Total: ${touched.length + named.length} files, plus the checklists' own texts`);
    if (!compiled && named.length === 0) console.log(`The compiler failed without naming a file of src/:\n${output}`);
  }
}

/** Bundles and runs a probe against the copy with "xx" registered: what its words do. */
async function runWithStub(scratch) {
  const probe = `
    import { readAnswers } from './src/domain/answers/check-answers.js';
    import { lintChecklist } from './src/domain/lint.js';
    import { toolWords } from './src/i18n/tool-words.js';
    const words = toolWords();
    const checklist = {
      kind: 'checklist', formatVersion: 1, id: 'stub', version: '1.0.0', languages: ['xx'], title: 'Stub',
      pillars: [], assistanceCategories: [], scoring: { bands: [] },
      sections: [{ id: 's', title: 'S', questions: [{ id: 'q', type: 'tri-state', text: 'Q?' }, { id: 't', type: 'text', text: 'T?' }] }],
    };
    const answers = { q: { value: 'ita' }, t: { value: 'Nescio' } };
    const read = (language) => Object.fromEntries(Object.entries(readAnswers(checklist, answers, words, { language })).map(([id, a]) => [id, a.value]));
    console.log(JSON.stringify({
      languages: words.languages,
      xx: read('xx'),
      en: read('en'),
      missingLabels: lintChecklist(checklist, new Map(), words.languages).filter((f) => f.code === 'missing-builtin-label').length,
    }));`;
  const { build } = await import('esbuild');
  const outfile = path.join(scratch, 'probe.mjs');
  await build({
    stdin: { contents: probe, resolveDir: scratch, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  return JSON.parse(execFileSync(process.execPath, [outfile], { encoding: 'utf8' }));
}
