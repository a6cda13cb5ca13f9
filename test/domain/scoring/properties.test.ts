import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../../src/domain/answers/check-answers.js';
import type { Answer } from '../../../src/domain/schemas/answers.js';
import type { Checklist } from '../../../src/domain/schemas/checklist.js';
import { findGaps } from '../../../src/domain/scoring/gaps.js';
import { questionScore } from '../../../src/domain/scoring/question-score.js';
import { scoreAnswers, type StateCounts } from '../../../src/domain/scoring/score.js';
import { scoreMap as scores } from '../../support/score-map.js';
import { allQuestions, answerArb, referencedIds, scenarioArb, valueArb } from '../../support/arbitraries.js';
import { toolWords } from '../../../src/i18n/tool-words.js';

const WORDS = toolWords();

const RUNS = { numRuns: 300 };

function addsUp(c: StateCounts): boolean {
  return c.answered + c.dontKnow + c.notApplicable + c.hidden + c.unanswered === c.total;
}

describe('scoring properties', () => {
  it('generates answers that checkAnswers accepts without errors', () => {
    fc.assert(
      fc.property(scenarioArb, ({ checklist, answers }) => {
        expect(checkAnswers(checklist, answers, WORDS).filter((f) => f.severity === 'error')).toEqual([]);
      }),
      RUNS,
    );
  });

  it('keeps every score in [0, 1] or null, and every gap in [0, 1]', () => {
    fc.assert(
      fc.property(scenarioArb, ({ checklist, answers }) => {
        const result = scoreAnswers(checklist, answers);
        for (const score of scores(result).values()) {
          if (score !== null) expect(score >= 0 && score <= 1).toBe(true);
        }
        for (const gap of findGaps(result)) expect(gap.gap >= 0 && gap.gap <= 1).toBe(true);
      }),
      RUNS,
    );
  });

  it('never depends on the order of the answers in the record', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) =>
          fc.tuple(fc.constant(s), fc.shuffledSubarray(Object.entries(s.answers), { minLength: Object.keys(s.answers).length })),
        ),
        ([{ checklist, answers }, shuffled]) => {
          const reordered: Record<string, Answer> = Object.fromEntries(shuffled);
          const a = scoreAnswers(checklist, answers);
          const b = scoreAnswers(checklist, reordered);
          expect(b).toEqual(a);
          expect(findGaps(b)).toEqual(findGaps(a));
        },
      ),
      RUNS,
    );
  });

  it('counts every question in exactly one state', () => {
    fc.assert(
      fc.property(scenarioArb, ({ checklist, answers }) => {
        const result = scoreAnswers(checklist, answers);
        const all = [result.overall.counts, ...result.sections.map((s) => s.counts), ...result.pillars.map((p) => p.counts)];
        for (const counts of all) expect(addsUp(counts)).toBe(true);
        expect(result.overall.counts.total).toBe(allQuestions(checklist).length);
        expect(result.sections.reduce((n, s) => n + s.counts.total, 0)).toBe(result.overall.counts.total);
      }),
      RUNS,
    );
  });

  it('treats a not-applicable answer as if the question were not in the checklist', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), ({ checklist, answers }, pick) => {
        const referenced = referencedIds(checklist);
        const candidates = allQuestions(checklist).filter((q) => q.allowNotApplicable && !referenced.has(q.id));
        const target = candidates[pick % Math.max(1, candidates.length)];
        if (!target) return;
        const withNa = { ...answers, [target.id]: { value: 'not-applicable', justification: 'Does not apply.' } };
        const { [target.id]: _removed, ...without } = answers;
        const removed: Checklist = {
          ...checklist,
          sections: checklist.sections.map((s) => ({ ...s, questions: s.questions.filter((q) => q.id !== target.id) })),
        };
        expect(scores(scoreAnswers(checklist, withNa))).toEqual(scores(scoreAnswers(removed, without)));
      }),
      RUNS,
    );
  });

  it('never lowers a score when the answer to a question no condition refers to improves', () => {
    const arb = scenarioArb.chain((s) => {
      const referenced = referencedIds(s.checklist);
      const free = allQuestions(s.checklist).filter((q) => !referenced.has(q.id));
      if (free.length === 0) return fc.constant(null);
      return fc
        .constantFrom(...free)
        .chain((question) =>
          fc.record({ scenario: fc.constant(s), question: fc.constant(question), before: answerArb(question), after: valueArb(question) }),
        );
    });
    fc.assert(
      fc.property(arb, (drawn) => {
        if (drawn === null) return;
        const { scenario, question, before, after } = drawn;
        if (before?.value === 'not-applicable') return;
        const beforeScore =
          questionScore(
            question,
            before?.value == null ? 'unanswered' : before.value === 'dont-know' ? 'dont-know' : 'answered',
            before?.value,
          ) ?? 0;
        const afterScore = questionScore(question, 'answered', after) ?? 0;
        // Improving means reaching at least the current score; swap the two when needed.
        const [low, high] = afterScore >= beforeScore ? [before, { value: after }] : [{ value: after }, before];
        const base = { ...scenario.answers };
        delete base[question.id];
        const lowAnswers = low ? { ...base, [question.id]: low } : base;
        const highAnswers = high ? { ...base, [question.id]: high } : base;
        const lower = scores(scoreAnswers(scenario.checklist, lowAnswers));
        const higher = scores(scoreAnswers(scenario.checklist, highAnswers));
        for (const [where, score] of lower) {
          const improved = higher.get(where);
          if (score === null) expect(improved).toBeNull();
          else expect(improved).toBeGreaterThanOrEqual(score);
        }
      }),
      RUNS,
    );
  });
});
