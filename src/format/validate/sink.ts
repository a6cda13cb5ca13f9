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
  /**
   * Writes what `file` formatted since the last flush, in one write: records
   * arrive a batch at a time, and one write per record was a system call (and
   * a wake-up of the reader) per file. `end` flushes first.
   */
  flush(): void;
  end(summary: ValidateSummary): void;
}

export interface SinkOptions {
  tool: ValidateOutput['tool'];
  color: boolean;
  signatures: boolean;
  /** The language of the messages. */
  language: string;
  /** The terminal's width, to fit the table to (ValidateTableOptions.width); undefined in a pipe. */
  width?: number | undefined;
}

/** Text kept until `flush` writes it in one piece. */
function pieces(write: (text: string) => void): { add(text: string): void; flush(): void } {
  let held: string[] = [];
  return {
    add: (text) => held.push(text),
    flush: () => {
      if (held.length === 0) return;
      const text = held.join('');
      held = [];
      write(text);
    },
  };
}

const nothingHeld = (): void => undefined;

/**
 * json and ndjson are written as records arrive (a run of them per `flush`)
 * and hold nothing longer; the table and the CI formats (junit, sarif,
 * github), which need every row or the counts first, keep the records — small
 * once the documents themselves are gone.
 */
export function createSink(format: ValidateFormat, write: (text: string) => void, options: SinkOptions): ValidateSink {
  switch (format) {
    case 'json': {
      let index = 0;
      write(jsonOpening(options.tool));
      const out = pieces(write);
      return {
        file: (r) => out.add(jsonFile(r, index++, options.language)),
        flush: out.flush,
        end: (s) => {
          out.add(jsonClosing(s));
          out.flush();
        },
      };
    }
    case 'ndjson': {
      const out = pieces(write);
      return {
        file: (r) => out.add(ndjsonFile(r, options.language)),
        flush: out.flush,
        end: (s) => {
          out.add(ndjsonSummary(s));
          out.flush();
        },
      };
    }
    case 'table': {
      const files: ValidatedFile[] = [];
      // Messages written now: the table's formatter prints them as they are.
      return {
        file: (r) => files.push({ ...r, diagnostics: writeDiagnostics(r.diagnostics, options.language) }),
        flush: nothingHeld,
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
        flush: nothingHeld,
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
