import { formatSummary } from '../../format/summary.js';
import { wantsColor, type CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { terminalWidth } from '../terminal-width.js';
import { printDiagnostics, reportArgument, reportLibrary } from '../report-arg.js';
import { terminalSafeDocument } from '../../format/terminal-safe.js';
import { CHECK_MESSAGES } from '../../format/check-messages.js';
import { translator } from '../../i18n/translate.js';

export interface ShowOptions {
  lang?: string;
  checklists?: string;
  catalogues?: string;
}

/**
 * `selfassess show <report>`: the summary `assess` prints at the end (score,
 * band, a bar per section and pillar, the largest gaps), coloured only on a
 * terminal. A report changed since it was produced is shown with a warning
 * and exits 1.
 */
export async function showCommand(file: string, options: ShowOptions, context: CliContext): Promise<number> {
  const library = await reportLibrary(options, context);
  const loaded = await reportArgument(file, library, context);
  if (loaded.integrity.length > 0) printDiagnostics(loaded.integrity, context);
  // Every text of the report and checklist is made terminal-safe before the summary adds its colours.
  const text = formatSummary(terminalSafeDocument(loaded.report), terminalSafeDocument(loaded.checklist), {
    language: options.lang ?? loaded.report.language,
    color: wantsColor(context, 'stdout'),
    width: terminalWidth(context),
  });
  // Marked where it is read, not only on stderr.
  const mark =
    loaded.integrity.length > 0 ? translator(CHECK_MESSAGES, options.lang ?? loaded.report.language)('not-genuine') + '\n\n' : '';
  context.stdout.write(mark + text);
  return loaded.integrity.length > 0 ? EXIT.findings : EXIT.ok;
}
