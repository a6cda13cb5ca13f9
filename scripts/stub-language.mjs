// Measures what a new language costs: copies src/ to a scratch folder, adds a
// stub language "xx" (its catalogue file, its registration, its tag in
// TOOL_LANGUAGES), runs the compiler, and lists the files it names — the
// dictionaries that must also get the new language. Usage: node scripts/stub-language.mjs
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
  // 1. The catalogue: a copy of the English one, typed to have every key.
  const english = readFileSync(path.join(dir, 'src/i18n/messages/en.ts'), 'utf8');
  writeFileSync(
    path.join(dir, 'src/i18n/messages/xx.ts'),
    "import type { MessageKey } from './en.js';\n" +
      english
        .replace('export const en = {', 'export const xx: Record<MessageKey, string> = {')
        .replace('} as const;', '};')
        .replace('export type MessageKey = keyof typeof en;', ''),
  );
  // 2. Its registration, and 3. its tag.
  edit('src/i18n/messages/index.ts', "import { fr } from './fr.js';", "import { fr } from './fr.js';\nimport { xx } from './xx.js';");
  edit('src/i18n/messages/index.ts', '{ en, fr }', '{ en, fr, xx }');
  edit('src/i18n/translate.ts', "TOOL_LANGUAGES = ['en', 'fr']", "TOOL_LANGUAGES = ['en', 'fr', 'xx']");
  let output = '';
  try {
    execFileSync(process.execPath, [path.join(dir, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', dir], {
      cwd: dir,
      encoding: 'utf8',
    });
  } catch (error) {
    output = String(error.stdout ?? '');
  }
  const named = [
    ...new Set([...output.matchAll(/^(src\/[^(]+)\(\d+,\d+\): error TS\d+: (?!.*Cannot find module)/gm)].map((m) => m[1])),
  ].sort();
  console.log('Touched by hand: src/i18n/messages/xx.ts (new), src/i18n/messages/index.ts, src/i18n/translate.ts');
  console.log(`Named by the compiler (${named.length}):\n${named.map((f) => `  ${f}`).join('\n')}`);
  console.log(`Total: ${3 + named.length} files`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
