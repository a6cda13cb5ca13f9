import { phrase } from '../../domain/diagnostic.js';
import path from 'node:path';
import { lintMeasures } from '../../domain/measures/lint.js';
import { buildPlan, type Plan } from '../../domain/measures/plan.js';
import { progressAgainstPlan, progressFindings } from '../../domain/measures/progress.js';
import { planCsv, progressCsv } from '../../format/plan/csv.js';
import { planHtml, progressHtml } from '../../format/plan/html.js';
import { planMarkdown, progressMarkdown } from '../../format/plan/markdown.js';
import { planView, progressView } from '../../format/plan/view.js';
import { catalogueValues } from '../../io/catalogues.js';
import { bundledMeasuresFile, readMeasures } from '../../io/measures.js';
import { readText } from '../../io/read-text.js';
import type { CliContext } from '../context.js';
import { UsageError, UserError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { printDiagnostics, reportArgument, reportLibrary } from '../report-arg.js';
import { writeOutput } from '../write-output.js';

type PlanFormat = 'md' | 'html' | 'csv' | 'json' | 'xlsx';

export interface PlanOptions {
  measures?: string;
  format: PlanFormat;
  lang?: string;
  output?: string;
  force?: boolean;
  group: 'none' | 'pillar' | 'section';
  progress?: string;
  checklists?: string;
  catalogues?: string;
}

/** Reads a plan written by `plan --format json`, or stops with a clear message. */
async function readPlan(file: string, context: CliContext): Promise<Plan> {
  const text = await readText(path.resolve(context.cwd, file));
  if (!text.ok) throw new UsageError(phrase('cli.plan.unreadable', { file, reason: text.diagnostic.message }));
  let data: unknown;
  try {
    data = JSON.parse(text.text);
  } catch {
    throw new UserError(phrase('cli.plan.not-json', { file }), EXIT.findings);
  }
  const plan = data as Partial<Plan> | null;
  if (
    plan === null ||
    typeof plan !== 'object' ||
    plan.kind !== 'plan' ||
    !Array.isArray(plan.items) ||
    typeof plan.baseline !== 'object' ||
    !plan.report
  ) {
    throw new UserError(phrase('cli.plan.not-a-plan', { file }), EXIT.findings);
  }
  return plan as Plan;
}

/**
 * `selfassess plan <report>`: a draft national action plan — every unmet core
 * obligation, gap and unknown of the report with the measures that answer it —
 * or, with `--progress <plan.json>`, the progress a later report shows against
 * a plan. Exit 1 when the report or the measures have errors.
 */
export async function planCommand(file: string, options: PlanOptions, context: CliContext): Promise<number> {
  if (options.format === 'xlsx' && options.output === undefined)
    throw new UsageError(phrase('cli.xlsx-needs-output', { file: 'plan.xlsx' }));
  const library = await reportLibrary(options, context);
  const loaded = await reportArgument(file, library, context);
  if (loaded.integrity.length > 0) {
    printDiagnostics(loaded.integrity, context);
    throw new UserError(phrase('cli.plan.report-altered', { file }), EXIT.findings);
  }
  const measuresFile = options.measures === undefined ? bundledMeasuresFile() : path.resolve(context.cwd, options.measures);
  const measures = await readMeasures(measuresFile, options.measures ?? 'measures/tip-measures.yaml');
  if (!measures.ok) {
    printDiagnostics(measures.diagnostics, context);
    throw new UserError(phrase('cli.measures-unreadable'), EXIT.findings);
  }
  // Coverage of the checklists' scope is lint's concern; a plan needs only measures that hold together.
  const problems = measures.locate(lintMeasures(measures.document, catalogueValues(library), []).filter((f) => f.severity === 'error'));
  if (problems.length > 0) {
    printDiagnostics(problems, context);
    throw new UserError(phrase('cli.measures-errors'), EXIT.findings);
  }
  const language = options.lang ?? loaded.report.language;
  let text: string;
  if (options.progress !== undefined) {
    const plan = await readPlan(options.progress, context);
    const refused = progressFindings(plan, loaded.report);
    if (refused.length > 0) {
      printDiagnostics(
        refused.map((f) => ({ ...f, file })),
        context,
      );
      throw new UserError(phrase('cli.plan.progress-refused', { file, plan: options.progress }), EXIT.findings);
    }
    const progress = progressAgainstPlan(plan, loaded.report, loaded.checklist, measures.document);
    const view = progressView(progress, loaded.checklist, measures.document, language);
    if (options.format === 'xlsx' && options.output !== undefined) {
      const { progressWorkbook } = await import('../../format/plan/xlsx.js');
      await writeOutput(options.output, await progressWorkbook(view), options.force ?? false, context, { announce: true });
      return EXIT.ok;
    }
    text =
      options.format === 'json'
        ? JSON.stringify(progress, null, 2) + '\n'
        : options.format === 'csv'
          ? progressCsv(view, language)
          : options.format === 'html'
            ? progressHtml(view, language)
            : progressMarkdown(view);
  } else {
    const plan = buildPlan(loaded.report, loaded.checklist, measures.document);
    const view = planView(plan, loaded.checklist, measures.document, language);
    if (options.format === 'xlsx' && options.output !== undefined) {
      const { planWorkbook } = await import('../../format/plan/xlsx.js');
      await writeOutput(options.output, await planWorkbook(view), options.force ?? false, context, { announce: true });
      return EXIT.ok;
    }
    text =
      options.format === 'json'
        ? JSON.stringify(plan, null, 2) + '\n'
        : options.format === 'csv'
          ? planCsv(view)
          : options.format === 'html'
            ? planHtml(view, options.group)
            : planMarkdown(view, options.group);
  }
  if (options.output !== undefined) await writeOutput(options.output, text, options.force ?? false, context, { announce: true });
  else context.stdout.write(text);
  return EXIT.ok;
}
