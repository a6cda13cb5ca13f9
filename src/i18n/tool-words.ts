import type { BuiltinCode, LanguageWords, ToolWords } from '../domain/answers/tool-words.js';
import { TOOL_LANGUAGES, WORDS, type ToolLanguage } from './messages/index.js';
import { toolLanguage } from './translate.js';

/** A catalogue's list of words: written "a|b|c", as every catalogue value is one string. */
const list = (text: string): string[] =>
  text
    .split('|')
    .map((word) => word.trim())
    .filter((word) => word !== '');

function languageWords(language: ToolLanguage): LanguageWords {
  const words = WORDS[language];
  return {
    options: {
      yes: list(words.yes),
      partly: list(words.partly),
      no: list(words.no),
      'dont-know': list(words['dont-know']),
      'not-applicable': list(words['not-applicable']),
    },
    reserved: { 'dont-know': list(words['typed.dont-know']), 'not-applicable': list(words['typed.not-applicable']) },
  };
}

let built: ToolWords | undefined;

/**
 * The tool's words for the answers every checklist knows, from the `words`
 * section of every registered catalogue: what the edges hand the domain, which
 * reads no catalogue. Built once: the domain keeps its lookups per object.
 */
export function toolWords(): ToolWords {
  built ??= {
    languages: TOOL_LANGUAGES,
    byLanguage: Object.fromEntries(TOOL_LANGUAGES.map((language) => [language, languageWords(language)])),
  };
  return built;
}

/**
 * The tool's label of a built-in code: the first of its words, in `language`
 * (English for a language the tool does not speak). One source for the
 * prompts and the answers template, which show the same labels an answers
 * file is read with.
 */
export function builtinLabel(code: BuiltinCode, language: string): string {
  return list(WORDS[toolLanguage(language)][code])[0] ?? code;
}

/**
 * Every word of the tool's language for a built-in code, the label first, then its other words and
 * what is typed for it in a field (« Partiellement », « nsp »): what a typed answer may say.
 */
export function builtinWords(code: BuiltinCode, language: string): string[] {
  const words = WORDS[toolLanguage(language)];
  const typed = code === 'dont-know' ? words['typed.dont-know'] : code === 'not-applicable' ? words['typed.not-applicable'] : '';
  return [...new Set([...list(words[code]), ...list(typed)])];
}
