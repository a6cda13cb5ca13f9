import { english } from '../../support/english.js';
import { describe, expect, it } from 'vitest';
import { expectFixture } from './lint-fixture.js';

describe('rule: missing-translation', () => {
  it('reports one finding per field and missing language, and nothing for complete fields', async () => {
    const diagnostics = await expectFixture('missing-translation.yaml', [
      {
        code: 'missing-translation',
        severity: 'error',
        line: 14,
        column: 12,
        pointer: '/sections/0/title',
        message: /^title of section "s1" has no "es" text — add es: "…"$/,
      },
      {
        code: 'missing-translation',
        severity: 'error',
        line: 14,
        column: 12,
        pointer: '/sections/0/title',
        message: /^title of section "s1" has no "fr" text — add fr: "…"$/,
      },
      {
        code: 'missing-translation',
        severity: 'error',
        line: 19,
        column: 15,
        pointer: '/sections/0/questions/0/text',
        message: /^text of question "q1" has no "fr" text — add fr: "…"$/,
      },
    ]);
    const pairs = diagnostics.map((d) => `${d.pointer} ${/no "(\w+)"/.exec(english(d.message))?.[1]}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('says nothing when every text has every declared language', async () => {
    await expectFixture('builtin-labels-complete.yaml', []);
  });
});

describe('rule: undeclared-language', () => {
  it('warns at the text in the undeclared language', async () => {
    await expectFixture('undeclared-language.yaml', [
      {
        code: 'undeclared-language',
        severity: 'warning',
        line: 17,
        column: 42,
        pointer: '/sections/0/questions/0/text/de',
        message: /given in "de", which the document does not declare — add it to "languages" or remove the text/,
      },
    ]);
  });
});

describe('rule: missing-builtin-label', () => {
  it('asks for the label of a built-in code in a language the tool does not know', async () => {
    await expectFixture('missing-builtin-label.yaml', [
      {
        code: 'missing-builtin-label',
        severity: 'warning',
        line: 9,
        column: 3,
        pointer: '/builtinLabels',
        message: /no "es" label for "no" — add builtinLabels: \{ no: \{ es: "…" \} \}/,
      },
    ]);
  });
});
