import Table from 'cli-table3';
import type { ValidatedFile, ValidateSummary } from '../../domain/schemas/validate-output.js';
import { capReason } from '../../i18n/scoring-words.js';
import { formatStylish } from '../diagnostics/stylish.js';
import { phrase, type PhraseParams } from '../../domain/diagnostic.js';
import { writeText } from '../../i18n/write-text.js';
import { formatDecimal } from '../../i18n/numbers.js';
import type { DiagnosticReport } from '../diagnostics/types.js';
import { terminalSafeLine } from '../terminal-safe.js';

export interface ValidateTableOptions {
  color: boolean;
  /** Add the signature column (with --trusted-keys). */
  signatures: boolean;
  /** The language of the problems listed under the table. */
  language?: string;
}

const HEAD = ['file', 'kind', 'country', 'period', 'checklist', 'score', 'band', 'completeness', 'status', 'errors', 'warnings'] as const;

/** A word or line of the table, in its language (keys `validate.*` of the catalogues). */
type Say = (key: string, params?: PhraseParams) => string;
const sayIn =
  (language: string | undefined): Say =>
  (key, params) =>
    writeText(phrase(`validate.${key}`, params), language);

/** cli-table3 costs ~0.1 ms per row and more per row as tables grow; chunks of fixed widths keep 10,000 rows linear. */
const CHUNK = 200;

const dash = '—';

/**
 * The stated band in the reader's language (its label as the report gives it; its id where the
 * report has no label in that language) and, when core obligations capped it, why — on the same
 * line as the score.
 */
function bandCell(f: ValidatedFile, language: string): string {
  if (!f.band) return dash;
  const label = typeof f.bandLabel === 'string' ? f.bandLabel : (f.bandLabel?.[language] ?? f.band);
  return f.cappedBy && f.cappedBy.length > 0 ? `${label} (${capReason({ obligations: f.cappedBy }, language)})` : label;
}

/**
 * The words of a table's cells, each written once per table and made terminal-safe then: 10,000 rows
 * repeat a handful of them (a kind, a status, a capped band and its reason), which written again for
 * every row cost ≈ 9 µs a row, ≈ 0.1 s between the last file of 10,000 and the output.
 */
type Words = (key: string, write: () => string) => string;
function wordsOnce(): Words {
  const written = new Map<string, string>();
  return (key, write) => {
    let text = written.get(key);
    if (text === undefined) {
      text = terminalSafeLine(write());
      written.set(key, text);
    }
    return text;
  };
}

/** "complete", or "incomplete: 3 unanswered", as the report states it; a dash for other kinds. */
function completenessCell(f: ValidatedFile, say: Say, words: Words): string {
  if (f.complete === null) return dash;
  if (f.complete) return words('complete', () => say('complete'));
  const { missing } = f;
  return missing === null
    ? words('incomplete', () => say('incomplete'))
    : words(`incomplete ${missing}`, () => say('incomplete-missing', { count: missing }));
}

/** A capped band's cell, written once for each band and set of obligations (keyed by what bandCell reads of them). */
function bandWords(f: ValidatedFile, language: string, words: Words): string {
  const capped = f.cappedBy ?? [];
  const key = `band ${f.band ?? ''} ${typeof f.bandLabel === 'string' ? f.bandLabel : (f.bandLabel?.[language] ?? '')} ${capped
    .map((o) => `${o.status} ${o.question} ${o.sources.map((source) => `${source.catalogue} ${source.provision}`).join(' ')}`)
    .join(' ')}`;
  return words(key, () => bandCell(f, language));
}

function row(f: ValidatedFile, signatures: boolean, say: Say, language: string, words: Words): string[] {
  const cells = [
    terminalSafeLine(f.file),
    f.kind === null ? '?' : words(`kind ${f.kind}`, () => say(`kind.${f.kind}`)),
    terminalSafeLine(f.country ?? dash),
    terminalSafeLine(f.period ?? dash),
    f.checklist ? terminalSafeLine(`${f.checklist.id} ${f.checklist.version}`) : dash,
    f.score === null ? dash : formatDecimal(f.score, language, 4),
    bandWords(f, language, words),
    completenessCell(f, say, words),
    words(`status ${f.status}`, () => say(`status.${f.status}`)),
    String(f.errors),
    String(f.warnings),
  ];
  const signature = f.signature?.status;
  if (signatures) cells.push(signature ? words(`signature ${signature}`, () => say(`signature.${signature}`)) : dash);
  return cells;
}

/** Characters (code points) of a text: its length, but where a surrogate pair counts one. */
const SURROGATE = /[\ud800-\udfff]/;
const width = (text: string): number => (SURROGATE.test(text) ? [...text].length : text.length);

