import { allowsDontKnow, allowsNotApplicable, resolveOptions } from '../checklist-model.js';
import { localize } from '../localize.js';
import type { Checklist, Question } from '../schemas/checklist.js';
import { foldForSearch } from '../walk/fold.js';
import { reservedWord } from './typed-values.js';

/** The words of the built-in codes in the languages the tool speaks; the first is the label. */
const BUILTIN_WORDS: Record<string, Record<'en' | 'fr', readonly string[]>> = {
  yes: { en: ['Yes'], fr: ['Oui'] },
  partly: { en: ['Partly', 'Partially', 'In part'], fr: ['En partie', 'Partiellement'] },
  no: { en: ['No'], fr: ['Non'] },
  'dont-know': { en: ["Don't know"], fr: ['Ne sait pas', 'Je ne sais pas'] },
  'not-applicable': { en: ['Not applicable'], fr: ['Sans objet', 'Non applicable'] },
};

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

function builtinWords(checklist: Checklist, code: string, language: string): string[] {
  const base = language.toLowerCase().split('-')[0];
  const own = BUILTIN_WORDS[code];
  if (own && (base === 'en' || base === 'fr')) return [...own[base]];
  const declared = checklist.builtinLabels?.[code as keyof NonNullable<Checklist['builtinLabels']>];
  const fallback = checklist.languages[0] ?? 'en';
  const label = declared === undefined ? '' : localize(declared, language, fallback);
  return label !== '' ? [label] : [...(own?.en ?? [code])];
}

/**
 * What a question accepts for an option, in `language` (the answers file's):
 * each code, with the checklist's label of the option or the tool's words for
 * the built-in codes (yes, partly, no, don't know, not applicable).
 */
export function optionWords(checklist: Checklist, question: Question, language: string): OptionWords[] {
  const fallback = checklist.languages[0] ?? 'en';
  const entry = (code: string, words: readonly string[]): OptionWords => ({
    code,
    label: words[0] ?? code,
    keys: [...new Set([code, ...words].map(wordKey))],
  });
  const options = resolveOptions(question).map((o) => {
    const declared = o.declared?.label === undefined ? '' : localize(o.declared.label, language, fallback);
    return entry(
      o.code,
      declared !== '' ? [declared, ...builtinWords(checklist, o.code, language)] : builtinWords(checklist, o.code, language),
    );
  });
  const reserved = (['dont-know', 'not-applicable'] as const)
    .filter((code) => (code === 'dont-know' ? allowsDontKnow(question) : allowsNotApplicable(question)))
    .map((code) => entry(code, builtinWords(checklist, code, language)));
  return [...options, ...reserved];
}

export type OptionMatch =
  { ok: true; code: string } | { ok: false; reason: 'ambiguous'; codes: string[] } | { ok: false; reason: 'unknown' };

/**
 * The code a written answer stands for: the code itself, or a label or word
 * of one option (case and accents ignored), or "don't know" / "not applicable"
 * in words; "ambiguous" when it names several.
 */
export function matchOption(text: string, words: readonly OptionWords[]): OptionMatch {
  const exact = words.find((w) => w.code === text);
  if (exact) return { ok: true, code: exact.code };
  const key = wordKey(text);
  const codes = words.filter((w) => w.keys.includes(key)).map((w) => w.code);
  const reserved = reservedWord(text);
  if (codes.length === 0 && reserved !== undefined && words.some((w) => w.code === reserved)) return { ok: true, code: reserved };
  if (codes.length === 1 && codes[0] !== undefined) return { ok: true, code: codes[0] };
  return codes.length > 1 ? { ok: false, reason: 'ambiguous', codes } : { ok: false, reason: 'unknown' };
}
