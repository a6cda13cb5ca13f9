import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { canonicalHash } from '../../../src/domain/canonical.js';
import { Checklist } from '../../../src/domain/schemas/checklist.js';
import { toolWords } from '../../../src/i18n/tool-words.js';
import { writeText } from '../../../src/i18n/write-text.js';
import { validateDocument } from '../../../src/domain/validate/validate-any.js';
import type { ValidationLibrary } from '../../../src/domain/validate/validate-document.js';
import { EXPECTED_CODES, LOADER_FIXTURES } from '../../fixtures/validate/expected.js';
import { CHECKLISTS_DIR, FIXTURES_DIR } from '../../fixtures/validate/generate.js';

const checklistData: unknown = parse(readFileSync(path.join(CHECKLISTS_DIR, 'validate-example.yaml'), 'utf8'));
const library: ValidationLibrary = {
  checklists: [{ checklist: Checklist.parse(checklistData), hash: canonicalHash(checklistData), file: 'validate-example.yaml' }],
  catalogues: new Map(),
  words: toolWords(),
};

const read = (name: string): unknown => {
  const text = readFileSync(path.join(FIXTURES_DIR, name), 'utf8');
  return name.endsWith('.json') ? JSON.parse(text) : parse(text);
};

const codes = (name: string): string[] =>
  validateDocument(read(name), library)
    .findings.map((f) => f.code)
    .sort();

describe('validateDocument: one defect, one code', () => {
  const parsed = Object.keys(EXPECTED_CODES).filter((name) => !LOADER_FIXTURES.includes(name) && !name.startsWith('checklists/'));
  it.each(parsed)('%s', (name) => {
    expect(codes(name)).toEqual([...(EXPECTED_CODES[name] ?? [])].sort());
  });

  it('has an expectation for every fixture', () => {
    const onDisk = ['answers', 'reports', 'checklists'].flatMap((dir) =>
      readdirSync(path.join(FIXTURES_DIR, dir)).map((f) => `${dir}/${f}`),
    );
    expect(onDisk.sort()).toEqual(Object.keys(EXPECTED_CODES).sort());
  });
});

describe('validateDocument', () => {
  it('says what it recognised, even in a file that fails its schema', () => {
    const verdict = validateDocument(read('reports/schema-missing-field.report.json'), library);
    expect(verdict).toMatchObject({
      kind: 'report',
      country: 'FRA',
      period: '2026',
      score: null,
      checklist: { id: 'validate-example', version: '1.0.0' },
    });
    expect(validateDocument(read('answers/valid-draft.answers.json'), library).kind).toBe('draft');
    expect(validateDocument(read('reports/unknown-kind.report.json'), library).kind).toBeNull();
  });

  it('points at the altered value', () => {
    const [score] = validateDocument(read('reports/score-altered.report.json'), library).findings;
    expect(score).toMatchObject({ code: 'report-score-mismatch', pointer: '/scores/overall/score', severity: 'error' });
    expect(writeText(score?.message ?? '', 'en')).toContain('0.95 in the report, but its answers give 0.75');
    // The same finding, written in French.
    expect(writeText(score?.message ?? '', 'fr')).toContain('0,95 dans le rapport, mais ses réponses donnent 0,75');
  });

  it('warns, without failing, about an answer to a hidden question', () => {
    const [hidden] = validateDocument(read('reports/hidden-question-answered.report.json'), library).findings;
    expect(hidden).toMatchObject({ severity: 'warning', pointer: '/answers/convictions' });
  });

  it('checks a report against every version known, by hash', () => {
    const other = { ...library, checklists: [...library.checklists, { ...library.checklists[0]!, hash: 'e'.repeat(64) }] };
    expect(validateDocument(read('reports/valid.report.json'), other).findings).toEqual([]);
  });

  it('lints checklists with the catalogues it is given', () => {
    const findings = validateDocument(read('checklists/validate-example.yaml'), library).findings.map((f) => f.code);
    expect(findings).toContain('catalogue-not-found');
  });
});
