import { findFiles } from '../io/find-files.js';
import { FILE_MESSAGES } from '../i18n/file-messages.js';
import { translator } from '../i18n/translate.js';
import { terminalSafe } from '../format/terminal-safe.js';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';

/** Expands patterns; one that matches nothing is a usage error in every command. */
export async function selectFiles(patterns: readonly string[], context: CliContext): Promise<string[]> {
  const { files, unmatched, skipped } = await findFiles(patterns, context.cwd);
  const t = translator(FILE_MESSAGES, 'en');
  for (const s of skipped) {
    context.stderr.write(`selfassess: warning: ${terminalSafe(t('skipped', { file: s.file, kind: t(`kind.${s.kind}`) }))}\n`);
  }
  if (unmatched.length > 0) {
    const list = unmatched.map((p) => `"${p}"`).join(', ');
    throw new UsageError(
      `${unmatched.length === 1 ? 'pattern' : 'patterns'} ${list} matched no file — check the path, or quote a glob so that the shell does not expand it`,
    );
  }
  return files;
}
