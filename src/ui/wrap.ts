/**
 * Wraps text at spaces to fit `width` columns, keeping its own line breaks;
 * a word longer than the line is left whole. The terminal would otherwise cut
 * long questions in the middle of a word.
 */
export function wrapText(text: string, width: number): string {
  if (width < 10) return text;
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current !== '' && [...current].length + 1 + [...word].length > width) {
          out.push(current);
          current = word;
        } else {
          current = current === '' ? word : `${current} ${word}`;
        }
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}
