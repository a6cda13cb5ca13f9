import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder that holds package.json and checklists/, found from this module:
 * the built bundle lives in dist/ (and dist/cli/single/…), the sources in src/io/ (tests).
 */
export function packageRoot(): string {
  found ??= findPackageRoot();
  return found;
}

/** Found once: `validate` of one report asked a dozen times, each a few file system calls. */
let found: string | undefined;

function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'checklists'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('cannot find the selfassess package folder (package.json and checklists/)');
}

export function bundledChecklistsDir(): string {
  return path.join(packageRoot(), 'checklists');
}

/**
 * Previous versions of the bundled checklists, kept so that reports made with
 * them can still be recomputed and validated; never offered for a new assessment.
 */
export function archivedChecklistsDir(): string {
  return path.join(packageRoot(), 'archive', 'checklists');
}

export function bundledCataloguesDir(): string {
  return path.join(packageRoot(), 'checklists', 'instruments');
}