/**
 * Characters cli-table3 counts as one column each (its string-width): ASCII,
 * Latin letters with their accents precomposed, no-break spaces. Not © and ®,
 * which it counts as emoji.
 */
const ONE_COLUMN_EACH = /^[\u0020-\u007e\u00a0-\u00a8\u00aa-\u00ad\u00af-\u024f\u202f]*$/;

/**
 * The table cli-table3 draws without colors, drawn here line by line: it
 * measures every cell of every row (≈ 0.4 ms a row, 4 s for 10,000 files,
 * after the last file is validated). Only for cells whose width is their
 * number of characters; any other table is left to cli-table3.
 */
function drawPlain(head: readonly string[], rows: readonly string[][], colWidths: readonly number[]): string | undefined {
  if (!head.every((h) => ONE_COLUMN_EACH.test(h)) || !rows.every((r) => r.every((c) => ONE_COLUMN_EACH.test(c)))) return undefined;
  const rule = (left: string, middle: string, right: string): string => left + colWidths.map((w) => '─'.repeat(w)).join(middle) + right;
  const line = (cells: readonly string[]): string => `│${colWidths.map((w, i) => ` ${(cells[i] ?? '').padEnd(w - 2)} `).join('│')}│`;
  // No rule under the head of an empty table, as cli-table3 draws it.
  const lines = rows.length === 0 ? [rule('┌', '┬', '┐'), line(head)] : [rule('┌', '┬', '┐'), line(head), rule('├', '┼', '┤')];
  for (const cells of rows) lines.push(line(cells));
  lines.push(rule('└', '┴', '┘'));
  return lines.join('\n') + '\n';
}

/**
 * The rows, as one table drawn in chunks: every chunk has the same column
 * widths, so dropping the inner bottom and top borders joins them seamlessly.
 */
export function drawTable(head: readonly string[], rows: string[][], color: boolean): string {
  // A loop, not Math.max(...widths): past ≈ 125,000 rows the spread arguments overflow the stack.
  const colWidths = head.map((h, i) => {
    let widest = width(h);
    for (const r of rows) widest = Math.max(widest, width(r[i] ?? ''));
    return widest + 2;
  });
  const plain = color ? undefined : drawPlain(head, rows, colWidths);
  if (plain !== undefined) return plain;
  const style = color ? { head: ['bold'], border: ['grey'], compact: true } : { head: [], border: [], compact: true };
  const chunks: string[][] = [];
  for (let start = 0; start === 0 || start < rows.length; start += CHUNK) {
    const table = new Table(start === 0 ? { head: [...head], colWidths, style } : { colWidths, style });
    table.push(...rows.slice(start, start + CHUNK));
    chunks.push(table.toString().split('\n'));
  }
  return chunks.map((lines, i) => lines.slice(i === 0 ? 0 : 1, i === chunks.length - 1 ? lines.length : -1).join('\n')).join('\n') + '\n';
}

/** `3 files: 1 valid, 1 with warnings, 1 invalid (2 errors, 1 warning)`, in a language. */
export function summaryLine(s: ValidateSummary, language = 'en'): string {
  const count = (key: string, n: number): ReturnType<typeof phrase> => phrase(`validate.summary.${key}`, { count: n });
  return sayIn(language)('summary', {
    files: count('files', s.files),
    valid: count('valid', s.valid),
    withWarnings: count('with-warnings', s.withWarnings),
    invalid: count('invalid', s.invalid),
    errors: count('errors', s.errors),
    warnings: count('warnings', s.warnings),
  });
}

/**
 * The default output: one row per file, then the problems of the files that
 * have any (as `lint` prints them), then the summary line. Written after the
 * last file: rows written as the files came would add their garbage to the
 * main thread while the workers run (peak memory on 10,000 reports ≈ 186 →
 * 196 MB, against ≈ 0.1 s saved).
 */
export function formatValidateTable(
  files: readonly ValidatedFile[],
  summary: ValidateSummary,
  tool: DiagnosticReport['tool'],
  options: ValidateTableOptions,
): string {
  const language = options.language ?? 'en';
  const say = sayIn(language);
  const words = wordsOnce();
  const head = (options.signatures ? [...HEAD, 'signature'] : HEAD).map((h) => say(`head.${h}`));
  const table = drawTable(
    head,
    files.map((f) => row(f, options.signatures, say, language, words)),
    options.color,
  );
  const withProblems = files.filter((f) => f.diagnostics.length > 0);
  const problems =
    withProblems.length === 0
      ? ''
      : '\n' +
        formatStylish(
          {
            tool,
            files: withProblems.map((f) => f.file),
            diagnostics: withProblems.flatMap((f) => f.diagnostics),
            language: options.language,
          },
          { color: options.color },
        );
  return `${table}${problems}\n${summaryLine(summary, language)}\n`;
}
