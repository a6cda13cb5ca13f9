import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Catalogue } from '../../domain/schemas/catalogue.js';
import type { Report } from '../../domain/schemas/report.js';
import { terminalSafe } from '../../domain/visible-text.js';
import { localeLanguage } from '../../i18n/language.js';
import { writeText } from '../../i18n/write-text.js';
import { pluralCategory, translator, type Translate } from '../../i18n/translate.js';
import { draftFileName, draftsDir } from '../../io/draft-location.js';
import { partyList, searchParties } from '../../io/countries.js';
import { ensureDir } from '../../io/ensure-dir.js';
import { assessCommandLine, howInvoked, npmStartReportsDir, startedByNpmStart, toolCommandLine } from '../../io/invocation.js';
import { writeErrorText } from '../../io/write-error.js';
import { MESSAGES, type MessageKey } from '../../ui/messages.js';
import { PromptInterrupted } from '../../ui/prompter.js';
import { runSession } from '../../ui/session.js';
import { chooseStart, DEFAULT_CHECKLIST } from '../../ui/start.js';
import { noTerminalReason, openTerminal } from '../../ui/terminal.js';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';
import { wantsColor, writeLine, type CliContext } from '../context.js';
import { UserError, UsageError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { terminalWidth } from '../terminal-width.js';
import { startIo } from './assess-start-io.js';

export interface AssessOptions {
  lang?: string;
  from?: string;
  resume?: string | boolean;
  output?: string;
  plain?: boolean;
  force?: boolean;
  /** Refuse a checklist whose detached signature does not hold for this public key. */
  publisherKey?: string;
}

/** `selfassess assess [checklist]`: the interactive assessment, from the first question to the scored report. */
export async function assessCommand(ref: string | undefined, options: AssessOptions, given: CliContext): Promise<number> {
  const npmStart = startedByNpmStart(given.env);
  // npm runs its scripts in the package folder: the paths typed after `npm start --` are the official's, from where they typed them.
  const typedFrom = given.env['INIT_CWD'];
  const context = npmStart && typedFrom && path.isAbsolute(typedFrom) ? { ...given, cwd: typedFrom } : given;
  const locale = options.lang ?? localeLanguage(context.env) ?? 'en';
  // The language the official is addressed in at this moment: what is said on leaving is said in it.
  let spoken = locale;
  let t = translator(MESSAGES, locale);
  const refusal = noTerminalReason(context);
  const invocation = howInvoked(context.env);
  if (refusal) {
    const file = t('refuse.answers-file');
    const template = toolCommandLine(invocation, 'template', [ref ?? DEFAULT_CHECKLIST, '-o', file]);
    throw new UsageError(
      t('refuse.no-tty', { reason: t(`refuse.reason.${refusal}`), template, score: toolCommandLine(invocation, 'score', [file]) }),
    );
  }
  if (options.from !== undefined && options.resume !== undefined) throw new UsageError(t('options.resume-from'));

  const dir = draftsDir(context.env);
  const terminal = await openTerminal(context, { plain: options.plain ?? false, color: wantsColor(context, 'stdout'), language: locale });
  const { prompter } = terminal;
  let draftFile: string | undefined;
  let checklistFile: string | undefined;
  // How many answers the draft on disk holds; undefined while there is no draft file.
  let inDraft: number | undefined;
  let draftsListed = false;
  let saveError: string | undefined;
  const say = (text: string): void => {
    // After a hang-up the terminal is gone: writing to it would only raise errors.
    if (!terminal.hungUp()) writeLine(context.stderr, text);
  };
  const resumeCommand = (file: string): string =>
    assessCommandLine(invocation, [...(checklistFile ? [checklistFile] : []), '--resume', file]);
  /** What is kept, truthfully, and how to resume: after "save and quit", Ctrl-C or a report not written. */
  const whatIsKept = (): string => {
    const tr = translator(MESSAGES, spoken);
    if (draftFile !== undefined && inDraft !== undefined) {
      const command = resumeCommand(draftFile);
      if (inDraft === 0) return tr('session.kept.none', { file: draftFile, command });
      return tr(`session.kept.${pluralCategory(inDraft, spoken)}`, { count: inDraft, file: draftFile, command });
    }
    if (draftsListed) {
      // The checklist named on the command line is named again: its drafts are the ones that were listed.
      const named = ref === undefined ? [] : [existsSync(path.resolve(context.cwd, ref)) ? path.resolve(context.cwd, ref) : ref];
      return tr('session.drafts-kept', { command: assessCommandLine(invocation, [...named, '--resume']) });
    }
    return tr('quit.nothing');
  };
  try {
    const start = await chooseStart(
      {
        checklist: ref,
        resume: options.resume,
        from: options.from,
        locale,
        spoken: (language) => {
          spoken = language;
          draftsListed = true;
        },
      },
      startIo(context, dir, t, invocation, options.publisherKey),
      prompter,
      t,
    );
    draftsListed = false;
    if (!start) return EXIT.ok;
    checklistFile = start.checklistFile;
    const language = resolveLanguage(options.lang, start.language, start.checklist.languages, start.checklist.id, t);
    if (language !== undefined) spoken = language;
    const file = start.draftFile ?? path.join(dir, draftFileName(start.checklist.id, start.checklist.version, new Date()));
    draftFile = file;
    if (start.draftFile !== undefined) inDraft = Object.keys((await start.opened()).state.answers).length;
    const catalogues = async (): Promise<ReadonlyMap<string, Catalogue>> => {
      const [{ readLibrary }, { catalogueValues }] = await Promise.all([import('../../io/library.js'), import('../../io/catalogues.js')]);
      return catalogueValues(await readLibrary([]));
    };
    const result = await runSession(
      { ...start, language, preferredLanguage: language ?? start.suggestedLanguage ?? locale, catalogues },
      {
        saveDraft: async (document) => {
          try {
            const { saveDraft } = await import('../../io/drafts.js');
            // The draft's first line says how to resume it, in its own language.
            const header = translator(MESSAGES, document.language ?? spoken)('draft.header', { command: resumeCommand(file) });
            await saveDraft(file, document, header);
            inDraft = Object.keys(document.answers).length;
            saveError = undefined;
          } catch (error) {
            // Said once per cause, not after every answer; the answers stay in memory meanwhile.
            const reason = writeErrorText(error, spoken);
            if (reason !== saveError) prompter.write(translator(MESSAGES, spoken)('save.failed', { file, reason }));
            saveError = reason;
          }
        },
        parties: async (lang) => {
          const entries = partyList(lang);
          return (term) => searchParties(entries, term).map((e) => e.party);
        },
        now: () => new Date(),
        spoken: (lang) => {
          spoken = lang;
        },
      },
      prompter,
    );
    spoken = result.language;
    t = translator(MESSAGES, result.language);
    if (result.kind === 'quit') {
      say(whatIsKept());
      return EXIT.ok;
    }
    const { checklist, hash } = await start.opened();
    const source = { checklist, checklistHash: hash, answers: result.answers, language: result.language };
    const notWritten = (): string => t('session.report-not-written', { file, command: resumeCommand(file) });
    // Needed only now, after the last answer: imported together, not one after the other.
    const [{ newReportInput, buildReport, reportInputFindings, reportFileName, availablePath, writeReportInteractively }, { deleteDraft }] =
      await Promise.all([import('./assess-later.js'), import('../../io/drafts.js')]);
    const input = newReportInput(source, { name: TOOL_NAME, version: TOOL_VERSION }, new Date());
    const problems = reportInputFindings(input);
    if (problems.length > 0) throw new UserError(`${problems.map((p) => writeText(p.message, spoken)).join('; ')} — ${notWritten()}`);
    const report = buildReport(input);
    // Started by `npm start`, the current folder is the clone: reports go to a folder of the official's instead.
    const folder = options.output === undefined && npmStart ? npmStartReportsDir(context.env) : context.cwd;
    if (folder !== context.cwd) await ensureDir(folder).catch(() => undefined);
    const written = await writeReportInteractively(
      path.resolve(folder, options.output ?? reportFileName(report)),
      { write: (target) => tryWrite(report, target, options.force ?? false, spoken), propose: availablePath },
      prompter,
      t,
    );
    if (written === undefined) {
      say(notWritten());
      return EXIT.ok;
    }
    // Only now is the draft no longer needed.
    await deleteDraft(file);
    const { formatSummary } = await import('../../format/summary.js');
    const width = terminalWidth(context);
    const relative = path.relative(context.cwd, written);
    const shown = npmStart || relative.startsWith('..') ? written : relative;
    const { terminalSafeDeep } = await import('../../format/terminal-safe.js');
    const summary = formatSummary(terminalSafeDeep(report), terminalSafeDeep(checklist), {
      language: result.language,
      color: wantsColor(context, 'stdout'),
      width,
      reportPath: terminalSafe(shown),
    });
    context.stdout.write('\n' + summary);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof PromptInterrupted)) throw error;
    if (terminal.hungUp()) return EXIT.interrupted;
    say('');
    say(translator(MESSAGES, spoken)('interrupted'));
    say(whatIsKept());
    return EXIT.interrupted;
  } finally {
    terminal.close();
  }
}

/** The assessment's language: --lang if the checklist has it, else the draft's, else asked (undefined). */
function resolveLanguage(
  wanted: string | undefined,
  fromDraft: string | undefined,
  declared: readonly string[],
  checklistId: string,
  t: Translate<MessageKey>,
): string | undefined {
  if (wanted === undefined) return fromDraft;
  const base = wanted.toLowerCase().split(/[-_]/)[0];
  const found =
    declared.find((l) => l.toLowerCase() === wanted.toLowerCase()) ?? declared.find((l) => l.toLowerCase().split('-')[0] === base);
  if (found === undefined) throw new UsageError(t('lang.unknown', { id: checklistId, languages: declared.join(', '), lang: wanted }));
  return found;
}

async function tryWrite(
  report: Report,
  file: string,
  force: boolean,
  language: string,
): Promise<{ kind: 'written' } | { kind: 'exists' } | { kind: 'failed'; reason: string }> {
  const { writeReport, FileExistsError } = await import('./assess-later.js');
  try {
    await writeReport(report, file, { force });
    return { kind: 'written' };
  } catch (error) {
    if (error instanceof FileExistsError) return { kind: 'exists' };
    return { kind: 'failed', reason: writeErrorText(error, language) };
  }
}
