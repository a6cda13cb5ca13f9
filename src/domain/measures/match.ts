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
function related(a: SourceReference, b: SourceReference): boolean {
  if (a.catalogue !== b.catalogue) return false;
  return a.provision === b.provision || isSubdivisionOf(a.provision, b.provision) || isSubdivisionOf(b.provision, a.provision);
}

/** How closely a measure answers a question's citations: 0 its first provision exactly, 1 another exactly, 2 a parent or subdivision; undefined when unrelated. */
function closeness(measure: Measure, sources: readonly SourceReference[]): number | undefined {
  const exact = (s: SourceReference): boolean => measure.provisions.some((p) => p.catalogue === s.catalogue && p.provision === s.provision);
  const first = sources[0];
  if (first && exact(first)) return 0;
  if (sources.some(exact)) return 1;
  if (measure.provisions.some((p) => sources.some((s) => related(p, s)))) return 2;
  return undefined;
}

/**
 * The measures that answer what a question cites: those implementing its
 * first (most specific) provision; failing any, those implementing another
 * of its provisions; failing any, those of a parent or subdivision — so that
 * a plan proposes what answers the gap itself, not every measure of the
 * article. Cheapest and quickest first, then in the order the catalogue
 * declares them.
 */
export function measuresFor(sources: readonly SourceReference[], measures: readonly Measure[]): Measure[] {
  const scored = measures.map((measure, order) => ({ measure, order, tier: closeness(measure, sources) }));
  const best = Math.min(...scored.flatMap((m) => (m.tier === undefined ? [] : [m.tier])));
  return scored
    .filter((m) => m.tier === best)
    .sort((a, b) => compareEffort(a.measure, b.measure) || a.order - b.order)
    .map(({ measure }) => measure);
}
