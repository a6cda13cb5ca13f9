import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, open, rename, unlink, lstat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { filePhrase } from '../i18n/file-messages.js';
import { fileKind } from './read-text.js';
import { WriteError, writeReason } from './write-error.js';

export class FileExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} already exists — choose another name with -o, or pass --force to replace it`);
    this.name = 'FileExistsError';
  }
}

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is never touched. */
  force?: boolean;
  /** File mode of a new file, e.g. 0o600 for drafts that hold personal data. */
  mode?: number;
}

/**
 * Writes a file atomically: the content goes to a temporary file in the same
 * folder, is flushed to disk, then renamed over the target, so a crash or a
 * kill at any moment leaves either the old file or the new one, never half of
 * one. A symbolic link at the target is refused rather than followed, and so
 * is anything that is not a regular file (a device such as /dev/null, a named
 * pipe): --force replaces files, never what a file name may stand for.
 * A replaced file keeps its permissions (never wider than `mode`); a write
 * that fails (a full disk, a read-only folder) removes its temporary file and
 * says why in plain words.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const existing = await lstat(file).catch(() => undefined);
  if (existing?.isSymbolicLink()) throw new WriteError(filePhrase('write.symbolic-link', { file }));
  if (existing?.isDirectory()) throw new WriteError(filePhrase('write.directory', { file }));
  if (existing && !existing.isFile()) throw new WriteError(filePhrase('target-not-regular', { file, kind: fileKind(existing) }));
  if (existing && !options.force) throw new FileExistsError(file);

  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = modeFor(existing, options.mode);
  const handle = await open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, mode).catch((error: unknown) => {
    throw new WriteError(filePhrase('write.cannot', { file, reason: writeReason(error) }));
  });
  try {
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new WriteError(filePhrase('write.failed', { file, reason: writeReason(error) }));
  }
  try {
    if (options.force) await renameWithRetry(temp, file);
    else await publishWithoutOverwrite(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if (error instanceof FileExistsError || error instanceof WriteError) throw error;
    throw new WriteError(filePhrase('write.cannot', { file, reason: writeReason(error) }));
  }
  await syncDirectory(dir);
}

/**
 * A hard link fails if the target exists, atomically: another program that
 * creates the file between our check and our write is never overwritten. File
 * systems without hard links fall back to a rename after the check above.
 */
async function publishWithoutOverwrite(temp: string, file: string): Promise<void> {
  try {
    await link(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileExistsError(file);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
    await renameWithRetry(temp, file);
    return;
  }
  await unlink(temp);
}

/**
 * The mode of the new file: that of the file it replaces, so that a private
 * (0600) report stays private, and never wider than the mode asked for.
 */
function modeFor(existing: Stats | undefined, asked: number | undefined): number {
  if (existing === undefined) return asked ?? 0o644;
  return existing.mode & 0o777 & (asked ?? 0o777);
}

/** On Windows a rename fails while another program (an antivirus, an editor) holds the file: retry briefly. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  const delays = process.platform === 'win32' ? [50, 100, 200, 400, 800] : [];
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const delay = delays[attempt];
      if (delay === undefined || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) {
        if (delay === undefined && delays.length > 0) {
          throw new WriteError(filePhrase('write.held-open', { file: to }));
        }
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Makes the rename itself durable; not possible on every platform, and harmless to skip there. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a directory for syncing.
  }
}
