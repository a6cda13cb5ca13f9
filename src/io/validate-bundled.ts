import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
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
  /** Every YAML or JSON file below checklists/, relative to the package root, sorted, with the SHA-256 of its bytes. */
  sources: Array<{ file: string; sha256: string }>;
  checklists: Array<{ file: string; hash: string; value: Checklist; archived?: true }>;
  catalogues: Array<{ file: string; hash: string; value: Catalogue }>;
}

export function precompiledLibraryFile(): string {
  return path.join(packageRoot(), 'dist', 'bundled-library.json');
}

/** Cheaper than a glob, which would cost more than the whole check. */
async function sources(): Promise<Precompiled['sources']> {
  const root = packageRoot();
  const lists = await Promise.all(
    [bundledChecklistsDir(), archivedChecklistsDir()].map(async (dir) => {
      const names = (await readdir(dir, { recursive: true }).catch(() => [])).filter((name) => /\.(ya?ml|json)$/i.test(name));
      return names.map((name) => path.join(dir, name));
    }),
  );
  const files = lists.flat().sort();
  return Promise.all(
    files.map(async (file) => ({
      file: path.relative(root, file),
      sha256: createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    })),
  );
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
  const key = (list: Precompiled['sources']): string => list.map((s) => `${s.file}\u0000${s.sha256}`).join('\n');
  return key(await sources()) === key(precompiled.sources) ? precompiled : undefined;
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
