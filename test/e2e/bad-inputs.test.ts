import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/io/load-document.js';
import { readDocument } from '../../src/io/read-document.js';
import { BAD_INPUTS_DIR, generatedBadInputs } from '../fixtures/bad-inputs/generate.js';
import {
  CHECKLISTS_OPTION,
  commonCases,
  expectDiagnosticText,
  expectWellBehaved,
  fixture,
  badInputsSuite,
  GOOD,
  PATTERN_MISSING,
  runHostile,
  type Case,
} from './bad-inputs-helpers.js';

/*
 * Hostile and broken inputs through the commands that check documents in
 * batches (lint, validate) and coverage. The other commands: bad-inputs-answers
 * (score, merge, assess --resume) and bad-inputs-reports (render, show, compare).
 */

const { g, unreadable } = await badInputsSuite();

describe('bad-input fixtures', () => {
  it('the generated ones are what generate.ts produces', async () => {
    for (const [name, text] of await generatedBadInputs()) {
      const file = path.join(BAD_INPUTS_DIR, name);
      if (process.env['UPDATE_BAD_INPUT_FIXTURES']) await writeFile(file, text);
      expect(await readFile(file, 'utf8'), name).toBe(text);
    }
  });
});

describe('__proto__, constructor and prototype keys stay data', () => {
  const polluted = (): unknown => (Object.prototype as Record<string, unknown>)['polluted'];

  it('proto-keys.json: Object.prototype untouched, the keys reported as unknown fields', async () => {
    const file = path.join(BAD_INPUTS_DIR, 'proto-keys.json');
    const read = await readDocument(file);
    expect(polluted()).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.diagnostics.map((d) => [d.code, d.pointer, d.start?.line])).toEqual(
      expect.arrayContaining([
        ['schema-unknown-field', '/__proto__', 8],
        ['schema-unknown-field', '/sections/0/questions/0/__proto__', 19],
      ]),
    );
    // The key is an own property holding the file's value, not the object's prototype.
    const data = read.source?.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: 'through the top level' });
  });

  it('proto-keys.json through the fast JSON path of validate: the same', async () => {
    const text = await readFile(path.join(BAD_INPUTS_DIR, 'proto-keys.json'), 'utf8');
    const loaded = await parseText('proto-keys.json', text, { fastJson: true });
    expect(polluted()).toBeUndefined();
    if (!loaded.ok) throw new Error('proto-keys.json is well-formed JSON');
    const data = loaded.document.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
  });

  it('constructor-prototype-keys.yaml: unknown fields, nothing reaches a prototype', async () => {
    const read = await readDocument(path.join(BAD_INPUTS_DIR, 'constructor-prototype-keys.yaml'));
    expect(polluted()).toBeUndefined();
    expect(Object.prototype.constructor).toBe(Object);
    if (read.ok) throw new Error('expected unknown fields');
    expect(
      read.diagnostics
        .filter((d) => d.code === 'schema-unknown-field')
        .map((d) => d.pointer)
        .sort(),
    ).toEqual(['/constructor', '/prototype', '/sections/0/questions/0/__proto__', '/sections/0/questions/0/constructor']);
    const question = (read.source?.data as { sections: Array<{ questions: Array<Record<string, unknown>> }> }).sections[0]?.questions[0];
    expect(question && Object.getPrototypeOf(question)).toBe(Object.prototype);
    expect(question && Object.getOwnPropertyDescriptor(question, '__proto__')?.value).toEqual({ polluted: 'through a question' });
  });
});

/** Runs one case, as nobody for the unreadable file (or skips it, saying why). */
async function run(args: (file: string) => string[], c: Case, skip: (note: string) => void) {
  if (c.unreadable && !unreadable.ok) skip(`unreadable file: ${unreadable.reason}`);
  const asNobody = c.unreadable && unreadable.ok ? unreadable.asNobody : undefined;
  const result = await runHostile(args(c.file), { timeout: c.timeout, ...(asNobody ? { asNobody } : {}) });
  expectWellBehaved(result, c);
  return result;
}

