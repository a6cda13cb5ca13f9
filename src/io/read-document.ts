import type { Diagnostic } from '../domain/diagnostic.js';
import type { ParsedDocument } from '../domain/lint.js';
import { isWellFormedReport } from '../domain/validate/report-shape.js';
import { attachPositions, loadDocument, type LoadedDocument, type LoadOptions } from './load-document.js';

export type ReadDocumentResult =
  { ok: true; source: LoadedDocument; parsed: ParsedDocument } | { ok: false; diagnostics: Diagnostic[]; source?: LoadedDocument };

/**
 * Reads any selfassess document: file checks, YAML or JSON with positions,
 * kind and format version, schema. Never throws on the file's content; every
 * problem comes back as a diagnostic with the file's name and a position.
 */
export async function readDocument(file: string, options: LoadOptions = {}): Promise<ReadDocumentResult> {
  const loaded = await loadDocument(file, options);
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
  const { data } = loaded.document;
  // A report the compiled check accepts is one zod accepts unchanged (report-shape.ts): `show`,
  // `render` and `verify` of a valid report load neither zod nor the schemas.
  if (isWellFormedReport(data)) return { ok: true, source: loaded.document, parsed: { kind: 'report', value: data } };
  const { parseAnyDocument } = await import('../domain/lint.js');
  const parsed = parseAnyDocument(data);
  if (!parsed.ok) return { ok: false, diagnostics: attachPositions(loaded.document, parsed.findings), source: loaded.document };
  return { ok: true, source: loaded.document, parsed: parsed.document };
}
