import { formatSummary } from '../../format/summary.js';
import { wantsColor, type CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { terminalWidth } from '../terminal-width.js';
import { printDiagnostics, reportArgument, reportLibrary } from '../report-arg.js';
import { terminalSafeDeep } from '../../format/terminal-safe.js';

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
  const text = formatSummary(terminalSafeDeep(loaded.report), terminalSafeDeep(loaded.checklist), {
    language: options.lang ?? loaded.report.language,
    color: wantsColor(context, 'stdout'),
    width: terminalWidth(context),
  });
  context.stdout.write(text);
  return loaded.integrity.length > 0 ? EXIT.findings : EXIT.ok;
}
