import { describe, expect, it } from 'vitest';
import {
  CHECKLISTS_OPTION,
  commonCases,
  expectDiagnosticText,
  expectWellBehaved,
  fixture,
  badInputsSuite,
  GOOD,
  runHostile,
  type Case,
} from './bad-inputs-helpers.js';

/* Hostile, broken and altered reports through render, show and compare. */

const { g, unreadable } = await badInputsSuite();

const ALTERED = new Set(['report-score-altered.json', 'report-answer-altered.json', 'report-digest-altered.json']);

const CASES: Case[] = [
  // A report that cannot be opened is a wrong path (exit 2); one that opens but is broken, a finding (exit 1).
  ...commonCases(g, { unopenable: 2, missing: { exit: 2, code: 'file-not-found' } }),
  { input: 'bom-valid-report.json', file: fixture('bom-valid-report.json'), expected: { exit: 0 } },
  { input: 'top-level-list.json', file: fixture('top-level-list.json'), expected: { exit: 1, code: 'not-a-document', at: '1:1' } },
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
  ...[...ALTERED].map((name): Case => ({
    input: name,
    file: fixture(name),
    expected: { exit: 1, code: 'report-integrity-mismatch', at: '132:15' },
  })),
];

const COMMANDS: Array<[string, (file: string) => string[], string]> = [
  ['render', (file) => ['render', file, '-f', 'md', ...CHECKLISTS_OPTION], '# '],
  ['show', (file) => ['show', file, ...CHECKLISTS_OPTION], 'France'],
  ['compare', (file) => ['compare', GOOD.report2025, file, ...CHECKLISTS_OPTION], '2025'],
];

for (const [command, args, shown] of COMMANDS) {
  describe.concurrent(`${command} <bad report>`, () => {
    it.for(CASES)('$input', async (c, { skip }) => {
      if (c.unreadable && !unreadable.ok) skip(`unreadable file: ${unreadable.reason}`);
      const asNobody = c.unreadable && unreadable.ok ? unreadable.asNobody : undefined;
      const result = await runHostile(args(c.file), { timeout: c.timeout, ...(asNobody ? { asNobody } : {}) });
      expectWellBehaved(result, c);
      expectDiagnosticText(result.stderr, c);
      // A report changed since it was produced is still shown, with the warning; any other bad one is not.
      if (c.expected.exit === 0 || ALTERED.has(c.input)) expect(result.stdout).toContain(shown);
      else expect(result.stdout).toBe('');
    });
  });
}
