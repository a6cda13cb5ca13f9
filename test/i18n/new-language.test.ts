import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/stub-language.mjs');

describe('a new language', () => {
  // The script compiles a copy of src/ with a stub language "xx" registered; the compiler
  // names every file that still lists the languages — a dictionary or a locale choice outside
  // the catalogues — and the target is that it names none.
  it('is its catalogue file and its registration, and the compiler asks for nothing else', async () => {
    const { stdout } = await run(process.execPath, [SCRIPT, '--json'], { encoding: 'utf8' });
    const measured: unknown = JSON.parse(stdout);
    expect(measured).toEqual({ touched: ['src/i18n/messages/xx.ts', 'src/i18n/messages/index.ts'], named: [], compiled: true });
  }, 180_000);

  // The same stub declares its own words (Latin, in the script): its catalogue alone makes an answers
  // file in "xx" readable with them, and spares a checklist in "xx" the labels of the built-in codes.
  it('speaks its own words in answers files, from its catalogue alone', async () => {
    const { stdout } = await run(process.execPath, [SCRIPT, '--words'], { encoding: 'utf8' });
    const measured: unknown = JSON.parse(stdout);
    expect(measured).toEqual({
      languages: ['en', 'fr', 'xx'],
      xx: { q: 'yes', t: 'dont-know' },
      // "Ita" is no English word for an option; typed "don't know" words are read whatever the file's language.
      en: { q: 'ita', t: 'dont-know' },
      missingLabels: 0,
    });
  }, 180_000);
});
