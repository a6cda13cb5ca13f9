import { writeDiagnostics } from '../../src/i18n/write-text.js';
import { mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as yaml from 'yaml';
import { parseAnyDocument } from '../../src/domain/lint.js';
import { attachPositions, loadDocument, parseText, type LoadResult } from '../../src/io/load-document.js';
import { MAX_ALIAS_COUNT, MAX_FILE_BYTES, MAX_NESTING_DEPTH } from '../../src/io/limits.js';

// Counts the YAML parses, to see that fastJson locates positions lazily. Behaviour is unchanged.
vi.mock('yaml', async (importOriginal) => {
  const original = await importOriginal<typeof import('yaml')>();
  return { ...original, parseDocument: vi.fn(original.parseDocument) };
});

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VALID = path.join(REPO_ROOT, 'test/fixtures/checklists/valid-minimal.yaml');
const DUPLICATE_ID = path.join(REPO_ROOT, 'test/fixtures/lint/duplicate-question-id.yaml');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-load-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

function failed(result: LoadResult) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.document.data).slice(0, 200)}`);
  return writeDiagnostics(result.diagnostics, 'en');
}

function loaded(result: LoadResult) {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.diagnostics)}`);
  return result.document;
}

/** Runs `fn` and returns its result with the time it took, in milliseconds. */
async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

describe('loadDocument: reading', () => {
  it('an empty file, or one of blanks only', async () => {
    for (const [name, content] of [
      ['empty.yaml', ''],
      ['blank.yaml', '  \n\n\t\n'],
    ] as const) {
      const file = await write(name, content);
      expect(failed(await loadDocument(file))).toEqual([
        {
          code: 'file-empty',
          severity: 'error',
          file,
          pointer: '',
          message: expect.stringMatching(/file is empty — it should hold a YAML or JSON document/),
        },
      ]);
    }
  });

  it('a missing file', async () => {
    const file = path.join(dir, 'no-such-file.yaml');
    expect(failed(await loadDocument(file))).toEqual([
      { code: 'file-not-found', severity: 'error', file, pointer: '', message: expect.stringMatching(/file not found — check the path/) },
    ]);
  });

  it('a directory given as a file', async () => {
    const sub = path.join(dir, 'a-directory.yaml');
    await mkdir(sub);
    expect(failed(await loadDocument(sub))).toEqual([
      {
        code: 'file-is-directory',
        severity: 'error',
        file: sub,
        pointer: '',
        message: expect.stringMatching(/directory, not a file — name a file inside it/),
      },
    ]);
  });

  it.skipIf(process.platform === 'win32')('a symbolic link that points at itself', async () => {
    const link = path.join(dir, 'self-link.yaml');
    await symlink(link, link);
    const [diagnostic] = failed(await loadDocument(link));
    expect(diagnostic).toMatchObject({ code: 'file-symlink-loop', severity: 'error', file: link });
    expect(diagnostic?.message).toMatch(/point the link at a real file/);
  });

  it('bytes that are not UTF-8 are refused, not replaced', async () => {
    const file = await write('latin1.yaml', Buffer.from('kind: checklist\ntitle: Caf\xe9\n', 'latin1'));
    expect(failed(await loadDocument(file))).toEqual([
      { code: 'file-not-utf8', severity: 'error', file, pointer: '', message: expect.stringMatching(/not valid UTF-8 .*save it as UTF-8/) },
    ]);
  });

  it('a file over the size limit is refused before it is read', async () => {
    const file = await write('huge.yaml', 'kind: checklist\n');
    await truncate(file, MAX_FILE_BYTES + 1); // sparse: nothing big is written
    const [[diagnostic], ms] = await timed(async () => failed(await loadDocument(file)));
    expect(diagnostic).toMatchObject({ code: 'file-too-large', severity: 'error', file, pointer: '' });
    expect(diagnostic?.message).toMatch(/over the limit of 10 MB — .*check that this is the right file/);
    expect(ms).toBeLessThan(2000);
  });

  it('a file exactly at the size limit is read', async () => {
    const head = 'kind: checklist\n# ';
    const file = await write('at-limit.yaml', head + 'x'.repeat(MAX_FILE_BYTES - head.length - 1) + '\n');
    expect(loaded(await loadDocument(file)).data).toEqual({ kind: 'checklist' });
  });
});

