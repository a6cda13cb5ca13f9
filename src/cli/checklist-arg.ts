import { commandLine } from './command-line.js';
import path from 'node:path';
import { phrase, phraseList, type Diagnostic, type PhraseParams } from '../domain/diagnostic.js';
import { fileText, type FileMessageKey } from '../i18n/file-messages.js';
import { localeOf } from '../i18n/locale.js';
import type { Library } from '../io/catalogues.js';
import { isUnopenable } from '../io/read-text.js';
import { resolveChecklist, type ResolvedChecklist } from '../io/resolve-checklist.js';
import { contextLanguage, writeLine, type CliContext } from './context.js';
import { UserError, UsageError } from './errors.js';
import { EXIT } from './exit-codes.js';
import { printDiagnostics } from './print-diagnostics.js';

/**
 * Resolves a checklist argument for a command, or stops it with a clear
 * message: unknown ids and files that cannot be opened are usage errors (2),
 * invalid files are findings (1).
 */
export async function checklistArgument(
  ref: string,
  context: CliContext,
  dirs: { checklists?: string; catalogues?: string } = {},
): Promise<{ resolved: ResolvedChecklist; library: Library }> {
  const result = await resolveChecklist(ref, context.cwd, dirs);
  if (result.ok) {
    printShadows(result.library.diagnostics, context);
    if (!result.resolved.bundled) noteChecklistSource(result.resolved, context);
    return { resolved: result.resolved, library: result.library };
  }
  if (result.notFound !== undefined) {
    const known = [...result.library.checklists.keys()].sort();
    throw new UsageError(phrase('cli.checklist-not-found', { ref, known: phraseList(known) }));
  }
  printDiagnostics(context, result.diagnostics, [ref]);
  // A file that cannot be opened is a wrong argument, as an unknown id is; not an invalid checklist.
  if (result.diagnostics.length > 0 && result.diagnostics.every(isUnopenable))
    throw new UsageError(phrase('cli.checklist-unopenable', { ref }));
  throw new UserError(phrase('cli.checklist-invalid', { ref, command: commandLine(context, 'lint', [ref]) }), EXIT.findings);
}

/** Says where a checklist that is not a bundled one came from: a report made with it is not made with the published one. */
export function noteChecklistSource(
  source: { file: string; checklist: { id: string; version: string }; hash: string },
  context: CliContext,
  files?: number,
): void {
  const language = contextLanguage(context);
  const t = (key: FileMessageKey, params: PhraseParams): string => fileText(key, params, language);
  const relative = path.relative(context.cwd, source.file);
  const file = path.isAbsolute(source.file) && !relative.startsWith('..') ? relative : source.file;
  const where = t('checklist.source', { id: source.checklist.id, version: source.checklist.version, file, hash: source.hash.slice(0, 12) });
  writeLine(
    context.stderr,
    `selfassess: ${t('note', {})}${localeOf(language).colon} ${where}${files === undefined ? '' : ` — ${t('checklist.used', { count: files })}`}`,
  );
}

/** Checklists of the user's folders refused for impersonating a bundled one: said, whatever the command goes on to do. */
export function printShadows(diagnostics: readonly Diagnostic[], context: CliContext): void {
  const shadows = diagnostics.filter((d) => d.code === 'checklist-shadows-bundled');
  if (shadows.length === 0) return;
  printDiagnostics(context, shadows);
}
