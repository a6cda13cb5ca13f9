import { english } from '../support/english.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AnswersDocument } from '../../src/domain/schemas/answers.js';
import { Checklist } from '../../src/domain/schemas/checklist.js';
import { parseWithFindings, zodFindings } from '../../src/domain/zod-findings.js';
import { suggest } from '../../src/domain/suggest.js';
import { writeText } from '../../src/i18n/write-text.js';

const question = { id: 'q1', type: 'yes-no', text: { en: 'Q?', fr: 'Q ?' } };
const QP = '/sections/0/questions/0';

function checklist(patch: Record<string, unknown> = {}, questionPatch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'checklist',
    formatVersion: 1,
    id: 'c',
    version: '1.0.0',
    languages: ['en', 'fr'],
    title: 'T',
    scoring: { bands: [{ id: 'low', min: 0, max: 1, label: 'Low' }] },
    sections: [{ id: 's1', title: 'S', questions: [{ ...question, ...questionPatch }] }],
    ...patch,
  };
}

/** [pointer, code, message] of every finding. */
function findings(schema: z.ZodType, data: unknown): Array<[string, string, string]> {
  const result = parseWithFindings(schema, data);
  if (result.success) throw new Error('expected the data to fail');
  return result.findings.map((f) => [f.pointer, f.code, english(f.message)]);
}

