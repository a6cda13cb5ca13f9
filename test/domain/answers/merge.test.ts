import { english } from '../../support/english.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeAnswers } from '../../../src/domain/answers/merge.js';
import { writeText } from '../../../src/i18n/write-text.js';
import type { Answer, AnswersDocument } from '../../../src/domain/schemas/answers.js';
import { isEmptyValue } from '../../../src/domain/scoring/question-state.js';
import { scenarioArb } from '../../support/arbitraries.js';

const HASH = 'a'.repeat(64);

function doc(answers: Record<string, Answer>, extra: Partial<AnswersDocument> = {}): AnswersDocument {
  return { kind: 'answers', formatVersion: 1, checklist: { id: 'tip', version: '1.0.0', hash: HASH }, answers, ...extra };
}

/** [code, input, pointer, other input, other pointer] of each finding. */
const places = (inputs: AnswersDocument[]) =>
  mergeAnswers(inputs).findings.map((f) => [f.code, f.input, f.pointer, f.other?.input, f.other?.pointer]);

describe('mergeAnswers', () => {
  it('takes one party however its name is spelt, and one period however it is written', () => {
    const en = doc(
      { a: { value: 'yes' } },
      { respondent: { party: { type: 'state', code: 'SEN', name: 'Senegal' } }, period: '2024/2025' },
    );
    const fr = doc({ b: { value: 'no' } }, { respondent: { party: { type: 'state', code: 'SEN', name: 'Sénégal' } }, period: '2024-2025' });
    const { document, findings } = mergeAnswers([en, fr]);
    expect(findings).toEqual([]);
    expect(document.respondent?.party).toEqual({ type: 'state', code: 'SEN', name: 'Senegal' });
    expect(document.period).toBe('2024-2025');
    const mali = doc({}, { respondent: { party: { type: 'state', code: 'MLI', name: 'Senegal' } } });
    expect(places([en, mali]).map(([code]) => code)).toEqual(['merge-conflicting-respondent']);
  });

  it('joins files that answer different questions, with the respondent and period of whichever gives them', () => {
    const justice = doc(
      { a: { value: 'yes' }, b: { value: null } },
      { respondent: { party: { type: 'state', code: 'FRA', name: 'France' }, institution: '' } },
    );
    const interior = doc(
      { b: { value: 'partly', assistance: ['training'] }, c: { value: 'not-applicable', justification: 'No ports.' } },
      { period: '2025', language: 'fr' },
    );
    const { document, findings } = mergeAnswers([justice, interior]);
    expect(findings).toEqual([]);
    expect(document).toEqual({
      kind: 'answers',
      formatVersion: 1,
      checklist: { id: 'tip', version: '1.0.0', hash: HASH },
      language: 'fr',
      respondent: { party: { type: 'state', code: 'FRA', name: 'France' } },
      period: '2025',
      answers: {
        a: { value: 'yes' },
        b: { value: 'partly', assistance: ['training'] },
        c: { value: 'not-applicable', justification: 'No ports.' },
      },
    });
  });

  it('accepts the same answer twice, whatever the order of choices or surrounding spaces', () => {
    const one = doc({ m: { value: ['housing', 'medical'], notes: 'Since 2020.', assistance: ['legal', 'training'] } });
    const two = doc({ m: { value: ['medical', 'housing'], notes: ' Since 2020.\n', assistance: ['training', 'legal'] } });
    const { document, findings } = mergeAnswers([one, two]);
    expect(findings).toEqual([]);
    expect(document.answers['m']).toEqual(one.answers['m']);
  });

  it('fills what one file leaves blank from another, field by field', () => {
    const { document, findings } = mergeAnswers([
      doc({ q: { value: 'yes' } }),
      doc({ q: { value: null, evidence: 'Law 12/2020', notes: '' } }),
    ]);
    expect(findings).toEqual([]);
    expect(document.answers['q']).toEqual({ value: 'yes', evidence: 'Law 12/2020' });
  });

  it('reports every differing field of an answer, in the later file, naming the earlier', () => {
    const first = doc({ q: { value: 'yes', evidence: 'Law 1' }, r: { value: ['a'] } });
    const second = doc({ q: { value: 'no', evidence: 'Law 2' }, r: { value: ['a', 'b'] } });
    expect(places([first, second])).toEqual([
      ['merge-conflicting-answer', 1, '/answers/q/value', 0, '/answers/q/value'],
      ['merge-conflicting-answer', 1, '/answers/q/evidence', 0, '/answers/q/evidence'],
      ['merge-conflicting-answer', 1, '/answers/r/value', 0, '/answers/r/value'],
    ]);
    const [finding] = mergeAnswers([first, second]).findings;
    expect(finding?.severity).toBe('error');
    expect(english(finding?.message)).toBe(
      'conflicting answers to question "q": value is "no" here but "yes" in {other} — agree on one answer, then correct or empty the other',
    );
    // In French, the values are between guillemets, as the question is.
    expect(writeText(finding?.message ?? '', 'fr')).toContain('«\u00a0no\u00a0»');
    expect(writeText(finding?.message ?? '', 'fr')).toContain('«\u00a0yes\u00a0»');
    expect(writeText(finding?.message ?? '', 'fr')).not.toContain('"');
  });

  it('compares a third file with the first that gave a value', () => {
    const files = [doc({ q: { value: null } }), doc({ q: { value: 'yes' } }), doc({ q: { value: 'no' } })];
    expect(places(files)).toEqual([['merge-conflicting-answer', 2, '/answers/q/value', 1, '/answers/q/value']]);
  });

  it('reports justifications, option texts and assistance that differ', () => {
    const first = doc({
      n: { value: 'not-applicable', justification: 'A' },
      o: { value: ['other'], optionText: { other: 'x' } },
      s: { value: 'no', assistance: ['legal'] },
    });
    const second = doc({
      n: { value: 'not-applicable', justification: 'B' },
      o: { value: ['other'], optionText: { other: 'y' } },
      s: { value: 'no', assistance: ['training'] },
    });
    expect(places([first, second]).map((p) => p[2])).toEqual([
      '/answers/n/justification',
      '/answers/o/optionText',
      '/answers/s/assistance',
    ]);
  });

  it('refuses files of different checklists, or of different contents of one checklist', () => {
    const other = doc({}, { checklist: { id: 'tip', version: '2.0.0' } });
    expect(places([doc({}), other])).toEqual([['merge-checklist-mismatch', 1, '/checklist', 0, '/checklist']]);
    const edited = doc({}, { checklist: { id: 'tip', version: '1.0.0', hash: 'b'.repeat(64) } });
    expect(places([doc({}), edited])).toEqual([['merge-checklist-mismatch', 1, '/checklist/hash', 0, '/checklist/hash']]);
    const unhashed = doc({}, { checklist: { id: 'tip', version: '1.0.0' } });
    expect(mergeAnswers([unhashed, doc({})])).toMatchObject({ findings: [], document: { checklist: { hash: HASH } } });
  });

  it('refuses different respondents or periods, and warns about different languages', () => {
    const france = doc(
      {},
      { respondent: { party: { type: 'state', code: 'FRA', name: 'France' }, institution: 'Justice' }, period: '2025', language: 'fr' },
    );
    const belgium = doc(
      {},
      { respondent: { party: { type: 'state', code: 'BEL', name: 'Belgium' }, institution: 'Interior' }, period: '2024', language: 'en' },
    );
    expect(mergeAnswers([france, belgium]).findings.map((f) => [f.code, f.severity, f.pointer])).toEqual([
      ['merge-conflicting-respondent', 'error', '/respondent/party'],
      ['merge-conflicting-respondent', 'error', '/respondent/institution'],
      ['merge-conflicting-period', 'error', '/period'],
      ['merge-different-language', 'warning', '/language'],
    ]);
  });

  it('warns that answers still to confirm in a draft are not merged', () => {
    const draft = doc({}, { draft: { position: null, savedAt: '2026-01-01T00:00:00Z', pending: { q: { value: 'yes' } } } });
    const { document, findings } = mergeAnswers([draft]);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['merge-draft-pending', 'warning']]);
    expect(document.answers).toEqual({});
    expect(document.draft).toBeUndefined();
  });

  it('merging a file with itself, or with an empty copy, changes nothing', () => {
    fc.assert(
      fc.property(scenarioArb, ({ checklist, answers }) => {
        const reference = { id: checklist.id, version: checklist.version };
        const one = doc(answers, { checklist: reference });
        const blank = doc(Object.fromEntries(Object.keys(answers).map((id) => [id, { value: null }])), { checklist: reference });
        for (const inputs of [
          [one, one],
          [blank, one],
          [one, blank],
        ]) {
          const { document, findings } = mergeAnswers(inputs);
          expect(findings).toEqual([]);
          // An empty list of choices is no answer, like null, which the merged file writes.
          for (const [id, answer] of Object.entries(answers)) {
            expect(document.answers[id]).toEqual({ ...answer, value: isEmptyValue(answer.value) ? null : answer.value });
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
