import { english } from '../support/english.js';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/domain/diagnostic.js';
import type { DiagnosticCode } from '../../src/domain/codes.js';
import { compareReports } from '../../src/domain/compare/matrix.js';
import { answersTemplate, templateText } from '../../src/format/answers-template/template.js';
import type { Checklist } from '../../src/domain/schemas/checklist.js';
import type { ValidatedFile } from '../../src/domain/schemas/validate-output.js';
import { compareView, formatComparison } from '../../src/format/compare/index.js';
import { DIAGNOSTIC_FORMATS, getDiagnosticFormatter } from '../../src/format/diagnostics/index.js';
import { mdText, renderMarkdown } from '../../src/format/render/markdown.js';
import { formatSummary } from '../../src/format/summary.js';
import { renderTable } from '../../src/format/table.js';
import {
  jsonTerminalSafe,
  terminalSafe,
  terminalSafeDeep,
  terminalSafeDocument,
  terminalSafeLine,
} from '../../src/format/terminal-safe.js';
import { formatValidateTable } from '../../src/format/validate/table.js';
import { ndjsonFile } from '../../src/format/validate/json.js';
import { bundledChecklist, sampleReport } from '../support/sample-reports.js';
import { sampleView } from './render/fixture.js';

/** What must never reach a terminal raw: C0 but LF and tab, DEL, C1, bidirectional overrides and isolates. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const CONTROLS = [
  '\u001b',
  '\u001b]0;pwned\u0007',
  '\u001b[2J',
  '\u001b]8;;http://evil.example\u001b\\',
  '\r',
  '\b',
  '\u0000',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u009d',
  '\u202e',
  '\u2066',
  '\u2069',
  '\r\n',
  '\n',
  '\t',
  '\u2028',
  '\u2029',
];
/** Strings rich in controls, and some ordinary text (YAML and Markdown syntax included). */
const hostile = fc.oneof(
  fc
    .array(fc.oneof(fc.constantFrom(...CONTROLS), fc.constantFrom('a', 'é', ' ', '|', '#', ':', '- ', '*', 'key: x')), { maxLength: 12 })
    .map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

describe('terminalSafe', () => {
  it('writes each control visibly and keeps newlines and tabs', () => {
    expect(terminalSafe('a\u001b[2Jb\rc\bd\u007fe\u009bf\u202eg\u2066h\ni\tj')).toBe(
      'a\\u001b[2Jb\\u000dc\\u0008d\\u007fe\\u009bf\\u202eg\\u2066h\ni\tj',
    );
    expect(terminalSafe('plain — é')).toBe('plain — é');
    expect(terminalSafeLine('a\nb\tc\u2028d')).toBe('a\\u000ab\\u0009c\\u2028d');
  });

  it('jsonTerminalSafe keeps the JSON value', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const json = jsonTerminalSafe(JSON.stringify({ text }));
        expect(json).not.toMatch(RAW_CONTROL);
        expect(JSON.parse(json)).toEqual({ text });
      }),
    );
  });

  it('terminalSafeDeep makes every string and key safe, and keeps numbers', () => {
    fc.assert(
      fc.property(hostile, hostile, (key, value) => {
        const copy = terminalSafeDeep({ [key]: [value, 1, null, { value }] });
        expect(JSON.stringify(copy)).not.toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(Object.values(copy)[0]?.[1]).toBe(1);
      }),
    );
  });

  it('terminalSafeDeep returns its argument itself exactly when no string or key of it is unsafe', () => {
    const unsafeAnywhere = (value: unknown): boolean =>
      typeof value === 'string'
        ? RAW_CONTROL.test(value)
        : typeof value === 'object' &&
          value !== null &&
          Object.entries(value).some(([key, child]) => RAW_CONTROL.test(key) || unsafeAnywhere(child));
    const plain = fc.oneof(fc.constantFrom('a', 'é', 'key: x', ''), fc.integer());
    fc.assert(
      fc.property(fc.object({ key: fc.oneof(hostile, fc.constantFrom('a', 'b')), values: [hostile, plain], maxDepth: 3 }), (value) => {
        expect(terminalSafeDeep(value) === value).toBe(!unsafeAnywhere(value));
      }),
    );
  });

  it('terminalSafeDocument is terminalSafeDeep on any parsed document, unsafe keys and escaped backslashes included', () => {
    // Every control, each character JSON.stringify escapes, and backslashes before the letters of its escapes.
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x9f }).map((code) => String.fromCharCode(code)),
      fc.constantFrom('\\', 'b', 'f', 'r', 'u', '0', '1', 'e', '\u202e', '\u2066', '\u2028', 'é', '"'),
    );
    const text = fc.string({ unit, maxLength: 8 });
    const { document } = fc.letrec((tie) => ({
      document: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('document'), { maxLength: 4 }),
        fc.dictionary(text, tie('document'), { maxKeys: 4 }),
      ),
    }));
    fc.assert(
      fc.property(document, (value) => {
        const deep = terminalSafeDeep(value);
        const fast = terminalSafeDocument(value);
        expect(fast === value).toBe(deep === value);
        expect(fast).toEqual(deep);
      }),
      { numRuns: 2000 },
    );
    expect(terminalSafeDocument({ path: 'C:\\bin\\run' })).toEqual({ path: 'C:\\bin\\run' });
    expect(terminalSafeDocument({ 'k\u001b': ['\r'] })).toEqual({ 'k\\u001b': ['\\u000d'] });
  });

  it('terminalSafeDeep copies only what holds an unsafe string, and never changes its argument', () => {
    const safe = { title: 'Report', list: ['a', { b: 'c' }], n: 1 };
    expect(terminalSafeDeep(safe)).toBe(safe);
    const unsafe = { title: 'Report', list: ['a\u001b[31m', { b: 'c' }], kept: { d: 'e' } };
    const copy = terminalSafeDeep(unsafe);
    expect(copy).not.toBe(unsafe);
    expect(copy.list[0]).not.toContain('\u001b');
    expect(copy.list[1]).toBe(unsafe.list[1]);
    expect(copy.kept).toBe(unsafe.kept);
    expect(unsafe.list[0]).toBe('a\u001b[31m');
  });
});

