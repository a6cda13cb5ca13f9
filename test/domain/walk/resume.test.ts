import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswersDocument } from '../../../src/domain/schemas/answers.js';
import type { Checklist } from '../../../src/domain/schemas/checklist.js';
import { draftDocument } from '../../../src/domain/walk/draft.js';
import { applyEvent } from '../../../src/domain/walk/events.js';
import { carryOver, prefillFromAnswers } from '../../../src/domain/walk/resume.js';
import type { WalkEvent } from '../../../src/domain/walk/state.js';
import { nextStep, startWalk } from '../../../src/domain/walk/step.js';
import { loadFixtureChecklist } from '../../support/walk-fixture.js';
import { toolWords } from '../../../src/i18n/tool-words.js';

const WORDS = toolWords();

let checklist: Checklist;
let hash: string;
beforeAll(async () => {
  ({ checklist, hash } = await loadFixtureChecklist());
});

const meta = () => ({ checklist: { id: checklist.id, version: checklist.version, hash }, language: 'fr', respondent: {}, period: '2025' });

describe('drafts', () => {
  it('is a valid answers document with the position, skipped questions and question ids', () => {
    const events: WalkEvent[] = [{ type: 'skip' }, { type: 'jump', section: 'crim' }, { type: 'answer', answer: { value: 'no' } }];
    const state = events.reduce(applyEvent, startWalk(checklist));
    const draft = draftDocument(state, meta(), '2026-03-01T09:30:00.000Z');
    expect(AnswersDocument.safeParse(draft).success).toBe(true);
    expect(draft.draft).toEqual({
      position: 'forms',
      skipped: ['party'],
      questions: ['party', 'deposit', 'stage', 'offence', 'convictions', 'forms', 'foreign', 'remarks'],
      savedAt: '2026-03-01T09:30:00.000Z',
    });
    const resumed = carryOver(draft, checklist, WORDS);
    expect(resumed.state.answers).toEqual(state.answers);
    expect(resumed.state.skipped).toEqual(['party']);
    expect(nextStep(resumed.state)).toMatchObject({ kind: 'question', question: { id: 'forms' } });
    expect(resumed).toMatchObject({ newQuestions: [], goneQuestions: [], droppedAnswers: [], changedAnswers: [] });
  });

  it('saves the review screen as a null position', () => {
    const draft = draftDocument(applyEvent(startWalk(checklist), { type: 'review' }), meta(), '2026-03-01T09:30:00Z');
    expect(draft.draft?.position).toBeNull();
    expect(nextStep(carryOver(draft, checklist, WORDS).state).kind).toBe('review');
  });
});

describe('resuming after the checklist changed', () => {
  it('carries answers over by id and says which questions are new and which are gone', () => {
    const draft: AnswersDocument = {
      kind: 'answers',
      formatVersion: 1,
      checklist: { id: 'branches', version: '0.9.0' },
      answers: {
        party: { value: 'party', notes: 'kept' },
        'old-question': { value: 'yes' },
        // "partial" is no longer an option of "forms": proposed again, its evidence kept.
        forms: { value: ['sexual', 'partial'], evidence: 'Penal Code' },
      },
      draft: {
        position: 'old-question',
        questions: ['party', 'deposit', 'old-question', 'offence', 'forms', 'foreign'],
        pending: { foreign: { value: 'yes' }, gone: { value: 'no' } },
        savedAt: '2026-01-01T00:00:00Z',
      },
    };
    const resumed = carryOver(draft, checklist, WORDS);
    expect(resumed.newQuestions).toEqual(['stage', 'convictions', 'remarks']);
    expect(resumed.goneQuestions).toEqual(['old-question']);
    expect(resumed.droppedAnswers).toEqual(['old-question']);
    expect(resumed.changedAnswers).toEqual(['forms']);
    expect(resumed.state.answers).toEqual({ party: { value: 'party', notes: 'kept' } });
    expect(resumed.state.pending).toEqual({ foreign: { value: 'yes' }, forms: { value: ['sexual', 'partial'], evidence: 'Penal Code' } });
    // The saved position is gone: the walk resumes at the first question still to answer.
    expect(nextStep(resumed.state)).toMatchObject({ kind: 'question', question: { id: 'offence' } });
  });
});

describe('a new cycle from a previous report', () => {
  it('proposes the previous answers as pending, and leaves out those of questions gone', () => {
    const { state, goneQuestions } = prefillFromAnswers({ party: { value: 'not-party' }, retired: { value: 'yes' } }, checklist);
    expect(goneQuestions).toEqual(['retired']);
    expect(state.answers).toEqual({});
    expect(nextStep(state)).toMatchObject({ kind: 'question', question: { id: 'party' }, pending: { value: 'not-party' } });
  });
});

describe('any sequence of events', () => {
  const event = fc.oneof(
    fc.constantFrom<WalkEvent>({ type: 'back' }, { type: 'skip' }, { type: 'review' }, { type: 'remaining' }, { type: 'finish' }),
    fc.constantFrom('status', 'crim', 'nowhere').map((section): WalkEvent => ({ type: 'jump', section })),
    fc.constantFrom('status', 'crim').map((section): WalkEvent => ({ type: 'revisit', section })),
    fc
      .constantFrom<Array<string | number | string[]>>(
        'party',
        'not-party',
        'yes',
        'partly',
        'no',
        'dont-know',
        3,
        ['sexual'],
        '2020-01-01',
      )
      .map((value): WalkEvent => ({ type: 'answer', answer: { value } })),
  );

  it('always leads to a visible question, the review or the end, and the draft round-trips', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const state = events.reduce(applyEvent, startWalk(checklist));
        const step = nextStep(state);
        if (step.kind === 'question') expect(step.progress.applicable).toBeGreaterThan(0);
        const draft = draftDocument(state, meta(), '2026-01-01T00:00:00Z');
        const resumed = carryOver(draft, checklist, WORDS).state;
        if (step.kind !== 'finish') expect(nextStep(resumed).kind).toBe(step.kind);
      }),
      { numRuns: 300 },
    );
  });
});

describe('answers carried over from an earlier checklist version', () => {
  const later = (): Checklist => ({
    ...checklist,
    version: '2.0.0',
    history: [{ version: checklist.version, meaningChanged: ['offence'] }],
  });

  it('a draft resumes on the new version with the answers to questions whose meaning changed set apart to confirm', () => {
    const state = startWalk(checklist, { answers: { party: { value: 'party' }, offence: { value: 'yes', evidence: 'Code pénal' } } });
    const draft = draftDocument(state, meta(), '2026-03-01T09:30:00Z');
    const resumed = carryOver(draft, later(), WORDS);
    expect(resumed.meaningChanged).toEqual(['offence']);
    expect(resumed.fromVersion).toBe(checklist.version);
    expect(resumed.state.answers['offence']).toBeUndefined();
    expect(resumed.state.pending['offence']).toEqual({ value: 'yes', evidence: 'Code pénal' });
    expect(resumed.state.answers['party']).toEqual({ value: 'party' });
  });

  it('a previous report pre-fills a new cycle and names the answers whose question changed in meaning', () => {
    const prefilled = prefillFromAnswers({ offence: { value: 'yes' }, party: { value: 'party' } }, later(), checklist.version);
    expect(prefilled.meaningChanged).toEqual(['offence']);
    expect(prefillFromAnswers({ offence: { value: 'yes' } }, later(), '2.0.0').meaningChanged).toEqual([]);
  });
});
