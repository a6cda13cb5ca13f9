import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../domain/diagnostic.js';
import type { Translate } from '../../i18n/translate.js';
import { writeText } from '../../i18n/write-text.js';
import { draftNames } from '../../io/draft-location.js';
import { assessCommandLine, type Invocation } from '../../io/invocation.js';
import { bundledChecklistFacts } from '../../io/checklist-facts.js';
import { bundledChecklistsDir } from '../../io/package-root.js';
import type { ResolvedChecklist } from '../../io/resolve-checklist.js';
import type { MessageKey } from '../../ui/messages.js';
import type { StartIo } from '../../ui/start.js';
import { contextLanguage, writeLine, type CliContext } from '../context.js';
import { UserError, UsageError } from '../errors.js';
import { EXIT } from '../exit-codes.js';

/*
 * What `assess` reads before its first question: drafts, checklists, a previous report — each failure said clearly.
 * A new assessment of a bundled checklist, with no draft, needs none of the schemas, yaml or the
 * diagnostics' formatters: they are imported only on the paths that use them, so that the first
 * prompt is drawn without loading them.
 */

async function printDiagnostics(context: CliContext, files: string[], diagnostics: Diagnostic[]): Promise<void> {
  // The printer (chalk, the formatters) only when there is something to print: not before the first prompt.
  const { printDiagnostics: printDiagnosticList } = await import('./assess-later.js');
  printDiagnosticList(context, diagnostics, files);
}

/** With --publisher-key, only a checklist signed by that key, and unchanged since, is answered. */
async function requirePublisherSignature(
  resolved: ResolvedChecklist,
  keyFile: string | undefined,
  context: CliContext,
  t: Translate<MessageKey>,
): Promise<void> {
  if (keyFile === undefined) return;
  const { loadPublicKey } = await import('../../io/keys.js');
  const { checkSignature } = await import('../../io/signatures.js');
  const key = await loadPublicKey(path.resolve(context.cwd, keyFile)).catch((error: unknown) => {
    throw new UsageError(t('publisher.bad-key', { file: keyFile, reason: error instanceof Error ? error.message : String(error) }));
  });
  const check = await checkSignature(resolved.file, resolved.checklist, [key]);
  if (check.status !== 'valid')
    throw new UserError(
      t('publisher.refused', { file: resolved.file, reason: writeText(check.message, contextLanguage(context)).replace(/\.$/, '') }),
      EXIT.findings,
    );
}

/** A checklist the tool does not have is said when the assessment starts, not as an alteration of the report. */
const NOT_FOUND: ReadonlySet<string> = new Set(['checklist-not-found', 'checklist-version-not-found']);

