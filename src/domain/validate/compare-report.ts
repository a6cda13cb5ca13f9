import { phrase, phraseList, type Finding, type Phrase, type PhraseParam } from '../diagnostic.js';
import type { Report, ReportBody, StateCounts } from '../schemas/report.js';
import type { ValidateCode } from './codes.js';
import { sameCore, sameCounts, sameGap, sameItems, sameMissing, sameNeed, sameUnknown } from './same-items.js';

// Each sentence ends by saying to produce the report again from its answers.
const finding = (code: ValidateCode, pointer: string, message: Phrase): Finding => ({ code, severity: 'error', message, pointer });

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
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  // for…in over own keys (those Object.keys gives), without an array of keys per
  // object: every report compares a few thousand values.
  // JSON has no undefined: a member holding it is as good as absent.
  const x = a as Readonly<Record<string, unknown>>;
  const y = b as Readonly<Record<string, unknown>>;
  let members = 0;
  for (const key in x) {
    if (!Object.hasOwn(x, key)) continue;
    const value = x[key];
    if (value === undefined) continue;
    members++;
    if (!Object.hasOwn(y, key) || !sameJson(value, y[key])) return false;
  }
  for (const key in y) if (Object.hasOwn(y, key) && y[key] !== undefined) members--;
  return members === 0;
}

/** A stated or recomputed score: null is a group with nothing to score. */
const shown = (score: number | null): PhraseParam => (score === null ? phrase('report.score-not-assessed') : score);

function countsText(c: StateCounts): Phrase {
  return phrase('report.counts', {
    answered: c.answered,
    dontKnow: c.dontKnow,
    notApplicable: c.notApplicable,
    hidden: c.hidden,
    unanswered: c.unanswered,
    total: c.total,
  });
}

interface Scored {
  score: number | null;
  band?: string | null;
  counts: StateCounts;
}

/** Whether compareGroup finds nothing in a group. */
function sameGroup(stated: Scored, computed: Scored): boolean {
  return (
    stated.score === computed.score &&
    (computed.band === undefined || stated.band === computed.band) &&
    sameCounts(stated.counts, computed.counts)
  );
}

/** Score, band and counts of one group (overall, a section, a pillar), stated against recomputed. */
function compareGroup(label: Phrase, pointer: string, stated: Scored, computed: Scored): Finding[] {
  const out: Finding[] = [];
  if (stated.score !== computed.score) {
    out.push(
      finding(
        'report-score-mismatch',
        `${pointer}/score`,
        phrase('report-score-mismatch', { label, stated: shown(stated.score), computed: shown(computed.score) }),
      ),
    );
  }
  if (computed.band !== undefined && stated.band !== computed.band) {
    const band = phrase('report-band-mismatch', {
      label,
      stated: String(stated.band),
      score: shown(computed.score),
      computed: String(computed.band),
    });
    out.push(finding('report-band-mismatch', `${pointer}/band`, band));
  }
  if (!sameCounts(stated.counts, computed.counts)) {
    const counts = phrase('report-counts-mismatch', { label, stated: countsText(stated.counts), computed: countsText(computed.counts) });
    out.push(finding('report-counts-mismatch', `${pointer}/counts`, counts));
  }
  return out;
}

/**
 * The same ids in the same order, as their lists joined with ", " compared
 * (ids are identifiers, without a comma), without joining them.
 */
function sameIds(a: ReadonlyArray<{ id: string }>, b: ReadonlyArray<{ id: string }>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]?.id !== b[i]?.id) return false;
  return true;
}

/** Sections or pillars: the same ids in the same order, then each group. */
function compareGroups(
  what: 'section' | 'pillar',
  pointer: string,
  stated: ReadonlyArray<Scored & { id: string }>,
  computed: ReadonlyArray<Scored & { id: string }>,
): Finding[] {
  const ids = (list: ReadonlyArray<{ id: string }>): PhraseParam =>
    list.length === 0 ? phrase('report.none') : phraseList(list.map((g) => g.id));
  if (!sameIds(stated, computed)) {
    return [
      finding('report-score-mismatch', pointer, phrase(`report-score-mismatch.${what}s`, { stated: ids(stated), computed: ids(computed) })),
    ];
  }
  // A loop rather than flatMap, and each group's label only for a group that differs: every report has a score of each.
  const out: Finding[] = [];
  for (let i = 0; i < stated.length; i++) {
    const group = stated[i] as Scored & { id: string };
    const other = computed[i];
    if (!other || sameGroup(group, other)) continue;
    for (const f of compareGroup(phrase(`report.group.${what}`, { id: group.id }), `${pointer}/${i}`, group, other)) out.push(f);
  }
  return out;
}

