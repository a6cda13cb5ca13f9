import { english } from '../support/english.js';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/domain/answers/check-answers.js';
import { parseAnyDocument } from '../../src/domain/lint.js';
import { attachPositions, MAX_FINDINGS_PER_FILE, parseText } from '../../src/io/load-document.js';
import { yamlLocator } from '../../src/io/load-yaml.js';
import { createValidationEnvironment } from '../../src/io/validate-environment.js';
import { validateText } from '../../src/io/validate-file.js';
import { bundledChecklist } from '../support/sample-reports.js';
import { toolWords } from '../../src/i18n/tool-words.js';

const WORDS = toolWords();

/*
 * Costs bounded by the input's size, on generated hostile inputs that are under
 * every limit of the loader. Bounded by counts (findings, suggestions) and by
 * generous time limits meant to catch a quadratic cost, not to measure speed.
 */
const GENEROUS_MS = 20_000;

function answersJson(entries: string[]): string {
  return `{"kind":"answers","formatVersion":1,"checklist":{"id":"tip-protocol","version":"1.0.0"},"language":"en","answers":{${entries.join(',')}}}`;
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

describe('many unknown answer ids', () => {
  it('120,000 unknown ids: findings capped with "and N more", positions found once per document', async () => {
    const count = 120_000;
    const text = answersJson(Array.from({ length: count }, (_, i) => `"unknown-${i}":{"value":"yes"}`));
    const [result, ms] = await timed(() => validateText('many.answers.json', { ok: true, text }, createValidationEnvironment({})));
    expect(result.diagnostics).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    const last = result.diagnostics.find((d) => d.code === 'too-many-findings');
    expect(english(last?.message)).toMatch(new RegExp(`^and ${count - MAX_FINDINGS_PER_FILE} more problems in this file`));
    expect(result.diagnostics.filter((d) => d.code === 'answer-unknown-question').every((d) => d.start !== undefined)).toBe(true);
    expect(ms).toBeLessThan(GENEROUS_MS);
  }, 60_000);

  it('through the YAML locator too (the path of score and lint on a YAML file)', async () => {
    const { checklist } = await bundledChecklist();
    const count = 60_000;
    const text = answersJson(Array.from({ length: count }, (_, i) => `"unknown-${i}":{"value":"yes"}`));
    const [diagnostics, ms] = await timed(async () => {
      const loaded = await parseText('many.answers.json', text);
      if (!loaded.ok) throw new Error('well-formed');
      const parsed = parseAnyDocument(loaded.document.data);
      if (!parsed.ok || parsed.document.kind !== 'answers') throw new Error('valid answers');
      // JSON is YAML: the findings located by the YAML locator, as in a YAML file.
      const document = { ...loaded.document, locate: yamlLocator(text) };
      return attachPositions(document, checkAnswers(checklist, parsed.document.value.answers, WORDS));
    });
    expect(diagnostics).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    expect(diagnostics[0]?.start).toBeDefined();
    expect(ms).toBeLessThan(GENEROUS_MS);
  }, 60_000);

  it('one unknown id of 400 KB: no suggestion is computed', async () => {
    const { checklist } = await bundledChecklist();
    const id = 'a'.repeat(400_000);
    const [findings, ms] = await timed(() => checkAnswers(checklist, { [id]: { value: 'yes' } }, WORDS));
    expect(findings.map((f) => f.code)).toEqual(['answer-unknown-question']);
    expect(english(findings[0]?.message)).not.toContain('did you mean');
    // Quoted cut: a message's size does not grow with the file's.
    expect(english(findings[0]?.message).length).toBeLessThan(300);
    expect(ms).toBeLessThan(2000);
  });

  it('199,000 unknown keys of the wrong type in one mapping: schema findings capped too', async () => {
    const text = answersJson(Array.from({ length: 199_000 }, (_, i) => `"k${i}":1`));
    const [result, ms] = await timed(() => validateText('wide.answers.json', { ok: true, text }, createValidationEnvironment({})));
    expect(result.status).toBe('invalid');
    expect(result.diagnostics.length).toBeLessThanOrEqual(MAX_FINDINGS_PER_FILE + 1);
    expect(ms).toBeLessThan(GENEROUS_MS);
  }, 60_000);
});

describe('wide documents never overflow the stack', () => {
  it('a report with 130,000 unknown answers: one record, capped, no crash', async () => {
    const { readFile } = await import('node:fs/promises');
    const { BAD_INPUTS_CHECKLISTS, BAD_INPUTS_DIR } = await import('../fixtures/bad-inputs/generate.js');
    const report = JSON.parse(await readFile(`${BAD_INPUTS_DIR}/valid-report.json`, 'utf8')) as { answers: Record<string, unknown> };
    for (let i = 0; i < 130_000; i++) report.answers[`unknown-${i}`] = { value: 'yes' };
    const result = await validateText(
      'many.report.json',
      { ok: true, text: JSON.stringify(report) },
      createValidationEnvironment({ checklists: BAD_INPUTS_CHECKLISTS }),
    );
    expect(result.diagnostics.map((d) => d.code)).not.toContain('validation-crashed');
    expect(result.diagnostics).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
  }, 60_000);

  it('100,000 duplicate keys: the syntax errors are capped too', async () => {
    const text = `kind: answers\nformatVersion: 1\nanswers:\n${Array.from({ length: 100_000 }, (_, i) => `  k: ${i}`).join('\n')}\n`;
    const result = await parseText('dups.yaml', text);
    expect(result.ok ? [] : result.diagnostics).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
  }, 60_000);
});

describe('wide YAML mappings', () => {
  it('150,000 keys with one duplicate at the end: found, in time linear in the keys', async () => {
    const lines = Array.from({ length: 150_000 }, (_, i) => `k${i}: 1`);
    const text = `kind: answers\nformatVersion: 1\nanswers:\n${lines.map((l) => `  ${l}`).join('\n')}\n  k7: 2\n`;
    const [result, ms] = await timed(() => parseText('wide.yaml', text));
    expect(result.ok ? [] : result.diagnostics.map((d) => [d.code, d.start?.line])).toEqual([['yaml-duplicate-key', 150_004]]);
    expect(ms).toBeLessThan(GENEROUS_MS);
  }, 60_000);
});

describe('YAML aliases are counted in values produced', () => {
  it('few aliases of a large node, under the alias count: refused as an alias bomb before expansion', async () => {
    const big = Array.from({ length: 2000 }, (_, i) => `v${i}`).join(', ');
    const text = `kind: answers\nformatVersion: 1\nbase: &b [${big}]\nmany: [${Array.from({ length: 600 }, () => '*b').join(', ')}]\n`;
    const [result, ms] = await timed(() => parseText('amplified.yaml', text));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.diagnostics.map((d) => d.code)).toEqual(['yaml-alias-bomb']);
    expect(ms).toBeLessThan(GENEROUS_MS);
  });

  it('ordinary aliases still load', async () => {
    const result = await parseText('ok.yaml', 'a: &x { en: Yes, fr: Oui }\nb: *x\nc: [*x, *x]\n');
    expect(result.ok && result.document.data).toEqual({
      a: { en: 'Yes', fr: 'Oui' },
      b: { en: 'Yes', fr: 'Oui' },
      c: [
        { en: 'Yes', fr: 'Oui' },
        { en: 'Yes', fr: 'Oui' },
      ],
    });
  });
});
