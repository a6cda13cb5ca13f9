import { describe, expect, it } from 'vitest';
import { ANSWER_CODES } from '../../src/domain/answers/codes.js';
import { codeDescriptions, type DiagnosticCode } from '../../src/domain/codes.js';
import { COMMAND_CODES } from '../../src/domain/command-codes.js';
import type { Diagnostic } from '../../src/domain/diagnostic.js';
import { LOADER_CODES } from '../../src/domain/loader-codes.js';
import { MEASURES_RULES } from '../../src/domain/measures/codes.js';
import { RULES } from '../../src/domain/rules/codes.js';
import { VALIDATE_CODES } from '../../src/domain/validate/codes.js';
import { formatSarif } from '../../src/format/diagnostics/sarif.js';

const TABLES = { LOADER_CODES, ANSWER_CODES, RULES, MEASURES_RULES, VALIDATE_CODES, COMMAND_CODES };

describe('the closed union of diagnostic codes', () => {
  it('is built from the tables, each code in one table only, each with a description', () => {
    const all = Object.values(TABLES).flatMap((table) => Object.keys(table));
    expect(new Set(all).size).toBe(all.length);
    const descriptions = codeDescriptions();
    expect(Object.keys(descriptions).sort()).toEqual([...all].sort());
    for (const [code, text] of Object.entries(descriptions)) expect(text, code).toMatch(/^[A-Z].*\.$/);
  });

  it('has stable codes: lower-case words joined by hyphens', () => {
    for (const code of Object.keys(codeDescriptions())) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('is what SARIF lists: every code, with its description, even when none is reported', () => {
    const rules = codeDescriptions();
    const log = JSON.parse(
      formatSarif({ tool: { name: 'selfassess', version: '0' }, files: [], diagnostics: [], rules }, { color: false }),
    );
    const listed: { id: string; shortDescription: { text: string } }[] = log.runs[0].tool.driver.rules;
    expect(listed.map((rule) => rule.id)).toEqual(Object.keys(rules).sort());
    for (const rule of listed) expect(rule.shortDescription.text).toBe(rules[rule.id as DiagnosticCode]);
  });

  it('refuses, at compile time, a code that is in no table', () => {
    const known: Diagnostic = { code: 'duplicate-id', severity: 'error', message: 'm', file: 'a.yaml', pointer: '' };
    // @ts-expect-error -- 'duplicate-question-id' is in no table: tsc fails if this line ever compiles.
    const unknown: Diagnostic = { code: 'duplicate-question-id', severity: 'error', message: 'm', file: 'a.yaml', pointer: '' };
    expect([known.code, unknown.code]).toEqual(['duplicate-id', 'duplicate-question-id']);
  });
});
