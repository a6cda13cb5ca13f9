import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
  runInTerminal,
  type Case,
} from './bad-inputs-helpers.js';
import { ROOT } from '../support/run-cli.js';

/* Hostile and broken answers files and drafts through score, merge and assess --resume. */

const { g, unreadable } = await badInputsSuite();

const ANSWERS_CASES: Case[] = [
  { input: 'bom-valid-answers.yaml', file: fixture('bom-valid-answers.yaml'), expected: { exit: 0 } },
  { input: 'crlf-valid-answers.yaml', file: fixture('crlf-valid-answers.yaml'), expected: { exit: 0 } },
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
  { input: 'top-level-list.json', file: fixture('top-level-list.json'), expected: { exit: 1, code: 'not-a-document', at: '1:1' } },
];

function asNobody(c: Case, skip: (note: string) => void): { asNobody?: string } {
  if (!c.unreadable) return {};
  if (!unreadable.ok) skip(`unreadable file: ${unreadable.reason}`);
  return unreadable.ok && unreadable.asNobody ? { asNobody: unreadable.asNobody } : {};
}

describe.concurrent('score <bad>: no report written', () => {
  const access = { unopenable: 2, missing: { exit: 2, code: 'file-not-found' } } as const;
  const cases: Case[] = [
    ...commonCases(g, access),
    ...ANSWERS_CASES,
    {
      input: 'crlf-answers-unknown-code.yaml',
      file: fixture('crlf-answers-unknown-code.yaml'),
      expected: { exit: 1, code: 'answer-invalid-option', at: '17:12' },
    },
  ];
  it.for(cases)('$input', async (c, { skip }) => {
    const result = await runHostile(['score', c.file, ...CHECKLISTS_OPTION, '-o', '-'], { timeout: c.timeout, ...asNobody(c, skip) });
    expectWellBehaved(result, c);
    expectDiagnosticText(result.stderr, c);
    if (c.expected.exit === 0) expect(JSON.parse(result.stdout)).toMatchObject({ kind: 'report', scores: { overall: { score: 0.5 } } });
    else expect(result.stdout).toBe('');
  });

  it('CRLF line ends: the same diagnostics at the same lines and columns as LF', async () => {
    const strip = (text: string, file: string): string => text.replaceAll(file, '<file>');
    const [crlf, lf] = await Promise.all(
      ['crlf-answers-unknown-code.yaml', 'lf-answers-unknown-code.yaml'].map((name) =>
        runHostile(['score', fixture(name), ...CHECKLISTS_OPTION, '-o', '-']),
      ),
    );
    expect(crlf?.status).toBe(1);
    expect(strip(crlf?.stderr ?? '', fixture('crlf-answers-unknown-code.yaml'))).toBe(
      strip(lf?.stderr ?? '', fixture('lf-answers-unknown-code.yaml')),
    );
  });
});

describe.concurrent('merge <good> <bad>: nothing written', () => {
  const cases: Case[] = [
    ...commonCases(g, { unopenable: 2, missing: PATTERN_MISSING }),
    ...ANSWERS_CASES,
    // Merged with valid answers, "maybe" is a second, different answer to the same question.
    {
      input: 'crlf-answers-unknown-code.yaml',
      file: fixture('crlf-answers-unknown-code.yaml'),
      expected: { exit: 1, code: 'merge-conflict', at: '17:12' },
    },
  ];
  it.for(cases)('$input', async (c, { skip }) => {
    const result = await runHostile(['merge', GOOD.answers, c.file, ...CHECKLISTS_OPTION, '-o', '-'], {
      timeout: c.timeout,
      ...asNobody(c, skip),
    });
    expectWellBehaved(result, c);
    expectDiagnosticText(result.stderr, c);
    if (c.expected.exit === 0) expect(result.stdout).toContain('kind: answers');
    else expect(result.stdout).toBe('');
  });
});

describe.concurrent('assess --resume <bad draft>, in a terminal: a clear message, and the draft kept', () => {
  const cases: Case[] = [
    ...commonCases(g, { unopenable: 1, missing: { exit: 1, code: 'file-not-found' } }),
    ...ANSWERS_CASES.filter((c) => c.expected.exit !== 0 && c.input !== 'top-level-list.json'),
    // A draft is read as answers only: a list is the wrong type for one.
    { input: 'top-level-list.json', file: fixture('top-level-list.json'), expected: { exit: 1, code: 'schema-wrong-type', at: '1:1' } },
    { input: 'answers without a draft position', file: fixture('valid-answers.yaml'), expected: { exit: 1, code: 'not-a-draft' } },
  ];
  it.for(cases)('$input', async (c, { skip }) => {
    const options = asNobody(c, skip);
    const home = await mkdtemp(path.join(os.tmpdir(), 'selfassess-resume-'));
    try {
      const before = await stat(path.resolve(ROOT, c.file)).catch(() => undefined);
      const result = await runInTerminal(['assess', '--resume', c.file], home, { timeout: c.timeout, ...options });
      expectWellBehaved(result, c);
      expectDiagnosticText(result.stdout, c);
      expect(result.stdout).toContain(`The draft ${c.file} cannot be read`);
      // Never deleted nor rewritten.
      const after = await stat(path.resolve(ROOT, c.file)).catch(() => undefined);
      expect(after?.mtimeMs).toBe(before?.mtimeMs);
      expect(after?.size).toBe(before?.size);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });

  it('a damaged draft among the saved ones is shown, and kept', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'selfassess-resume-'));
    try {
      const drafts = path.join(home, 'selfassess', 'drafts');
      await mkdir(drafts, { recursive: true });
      const damaged = path.join(drafts, 'bad-inputs-example-1.0.0-20260301T090000Z.draft.yaml');
      await writeFile(damaged, await readFile(path.join(ROOT, fixture('alias-bomb.yaml'))));
      const result = await runInTerminal(['assess', '--resume'], home);
      expectWellBehaved(result, { input: 'damaged saved draft', file: damaged, expected: { exit: 2 } });
      expect(result.stdout).toContain(damaged);
      expect(result.stdout).toContain('yaml-alias-bomb');
      expect((await stat(damaged)).isFile()).toBe(true);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});
