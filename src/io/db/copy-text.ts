/**
 * Rows in COPY's text format (tab-separated, `\N` for NULL, backslash
 * escapes): the embedded store takes a batch of rows in one COPY for about
 * the cost of one statement, where an INSERT per report cost several.
 */

/**
 * Backslashes doubled natively first: JSON (a document, an answer sheet) has
 * many and never a raw tab or line break, and a callback per backslash cost
 * more than the rest of its line.
 */
function escaped(text: string): string {
  const doubled = text.includes('\\') ? text.replaceAll('\\', '\\\\') : text;
  return /[\t\n\r]/.test(doubled) ? doubled.replace(/[\t\n\r]/g, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : doubled;
}

/** One field: null as \N, a boolean as t/f, an object or array as its JSON (for jsonb columns). */
function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escaped(value);
  return escaped(JSON.stringify(value));
}

/** One line of COPY text. */
export function copyLine(values: readonly unknown[]): string {
  return `${values.map(copyField).join('\t')}\n`;
}