describe('loadDocument: text encodings and line ends', () => {
  it('drops a UTF-8 byte-order mark; positions count from after it', async () => {
    const text = await readFile(DUPLICATE_ID, 'utf8');
    const file = await write('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    const document = loaded(await loadDocument(file));
    expect(Object.keys(document.data as object)[0]).toBe('kind');
    expect(document.locate('/kind')?.start).toEqual({ line: 2, column: 7 });
    expect(document.locate('/sections/0/questions/1/id')?.start).toEqual({ line: 18, column: 13 });
  });

  it('parseText drops a byte-order mark left in a string', async () => {
    const document = loaded(await parseText('bom.yaml', '\ufeffkind: checklist\nid: x\n'));
    expect(document.data).toEqual({ kind: 'checklist', id: 'x' });
    expect(document.locate('/id')?.start).toEqual({ line: 2, column: 5 });
  });

  it('CRLF line ends: same data and same positions as LF', async () => {
    const lf = await readFile(DUPLICATE_ID, 'utf8');
    expect(lf).not.toContain('\r');
    const file = await write('crlf.yaml', lf.replace(/\n/g, '\r\n'));
    const crlf = loaded(await loadDocument(file));
    const plain = loaded(await loadDocument(DUPLICATE_ID));
    expect(crlf.data).toEqual(plain.data);
    for (const pointer of ['/kind', '/scoring/bands/0/max', '/sections/0/questions/1/id', '/sections/0/questions/1/text']) {
      expect(crlf.locate(pointer), pointer).toEqual(plain.locate(pointer));
    }
    expect(crlf.locate('/sections/0/questions/1/id')?.start).toEqual({ line: 18, column: 13 });
    expect(crlf.locate('/sections/0/questions/1/text')?.start).toEqual({ line: 20, column: 15 });
    // Values do not keep the carriage return.
    expect((crlf.data as { title: string }).title).toBe('Fixture');
  });

  it('CRLF line ends: a YAML error is positioned as with LF', async () => {
    const text = 'kind: checklist\nid: ok\ntitle: @bad\n';
    const lf = failed(await parseText('e.yaml', text));
    const crlf = failed(await parseText('e.yaml', text.replace(/\n/g, '\r\n')));
    expect(lf[0]?.start).toEqual({ line: 3, column: 8 });
    expect(crlf[0]?.start).toEqual(lf[0]?.start);
  });
});

describe('loadDocument: hostile documents', () => {
  it(`an alias bomb is stopped after ${MAX_ALIAS_COUNT} expansions, quickly`, async () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const [result, ms] = await timed(() => parseText('bomb.yaml', lines.join('\n') + '\n'));
    expect(failed(result)).toEqual([
      {
        code: 'yaml-alias-bomb',
        severity: 'error',
        file: 'bomb.yaml',
        pointer: '',
        message: expect.stringMatching(/alias bomb.* — write the values out instead of repeating aliases/),
      },
    ]);
    expect(ms).toBeLessThan(2000);
  });

  it('a few ordinary aliases are fine', async () => {
    const document = loaded(await parseText('aliases.yaml', 'base: &b { en: Yes, fr: Oui }\nyes: *b\nagain: *b\n'));
    expect(document.data).toEqual({ base: { en: 'Yes', fr: 'Oui' }, yes: { en: 'Yes', fr: 'Oui' }, again: { en: 'Yes', fr: 'Oui' } });
  });

  const DEEP = 100_000;
  const tooDeep = (file: string) => [
    {
      code: 'document-too-deep',
      severity: 'error',
      file,
      pointer: '',
      message: expect.stringMatching(new RegExp(`more than ${MAX_NESTING_DEPTH} levels deep — .*check that this is the right file`)),
    },
  ];

  const deepCases: Array<[string, string, string]> = [
    ['JSON arrays, 100,000 levels', 'deep-arrays.json', '['.repeat(DEEP) + ']'.repeat(DEEP)],
    ['JSON objects, 100,000 levels', 'deep-objects.json', '{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP)],
    [
      'YAML flow style, 100,000 levels',
      'deep-flow.yaml',
      'kind: checklist\nx: ' + '{ a: ['.repeat(DEEP / 2) + '1' + '] }'.repeat(DEEP / 2) + '\n',
    ],
    ['YAML block sequences, 100,000 levels', 'deep-block-seq.yaml', 'kind: checklist\nx:\n' + '- '.repeat(DEEP) + 'x\n'],
    ['YAML block complex keys, 100,000 levels', 'deep-block-keys.yaml', '? '.repeat(DEEP) + 'x\n'],
    // One space of indentation per level: 100,000 levels would take gigabytes, 3,000 is already far over.
    [
      'YAML block mappings, 3,000 levels',
      'deep-block-map.yaml',
      Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a${i}:`).join('\n') + ' end\n',
    ],
  ];

  it.each(deepCases)('deep nesting (%s) is refused quickly, without a crash', async (_, name, content) => {
    const file = await write(name, content);
    for (const options of [{}, { fastJson: true }]) {
      const [result, ms] = await timed(() => loadDocument(file, options));
      expect(failed(result)).toEqual(tooDeep(file));
      expect(ms).toBeLessThan(3000);
    }
  });

  it('nesting just over the limit, within the cheap text bounds, is still refused', async () => {
    const depth = MAX_NESTING_DEPTH + 5;
    // Block mappings, two spaces per level: the text bound allows 4 × the limit in columns.
    const text = Array.from({ length: depth }, (_, i) => `${' '.repeat(i * 2)}a:`).join('\n') + ' end\n';
    expect(failed(await parseText('deep.yaml', text))).toEqual(tooDeep('deep.yaml'));
  });

  it('brackets inside a double-quoted string are not nesting', async () => {
    const text = `kind: checklist\ntitle: "${'[{'.repeat(MAX_NESTING_DEPTH)}"\n`;
    expect(loaded(await parseText('quoted.yaml', text)).data).toEqual({ kind: 'checklist', title: '[{'.repeat(MAX_NESTING_DEPTH) });
  });

  it('nesting well within the limit loads', async () => {
    const depth = MAX_NESTING_DEPTH - 10;
    const document = loaded(await parseText('ok.json', '['.repeat(depth) + ']'.repeat(depth)));
    expect(Array.isArray(document.data)).toBe(true);
  });

  it('a short JSON text (parsed before its bounds are read on the data) is refused as a long one would be', async () => {
    const over = MAX_NESTING_DEPTH + 1;
    const cases: Array<[string, string]> = [
      ['nesting one level over the limit', '['.repeat(over) + ']'.repeat(over)],
      ['too deep in a value a duplicate key drops', `{"a": ${'['.repeat(over) + ']'.repeat(over)}, "a": 1}`],
      ['too deep behind a \\u escape', `{"\\u003a": ${'['.repeat(over) + ']'.repeat(over)}, "\\u003a": 1}`],
      ['a line indented past the text bound', `{\n${' '.repeat(MAX_NESTING_DEPTH * 4 + 1)}"a": 1\n}`],
    ];
    for (const [name, text] of cases) {
      for (const options of [{}, { fastJson: true }])
        expect(failed(await parseText('short.json', text, options)), name).toEqual(tooDeep('short.json'));
    }
    const limit = MAX_NESTING_DEPTH;
    expect(loaded(await parseText('ok.json', '['.repeat(limit) + ']'.repeat(limit))).data).toBeDefined();
    expect(loaded(await parseText('ok.json', `{\n${' '.repeat(limit * 4)}"a": 1\n}`)).data).toEqual({ a: 1 });
  });

  describe('__proto__ and constructor keys', () => {
    beforeEach(() => {
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    const yamlText = [
      'kind: checklist',
      'formatVersion: 1',
      'id: fixture',
      'version: 1.0.0',
      'languages: [en]',
      'title: Fixture',
      '__proto__: { polluted: yes }',
      'constructor: { prototype: { polluted: yes } }',
      'scoring:',
      '  bands:',
      '    - { id: all, min: 0, max: 1, label: All }',
      'sections:',
      '  - id: s1',
      '    title: Section',
      '    questions:',
      '      - id: q1',
      '        type: yes-no',
      '        text: First question?',
      '        __proto__: { polluted: yes }',
      '',
    ].join('\n');

    const jsonText = JSON.stringify({
      kind: 'checklist',
      formatVersion: 1,
      id: 'fixture',
      version: '1.0.0',
      languages: ['en'],
      title: 'Fixture',
      scoring: { bands: [{ id: 'all', min: 0, max: 1, label: 'All' }] },
      sections: [{ id: 's1', title: 'Section', questions: [{ id: 'q1', type: 'yes-no', text: 'First question?' }] }],
    }).replace('"title":"Fixture"', '"title":"Fixture","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}');

    const cases: Array<[string, string, object]> = [
      ['YAML', 'proto.yaml', {}],
      ['JSON', 'proto.json', {}],
      ['JSON, fastJson', 'proto.json', { fastJson: true }],
    ];

    it.each(cases)('%s: no prototype pollution; the keys are unknown fields', async (_, name, options) => {
      const file = await write(name, name.endsWith('.json') ? jsonText : yamlText);
      const document = loaded(await loadDocument(file, options));
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      const data = document.data as Record<string, unknown>;
      expect(Object.hasOwn(data, '__proto__')).toBe(true);
      expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
      expect((data as { polluted?: unknown }).polluted).toBeUndefined();

      const parsed = parseAnyDocument(document.data);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      const unknown = parsed.findings
        .filter((f) => /unknown-field$/.test(f.code))
        .map((f) => f.pointer)
        .sort();
      const expected = ['/__proto__', '/constructor'];
      if (name.endsWith('.yaml')) expected.push('/sections/0/questions/0/__proto__');
      expect(unknown).toEqual(expected.sort());
      expect(parsed.findings.every((f) => /unknown-field$/.test(f.code))).toBe(true);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('YAML: the unknown __proto__ key is positioned at the key', async () => {
      const file = await write('proto-position.yaml', yamlText);
      const document = loaded(await loadDocument(file));
      const parsed = parseAnyDocument(document.data);
      if (parsed.ok) throw new Error('expected findings');
      const diagnostics = attachPositions(document, parsed.findings);
      const proto = diagnostics.find((d) => d.pointer === '/__proto__');
      expect(proto?.start).toEqual({ line: 7, column: 1 });
      const inner = diagnostics.find((d) => d.pointer === '/sections/0/questions/0/__proto__');
      expect(inner?.start).toEqual({ line: 19, column: 9 });
    });
  });
});

describe('loadDocument: JSON', () => {
  const json = '{\n  "kind": "checklist",\n  "list": [1, {"deep": true}],\n  "kind2": "x"\n}\n';

  it('a JSON file is read with positions by default', async () => {
    const file = await write('doc.json', json);
    const document = loaded(await loadDocument(file));
    expect(document.data).toEqual({ kind: 'checklist', list: [1, { deep: true }], kind2: 'x' });
    expect(document.locate('/list/1/deep')?.start).toEqual({ line: 3, column: 24 });
  });

  it('parses with JSON.parse, and finds positions by scanning the text when asked, never with the YAML parser', async () => {
    const parseDocument = vi.mocked(yaml.parseDocument);
    const file = await write('fast.json', json);
    parseDocument.mockClear();
    const document = loaded(await loadDocument(file, { fastJson: true }));
    expect(document.data).toEqual({ kind: 'checklist', list: [1, { deep: true }], kind2: 'x' });
    expect(parseDocument).not.toHaveBeenCalled();
    expect(document.locate('/list/1/deep')?.start).toEqual({ line: 3, column: 24 });
    expect(document.locate('/kind2', 'key')?.start).toEqual({ line: 4, column: 3 });
    expect(document.locate('/kind')?.start).toEqual({ line: 2, column: 11 });
    expect(parseDocument).not.toHaveBeenCalled();
  });

  it('fastJson: positions are right with CRLF line ends too', async () => {
    const file = await write('fast-crlf.json', json.replace(/\n/g, '\r\n'));
    const document = loaded(await loadDocument(file, { fastJson: true }));
    expect(document.locate('/list/1/deep')?.start).toEqual({ line: 3, column: 24 });
  });

  it('invalid JSON: one JSON diagnostic at the first character that cannot be there, with or without fastJson', async () => {
    const file = await write('broken.json', '{\n  "kind": "checklist",\n  "list": [1, 2\n}\n');
    for (const options of [{ fastJson: true }, {}]) {
      const diagnostics = failed(await loadDocument(file, options));
      expect(diagnostics).toEqual([
        {
          code: 'json-syntax',
          severity: 'error',
          file,
          pointer: '',
          start: { line: 4, column: 1 },
          message: expect.stringMatching(/^JSON syntax error: "," or the closing bracket was expected/),
        },
      ]);
    }
  });

  it('fastJson applies to .json files only', async () => {
    const parseDocument = vi.mocked(yaml.parseDocument);
    parseDocument.mockClear();
    loaded(await loadDocument(VALID, { fastJson: true }));
    expect(parseDocument).toHaveBeenCalledTimes(1);
  });

  it('a duplicate key in a short JSON text is still found, also in keys holding ":" or written with escapes', async () => {
    for (const text of [
      '{"a:b": 1, "a:b": 2}',
      '{"x": {"k": "1:2", "k": "3"}}',
      '{"\\u003a": 1, ":": 2}',
      '{"a": [1, {"b": 1, "b": 2}]}',
    ]) {
      expect(
        failed(await parseText('dup.json', text)).map((d) => d.code),
        text,
      ).toEqual(['yaml-duplicate-key']);
      const fast = await parseText('dup.json', text, { fastJson: true });
      expect(fast.ok && fast.diagnostics.map((d) => d.code), text).toEqual(['yaml-duplicate-key']);
    }
  });

  it('duplicate keys are reported without fastJson (and let through with it, as documented)', async () => {
    const file = await write('dup.json', '{\n  "kind": "checklist",\n  "kind": "catalogue"\n}\n');
    const [diagnostic] = failed(await loadDocument(file));
    expect(diagnostic).toMatchObject({ code: 'yaml-duplicate-key', severity: 'error', start: { line: 3, column: 3 } });
    expect(loaded(await loadDocument(file, { fastJson: true })).data).toEqual({ kind: 'catalogue' });
  });
});
