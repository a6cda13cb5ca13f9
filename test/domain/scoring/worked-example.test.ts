import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildReport } from '../../../src/domain/report/build-report.js';
import { AnswersDocument } from '../../../src/domain/schemas/answers.js';
import { Checklist } from '../../../src/domain/schemas/checklist.js';
import { answerScore, bestScore } from '../../../src/domain/scoring/question-score.js';
import { questionStates } from '../../../src/domain/scoring/question-state.js';
import { round4, scoreAnswers, type ScoredQuestion } from '../../../src/domain/scoring/score.js';

/** Every figure of the worked example in docs/scoring.md, to the last digit. */

const load = (path: string): unknown => parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));
const checklist = Checklist.parse(load('checklists/scoring-worked-example.yaml'));
const answers = AnswersDocument.parse(load('answers/scoring-worked-example.answers.yaml'));

function report(model: 'weighted' | 'flat-unweighted' = 'weighted') {
  return buildReport({
    checklist: { ...checklist, scoring: { ...checklist.scoring, model } },
    checklistHash: '0'.repeat(64),
    answers,
    tool: { name: 'selfassess', version: '0.1.0' },
    created: '2026-01-15T10:00:00Z',
    language: 'en',
  });
}

const counts = (answered: number, dontKnow: number, notApplicable: number, hidden: number, unanswered: number, total: number) => ({
  answered,
  dontKnow,
  notApplicable,
  hidden,
  unanswered,
  total,
});

