import { describe, expect, it } from 'vitest';
import { expectFixture, lintFixture } from './lint-fixture.js';

describe('schema findings, positioned', () => {
  it('unknown field: points at the key, not at its value', async () => {
    await expectFixture('unknown-field-typo.yaml', [
      {
        code: 'schema-unknown-field',
        severity: 'error',
        line: 18,
        column: 9,
        pointer: '/sections/0/questions/0/titl',
        message: /unknown field "titl" — remove it or check its spelling/,
      },
      {
        code: 'schema-unknown-field',
        severity: 'error',
        line: 19,
        column: 9,
        pointer: '/sections/0/questions/0/weigth',
        message: /unknown field "weigth" — remove it or check its spelling/,
      },
    ]);
  });

  it('unknown field: suggests the field that was meant and lists those allowed', async () => {
    const messages = (await lintFixture('unknown-field-typo.yaml')).map((d) => d.message);
    expect(messages).toEqual([
      expect.stringMatching(/unknown field "titl" .*allowed here: .*\btext\b/),
      expect.stringMatching(/unknown field "weigth" .*did you mean "weight"\?/),
    ]);
  });

  it('missing required field: at the object that lacks it', async () => {
    await expectFixture('missing-required-field.yaml', [
      {
        code: 'schema-missing-field',
        severity: 'error',
        line: 15,
        column: 9,
        pointer: '/sections/0/questions/0/text',
        message: /missing required field "text"/,
      },
    ]);
  });

  it('wrong type: a quoted number', async () => {
    await expectFixture('wrong-type.yaml', [
      {
        code: 'schema-wrong-type',
        severity: 'error',
        line: 18,
        column: 17,
        pointer: '/sections/0/questions/0/weight',
        message: /expected a number, got a string \("2"\) — write it without quotes/,
      },
    ]);
  });

  it('invalid value: suggests the closest allowed value', async () => {
    await expectFixture('invalid-value.yaml', [
      {
        code: 'schema-invalid-value',
        severity: 'error',
        line: 16,
        column: 15,
        pointer: '/sections/0/questions/0/type',
        message: /got "tristate" — did you mean "tri-state"\?/,
      },
    ]);
  });
});

describe('YAML errors, positioned', () => {
  it('yaml-duplicate-key: at the second key', async () => {
    await expectFixture('yaml-duplicate-key.yaml', [
      {
        code: 'yaml-duplicate-key',
        severity: 'error',
        line: 18,
        column: 9,
        message: /duplicate key: .*remove or rename one of them/,
      },
    ]);
  });

  it('yaml-syntax: at the offending character', async () => {
    await expectFixture('yaml-syntax-error.yaml', [
      {
        code: 'yaml-syntax',
        severity: 'error',
        line: 17,
        column: 15,
        message:
          /YAML syntax error: a value without quotes cannot begin with the character "@"; put the value in quotes — correct the syntax here/,
      },
    ]);
  });
});

describe('document recognition', () => {
  it('missing-kind: at the start of the document', async () => {
    await expectFixture('missing-kind.yaml', [
      {
        code: 'missing-kind',
        severity: 'error',
        line: 2,
        column: 1,
        pointer: '',
        message: /missing "kind" — start the document with kind: checklist/,
      },
    ]);
  });

  it('unknown-kind: at the value, listing the kinds', async () => {
    await expectFixture('unknown-kind.yaml', [
      {
        code: 'unknown-kind',
        severity: 'error',
        line: 2,
        column: 7,
        pointer: '/kind',
        message: /unknown kind "checklst" — expected one of checklist, catalogue, answers, report/,
      },
    ]);
  });

  it('unknown-format-version: a newer version asks for an upgrade', async () => {
    await expectFixture('unknown-format-version.yaml', [
      {
        code: 'unknown-format-version',
        severity: 'error',
        line: 3,
        column: 16,
        pointer: '/formatVersion',
        message: /format version 2 is not one this selfassess reads .*upgrade selfassess/,
      },
    ]);
  });
});
