import { writeDiagnostics } from '../../src/i18n/write-text.js';
import { english } from '../support/english.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument, parseText } from '../../src/io/load-document.js';
import { jsonSyntaxError } from '../../src/io/json-syntax.js';
import { readDocument } from '../../src/io/read-document.js';
import { BAD_INPUTS_DIR } from '../fixtures/bad-inputs/generate.js';
import { readFile } from 'node:fs/promises';

/*
 * What is hashed and signed is what was read: a value JSON cannot hold, a key a
 * record would drop, or a syntax another reader would not accept is refused at
 * load, with a position.
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-read-as-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

describe('reserved keys in records (answers)', () => {
  it('__proto__, constructor and prototype among the answers of a genuine report: schema-invalid-key with a position', async () => {
    const report = JSON.parse(await readFile(path.join(BAD_INPUTS_DIR, 'valid-report.json'), 'utf8')) as {
      answers: Record<string, unknown>;
    };
    const text = JSON.stringify(report, null, 2).replace(
      '"answers": {',
      '"answers": {\n    "__proto__": { "value": "yes", "notes": "SMUGGLED" },\n    "constructor": { "value": "yes" },',
    );
    for (const [name, options] of [
      ['smuggled.report.json', {}],
      ['smuggled-fast.report.json', { fastJson: true }],
    ] as const) {
      const file = await write(name, text);
      const loaded = await loadDocument(file, options);
      if (!loaded.ok) throw new Error('the JSON is well formed');
      const read = await readDocument(file);
      expect(read.ok).toBe(false);
      if (read.ok) return;
      const invalid = read.diagnostics.filter((d) => d.code === 'schema-invalid-key');
      expect(invalid.map((d) => [d.pointer, d.start?.line])).toEqual([
        ['/answers/__proto__', expect.any(Number)],
        ['/answers/constructor', expect.any(Number)],
      ]);
      expect(english(invalid[0]?.message)).toMatch(/the key "__proto__" is reserved/);
    }
  });

  it('in YAML answers too', async () => {
    const answers = await readFile(path.join(BAD_INPUTS_DIR, 'valid-answers.yaml'), 'utf8');
    const file = await write('smuggled.yaml', answers.replace(/^answers:\n/m, 'answers:\n  prototype: { value: "yes" }\n'));
    const read = await readDocument(file);
    expect(read.ok ? [] : read.diagnostics.map((d) => [d.code, d.pointer])).toContainEqual(['schema-invalid-key', '/answers/prototype']);
  });
});

describe("YAML: only the core schema's plain values", () => {
  it.each([
    ['!!omap', 'notes: !!omap\n  - a: 1\n'],
    ['!!set', 'notes: !!set { a }\n'],
    ['!!timestamp', 'notes: !!timestamp 2001-12-14\n'],
    ['!!binary', 'notes: !!binary aGVsbG8=\n'],
    ['!foo', 'notes: !foo bar\n'],
    ['!!js/function', 'notes: !!js/function "function () {}"\n'],
  ])('%s is refused with a position', async (tag, body) => {
    const result = await parseText('tagged.yaml', `kind: answers\nformatVersion: 1\n${body}`);
    expect(result.ok).toBe(false);
    const [diagnostic] = result.ok ? [] : result.diagnostics;
    expect(diagnostic).toMatchObject({ code: 'yaml-unsupported-tag', severity: 'error', start: { line: 3 } });
    expect(english(diagnostic?.message)).toContain(`the YAML tag ${tag} is not accepted`);
  });

  it('core tags and the non-specific one are read as before', async () => {
    const result = await parseText('tagged.yaml', 'a: !!str 12\nb: !!int "3"\nc: ! x\nd: !!map { e: !!seq [1] }\n');
    expect(result.ok && result.document.data).toEqual({ a: '12', b: 3, c: 'x', d: { e: [1] } });
  });
});

describe('a .json file is JSON only', () => {
  it('YAML syntax in a .json file is a JSON syntax error', async () => {
    for (const [text, line, column] of [
      ["{ 'kind': 'answers' }", 1, 3],
      ['{ "kind": "answers" } # comment', 1, 23],
      ['kind: answers\n', 1, 1],
      ['{ "a": [1, 2,] }', 1, 14],
    ] as const) {
      const result = await parseText('x.json', text);
      expect(result.ok ? [] : result.diagnostics, text).toEqual([
        expect.objectContaining({ code: 'json-syntax', start: { line, column } }),
      ]);
    }
  });

  it('a file that ends early says so', async () => {
    const result = await parseText('cut.json', '{\n  "kind": "report",\n  "answers": {\n    "q1": { "value": "ye');
    expect(result.ok ? [] : writeDiagnostics(result.diagnostics, 'en')).toEqual([
      expect.objectContaining({
        code: 'json-syntax',
        message: expect.stringMatching(/^the file ends before the document does \(truncated\?\)/),
      }),
    ]);
  });

  it('a truncated report is one JSON diagnostic at the end of the text, in the language asked, never YAML errors', async () => {
    const text = await readFile(path.join(BAD_INPUTS_DIR, 'truncated.json'), 'utf8');
    const lines = text.split('\n');
    const end = { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
    for (const [language, message] of [
      ['en', 'the file ends before the document does (truncated?) — check that the whole file was received'],
      ['fr', 'le fichier s’arrête avant la fin du document (tronqué\u00a0?) — vérifiez que le fichier a été reçu en entier'],
    ] as const) {
      for (const fastJson of [false, true]) {
        const result = await parseText('truncated.json', text, { fastJson });
        expect(result.ok ? [] : writeDiagnostics(result.diagnostics, language)).toEqual([
          { code: 'json-syntax', severity: 'error', message, file: 'truncated.json', pointer: '', start: end },
        ]);
      }
    }
  });

  it('the syntax checker agrees with JSON.parse on valid and invalid texts', () => {
    const samples = [
      '{}',
      '[]',
      '"a"',
      '1',
      '-0.5e+3',
      'true',
      'null',
      '{"a":[1,{"b":"\\u00e9\\n"}]}',
      ' [1 , 2 ] ',
      '01',
      '1.',
      '"\\x"',
      '[1,]',
      '{"a"}',
      '{"a":1,}',
      '"\t"',
      '[1] 2',
      'tru',
      '-',
      '"\\ud800"',
    ];
    for (const text of samples) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(jsonSyntaxError(text) === undefined, text).toBe(valid);
    }
  });
});
