import type { AnswersDocument, Party } from '../domain/schemas/answers.js';
import type { Catalogue } from '../domain/schemas/catalogue.js';
import type { DraftMeta } from '../domain/walk/draft.js';
import type { WalkState } from '../domain/walk/state.js';
import { translator, type Translate } from '../i18n/translate.js';
import { askLanguage, askRespondent, type RespondentAnswers } from './ask-setup.js';
import { MESSAGES, type MessageKey } from './messages.js';
import type { Prompter } from './prompter.js';
import type { ChecklistFacts, Opened } from './start.js';

export interface SessionInput {
  /** What the prompts before the walk need of the checklist. */
  checklist: ChecklistFacts;
  /**
   * The checklist, the SHA-256 of its canonical content (recorded in the draft) and where its
   * walk starts: asked for once the first prompt is drawn, so that reading it never delays that prompt.
   */
  opened: () => Promise<Opened>;
  /** Set when the language is already decided (--lang, or the draft's); otherwise asked. */
  language?: string | undefined;
  /** The default of the language prompt (from the locale). */
  preferredLanguage: string;
  respondent: RespondentAnswers;
  /** False when resuming a draft whose respondent is complete: no need to ask again. */
  askRespondent: boolean;
  /** Lines to show once the language is known, e.g. what changed in the checklist. */
  notices?: (t: Translate<MessageKey>) => string[];
  /**
   * The instrument catalogues, so that help can say each question's level of
   * obligation: read after the first prompt, so that it never delays it.
   */
  catalogues?: () => Promise<ReadonlyMap<string, Catalogue>>;
}

export interface SessionIo {
  saveDraft(document: AnswersDocument): Promise<void>;
  /** The parties to choose from, named in `language` (loaded only when asked for). */
  parties(language: string): Promise<(term: string) => Party[]>;
  now(): Date;
  /** The session's language, once known: what is said on leaving (interrupted or not) is said in it. */
  spoken?(language: string): void;
}

export type SessionResult =
  | { kind: 'finished'; answers: AnswersDocument; language: string; state: WalkState }
  /** "Save and quit"; `saved` is false when nothing had been typed yet. */
  | { kind: 'quit'; saved: boolean; language: string };

/**
 * An assessment from the language prompt to the end of the review: asks the
 * language and the respondent, then walks the checklist. The draft is saved
 * after every answer; the report is the caller's to write.
 */
export async function runSession(input: SessionInput, io: SessionIo, prompter: Prompter): Promise<SessionResult> {
  const { checklist } = input;
  const ready = afterFirstDraw(async () => {
    const [opened, { runWalk }, { answersDocument, draftDocument }] = await Promise.all([
      input.opened(),
      import('./runner.js'),
      import('../domain/walk/draft.js'),
    ]);
    return { ...opened, runWalk, answersDocument, draftDocument };
  });
  let t = translator(MESSAGES, input.language ?? input.preferredLanguage);
  // The key hints and commands under the first prompt speak its language, not the locale's.
  prompter.setLanguage(input.language ?? input.preferredLanguage);
  const language = input.language ?? (await askLanguage(prompter, t, checklist.languages, input.preferredLanguage));
  if (language === undefined) return { kind: 'quit', saved: false, language: input.preferredLanguage };
  prompter.setLanguage(language);
  io.spoken?.(language);
  t = translator(MESSAGES, language);
  for (const line of input.notices?.(t) ?? []) prompter.write(line);

  // Where the walk stands: its start until the checklist is read, then each answer's state.
  let state: WalkState | undefined;
  let who = input.respondent;
  let saved = false;
  const meta = (hash: string): DraftMeta => ({
    checklist: { id: checklist.id, version: checklist.version, hash },
    language,
    respondent: who.respondent,
    period: who.period,
  });
  const save = async (): Promise<void> => {
    const opened = await ready;
    state ??= opened.state;
    await io.saveDraft(opened.draftDocument(state, meta(opened.hash), io.now().toISOString()));
    saved = true;
  };

  if (input.askRespondent) {
    const search = await io.parties(language);
    const asked = await askRespondent(who, {
      prompter,
      t,
      searchParties: search,
      save: async (answers) => {
        who = answers;
        await save();
      },
    });
    if (asked === undefined) return { kind: 'quit', saved, language };
    who = asked;
  }

  const { checklist: read, hash, runWalk, answersDocument, ...opened } = await ready;
  const respondent = who.respondent?.party?.type;
  const catalogues = await input.catalogues?.().catch(() => undefined);
  const context = { prompter, t, language, checklist: read, ...(respondent ? { respondent } : {}), ...(catalogues ? { catalogues } : {}) };
  const walked = await runWalk(state ?? opened.state, context, async (next) => {
    state = next;
    await save();
  });
  state = walked.state;
  if (walked.outcome === 'quit') {
    await save();
    return { kind: 'quit', saved: true, language };
  }
  return { kind: 'finished', answers: answersDocument(state, meta(hash)), language, state };
}

/**
 * `make()` once the first prompt is drawn, so that what it reads and compiles is done while the
 * official reads that prompt: inquirer draws it on the event loop's next turn (setImmediate), and
 * this waits one turn more, so as to come after it. Awaited where it is needed, which is where a
 * failure is thrown.
 */
function afterFirstDraw<T>(make: () => Promise<T>): Promise<T> {
  const made = new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve))).then(make);
  made.catch(() => undefined);
  return made;
}
