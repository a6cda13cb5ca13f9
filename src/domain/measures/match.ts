import { isSubdivisionOf } from '../coverage.js';
import type { SourceReference } from '../schemas/checklist.js';
import type { Cost, Measure, TimeFrame } from '../schemas/measures.js';

const COST_RANK: Record<Cost, number> = { low: 0, medium: 1, high: 2 };
const TIME_RANK: Record<TimeFrame, number> = { short: 0, medium: 1, long: 2 };

/** Lower cost first, then shorter time frame: what a State can do first with the means it has. */
export function compareEffort(a: Pick<Measure, 'cost' | 'timeFrame'>, b: Pick<Measure, 'cost' | 'timeFrame'>): number {
  return COST_RANK[a.cost] - COST_RANK[b.cost] || TIME_RANK[a.timeFrame] - TIME_RANK[b.timeFrame];
}

/** Whether two citations concern the same provision: the same path, or one a subdivision of the other. */
export function related(a: SourceReference, b: SourceReference): boolean {
  if (a.catalogue !== b.catalogue) return false;
  return a.provision === b.provision || isSubdivisionOf(a.provision, b.provision) || isSubdivisionOf(b.provision, a.provision);
}

/**
 * The measures that answer what a question cites: those implementing one of
 * its provisions (or a subdivision or the parent of one), cheapest and
 * quickest first, then in the order the catalogue declares them.
 */
export function measuresFor(sources: readonly SourceReference[], measures: readonly Measure[]): Measure[] {
  const matching = measures
    .map((measure, order) => ({ measure, order }))
    .filter(({ measure }) => measure.provisions.some((p) => sources.some((s) => related(p, s))));
  return matching.sort((a, b) => compareEffort(a.measure, b.measure) || a.order - b.order).map(({ measure }) => measure);
}
