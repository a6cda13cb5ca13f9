import { beforeAll, describe, expect, it } from 'vitest';
import type { Checklist } from '../../../src/domain/schemas/checklist.js';
import { applyEvent } from '../../../src/domain/walk/events.js';
import type { WalkEvent, WalkState } from '../../../src/domain/walk/state.js';
import { nextStep, startWalk, type QuestionStep, type Step } from '../../../src/domain/walk/step.js';
import { loadFixtureChecklist } from '../../support/walk-fixture.js';

let checklist: Checklist;
beforeAll(async () => {
  ({ checklist } = await loadFixtureChecklist());
});

function run(state: WalkState, events: WalkEvent[]): WalkState {
  return events.reduce(applyEvent, state);
}
const answer = (value: string | number | string[], extra = {}): WalkEvent => ({ type: 'answer', answer: { value, ...extra } });
function at(step: Step): string {
  return step.kind === 'question' ? step.question.id : step.kind;
}
function question(step: Step): QuestionStep {
  if (step.kind !== 'question') throw new Error(`expected a question, got ${step.kind}`);
  return step;
}

describe('the walk', () => {
  it('starts at the first question, with its section, number and progress', () => {
    const step = question(nextStep(startWalk(checklist)));
    expect(step.question.id).toBe('party');
    expect(step).toMatchObject({
      sectionNumber: 1,
      sectionCount: 2,
      number: 1,
      total: 8,
      optional: false,
      canGoBack: false,
      skipped: false,
    });
    // party, offence, forms, foreign, remarks are visible before any answer.
    expect(step.progress).toEqual({ answered: 0, applicable: 5 });
  });

  it('shows a condition\'s questions at once: "party" reveals the date, "not a party" the optional stage', () => {
    const asParty = run(startWalk(checklist), [answer('party')]);
    expect(at(nextStep(asParty))).toBe('deposit');
    expect(question(nextStep(asParty)).progress).toEqual({ answered: 1, applicable: 6 });

    const notParty = run(startWalk(checklist), [answer('not-party')]);
    const step = question(nextStep(notParty));
    expect(step.question.id).toBe('stage');
    expect(step.optional).toBe(true);
  });

  it('re-evaluates conditions when an earlier answer changes on the way back', () => {
    const state = run(startWalk(checklist), [answer('not-party'), { type: 'back' }, answer('party')]);
    expect(at(nextStep(state))).toBe('deposit');
    // The stage question is hidden now: going on from the date leads to the next section.
    expect(at(nextStep(run(state, [answer('2004-05-01')])))).toBe('offence');
  });

  it('takes the scored number only when the offence exists', () => {
    const base = run(startWalk(checklist), [{ type: 'jump', section: 'crim' }]);
    expect(at(nextStep(run(base, [answer('no')])))).toBe('forms');
    expect(at(nextStep(run(base, [answer('partly')])))).toBe('convictions');
  });

  it('goes back to the previous visible question, and not before the first', () => {
    const state = run(startWalk(checklist), [answer('party'), answer('2004-05-01')]);
    expect(at(nextStep(run(state, [{ type: 'back' }])))).toBe('deposit');
    expect(at(nextStep(run(state, [{ type: 'back' }, { type: 'back' }])))).toBe('party');
    const first = run(startWalk(checklist), [{ type: 'back' }]);
    expect(at(nextStep(first))).toBe('party');
    expect(question(nextStep(first)).canGoBack).toBe(false);
  });

  it('shows the answer given so far when coming back to a question', () => {
    const state = run(startWalk(checklist), [answer('party', { notes: 'since 2004' }), { type: 'back' }]);
    expect(question(nextStep(state)).current).toEqual({ value: 'party', notes: 'since 2004' });
  });

  it('jumps to the first question of a section', () => {
    const state = run(startWalk(checklist), [{ type: 'jump', section: 'crim' }]);
    expect(question(nextStep(state))).toMatchObject({ question: { id: 'offence' }, sectionNumber: 2, number: 4, label: '2.1' });
    // A section with nothing visible, or unknown, is not a place to go.
    expect(run(state, [{ type: 'jump', section: 'nowhere' }])).toBe(state);
  });

  it('jumps to the first unanswered question of a section, or its first question when all are answered', () => {
    const partly = run(startWalk(checklist), [
      { type: 'jump', section: 'crim' },
      answer('yes'),
      answer(12),
      { type: 'jump', section: 'status' },
      { type: 'jump', section: 'crim' },
    ]);
    expect(question(nextStep(partly))).toMatchObject({ question: { id: 'forms' }, label: '2.3' });
    const done = run(partly, [answer(['sexual']), answer('yes'), answer('none'), { type: 'jump', section: 'crim' }]);
    expect(question(nextStep(done)).question.id).toBe('offence');
  });

  it('goes to the review from any question, and back into the walk from there', () => {
    const state = run(startWalk(checklist), [{ type: 'review' }]);
    expect(nextStep(state).kind).toBe('review');
    expect(at(nextStep(run(state, [{ type: 'back' }])))).toBe('remarks');
  });

  it('puts a skipped question aside, lists it at the review and comes back to it', () => {
    const state = run(startWalk(checklist), [
      { type: 'skip' },
      { type: 'jump', section: 'crim' },
      answer('no'),
      answer(['sexual']),
      answer('yes'),
      answer('none'),
    ]);
    expect(state.skipped).toEqual(['party']);
    const review = nextStep(state);
    if (review.kind !== 'review') throw new Error('expected the review');
    expect(review.remaining).toBe(1);
    expect(review.sections.map((s) => [s.section.id, s.answered, s.remaining, s.skipped])).toEqual([
      ['status', 0, 1, 1],
      ['crim', 4, 0, 0],
    ]);
    const back = run(state, [{ type: 'remaining' }]);
    expect(question(nextStep(back))).toMatchObject({ question: { id: 'party' }, skipped: true });
    // Answering it reveals the date, but the pass through what remains goes straight back to the review.
    expect(nextStep(run(back, [answer('party')])).kind).toBe('review');
  });

  it('ends the linear walk at the review screen, from which a section can be revisited', () => {
    const done = run(startWalk(checklist), [
      answer('party'),
      answer('2004-05-01'),
      answer('yes'),
      answer(3),
      answer(['labour']),
      answer('yes'),
      answer('none'),
    ]);
    const review = nextStep(done);
    expect(review.kind).toBe('review');
    if (review.kind === 'review') expect(review.completeness.complete).toBe(true);
    const revisit = run(done, [{ type: 'revisit', section: 'status' }]);
    expect(at(nextStep(revisit))).toBe('party');
    // Through the section only, then back to the review.
    expect(at(nextStep(run(revisit, [answer('party')])))).toBe('deposit');
    expect(nextStep(run(revisit, [answer('party'), answer('2004-05-02')])).kind).toBe('review');
  });

  it('finishes only from the review screen, incomplete if questions remain', () => {
    const early = run(startWalk(checklist), [{ type: 'finish' }]);
    expect(at(nextStep(early))).toBe('party');
    const finished = run(startWalk(checklist), [{ type: 'review' }, { type: 'finish' }]);
    const step = nextStep(finished);
    expect(step.kind).toBe('finish');
    if (step.kind === 'finish') {
      expect(step.completeness.complete).toBe(false);
      expect(step.completeness.missingQuestions.map((m) => m.question)).toEqual(['party', 'offence', 'forms', 'foreign']);
    }
  });

  it('records a partial answer without moving', () => {
    const state = run(startWalk(checklist), [{ type: 'record', answer: { notes: 'ask the ministry' } }]);
    expect(at(nextStep(state))).toBe('party');
    expect(state.answers['party']).toEqual({ notes: 'ask the ministry' });
    expect(question(nextStep(state)).progress.answered).toBe(0);
  });

  it('offers a pending answer from a previous report until it is confirmed', () => {
    const state = startWalk(checklist, { pending: { party: { value: 'party', evidence: 'Act of 2004' } } });
    expect(question(nextStep(state)).pending).toEqual({ value: 'party', evidence: 'Act of 2004' });
    // Pending answers do not count, nor open conditions, until confirmed.
    expect(question(nextStep(state)).progress.answered).toBe(0);
    const confirmed = run(state, [answer('party')]);
    expect(confirmed.pending).toEqual({});
    expect(at(nextStep(confirmed))).toBe('deposit');
  });

  it("keeps the previous report's answer pending when a note alone is recorded, and the question skipped", () => {
    const state = startWalk(checklist, { pending: { party: { value: 'party' } } });
    const noted = run(state, [{ type: 'record', answer: { notes: 'to check' } }, { type: 'skip' }]);
    expect(noted.pending).toEqual({ party: { value: 'party' } });
    expect(noted.skipped).toEqual(['party']);
    expect(question(nextStep(run(noted, [{ type: 'back' }])))).toMatchObject({
      current: { notes: 'to check' },
      pending: { value: 'party' },
    });
  });

  it('starts at a saved position, or moves a position since hidden to the first question to answer', () => {
    expect(at(nextStep(startWalk(checklist, { answers: { party: { value: 'party' } }, position: 'deposit' })))).toBe('deposit');
    expect(at(nextStep(startWalk(checklist, { answers: { party: { value: 'party' } }, position: 'stage' })))).toBe('offence');
    expect(nextStep(startWalk(checklist, { position: null })).kind).toBe('review');
  });
});
