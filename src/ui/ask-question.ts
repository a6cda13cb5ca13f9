import { resolveOptions } from '../domain/checklist-model.js';
import type { Answer, AnswerValue } from '../domain/schemas/answers.js';
import type { Question } from '../domain/schemas/checklist.js';
import type { WalkEvent } from '../domain/walk/state.js';
import type { QuestionStep } from '../domain/walk/step.js';
import type { SectionProgress } from '../domain/walk/view.js';
import { askFollowUps, repeatOnInlineNav, type InlineNav } from './ask-followups.js';
import { askSection } from './ask-section.js';
import { askValue, type AskContext } from './ask-value.js';
import { questionHelp } from './help.js';
import { describeValue } from './labels.js';
import { PromptInterrupted, type NavCommand } from './prompter.js';

/**
 * What to do after a question: an event for the walk, or save and quit. Either
 * may carry a partial answer to store first (a value whose follow-ups were not
 * finished, a note), so that nothing typed is lost.
 */
export type QuestionOutcome = { kind: 'event'; event: WalkEvent; record?: Answer } | { kind: 'quit'; record?: Answer };

/**
 * What an earlier answer keeps while a new value is being completed: its
 * evidence and assistance (offered again as defaults), not what belonged to
 * the old value (a justification, an option's text).
 */
function carried(previous: Answer | undefined): Answer {
  const kept: Answer = {};
  if (previous?.evidence !== undefined) kept.evidence = previous.evidence;
  if (previous?.assistance !== undefined) kept.assistance = previous.assistance;
  return kept;
}

/** A value is complete on its own unless it needs a justification or an option's text. */
function standsAlone(question: Question, value: AnswerValue): boolean {
  if (value === 'not-applicable') return false;
  const codes = Array.isArray(value) ? value : [String(value)];
  return !resolveOptions(question).some((o) => o.withText && codes.includes(o.code));
}

/**
 * Asks one question through to a complete answer, dealing with help, notes
 * and navigation on the way. Interrupted (Ctrl-C, hang-up), it hands what was
 * typed so far (a value that stands alone, a note) to the caller with the error.
 */
export async function askQuestion(
  step: QuestionStep,
  sections: readonly SectionProgress[],
  ui: AskContext,
  save: (answer: Answer) => Promise<void> = async () => undefined,
): Promise<QuestionOutcome> {
  let typed: { value?: AnswerValue } = {};
  // `touched`: the note was edited here, so it is worth saving even without an answer.
  const state = { notes: step.current?.notes ?? step.pending?.notes, touched: false };
  // The answer as last saved here: a note confirmed later is saved onto it, before the next prompt.
  let last: Answer | undefined;
  const tracked = async (answer: Answer): Promise<void> => {
    last = answer;
    await save(answer);
  };
  const saveNote = async (notes: string | undefined): Promise<void> => {
    const { notes: _old, ...base } = last ?? step.current ?? {};
    const answer = notes ? { ...base, notes } : base;
    if (Object.keys(answer).length > 0) await tracked(answer);
  };
  try {
    return await ask(
      step,
      sections,
      ui,
      state,
      async (value) => {
        typed = standsAlone(step.question, value) ? { value } : {};
        // Saved before it is confirmed on screen: what the screen says was chosen survives a kill at the next prompt.
        if (typed.value !== undefined) await tracked({ ...carried(step.current), value, ...(state.notes ? { notes: state.notes } : {}) });
      },
      tracked,
      saveNote,
    );
  } catch (error) {
    if (error instanceof PromptInterrupted) {
      const partial: Answer = { ...step.current, ...typed, ...(state.notes ? { notes: state.notes } : {}) };
      const changed = typed.value !== undefined || state.touched;
      if (changed && Object.keys(partial).length > 0) error.partial = partial;
    }
    throw error;
  }
}

async function ask(
  step: QuestionStep,
  sections: readonly SectionProgress[],
  ui: AskContext,
  shared: { notes: string | undefined; touched: boolean },
  chose: (value: AnswerValue) => Promise<void>,
  save: (answer: Answer) => Promise<void>,
  saveNote: (notes: string | undefined) => Promise<void>,
): Promise<QuestionOutcome> {
  let notes = shared.notes;
  const inline: InlineNav = async (command) => {
    if (command === 'help') {
      ui.prompter.write(questionHelp(step, ui));
      return 'again';
    }
    // The note is put in the field to be edited, not only kept or erased.
    const asked = await ui.prompter.input({ message: ui.t('note.edit'), nav: ['back', 'quit'], default: notes, editable: true });
    if (asked.kind === 'nav') return asked.command === 'quit' ? 'quit' : 'again';
    notes = asked.value.trim() === '' ? undefined : asked.value.trim();
    shared.notes = notes;
    shared.touched = true;
    await saveNote(notes);
    return 'again';
  };

  /** Leaves the question by navigation, storing `kept` (or the note alone) first when there is something to store. */
  const leave = async (command: NavCommand, kept: Answer | undefined): Promise<QuestionOutcome | undefined> => {
    const base: Answer = { ...step.current, ...kept };
    const changed = kept !== undefined || shared.touched;
    const record = changed ? (notes ? { ...base, notes } : base) : undefined;
    const withRecord = record && Object.keys(record).length > 0 ? { record } : {};
    if (command === 'skip') ui.prompter.write(ui.t(step.optional ? 'skipped.optional' : 'skipped', { number: step.label }));
    if (command === 'back' || command === 'skip' || command === 'review') return { kind: 'event', event: { type: command }, ...withRecord };
    if (command === 'jump') {
      const section = await askSection(sections, ui);
      if (section.kind === 'stay') return undefined;
      if (section.kind === 'quit') return { kind: 'quit', ...withRecord };
      return { kind: 'event', event: { type: 'jump', section: section.id }, ...withRecord };
    }
    if (command === 'quit') return { kind: 'quit', ...withRecord };
    // Help and notes are dealt with where they are asked for: nothing to leave for.
    return undefined;
  };

  let chosen = step.current;
  for (;;) {
    const asked = await repeatOnInlineNav(inline, () => askValue({ ...step, current: chosen }, ui));
    if (asked.kind === 'nav') {
      if (asked.command === 'back' && !step.canGoBack) {
        ui.prompter.write(ui.t('notice.first-question'));
        continue;
      }
      const outcome = await leave(asked.command, undefined);
      if (outcome) return outcome;
      continue;
    }
    // An optional question left empty is put aside, like a skip.
    if (asked.value.value === null) return (await leave('skip', undefined)) ?? { kind: 'event', event: { type: 'skip' } };
    const { value, shown } = asked.value;
    await chose(value);
    // Said at once, so that the follow-up prompts read under the answer they complete; a date as it was typed.
    ui.prompter.write(
      ui.t('answered', { number: step.label, value: shown ?? describeValue(ui.checklist, step.question, value, ui.language, ui.t) }),
    );
    const progress = (answer: Answer): Promise<void> => save({ ...carried(step.current), ...answer, ...(notes ? { notes } : {}) });
    const followed = await askFollowUps(step.question, value, { ...step.pending, ...step.current }, ui, inline, progress);
    if (followed.kind === 'done') {
      return { kind: 'event', event: { type: 'answer', answer: notes ? { ...followed.answer, notes } : followed.answer } };
    }
    if (followed.command === 'back') {
      chosen = { ...step.current, value };
      continue;
    }
    const kept = standsAlone(step.question, value) ? { value } : undefined;
    const outcome = await leave(followed.command, kept);
    if (outcome) return outcome;
    chosen = { ...step.current, value };
  }
}
