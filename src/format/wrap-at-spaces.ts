/**
 * Text wrapped to `width` characters at spaces and tabs only, its line breaks
 * kept: never at a no-break space, which French puts before « : ; ? ! » and
 * inside « » — a line would begin with « : » (commander's and cli-table3's
 * wrapping break at any whitespace). A word longer than `width` stays whole
 * on its line. Characters are counted as one column each.
 */
export function wrapAtSpaces(text: string, width: number): string {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\n/)) {
    const chunks = line.match(/[ \t]*[^ \t]+/g);
    if (chunks === null) {
      lines.push('');
      continue;
    }
    let current = chunks[0] ?? '';
    for (const chunk of chunks.slice(1)) {
      if ([...current].length + [...chunk].length <= width) current += chunk;
      else {
        lines.push(current);
        current = chunk.trimStart();
      }
    }
    lines.push(current);
  }
  return lines.join('\n');
}