describe('no raw control reaches any text output', () => {
  // The formatters do not trust even a code: a hostile one is forced past the closed union.
  const diagnostic = (file: string, message: string, code: string): Diagnostic => ({
    code: code as DiagnosticCode,
    severity: 'error',
    message,
    file,
    pointer: '/x',
    start: { line: 1, column: 2 },
  });

  it('every diagnostic format (stylish, json, github, junit, sarif)', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (file, message, code) => {
        for (const format of DIAGNOSTIC_FORMATS) {
          const out = getDiagnosticFormatter(format)(
            { tool: { name: 'selfassess', version: '0' }, files: [file], diagnostics: [diagnostic(file, message, code)] },
            { color: false },
          );
          expect(out, format).not.toMatch(RAW_CONTROL);
        }
      }),
    );
  });

  it('stylish with colour: only its own colour codes', () => {
    fc.assert(
      fc.property(hostile, hostile, (file, message) => {
        const out = getDiagnosticFormatter('stylish')(
          { tool: { name: 'selfassess', version: '0' }, files: [file], diagnostics: [diagnostic(file, message, 'duplicate-id')] },
          { color: true },
        );
        // eslint-disable-next-line no-control-regex
        expect(out.replace(/\u001b\[\d+(;\d+)*m/g, '')).not.toMatch(RAW_CONTROL);
      }),
    );
  });

  it('the validate table and ndjson', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (file, country, period) => {
        const record: ValidatedFile = {
          file,
          kind: 'report',
          status: 'invalid',
          country,
          period,
          checklist: { id: country, version: period, hash: null },
          score: 0.5,
          complete: true,
          missing: 0,
          band: period,
          bandLabel: { en: country, fr: file },
          cappedBy: [{ question: file, status: 'not-met', sources: [{ catalogue: country, provision: period }] }],
          errors: 1,
          warnings: 0,
          diagnostics: [{ ...diagnostic(file, period, 'c') }],
        };
        const summary = {
          files: 1,
          valid: 0,
          withWarnings: 0,
          invalid: 1,
          errors: 1,
          warnings: 0,
          kinds: { report: 1, answers: 0, draft: 0, checklist: 0, catalogue: 0, measures: 0, unknown: 0 },
        };
        expect(
          formatValidateTable([record], summary, { name: 'selfassess', version: '0' }, { color: false, signatures: false }),
        ).not.toMatch(RAW_CONTROL);
        expect(ndjsonFile(record)).not.toMatch(RAW_CONTROL);
      }),
    );
  });

  it('plain tables', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        expect(renderTable([a], [[b]], { color: false })).not.toMatch(RAW_CONTROL);
      }),
    );
  });

  it('Markdown: every line-break form is one <br>, and no control is left', async () => {
    expect(mdText('a\r\nb\rc\nd\u2028e\u2029f')).toBe('a<br>b<br>c<br>d<br>e<br>f');
    const texts = fc.sample(hostile, { numRuns: 25, seed: 14 });
    for (const text of texts) {
      const view = await sampleView('GBR', '2025', {
        tweak: (answers) => {
          const id = 'art5-1-criminalization-offence';
          answers[id] = { ...answers[id], notes: `${text}\r# Forged heading\r| forged | row |`, evidence: text };
        },
        report: (report) => ({
          ...report,
          respondent: { ...report.respondent, party: { ...report.respondent.party, name: text } },
          period: text,
        }),
      });
      const md = renderMarkdown(view);
      expect(md).not.toMatch(RAW_CONTROL);
      expect(md).not.toMatch(/^# Forged heading/m);
      expect(md).not.toMatch(/^\| forged \| row \|/m);
    }
  });

  it('show: the summary of a report whose texts hold controls, drawn with colour', async () => {
    const { checklist } = await bundledChecklist();
    for (const text of fc.sample(hostile, { numRuns: 25, seed: 7 })) {
      const report = await sampleReport('KEN', '2025');
      const hostileReport = {
        ...report,
        period: text,
        respondent: { ...report.respondent, party: { ...report.respondent.party, name: text } },
      };
      const hostileChecklist: Checklist = { ...checklist, title: { en: text } };
      const out = formatSummary(terminalSafeDeep(hostileReport), terminalSafeDeep(hostileChecklist), {
        language: 'en',
        color: true,
        width: 100,
      });
      // eslint-disable-next-line no-control-regex
      expect(out.replace(/\u001b\[\d+(;\d+)*m/g, '')).not.toMatch(RAW_CONTROL);
    }
  });

  it('compare table: party names and periods with controls', async () => {
    const { checklist } = await bundledChecklist();
    for (const text of fc.sample(hostile, { numRuns: 15, seed: 3 })) {
      const inputs = [];
      for (const code of ['FRA', 'KEN']) {
        const report = await sampleReport(code, '2025');
        inputs.push({
          report: { ...report, respondent: { ...report.respondent, party: { ...report.respondent.party, name: `${code}${text}` } } },
          checklist,
        });
      }
      const result = compareReports(inputs);
      if (!result.ok) throw new Error(english(result.findings[0]?.message));
      const view = compareView(result.matrix, new Map([[checklist.version, checklist]]), 'en');
      for (const format of ['table', 'json'] as const) {
        expect(formatComparison(view, format, { color: false, width: 80 }), format).not.toMatch(RAW_CONTROL);
      }
    }
  });

  it('merged answers (a filled template): notes with controls are escaped, and read back exactly', async () => {
    const { checklist, hash } = await bundledChecklist();
    const id = checklist.sections[0]?.questions[0]?.id ?? '';
    for (const text of fc.sample(hostile, { numRuns: 40, seed: 5 })) {
      const out = templateText(
        answersTemplate(checklist, {
          language: 'en',
          checklistHash: hash,
          filled: { answers: { [id]: { value: 'yes', notes: text, evidence: text } } },
        }),
      );
      expect(out).not.toMatch(RAW_CONTROL);
      expect(out).not.toMatch(/[\u2028\u2029]/);
      const back = parseDocument(out).toJS() as { answers: Record<string, { notes?: string; evidence?: string }> };
      expect(back.answers[id]?.notes).toBe(text);
      expect(back.answers[id]?.evidence).toBe(text);
    }
  });

  it('template: checklist texts with controls and line breaks stay comments', async () => {
    const { checklist, hash } = await bundledChecklist();
    for (const text of fc.sample(hostile, { numRuns: 25, seed: 11 })) {
      const hostileChecklist: Checklist = {
        ...checklist,
        title: { en: text, fr: text },
        sections: checklist.sections.map((s, i) => (i === 0 ? { ...s, title: { en: `${text}\rinjected: true`, fr: text } } : s)),
      };
      const out = templateText(answersTemplate(hostileChecklist, { language: 'en', checklistHash: hash }));
      expect(out).not.toMatch(RAW_CONTROL);
      const doc = parseDocument(out);
      expect(doc.errors).toEqual([]);
      // The same document as the template of the checklist without the hostile texts: nothing added.
      expect(doc.toJS()).toEqual(parseDocument(templateText(answersTemplate(checklist, { language: 'en', checklistHash: hash }))).toJS());
    }
  });
});
