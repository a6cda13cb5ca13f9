import type { SourceReference } from '../schemas/checklist.js';
import type { Report, StateCounts } from '../schemas/report.js';

/*
 * sameJson (compare-report.ts) for the members of a report that every report
 * repeats by the dozen — counts, gaps, unknowns, core obligations, needs and
 * their sources — written member by member. Both sides are of the report's
 * schema, whose objects are strict: no member but those named here, and no
 * member holding undefined (an optional one is absent, or `true` for `hidden`).
 * The generic walk cost validate some 50 µs a report, most of it on the gaps'
 * sources. Tests hold each to sameJson, and the members named here to the
 * schema's (test/domain/validate/same-items.test.ts).
 */

type Gap = Report['gaps'][number];
type Unknown = NonNullable<Report['unknowns']>[number];
type Core = NonNullable<Report['core']>[number];
type Need = Report['assistance'][number];
type Missing = Report['completeness']['missingQuestions'][number];

export function sameCounts(a: StateCounts, b: StateCounts): boolean {
  return (
    a.answered === b.answered &&
    a.dontKnow === b.dontKnow &&
    a.notApplicable === b.notApplicable &&
    a.hidden === b.hidden &&
    a.unanswered === b.unanswered &&
    a.total === b.total
  );
}

/** A rebuilt report's sources are the checklist's own arrays: a report that copied them right holds equal ones. */
function sameSources(a: readonly SourceReference[], b: readonly SourceReference[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as SourceReference;
    const y = b[i] as SourceReference;
    if (x.catalogue !== y.catalogue || x.provision !== y.provision) return false;
  }
  return true;
}

export function sameGap(a: Gap, b: Gap): boolean {
  return (
    a.question === b.question &&
    a.section === b.section &&
    a.current === b.current &&
    a.best === b.best &&
    a.gap === b.gap &&
    a.hidden === b.hidden &&
    sameSources(a.sources, b.sources)
  );
}

export function sameUnknown(a: Unknown, b: Unknown): boolean {
  return (
    a.question === b.question &&
    a.section === b.section &&
    a.state === b.state &&
    a.best === b.best &&
    a.gain === b.gain &&
    sameSources(a.sources, b.sources)
  );
}

export function sameCore(a: Core, b: Core): boolean {
  return a.question === b.question && a.section === b.section && a.status === b.status && sameSources(a.sources, b.sources);
}

export function sameNeed(a: Need, b: Need): boolean {
  return a.category === b.category && sameStrings(a.questions, b.questions);
}

export function sameMissing(a: Missing, b: Missing): boolean {
  return a.question === b.question && a.section === b.section;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Two lists, item by item. */
export function sameItems<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i] as T, b[i] as T)) return false;
  return true;
}
