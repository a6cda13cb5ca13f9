import { computeCoverage } from '../../domain/coverage.js';
import { coverageView, formatCoverage } from '../../format/coverage.js';
import { catalogueValues } from '../../io/catalogues.js';
import { checklistArgument } from '../checklist-arg.js';
import { wantsColor, type CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';

export interface CoverageOptions {
  format: 'table' | 'json';
  catalogues?: string;
  lang?: string;
}

/** `selfassess coverage`: provisions covered, uncovered and out of scope; exit 1 if any in scope is uncovered. */
export async function coverageCommand(ref: string, options: CoverageOptions, context: CliContext): Promise<number> {
  const { resolved, library } = await checklistArgument(ref, context, { catalogues: options.catalogues });
  const catalogues = catalogueValues(library);
  const { checklist } = resolved;
  const language = options.lang ?? checklist.languages[0] ?? 'en';
  const view = coverageView({ id: checklist.id, version: checklist.version }, computeCoverage(checklist, catalogues), catalogues, language);
  context.stdout.write(formatCoverage(view, options.format, wantsColor(context, 'stdout')));
  return view.complete ? EXIT.ok : EXIT.findings;
}
