import type { Catalogue } from './schemas/catalogue.js';
import type { ObligationLevel } from './schemas/common.js';
import type { Measure } from './schemas/measures.js';
import type { Checklist } from './schemas/checklist.js';
import { isScored, listQuestions } from './checklist-model.js';

interface ProvisionCoverage {
  path: string;
  /** The provision's level of obligation, as its catalogue states it. */
  level: ObligationLevel | undefined;
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
    // Index citations once: provisions × questions would be slow on large checklists.
    const citedBy = new Map<string, { all: string[]; scored: string[] }>();
    for (const q of questions) {
      for (const source of q.sources ?? []) {
        if (source.catalogue !== use.id) continue;
        const entry = citedBy.get(source.provision) ?? { all: [], scored: [] };
        if (!entry.all.includes(q.id)) entry.all.push(q.id);
        if (isScored(q) && !entry.scored.includes(q.id)) entry.scored.push(q.id);
        citedBy.set(source.provision, entry);
      }
    }
    const order = new Map(questions.map((q, i) => [q.id, i]));
    const coveringQuestions = (path: string): string[] => {
      const ids = new Set<string>();
      for (const [cited, entry] of citedBy) {
        if (cited === path || isSubdivisionOf(cited, path)) entry.scored.forEach((id) => ids.add(id));
      }
      return [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    };
    const paths = catalogue ? catalogue.provisions.map((p) => p.path) : [...scope];
    const known = new Set(paths);
    const provisions = paths.map((path) => ({
      path,
      level: catalogue?.provisions.find((p) => p.path === path)?.level,
      inScope: scope.has(path),
      coveredBy: coveringQuestions(path),
      citedBy: citedBy.get(path)?.all ?? [],
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

/**
 * The measures that implement each provision of a coverage (its own, a
 * subdivision's or its parent's), by catalogue and path.
 */
export function measuresCoverage(coverage: readonly CatalogueCoverage[], measures: readonly Measure[]): Map<string, Map<string, string[]>> {
  return new Map(
    coverage.map((c) => [
      c.catalogue,
      new Map(
        c.provisions.map((p) => [
          p.path,
          measures
            .filter((m) =>
              m.provisions.some(
                (x) =>
                  x.catalogue === c.catalogue &&
                  (x.provision === p.path || isSubdivisionOf(x.provision, p.path) || isSubdivisionOf(p.path, x.provision)),
              ),
            )
            .map((m) => m.id),
        ]),
      ),
    ]),
  );
}

/** The same coverage, restricted to the provisions of one level of obligation. */
export function coverageAtLevel(coverage: readonly CatalogueCoverage[], level: ObligationLevel): CatalogueCoverage[] {
  return coverage.map((c) => {
    const provisions = c.provisions.filter((p) => p.level === level);
    const kept = new Set(provisions.map((p) => p.path));
    return { ...c, provisions, uncovered: c.uncovered.filter((path) => kept.has(path)), unknownScope: [] };
  });
}
