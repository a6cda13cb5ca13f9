import { emptyLibrary, refuseShadows, type Library } from './catalogues.js';
import { bundledCataloguesDir } from './package-root.js';
import { readBundledLibrary } from './validate-bundled.js';

/**
 * The one reader of the library, for every command: the folders the user
 * named (--checklists, --catalogues) first, so that theirs win by id, then the
 * bundled ones. With `bundled: 'all'` (what a report, an answers file or a
 * checklist id needs), the bundled checklists and catalogues come from the
 * copy the build parsed (their YAML is read only if they changed since), and a
 * user's checklist that impersonates a bundled one is refused. With
 * `'catalogues'` (what lint needs to check citations), only the bundled
 * catalogues are read. The YAML reader is loaded only when there is YAML to
 * read: list, show and assess's first question do without it.
 */
export async function readLibrary(userDirs: ReadonlyArray<string | undefined>, bundled: 'all' | 'catalogues' = 'all'): Promise<Library> {
  const dirs = userDirs.filter((d): d is string => d !== undefined);
  const library = dirs.length === 0 ? emptyLibrary() : await (await import('./library-folders.js')).readFolders(dirs);
  if (bundled === 'catalogues') {
    const { readFolders } = await import('./library-folders.js');
    return readFolders([bundledCataloguesDir()], library, false);
  }
  await readBundledLibrary(library);
  refuseShadows(library);
  return library;
}
