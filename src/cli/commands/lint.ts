import { codeDescriptions } from '../../domain/codes.js';
import { compareDiagnostics, type Diagnostic } from '../../domain/diagnostic.js';
import type { ParsedDocument } from '../../domain/lint.js';
import { lintTogether, needsBundledChecklists } from '../../domain/lint-together.js';
import { getDiagnosticFormatter, type DiagnosticFormat } from '../../format/diagnostics/index.js';
import { catalogueValues } from '../../io/catalogues.js';
import { TOOL_LANGUAGES } from '../../i18n/messages/index.js';
import { readLibrary } from '../../io/library.js';
import { attachPositions, type LoadedDocument } from '../../io/load-document.js';
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

/** `selfassess lint`: schema, then semantic rules (`lintTogether`), for every checklist, catalogue and measures document named. */
export async function lintCommand(patterns: string[], options: LintOptions, context: CliContext): Promise<number> {
  const files = await selectFiles(patterns, context);
  const library = await readLibrary([options.catalogues], 'catalogues');
  const diagnostics: Diagnostic[] = [...library.diagnostics];

  const read: Array<{ document: ParsedDocument; source: LoadedDocument }> = [];
  for (const file of files) {
    const one = await readDocument(file);
    if (one.ok) read.push({ document: one.parsed, source: one.source });
    else diagnostics.push(...one.diagnostics);
  }
  const documents = read.map((r) => r.document);
  const bundled = needsBundledChecklists(documents) ? [...(await readLibrary([])).checklists.values()].map((l) => l.value) : [];
  const findings = lintTogether(documents, catalogueValues(library), bundled, TOOL_LANGUAGES);
  read.forEach((r, i) => diagnostics.push(...attachPositions(r.source, findings[i] ?? [])));
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
