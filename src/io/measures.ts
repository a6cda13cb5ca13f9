import path from 'node:path';
import type { Diagnostic } from '../domain/diagnostic.js';
import { MeasuresDocument } from '../domain/schemas/measures.js';
import { zodFindings } from '../domain/zod-findings.js';
import { findFiles } from './find-files.js';
import { attachPositions, loadDocument } from './load-document.js';
import { packageRoot } from './package-root.js';

/** The bundled implementation measures (issue: the framework for action). */
export function bundledMeasuresFile(): string {
  return path.join(packageRoot(), 'measures', 'tip-measures.yaml');
}

export type MeasuresResult =
  | { ok: true; document: MeasuresDocument; file: string; locate: (findings: Parameters<typeof attachPositions>[1]) => Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** Reads a measures document (a file, or the first measures document of a folder), with positions for diagnostics. */
export async function readMeasures(fileOrDir: string, shownAs: string = fileOrDir): Promise<MeasuresResult> {
  const { files } = await findFiles([fileOrDir]);
  const file = files[0] ?? fileOrDir;
  const shown = files.length > 0 && file !== fileOrDir ? path.join(shownAs, path.relative(fileOrDir, file)) : shownAs;
  const loaded = await loadDocument(file);
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics.map((d) => ({ ...d, file: shown })) };
  const source = { ...loaded.document, file: shown };
  const parsed = MeasuresDocument.safeParse(source.data);
  if (!parsed.success) return { ok: false, diagnostics: attachPositions(source, zodFindings(parsed.error, source.data, MeasuresDocument)) };
  return { ok: true, document: parsed.data, file: shown, locate: (findings) => attachPositions(source, findings) };
}
