import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Catalogue } from '../domain/schemas/catalogue.js';
import type { Checklist } from '../domain/schemas/checklist.js';
import type { Library } from './catalogues.js';
import { archivedChecklistsDir, bundledChecklistsDir, packageRoot } from './package-root.js';
import { writeFileAtomic } from './write-atomic.js';

/**
 * The bundled checklists and catalogues, parsed at build time into
 * dist/bundled-library/: an index, and one JSON file per document. Parsing
 * their YAML takes longer (≈ 100 ms) than validating a report, and `validate`
 * pays it in every worker; reading the JSON takes a few milliseconds. Each
 * source file's SHA-256 is kept, so an edited checklist is never validated
 * against a stale copy: then the YAML is read as before. A document's file is
 * read only when something reads more of it than its id and version (see
 * lazyDocument): one report needs one of the checklists, a third of the bytes.
 */
interface Precompiled {
  /**
   * Every YAML or JSON file below checklists/, relative to the package root, sorted, with the
   * SHA-256 of its bytes, and its size and modification time when the copy was made.
   */
  sources: Array<{ file: string; sha256: string; size?: number; mtimeMs?: number }>;
  checklists: Array<PrecompiledDocument & { archived?: true }>;
  catalogues: PrecompiledDocument[];
}

interface PrecompiledDocument {
  /** The source file, relative to the package root. */
  file: string;
  hash: string;
  /** Its file in dist/bundled-library/. */
  data: string;
  /** Its members, in order, with the values of those read without the file (id, version). */
  keys: string[];
  head: Record<string, unknown>;
}

/** The members of a document that matching a report, an answers file or a citation reads. */
const HEAD = new Set(['id', 'version']);

export function precompiledLibraryFile(): string {
  return path.join(precompiledLibraryDir(), 'index.json');
}

function precompiledLibraryDir(): string {
  return path.join(packageRoot(), 'dist', 'bundled-library');
}

/**
 * Cheaper than a glob, which would cost more than the whole check. Read synchronously, as the
 * index and the stats below: a few small reads, each of which the event loop and libuv's thread
 * pool (started for the first) made a round trip between threads, before any command could start.
 */
function sourceFiles(): string[] {
  const lists = [bundledChecklistsDir(), archivedChecklistsDir()].map((dir) => {
    let names: string[];
    try {
      names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    } catch {
      names = [];
    }
    return names.filter((name) => /\.(ya?ml|json)$/i.test(name)).map((name) => path.join(dir, name));
  });
  return lists.flat().sort();
}

// node:fs/promises is imported where it is used: `validate` and `show` of one report never load it.
const sha256Of = async (file: string): Promise<string> => {
  const { readFile } = await import('node:fs/promises');
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
};

async function sources(): Promise<Precompiled['sources']> {
  const root = packageRoot();
  const { stat } = await import('node:fs/promises');
  return Promise.all(
    sourceFiles().map(async (file) => {
      const info = await stat(file);
      return { file: path.relative(root, file), sha256: await sha256Of(file), size: info.size, mtimeMs: info.mtimeMs };
    }),
  );
}

/**
 * Whether the files below checklists/ are the ones the copy was made from. A file whose size
 * and modification time are those recorded is taken as unchanged (as make does), so that a
 * command does not read and hash half a megabyte of YAML at every run; any other file is
 * hashed and compared byte for byte, as before.
 */
export async function sourcesUnchanged(recorded: Precompiled['sources'], files: readonly string[], root: string): Promise<boolean> {
  if (files.length !== recorded.length) return false;
  const checks = files.map(async (file, i) => {
    const known = recorded[i];
    if (!known || known.file !== path.relative(root, file)) return false;
    let info: Stats;
    try {
      info = statSync(file);
    } catch {
      return false;
    }
    if (known.size === info.size && known.mtimeMs === info.mtimeMs) return true;
    return known.sha256 === (await sha256Of(file));
  });
  return (await Promise.all(checks)).every(Boolean);
}

