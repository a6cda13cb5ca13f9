import type { ToolLanguage } from './messages/index.js';
import { toolLanguage } from './translate.js';

/** The language of the user's locale, from the usual environment variables (POSIX order of precedence). */
export function localeLanguage(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || env['LANGUAGE'];
  if (!raw || raw === 'C' || raw === 'POSIX') return undefined;
  return raw.split(/[.:@]/)[0]?.replace('_', '-');
}

/**
 * The one rule for the language of the tool's own words: `--lang` when given,
 * else the locale (LC_ALL, LC_MESSAGES, LANG), else English; a language the
 * tool does not speak falls back to English.
 */
export function messageLanguage(lang: string | undefined, env: NodeJS.ProcessEnv): ToolLanguage {
  return toolLanguage(lang ?? localeLanguage(env));
}
