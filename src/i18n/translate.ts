import { pluralOf } from './intl-cache.js';
import { TOOL_LANGUAGES, type ToolLanguage } from './messages/index.js';

/**
 * The tool's own words exist in the languages registered in
 * messages/index.ts; any other language falls back to English. Each area
 * takes its section of the catalogues (`section('ui')`), and `{name}`
 * placeholders are filled from params.
 */
/** `review.incomplete` for keys `review.incomplete.one` / `.other`: the translator picks the form by `params.count`. */
type PluralBase<K extends string, All extends string = K> = K extends `${infer Base}.one`
  ? `${Base}.other` extends All
    ? Base
    : never
  : never;
export type Translate<K extends string> = (key: K | PluralBase<K>, params?: Record<string, string | number>) => string;

/** One area's words in every language the tool speaks (see `section` in messages/index.ts). */
export type Dictionary<K extends string> = Record<ToolLanguage, Record<K, string>>;

const isToolLanguage = (tag: string | undefined): tag is ToolLanguage => (TOOL_LANGUAGES as readonly (string | undefined)[]).includes(tag);

/** `fr-CA` → `fr`; anything the tool does not speak → `en`. */
export function toolLanguage(language: string | undefined): ToolLanguage {
  const base = (language ?? '').toLowerCase().split(/[-_.]/)[0];
  return isToolLanguage(base) ? base : 'en';
}

export function translator<K extends string>(dictionary: Dictionary<K>, language: string | undefined): Translate<K> {
  const messages: Record<string, string> = dictionary[toolLanguage(language)];
  // Read only when needed: in another language, the English catalogue is then never built (messages/index.ts).
  const english = (): Record<string, string> => dictionary.en;
  return (key, params) => {
    // A count chooses between `.one` and `.other`, as the language counts: never "question(s)".
    const count = params?.['count'];
    const plural = typeof count === 'number' && (`${key}.one` in messages || `${key}.one` in english());
    const chosen = plural ? `${key}.${pluralCategory(count, language)}` : key;
    return fill(messages[chosen] ?? english()[chosen] ?? key, params);
  };
}

function fill(template: string, params: Record<string, string | number> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** "one" or "other", as the language counts (French: 0 and 1 are "one"), for message keys ending in `.one` / `.other`. */
export function pluralCategory(count: number, language: string | undefined): 'one' | 'other' {
  return pluralOf(toolLanguage(language), count) === 'one' ? 'one' : 'other';
}