export function startIo(
  context: CliContext,
  dir: string,
  t: Translate<MessageKey>,
  invocation: Invocation,
  publisherKey?: string,
): StartIo {
  return {
    drafts: async () => {
      // No draft file: nothing to read, and no need of the drafts' reader.
      if ((await draftNames(dir)).length === 0) return [];
      const { listDrafts } = await import('../../io/drafts.js');
      const { drafts, unreadable } = await listDrafts(dir);
      // A damaged draft is shown, not silently skipped: the official may be looking for it.
      if (unreadable.length > 0) await printDiagnostics(context, [...new Set(unreadable.map((d) => d.file))], unreadable);
      return drafts;
    },
    draft: async (file) => {
      const { loadDraft } = await import('../../io/drafts.js');
      const result = await loadDraft(path.resolve(context.cwd, file));
      if (result.ok) return result.draft;
      await printDiagnostics(context, [file], result.diagnostics);
      throw new UserError(t('resume.bad-draft', { file }), EXIT.findings);
    },
    checklist: async (ref, forDraft) => {
      try {
        const { resolved } = (await bundledDirectly(ref, context)) ?? (await byArgument(ref, context));
        await requirePublisherSignature(resolved, publisherKey, context, t);
        return {
          checklist: resolved.checklist,
          hash: resolved.hash,
          file: resolved.bundled ? undefined : path.resolve(context.cwd, resolved.file),
        };
      } catch (error) {
        if (forDraft !== undefined && error instanceof UsageError) {
          const command = assessCommandLine(invocation, [
            `<${t('session.checklist-file')}>`,
            '--resume',
            path.resolve(context.cwd, forDraft),
          ]);
          throw new UsageError(t('session.other-checklist', { id: ref, command }));
        }
        throw error;
      }
    },
    // A signature to check is checked before any prompt: then the checklist is read first.
    facts: async (ref) => (publisherKey === undefined && bundledFile(ref, context) ? bundledChecklistFacts(ref) : undefined),
    report: async (file) => {
      const { readReportFile, readReport, validateReport, attachPositions, toolWords } = await import('./assess-later.js');
      const read = await readReportFile(path.resolve(context.cwd, file));
      // The reader has checked a report against its schema already; another kind is read as a report only for its findings.
      const report = read.ok
        ? { ok: true as const, report: read.report }
        : read.problem === 'not-a-report'
          ? readReport(read.document.value)
          : undefined;
      if (report?.ok && read.ok) {
        // As validate does: a report changed after it was produced is said so, before its answers are proposed.
        const [{ readLibrary }, { checklistCandidates }] = await Promise.all([
          import('../../io/library.js'),
          import('../../io/catalogues.js'),
        ]);
        const library = await readLibrary([]);
        const findings = validateReport(report.report, checklistCandidates(library), toolWords()).filter(
          (f) => f.severity === 'error' && !NOT_FOUND.has(f.code),
        );
        if (findings.length > 0) {
          await printDiagnostics(context, [file], attachPositions({ ...read.source, file }, findings));
          writeLine(context.stderr, t('from.not-genuine', { file }));
        }
        return report.report;
      }
      const diagnostics =
        read.ok || read.problem === 'not-a-report'
          ? (report?.ok === false ? report.findings : []).map((f) => ({ ...f, file, ...read.source.locate(f.pointer) }))
          : read.diagnostics;
      await printDiagnostics(context, [file], diagnostics);
      throw new UserError(t('from.bad-report', { file }), EXIT.findings);
    },
    noDrafts: () => {
      throw new UserError(t('session.no-drafts', { dir, command: assessCommandLine(invocation, []) }), EXIT.usage);
    },
    checklistChanged: (facts) => {
      throw new UserError(
        t('session.checklist-changed', { id: facts.id, version: facts.version, command: assessCommandLine(invocation, []) }),
        EXIT.usage,
      );
    },
    discard: async (file) => (await import('../../io/drafts.js')).deleteDraft(file),
  };
}

/**
 * A bundled checklist read from its own file, without reading the whole
 * library first: that saves a quarter of a second before the first question.
 * Anything unusual (a local file of that name, an id that differs from the
 * file name, an invalid file) goes the ordinary way, with its messages.
 */
async function bundledDirectly(ref: string, context: CliContext): Promise<{ resolved: ResolvedChecklist } | undefined> {
  const file = bundledFile(ref, context);
  if (file === undefined) return undefined;
  // The copy parsed at build time, when it is still byte for byte the file on disk.
  const { readLibrary } = await import('../../io/library.js');
  const found = (await readLibrary([])).checklists.get(ref);
  if (found && found.file === file) return { resolved: { file, checklist: found.value, hash: found.hash, bundled: true } };
  const { loadChecklistFile } = await import('./assess-later.js');
  const result = await loadChecklistFile(file, context.cwd);
  return result.ok && result.resolved.checklist.id === ref ? { resolved: { ...result.resolved, bundled: true } } : undefined;
}

/** The bundled file that `ref` names: a plain id, not a file of the current folder, whose checklists/<id>.yaml exists. */
function bundledFile(ref: string, context: CliContext): string | undefined {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(ref) || /\.(ya?ml|json)$/i.test(ref) || existsSync(path.resolve(context.cwd, ref)))
    return undefined;
  const file = path.join(bundledChecklistsDir(), `${ref}.yaml`);
  return existsSync(file) ? file : undefined;
}

/** Any other checklist: the way every command resolves one, with its messages. */
async function byArgument(ref: string, context: CliContext): Promise<{ resolved: ResolvedChecklist }> {
  const { checklistArgument } = await import('./assess-later.js');
  return checklistArgument(ref, context);
}
