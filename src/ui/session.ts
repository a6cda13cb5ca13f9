import type { AnswersDocument, Party } from '../domain/schemas/answers.js';
import type { Catalogue } from '../domain/schemas/catalogue.js';
import type { Checklist } from '../domain/schemas/checklist.js';
import { answersDocument, draftDocument, type DraftMeta } from '../domain/walk/draft.js';
import type { WalkState } from '../domain/walk/state.js';
import { translator, type Translate } from '../i18n/translate.js';
import { askLanguage, askRespondent, type RespondentAnswers } from './ask-setup.js';
import { MESSAGES, type MessageKey } from './messages.js';
import type { Prompter } from './prompter.js';
import { runWalk } from './runner.js';

export interface SessionInput {
  checklist: Checklist;
  /** SHA-256 of the checklist's canonical content, recorded in the draft. */
  hash: string;
  /** Set when the language is already decided (--lang, or the draft's); otherwise asked. */
  language?: string | undefined;
  /** The default of the language prompt (from the locale). */
  preferredLanguage: string;
  state: WalkState;
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
  let t = translator(MESSAGES, input.language ?? input.preferredLanguage);
  // The key hints and commands under the first prompt speak its language, not the locale's.
  prompter.setLanguage(input.language ?? input.preferredLanguage);
  const language = input.language ?? (await askLanguage(prompter, t, checklist.languages, input.preferredLanguage));
  if (language === undefined) return { kind: 'quit', saved: false, language: input.preferredLanguage };
  prompter.setLanguage(language);
  io.spoken?.(language);
  t = translator(MESSAGES, language);
  for (const line of input.notices?.(t) ?? []) prompter.write(line);

  let state = input.state;
  let who = input.respondent;
  let saved = false;
  const meta = (): DraftMeta => ({
    checklist: { id: checklist.id, version: checklist.version, hash: input.hash },
    language,
    respondent: who.respondent,
    period: who.period,
  });
  const save = async (): Promise<void> => {
    await io.saveDraft(draftDocument(state, meta(), io.now().toISOString()));
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

  const respondent = who.respondent?.party?.type;
  const catalogues = await input.catalogues?.().catch(() => undefined);
  const context = { prompter, t, language, checklist, ...(respondent ? { respondent } : {}), ...(catalogues ? { catalogues } : {}) };
  const walked = await runWalk(state, context, async (next) => {
    state = next;
    await save();
  });
  state = walked.state;
  if (walked.outcome === 'quit') {
    await save();
    return { kind: 'quit', saved: true, language };
  }
  return { kind: 'finished', answers: answersDocument(state, meta()), language, state };
}
