import fs, { type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import type { GlobOptions } from 'tinyglobby';

type Globber = typeof import('tinyglobby');
let globber: Promise<Globber> | undefined;
/**
 * tinyglobby, fdir and picomatch are loaded only for a glob or a folder: a list
 * of plain files — one report, the common case — is answered without them.
 */
function loadGlobber(): Promise<Globber> {
  return (globber ??= import('tinyglobby'));
}

/** Characters without one of which no pattern is a glob (more than tinyglobby's isDynamicPattern looks for). */
const GLOB_CHARACTER = /[*?[\]{}()!+@\\]/;

async function isDynamicPattern(pattern: string): Promise<boolean> {
  return GLOB_CHARACTER.test(pattern) && (await loadGlobber()).isDynamicPattern(pattern);
}

async function glob(pattern: string, options: GlobOptions): Promise<string[]> {
  return (await loadGlobber()).glob(pattern, options);
}

const IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface FileSelection {
  files: string[];
  /** Patterns (or paths) that matched nothing: a usage error in every command. */
  unmatched: string[];
  /**
   * Entries of a folder named like documents but left out: symbolic links
   * (not followed inside folders), named pipes, devices, sockets. Said, not
   * silently dropped.
   */
  skipped: SkippedFile[];
}

interface SkippedFile {
  file: string;
  kind: 'symbolic-link' | 'fifo' | 'character-device' | 'block-device' | 'socket' | 'other';
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
  const skipped = new Map<string, SkippedFile>();
  for (const pattern of patterns) {
    const folder = isDirectory(path.resolve(cwd, pattern)) ? walkFolder(pattern, cwd) : undefined;
    const matches = folder?.files ?? (await expand(pattern, cwd));
    if (matches.length === 0) unmatched.push(pattern);
    matches.forEach((m) => found.add(m));
    if (folder) {
      for (const s of folder.skipped) skipped.set(s.file, s);
    } else if (await isDynamicPattern(pattern)) {
      for (const s of await specialMatches(pattern, cwd, new Set(matches))) skipped.set(s.file, s);
    }
  }
  return { files: [...found].sort(), unmatched, skipped: [...skipped.values()].sort((a, b) => (a.file < b.file ? -1 : 1)) };
}

/** Synchronous, as the stat of expand: one call per pattern, which a round trip through libuv's threads only made slower. */
function isDirectory(absolute: string): boolean {
  try {
    return fs.statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

/** A document inside a folder: a name ending in .yaml, .yml or .json, in lower case only (as the glob this walk replaced matched). */
const DOCUMENT_FILE = /\.(yaml|yml|json)$/;
/** An entry left out that is said: named like a document, in any case. */
const DOCUMENT_NAME = /\.(ya?ml|json)$/i;

/**
 * Every document below a folder (what a glob of every YAML and JSON file below
 * it, without hidden entries, node_modules or .git, would give), and the entries named like
 * documents that are neither files nor folders, in one synchronous walk:
 * tinyglobby's walk then a second one for those entries took ≈ 120 ms for a
 * folder of 10,000 reports, against ≈ 15 ms. Symbolic links are not followed
 * (a link loop cannot make the walk endless); a folder that cannot be read is
 * passed over, as the glob did.
 */
function walkFolder(dir: string, cwd: string): { files: string[]; skipped: SkippedFile[] } {
  const root = path.resolve(cwd, dir);
  const inside: string[] = [];
  const skipped: SkippedFile[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const relative = pending.pop() ?? '';
    let entries: Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const { name } = entry;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const child = relative === '' ? name : `${relative}/${name}`;
      if (entry.isDirectory()) pending.push(child);
      else if (entry.isFile()) {
        if (DOCUMENT_FILE.test(name)) inside.push(child);
      } else if (DOCUMENT_NAME.test(name)) {
        const info = lstatOrUndefined(path.join(root, child));
        if (info) skipped.push({ file: joinAsWritten(dir, child), kind: kindOf(info) });
      }
    }
  }
  // A directory named like a document, with none inside, was meant as a file (a shell glob
  // expands to it): the loader says what it is, and the rest of a batch goes on.
  if (inside.length === 0 && DOCUMENT_NAME.test(dir)) return { files: [dir], skipped };
  return { files: inside.map((f) => joinAsWritten(dir, f)), skipped };
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch {
    return undefined;
  }
}

/**
 * What a glob leaves out: the glob run again through a view of the file
 * system in which every entry that is not a folder looks like a file, minus
 * what the real glob matched. Links and special files matching the pattern
 * are then said, as for a folder.
 */
async function specialMatches(pattern: string, cwd: string, matched: ReadonlySet<string>): Promise<SkippedFile[]> {
  const { lstat } = await import('node:fs/promises');
  const all = await glob(pattern, {
    cwd,
    ignore: IGNORED,
    followSymbolicLinks: false,
    onlyFiles: true,
    expandDirectories: false,
    fs: everyEntryAFile,
  });
  const skipped: SkippedFile[] = [];
  for (const file of all) {
    if (matched.has(file)) continue;
    const info = await lstat(path.resolve(cwd, file)).catch(() => undefined);
    if (info && !info.isFile() && !info.isDirectory()) skipped.push({ file, kind: kindOf(info) });
  }
  return skipped;
}

/** Dirents of links, pipes, devices and sockets shown as files, so that a glob matches them (see specialMatches). */
function asFile(entry: Dirent): Dirent {
  if (entry.isDirectory() || entry.isFile()) return entry;
  return Object.assign(Object.create(entry) as Dirent, { isFile: () => true, isSymbolicLink: () => false });
}

const everyEntryAFile = {
  readdir: ((dir: string, options: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) =>
    fs.readdir(dir, options, (error, entries) => callback(error, (entries ?? []).map(asFile)))) as unknown as typeof fs.readdir,
};

function kindOf(info: Stats): SkippedFile['kind'] {
  if (info.isSymbolicLink()) return 'symbolic-link';
  if (info.isFIFO()) return 'fifo';
  if (info.isCharacterDevice()) return 'character-device';
  if (info.isBlockDevice()) return 'block-device';
  if (info.isSocket()) return 'socket';
  return 'other';
}

async function expand(pattern: string, cwd: string): Promise<string[]> {
  try {
    fs.statSync(path.resolve(cwd, pattern));
  } catch (error) {
    // A file that exists but cannot be read is the loader's to report, with its reason.
    if (isErrno(error, 'ELOOP') || isErrno(error, 'EACCES')) return [pattern];
    if (!(await isDynamicPattern(pattern))) return [];
    return glob(pattern, { cwd, ignore: IGNORED, followSymbolicLinks: false, onlyFiles: true, expandDirectories: false });
  }
  // A file (a folder is walked by walkFolder).
  return [pattern];
}

function isErrno(value: unknown, code: string): boolean {
  return typeof value === 'object' && value !== null && 'code' in value && value.code === code;
}

function joinAsWritten(dir: string, file: string): string {
  const trimmed = dir.replace(/[\\/]+$/, '');
  return trimmed === '' || trimmed === '.' ? file : `${trimmed}/${file}`;
}
