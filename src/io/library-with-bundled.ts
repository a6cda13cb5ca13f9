import { bundledCataloguesDir } from './package-root.js';
import { readLibrary, refuseShadows, type Library } from './catalogues.js';
import { readBundledLibrary } from './validate-bundled.js';

/**
 * The user's folders first, then the bundled catalogues, and the bundled
 * checklists only when asked (parsing them costs more than a small lint).
 */
export async function readLibraryWithBundled(
  userDirs: ReadonlyArray<string | undefined>,
  options: { checklists?: boolean } = {},
): Promise<Library> {
  const library = await readLibrary(userDirs.filter((d): d is string => d !== undefined));
  if (options.checklists) {
    // The bundled checklists as the build pre-parsed them (their YAML is read only if they changed since):
    // parsing them costs show, render, verify and assess more than the rest of their work.
    await readBundledLibrary(library);
    refuseShadows(library);
    return library;
  }
  await readLibrary([bundledCataloguesDir()], library, false);
  return library;
}
