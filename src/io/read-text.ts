import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic } from '../domain/diagnostic.js';
import { MAX_FILE_BYTES } from './limits.js';

export type TextResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

function fileError(file: string, code: string, message: string): TextResult {
  return { ok: false, diagnostic: { code, severity: 'error', message, file, pointer: '' } };
}

function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

/** Turns an operating-system error into a diagnostic that says what to do. */
export function fileSystemDiagnostic(file: string, error: unknown): TextResult {
  switch (errnoCode(error)) {
    case 'ENOENT':
      return fileError(file, 'file-not-found', 'file not found — check the path');
    case 'EACCES':
    case 'EPERM':
      return fileError(file, 'file-unreadable', 'permission denied — make the file readable by this user');
    case 'ELOOP':
      return fileError(file, 'file-symlink-loop', 'symbolic link loop — point the link at a real file');
    case 'EISDIR':
      return fileError(file, 'file-is-directory', 'this is a directory, not a file — name a file inside it');
    default: {
      const reason = error instanceof Error ? error.message : String(error);
      return fileError(file, 'file-unreadable', `cannot read the file (${reason})`);
    }
  }
}

/**
 * Reads a file as UTF-8 text, checking its size first. A byte-order mark is
 * dropped; bytes that are not UTF-8 are refused rather than replaced, since a
 * silently altered answer is worse than a clear error.
 */
export async function readText(file: string, maxBytes = MAX_FILE_BYTES): Promise<TextResult> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return fileSystemDiagnostic(file, { code: 'EISDIR' });
    if (info.size > maxBytes) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      return fileError(
        file,
        'file-too-large',
        `file is ${mb(info.size)} MB, over the limit of ${mb(maxBytes)} MB — a checklist, answers file or report is far smaller; check that this is the right file`,
      );
    }
    const bytes = await readFile(file);
    return decodeText(file, bytes);
  } catch (error) {
    return fileSystemDiagnostic(file, error);
  }
}

export function decodeText(file: string, bytes: Uint8Array): TextResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fileError(file, 'file-not-utf8', 'file is not valid UTF-8 text — save it as UTF-8 in your editor');
  }
  if (text.trim() === '') return fileError(file, 'file-empty', 'file is empty — it should hold a YAML or JSON document');
  return { ok: true, text };
}
