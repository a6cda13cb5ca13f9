import { printDiagnostics as printDiagnosticList } from '../print-diagnostics.js';
import type { Catalogue } from '../../domain/schemas/catalogue.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../domain/diagnostic.js';
import { buildReport, reportInputFindings } from '../../domain/report/build-report.js';
import { reportFileName } from '../../domain/report/file-name.js';
import { readReport } from '../../domain/report/read-report.js';
import type { Report } from '../../domain/schemas/report.js';
import { getDiagnosticFormatter } from '../../format/diagnostics/index.js';
import { localeLanguage } from '../../i18n/language.js';
import { translator, type Translate } from '../../i18n/translate.js';
import { deleteDraft, draftFileName, draftsDir, listDrafts, loadDraft, saveDraft } from '../../io/drafts.js';
import { bundledChecklistsDir } from '../../io/package-root.js';
import { readDocument } from '../../io/read-document.js';
import { loadChecklistFile, type ResolvedChecklist } from '../../io/resolve-checklist.js';
import { availablePath, writeReport } from '../../io/write-report.js';
import { FileExistsError } from '../../io/write-atomic.js';
import { MESSAGES, type MessageKey } from '../../ui/messages.js';
import { PromptInterrupted } from '../../ui/prompter.js';
import { runSession } from '../../ui/session.js';
import { chooseStart, DEFAULT_CHECKLIST, type StartIo } from '../../ui/start.js';
import { noTerminalReason, openTerminal } from '../../ui/terminal.js';
import { writeReportInteractively } from '../../ui/write-report-interactively.js';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';
import { checklistArgument } from '../checklist-arg.js';
import { wantsColor, writeLine, type CliContext } from '../context.js';
import { UserError, UsageError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { terminalWidth } from '../terminal-width.js';
import { validateReport } from '../../domain/validate/validate-document.js';
import { attachPositions } from '../../io/load-document.js';
import { terminalSafe } from '../../domain/visible-text.js';

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

function printDiagnostics(context: CliContext, files: string[], diagnostics: Diagnostic[]): void {
  printDiagnosticList(context, diagnostics, files);
}

/** With --publisher-key, only a checklist signed by that key, and unchanged since, is answered. */
async function requirePublisherSignature(resolved: ResolvedChecklist, keyFile: string | undefined, context: CliContext, t: Translate<MessageKey>): Promise<void> {
  if (keyFile === undefined) return;
  const { loadPublicKey } = await import('../../io/keys.js');
  const { checkSignature } = await import('../../io/signatures.js');
  const key = await loadPublicKey(path.resolve(context.cwd, keyFile)).catch((error: unknown) => {
    throw new UsageError(t('publisher.bad-key', { file: keyFile, reason: error instanceof Error ? error.message : String(error) }));
  });
  const check = await checkSignature(resolved.file, resolved.checklist, [key]);
  if (check.status !== 'valid') throw new UserError(t('publisher.refused', { file: resolved.file, reason: check.message.replace(/\.$/, '') }), EXIT.findings);
}

/** A checklist the tool does not have is said when the assessment starts, not as an alteration of the report. */
const NOT_FOUND: ReadonlySet<string> = new Set(['checklist-not-found', 'checklist-version-not-found']);

function startIo(context: CliContext, dir: string, t: Translate<MessageKey>, publisherKey?: string): StartIo {
  return {
    drafts: async () => {
      const { drafts, unreadable } = await listDrafts(dir);
      // A damaged draft is shown, not silently skipped: the official may be looking for it.
      if (unreadable.length > 0) printDiagnostics(context, [...new Set(unreadable.map((d) => d.file))], unreadable);
      return drafts;
    },
    draft: async (file) => {
      const result = await loadDraft(path.resolve(context.cwd, file));
      if (result.ok) return result.draft;
      printDiagnostics(context, [file], result.diagnostics);
      throw new UserError(t('resume.bad-draft', { file }), EXIT.findings);
    },
    checklist: async (ref, forDraft) => {
      try {
        const { resolved } = (await bundledDirectly(ref, context)) ?? (await checklistArgument(ref, context));
        await requirePublisherSignature(resolved, publisherKey, context, t);
        return { checklist: resolved.checklist, hash: resolved.hash };
      } catch (error) {
        if (forDraft !== undefined && error instanceof UsageError) throw new UsageError(t('resume.other-checklist', { id: ref, file: forDraft }));
        throw error;
      }
    },
    report: async (file) => {
      const read = await readDocument(path.resolve(context.cwd, file));
      const report = read.ok ? readReport(read.parsed.value) : undefined;
      if (report?.ok && read.ok) {
        // As validate does: a report changed after it was produced is said so, before its answers are proposed.
        const { readLibraryWithBundled, checklistCandidates } = await import('../../io/catalogues.js');
        const library = await readLibraryWithBundled([], { checklists: true });
        const findings = validateReport(report.report, checklistCandidates(library)).filter((f) => f.severity === 'error' && !NOT_FOUND.has(f.code));
        if (findings.length > 0) {
          printDiagnostics(context, [file], attachPositions({ ...read.source, file }, findings));
          writeLine(context.stderr, t('from.not-genuine', { file }));
        }
        return report.report;
      }
      const diagnostics = !read.ok ? read.diagnostics : (report?.ok === false ? report.findings : []).map((f) => ({ ...f, file, ...read.source.locate(f.pointer) }));
      printDiagnostics(context, [file], diagnostics);
      throw new UserError(t('from.bad-report', { file }), EXIT.findings);
    },
    noDrafts: () => {
      throw new UserError(t('resume.none', { dir }), EXIT.usage);
    },
  };
}

/**
 * A bundled checklist read from its own file, without reading the whole
 * library first: that saves a quarter of a second before the first question.
 * Anything unusual (a local file of that name, an id that differs from the
 * file name, an invalid file) goes the ordinary way, with its messages.
 */
async function bundledDirectly(ref: string, context: CliContext): Promise<{ resolved: ResolvedChecklist } | undefined> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(ref) || /\.(ya?ml|json)$/i.test(ref) || existsSync(path.resolve(context.cwd, ref))) return undefined;
  const file = path.join(bundledChecklistsDir(), `${ref}.yaml`);
  if (!existsSync(file)) return undefined;
  // The copy parsed at build time, when it is still byte for byte the file on disk.
  const { readBundledLibrary } = await import('../../io/validate-bundled.js');
  const found = (await readBundledLibrary()).checklists.get(ref);
  if (found && found.file === file) return { resolved: { file, checklist: found.value, hash: found.hash, bundled: true } };
  const result = await loadChecklistFile(file, context.cwd);
  return result.ok && result.resolved.checklist.id === ref ? { resolved: { ...result.resolved, bundled: true } } : undefined;
}

