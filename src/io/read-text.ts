import type { DiagnosticCode } from '../domain/codes.js';
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { Diagnostic, Phrase } from '../domain/diagnostic.js';
import { filePhrase } from '../i18n/file-messages.js';
import { MAX_FILE_BYTES } from './limits.js';

/** Why a file could not be read: one diagnostic, without a position. */
type ReadFailure = { ok: false; diagnostic: Diagnostic };
export type TextResult = { ok: true; text: string } | ReadFailure;
type BytesResult = { ok: true; bytes: Uint8Array } | ReadFailure;

/**
 * The one list of codes that mean the file could not be opened at all: a
 * usage error in single-file commands (exit 2), where a file that opens but
 * is too large, empty or not UTF-8 is a finding (exit 1).
 */
const UNOPENABLE_CODES: ReadonlySet<string> = new Set([
  'file-not-found',
  'file-unreadable',
  'file-is-directory',
  'file-symlink-loop',
  'file-not-regular',
]);

/** Whether a diagnostic says that its file could not be opened at all (see UNOPENABLE_CODES). */
export function isUnopenable(diagnostic: Pick<Diagnostic, 'code'>): boolean {
  return UNOPENABLE_CODES.has(diagnostic.code);
}

const t = filePhrase;

function fileError(file: string, code: DiagnosticCode, message: Phrase): ReadFailure {
  return { ok: false, diagnostic: { code, severity: 'error', message, file, pointer: '' } };
}

function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

/** Turns an operating-system error into a diagnostic that says what to do. */
function fileSystemDiagnostic(file: string, error: unknown): ReadFailure {
  switch (errnoCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return fileError(file, 'file-not-found', t('not-found'));
    case 'EACCES':
    case 'EPERM':
      return fileError(file, 'file-unreadable', t('unreadable'));
    case 'ELOOP':
      return fileError(file, 'file-symlink-loop', t('symlink-loop'));
    case 'EISDIR':
      return fileError(file, 'file-is-directory', t('is-directory'));
    default: {
      const reason = error instanceof Error ? error.message : String(error);
      return fileError(file, 'file-unreadable', t('cannot-read', { reason }));
    }
  }
}

/** What a file that is not a regular file is, in words ("a named pipe"). */
export function fileKind(info: Stats): Phrase {
  if (info.isFIFO()) return t('kind.fifo');
  if (info.isCharacterDevice()) return t('kind.character-device');
  if (info.isBlockDevice()) return t('kind.block-device');
  if (info.isSocket()) return t('kind.socket');
  return t('kind.special');
}

function notRegular(file: string, info: Stats): ReadFailure {
  return fileError(file, 'file-not-regular', t('not-regular', { file, kind: fileKind(info) }));
}

function tooLarge(file: string, maxBytes: number): ReadFailure {
  return fileError(file, 'file-too-large', t('too-large', { limit: Math.round((maxBytes / 1024 / 1024) * 10) / 10 }));
}

/**
 * Opening without blocking and without taking a terminal: a named pipe or a
 * terminal put in the file's place between the check and the open must not
 * make the open wait for a writer, nor become the process's controlling
 * terminal. Windows has neither flag (nor named pipes in the file system).
 * The check before the open stays, though it costs a second stat per file
 * (≈ 1 % of a batch's system time): some devices act when opened — a watchdog
 * starts its countdown, a tape rewinds — and a path named by mistake must never reach them.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Reads a file as UTF-8 text: the one reader of every input (documents, keys,
 * signatures, drafts, reports). After links are resolved, anything that is
 * not a regular file (a named pipe, a device such as /dev/zero, a socket) is
 * refused before a byte is read; the open file is checked again, and at most
 * `maxBytes + 1` bytes are read whatever its stated size, so that a file that
 * grows while read, or lies about its size, cannot exhaust memory.
 * A byte-order mark is dropped; bytes that are not UTF-8 are refused rather
 * than replaced, since a silently altered answer is worse than a clear error.
 */
