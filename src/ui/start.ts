import type { AnswersDocument } from '../domain/schemas/answers.js';
import type { Checklist } from '../domain/schemas/checklist.js';
import type { Report } from '../domain/schemas/report.js';
import type { WalkState } from '../domain/walk/state.js';
import type { Translate } from '../i18n/translate.js';
import type { RespondentAnswers } from './ask-setup.js';
import type { MessageKey } from './messages.js';
import type { Prompter } from './prompter.js';

export interface StartIo {
  /** Every readable draft, most recent first. */
  drafts(): Promise<Array<{ file: string; draft: AnswersDocument }>>;
  /** A draft named on the command line; stops the command with a clear message if it cannot be read. */
  draft(file: string): Promise<AnswersDocument>;
  /**
   * A checklist by file or bundled id; stops the command with a clear message
   * if there is none (naming the draft when it is a draft's checklist).
   */
  checklist(ref: string, forDraft?: string): Promise<FoundChecklist>;
  /**
   * What the first prompts need of a bundled checklist, known without reading it; undefined when
   * it must be read first (not a bundled id, a file changed since the build, a signature to check).
   */
  facts(ref: string): Promise<ChecklistFacts | undefined>;
  /** A previous report; stops the command with a clear message if it cannot be read. */
  report(file: string): Promise<Report>;
  /** Stops the command: --resume was asked for, and there is no draft. */
  noDrafts(): never;
  /**
   * Stops the command: the bundled checklist read after the first prompt is
   * not the one its build-time facts describe (selfassess was updated or
   * rebuilt meanwhile); nothing may be saved under facts that were wrong.
   */
  checklistChanged(facts: ChecklistFacts): never;
  /** Deletes a draft the official chose to discard (and confirmed). */
  discard(file: string): Promise<void>;
}

/** Which checklist it is and its languages: all that is asked before its walk begins. */
export type ChecklistFacts = Pick<Checklist, 'id' | 'version' | 'languages'>;

interface FoundChecklist {
  checklist: Checklist;
  hash: string;
  /** The checklist's file when it is not a bundled one: a resume command must name it. */
  file?: string | undefined;
}

export interface StartRequest {
  checklist?: string | undefined;
  resume?: string | boolean | undefined;
  from?: string | undefined;
  /** The language of the prompts before the assessment's language is known. */
  locale: string;
  /** Told the language the official is addressed in, as soon as it changes (the draft picker's). */
  spoken?(language: string): void;
}

/** The checklist, its hash and where its walk starts. */
export interface Opened {
  checklist: Checklist;
  hash: string;
  state: WalkState;
}

export interface Start {
  /** The checklist as far as the prompts before its walk need it. */
  checklist: ChecklistFacts;
  /**
   * The checklist itself: already read when a draft or a report was, read on the first call
   * otherwise, so that a new assessment's first prompt is drawn before it (the same promise for every call).
   */
  opened: () => Promise<Opened>;
  /** The checklist's file when it is not a bundled one. */
  checklistFile?: string | undefined;
  /** The draft being resumed, saved to again. */
  draftFile?: string | undefined;
  respondent: RespondentAnswers;
  askRespondent: boolean;
  language?: string | undefined;
  /** The language to propose when it is asked (the previous report's). */
  suggestedLanguage?: string | undefined;
  notices?: (t: Translate<MessageKey>) => string[];
}

export const DEFAULT_CHECKLIST = 'tip-protocol';

/**
 * Where the assessment starts: a draft to resume (named, or chosen from a
 * list — never resumed without asking), a previous report to start a new
 * cycle from, or nothing. Undefined when the official quits at the draft list.
 */
export async function chooseStart(
  request: StartRequest,
  io: StartIo,
  prompter: Prompter,
  t: Translate<MessageKey>,
): Promise<Start | undefined> {
  // Something saved to start from: its reader and the draft picker are loaded only then.
  if (typeof request.resume === 'string') {
    const { resumeFrom } = await import('./start-saved.js');
    return resumeFrom(request.resume, await io.draft(request.resume), request.checklist, io);
  }
  if (request.from !== undefined) return (await import('./start-saved.js')).fromReport(request.from, request.checklist, io);

  // "--resume" alone lists the drafts of every checklist, unless one is named.
  const wanted = request.checklist ?? (request.resume ? undefined : DEFAULT_CHECKLIST);
  const resolved = wanted === undefined ? undefined : await locate(wanted, io);
  const all = await io.drafts();
  const drafts = resolved ? all.filter((d) => d.draft.checklist.id === resolved.facts.id) : all;
  if (drafts.length === 0 && request.resume === true) return io.noDrafts();
  if (drafts.length > 0) {
    const { pickDraft } = await import('./start-saved.js');
    // The list says how far each draft got: that needs the checklist itself.
    const listed = resolved ? (await resolved.found()).checklist : undefined;
    const picked = await pickDraft(request, drafts, listed, io, prompter, t);
    if (picked.kind === 'quit') return undefined;
    if (picked.kind === 'resume') return picked.start;
  }
  return startFresh(resolved ?? (await locate(DEFAULT_CHECKLIST, io)));
}

/** A checklist named for a new assessment: its facts now, the checklist itself when first asked for. */
interface Located {
  facts: ChecklistFacts;
  file?: string | undefined;
  found: () => Promise<FoundChecklist>;
}

async function locate(ref: string, io: StartIo): Promise<Located> {
  const facts = await io.facts(ref);
  if (facts === undefined) {
    const found = await io.checklist(ref);
    return { facts: found.checklist, file: found.file, found: async () => found };
  }
  return {
    facts,
    found: once(() => io.checklist(ref).then((found) => (sameChecklist(facts, found) ? found : io.checklistChanged(facts)))),
  };
}

/** The build's facts hold while the file is unchanged; were they ever wrong, nothing would be saved under them. */
function sameChecklist(facts: ChecklistFacts, found: FoundChecklist): boolean {
  const { id, version, languages } = found.checklist;
  return id === facts.id && version === facts.version && languages.join() === facts.languages.join() && found.file === undefined;
}

/** The first call's promise, for every call. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

function startFresh(located: Located): Start {
  return {
    checklist: located.facts,
    opened: once(async () => {
      const [{ checklist, hash }, { startWalk }] = await Promise.all([located.found(), import('../domain/walk/step.js')]);
      return { checklist, hash, state: startWalk(checklist) };
    }),
    checklistFile: located.file,
    respondent: { respondent: {} },
    askRespondent: true,
  };
}
