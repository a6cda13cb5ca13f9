import type { Diagnostic } from '../domain/diagnostic.js';
import { parseAnyDocument } from '../domain/lint.js';
import type { Catalogue } from '../domain/schemas/catalogue.js';
import type { Checklist } from '../domain/schemas/checklist.js';
import { attachPositions, loadDocument } from './load-document.js';
import { findFiles } from './find-files.js';
import { bundledCataloguesDir, bundledChecklistsDir } from './package-root.js';

export interface Loaded<T> {
  file: string;
  value: T;
}

export interface Library {
  catalogues: Map<string, Loaded<Catalogue>>;
  checklists: Map<string, Loaded<Checklist>>;
  /** Problems in the files of a folder the user named (bundled files are tested, not reported). */
  diagnostics: Diagnostic[];
}

/**
 * Reads the catalogues and checklists of a folder. The first one found with a
 * given id wins, so user folders are read before the bundled ones.
 */
export async function readLibrary(dirs: readonly string[], into: Library = emptyLibrary(), report = true): Promise<Library> {
  for (const dir of dirs) {
    const { files } = await findFiles([dir]);
    for (const file of files) {
      const loaded = await loadDocument(file);
      if (!loaded.ok) {
        if (report) into.diagnostics.push(...loaded.diagnostics);
        continue;
      }
      const parsed = parseAnyDocument(loaded.document.data);
      if (!parsed.ok) {
        if (report && parsed.kind) into.diagnostics.push(...attachPositions(loaded.document, parsed.findings));
        continue;
      }
      const { document } = parsed;
      if (document.kind === 'catalogue' && !into.catalogues.has(document.value.id)) {
        into.catalogues.set(document.value.id, { file, value: document.value });
      } else if (document.kind === 'checklist' && !into.checklists.has(document.value.id)) {
        into.checklists.set(document.value.id, { file, value: document.value });
      }
    }
  }
  return into;
}

export function emptyLibrary(): Library {
  return { catalogues: new Map(), checklists: new Map(), diagnostics: [] };
}

/**
 * The user's folders first, then the bundled catalogues, and the bundled
 * checklists only when asked (parsing them costs more than a small lint).
 */
export async function readLibraryWithBundled(
  userDirs: ReadonlyArray<string | undefined>,
  options: { checklists?: boolean } = {},
): Promise<Library> {
  const library = await readLibrary(userDirs.filter((d): d is string => d !== undefined));
  await readLibrary([options.checklists ? bundledChecklistsDir() : bundledCataloguesDir()], library, false);
  return library;
}

export function catalogueValues(library: Library): Map<string, Catalogue> {
  return new Map([...library.catalogues].map(([id, loaded]) => [id, loaded.value]));
}
