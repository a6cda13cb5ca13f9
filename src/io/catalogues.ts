import { canonicalHash } from '../domain/canonical.js';
import type { ChecklistCandidate } from '../domain/answers/match-checklist.js';
import type { Diagnostic } from '../domain/diagnostic.js';
import type { Catalogue } from '../domain/schemas/catalogue.js';
import type { Checklist } from '../domain/schemas/checklist.js';
import path from 'node:path';
import { filePhrase } from '../i18n/file-messages.js';
import { readDocument } from './read-document.js';
import { findFiles } from './find-files.js';
import { bundledChecklistsDir } from './package-root.js';

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

/**
 * Reads the catalogues and checklists of a folder. The first one found with a
 * given id wins, so user folders are read before the bundled ones.
 */
export async function readLibrary(
  dirs: readonly string[],
  into: Library = emptyLibrary(),
  report = true,
  /** Archived versions: available to match reports, never the checklist an id names. */
  archived = false,
): Promise<Library> {
  for (const dir of dirs) {
    const { files, skipped } = await findFiles([dir]);
    if (report) {
      for (const s of skipped) {
        into.diagnostics.push({
          code: 'file-not-regular',
          severity: 'warning',
          message: filePhrase('skipped', { file: s.file, kind: filePhrase(s.kind === 'other' ? 'kind.special' : `kind.${s.kind}`) }),
          file: s.file,
          pointer: '',
        });
      }
    }
    for (const file of files) {
      const read = await readDocument(file);
      if (!read.ok) {
        if (report) into.diagnostics.push(...read.diagnostics);
        continue;
      }
      const document = read.parsed;
      const hash = canonicalHash(read.source.data);
      if (document.kind === 'catalogue' && !into.catalogues.has(document.value.id)) {
        into.catalogues.set(document.value.id, { file, value: document.value, hash });
      } else if (document.kind === 'checklist') {
        const entry = { file, value: document.value, hash };
        into.allChecklists.push(entry);
        if (!archived && !into.checklists.has(document.value.id)) into.checklists.set(document.value.id, entry);
      }
    }
  }
  return into;
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
