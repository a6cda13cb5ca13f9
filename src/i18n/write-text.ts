import type { Diagnostic, DiagnosticText, Phrase, PhraseParam, WrittenDiagnostic } from '../domain/diagnostic.js';
import { CATALOGUES, type MessageKey, type ToolLanguage } from './messages/index.js';
import { toolLanguage } from './translate.js';
import { pluralOf } from './intl-cache.js';

const isKey = (key: string): key is MessageKey => Object.hasOwn(CATALOGUES.en.diagnostics, key);

/** The sentence of a key in a language; English when the language lacks it, the key itself when no catalogue has it. */
function template(key: string, language: ToolLanguage): string | undefined {
  if (!isKey(key)) return undefined;
  return CATALOGUES[language].diagnostics[key] ?? CATALOGUES.en.diagnostics[key];
}

/**
 * The key a phrase is written with: `key.one` / `key.other` when the
 * catalogue has plural forms and the phrase has a `count`, chosen by
 * Intl.PluralRules' rule (French counts 0 and 1 as "one"; see intl-cache.ts).
 */
function pluralKey(p: Phrase, language: ToolLanguage): string {
  const count = p.params?.['count'];
  if (typeof count !== 'number' || !isKey(`${p.key}.other`)) return p.key;
  const category = pluralOf(language, count);
  return isKey(`${p.key}.${category}`) ? `${p.key}.${category}` : `${p.key}.other`;
}

function writeParam(param: PhraseParam, language: ToolLanguage): string {
  if (typeof param === 'string') return param;
  // A decimal in a sentence is written with the language's mark (« 2,5 Mo »); integers as they are.
  if (typeof param === 'number')
    return Number.isInteger(param) ? String(param) : String(param).replace('.', CATALOGUES[language].locale['decimal-separator']);
  // A word from the file in the language's quotation marks (« signedBy » in French).
  if ('quoted' in param) return CATALOGUES[language].locale.quote.replace('{text}', () => param.quoted);
  if ('items' in param) {
    const items = param.items.map((item) => writeParam(item, language));
    if (param.join === 'comma') return items.join(', ');
    // As the locale lists: British English writes "a, b or c", without the serial comma.
    return new Intl.ListFormat(CATALOGUES[language].locale.intl, {
      type: param.join === 'or' ? 'disjunction' : 'conjunction',
    }).format(items);
  }
  return writePhrase(param, language);
}

export function writePhrase(p: Phrase, language: ToolLanguage): string {
  const text = template(pluralKey(p, language), language) ?? p.key;
  const params = p.params;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : writeParam(value, language);
  });
}

/** A message in the language asked (any tag: `fr-CA` is French; a language the tool does not speak is English). */
export function writeText(text: DiagnosticText, language: string | undefined): string {
  return typeof text === 'string' ? text : writePhrase(text, toolLanguage(language));
}

/** Diagnostics as printed or serialized: each message written in the language asked. */
export function writeDiagnostics(diagnostics: readonly Diagnostic[], language: string | undefined): WrittenDiagnostic[] {
  return diagnostics.map((d) => ({ ...d, message: writeText(d.message, language) }));
}
