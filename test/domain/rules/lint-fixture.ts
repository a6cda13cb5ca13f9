import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { compareDiagnostics, type Severity, type WrittenDiagnostic as Diagnostic } from '../../../src/domain/diagnostic.js';
import type { Diagnostic as DomainDiagnostic } from '../../../src/domain/diagnostic.js';
import { writeDiagnostics } from '../../../src/i18n/write-text.js';
import { lintCatalogue, lintChecklist, parseAnyDocument } from '../../../src/domain/lint.js';
import type { Catalogue } from '../../../src/domain/schemas/catalogue.js';
import { catalogueValues } from '../../../src/io/catalogues.js';
import { readFolders } from '../../../src/io/library-folders.js';
import { attachPositions, loadDocument, type LoadOptions } from '../../../src/io/load-document.js';
import { TOOL_LANGUAGES } from '../../../src/i18n/messages/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../../..');
export const LINT_FIXTURES = path.join(REPO_ROOT, 'test/fixtures/lint');
const BUNDLED_CATALOGUES = path.join(REPO_ROOT, 'checklists/instruments');

let bundled: Promise<Map<string, Catalogue>> | undefined;

/** The bundled instrument catalogues, read once, as `lint` finds them. */
export function bundledCatalogues(): Promise<Map<string, Catalogue>> {
  bundled ??= readFolders([BUNDLED_CATALOGUES]).then((library) => {
    if (library.diagnostics.length > 0) throw new Error(`bundled catalogues do not load: ${JSON.stringify(library.diagnostics)}`);
    return catalogueValues(library);
  });
  return bundled;
}

/**
 * The whole `lint` pipeline on one file: load, recognise and validate, then
 * the semantic rules with the bundled catalogues, positions attached, sorted.
 */
export async function lintFile(file: string, options: LoadOptions = {}): Promise<Diagnostic[]> {
  return writeDiagnostics(await lintUnwritten(file, options), 'en');
}

async function lintUnwritten(file: string, options: LoadOptions): Promise<DomainDiagnostic[]> {
  const loaded = await loadDocument(file, options);
  if (!loaded.ok) return [...loaded.diagnostics].sort(compareDiagnostics);
  const parsed = parseAnyDocument(loaded.document.data);
  if (!parsed.ok) return attachPositions(loaded.document, parsed.findings).sort(compareDiagnostics);
  const { document } = parsed;
  const findings =
    document.kind === 'checklist'
      ? lintChecklist(document.value, await bundledCatalogues(), TOOL_LANGUAGES)
      : document.kind === 'catalogue'
        ? lintCatalogue(document.value)
        : [];
  return attachPositions(loaded.document, findings).sort(compareDiagnostics);
}

/** `lintFile` on a file of test/fixtures/lint/. */
export function lintFixture(name: string): Promise<Diagnostic[]> {
  return lintFile(path.join(LINT_FIXTURES, name));
}

export interface Expected {
  code: string;
  severity: Severity;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** A key phrase of the message: what to do about it. */
  message: RegExp;
  pointer?: string;
}

/** Exactly these diagnostics, in this order (the order of `compareDiagnostics`). */
function expectDiagnostics(actual: readonly Diagnostic[], expected: readonly Expected[]): void {
  const withPointer = (e: Expected) => e.pointer !== undefined;
  expect(
    actual.map((d, i) => ({
      code: d.code,
      severity: d.severity,
      line: d.start?.line,
      column: d.start?.column,
      message: d.message,
      ...(expected[i] && withPointer(expected[i]) ? { pointer: d.pointer } : {}),
    })),
  ).toEqual(
    expected.map((e) => ({
      code: e.code,
      severity: e.severity,
      line: e.line,
      column: e.column,
      message: expect.stringMatching(e.message),
      ...(withPointer(e) ? { pointer: e.pointer } : {}),
    })),
  );
}

/** Lints a fixture and expects exactly these diagnostics. */
export async function expectFixture(name: string, expected: readonly Expected[]): Promise<Diagnostic[]> {
  const diagnostics = await lintFixture(name);
  expectDiagnostics(diagnostics, expected);
  return diagnostics;
}
