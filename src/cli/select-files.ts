import { findFiles } from '../io/find-files.js';
import { filePhrase, fileText } from '../i18n/file-messages.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { localeOf } from '../i18n/locale.js';
import { contextLanguage, type CliContext } from './context.js';
import { phrase, phraseList, quotedWord } from '../domain/diagnostic.js';
import { UsageError } from './errors.js';

/** Expands patterns; one that matches nothing is a usage error in every command. */
export async function selectFiles(patterns: readonly string[], context: CliContext): Promise<string[]> {
  const { files, unmatched, skipped } = await findFiles(patterns, context.cwd);
  const language = contextLanguage(context);
  for (const s of skipped) {
    const kind = filePhrase(s.kind === 'other' ? 'kind.special' : `kind.${s.kind}`);
    context.stderr.write(
      `selfassess: ${fileText('warning', undefined, language)}${localeOf(language).colon} ${terminalSafe(fileText('skipped', { file: s.file, kind }, language))}\n`,
    );
  }
  if (unmatched.length > 0) {
    throw new UsageError(phrase('cli.no-match', { count: unmatched.length, list: phraseList(unmatched.map((p) => quotedWord(p))) }));
  }
  return files;
}
