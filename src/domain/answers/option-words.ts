import { allowsDontKnow, allowsNotApplicable, resolveOptions } from '../checklist-model.js';
import { localize } from '../localize.js';
import type { Checklist, Question } from '../schemas/checklist.js';
import { foldForSearch } from '../walk/fold.js';
import { isBuiltinCode, languageWords, type ToolWords } from './tool-words.js';
import { reservedWord } from './typed-values.js';

/** An answer a question accepts: its code, its label in the file's language, and every word that means it. */
export interface OptionWords {
  code: string;
  label: string;
  /** Folded (see `wordKey`), the code among them. */
  keys: string[];
}

/** Case, accents, apostrophe style and repeated spaces ignored: "NE SAIT PAS", "ne sait pas" and "Ne  sait pas" are one word. */
export function wordKey(text: string): string {
  return foldForSearch(text).replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

/** The tool's words for a built-in code in a language it speaks, else the checklist's label, else the tool's fallback words. */
function builtinWords(checklist: Checklist, code: string, language: string, words: ToolWords): string[] {
  const own = isBuiltinCode(code) ? languageWords(words, language)?.options[code] : undefined;
  if (own) return [...own];
  const declared = checklist.builtinLabels?.[code as keyof NonNullable<Checklist['builtinLabels']>];
  const fallback = checklist.languages[0] ?? 'en';
  const label = declared === undefined ? '' : localize(declared, language, fallback);
  const first = words.languages[0];
  const tools = isBuiltinCode(code) && first !== undefined ? languageWords(words, first)?.options[code] : undefined;
  return label !== '' ? [label] : [...(tools ?? [code])];
}

/**
 * What a question accepts for an option, in `language` (the answers file's):
 * each code, with the checklist's label of the option or the tool's words for
 * the built-in codes (yes, partly, no, don't know, not applicable).
 */
export function optionWords(checklist: Checklist, question: Question, language: string, words: ToolWords): OptionWords[] {
  const fallback = checklist.languages[0] ?? 'en';
  const entry = (code: string, said: readonly string[]): OptionWords => ({
    code,
    label: said[0] ?? code,
    keys: [...new Set([code, ...said].map(wordKey))],
  });
  const options = resolveOptions(question).map((o) => {
    const declared = o.declared?.label === undefined ? '' : localize(o.declared.label, language, fallback);
    return entry(
      o.code,
      declared !== '' ? [declared, ...builtinWords(checklist, o.code, language, words)] : builtinWords(checklist, o.code, language, words),
    );
  });
  const reserved = (['dont-know', 'not-applicable'] as const)
    .filter((code) => (code === 'dont-know' ? allowsDontKnow(question) : allowsNotApplicable(question)))
    .map((code) => entry(code, builtinWords(checklist, code, language, words)));
  return [...options, ...reserved];
}

export type OptionMatch =
  { ok: true; code: string } | { ok: false; reason: 'ambiguous'; codes: string[] } | { ok: false; reason: 'unknown' };

/**
 * The code a written answer stands for: the code itself, or a label or word
 * of one option (case and accents ignored), or "don't know" / "not applicable"
 * in words; "ambiguous" when it names several.
 */
export function matchOption(text: string, options: readonly OptionWords[], words: ToolWords): OptionMatch {
  const exact = options.find((w) => w.code === text);
  if (exact) return { ok: true, code: exact.code };
  const key = wordKey(text);
  const codes = options.filter((w) => w.keys.includes(key)).map((w) => w.code);
  const reserved = reservedWord(text, words);
  if (codes.length === 0 && reserved !== undefined && options.some((w) => w.code === reserved)) return { ok: true, code: reserved };
  if (codes.length === 1 && codes[0] !== undefined) return { ok: true, code: codes[0] };
  return codes.length > 1 ? { ok: false, reason: 'ambiguous', codes } : { ok: false, reason: 'unknown' };
}
