import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

const DOCUMENT_GLOB = '**/*.{yaml,yml,json}';
const IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface FileSelection {
  files: string[];
  /** Patterns (or paths) that matched nothing: a usage error in every command. */
  unmatched: string[];
}

/**
 * Expands files, directories (every YAML and JSON file below them) and globs
 * into a sorted, de-duplicated list of paths as the user would write them.
 * Symbolic links are not followed inside directories, so a link loop cannot
 * make the walk endless.
 */
export async function findFiles(patterns: readonly string[], cwd = process.cwd()): Promise<FileSelection> {
  const found = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const matches = await expand(pattern, cwd);
    if (matches.length === 0) unmatched.push(pattern);
    matches.forEach((m) => found.add(m));
  }
  return { files: [...found].sort(), unmatched };
}

async function expand(pattern: string, cwd: string): Promise<string[]> {
  let info: Stats;
  try {
    info = await stat(path.resolve(cwd, pattern));
  } catch (error) {
    // A file that exists but cannot be read is the loader's to report, with its reason.
    if (isErrno(error, 'ELOOP') || isErrno(error, 'EACCES')) return [pattern];
    if (!isDynamicPattern(pattern)) return [];
    return glob(pattern, { cwd, ignore: IGNORED, followSymbolicLinks: false, onlyFiles: true, expandDirectories: false });
  }
  if (!info.isDirectory()) return [pattern];
  const inside = await glob(DOCUMENT_GLOB, {
    cwd: path.resolve(cwd, pattern),
    ignore: IGNORED,
    followSymbolicLinks: false,
    dot: false,
  });
  // A directory named like a document, with none inside, was meant as a file (a shell glob
  // expands to it): the loader says what it is, and the rest of a batch goes on.
  if (inside.length === 0 && /\.(ya?ml|json)$/i.test(pattern)) return [pattern];
  return inside.map((f) => joinAsWritten(pattern, f));
}

function isErrno(value: unknown, code: string): boolean {
  return typeof value === 'object' && value !== null && 'code' in value && value.code === code;
}

function joinAsWritten(dir: string, file: string): string {
  const trimmed = dir.replace(/[\\/]+$/, '');
  return trimmed === '' || trimmed === '.' ? file : `${trimmed}/${file}`;
}
