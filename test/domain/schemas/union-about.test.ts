import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNION_ABOUT, unionAboutKey } from '../../../src/domain/schemas/union-about.js';
import { CATALOGUES } from '../../../src/i18n/messages/index.js';

const SCHEMAS = path.resolve(__dirname, '../../../schemas');

/** The description of every union (anyOf/oneOf) of the schemas of documents a user gives (not the tool's own output). */
function describedUnions(): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if ((record['anyOf'] || record['oneOf']) && typeof record['description'] === 'string') found.add(record['description']);
    Object.values(record).forEach(walk);
  };
  for (const file of readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json') && !f.startsWith('validate-output')))
    walk(JSON.parse(readFileSync(path.join(SCHEMAS, file), 'utf8')));
  return found;
}

describe('UNION_ABOUT', () => {
  it('holds the description of every described union of the document schemas, so that a message can say it in any language', () => {
    const missing = [...describedUnions()].filter((d) => unionAboutKey(d) === undefined);
    expect(missing).toEqual([]);
  });

  it('is said in English by the catalogue exactly as the schema says it, and in French in French', () => {
    for (const [key, description] of Object.entries(UNION_ABOUT)) {
      const catalogueKey = `schema.about.${key}` as keyof typeof CATALOGUES.en.diagnostics;
      expect(CATALOGUES.en.diagnostics[catalogueKey]).toBe(description);
      const french = CATALOGUES.fr.diagnostics[catalogueKey];
      expect(french).toBeTruthy();
      expect(french).not.toBe(description);
    }
  });
});
