import { english } from '../support/english.js';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseAnyDocument } from '../../src/domain/lint.js';
import { decodeText } from '../../src/io/read-text.js';
import { attachPositions, parseText } from '../../src/io/load-document.js';
import { TOOL_LANGUAGES } from '../../src/i18n/messages/index.js';

/**
 * Laws of the loaders: whatever the input, they return data or diagnostics,
 * never throw, and every diagnostic names the file.
 */
async function loadBytes(bytes: Uint8Array, file: string): Promise<'data' | 'diagnostics'> {
  const text = decodeText(file, bytes);
  if (!text.ok) {
    expect(text.diagnostic.file).toBe(file);
    return 'diagnostics';
  }
  return loadText(text.text, file);
}

async function loadText(text: string, file: string): Promise<'data' | 'diagnostics'> {
  const loaded = await parseText(file, text, { fastJson: file.endsWith('.json') });
  if (!loaded.ok) {
    for (const d of loaded.diagnostics) {
      expect(d.file).toBe(file);
      expect(english(d.message).length).toBeGreaterThan(0);
    }
    return 'diagnostics';
  }
  const parsed = parseAnyDocument(loaded.document.data);
  if (parsed.ok) return 'data';
  for (const d of attachPositions(loaded.document, parsed.findings)) {
    expect(d.file).toBe(file);
    expect(d.code).toMatch(/^[a-z0-9-]+$/);
  }
  return 'diagnostics';
}

describe('loaders never throw', () => {
  it('on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('a.yaml', 'a.json'), async (bytes, file) => {
        expect(['data', 'diagnostics']).toContain(await loadBytes(bytes, file));
      }),
      { numRuns: 1500 },
    );
  });

  it('on arbitrary text made of YAML and JSON punctuation', async () => {
    const piece = fc.constantFrom(
      'kind',
      ':',
      ' ',
      '\n',
      '  ',
      '- ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '"',
      "'",
      '&a',
      '*a',
      '!!str',
      '#',
      '---',
      '...',
      '? ',
      '|',
      '>',
      'checklist',
      '1',
      '\t',
      '__proto__',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 80 }), fc.constantFrom('a.yaml', 'a.json'), async (pieces, file) => {
        expect(['data', 'diagnostics']).toContain(await loadText(pieces.join(''), file));
      }),
      { numRuns: 1500 },
    );
  });

  it('on arbitrary JSON values, as JSON and as YAML', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        expect(['data', 'diagnostics']).toContain(await loadText(JSON.stringify(value), 'v.json'));
        expect(['data', 'diagnostics']).toContain(await loadText(stringify(value), 'v.yaml'));
      }),
      { numRuns: 800 },
    );
  });

  it('on documents that look like ours, with arbitrary values in their fields', async () => {
    const kinds = fc.constantFrom('checklist', 'catalogue', 'answers', 'report', 'other');
    await fc.assert(
      fc.asyncProperty(
        kinds,
        fc.dictionary(
          fc.constantFrom(
            'id',
            'version',
            'languages',
            'title',
            'sections',
            'provisions',
            'answers',
            'checklist',
            'scoring',
            '__proto__',
            'constructor',
          ),
          fc.jsonValue({ maxDepth: 4 }),
        ),
        async (kind, fields) => {
          const document = { kind, formatVersion: 1, ...fields };
          expect(['data', 'diagnostics']).toContain(await loadText(JSON.stringify(document), 'd.json'));
          expect(['data', 'diagnostics']).toContain(await loadText(stringify(document), 'd.yaml'));
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        },
      ),
      { numRuns: 800 },
    );
  });
});

describe('random mutations of valid documents', () => {
  it('yield data or diagnostics, and the rules never throw on what the schema accepts', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const { lintChecklist } = await import('../../src/domain/lint.js');
    const base = ['test/fixtures/checklists/valid-minimal.yaml', 'test/fixtures/checklists/scoring-worked-example.yaml'].map(
      (f) => parse(readFileSync(f, 'utf8')) as unknown,
    );

    const paths = (value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> => {
      if (value === null || typeof value !== 'object') return [prefix];
      const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
      return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
    };
    const mutate = (doc: unknown, path: Array<string | number>, replacement: unknown, remove: boolean): unknown => {
      const copy: unknown = structuredClone(doc);
      let node = copy as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      const last = path[path.length - 1];
      if (last === undefined) return replacement;
      if (remove) delete node[last];
      else node[last] = replacement;
      return copy;
    };

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...base),
        fc.nat(),
        fc.jsonValue({ maxDepth: 3 }),
        fc.boolean(),
        async (doc, pick, replacement, remove) => {
          const all = paths(doc);
          const path = all[pick % all.length] ?? [];
          const mutated = mutate(doc, path, replacement, remove);
          const text = JSON.stringify(mutated) ?? 'null';
          expect(['data', 'diagnostics']).toContain(await loadText(text, 'm.json'));
          const parsed = parseAnyDocument(mutated);
          if (parsed.ok && parsed.document.kind === 'checklist') {
            expect(Array.isArray(lintChecklist(parsed.document.value, new Map(), TOOL_LANGUAGES))).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
