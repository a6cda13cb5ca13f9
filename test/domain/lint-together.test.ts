import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintTogether, needsBundledChecklists } from '../../src/domain/lint-together.js';
import { parseAnyDocument, type ParsedDocument } from '../../src/domain/lint.js';
import { loadDocument } from '../../src/io/load-document.js';
import { bundledCatalogues, LINT_FIXTURES } from './rules/lint-fixture.js';
import { TOOL_LANGUAGES } from '../../src/i18n/messages/index.js';

async function parsed(name: string, change: (data: Record<string, unknown>) => void = () => undefined): Promise<ParsedDocument> {
  const loaded = await loadDocument(path.join(LINT_FIXTURES, name));
  if (!loaded.ok) throw new Error(`${name} does not load`);
  const data = structuredClone(loaded.document.data) as Record<string, unknown>;
  change(data);
  const result = parseAnyDocument(data);
  if (!result.ok) throw new Error(`${name} is not a document`);
  return result.document;
}

const codes = (findings: readonly { code: string }[]): string[] => findings.map((f) => f.code);

describe('lintTogether', () => {
  it('checks a checklist against a catalogue named with it, in a first pass', async () => {
    const checklist = await parsed('catalogue-not-found.yaml');
    const library = await bundledCatalogues();
    const [alone] = lintTogether([checklist], library, [], TOOL_LANGUAGES);
    expect(codes(alone ?? [])).toContain('catalogue-not-found');

    const catalogue = await parsed('catalogue-valid.yaml', (data) => (data['id'] = 'un-smuggling-protocol'));
    const [withIt, catalogueFindings] = lintTogether([checklist, catalogue], library, [], TOOL_LANGUAGES);
    expect(codes(withIt ?? [])).not.toContain('catalogue-not-found');
    expect(catalogueFindings).toEqual([]);
  });

  it('gives each document its own findings, in order', async () => {
    const documents = [await parsed('catalogue-valid.yaml'), await parsed('duplicate-question-id.yaml')];
    const findings = lintTogether(documents, await bundledCatalogues(), [], TOOL_LANGUAGES);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toEqual([]);
    expect(codes(findings[1] ?? [])).toContain('duplicate-id');
  });

  it('needs the bundled checklists only for measures', async () => {
    expect(needsBundledChecklists([await parsed('catalogue-valid.yaml'), await parsed('duplicate-question-id.yaml')])).toBe(false);
    const measures = await loadDocument(path.join(LINT_FIXTURES, '../measures/core-example.measures.yaml'));
    if (!measures.ok) throw new Error('measures do not load');
    const result = parseAnyDocument(measures.document.data);
    if (!result.ok) throw new Error('not measures');
    expect(needsBundledChecklists([result.document])).toBe(true);
  });
});
