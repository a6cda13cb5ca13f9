import { readLibraryWithBundled } from '../../io/library-with-bundled.js';
import { lintMeasures } from '../../domain/measures/lint.js';
import { codeDescriptions } from '../../domain/codes.js';
import type { MeasuresDocument } from '../../domain/schemas/measures.js';
import { readBundledLibrary } from '../../io/validate-bundled.js';
import { compareDiagnostics, type Diagnostic } from '../../domain/diagnostic.js';
import { lintCatalogue, lintChecklist } from '../../domain/lint.js';
import type { Catalogue } from '../../domain/schemas/catalogue.js';
import type { Checklist } from '../../domain/schemas/checklist.js';
import { getDiagnosticFormatter, type DiagnosticFormat } from '../../format/diagnostics/index.js';
import { catalogueValues } from '../../io/catalogues.js';
import { attachPositions } from '../../io/load-document.js';
import { readDocument } from '../../io/read-document.js';
import { TOOL_NAME, TOOL_URI, TOOL_VERSION } from '../../version.js';
import { contextLanguage, wantsColor, type CliContext } from '../context.js';
import { selectFiles } from '../select-files.js';
import { exitForDiagnostics, type FailOn } from '../verdict.js';

export interface LintOptions {
  format: DiagnosticFormat;
  failOn: FailOn;
  maxWarnings?: number;
  catalogues?: string;
}

/** `selfassess lint`: schema, then semantic rules, for every checklist and catalogue named. */
export async function lintCommand(patterns: string[], options: LintOptions, context: CliContext): Promise<number> {
  const files = await selectFiles(patterns, context);
  const library = await readLibraryWithBundled([options.catalogues]);
  const diagnostics: Diagnostic[] = [...library.diagnostics];

  // Catalogues named on the command line are available to the checklists linted with them.
  const parsed: Array<{
    file: string;
    checklist?: Checklist;
    catalogue?: Catalogue;
    measures?: MeasuresDocument;
    locate: Parameters<typeof attachPositions>[0];
  }> = [];
  const localCatalogues = new Map<string, Catalogue>();
  for (const file of files) {
    const read = await readDocument(file);
    if (!read.ok) {
      diagnostics.push(...read.diagnostics);
      continue;
    }
    const { parsed: document, source } = read;
    if (document.kind === 'checklist') parsed.push({ file, checklist: document.value, locate: source });
    else if (document.kind === 'catalogue') {
      parsed.push({ file, catalogue: document.value, locate: source });
      if (!localCatalogues.has(document.value.id)) localCatalogues.set(document.value.id, document.value);
    } else if (document.kind === 'measures') parsed.push({ file, measures: document.value, locate: source });
  }
  const catalogues = new Map([...catalogueValues(library), ...localCatalogues]);
  // Measures must cover the scope of the checklists linted with them and of the bundled ones.
  const scope = parsed.some((e) => e.measures)
    ? [
        ...parsed.flatMap((e) => (e.checklist ? [e.checklist] : [])),
        ...[...(await readBundledLibrary()).checklists.values()].map((l) => l.value),
      ]
    : [];
  const scopeChecklists = scope.filter((c, i) => scope.findIndex((d) => d.id === c.id) === i);
  for (const entry of parsed) {
    const findings = entry.checklist
      ? lintChecklist(entry.checklist, catalogues)
      : entry.catalogue
        ? lintCatalogue(entry.catalogue)
        : entry.measures
          ? lintMeasures(entry.measures, catalogues, scopeChecklists)
          : [];
    diagnostics.push(...attachPositions(entry.locate, findings));
  }
  diagnostics.sort(compareDiagnostics);

  const text = getDiagnosticFormatter(options.format)(
    {
      tool: { name: TOOL_NAME, version: TOOL_VERSION, informationUri: TOOL_URI },
      files,
      diagnostics,
      rules: codeDescriptions(),
      language: contextLanguage(context),
    },
    { color: options.format === 'stylish' && wantsColor(context, 'stdout') },
  );
  context.stdout.write(text);
  return exitForDiagnostics(diagnostics, options);
}
