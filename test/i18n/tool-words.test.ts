import { describe, expect, it } from 'vitest';
import { wordKey } from '../../src/domain/answers/option-words.js';
import { BUILTIN_CODES, NEUTRAL_RESERVED, type ReservedCode } from '../../src/domain/answers/tool-words.js';
import { TOOL_LANGUAGES } from '../../src/i18n/messages/index.js';
import { toolWords } from '../../src/i18n/tool-words.js';

const RESERVED: readonly ReservedCode[] = ['dont-know', 'not-applicable'];

/** Each folded word with every code it is given for; a word given for two codes is ambiguous. */
function meanings(pairs: ReadonlyArray<[string, string]>): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [word, code] of pairs) map.set(wordKey(word), (map.get(wordKey(word)) ?? new Set()).add(code));
  return map;
}
const ambiguous = (map: Map<string, Set<string>>): string[] => [...map].filter(([, codes]) => codes.size > 1).map(([word]) => word);

describe('toolWords', () => {
  const words = toolWords();

  it('speaks every registered language, with words for every built-in code and reserved code', () => {
    expect(words.languages).toEqual(TOOL_LANGUAGES);
    for (const language of TOOL_LANGUAGES) {
      const own = words.byLanguage[language];
      for (const code of BUILTIN_CODES) {
        expect(own?.options[code].length, `${language} ${code}`).toBeGreaterThan(0);
        for (const word of own?.options[code] ?? []) expect(word.trim(), `${language} ${code}`).toBe(word);
      }
      for (const code of RESERVED) expect(own?.reserved[code].length, `${language} typed ${code}`).toBeGreaterThan(0);
    }
  });

  it('gives no word two meanings in one language, codes included', () => {
    for (const language of TOOL_LANGUAGES) {
      const own = words.byLanguage[language];
      const pairs: Array<[string, string]> = [
        ...BUILTIN_CODES.map((code): [string, string] => [code, code]),
        ...BUILTIN_CODES.flatMap((code) => (own?.options[code] ?? []).map((word): [string, string] => [word, code])),
        ...RESERVED.flatMap((code) => (own?.reserved[code] ?? []).map((word): [string, string] => [word, code])),
      ];
      expect(ambiguous(meanings(pairs)), language).toEqual([]);
    }
  });

  it('gives no typed word two meanings across languages: a field reads them whatever its file’s language', () => {
    const pairs: Array<[string, string]> = RESERVED.flatMap((code) =>
      [NEUTRAL_RESERVED, ...TOOL_LANGUAGES.map((l) => words.byLanguage[l]?.reserved ?? NEUTRAL_RESERVED)].flatMap((source) =>
        source[code].map((word): [string, string] => [word, code]),
      ),
    );
    expect(ambiguous(meanings(pairs))).toEqual([]);
  });

  it('is built once, so that the lookups the domain keeps per object are built once too', () => {
    expect(toolWords()).toBe(words);
  });
});
