import { sameCommandLine } from '../command-line.js';
import { phrase } from '../../domain/diagnostic.js';
import { contextLanguage, say } from '../context.js';
import { checkAnswers, readAnswers } from '../../domain/answers/check-answers.js';
import { toolWords } from '../../i18n/tool-words.js';
import { pendingFindings } from '../../domain/answers/pending.js';
import { compactRespondent } from '../../domain/answers/respondent.js';
import { defaultLanguage } from '../../domain/checklist-model.js';
import { compareDiagnostics, type Diagnostic, type Finding } from '../../domain/diagnostic.js';
import { localize } from '../../domain/localize.js';
import { buildReport, reportInputFindings } from '../../domain/report/build-report.js';
import { newReportInput } from '../../domain/report/report-input.js';
import { reportFileName } from '../../domain/report/file-name.js';
import type { Checklist } from '../../domain/schemas/checklist.js';
import type { Report } from '../../domain/schemas/report.js';
import { incompleteLine, SUMMARY_MESSAGES } from '../../format/summary-messages.js';
import { formatPercent } from '../../i18n/numbers.js';
import { overallBandText } from '../../format/overall-band.js';
import { translator } from '../../i18n/translate.js';
import { attachPositions } from '../../io/load-document.js';
import { reportJson } from '../../io/write-report.js';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';
import { checklistFor, printDiagnostics, readAnswersFile, writeOutput, type ChecklistChoice } from '../answers-input.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { terminalSafe } from '../../format/terminal-safe.js';

export interface ScoreOptions extends ChecklistChoice {
  /** Where to write the report; "-" for stdout. Default: `reportFileName(report)` in the current folder. */
  output?: string;
  force?: boolean;
}

/**
 * `selfassess score <answers>`: checks an answers file or a draft against its
 * checklist, then writes the scored report. Any error in the answers is shown
 * with its file, line and column, and no report is written (exit 1).
 */
export async function scoreCommand(file: string, options: ScoreOptions, context: CliContext): Promise<number> {
  const read = await readAnswersFile(file, context);
  if (!read.ok) {
    printDiagnostics(context, [file], read.diagnostics);
    return read.unreadable ? EXIT.usage : EXIT.findings;
  }
  const { document, source } = read.answers;
  const found = await checklistFor(document.checklist, options, context);
  if (!found.ok) {
    printDiagnostics(context, [file], [...found.diagnostics, ...attachPositions(source, [found.finding])].sort(compareDiagnostics));
    return EXIT.findings;
  }
  const { checklist, hash } = found.candidate;
  // Blank details left from the template are not given: the report holds only what was written,
  // its values read as the interactive mode reads them ("oui", "27/10/2003", "1 234").
  const reading = { language: document.language };
  const words = toolWords();
  const answers = {
    ...document,
    answers: readAnswers(checklist, document.answers, words, reading),
    respondent: compactRespondent(document.respondent),
  };
  const language = document.language ?? defaultLanguage(checklist);
  const input = newReportInput(
    { checklist, checklistHash: hash, answers, language },
    { name: TOOL_NAME, version: TOOL_VERSION },
    new Date(),
  );
  // The findings about party and period point at the respondent block as written, blanks included.
  const findings: Finding[] = [
    ...checkAnswers(checklist, document.answers, words, '/answers', document.respondent?.party?.type, reading),
    ...reportInputFindings({ ...input, answers: document }),
    ...pendingFindings(document),
  ];
  const diagnostics: Diagnostic[] = attachPositions(source, findings).sort(compareDiagnostics);
  printDiagnostics(context, [file], diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) {
    say(context, phrase('cli.score.not-written', { file, command: sameCommandLine(context) }));
    return EXIT.findings;
  }

  const report = buildReport(input);
  const target = options.output ?? reportFileName(report);
  await writeOutput(target, reportJson(report), options.force ?? false, context);
  context.stderr.write(terminalSafe(summaryText(report, checklist, target === '-' ? undefined : target, contextLanguage(context))));
  return EXIT.ok;
}

/** Overall score (as a percentage and as stored, to check by hand), band, completeness, and where the report is. */
/** In the language of the command's messages (--lang, else the locale), like every other line it prints; band names as the checklist gives them in it. */
function summaryText(report: Report, checklist: Checklist, written: string | undefined, language: string): string {
  const t = translator(SUMMARY_MESSAGES, language);
  const { score } = report.scores.overall;
  const bandLabel = overallBandText(report, language, (id) =>
    localize(report.scoring.bands.find((b) => b.id === id)?.label, language, defaultLanguage(checklist)),
  );
  const lines = [
    score === null ? t('overall.none') : t('overall', { score: `${formatPercent(score, language, 2)} (${score})`, band: bandLabel }),
    report.completeness.complete ? t('complete') : incompleteLine(report.completeness.missing, language),
  ];
  if (written !== undefined) lines.push(t('report', { path: written }));
  return lines.join('\n') + '\n';
}
