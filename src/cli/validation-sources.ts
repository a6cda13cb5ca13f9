import { phrase } from '../domain/diagnostic.js';
import { writeText } from '../i18n/write-text.js';
import path from 'node:path';
import type { ValidationEnvironment, ValidationSources } from '../io/validate-environment.js';
import { KeyFileError } from '../io/keys.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { contextLanguage, type CliContext } from './context.js';
import { UsageError } from './errors.js';

/** An existing folder named by an option, resolved; a usage error otherwise. */
export async function existingFolder(option: string, dir: string | undefined, context: CliContext): Promise<string | undefined> {
  if (dir === undefined) return undefined;
  const absolute = path.resolve(context.cwd, dir);
  const { stat } = await import('node:fs/promises');
  const info = await stat(absolute).catch(() => undefined);
  // A file where a folder is expected exists: "no such folder" would send the user looking for it.
  if (info !== undefined && !info.isDirectory()) throw new UsageError(phrase('cli.not-a-folder', { option, dir }));
  if (info === undefined) throw new UsageError(phrase('cli.no-folder', { option, dir }));
  return absolute;
}

/**
 * The folders a validation reads, checked once here (validate, db ingest), so
 * that a mistyped option is a usage error rather than a finding on every file.
 */
export async function validationSources(
  options: { checklists?: string | undefined; catalogues?: string | undefined; trustedKeys?: string | undefined },
  context: CliContext,
): Promise<ValidationSources> {
  const sources: ValidationSources = {};
  const checklists = await existingFolder('--checklists', options.checklists, context);
  const catalogues = await existingFolder('--catalogues', options.catalogues, context);
  const trustedKeys = await existingFolder('--trusted-keys', options.trustedKeys, context);
  if (checklists !== undefined) sources.checklists = checklists;
  if (catalogues !== undefined) sources.catalogues = catalogues;
  if (trustedKeys !== undefined) sources.trustedKeys = trustedKeys;
  return sources;
}

/** Refuses unreadable trusted keys (a usage error), and says which files of the user's folders are left out. */
export async function checkLibrary(env: ValidationEnvironment, context: CliContext): Promise<void> {
  try {
    await env.trustedKeys();
  } catch (error) {
    if (error instanceof KeyFileError) throw new UsageError(error.text);
    throw error;
  }
  // Problems in the user's folders explain a "checklist-not-found" below; they are not files of the batch.
  for (const d of await env.diagnostics()) {
    const at = d.start ? `:${d.start.line}:${d.start.column}` : '';
    const message = writeText(d.message, contextLanguage(context));
    context.stderr.write(
      terminalSafe(
        `selfassess: ${writeText(phrase('cli.left-out', { file: `${d.file}${at}`, message, code: d.code }), contextLanguage(context))}`,
      ) + '\n',
    );
  }
}
