import type { LanguageWords, ToolWords } from '../domain/answers/tool-words.js';
import { CATALOGUES, TOOL_LANGUAGES, type ToolLanguage } from './messages/index.js';

/** A catalogue's list of words: written "a|b|c", as every catalogue value is one string. */
const list = (text: string): string[] =>
  text
    .split('|')
    .map((word) => word.trim())
    .filter((word) => word !== '');

function languageWords(language: ToolLanguage): LanguageWords {
  const words = CATALOGUES[language].words;
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
