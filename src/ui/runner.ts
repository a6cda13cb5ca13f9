import { applyEvent } from '../domain/walk/events.js';
import type { WalkState } from '../domain/walk/state.js';
import { nextStep } from '../domain/walk/step.js';
import { sectionProgress, walkView } from '../domain/walk/view.js';
import { askQuestion } from './ask-question.js';
import { askReview } from './ask-review.js';
import type { AskContext } from './ask-value.js';
import { PromptInterrupted } from './prompter.js';
import type { Answer } from '../domain/schemas/answers.js';

export interface WalkResult {
  state: WalkState;
  /** 'finished': the official chose to finish at the review screen; 'quit': save and quit. */
  outcome: 'finished' | 'quit';
}

/**
 * Drives the walk through a prompter: asks what the state machine says to
 * ask, applies the event, and has the state saved after every change, so an
 * interruption at any prompt loses nothing. A PromptInterrupted from the
 * prompter goes through to the caller, whose last saved state is current.
 */
export async function runWalk(initial: WalkState, ui: AskContext, save: (state: WalkState) => Promise<void>): Promise<WalkResult> {
  let state = initial;
  const change = async (next: WalkState): Promise<void> => {
    state = next;
    await save(state);
  };
  for (;;) {
    const step = nextStep(state);
    if (step.kind === 'finish') return { state, outcome: 'finished' };
    if (step.kind === 'review') {
      const outcome = await askReview(step, ui);
      if (outcome.kind === 'quit') return { state, outcome: 'quit' };
      await change(applyEvent(state, outcome.event));
      continue;
    }
    const sections = sectionProgress(state.checklist, walkView(state.checklist, state.answers), state.skipped);
    // The answer as last saved at this question: it already holds every value confirmed so far.
    let saved: Answer | undefined;
    const record = (answer: Answer): Promise<void> => {
      saved = answer;
      return change(applyEvent(state, { type: 'record', answer }));
    };
    const outcome = await askQuestion(step, sections, ui, record).catch(async (error: unknown) => {
      // Ctrl-C after a value was chosen, or a note typed: keep it before leaving, without
      // replacing what the follow-ups saved since (evidence, a justification) with less.
      if (error instanceof PromptInterrupted && error.partial) {
        const notes = error.partial.notes;
        const kept = saved ? { ...saved, ...(notes !== undefined ? { notes } : {}) } : error.partial;
        await change(applyEvent(state, { type: 'record', answer: kept }));
      }
      throw error;
    });
    if (outcome.record) await change(applyEvent(state, { type: 'record', answer: outcome.record }));
    if (outcome.kind === 'quit') return { state, outcome: 'quit' };
    await change(applyEvent(state, outcome.event));
  }
}