export async function readText(file: string, maxBytes = MAX_FILE_BYTES): Promise<TextResult> {
  const bytes = await readBytes(file, maxBytes);
  return bytes.ok ? decodeText(file, bytes.bytes) : bytes;
}

/** The bounded, regular-file-only read under readText. */
async function readBytes(file: string, maxBytes = MAX_FILE_BYTES): Promise<BytesResult> {
  let handle: FileHandle | undefined;
  // Imported here: `validate` and `show` of one report read with readTextSync, and never load it.
  const { open, stat } = await import('node:fs/promises');
  try {
    const info = await stat(file);
    if (info.isDirectory()) return fileSystemDiagnostic(file, { code: 'EISDIR' });
    if (!info.isFile()) return notRegular(file, info);
    if (info.size > maxBytes) return tooLarge(file, maxBytes);
    handle = await open(file, OPEN_FLAGS);
    // The path may have been swapped between stat and open: what counts is what was opened.
    const opened = await handle.stat();
    if (opened.isDirectory()) return fileSystemDiagnostic(file, { code: 'EISDIR' });
    if (!opened.isFile()) return notRegular(file, opened);
    const read = await readBounded(handle, maxBytes);
    if (read === undefined) return tooLarge(file, maxBytes);
    return { ok: true, bytes: read };
  } catch (error) {
    return fileSystemDiagnostic(file, error);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

const CHUNK = 64 * 1024;

/**
 * readText without the event loop, for a validation worker: it validates one
 * file after another synchronously, so the five steps of an asynchronous read
 * (stat, open, fstat, read, close) could only advance between two files and
 * the worker waited for them (≈ 1.4 ms per report); from the page cache the
 * same read takes tens of microseconds. The same checks and diagnostics.
 */
export function readTextSync(file: string, maxBytes = MAX_FILE_BYTES): TextResult {
  const bytes = readBytesSync(file, maxBytes, true);
  return bytes.ok ? decodeText(file, bytes.bytes) : bytes;
}

/** readTextSync, with the bytes it decoded (null when none could be read): `db ingest` keeps their SHA-256 without reading the file twice. */
export function readTextAndBytesSync(file: string, maxBytes = MAX_FILE_BYTES): { text: TextResult; bytes: Uint8Array | null } {
  const bytes = readBytesSync(file, maxBytes);
  return bytes.ok ? { text: decodeText(file, bytes.bytes), bytes: bytes.bytes } : { text: bytes, bytes: null };
}

/**
 * The buffer readTextSync reads into, kept from one file to the next: the text
 * is decoded (copied) before the next read, and a fresh buffer per report was
 * memory outside the heap that V8 counted towards its next collection. Only
 * a buffer of at most SCRATCH_MAX_BYTES is kept.
 */
let scratch: Buffer | undefined;
const SCRATCH_MAX_BYTES = 1024 * 1024;

function initialBuffer(size: number, reuse: boolean): Buffer {
  if (!reuse || size > SCRATCH_MAX_BYTES) return Buffer.allocUnsafe(size);
  if (scratch === undefined || scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, 64 * 1024));
  return scratch.subarray(0, size);
}

/** `reuse`: read into the scratch buffer; the bytes returned are then valid only until the next read. */
function readBytesSync(file: string, maxBytes: number, reuse = false): BytesResult {
  let fd: number | undefined;
  try {
    const info = statSync(file);
    if (info.isDirectory()) return fileSystemDiagnostic(file, { code: 'EISDIR' });
    if (!info.isFile()) return notRegular(file, info);
    if (info.size > maxBytes) return tooLarge(file, maxBytes);
    fd = openSync(file, OPEN_FLAGS);
    // The path may have been swapped between stat and open: what counts is what was opened.
    const opened = fstatSync(fd);
    if (opened.isDirectory()) return fileSystemDiagnostic(file, { code: 'EISDIR' });
    if (!opened.isFile()) return notRegular(file, opened);
    const handle = fd;
    const read = readBoundedSync(
      (buffer, offset, length) => readSync(handle, buffer, offset, length, null),
      maxBytes,
      opened.size,
      (size) => initialBuffer(size, reuse),
    );
    if (read === undefined) return tooLarge(file, maxBytes);
    return { ok: true, bytes: read };
  } catch (error) {
    return fileSystemDiagnostic(file, error);
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Closing a file only read cannot lose anything.
      }
    }
  }
}

