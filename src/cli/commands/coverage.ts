import { computeCoverage, coverageAtLevel } from '../../domain/coverage.js';
import type { ObligationLevel } from '../../domain/schemas/common.js';
import { coverageView, formatCoverage } from '../../format/coverage.js';
import { catalogueValues } from '../../io/catalogues.js';
import { checklistArgument } from '../checklist-arg.js';
import { wantsColor, type CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';

export interface CoverageOptions {
  format: 'table' | 'json';
  catalogues?: string;
  lang?: string;
  level?: ObligationLevel;
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
  context.stdout.write(formatCoverage(view, options.format, wantsColor(context, 'stdout')));
  return view.complete ? EXIT.ok : EXIT.findings;
}