/** Run by scripts/build.mjs after bundling. */
export async function precompileBundledLibrary(dir = precompiledLibraryDir()): Promise<void> {
  const { readFolders } = await import('./library-folders.js');
  const { mkdir } = await import('node:fs/promises');
  const root = packageRoot();
  const library = await readFolders([bundledChecklistsDir()], undefined, false);
  const current = library.allChecklists.length;
  await readFolders([archivedChecklistsDir()], library, false, true);
  await mkdir(dir, { recursive: true });
  const entry = async (l: { file: string; hash: string; value: object }, data: string): Promise<PrecompiledDocument> => {
    await writeFileAtomic(path.join(dir, data), JSON.stringify(l.value), { force: true });
    const keys = Object.keys(l.value);
    const head = Object.fromEntries(Object.entries(l.value).filter(([key]) => HEAD.has(key)));
    return { file: path.relative(root, l.file), hash: l.hash, data, keys, head };
  };
  const precompiled: Precompiled = {
    sources: await sources(),
    checklists: await Promise.all(
      library.allChecklists.map(async (l, i) => {
        const document = await entry(l, `checklist-${i}.json`);
        return i < current ? document : { ...document, archived: true as const };
      }),
    ),
    catalogues: await Promise.all([...library.catalogues.values()].map((l, i) => entry(l, `catalogue-${i}.json`))),
  };
  await writeFileAtomic(path.join(dir, 'index.json'), JSON.stringify(precompiled), { force: true });
}

/**
 * A document of the pre-parsed copy whose id and version are there at once, and
 * whose other members read its file on first use (then become plain values):
 * the library lists every bundled checklist, and finding the one a report names
 * reads only these two. To its readers, a value like any other.
 */
function lazyDocument<T>(dir: string, document: PrecompiledDocument): T {
  const value: Record<string, unknown> = {};
  const load = (): void => {
    const full = JSON.parse(readFileSync(path.join(dir, document.data), 'utf8')) as Record<string, unknown>;
    for (const key of document.keys)
      Object.defineProperty(value, key, { value: full[key], writable: true, enumerable: true, configurable: true });
  };
  for (const key of document.keys) {
    if (Object.hasOwn(document.head, key)) value[key] = document.head[key];
    else {
      Object.defineProperty(value, key, {
        get: () => (load(), value[key]),
        set: (next: unknown) => (load(), (value[key] = next)),
        enumerable: true,
        configurable: true,
      });
    }
  }
  // Written by precompileBundledLibrary from a document that passed its schema, and used only while
  // its sources are byte for byte the files on disk: not parsed again.
  return value as T;
}

async function readPrecompiled(): Promise<Precompiled | undefined> {
  let text: string;
  try {
    text = readFileSync(precompiledLibraryFile(), 'utf8');
  } catch {
    return undefined;
  }
  let precompiled: Precompiled;
  try {
    // Written by precompileBundledLibrary, and used only while its sources are the files on disk.
    precompiled = JSON.parse(text) as Precompiled;
  } catch {
    return undefined;
  }
  return (await sourcesUnchanged(precompiled.sources, sourceFiles(), packageRoot())) ? precompiled : undefined;
}

/**
 * Reads the bundled library into `into` (after the user's folders, so theirs win by id);
 * commands call it through library.ts. The reader of YAML files (library-folders.js,
 * which loads the schemas, yaml and the globber) is imported only when the pre-parsed copy cannot be used: `assess`
 * draws its first prompt from this copy before loading them.
 */
export async function readBundledLibrary(into?: Library): Promise<Library> {
  const precompiled = await readPrecompiled();
  if (!precompiled) {
    const { readFolders } = await import('./library-folders.js');
    return readFolders([archivedChecklistsDir()], await readFolders([bundledChecklistsDir()], into, false), false, true);
  }
  // The empty library of catalogues.js, spelled out so as not to import it.
  const library: Library = into ?? { catalogues: new Map(), checklists: new Map(), allChecklists: [], diagnostics: [] };
  const root = packageRoot();
  const dir = precompiledLibraryDir();
  for (const c of precompiled.catalogues) {
    const value = lazyDocument<Catalogue>(dir, c);
    if (!library.catalogues.has(value.id)) library.catalogues.set(value.id, { file: path.join(root, c.file), hash: c.hash, value });
  }
  for (const c of precompiled.checklists) {
    const entry = { file: path.join(root, c.file), hash: c.hash, value: lazyDocument<Checklist>(dir, c) };
    library.allChecklists.push(entry);
    if (c.archived !== true && !library.checklists.has(entry.value.id)) library.checklists.set(entry.value.id, entry);
  }
  return library;
}
