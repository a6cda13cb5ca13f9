import { existsSync } from 'node:fs';
import path from 'node:path';
import { canonicalHash } from '../domain/canonical.js';
import type { Diagnostic } from '../domain/diagnostic.js';
import type { Checklist } from '../domain/schemas/checklist.js';
import { isBundledFile, type Library } from './catalogues.js';
import { readLibrary } from './library.js';
import { attachPositions, loadDocument } from './load-document.js';

export interface ResolvedChecklist {
  file: string;
  checklist: Checklist;
  /** SHA-256 of the canonical JSON of the parsed file: comments and layout never change it. */
  hash: string;
  bundled: boolean;
}

export type ResolveResult =
  | { ok: true; resolved: ResolvedChecklist; library: Library }
  | { ok: false; diagnostics: Diagnostic[]; notFound?: string; library: Library };

function looksLikePath(ref: string): boolean {
  return ref.includes('/') || ref.includes(path.sep) || /\.(ya?ml|json)$/i.test(ref);
}

/** A checklist named by file path, or by the id of a bundled one (or one in `--checklists`). */
export async function resolveChecklist(
  ref: string,
  cwd: string,
  dirs: { checklists?: string; catalogues?: string } = {},
): Promise<ResolveResult> {
  const library = await readLibrary([dirs.catalogues, dirs.checklists]);
  const asPath = path.resolve(cwd, ref);
  if (existsSync(asPath) || looksLikePath(ref)) {
    const result = await loadChecklistFile(ref, cwd);
    return result.ok ? { ok: true, resolved: result.resolved, library } : { ok: false, diagnostics: result.diagnostics, library };
  }
  const found = library.checklists.get(ref);
  if (!found) return { ok: false, diagnostics: [], notFound: ref, library };
  // Parsed already, by the library (or at build time for a bundled one): its YAML is not read again.
  return {
    ok: true,
    resolved: { file: found.file, checklist: found.value, hash: found.hash, bundled: isBundledFile(found.file) },
    library,
  };
}

export async function loadChecklistFile(
  file: string,
  cwd: string,
): Promise<{ ok: true; resolved: ResolvedChecklist } | { ok: false; diagnostics: Diagnostic[] }> {
  const loaded = await loadDocument(path.resolve(cwd, file));
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics.map((d) => ({ ...d, file })) };
  const document = { ...loaded.document, file };
  // The schemas and the linter only for a checklist read from a file: a bundled one comes parsed.
  const { parseAnyDocument } = await import('../domain/lint.js');
  const parsed = parseAnyDocument(document.data);
  if (!parsed.ok) return { ok: false, diagnostics: attachPositions(document, parsed.findings) };
  if (parsed.document.kind !== 'checklist') {
    return {
      ok: false,
      diagnostics: [
        {
          code: 'not-a-checklist',
          severity: 'error',
          message: `this is a ${parsed.document.kind}, not a checklist — name a checklist file or a bundled checklist id`,
          file,
          pointer: '/kind',
        },
      ],
    };
  }
  return { ok: true, resolved: { file, checklist: parsed.document.value, hash: canonicalHash(document.data), bundled: false } };
}