const CHECKLIST_CASES = (): Case[] => [
  { input: 'bom-valid-checklist.yaml', file: fixture('bom-valid-checklist.yaml'), expected: { exit: 0 } },
  { input: 'crlf-valid-checklist.yaml', file: fixture('crlf-valid-checklist.yaml'), expected: { exit: 0 } },
  {
    input: 'wrong-types-everywhere.yaml',
    file: fixture('wrong-types-everywhere.yaml'),
    expected: { exit: 1, code: 'schema-wrong-type', at: '4:5' },
  },
  { input: 'unknown-fields.yaml', file: fixture('unknown-fields.yaml'), expected: { exit: 1, code: 'schema-unknown-field', at: '19:9' } },
  { input: 'top-level-list.json', file: fixture('top-level-list.json'), expected: { exit: 1, code: 'not-a-document', at: '1:1' } },
];

describe.concurrent('lint <bad> <good>: a clear diagnostic, and the good file is still checked', () => {
  it.for([...commonCases(g, { unopenable: 1, missing: PATTERN_MISSING }), ...CHECKLIST_CASES()])('$input', async (c, { skip }) => {
    const result = await run((file) => ['lint', '-f', 'junit', file, GOOD.checklist], c, skip);
    expectDiagnosticText(result.stdout + result.stderr, c);
    if (c.expected.exit !== 2) expect(result.stdout).toContain(`<testcase classname="${GOOD.checklist}" name="no problems"/>`);
  });
});

describe.concurrent('coverage <bad>', () => {
  const access = { unopenable: 2, missing: { exit: 2, code: 'file-not-found' } } as const;
  it.for([...commonCases(g, access), ...CHECKLIST_CASES()])('$input', async (c, { skip }) => {
    const result = await run((file) => ['coverage', file], c, skip);
    expectDiagnosticText(result.stdout + result.stderr, c);
    if (c.expected.exit === 0) expect(result.stdout).toContain('1 of 1 provisions in scope covered');
  });
});

interface ValidatedFile {
  file: string;
  status: string;
  diagnostics: Array<{ code: string; file: string; start?: { line: number; column: number } }>;
}

const VALIDATE_CASES = (): Case[] => [
  ...CHECKLIST_CASES(),
  { input: 'bom-valid-answers.yaml', file: fixture('bom-valid-answers.yaml'), expected: { exit: 0 } },
  { input: 'crlf-valid-answers.yaml', file: fixture('crlf-valid-answers.yaml'), expected: { exit: 0 } },
  {
    input: 'crlf-answers-unknown-code.yaml',
    file: fixture('crlf-answers-unknown-code.yaml'),
    expected: { exit: 1, code: 'answer-invalid-option', at: '17:12' },
  },
  {
    input: 'wrong-types-everywhere-answers.yaml',
    file: fixture('wrong-types-everywhere-answers.yaml'),
    expected: { exit: 1, code: 'schema-wrong-type', at: '4:12' },
  },
  {
    input: 'unknown-fields-answers.yaml',
    file: fixture('unknown-fields-answers.yaml'),
    expected: { exit: 1, code: 'schema-unknown-field', at: '9:1' },
  },
  { input: 'bom-valid-report.json', file: fixture('bom-valid-report.json'), expected: { exit: 0 } },
  {
    input: 'wrong-types-everywhere-report.json',
    file: fixture('wrong-types-everywhere-report.json'),
    expected: { exit: 1, code: 'schema-wrong-type', at: '5:13' },
  },
  {
    input: 'unknown-fields-report.json',
    file: fixture('unknown-fields-report.json'),
    expected: { exit: 1, code: 'schema-unknown-field', at: '135:3' },
  },
  {
    input: 'report-unknown-checklist.json',
    file: fixture('report-unknown-checklist.json'),
    expected: { exit: 1, code: 'checklist-not-found', at: '9:11' },
  },
  {
    input: 'report-score-altered.json',
    file: fixture('report-score-altered.json'),
    expected: { exit: 1, code: 'report-integrity-mismatch', at: '132:15' },
  },
  {
    input: 'report-answer-altered.json',
    file: fixture('report-answer-altered.json'),
    expected: { exit: 1, code: 'report-integrity-mismatch', at: '132:15' },
  },
  {
    input: 'report-digest-altered.json',
    file: fixture('report-digest-altered.json'),
    expected: { exit: 1, code: 'report-integrity-mismatch', at: '132:15' },
  },
];

