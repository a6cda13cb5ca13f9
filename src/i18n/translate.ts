/**
 * The tool's own words exist in English and French; any other language falls
 * back to English. Each area keeps its messages in its own file as
 * `{ en: {...}, fr: {...} }`, where French must have every English key (the
 * type says so), and `{name}` placeholders are filled from params.
 */
export type Dictionary<K extends string> = { en: Record<K, string>; fr: Record<K, string> };
/** `review.incomplete` for keys `review.incomplete.one` / `.other`: the translator picks the form by `params.count`. */
type PluralBase<K extends string, All extends string = K> = K extends `${infer Base}.one` ? (`${Base}.other` extends All ? Base : never) : never;
export type Translate<K extends string> = (key: K | PluralBase<K>, params?: Record<string, string | number>) => string;

const TOOL_LANGUAGES = ['en', 'fr'] as const;
export type ToolLanguage = (typeof TOOL_LANGUAGES)[number];

/** `fr-CA` → `fr`; anything the tool does not speak → `en`. */
export function toolLanguage(language: string | undefined): ToolLanguage {
  const base = (language ?? '').toLowerCase().split(/[-_.]/)[0];
  return base === 'fr' ? 'fr' : 'en';
}

export function translator<K extends string>(dictionary: Dictionary<K>, language: string | undefined): Translate<K> {
  const messages: Record<string, string> = dictionary[toolLanguage(language)];
  const english: Record<string, string> = dictionary.en;
  return (key, params) => {
    // A count chooses between `.one` and `.other`, as the language counts: never "question(s)".
    const count = params?.['count'];
    const chosen = typeof count === 'number' && `${key}.one` in english ? `${key}.${pluralCategory(count, language)}` : key;
    return fill(messages[chosen] ?? english[chosen] ?? key, params);
  };
}

function fill(template: string, params: Record<string, string | number> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The language of the user's locale, from the usual environment variables. */
export function localeLanguage(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || env['LANGUAGE'];
  if (!raw || raw === 'C' || raw === 'POSIX') return undefined;
  return raw.split(/[.:@]/)[0]?.replace('_', '-');
}

/** "one" or "other", as the language counts (French: 0 and 1 are "one"), for message keys ending in `.one` / `.other`. */
export function pluralCategory(count: number, language: string | undefined): 'one' | 'other' {
  const tag = toolLanguage(language) === 'fr' ? 'fr' : 'en';
  return new Intl.PluralRules(tag).select(count) === 'one' ? 'one' : 'other';
}
