import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPointer } from '../../src/domain/diagnostic.js';
import { yamlLocator } from '../../src/io/load-yaml.js';
import { fastLocator, jsonLocator } from '../../src/io/validate-json-positions.js';
import { FIXTURES_DIR } from '../fixtures/validate/generate.js';

/** Every pointer of a value, and a few that do not exist below each container. */
function pointers(value: unknown, at: Array<string | number> = []): string[] {
  const own = [toPointer(at)];
  if (Array.isArray(value))
    return [...own, toPointer([...at, value.length]), toPointer([...at, '01']), ...value.flatMap((v, i) => pointers(v, [...at, i]))];
  if (typeof value === 'object' && value !== null) {
    return [...own, toPointer([...at, 'no such key', 'below']), ...Object.entries(value).flatMap(([k, v]) => pointers(v, [...at, k]))];
  }
  return [...own, toPointer([...at, 'below'])];
}

function expectSameAsYaml(text: string): void {
  // What the loader used before it had jsonLocator: the text parsed as YAML (JSON is YAML), only to locate.
  const yaml = yamlLocator(text);
  const locate = jsonLocator(text);
  for (const pointer of pointers(JSON.parse(text))) {
    expect(locate(pointer), pointer).toEqual(yaml(pointer));
    expect(locate(pointer, 'key'), `${pointer} (key)`).toEqual(yaml(pointer, 'key'));
  }
}

describe("jsonLocator, against the loader's locator (YAML parsed again)", () => {
  it("gives the YAML locator's ranges for every pointer of the fixtures", () => {
    for (const dir of ['reports', 'answers']) {
      for (const name of readdirSync(path.join(FIXTURES_DIR, dir))) {
        const text = readFileSync(path.join(FIXTURES_DIR, dir, name), 'utf8');
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        if (valid && !name.startsWith('too-deep')) expectSameAsYaml(text);
      }
    }
  });

  it('handles escapes, unicode, compact layout, duplicate keys and a byte-order mark', () => {
    expectSameAsYaml('{"a\\"b":{"c":[1,-2.5e3,true,null,"x\\\\"]},"é":"ü\\u00e9","a":[[],{}],"a":1}');
    expectSameAsYaml('\n  [ { "k" : "v" } ,\n\t[ 0 ] ]\n');
    expect(jsonLocator('\ufeff{"a":1}')('/a')).toEqual({ start: { line: 1, column: 6 }, end: { line: 1, column: 7 } });
  });

  it('agrees with the YAML locator on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }), fc.boolean(), (value, pretty) => {
        expectSameAsYaml(JSON.stringify(value, null, pretty ? 2 : undefined));
      }),
      { numRuns: 300 },
    );
  });

  it("leaves YAML, and .json files that are not strict JSON, to the loader's locator", () => {
    const fallback = (): { start: { line: number; column: number }; end: { line: number; column: number } } => ({
      start: { line: 9, column: 9 },
      end: { line: 9, column: 9 },
    });
    expect(fastLocator('a.report.json', '{kind: report}', fallback)('/kind')).toEqual(fallback());
    expect(fastLocator('a.yaml', '{"kind": "report"}', fallback)('/kind')).toEqual(fallback());
    expect(fastLocator('a.JSON', '{"kind": "report"}', fallback)('/kind')).toEqual({
      start: { line: 1, column: 10 },
      end: { line: 1, column: 18 },
    });
  });

  it('scans a .json file its caller read with JSON.parse without parsing it again', () => {
    const fallback = (): undefined => undefined;
    // Not strict JSON (a caller that says otherwise is believed): only the scanner, not the fallback, finds "kind".
    expect(fastLocator('a.json', '{"kind": "report",}', fallback, true)('/kind')).toEqual({
      start: { line: 1, column: 10 },
      end: { line: 1, column: 18 },
    });
    expect(fastLocator('a.json', '{"kind": "report",}', fallback)('/kind')).toBeUndefined();
  });
});