/** readBounded, synchronously; the stated size is only a first guess of the buffer, never trusted. */
export function readBoundedSync(
  read: (buffer: Buffer, offset: number, length: number) => number,
  maxBytes: number,
  statedSize: number,
  allocate: (size: number) => Buffer = (size) => Buffer.allocUnsafe(size),
): Uint8Array | undefined {
  // One byte more than stated, so that a file read whole ends with one read that returns 0.
  let buffer = allocate(Math.min(maxBytes + 1, Math.max(statedSize + 1, 1)));
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total > maxBytes) return undefined;
      const larger = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(total * 2, CHUNK)));
      buffer.copy(larger, 0, 0, total);
      buffer = larger;
    }
    const bytesRead = read(buffer, total, buffer.length - total);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > maxBytes) return undefined;
  }
  return buffer.subarray(0, total);
}

/** Reads to end of file, but never more than maxBytes + 1 bytes: undefined if there are more than maxBytes. */
export async function readBounded(handle: Pick<FileHandle, 'read'>, maxBytes: number): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const want = Math.min(CHUNK, maxBytes + 1 - total);
    const buffer = Buffer.allocUnsafe(want);
    const { bytesRead } = await handle.read(buffer, 0, want, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) return undefined;
  }
  return Buffer.concat(chunks, total);
}

/**
 * The text of UTF-8 bytes, the byte-order mark dropped, or file-not-utf8: what
 * `new TextDecoder('utf-8', { fatal: true })` gives, for about half its cost
 * on a report (a new decoder per file cost ≈ 45 µs; one kept from file to file
 * would keep its state after a failure). isUtf8 rejects exactly what the fatal
 * decoder rejects (overlong forms, surrogates, code points past U+10FFFF,
 * truncated sequences), and valid UTF-8 decodes to the same text either way.
 */
export function decodeText(file: string, bytes: Uint8Array): TextResult {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isUtf8(view)) return fileError(file, 'file-not-utf8', t('not-utf8'));
  const bom = view.length >= 3 && view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf;
  const text = utf8Text(view, bom ? 3 : 0);
  if (text.trim() === '') return fileError(file, 'file-empty', t('empty'));
  return { ok: true, text };
}

/** Bytes decoded at a time by utf8Text. */
const DECODE_CHUNK = 4096;

/**
 * The text of valid UTF-8 bytes from `start`: what `toString('utf8')` gives,
 * chunk by chunk, each chunk without a byte past U+007F copied as Latin-1.
 * V8 decodes UTF-8 byte by byte from the first such byte to the end, which
 * made the decoding of a report with one accented letter near its start about
 * five times the cost of a copy (≈ 50 µs of a 50 kB report); only the chunks
 * that hold one are decoded so now. A chunk ends before a continuation byte,
 * never inside a character.
 */
function utf8Text(view: Buffer, start: number): string {
  if (view.length - start <= DECODE_CHUNK) return view.toString('utf8', start);
  let text = '';
  for (let from = start; from < view.length;) {
    let to = Math.min(view.length, from + DECODE_CHUNK);
    while (to < view.length && ((view[to] ?? 0) & 0xc0) === 0x80) to--;
    text += view.toString(isAscii(view.subarray(from, to)) ? 'latin1' : 'utf8', from, to);
    from = to;
  }
  return text;
}