describe('zodFindings', () => {
  it('quotes a word of the file in the marks of the language the message is written in', () => {
    const written = (data: unknown, language: string): string[] => {
      const result = parseWithFindings(Checklist, data);
      return result.success ? [] : result.findings.map((f) => writeText(f.message, language));
    };
    expect(written({ ...checklist(), signedBy: 'x' }, 'en')[0]).toMatch(/^unknown field "signedBy" — /);
    expect(written({ ...checklist(), signedBy: 'x' }, 'fr')[0]).toMatch(/^champ inconnu «\u00a0signedBy\u00a0» — /);
    // A text value is shown as JSON writes it between its quotes: an invisible character stays visible.
    expect(written({ ...checklist(), version: 'v1\t' }, 'en')[0]).toContain('"v1\\t"');
    expect(written({ ...checklist(), version: 'v1\t' }, 'fr')[0]).toContain('«\u00a0v1\\t\u00a0»');
    // What a union is, said in the message's language rather than the schema's English.
    expect(written({ ...checklist(), title: 7 }, 'en')[0]).toContain(' — User-facing text: a map from language tag to text');
    expect(written({ ...checklist(), title: 7 }, 'fr')[0]).toContain(
      ' — Texte présenté aux utilisateurs\u00a0: une table des textes par langue',
    );
  });

  it('names an unknown field, suggests the intended one and lists the allowed ones', () => {
    expect(findings(Checklist, { ...checklist(), titl: 'x' })).toEqual([
      [
        '/titl',
        'schema-unknown-field',
        'unknown field "titl" — remove it or check its spelling (did you mean "title"?); allowed here: kind, formatVersion, id, version, languages, title, description, catalogues, pillars, assistanceCategories, builtinLabels, scoring, history, sections',
      ],
    ]);
  });

  it('reports a missing required field', () => {
    const data = checklist();
    delete data.id;
    expect(findings(Checklist, data)).toEqual([['/id', 'schema-missing-field', 'missing required field "id" (a string)']]);
  });

  it('says which type was expected and which was given', () => {
    expect(findings(Checklist, checklist({}, { weight: '2' }))).toEqual([
      [`${QP}/weight`, 'schema-wrong-type', 'expected a number, got a string ("2") — write it without quotes'],
    ]);
    expect(findings(Checklist, checklist({ version: 1 }))).toEqual([
      ['/version', 'schema-wrong-type', 'expected a string, got a number (1) — put it in quotes'],
    ]);
    expect(findings(Checklist, [])).toEqual([['', 'schema-wrong-type', 'expected an object, got a list']]);
  });

  it('lists the allowed values and suggests the closest', () => {
    expect(findings(Checklist, checklist({}, { type: 'yesno' }))[0]?.[2]).toBe(
      'expected one of "yes-no", "tri-state", "single", "multiple", "number", "date", "text", got "yesno" — did you mean "yes-no"?',
    );
    expect(findings(Checklist, checklist({ formatVersion: 2 }))).toEqual([['/formatVersion', 'schema-invalid-value', 'expected 1, got 2']]);
  });

  it("uses the schema's own description of a format", () => {
    expect(findings(Checklist, checklist({ languages: ['EN'] }))).toEqual([
      ['/languages/0', 'schema-invalid-format', 'expected a BCP-47 language tag such as "en", "fr" or "pt-BR", got "EN"'],
    ]);
  });

  it('explains sizes', () => {
    expect(findings(Checklist, checklist({ sections: [] }))).toEqual([
      ['/sections', 'schema-too-small', 'must not be empty (at least one item)'],
    ]);
    expect(findings(Checklist, checklist({}, { text: '' }))).toEqual([[`${QP}/text`, 'schema-too-small', 'must not be empty']]);
    expect(findings(Checklist, checklist({}, { options: [{ code: 'yes', label: 'Y', score: 2 }] }))).toEqual([
      [`${QP}/options/0/score`, 'schema-too-big', 'must be at most 1, got 2'],
    ]);
  });

  it('picks the union branch the author meant', () => {
    expect(findings(Checklist, checklist({}, { when: { question: 'q0', equal: 'yes' } }))).toEqual([
      [`${QP}/when/equals`, 'schema-missing-field', 'missing required field "equals"'],
      [
        `${QP}/when/equal`,
        'schema-unknown-field',
        'unknown field "equal" — remove it or check its spelling (did you mean "equals"?); allowed here: question, equals',
      ],
    ]);
    expect(findings(Checklist, checklist({}, { when: { not: { answered: 5 } } }))).toEqual([
      [`${QP}/when/not/answered`, 'schema-wrong-type', 'expected a string, got a number (5) — put it in quotes'],
    ]);
  });

  it('lists the alternatives of a union when none fits', () => {
    const [finding] = findings(Checklist, checklist({}, { text: 5 }));
    expect(finding?.[0]).toBe(`${QP}/text`);
    expect(finding?.[2]).toMatch(/^expected a string or an object, got a number \(5\) — User-facing text/);
  });

  it('explains an invalid key of a record', () => {
    expect(findings(Checklist, checklist({}, { text: { english: 'x' } }))).toEqual([
      [
        `${QP}/text/english`,
        'schema-invalid-key',
        'invalid key "english": expected a BCP-47 language tag such as "en", "fr" or "pt-BR", got "english"',
      ],
    ]);
  });

  it('names the allowed values of a discriminator and finds fields inside the chosen branch', () => {
    const answers = (party: unknown) => ({
      kind: 'answers',
      formatVersion: 1,
      checklist: { id: 'c', version: '1.0.0' },
      respondent: { party },
      answers: {},
    });
    expect(findings(AnswersDocument, answers({ type: 'country', code: 'FRA', name: 'France' }))).toEqual([
      ['/respondent/party/type', 'schema-invalid-value', 'expected "state" or "organization", got "country"'],
    ]);
    expect(findings(AnswersDocument, answers({ type: 'state', code: 'FRA', nam: 'France' }))).toContainEqual([
      '/respondent/party/nam',
      'schema-unknown-field',
      'unknown field "nam" — remove it or check its spelling (did you mean "name"?); allowed here: type, code, name',
    ]);
  });

  it('accepts bare issues and a base pointer', () => {
    const schema = z.strictObject({ n: z.number() });
    const result = schema.safeParse({ n: 'x' });
    if (result.success) throw new Error('expected a failure');
    expect(zodFindings(result.error.issues, { n: 'x' }).map((f) => ({ ...f, message: english(f.message) }))).toEqual([
      { code: 'schema-wrong-type', severity: 'error', message: 'expected a number, got a string ("x")', pointer: '/n' },
    ]);
    expect(zodFindings(result.error, { n: 'x' }, schema, '/doc')[0]?.pointer).toBe('/doc/n');
  });
});

describe('suggest', () => {
  it('finds likely typos only', () => {
    expect(suggest('titel', ['title', 'description'])).toBe('title');
    expect(suggest('Title', ['title'])).toBe('title');
    expect(suggest('xyz', ['title', 'description'])).toBeUndefined();
  });
});
