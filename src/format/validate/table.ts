import Table from 'cli-table3';
import type { ValidatedFile, ValidateSummary } from '../../domain/schemas/validate-output.js';
import { capReason } from '../../i18n/scoring-words.js';
import { formatStylish } from '../diagnostics/stylish.js';
import { phrase, type PhraseParams } from '../../domain/diagnostic.js';
import { writeText } from '../../i18n/write-text.js';
import { formatDecimal } from '../../i18n/numbers.js';
import type { DiagnosticReport } from '../diagnostics/types.js';
import { terminalSafeLine } from '../terminal-safe.js';
import { cappedWidths } from '../table.js';
import { wrapAtSpaces } from '../wrap-at-spaces.js';

export interface ValidateTableOptions {
  color: boolean;
  /** Add the signature column (with --trusted-keys). */
  signatures: boolean;
  /** The language of the problems listed under the table. */
  language?: string;
  /**
   * The terminal's width, when the table is drawn in one: a capped band's reason, then a
   * long completeness, are wrapped in their cells to fit it (the widest first), every other
   * cell staying on its row's first line. A table that cannot fit so (long paths, a narrow
   * terminal) is drawn as without it: one line per file, as in a pipe or a log, for grep.
   */
  width?: number | undefined;
}

const HEAD = ['file', 'kind', 'country', 'period', 'checklist', 'score', 'band', 'completeness', 'status', 'errors', 'warnings'] as const;

/** The columns whose cells can be long (a capped band says why; French says « incomplet : 5 questions sans réponse »): in a terminal, the ones wrapped. */
const WRAPS: ReadonlySet<number> = new Set([HEAD.indexOf('band'), HEAD.indexOf('completeness')]);

/** A terminal's width, and the columns whose cells may be wrapped to fit it. */
interface TableFit {
  width: number;
  wraps: ReadonlySet<number>;
}

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
/** The same, with the line breaks of a cell wrapped to fit a terminal. */
const ONE_COLUMN_EACH_LINES = /^[\n\u0020-\u007e\u00a0-\u00a8\u00aa-\u00ad\u00af-\u024f\u202f]*$/;

/**
 * The table cli-table3 draws without colors, drawn here line by line: it
 * measures every cell of every row (≈ 0.4 ms a row, 4 s for 10,000 files,
 * after the last file is validated). Only for cells whose width is their
 * number of characters; any other table is left to cli-table3. `wrapped`:
 * some cells hold several lines (fitted to a terminal), drawn side by side.
 */
function drawPlain(
  head: readonly string[],
  rows: readonly string[][],
  colWidths: readonly number[],
  wrapped: boolean,
  color = false,
): string | undefined {
  const oneColumnEach = wrapped ? ONE_COLUMN_EACH_LINES : ONE_COLUMN_EACH;
  if (!head.every((h) => ONE_COLUMN_EACH.test(h)) || !rows.every((r) => r.every((c) => oneColumnEach.test(c)))) return undefined;
  // In colour, as cli-table3's style of this table: grey borders, a bold head.
  const grey = (text: string): string => (color ? `\u001b[90m${text}\u001b[39m` : text);
  const bold = (text: string): string => (color && text !== '' ? `\u001b[1m${text}\u001b[22m` : text);
  const bar = grey('│');
  const rule = (left: string, middle: string, right: string): string =>
    grey(left + colWidths.map((w) => '─'.repeat(w)).join(middle) + right);
  const line = (cells: readonly string[], style: (text: string) => string): string =>
    `${bar}${colWidths.map((w, i) => ` ${style(cells[i] ?? '')}${' '.repeat(Math.max(0, w - 2 - (cells[i] ?? '').length))} `).join(bar)}${bar}`;
  const lines: string[] = [];
  const push = (cells: readonly string[], style: (text: string) => string = (text) => text): void => {
    if (!wrapped || !cells.some((c) => c.includes('\n'))) {
      lines.push(line(cells, style));
      return;
    }
    const split = cells.map((c) => c.split('\n'));
    const height = split.reduce((most, c) => Math.max(most, c.length), 0);
    for (let k = 0; k < height; k++)
      lines.push(
        line(
          split.map((c) => c[k] ?? ''),
          style,
        ),
      );
  };
  lines.push(rule('┌', '┬', '┐'));
  push(head, bold);
  // No rule under the head of an empty table, as cli-table3 draws it.
  if (rows.length > 0) lines.push(rule('├', '┼', '┤'));
  for (const cells of rows) push(cells);
  lines.push(rule('└', '┴', '┘'));
  return lines.join('\n') + '\n';
}

