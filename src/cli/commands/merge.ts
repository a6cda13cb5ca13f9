import { readAnswers } from '../../domain/answers/check-answers.js';
import path from 'node:path';
import { mergeAnswers, type MergeFinding } from '../../domain/answers/merge.js';
import { answeredSections, refusedForRespondent } from '../../domain/answers/merge-checklist.js';
import { toolWords } from '../../i18n/tool-words.js';
import { answersTemplate, templateText } from '../../format/answers-template/template.js';
import { defaultLanguage } from '../../domain/checklist-model.js';
import { compareDiagnostics, phrase, type Diagnostic, type DiagnosticText } from '../../domain/diagnostic.js';
import { attachPositions } from '../../io/load-document.js';
import { checklistFor, printDiagnostics, readAnswersFile, writeOutput, type AnswersFile, type ChecklistChoice } from '../answers-input.js';
import { say, type CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { selectFiles } from '../select-files.js';

export interface MergeOptions extends ChecklistChoice {
  output: string;
  force?: boolean;
}

/** "file.yaml:12:5", or the file alone when the place has no position. */
function placeText(file: AnswersFile, pointer: string): string {
  const range = file.source.locate(pointer);
  return range ? `${file.file}:${range.start.line}:${range.start.column}` : file.file;
}

/** The other file's place, put in the message where it names it. */
function withOther(message: DiagnosticText, place: string): DiagnosticText {
  return typeof message === 'string' ? message.replace('{other}', place) : { ...message, params: { ...message.params, other: place } };
}

/** A merge finding as a diagnostic of the file it is about; its message names the other file's place. */
function toDiagnostics(finding: MergeFinding, files: readonly AnswersFile[]): Diagnostic[] {
  const file = files[finding.input];
  if (!file) return [];
  const { input: _input, other, ...rest } = finding;
  const otherFile = other ? files[other.input] : undefined;
  const message = otherFile && other ? withOther(rest.message, placeText(otherFile, other.pointer)) : rest.message;
  return attachPositions(file.source, [{ ...rest, message }]);
}

async function readAll(
  names: readonly string[],
  context: CliContext,
): Promise<{ files: AnswersFile[]; diagnostics: Diagnostic[]; unreadable: boolean }> {
  const files: AnswersFile[] = [];
  const diagnostics: Diagnostic[] = [];
  let unreadable = false;
  for (const name of names) {
    const read = await readAnswersFile(name, context);
    if (read.ok) files.push(read.answers);
    else {
      diagnostics.push(...read.diagnostics);
      unreadable ||= read.unreadable;
    }
  }
  return { files, diagnostics, unreadable };
}

/**
 * `selfassess merge <answers...> -o merged.yaml`: joins answer files filled by
 * different departments. Conflicting answers are reported with both files and
 * lines, and nothing is written (exit 1); otherwise the merged file is written
 * atomically, answers in checklist order, commented as in a template.
 */
export async function mergeCommand(patterns: string[], options: MergeOptions, context: CliContext): Promise<number> {
  // Pattern by pattern, so that the files keep the order given: the first file's language is the merged one's.
  const names: string[] = [];
  for (const pattern of patterns) {
    for (const name of await selectFiles([pattern], context)) if (!names.includes(name)) names.push(name);
  }
  const output = path.resolve(context.cwd, options.output);
  if (names.some((name) => path.resolve(context.cwd, name) === output)) {
    throw new UsageError(phrase('cli.merge.output-is-input', { file: options.output }));
  }
  const read = await readAll(names, context);
  const first = read.files[0];
  if (read.diagnostics.length > 0 || !first) {
    printDiagnostics(context, names, read.diagnostics);
    return read.unreadable ? EXIT.usage : EXIT.findings;
  }

  // The checklist first, so that "oui" in a French file and "yes" in an English one are compared as the
  // answer they both record, not as the words they are written in; files of another checklist are
  // left as written, and reported by the merge.
  const found = await checklistFor(first.document.checklist, options, context);
  const sameChecklist = (f: AnswersFile): boolean =>
    f.document.checklist.id === first.document.checklist.id && f.document.checklist.version === first.document.checklist.version;
  const documents = read.files.map((f) =>
    found.ok && sameChecklist(f)
      ? {
          ...f.document,
          answers: readAnswers(found.candidate.checklist, f.document.answers, toolWords(), { language: f.document.language }),
        }
      : f.document,
  );
  const merged = mergeAnswers(documents);
  const diagnostics = merged.findings.flatMap((f) => toDiagnostics(f, read.files));
  const conflicts = diagnostics.some((d) => d.severity === 'error');
  if (!found.ok) diagnostics.push(...found.diagnostics, ...attachPositions(first.source, [found.finding]));
  printDiagnostics(context, names, diagnostics.sort(compareDiagnostics));
  if (!found.ok || conflicts) {
    say(context, phrase('cli.merge.not-written'));
    return EXIT.findings;
  }

  const { checklist, hash } = found.candidate;
  const { answers, respondent, period } = merged.document;
  // "Not applicable" reserved to some respondents is refused here too, in the file that says it.
  const party = respondent?.party?.type;
  const refused = read.files.flatMap((f) =>
    attachPositions(f.source, refusedForRespondent(checklist, f.document.answers, party, toolWords())),
  );
  if (refused.length > 0) {
    printDiagnostics(context, names, refused.sort(compareDiagnostics));
    say(context, phrase('cli.merge.not-written'));
    return EXIT.findings;
  }
  const sections = answeredSections(checklist, answers);
  const language = merged.document.language ?? defaultLanguage(checklist);
  const doc = answersTemplate(checklist, { language, checklistHash: hash, sections, filled: { answers, respondent, period } });
  await writeOutput(options.output, templateText(doc), options.force ?? false, context);
  const count = Object.values(answers).filter((a) => a.value !== null && a.value !== undefined).length;
  const filesCount = phrase('cli.merge.files', { count: read.files.length });
  const answersCount = phrase('cli.merge.answers', { count });
  say(
    context,
    options.output === '-'
      ? phrase('cli.merge.done', { merged: filesCount, answers: answersCount })
      : phrase('cli.merge.done-to', { merged: filesCount, answers: answersCount, file: options.output }),
  );
  return EXIT.ok;
}
