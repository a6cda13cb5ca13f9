import type { Diagnostic } from '../domain/diagnostic.js';
import { getDiagnosticFormatter } from '../format/diagnostics/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { contextLanguage, wantsColor, type CliContext } from './context.js';

/**
 * The one printer of diagnostics on stderr (the stylish list), in the
 * command's language: these commands' stdout may carry a document. `files`
 * are the files checked; by default, those the diagnostics name.
 */
export function printDiagnostics(context: CliContext, diagnostics: readonly Diagnostic[], files?: readonly string[]): void {
  if (diagnostics.length === 0) return;
  const text = getDiagnosticFormatter('stylish')(
    {
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      files: [...(files ?? new Set(diagnostics.map((d) => d.file)))],
      diagnostics: [...diagnostics],
      language: contextLanguage(context),
    },
    { color: wantsColor(context, 'stderr') },
  );
  context.stderr.write(text);
}
