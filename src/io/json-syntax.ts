/**
 * Where a JSON text stops being JSON (RFC 8259), for a diagnostic with a line
 * and column: JSON.parse says only that it failed, and not in the same words
 * on every Node version. Called only once JSON.parse has failed; linear, and
 * recursive only as deep as the text nests (the loader bounds that first).
 */
export interface JsonSyntaxError {
  /** Offset of the first character that cannot be there (the text's length if it ends too early). */
  offset: number;
  /** What was expected there. */
  expected: 'value' | 'string' | 'colon' | 'comma-or-close' | 'end' | 'escape' | 'digit' | 'string-character';
}

class Stop extends Error {
  constructor(readonly error: JsonSyntaxError) {
    super('json syntax');
  }
}

export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (expected: JsonSyntaxError['expected']): never => {
    throw new Stop({ offset: i, expected });
  };
  const space = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const digits = (): void => {
    if (!(text[i] !== undefined && text[i]! >= '0' && text[i]! <= '9')) fail('digit');
    while (text[i] !== undefined && text[i]! >= '0' && text[i]! <= '9') i++;
  };
  const string = (): void => {
    if (text[i] !== '"') fail('string');
    i++;
    for (;;) {
      if (i >= text.length) fail('string-character');
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail('string-character');
      if (c === 92) {
        i++;
        const e = text[i];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('escape');
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else fail('escape');
      } else i++;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        string();
        space();
        if (text[i] !== ':') fail('colon');
        i++;
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('comma-or-close');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('comma-or-close');
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      if (c === '-') i++;
      if (text[i] === '0') i++;
      else digits();
      if (text[i] === '.') {
        i++;
        digits();
      }
      if (text[i] === 'e' || text[i] === 'E') {
        i++;
        if (text[i] === '+' || text[i] === '-') i++;
        digits();
      }
      return;
    }
    fail('value');
  };
  try {
    value();
    space();
    if (i < text.length) fail('end');
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.error;
    throw error;
  }
}