/** The longest word of a text (code points), between spaces and line breaks: where a wrapped cell cannot be narrower. */
function longestWord(text: string): number {
  let longest = 0;
  for (const word of text.split(/[ \n]+/)) longest = Math.max(longest, width(word));
  return longest;
}

/** The columns a table takes drawn at `widths` (padding included), its borders counted. */
const drawnWidth = (widths: readonly number[]): number => widths.reduce((sum, w) => sum + w + 1, 1);

interface Layout {
  colWidths: number[];
  rows: string[][];
  wrapped: boolean;
}

/** The narrowest a column of cells can be wrapped to (padding included): its longest word, each distinct cell measured once. */
function narrowestOf(head: string, rows: readonly string[][], column: number): number {
  let floor = longestWord(head) + 2;
  const measured = new Set<string>();
  for (const r of rows) {
    const cell = r[column] ?? '';
    if (width(cell) + 2 <= floor || measured.has(cell)) continue;
    measured.add(cell);
    floor = Math.max(floor, longestWord(cell) + 2);
  }
  return floor;
}

/**
 * Column widths (padding included) and rows of a table, fitted to `fit`
 * columns by wrapping the cells of the columns `wraps` alone (cappedWidths:
 * the widest first, never below a cell's longest word); the natural widths
 * and the rows unchanged when the table fits as it is, when no width is
 * given, or when it cannot fit so. Each distinct cell is wrapped once:
 * 10,000 rows repeat a handful of capped bands.
 */
function layout(head: readonly string[], rows: string[][], fit: TableFit | undefined): Layout {
  // A loop, not Math.max(...widths): past ≈ 125,000 rows the spread arguments overflow the stack.
  const natural = head.map((h, i) => {
    let widest = width(h);
    for (const r of rows) widest = Math.max(widest, width(r[i] ?? ''));
    return widest + 2;
  });
  const asIs: Layout = { colWidths: natural, rows, wrapped: false };
  if (fit === undefined) return asIs;
  const { wraps } = fit;
  const narrowest = natural.map((n, i) => (wraps.has(i) ? narrowestOf(head[i] ?? '', rows, i) : n));
  const colWidths = cappedWidths(natural, narrowest, fit.width);
  if (colWidths === undefined || drawnWidth(colWidths) > fit.width) return asIs;
  // Wrapped at ordinary spaces only (wrapAtSpaces): French puts a no-break space before « : ».
  const wrappedCells = new Map<string, string>();
  const wrap = (cell: string, i: number): string => {
    const room = (colWidths[i] ?? 2) - 2;
    if (!wraps.has(i) || width(cell) <= room) return cell;
    const key = `${i} ${cell}`;
    let text = wrappedCells.get(key);
    if (text === undefined) {
      text = wrapAtSpaces(cell, room);
      wrappedCells.set(key, text);
    }
    return text;
  };
  return { colWidths, rows: rows.map((r) => r.map(wrap)), wrapped: true };
}

/**
 * The rows, as one table drawn in chunks: every chunk has the same column
 * widths, so dropping the inner bottom and top borders joins them seamlessly.
 * With `fit`, the table is fitted to its width by wrapping the columns it names (layout).
 */
export function drawTable(head: readonly string[], allRows: string[][], color: boolean, fit?: TableFit): string {
  const { colWidths, rows, wrapped } = layout(head, allRows, fit);
  // A fitted table in colour is drawn here too: cli-table3 took three times as long on its lines (17 s for 10,000
  // files); unfitted, colour stays cli-table3's, as it always was.
  const plain = color && !wrapped ? undefined : drawPlain(head, rows, colWidths, wrapped, color);
  if (plain !== undefined) return plain;
  const style = color ? { head: ['bold'], border: ['grey'], compact: true } : { head: [], border: [], compact: true };
  const chunks: string[][] = [];
  for (let start = 0; start === 0 || start < rows.length; start += CHUNK) {
    // Cells already wrapped: cli-table3 (wordWrap off by default) draws their lines as they are.
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
    options.width === undefined ? undefined : { width: options.width, wraps: WRAPS },
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