/** `selfassess assess [checklist]`: the interactive assessment, from the first question to the scored report. */
export async function assessCommand(ref: string | undefined, options: AssessOptions, context: CliContext): Promise<number> {
  const locale = options.lang ?? localeLanguage(context.env) ?? 'en';
  let t = translator(MESSAGES, locale);
  const refusal = noTerminalReason(context);
  if (refusal) throw new UsageError(t('refuse.no-tty', { reason: t(`refuse.reason.${refusal}`), checklist: ref ?? DEFAULT_CHECKLIST }));
  if (options.from !== undefined && options.resume !== undefined) throw new UsageError(t('options.resume-from'));

  const dir = draftsDir(context.env);
  const terminal = await openTerminal(context, { plain: options.plain ?? false, color: wantsColor(context, 'stdout'), language: locale });
  const { prompter } = terminal;
  let draftFile: string | undefined;
  let saved = false;
  let saveError: string | undefined;
  const say = (text: string): void => {
    // After a hang-up the terminal is gone: writing to it would only raise errors.
    if (!terminal.hungUp()) writeLine(context.stderr, text);
  };
  try {
    const start = await chooseStart({ checklist: ref, resume: options.resume, from: options.from, locale }, startIo(context, dir, t, options.publisherKey), prompter, t);
    if (!start) return EXIT.ok;
    const language = resolveLanguage(options.lang, start.language, start.checklist.languages, start.checklist.id, t);
    const file = start.draftFile ?? path.join(dir, draftFileName(start.checklist.id, start.checklist.version, new Date()));
    draftFile = file;
    const { partyList, searchParties } = await import('../../io/countries.js');
    const catalogues = async (): Promise<ReadonlyMap<string, Catalogue>> => {
      const { readBundledLibrary } = await import('../../io/validate-bundled.js');
      return new Map([...(await readBundledLibrary()).catalogues].map(([id, loaded]) => [id, loaded.value]));
    };
    const result = await runSession(
      { ...start, language, preferredLanguage: language ?? start.suggestedLanguage ?? locale, catalogues },
      {
        saveDraft: async (document) => {
          try {
            await saveDraft(file, document);
            saved = true;
            saveError = undefined;
          } catch (error) {
            // Said once per cause, not after every answer; the answers stay in memory meanwhile.
            const reason = error instanceof Error ? error.message : String(error);
            if (reason !== saveError) prompter.write(t('save.failed', { file, reason }));
            saveError = reason;
          }
        },
        parties: async (lang) => {
          const entries = partyList(lang);
          return (term) => searchParties(entries, term).map((e) => e.party);
        },
        now: () => new Date(),
      },
      prompter,
    );
    t = translator(MESSAGES, result.language);
    if (result.kind === 'quit') {
      say(saved ? t('quit.saved', { file }) : t('quit.nothing'));
      return EXIT.ok;
    }
    const input = {
      checklist: start.checklist,
      checklistHash: start.hash,
      answers: result.answers,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      created: new Date().toISOString(),
      language: result.language,
    };
    const problems = reportInputFindings(input);
    if (problems.length > 0) throw new UserError(`${problems.map((p) => p.message).join('; ')} — ${t('report.draft-kept', { file })}`);
    const report = buildReport(input);
    const written = await writeReportInteractively(
      path.resolve(context.cwd, options.output ?? reportFileName(report)),
      { write: (target) => tryWrite(report, target, options.force ?? false), propose: availablePath },
      prompter,
      t,
    );
    if (written === undefined) {
      say(t('report.draft-kept', { file }));
      return EXIT.ok;
    }
    // Only now is the draft no longer needed.
    await deleteDraft(file);
    const { formatSummary } = await import('../../format/summary.js');
    const width = terminalWidth(context);
    const shown = path.relative(context.cwd, written).startsWith('..') ? written : path.relative(context.cwd, written);
    const { terminalSafeDeep } = await import('../../format/terminal-safe.js');
    const summary = formatSummary(terminalSafeDeep(report), terminalSafeDeep(start.checklist), { language: result.language, color: wantsColor(context, 'stdout'), width, reportPath: terminalSafe(shown) });
    context.stdout.write('\n' + summary);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof PromptInterrupted)) throw error;
    if (terminal.hungUp()) return EXIT.interrupted;
    say('');
    say(t('interrupted'));
    say(saved && draftFile ? t('quit.saved', { file: draftFile }) : t('quit.nothing'));
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
  const found = declared.find((l) => l.toLowerCase() === wanted.toLowerCase()) ?? declared.find((l) => l.toLowerCase().split('-')[0] === base);
  if (found === undefined) throw new UsageError(t('lang.unknown', { id: checklistId, languages: declared.join(', '), lang: wanted }));
  return found;
}

async function tryWrite(report: Report, file: string, force: boolean): Promise<{ kind: 'written' } | { kind: 'exists' } | { kind: 'failed'; reason: string }> {
  try {
    await writeReport(report, file, { force });
    return { kind: 'written' };
  } catch (error) {
    if (error instanceof FileExistsError) return { kind: 'exists' };
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}
