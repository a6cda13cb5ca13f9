import type { ChecklistCandidate } from '../domain/answers/match-checklist.js';
import type { Diagnostic } from '../domain/diagnostic.js';
import type { Catalogue } from '../domain/schemas/catalogue.js';
import type { PublicKey } from '../domain/signature/fingerprint.js';
import { catalogueValues, checklistCandidates, type Library } from './catalogues.js';
import { loadTrustedKeys } from './keys.js';
import { readLibrary } from './library.js';

/** The folders `validate` reads besides the files it validates; plain data, so it can be sent to a worker. */
export interface ValidationSources {
  /** Checklists (any version) that reports and answers may name, besides the bundled ones. */
  checklists?: string;
  /** Catalogues that validated checklists may cite, besides the bundled ones. */
  catalogues?: string;
  /** Public keys (*.pub) of trusted signers: reports' signatures are then checked. */
  trustedKeys?: string;
}

/**
 * What every file is validated against. Each part is read on first use and
 * kept: a batch of reports never parses a catalogue, a batch of checklists
 * never a checklist to match.
 */
export interface ValidationEnvironment {
  checklists(): Promise<readonly ChecklistCandidate[]>;
  catalogues(): Promise<ReadonlyMap<string, Catalogue>>;
  /** Null without --trusted-keys. */
  trustedKeys(): Promise<readonly PublicKey[] | null>;
  /** Problems in the files of the user's folders; the command reports them once (workers do not). */
  diagnostics(): Promise<readonly Diagnostic[]>;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

/** The user's folders first, so that their documents win over bundled ones with the same id. */
async function readValidationLibrary(sources: ValidationSources): Promise<Library> {
  return readLibrary([sources.checklists, sources.catalogues]);
}

export function createValidationEnvironment(sources: ValidationSources): ValidationEnvironment {
  const library = once(() => readValidationLibrary(sources));
  return {
    checklists: once(async () => checklistCandidates(await library())),
    catalogues: once(async () => catalogueValues(await library())),
    trustedKeys: once(async () => (sources.trustedKeys === undefined ? null : loadTrustedKeys(sources.trustedKeys))),
    diagnostics: async () => (sources.checklists === undefined && sources.catalogues === undefined ? [] : (await library()).diagnostics),
  };
}
