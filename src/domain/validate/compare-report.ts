import type { Finding } from '../diagnostic.js';
import type { Report, ReportBody, StateCounts } from '../schemas/report.js';
import type { ValidateCode } from './codes.js';

const REDO = 'produce the report again from its answers';

const finding = (code: ValidateCode, pointer: string, message: string): Finding => ({ code, severity: 'error', message, pointer });

/**
 * Deep equality of parsed JSON values, key order aside. Cheaper than
 * comparing canonical JSON texts, which costs as much as the whole rest of
 * the comparison on a report of a hundred questions.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameJson(item, b[i]));
  }
  // JSON has no undefined: a member holding it is as good as absent.
  const keys = (o: object): string[] => Object.entries(o).filter(([, v]) => v !== undefined).map(([k]) => k);
  const ka = keys(a);
  if (ka.length !== keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameJson(Reflect.get(a, k), Reflect.get(b, k)));
}


const shown = (score: number | null): string => (score === null ? 'null (not assessed)' : String(score));

function countsText(c: StateCounts): string {
  return `answered ${c.answered}, don't know ${c.dontKnow}, not applicable ${c.notApplicable}, hidden ${c.hidden}, unanswered ${c.unanswered}, total ${c.total}`;
}

interface Scored {
  score: number | null;
  band?: string | null;
  counts: StateCounts;
}

/** Score, band and counts of one group (overall, a section, a pillar), stated against recomputed. */
function compareGroup(label: string, pointer: string, stated: Scored, computed: Scored): Finding[] {
  const out: Finding[] = [];
  if (stated.score !== computed.score) {
    out.push(finding('report-score-mismatch', `${pointer}/score`, `${label} score is ${shown(stated.score)} in the report, but its answers give ${shown(computed.score)} — ${REDO}`));
  }
  if (computed.band !== undefined && stated.band !== computed.band) {
    out.push(finding('report-band-mismatch', `${pointer}/band`, `${label} band is ${String(stated.band)} in the report, but the score ${shown(computed.score)} falls in ${String(computed.band)} — ${REDO}`));
  }
  if (!sameJson(stated.counts, computed.counts)) {
    out.push(finding('report-counts-mismatch', `${pointer}/counts`, `${label} counts are (${countsText(stated.counts)}) in the report, but the answers give (${countsText(computed.counts)}) — ${REDO}`));
  }
  return out;
}

/** Sections or pillars: the same ids in the same order, then each group. */
function compareGroups(what: 'section' | 'pillar', pointer: string, stated: ReadonlyArray<Scored & { id: string }>, computed: ReadonlyArray<Scored & { id: string }>): Finding[] {
  const ids = (list: ReadonlyArray<{ id: string }>): string => list.map((g) => g.id).join(', ') || 'none';
  if (ids(stated) !== ids(computed)) {
    return [finding('report-score-mismatch', pointer, `the report scores the ${what}s ${ids(stated)}, but its checklist has ${ids(computed)} — ${REDO}`)];
  }
  return stated.flatMap((group, i) => {
    const other = computed[i];
    return other ? compareGroup(`${what} "${group.id}"`, `${pointer}/${i}`, group, other) : [];
  });
}

function compareCompleteness(stated: Report, computed: ReportBody): Finding[] {
  const out: Finding[] = [];
  const s = stated.completeness;
  const c = computed.completeness;
  if (s.complete !== c.complete || s.missing !== c.missing) {
    const state = (complete: boolean, missing: number): string => (complete ? 'complete' : `incomplete (${missing} missing)`);
    out.push(finding('report-completeness-mismatch', '/completeness', `the report says it is ${state(s.complete, s.missing)}, but its answers are ${state(c.complete, c.missing)} — ${REDO}`));
  } else if (!sameJson(s.missingQuestions, c.missingQuestions)) {
    const list = c.missingQuestions.map((m) => m.question).join(', ') || 'none';
    out.push(finding('report-completeness-mismatch', '/completeness/missingQuestions', `the missing questions listed differ from those of the answers (${list}) — ${REDO}`));
  }
  const hasDate = stated.dates.completed !== undefined;
  if (c.complete !== hasDate) {
    out.push(
      c.complete
        ? finding('report-completed-date-mismatch', '/dates', `the answers are complete, but the report has no completion date (dates.completed) — ${REDO}`)
        : finding('report-completed-date-mismatch', '/dates/completed', `the answers are incomplete, but the report has a completion date — ${REDO}`),
    );
  }
  return out;
}

type ListCode = 'report-gaps-mismatch' | 'report-assistance-mismatch' | 'report-core-mismatch' | 'report-unknowns-mismatch';
const LIST_NAMES: Record<ListCode, string> = {
  'report-gaps-mismatch': 'gaps',
  'report-assistance-mismatch': 'assistance needs',
  'report-core-mismatch': 'core-obligation statuses',
  'report-unknowns-mismatch': 'unknowns',
};

/** The band cap of the overall score: present in both with the same content, or in neither. */
function compareCap(stated: Report, computed: ReportBody): Finding[] {
  const s = stated.scores.overall.cap;
  const c = computed.scores.overall.cap;
  if (sameJson(s ?? null, c ?? null)) return [];
  const says = (cap: typeof s): string => (cap ? `capped (core obligations ${cap.obligations.join(', ')} not met or not known)` : 'not capped');
  return [finding('report-core-mismatch', '/scores/overall/cap', `the overall band is ${says(s)} in the report, but its answers give ${says(c)} — ${REDO}`)];
}

function compareList(code: ListCode, pointer: string, stated: readonly unknown[], computed: readonly unknown[]): Finding[] {
  if (sameJson(stated, computed)) return [];
  const what = LIST_NAMES[code];
  const first = stated.findIndex((item, i) => i >= computed.length || !sameJson(item, computed[i]));
  const at = first === -1 ? stated.length : first;
  return [finding(code, `${pointer}/${at}`, `the ${what} differ from those recomputed from the answers (${stated.length} stated, ${computed.length} recomputed) — ${REDO}`)];
}

/**
 * Every recomputable member of a report against the same report rebuilt from
 * its own answers with its checklist. Scores are compared as stored (4
 * decimals), since the rebuilt report rounds them the same way.
 */
export function compareReport(stated: Report, computed: ReportBody): Finding[] {
  const scoring = sameJson(stated.scoring, computed.scoring)
    ? []
    : [finding('report-scoring-mismatch', '/scoring', `the scoring model or bands in the report differ from those of checklist "${stated.checklist.id}" ${stated.checklist.version} — ${REDO}`)];
  return [
    ...scoring,
    ...compareGroup('overall', '/scores/overall', stated.scores.overall, computed.scores.overall),
    ...compareGroups('section', '/scores/sections', stated.scores.sections, computed.scores.sections),
    ...compareGroups('pillar', '/scores/pillars', stated.scores.pillars, computed.scores.pillars),
    ...compareCompleteness(stated, computed),
    ...compareList('report-gaps-mismatch', '/gaps', stated.gaps, computed.gaps),
    ...compareList('report-assistance-mismatch', '/assistance', stated.assistance, computed.assistance),
    ...compareCap(stated, computed),
    ...(stated.core !== undefined || computed.core !== undefined
      ? compareList('report-core-mismatch', '/core', stated.core ?? [], computed.core ?? [])
      : []),
    ...(stated.unknowns !== undefined || computed.unknowns !== undefined
      ? compareList('report-unknowns-mismatch', '/unknowns', stated.unknowns ?? [], computed.unknowns ?? [])
      : []),
  ];
}
