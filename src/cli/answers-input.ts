import { phrase } from '../domain/diagnostic.js';
import path from 'node:path';
import { checkAnswerFacts } from '../domain/answers/facts.js';
import { matchChecklist, type ChecklistCandidate } from '../domain/answers/match-checklist.js';
import { compareDiagnostics, type Diagnostic, type Finding } from '../domain/diagnostic.js';
import type { AnswersDocument, ChecklistReference } from '../domain/schemas/answers.js';
import { checklistCandidates, isBundledFile } from '../io/catalogues.js';
import { readLibrary } from '../io/library.js';
import { attachPositions, type LoadedDocument } from '../io/load-document.js';
import { readDocument } from '../io/read-document.js';
import { isUnopenable } from '../io/read-text.js';
import { printDiagnostics as printDiagnosticList } from './print-diagnostics.js';
import { checklistArgument, noteChecklistSource, printShadows } from './checklist-arg.js';
import type { CliContext } from './context.js';

/** An answers file or a draft, read with positions for diagnostics. */
export interface AnswersFile {
  /** The name as the user wrote it, for messages. */
  file: string;
  document: AnswersDocument;
  source: LoadedDocument;
}

export type AnswersFileResult = { ok: true; answers: AnswersFile } | { ok: false; diagnostics: Diagnostic[]; unreadable: boolean };

/** Codes of a file that cannot be opened at all, as opposed to one whose content is wrong. */

/**
 * Reads an answers file or a draft (YAML or JSON), its period made canonical and
 * its party named from the data; anything else comes back as a diagnostic.
 */
export async function readAnswersFile(file: string, context: CliContext): Promise<AnswersFileResult> {
  const read = await readDocument(path.resolve(context.cwd, file));
  if (!read.ok) {
    const diagnostics = read.diagnostics.map((d) => ({ ...d, file }));
    return { ok: false, diagnostics, unreadable: diagnostics.some(isUnopenable) };
  }
  const source: LoadedDocument = { ...read.source, file };
  if (read.parsed.kind !== 'answers') {
    const hint = read.parsed.kind === 'report' ? phrase('cli.report-holds-scores') : '';
    const diagnostic: Diagnostic = {
      code: 'not-answers',
      severity: 'error',
      message: phrase('not-answers', { kind: phrase(`cli.kind.${read.parsed.kind}`), hint }),
      file,
      pointer: '/kind',
    };
    const range = source.locate('/kind');
    if (range) Object.assign(diagnostic, range);
    return { ok: false, diagnostics: [diagnostic], unreadable: false };
  }
  // Period and party are facts: checked here, before any command uses them, with their positions.
  const facts = checkAnswerFacts(read.parsed.value);
  if (facts.findings.length > 0)
    return { ok: false, diagnostics: attachPositions(source, facts.findings).sort(compareDiagnostics), unreadable: false };
  return { ok: true, answers: { file, document: facts.document, source } };
}

export interface ChecklistChoice {
  /** `--checklist`: a checklist file, or the id of a bundled one. */
  checklist?: string;
  /** `--checklists`: a folder of further checklists. */
  checklists?: string;
}

export type ChecklistForResult = { ok: true; candidate: ChecklistCandidate } | { ok: false; finding: Finding; diagnostics: Diagnostic[] };

/**
 * The checklist answers were made with: the one named by `--checklist`, which
 * must be the same id and version, or else the one their reference names
 * (id, version and content hash) among the bundled ones and `--checklists`.
 * Findings point into the answers document.
 */
export async function checklistFor(
  reference: ChecklistReference,
  choice: ChecklistChoice,
  context: CliContext,
): Promise<ChecklistForResult> {
  if (choice.checklist !== undefined) {
    const { resolved } = await checklistArgument(choice.checklist, context, { checklists: choice.checklists });
    const candidate: ChecklistCandidate = { checklist: resolved.checklist, hash: resolved.hash, file: resolved.file };
    if (reference.id !== resolved.checklist.id || reference.version !== resolved.checklist.version) {
      const message = phrase('checklist-mismatch', {
        id: reference.id,
        version: reference.version,
        otherId: resolved.checklist.id,
        otherVersion: resolved.checklist.version,
        ref: choice.checklist,
      });
      return { ok: false, finding: { code: 'checklist-mismatch', severity: 'error', message, pointer: '/checklist' }, diagnostics: [] };
    }
    const match = matchChecklist(reference, [candidate]);
    return match.ok ? { ok: true, candidate: match.match } : { ok: false, finding: match.finding, diagnostics: [] };
  }
  const library = await readLibrary([choice.checklists]);
  const match = matchChecklist(reference, checklistCandidates(library));
  if (!match.ok) return { ok: false, finding: match.finding, diagnostics: library.diagnostics };
  printShadows(library.diagnostics, context);
  if (!isBundledFile(match.match.file)) noteChecklistSource(match.match, context);
  return { ok: true, candidate: match.match };
}

/** Prints diagnostics as the stylish list, to stderr: these commands' stdout may carry a document. */
export function printDiagnostics(context: CliContext, files: string[], diagnostics: readonly Diagnostic[]): void {
  printDiagnosticList(context, diagnostics, files);
}

/**
 * Writes a report or an answers file atomically, or to stdout for "-". An
 * existing file is replaced only with --force; a refusal is a usage error.
 */
export { writeOutput } from './write-output.js';