describe('worked example of docs/scoring.md', () => {
  it('step 1: states', () => {
    expect(Object.fromEntries(questionStates(checklist, answers.answers).map((s) => [s.question.id, s.state]))).toEqual({
      'crim.offence': 'answered',
      'crim.attempt': 'answered',
      'crim.organizing': 'dont-know',
      'crim.convictions': 'unanswered',
      'prot.recovery': 'answered',
      'prot.child-shelters': 'answered',
      'prot.residence': 'not-applicable',
      'prot.recovery-plan': 'hidden',
      'prot.focal-point': 'answered',
      'prot.awareness': 'unanswered',
    });
  });

  it('step 1: the multiple-choice score, and what max and mean would give', () => {
    const recovery = checklist.sections[1]?.questions[0];
    if (!recovery) throw new Error('fixture changed');
    expect(answerScore(recovery, ['housing', 'medical'])).toBeCloseTo(0.7, 12);
    expect(answerScore({ ...recovery, aggregate: 'max' }, ['housing', 'medical'])).toBe(0.4);
    expect(answerScore({ ...recovery, aggregate: 'mean' }, ['housing', 'medical'])).toBeCloseTo(0.35, 12);
  });

  it('steps 1-3: the weights and weighted scores summed', () => {
    const { questions } = scoreAnswers(checklist, answers.answers);
    const counted = questions.filter((q) => q.score !== null);
    expect(counted.map((q) => [q.question.id, q.score === null ? null : round4(q.score), q.weight])).toEqual([
      ['crim.offence', 1, 2],
      ['crim.attempt', 0.5, 1],
      ['crim.organizing', 0, 1],
      ['prot.recovery', 0.7, 1],
      ['prot.child-shelters', 0, 1],
      ['prot.awareness', 0, 1],
    ]);
    const sums = (qs: ScoredQuestion[]) => [
      qs.reduce((n, q) => n + q.weight, 0),
      round4(qs.reduce((n, q) => n + q.weight * (q.score ?? 0), 0)),
    ];
    expect(sums(counted.filter((q) => q.sectionId === 'crim'))).toEqual([4, 2.5]);
    expect(sums(counted.filter((q) => q.sectionId === 'prot'))).toEqual([3, 0.7]);
    expect(sums(counted)).toEqual([7, 3.2]);
    // The mean of the section scores is not the overall score.
    expect(round4((2.5 / 4 + 0.7 / 3) / 2)).toBe(0.4292);
  });

  it('steps 2-3: section and overall scores and bands', () => {
    const { scores } = report();
    expect(scores.sections.map((s) => [s.id, s.score, s.band])).toEqual([
      ['crim', 0.625, 'established'],
      ['prot', 0.2333, 'initial'],
    ]);
    expect([scores.overall.score, scores.overall.band]).toEqual([0.4571, 'developing']);
  });

  it('step 4: pillar scores', () => {
    expect(report().scores.pillars.map((p) => [p.id, p.score])).toEqual([
      ['prosecution', 0.625],
      ['protection', 0.35],
      ['prevention', 0],
      ['partnership', null],
    ]);
  });

  it('step 5: state counts', () => {
    const { scores } = report();
    expect(scores.sections.map((s) => s.counts)).toEqual([counts(2, 1, 0, 0, 1, 4), counts(3, 0, 1, 1, 1, 6)]);
    expect(scores.overall.counts).toEqual(counts(5, 1, 1, 1, 2, 10));
    expect(scores.pillars.map((p) => p.counts)).toEqual([
      counts(2, 1, 0, 0, 1, 4),
      counts(2, 0, 1, 1, 0, 4),
      counts(1, 0, 0, 0, 1, 2),
      counts(1, 0, 0, 0, 0, 1),
    ]);
  });

  it('step 6: completeness', () => {
    const built = report();
    expect(built.completeness).toEqual({
      complete: false,
      missing: 1,
      missingQuestions: [{ question: 'prot.awareness', section: 'prot' }],
    });
    expect(built.dates).toEqual({ created: '2026-01-15T10:00:00Z' });
  });

  it('step 7: best scores and the overall score with each best answer', () => {
    const recovery = checklist.sections[1]?.questions[0];
    if (!recovery) throw new Error('fixture changed');
    expect(round4(0.4 + 0.3 + 0.3 + 0.2)).toBe(1.2);
    expect(bestScore(recovery)).toBe(1);
    const withBest = (id: string, value: string | string[]) =>
      round4(scoreAnswers(checklist, { ...answers.answers, [id]: { value } }).overall.score ?? NaN);
    expect(withBest('prot.child-shelters', 'yes')).toBe(0.6);
    expect(withBest('crim.attempt', 'yes')).toBe(0.5286);
    expect(withBest('prot.recovery', ['housing', 'counselling', 'medical', 'other'])).toBe(0.5);
  });

  it('step 7: gaps', () => {
    expect(report().gaps.map((g) => [g.question, g.current, g.best, g.gap])).toEqual([
      ['prot.child-shelters', 0, 1, 0.1429],
      ['crim.attempt', 0.5, 1, 0.0714],
      ['prot.recovery', 0.7, 1, 0.0429],
    ]);
  });

  it('step 8: assistance needs', () => {
    expect(report().assistance).toEqual([
      { category: 'legislative', questions: ['crim.attempt', 'prot.child-shelters'] },
      { category: 'training', questions: ['prot.child-shelters'] },
    ]);
  });

  it('step 9: the flat-unweighted model', () => {
    const { scores, gaps, scoring } = report('flat-unweighted');
    expect(scoring.model).toBe('flat-unweighted');
    expect(scores.sections.map((s) => [s.id, s.score, s.band])).toEqual([
      ['crim', 0.5, 'established'],
      ['prot', 0.2333, 'initial'],
    ]);
    expect([scores.overall.score, scores.overall.band]).toEqual([0.3667, 'developing']);
    expect(scores.pillars.map((p) => p.score)).toEqual([0.5, 0.35, 0, null]);
    expect(gaps.map((g) => [g.question, g.gap])).toEqual([
      ['prot.child-shelters', 0.1667],
      ['crim.attempt', 0.0833],
      ['prot.recovery', 0.05],
    ]);
  });

  it('step 10: the unknowns, with what each would add; no core obligation, no cap', () => {
    const { unknowns, core, scores } = report();
    expect(unknowns?.map((u) => [u.question, u.state, u.best, u.gain])).toEqual([
      ['crim.organizing', 'dont-know', 1, 0.1429],
      ['prot.awareness', 'unanswered', 1, 0.1429],
    ]);
    expect(core).toBeUndefined();
    expect(scores.overall.cap).toBeUndefined();
  });
});
