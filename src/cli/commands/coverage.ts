import { phrase } from '../../domain/diagnostic.js';
import path from 'node:path';
import { computeCoverage, coverageAtLevel, measuresCoverage } from '../../domain/coverage.js';
import { bundledMeasuresFile, readMeasures } from '../../io/measures.js';
import { UserError } from '../errors.js';
import { printDiagnostics } from '../report-arg.js';
import type { ObligationLevel } from '../../domain/schemas/common.js';
import { coverageView, formatCoverage } from '../../format/coverage.js';
import { catalogueValues } from '../../io/catalogues.js';
import { checklistArgument } from '../checklist-arg.js';
import { contextLanguage, wantsColor, type CliContext } from '../context.js';
import { terminalWidth } from '../terminal-width.js';
import { EXIT } from '../exit-codes.js';

export interface CoverageOptions {
  format: 'table' | 'json';
  catalogues?: string;
  lang?: string;
  level?: ObligationLevel;
  /** true: the bundled measures; a string: a measures file. */
  measures?: string | boolean;
}

/**
 * `selfassess coverage`: provisions covered, uncovered and out of scope, with
 * their level of obligation; exit 1 if any in scope is uncovered. With
 * `--level`, only the provisions of that level (e.g. what is mandatory and who covers it).
 */
export async function coverageCommand(ref: string, options: CoverageOptions, context: CliContext): Promise<number> {
  const { resolved, library } = await checklistArgument(ref, context, { catalogues: options.catalogues });
  const catalogues = catalogueValues(library);
  const { checklist } = resolved;
  const language = options.lang ?? checklist.languages[0] ?? 'en';
  const coverage = computeCoverage(checklist, catalogues);
  const shown = options.level === undefined ? coverage : coverageAtLevel(coverage, options.level);
  const view = coverageView({ id: checklist.id, version: checklist.version }, shown, catalogues, language);
  let measuresComplete = true;
  if (options.measures !== undefined && options.measures !== false) {
    const file = typeof options.measures === 'string' ? path.resolve(context.cwd, options.measures) : bundledMeasuresFile();
    const read = await readMeasures(file, typeof options.measures === 'string' ? options.measures : 'measures/tip-measures.yaml');
    if (!read.ok) {
      printDiagnostics(read.diagnostics, context);
      throw new UserError(phrase('cli.measures-unreadable'), EXIT.findings);
    }
    view.measures = measuresCoverage(shown, read.document.measures);
    measuresComplete = shown.every((c) =>
      c.provisions.every((p) => !p.inScope || (view.measures?.get(c.catalogue)?.get(p.path) ?? []).length > 0),
    );
  }
  context.stdout.write(
    formatCoverage(view, options.format, wantsColor(context, 'stdout'), contextLanguage(context), terminalWidth(context)),
  );
  return view.complete && measuresComplete ? EXIT.ok : EXIT.findings;
}
