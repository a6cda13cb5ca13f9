import type { ChecklistCandidate } from '../domain/answers/match-checklist.js';
import type { Diagnostic } from '../domain/diagnostic.js';
import type { Catalogue } from '../domain/schemas/catalogue.js';
import type { Checklist } from '../domain/schemas/checklist.js';
import path from 'node:path';
import { filePhrase } from '../i18n/file-messages.js';
import { bundledChecklistsDir } from './package-root.js';

/** The library's types and the helpers commands use on it; it is read by library.ts. */
interface Loaded<T> {
  file: string;
  value: T;
  /** SHA-256 of the canonical content (RFC 8785) of the parsed file. */
  hash: string;
}

export interface Library {
  catalogues: Map<string, Loaded<Catalogue>>;
  /** The first checklist found with each id. */
  checklists: Map<string, Loaded<Checklist>>;
  /** Every checklist found, every version: reports name the exact one they were made with. */
  allChecklists: Array<Loaded<Checklist>>;
  /** Problems in the files of a folder the user named (bundled files are tested, not reported). */
  diagnostics: Diagnostic[];
}

export function emptyLibrary(): Library {
  return { catalogues: new Map(), checklists: new Map(), allChecklists: [], diagnostics: [] };
}

/** True for a file of the bundled checklists folder. */
export function isBundledFile(file: string): boolean {
  const dir = path.resolve(bundledChecklistsDir());
  const resolved = path.resolve(file);
  return resolved.startsWith(dir + path.sep);
}

/**
 * The official checklist cannot be impersonated: a checklist of a user's
 * folder with the id and version of a bundled one but other content is left
 * out of the library (it would otherwise be found first), with an error that
 * says so. Naming the file itself (--checklist <file>) still uses it, and
 * says where it came from. An identical copy is harmless, and also left out:
 * the bundled one is used.
 */
export function refuseShadows(library: Library): void {
  const bundled = new Map<string, Loaded<Checklist>>();
  for (const entry of library.allChecklists) {
    if (isBundledFile(entry.file)) bundled.set(`${entry.value.id}@${entry.value.version}`, entry);
  }
  const kept: Array<Loaded<Checklist>> = [];
  for (const entry of library.allChecklists) {
    const official = isBundledFile(entry.file) ? undefined : bundled.get(`${entry.value.id}@${entry.value.version}`);
    if (!official) {
      kept.push(entry);
      continue;
    }
    if (official.hash !== entry.hash) {
      library.diagnostics.push({
        code: 'checklist-shadows-bundled',
        severity: 'error',
        message: filePhrase('shadows', { id: entry.value.id, version: entry.value.version, hash: entry.hash.slice(0, 12) }),
        file: entry.file,
        pointer: '/version',
      });
    }
    if (library.checklists.get(entry.value.id) === entry) library.checklists.set(entry.value.id, official);
  }
  library.allChecklists = kept;
}

export function catalogueValues(library: Library): Map<string, Catalogue> {
  return new Map([...library.catalogues].map(([id, loaded]) => [id, loaded.value]));
}

/** Every checklist of the library, as candidates for `matchChecklist`. */
export function checklistCandidates(library: Library): ChecklistCandidate[] {
  return library.allChecklists.map((l) => ({ checklist: l.value, hash: l.hash, file: l.file }));
}
