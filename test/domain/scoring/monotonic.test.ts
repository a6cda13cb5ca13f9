import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isScored } from '../../../src/domain/checklist-model.js';
import { lintChecklist } from '../../../src/domain/lint.js';
import type { Answer, AnswerValue } from '../../../src/domain/schemas/answers.js';
import type { Checklist, Question } from '../../../src/domain/schemas/checklist.js';
import { answerScore } from '../../../src/domain/scoring/question-score.js';
import { questionStates } from '../../../src/domain/scoring/question-state.js';
import { scoreAnswers } from '../../../src/domain/scoring/score.js';
import { scoreMap as scores } from '../../support/score-map.js';
import { allQuestions, answerArb, checklistArb, valueArb } from '../../support/arbitraries.js';
import { answersWhere, bestValue, bundledChecklist, worstValue } from '../../support/bundled-answers.js';
import { TOOL_LANGUAGES } from '../../../src/i18n/messages/index.js';

/**
 * The law of docs/scoring.md § 4: for any set of answers, raising one answer
 * (and answering what it reveals with its lowest option) never lowers the
 * overall, a section or a pillar score. It holds for every checklist that
 * passes lint, whose follow-up rules forbid the structures that would break it.
 */

/** A generated checklist made to pass the follow-up rules, as its author would after reading lint. */
function passingFollowUpRules(checklist: Checklist): Checklist {
  const copy = structuredClone(checklist);
  for (const finding of lintChecklist(copy, new Map(), TOOL_LANGUAGES)) {
    const match = /^\/sections\/(\d+)\/questions\/(\d+)\//.exec(finding.pointer);
    const question = match ? copy.sections[Number(match[1])]?.questions[Number(match[2])] : undefined;
    if (!question) continue;
    if (finding.code === 'hidden-excluded-rewards-worse') question.whenHidden = 'unmet';
    if (finding.code === 'hidden-shown-by-worse-answer') question.weight = 0;
  }
  return copy;
}

function currentScore(question: Question, answer: Answer | undefined): number {
  const value = answer?.value;
  if (value === null || value === undefined || value === 'dont-know' || (Array.isArray(value) && value.length === 0)) return 0;
  return answerScore(question, value);
}

/** The answers after raising `target` to `value`, what it reveals answered with its lowest option (or left unanswered if unscored). */
function raised(checklist: Checklist, answers: Record<string, Answer>, target: string, value: AnswerValue): Record<string, Answer> {
  const hiddenBefore = new Set(
    questionStates(checklist, answers)
      .filter((s) => s.state === 'hidden')
      .map((s) => s.question.id),
  );
  const out: Record<string, Answer> = { ...answers, [target]: { value } };
  const settled = new Set<string>();
  for (let round = 0; round < allQuestions(checklist).length + 1; round++) {
    let changed = false;
    for (const status of questionStates(checklist, out)) {
      const id = status.question.id;
      if (status.state === 'hidden' || !hiddenBefore.has(id) || settled.has(id)) continue;
      settled.add(id);
      changed = true;
      if (isScored(status.question)) out[id] = { value: worstValue(status.question) };
      else delete out[id];
    }
    if (!changed) break;
  }
  return out;
}

function expectNoScoreLowered(checklist: Checklist, before: Record<string, Answer>, after: Record<string, Answer>): void {
  const lower = scores(scoreAnswers(checklist, before));
  const higher = scores(scoreAnswers(checklist, after));
  for (const [where, score] of lower) {
    if (score === null) continue;
    const improved = higher.get(where);
    expect(improved, `${where} was assessed and must stay so`).not.toBeNull();
    expect((improved ?? 0) + 1e-12, `${where}: ${score} → ${improved}`).toBeGreaterThanOrEqual(score);
  }
}

/**
 * Answers mostly at their best: a worse answer can only outscore a better one
 * when the rest of the score is high, so uniform answers would rarely find it.
 */
function answersArb(checklist: Checklist): fc.Arbitrary<Record<string, Answer>> {
  const questions = allQuestions(checklist);
  return fc
    .tuple(
      ...questions.map((q) =>
        fc.oneof(
          { weight: 3, arbitrary: fc.constant<Answer | undefined>({ value: bestValue(q) }) },
          { weight: 1, arbitrary: answerArb(q) },
        ),
      ),
    )
    .map((answers) => {
      const record: Record<string, Answer> = {};
      answers.forEach((answer, i) => {
        const question = questions[i];
        if (answer && question) record[question.id] = answer;
      });
      return record;
    });
}

/** A visible scored question, and a value for it that scores more than its current answer. */
function raiseArb(checklist: Checklist, answers: Record<string, Answer>): fc.Arbitrary<{ target: string; value: AnswerValue } | null> {
  const candidates = questionStates(checklist, answers).filter(
    (s) => isScored(s.question) && s.state !== 'hidden' && s.state !== 'not-applicable',
  );
  if (candidates.length === 0) return fc.constant(null);
  return fc
    .constantFrom(...candidates)
    .chain((status) =>
      valueArb(status.question).map((value) =>
        answerScore(status.question, value) > currentScore(status.question, status.answer) ? { target: status.question.id, value } : null,
      ),
    );
}

describe('an improved answer never lowers a score (model 2)', () => {
  it('on generated checklists that pass lint', () => {
    const arb = checklistArb
      .map(passingFollowUpRules)
      .chain((checklist) =>
        answersArb(checklist).chain((answers) =>
          fc.record({ checklist: fc.constant(checklist), answers: fc.constant(answers), raise: raiseArb(checklist, answers) }),
        ),
      );
    fc.assert(
      fc.property(arb, ({ checklist, answers, raise }) => {
        if (raise === null) return;
        expectNoScoreLowered(checklist, answers, raised(checklist, answers, raise.target, raise.value));
      }),
      { numRuns: 400 },
    );
  });

  it.each(['checklists/tip-protocol.yaml', 'checklists/tip-wg-2009.yaml'])('on the bundled %s', async (file) => {
    const { checklist } = await bundledChecklist(file);
    const arb = answersArb(checklist).chain((answers) => fc.record({ answers: fc.constant(answers), raise: raiseArb(checklist, answers) }));
    fc.assert(
      fc.property(arb, ({ answers, raise }) => {
        if (raise === null) return;
        expectNoScoreLowered(checklist, answers, raised(checklist, answers, raise.target, raise.value));
      }),
      { numRuns: 120 },
    );
  });

  it('"no" to a gateway question never scores above "partly" with its unmet follow-ups at their worst (tip-wg-2009)', async () => {
    const { checklist } = await bundledChecklist('checklists/tip-wg-2009.yaml');
    const gateways = allQuestions(checklist).filter((q) =>
      allQuestions(checklist).some((f) => f.whenHidden === 'unmet' && JSON.stringify(f.when).includes(`"${q.id}"`)),
    );
    expect(gateways.length).toBeGreaterThan(0);
    const best = answersWhere(checklist, () => false);
    for (const gateway of gateways) {
      const no = { ...best, [gateway.id]: { value: 'no' } };
      const partly = raised(checklist, no, gateway.id, 'partly');
      expectNoScoreLowered(checklist, no, partly);
    }
  });
});
