import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Catalogue } from '../domain/schemas/catalogue.js';
import type { Checklist } from '../domain/schemas/checklist.js';
import type { Library } from './catalogues.js';
import { archivedChecklistsDir, bundledChecklistsDir, packageRoot } from './package-root.js';
import { writeFileAtomic } from './write-atomic.js';

/**
 * The bundled checklists and catalogues, parsed at build time into
 * dist/bundled-library.json. Parsing their YAML takes longer (≈ 100 ms) than
 * validating a report, and `validate` pays it in every worker; reading the
 * JSON takes a few milliseconds. Each source file's SHA-256 is kept, so an
 * edited checklist is never validated against a stale copy: then the YAML is
 * read as before.
 */
interface Precompiled {
  /**
   * Every YAML or JSON file below checklists/, relative to the package root, sorted, with the
   * SHA-256 of its bytes, and its size and modification time when the copy was made.
   */
  sources: Array<{ file: string; sha256: string; size?: number; mtimeMs?: number }>;
  checklists: Array<{ file: string; hash: string; value: Checklist; archived?: true }>;
  catalogues: Array<{ file: string; hash: string; value: Catalogue }>;
}

export function precompiledLibraryFile(): string {
  return path.join(packageRoot(), 'dist', 'bundled-library.json');
}

/** Cheaper than a glob, which would cost more than the whole check. */
async function sourceFiles(): Promise<string[]> {
  const lists = await Promise.all(
    [bundledChecklistsDir(), archivedChecklistsDir()].map(async (dir) => {
      const names = (await readdir(dir, { recursive: true }).catch(() => [])).filter((name) => /\.(ya?ml|json)$/i.test(name));
      return names.map((name) => path.join(dir, name));
    }),
  );
  return lists.flat().sort();
}

const sha256Of = async (file: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

async function sources(): Promise<Precompiled['sources']> {
  const root = packageRoot();
  return Promise.all(
    (await sourceFiles()).map(async (file) => {
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
    const info = await stat(file).catch(() => undefined);
    if (!info) return false;
    if (known.size === info.size && known.mtimeMs === info.mtimeMs) return true;
    return known.sha256 === (await sha256Of(file));
  });
  return (await Promise.all(checks)).every(Boolean);
}

/** Run by scripts/build.mjs after bundling. */
export async function precompileBundledLibrary(outFile = precompiledLibraryFile()): Promise<void> {
  const { readFolders } = await import('./library-folders.js');
  const root = packageRoot();
  const library = await readFolders([bundledChecklistsDir()], undefined, false);
  const current = library.allChecklists.length;
  await readFolders([archivedChecklistsDir()], library, false, true);
  const entry = <T>(l: { file: string; hash: string; value: T }) => ({ file: path.relative(root, l.file), hash: l.hash, value: l.value });
  const precompiled: Precompiled = {
    sources: await sources(),
    checklists: library.allChecklists.map((l, i) => (i < current ? entry(l) : { ...entry(l), archived: true as const })),
    catalogues: [...library.catalogues.values()].map(entry),
  };
  await writeFileAtomic(outFile, JSON.stringify(precompiled), { force: true });
}

async function readPrecompiled(): Promise<Precompiled | undefined> {
  let text: string;
  try {
    text = await readFile(precompiledLibraryFile(), 'utf8');
  } catch {
    return undefined;
  }
  let precompiled: Precompiled;
  try {
    // Written by precompileBundledLibrary from documents that passed their schemas, and
    // used only while its sources are byte for byte the files on disk: not parsed again.
    precompiled = JSON.parse(text) as Precompiled;
  } catch {
    return undefined;
  }
  return (await sourcesUnchanged(precompiled.sources, await sourceFiles(), packageRoot())) ? precompiled : undefined;
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
  for (const c of precompiled.catalogues) {
    if (!library.catalogues.has(c.value.id)) library.catalogues.set(c.value.id, { ...c, file: path.join(root, c.file) });
  }
  for (const c of precompiled.checklists) {
    const { archived, ...loaded } = c;
    const entry = { ...loaded, file: path.join(root, c.file) };
    library.allChecklists.push(entry);
    if (archived !== true && !library.checklists.has(c.value.id)) library.checklists.set(c.value.id, entry);
  }
  return library;
}
