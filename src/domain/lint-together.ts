import type { Finding } from './diagnostic.js';
import { lintCatalogue, lintChecklist, type ParsedDocument } from './lint.js';
import { lintMeasures } from './measures/lint.js';
import type { Catalogue } from './schemas/catalogue.js';
import type { Checklist } from './schemas/checklist.js';

/** Whether linting these documents needs the bundled checklists: measures must cover their scope too. */
export function needsBundledChecklists(documents: readonly ParsedDocument[]): boolean {
  return documents.some((d) => d.kind === 'measures');
}

/**
 * Lints documents named together, in two passes. First, the catalogues among
 * them join those of the library (the first of an id given wins, and wins over
 * the library's), so that a checklist is checked against a catalogue linted
 * with it. Then each document is linted: a checklist against those catalogues,
 * measures against them and the scope of the checklists among the documents
 * and of the bundled ones. Returns the findings of each document, in order;
 * answers and reports have none here.
 */
export function lintTogether(
  documents: readonly ParsedDocument[],
  libraryCatalogues: ReadonlyMap<string, Catalogue>,
  bundledChecklists: readonly Checklist[],
  toolLanguages: readonly string[],
): Finding[][] {
  const local = new Map<string, Catalogue>();
  for (const d of documents) if (d.kind === 'catalogue' && !local.has(d.value.id)) local.set(d.value.id, d.value);
  const catalogues = new Map([...libraryCatalogues, ...local]);
  const scope = needsBundledChecklists(documents)
    ? [...documents.flatMap((d) => (d.kind === 'checklist' ? [d.value] : [])), ...bundledChecklists]
    : [];
  const scopeChecklists = scope.filter((c, i) => scope.findIndex((d) => d.id === c.id) === i);
  return documents.map((d) => {
    switch (d.kind) {
      case 'checklist':
        return lintChecklist(d.value, catalogues, toolLanguages);
      case 'catalogue':
        return lintCatalogue(d.value);
      case 'measures':
        return lintMeasures(d.value, catalogues, scopeChecklists);
      default:
        return [];
    }
  });
}