describe.concurrent('validate <bad> <good>: one record per file, the good one still valid', () => {
  it.for([...commonCases(g, { unopenable: 1, missing: PATTERN_MISSING }), ...VALIDATE_CASES()])('$input', async (c, { skip }) => {
    const result = await run((file) => ['validate', '-f', 'json', '-j', '2', file, GOOD.report, ...CHECKLISTS_OPTION], c, skip);
    if (c.expected.exit === 2) {
      expectDiagnosticText(result.stderr, c);
      return;
    }
    const records = (JSON.parse(result.stdout) as { files: ValidatedFile[] }).files;
    expect(records.map((r) => r.file).sort()).toEqual([c.file, GOOD.report].sort());
    expect(records.find((r) => r.file === GOOD.report)?.status).toBe('valid');
    const record = records.find((r) => r.file === c.file);
    if (c.expected.exit === 0) {
      expect(record?.status).toBe('valid');
      return;
    }
    expect(record?.status).toBe('invalid');
    const found = record?.diagnostics.find(
      (d) => d.code === c.expected.code && (c.expected.at === undefined || `${d.start?.line}:${d.start?.column}` === c.expected.at),
    );
    expect(found, `${c.input}: ${c.expected.code} at ${c.expected.at ?? '-'} in ${JSON.stringify(record?.diagnostics)}`).toBeDefined();
    expect(found?.file).toBe(c.file);
  });

  it('report-score-altered.json: the recomputed score is reported too, not only the digest', async () => {
    const result = await runHostile(['validate', '-f', 'json', fixture('report-score-altered.json'), ...CHECKLISTS_OPTION]);
    const [record] = (JSON.parse(result.stdout) as { files: ValidatedFile[] }).files;
    expect(record?.diagnostics.map((d) => d.code)).toContain('report-score-mismatch');
  });

  it('every bad input in one batch: one record each, in order, and the good files valid', async () => {
    const all = [...commonCases(g, { unopenable: 1, missing: PATTERN_MISSING }), ...VALIDATE_CASES()].filter(
      (c) => c.expected.exit !== 2 && !c.unreadable,
    );
    const files = [...all.map((c) => c.file), GOOD.report, GOOD.answers, GOOD.checklist];
    const result = await runHostile(['validate', '-f', 'json', ...files, ...CHECKLISTS_OPTION], { timeout: 30_000 });
    expectWellBehaved(result, { input: 'batch', file: '', expected: { exit: 1 } });
    const records = (JSON.parse(result.stdout) as { files: ValidatedFile[] }).files;
    expect(records).toHaveLength(files.length);
    for (const c of all) expect(records.find((r) => r.file === c.file)?.status, c.input).toBe(c.expected.exit === 0 ? 'valid' : 'invalid');
    for (const good of [GOOD.report, GOOD.answers, GOOD.checklist])
      expect(records.find((r) => r.file === good)?.status, good).toBe('valid');
  });
});

describe('the number of values is bounded, not only the size', () => {
  /*
   * yaml's syntax tree takes about 160 bytes per byte of source: without a bound on the number of
   * values, 2 MB of one-character values would exhaust a 256 MB heap.
   */
  it('lint: 2 MB of tiny values is refused within a 256 MB heap, without dying of OOM', async () => {
    const file = path.join(g.dir, 'one-million-values.json');
    await writeFile(file, '{"kind": "checklist", "sections": [' + '1,'.repeat(1_000_000) + '1]}\n');
    const result = await runHostile(['lint', file]);
    expectWellBehaved(result, { input: '2 MB of tiny values', file, expected: { exit: 1 } });
    expect(result.stdout).toContain('document-too-many-values');
  });
});
