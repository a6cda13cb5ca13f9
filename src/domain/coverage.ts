import type { Catalogue } from './schemas/catalogue.js';
import type { Checklist } from './schemas/checklist.js';
import { isScored, listQuestions } from './checklist-model.js';

export interface ProvisionCoverage {
  path: string;
  inScope: boolean;
  /** Ids of the scored questions that cover it (cite it or one of its subdivisions). */
  coveredBy: string[];
  /** Ids of every question citing it directly, scored or not. */
  citedBy: string[];
}

export interface CatalogueCoverage {
  catalogue: string;
  found: boolean;
  provisions: ProvisionCoverage[];
  /** Scope paths that are not in the catalogue. */
  unknownScope: string[];
  uncovered: string[];
}

/** `6.3.b` is a subdivision of `6.3` and of `6`, not of `6.3.b` itself. */
export function isSubdivisionOf(path: string, parent: string): boolean {
  return path.startsWith(parent + '.');
}

/**
 * Which provisions the checklist covers: a provision is covered when a scored
 * question cites it or one of its subdivisions; citing a whole article covers
 * none of its paragraphs.
 */
export function computeCoverage(checklist: Checklist, catalogues: ReadonlyMap<string, Catalogue>): CatalogueCoverage[] {
  const questions = listQuestions(checklist).map((l) => l.question);
  return (checklist.catalogues ?? []).map((use) => {
    const catalogue = catalogues.get(use.id);
    const scope = new Set(use.scope ?? []);
    const citing = (predicate: (path: string) => boolean, scoredOnly: boolean) =>
      questions
        .filter((q) => (!scoredOnly || isScored(q)) && (q.sources ?? []).some((s) => s.catalogue === use.id && predicate(s.provision)))
        .map((q) => q.id);
    const paths = catalogue ? catalogue.provisions.map((p) => p.path) : [...scope];
    const known = new Set(paths);
    const provisions = paths.map((path) => ({
      path,
      inScope: scope.has(path),
      coveredBy: citing((p) => p === path || isSubdivisionOf(p, path), true),
      citedBy: citing((p) => p === path, false),
    }));
    return {
      catalogue: use.id,
      found: catalogue !== undefined,
      provisions,
      unknownScope: catalogue ? [...scope].filter((p) => !known.has(p)) : [],
      uncovered: provisions.filter((p) => p.inScope && p.coveredBy.length === 0).map((p) => p.path),
    };
  });
}