function compareCompleteness(stated: Report, computed: ReportBody): Finding[] {
  const out: Finding[] = [];
  const s = stated.completeness;
  const c = computed.completeness;
  if (s.complete !== c.complete || s.missing !== c.missing) {
    const state = (complete: boolean, missing: number): Phrase =>
      complete ? phrase('report.complete') : phrase('report.incomplete', { count: missing });
    out.push(
      finding(
        'report-completeness-mismatch',
        '/completeness',
        phrase('report-completeness-mismatch', { stated: state(s.complete, s.missing), computed: state(c.complete, c.missing) }),
      ),
    );
  } else if (!sameItems(s.missingQuestions, c.missingQuestions, sameMissing)) {
    const list = c.missingQuestions.length === 0 ? phrase('report.none') : phraseList(c.missingQuestions.map((m) => m.question));
    out.push(
      finding('report-completeness-mismatch', '/completeness/missingQuestions', phrase('report-completeness-mismatch.list', { list })),
    );
  }
  const hasDate = stated.dates.completed !== undefined;
  if (c.complete !== hasDate) {
    out.push(
      c.complete
        ? finding('report-completed-date-mismatch', '/dates', phrase('report-completed-date-mismatch.missing'))
        : finding('report-completed-date-mismatch', '/dates/completed', phrase('report-completed-date-mismatch.extra')),
    );
  }
  return out;
}

type ListCode = 'report-gaps-mismatch' | 'report-assistance-mismatch' | 'report-core-mismatch' | 'report-unknowns-mismatch';

/** The band cap of the overall score: present in both with the same content, or in neither. */
function compareCap(stated: Report, computed: ReportBody): Finding[] {
  const s = stated.scores.overall.cap;
  const c = computed.scores.overall.cap;
  if (sameJson(s ?? null, c ?? null)) return [];
  const says = (cap: typeof s): Phrase =>
    cap ? phrase('report.capped', { obligations: phraseList(cap.obligations) }) : phrase('report.not-capped');
  return [
    finding('report-core-mismatch', '/scores/overall/cap', phrase('report-core-mismatch.cap', { stated: says(s), computed: says(c) })),
  ];
}

/** `same`: sameJson for the items of this list (same-items.ts). */
function compareList<T>(
  code: ListCode,
  pointer: string,
  stated: readonly T[],
  computed: readonly T[],
  same: (a: T, b: T) => boolean,
): Finding[] {
  if (sameItems(stated, computed, same)) return [];
  const first = stated.findIndex((item, i) => i >= computed.length || !same(item, computed[i] as T));
  const at = first === -1 ? stated.length : first;
  return [finding(code, `${pointer}/${at}`, phrase(code, { stated: stated.length, computed: computed.length }))];
}

/**
 * Every recomputable member of a report against the same report rebuilt from
 * its own answers with its checklist. Scores are compared as stored (4
 * decimals), since the rebuilt report rounds them the same way.
 */
export function compareReport(stated: Report, computed: ReportBody): Finding[] {
  const scoring = sameJson(stated.scoring, computed.scoring)
    ? []
    : [
        finding(
          'report-scoring-mismatch',
          '/scoring',
          phrase('report-scoring-mismatch', { id: stated.checklist.id, version: stated.checklist.version }),
        ),
      ];
  return [
    ...scoring,
    ...compareGroup(phrase('report.group.overall'), '/scores/overall', stated.scores.overall, computed.scores.overall),
    ...compareGroups('section', '/scores/sections', stated.scores.sections, computed.scores.sections),
    ...compareGroups('pillar', '/scores/pillars', stated.scores.pillars, computed.scores.pillars),
    ...compareCompleteness(stated, computed),
    ...compareList('report-gaps-mismatch', '/gaps', stated.gaps, computed.gaps, sameGap),
    ...compareList('report-assistance-mismatch', '/assistance', stated.assistance, computed.assistance, sameNeed),
    ...compareCap(stated, computed),
    ...(stated.core !== undefined || computed.core !== undefined
      ? compareList('report-core-mismatch', '/core', stated.core ?? [], computed.core ?? [], sameCore)
      : []),
    ...(stated.unknowns !== undefined || computed.unknowns !== undefined
      ? compareList('report-unknowns-mismatch', '/unknowns', stated.unknowns ?? [], computed.unknowns ?? [], sameUnknown)
      : []),
  ];
}
