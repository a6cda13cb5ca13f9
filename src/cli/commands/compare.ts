import { commandLine } from '../command-line.js';
import { phrase } from '../../domain/diagnostic.js';
import { writeText } from '../../i18n/write-text.js';
import { compareReports } from '../../domain/compare/matrix.js';
import type { ComparedReport } from '../../domain/compare/shared-questions.js';
import type { Checklist } from '../../domain/schemas/checklist.js';
import { periodKey } from '../../domain/period.js';
import { compareView, formatComparison, type CompareTextFormat } from '../../format/compare/index.js';
import { writeOutput } from '../write-output.js';
import { contextLanguage, wantsColor, type CliContext } from '../context.js';
import { UsageError, UserError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { printDiagnostics, reportArgument, reportLibrary } from '../report-arg.js';
import { COMPARE_MESSAGES } from '../../format/compare/messages.js';
import { terminalSafe } from '../../format/terminal-safe.js';
import { translator } from '../../i18n/translate.js';
import { terminalWidth } from '../terminal-width.js';

export interface CompareOptions {
  format: CompareTextFormat | 'xlsx';
  lang?: string;
  output?: string;
  force?: boolean;
  checklists?: string;
  catalogues?: string;
}

async function write(file: string, content: string | Uint8Array, options: CompareOptions, context: CliContext): Promise<void> {
  await writeOutput(file, content, options.force ?? false, context, { announce: true });
}

/**
 * `selfassess compare <reports...>`: countries (or one country's periods) by
 * section and pillar; for one country, what changed from period to period.
 * Exit 1 when a report cannot be read, or was changed after it was produced
 * (the comparison is still written).
 */
export async function compareCommand(files: string[], options: CompareOptions, context: CliContext): Promise<number> {
  if (files.length < 2)
    throw new UsageError(phrase('cli.compare.too-few', { command: commandLine(context, 'compare', ['reports/*.report.json']) }));
  if (options.format === 'xlsx' && options.output === undefined) throw new UsageError(phrase('cli.compare.xlsx-needs-output'));
  const library = await reportLibrary(options, context);
  const inputs: ComparedReport[] = [];
  const altered: string[] = [];
  const notGenuine = new Set<string>();
  for (const file of files) {
    const loaded = await reportArgument(file, library, context);
    if (loaded.integrity.length > 0) {
      printDiagnostics(loaded.integrity, context);
      altered.push(`${loaded.report.respondent.party.code} ${loaded.report.period} (${file})`);
      notGenuine.add(`${loaded.report.respondent.party.code}\u0000${periodKey(loaded.report.period)}`);
    }
    inputs.push({ report: loaded.report, checklist: loaded.checklist });
  }
  const result = compareReports(inputs);
  if (!result.ok) throw new UserError(result.findings.map((f) => writeText(f.message, contextLanguage(context))).join('; '), EXIT.findings);
  const checklists = new Map<string, Checklist>(inputs.map((i) => [i.checklist.version, i.checklist]));
  const view = compareView(result.matrix, checklists, options.lang ?? inputs[0]?.report.language ?? 'en', notGenuine);
  if (options.format === 'xlsx' && options.output !== undefined) {
    const { compareWorkbook } = await import('../../format/compare/xlsx.js');
    await write(options.output, await compareWorkbook(view), options, context);
  } else if (options.format !== 'xlsx') {
    const table = formatComparison(view, options.format, {
      color: options.output === undefined && wantsColor(context, 'stdout'),
      width: terminalWidth(context),
    });
    // The table says which reports do not hold, where a reader of the scores looks.
    const mark =
      options.format === 'table' && altered.length > 0
        ? terminalSafe(translator(COMPARE_MESSAGES, view.language)('not-genuine', { list: altered.join(', ') })) + '\n\n'
        : '';
    const text = mark + table;
    if (options.output !== undefined) await write(options.output, text, options, context);
    else context.stdout.write(text);
  }
  return altered.length > 0 ? EXIT.findings : EXIT.ok;
}
