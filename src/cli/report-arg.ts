import { commandLine } from './command-line.js';
import { phrase, type Phrase } from '../domain/diagnostic.js';
import path from 'node:path';
import { matchChecklist } from '../domain/answers/match-checklist.js';
import type { Diagnostic } from '../domain/diagnostic.js';
import { validateReport } from '../domain/validate/validate-document.js';
import { toolWords } from '../i18n/tool-words.js';
import type { Checklist } from '../domain/schemas/checklist.js';
import type { Report } from '../domain/schemas/report.js';
import { checklistCandidates, isBundledFile, type Library } from '../io/catalogues.js';
import { readLibrary } from '../io/library.js';
import { attachPositions } from '../io/load-document.js';
import { readReportFile } from '../io/read-report-file.js';
import { printDiagnostics as printDiagnosticList } from './print-diagnostics.js';
import type { CliContext } from './context.js';
import { UserError } from './errors.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { noteChecklistSource } from './checklist-arg.js';

export interface LoadedReport {
  /** The path as the user gave it, for messages. */
  file: string;
  /** The path resolved against the working directory. */
  absolute: string;
  /** The parsed data as read (what a signature covers). */
  data: unknown;
  report: Report;
  /** The checklist the report names: same id, version and content hash. */
  checklist: Checklist;
  /**
   * Errors when the report does not hold: its content no longer matches its
   * digest, or a figure differs from the one its answers give (a report
   * altered and resealed) — positions attached.
   */
  integrity: Diagnostic[];
}

/** The bundled checklists and catalogues, after those of the folders the user named. */
export async function reportLibrary(
  options: { checklists?: string | undefined; catalogues?: string | undefined },
  context: CliContext,
): Promise<Library> {
  const dirs = [options.checklists, options.catalogues].map((d) => (d === undefined ? undefined : path.resolve(context.cwd, d)));
  const library = await readLibrary(dirs);
  if (library.diagnostics.length > 0) printDiagnostics(library.diagnostics, context);
  return library;
}

export function printDiagnostics(diagnostics: Diagnostic[], context: CliContext): void {
  printDiagnosticList(context, diagnostics);
}

/**
 * Reads a report and finds the checklist it names, or stops the command:
 * every problem is printed as a diagnostic with its position (stylish, on
 * stderr) and the command exits 1 (2 when the file cannot be opened). A changed report is returned with its
 * integrity findings, for the command to decide.
 */
export async function reportArgument(file: string, library: Library, context: CliContext): Promise<LoadedReport> {
  const absolute = path.resolve(context.cwd, file);
  const fail = (diagnostics: Diagnostic[], message: Phrase, exitCode: ExitCode = EXIT.findings): never => {
    printDiagnostics(
      diagnostics.map((d) => ({ ...d, file })),
      context,
    );
    throw new UserError(message, exitCode);
  };
  const read = await readReportFile(absolute);
  // A file that cannot be opened is a wrong path (usage, exit 2), as in every command; a file
  // that opens but is broken, or is not a report, is a finding (exit 1).
  if (!read.ok) {
    const message = {
      unopenable: 'cli.report-unopenable',
      unreadable: 'cli.report-unreadable',
      'not-a-report': 'cli.not-a-report',
    } as const;
    return fail(
      read.diagnostics,
      phrase(message[read.problem], { file, command: commandLine(context, 'assess') }),
      read.problem === 'unopenable' ? EXIT.usage : EXIT.findings,
    );
  }
  const { report, source } = read;
  const match = matchChecklist(report.checklist, checklistCandidates(library));
  if (!match.ok) return fail(attachPositions(source, [match.finding]), phrase('cli.report-checklist-not-found', { file }));
  if (!isBundledFile(match.match.file)) noteChecklistSource(match.match, context);
  // As validate does: the digest, the answers, and every figure against the report rebuilt from its answers.
  const findings = validateReport(report, checklistCandidates(library), toolWords()).filter((f) => f.severity === 'error');
  const integrity = attachPositions(source, findings).map((d) => ({ ...d, file }));
  return { file, absolute, data: source.data, report, checklist: match.match.checklist, integrity };
}
