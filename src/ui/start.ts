import { parsePeriod } from '../domain/period.js';
import type { AnswersDocument } from '../domain/schemas/answers.js';
import type { Checklist } from '../domain/schemas/checklist.js';
import type { Report } from '../domain/schemas/report.js';
import { carryOver, prefillFromAnswers } from '../domain/walk/resume.js';
import { toolWords } from '../i18n/tool-words.js';
import type { WalkState } from '../domain/walk/state.js';
import { startWalk } from '../domain/walk/step.js';
import { walkProgress } from '../domain/walk/view.js';
import { toolLanguage, translator, type Translate } from '../i18n/translate.js';
import { askDraft, type DraftSummary } from './ask-draft.js';
import type { RespondentAnswers } from './ask-setup.js';
import { MESSAGES, type MessageKey } from './messages.js';
import { carryOverNotices, questionList } from './notices.js';
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
  /** A previous report; stops the command with a clear message if it cannot be read. */
  report(file: string): Promise<Report>;
  /** Stops the command: --resume was asked for, and there is no draft. */
  noDrafts(): never;
  /** Deletes a draft the official chose to discard (and confirmed). */
  discard(file: string): Promise<void>;
}

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

export interface Start {
  checklist: Checklist;
  hash: string;
  /** The checklist's file when it is not a bundled one. */
  checklistFile?: string | undefined;
  /** The draft being resumed, saved to again. */
  draftFile?: string | undefined;
  state: WalkState;
  respondent: RespondentAnswers;
  askRespondent: boolean;
  language?: string | undefined;
  /** The language to propose when it is asked (the previous report's). */
  suggestedLanguage?: string | undefined;
  notices?: (t: Translate<MessageKey>) => string[];
}

export const DEFAULT_CHECKLIST = 'tip-protocol';

function summary(entry: { file: string; draft: AnswersDocument }, checklist: Checklist | undefined): DraftSummary {
  const { draft } = entry;
  const sameChecklist = checklist && checklist.id === draft.checklist.id;
  return {
    file: entry.file,
    savedAt: draft.draft?.savedAt ?? '',
    checklist: draft.checklist,
    party: draft.respondent?.party?.name,
    period: draft.period,
    progress: sameChecklist ? walkProgress(checklist, draft.answers) : undefined,
    answers: Object.keys(draft.answers).length,
  };
}

async function resumeFrom(file: string, draft: AnswersDocument, ref: string | undefined, io: StartIo): Promise<Start> {
  const {
    checklist,
    hash,
    file: checklistFile,
  } = ref !== undefined ? await io.checklist(ref) : await io.checklist(draft.checklist.id, file);
  const carried = carryOver(draft, checklist, toolWords());
  const respondent = { respondent: draft.respondent ?? {}, period: draft.period };
  return {
    checklist,
    hash,
    checklistFile,
    draftFile: file,
    state: carried.state,
    respondent,
    // A period written freely by an older version is asked again, to be a year or a range of years.
    askRespondent: !respondent.respondent.party || parsePeriod(respondent.period ?? '') === undefined,
    language: draft.language !== undefined && checklist.languages.includes(draft.language) ? draft.language : undefined,
    notices: (t) => carryOverNotices(carried, t, checklist),
  };
}

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
  if (typeof request.resume === 'string') return resumeFrom(request.resume, await io.draft(request.resume), request.checklist, io);
  if (request.from !== undefined) return fromReport(request.from, request.checklist, io);

  // "--resume" alone lists the drafts of every checklist, unless one is named.
  const wanted = request.checklist ?? (request.resume ? undefined : DEFAULT_CHECKLIST);
  const resolved = wanted === undefined ? undefined : await io.checklist(wanted);
  const all = await io.drafts();
  const drafts = resolved ? all.filter((d) => d.draft.checklist.id === resolved.checklist.id) : all;
  if (drafts.length === 0 && request.resume === true) return io.noDrafts();
  while (drafts.length > 0) {
    const language = pickerLanguage(drafts, request.locale);
    prompter.setLanguage(language);
    request.spoken?.(language);
    const tp = language === request.locale ? t : translator(MESSAGES, language);
    const choice = await askDraft(
      prompter,
      tp,
      language,
      drafts.map((d) => summary(d, resolved?.checklist)),
      request.resume !== true,
    );
    if (choice.kind === 'quit') return undefined;
    if (choice.kind === 'discard') {
      await io.discard(choice.file);
      prompter.write(tp('draft.discarded', { file: choice.file }));
      drafts.splice(
        drafts.findIndex((d) => d.file === choice.file),
        1,
      );
      if (drafts.length === 0 && request.resume === true) return io.noDrafts();
      continue;
    }
    // Back to the locale's language until the new assessment's language is chosen.
    prompter.setLanguage(request.locale);
    request.spoken?.(request.locale);
    const picked = choice.kind === 'resume' ? drafts.find((d) => d.file === choice.file) : undefined;
    if (picked) return resumeFrom(picked.file, picked.draft, request.checklist, io);
    break;
  }
  return startFresh(resolved ?? (await io.checklist(DEFAULT_CHECKLIST)));
}

/** The drafts' language when they share one, else the locale's: the official reads the list in the language they work in. */
function pickerLanguage(drafts: ReadonlyArray<{ draft: AnswersDocument }>, locale: string): string {
  const languages = new Set(drafts.map((d) => (d.draft.language === undefined ? locale : toolLanguage(d.draft.language))));
  const [only] = languages;
  return languages.size === 1 && only !== undefined ? only : locale;
}

/** A new cycle: the previous report's checklist (unless another is named), its answers to confirm, its respondent. */
async function fromReport(file: string, ref: string | undefined, io: StartIo): Promise<Start> {
  const report = await io.report(file);
  const { checklist, hash, file: checklistFile } = await io.checklist(ref ?? report.checklist.id);
  const prefilled = prefillFromAnswers(report.answers, checklist, report.checklist.version);
  return {
    checklist,
    hash,
    checklistFile,
    state: prefilled.state,
    respondent: { respondent: structuredClone(report.respondent), previousPeriod: report.period },
    askRespondent: true,
    suggestedLanguage: report.language,
    notices: (tr) => [
      tr('from.loaded', { period: report.period }),
      ...(prefilled.goneQuestions.length > 0
        ? [tr('from.gone', { count: prefilled.goneQuestions.length, list: questionList(checklist, prefilled.goneQuestions) })]
        : []),
      ...(prefilled.meaningChanged.length > 0
        ? [
            tr('meaning-changed', {
              count: prefilled.meaningChanged.length,
              from: report.checklist.version,
              to: checklist.version,
              list: questionList(checklist, prefilled.meaningChanged),
            }),
          ]
        : []),
    ],
  };
}

function startFresh(resolved: FoundChecklist): Start {
  const { file: checklistFile, ...found } = resolved;
  return { ...found, checklistFile, state: startWalk(resolved.checklist), respondent: { respondent: {} }, askRespondent: true };
}
