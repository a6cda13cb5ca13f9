import type { Diagnostic } from '../../domain/diagnostic.js';
import type { ValidatedFile, ValidateOutput, ValidateSummary } from '../../domain/schemas/validate-output.js';
import { codeDescriptions } from '../../domain/codes.js';
import { getDiagnosticFormatter } from '../diagnostics/index.js';
import { jsonClosing, jsonFile, jsonOpening, ndjsonFile, ndjsonSummary } from './json.js';
import type { ValidateFormat } from './formats.js';
import { formatValidateTable } from './table.js';
import { writeDiagnostics } from '../../i18n/write-text.js';

/** Where records go as they arrive, in order; `end` writes what needs the whole batch. */
export interface ValidateSink {
  file(result: ValidatedFile): void;
  end(summary: ValidateSummary): void;
}

export interface SinkOptions {
  tool: ValidateOutput['tool'];
  color: boolean;
  signatures: boolean;
  /** The language of the messages. */
  language: string;
}

/**
 * json and ndjson are written file by file and hold nothing; the table and
 * the CI formats (junit, sarif, github), which need every row or the counts
 * first, keep the records — small once the documents themselves are gone.
 */
export function createSink(format: ValidateFormat, write: (text: string) => void, options: SinkOptions): ValidateSink {
  switch (format) {
    case 'json': {
      let index = 0;
      write(jsonOpening(options.tool));
      return { file: (r) => write(jsonFile(r, index++, options.language)), end: (s) => write(jsonClosing(s)) };
    }
    case 'ndjson':
      return { file: (r) => write(ndjsonFile(r, options.language)), end: (s) => write(ndjsonSummary(s)) };
    case 'table': {
      const files: ValidatedFile[] = [];
      // Messages written now: the table's formatter prints them as they are.
      return {
        file: (r) => files.push({ ...r, diagnostics: writeDiagnostics(r.diagnostics, options.language) }),
        end: (s) => write(formatValidateTable(files, s, options.tool, options)),
      };
    }
    case 'junit':
    case 'sarif':
    case 'github': {
      const files: string[] = [];
      const diagnostics: Diagnostic[] = [];
      return {
        file: (r) => {
          files.push(r.file);
          diagnostics.push(...r.diagnostics);
        },
        end: () =>
          write(
            getDiagnosticFormatter(format)(
              { tool: options.tool, files, diagnostics, rules: codeDescriptions(), language: options.language },
              { color: false },
            ),
          ),
      };
    }
  }
}
