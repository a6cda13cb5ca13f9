import { parsePeriod } from '../domain/period.js';
import type { AnswersDocument } from '../domain/schemas/answers.js';
import type { Checklist } from '../domain/schemas/checklist.js';
import { carryOver, prefillFromAnswers } from '../domain/walk/resume.js';
import { walkProgress } from '../domain/walk/view.js';
import { toolWords } from '../i18n/tool-words.js';
import { toolLanguage, translator, type Translate } from '../i18n/translate.js';
import { askDraft, type DraftSummary } from './ask-draft.js';
import { MESSAGES, type MessageKey } from './messages.js';
import { carryOverNotices, questionList } from './notices.js';
import type { Prompter } from './prompter.js';
import type { Start, StartIo, StartRequest } from './start.js';

/*
 * Where an assessment starts from something saved: a draft (named, or picked from the list) or a
 * previous report. Apart from start.ts, so that a new assessment's first prompt is drawn without
 * the walk's resumption, the answers' checks and the picker.
 */

type Saved = { file: string; draft: AnswersDocument };

function summary(entry: Saved, checklist: Checklist | undefined): DraftSummary {
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

export async function resumeFrom(file: string, draft: AnswersDocument, ref: string | undefined, io: StartIo): Promise<Start> {
  const {
    checklist,
    hash,
    file: checklistFile,
  } = ref !== undefined ? await io.checklist(ref) : await io.checklist(draft.checklist.id, file);
  const carried = carryOver(draft, checklist, toolWords());
  const respondent = { respondent: draft.respondent ?? {}, period: draft.period };
  return {
    checklist,
    opened: async () => ({ checklist, hash, state: carried.state }),
    checklistFile,
    draftFile: file,
    respondent,
    // A period written freely by an older version is asked again, to be a year or a range of years.
    askRespondent: !respondent.respondent.party || parsePeriod(respondent.period ?? '') === undefined,
    language: draft.language !== undefined && checklist.languages.includes(draft.language) ? draft.language : undefined,
    notices: (t) => carryOverNotices(carried, t, checklist),
  };
}

/**
 * The draft picker: which draft to resume — never resumed without asking —, or a new assessment,
 * or none (the official quits). Drafts the official discards leave the list.
 */
export async function pickDraft(
  request: StartRequest,
  drafts: Saved[],
  checklist: Checklist | undefined,
  io: StartIo,
  prompter: Prompter,
  t: Translate<MessageKey>,
): Promise<{ kind: 'resume'; start: Start } | { kind: 'new' } | { kind: 'quit' }> {
  while (drafts.length > 0) {
    const language = pickerLanguage(drafts, request.locale);
    prompter.setLanguage(language);
    request.spoken?.(language);
    const tp = language === request.locale ? t : translator(MESSAGES, language);
    const choice = await askDraft(
      prompter,
      tp,
      language,
      drafts.map((d) => summary(d, checklist)),
      request.resume !== true,
    );
    if (choice.kind === 'quit') return { kind: 'quit' };
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
    if (picked) return { kind: 'resume', start: await resumeFrom(picked.file, picked.draft, request.checklist, io) };
    break;
  }
  return { kind: 'new' };
}

/** The drafts' language when they share one, else the locale's: the official reads the list in the language they work in. */
function pickerLanguage(drafts: ReadonlyArray<{ draft: AnswersDocument }>, locale: string): string {
  const languages = new Set(drafts.map((d) => (d.draft.language === undefined ? locale : toolLanguage(d.draft.language))));
  const [only] = languages;
  return languages.size === 1 && only !== undefined ? only : locale;
}

/** A new cycle: the previous report's checklist (unless another is named), its answers to confirm, its respondent. */
export async function fromReport(file: string, ref: string | undefined, io: StartIo): Promise<Start> {
  const report = await io.report(file);
  const { checklist, hash, file: checklistFile } = await io.checklist(ref ?? report.checklist.id);
  const prefilled = prefillFromAnswers(report.answers, checklist, report.checklist.version);
  return {
    checklist,
    opened: async () => ({ checklist, hash, state: prefilled.state }),
    checklistFile,
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
