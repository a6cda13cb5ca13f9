import type { DiagnosticCode } from '../codes.js';
import { phrase, phraseList, type Finding, type Phrase } from '../diagnostic.js';
import type { Party } from '../schemas/answers.js';
import { periodKey } from '../period.js';
import { diffPeriods, type PeriodDiff } from './period-diff.js';
import { reportScores, scoresOn, sharedIds, sharedQuestionIds, type ComparedReport, type ComparedScores } from './shared-questions.js';

interface MatrixRow extends ComparedScores {
  party: Party;
  period: string;
  checklistVersion: string;
  complete: boolean;
  /** How many questions that must be answered are not (the report's completeness.missing). */
  missing: number;
  created: string;
}

export interface ComparisonMatrix {
  checklist: { id: string; versions: string[] };
  /** Countries side by side, or one country's reporting periods. */
  kind: 'countries' | 'periods';
  /**
   * Set when the reports are on different checklist versions: every score is
   * then recomputed on the questions all versions share, listed here.
   */
  shared: { questions: string[]; totals: Array<{ version: string; questions: number }> } | null;
  sections: string[];
  pillars: string[];
  rows: MatrixRow[];
  /** One country's consecutive periods: what changed from each to the next. */
  diffs: PeriodDiff[];
}

export type CompareResult = { ok: true; matrix: ComparisonMatrix } | { ok: false; findings: Finding[] };

const byPeriod = (a: ComparedReport, b: ComparedReport): number =>
  periodKey(a.report.period).localeCompare(periodKey(b.report.period), 'en', { numeric: true }) ||
  a.report.dates.created.localeCompare(b.report.dates.created);

const byCountry = (a: ComparedReport, b: ComparedReport): number =>
  a.report.respondent.party.name.localeCompare(b.report.respondent.party.name, 'en') || byPeriod(a, b);

function fail(code: DiagnosticCode, message: Phrase): CompareResult {
  return { ok: false, findings: [{ code, severity: 'error', message, pointer: '' }] };
}

function semverParts(version: string): number[] {
  return version.split(/[.-]/).slice(0, 3).map(Number);
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [semverParts(a), semverParts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return a.localeCompare(b);
}

/**
 * Sets reports of one checklist side by side: a matrix of countries (or of
 * one country's periods) by section and pillar, with overall scores and
 * bands; for one country, the changes from each period to the next. Reports
 * on different versions of the checklist are compared on the questions the
 * versions share. Pure.
 */
export function compareReports(inputs: readonly ComparedReport[]): CompareResult {
  const ids = [...new Set(inputs.map((i) => i.report.checklist.id))];
  if (ids.length > 1) {
    return fail('compare-different-checklists', phrase('compare-different-checklists', { ids: phraseList(ids) }));
  }
  const seen = new Map<string, number>();
  for (const { report } of inputs) {
    // "2024/2025" and "2024-2025" are one period, however an older report wrote it.
    const key = `${report.respondent.party.code}\u0000${periodKey(report.period)}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (seen.get(key) === 2) {
      return fail(
        'compare-duplicate-report',
        phrase('compare-duplicate-report', { name: report.respondent.party.name, period: report.period }),
      );
    }
  }
  const kind = new Set(inputs.map((i) => i.report.respondent.party.code)).size === 1 && inputs.length > 1 ? 'periods' : 'countries';
  const ordered = [...inputs].sort(kind === 'periods' ? byPeriod : byCountry);

  // Checklists in version order, so that the most recent one names the columns.
  const byVersion = new Map(ordered.map((i) => [i.checklist.version, i.checklist]));
  const versions = [...byVersion.keys()].sort(compareVersions);
  const checklists = versions.map((v) => byVersion.get(v)).filter((c) => c !== undefined);
  const mixed = versions.length > 1;
  const questions = sharedQuestionIds(checklists);
  if (mixed && questions.length === 0) {
    return fail('compare-no-shared-questions', phrase('compare-no-shared-questions', { versions: phraseList(versions) }));
  }
  const sections = sharedIds(checklists.map((c) => c.sections.map((s) => s.id)));
  const pillars = sharedIds(checklists.map((c) => (c.pillars ?? []).map((p) => p.id)));
  const questionSet = new Set(questions);

  const scored = ordered.map((input) => ({ ...input, scores: mixed ? scoresOn(input, questionSet) : reportScores(input.report) }));
  const rows: MatrixRow[] = scored.map(({ report, scores }) => ({
    party: report.respondent.party,
    period: periodKey(report.period),
    checklistVersion: report.checklist.version,
    complete: report.completeness.complete,
    missing: report.completeness.missing,
    created: report.dates.created,
    ...scores,
  }));
  const diffs =
    kind === 'periods' ? scored.slice(1).map((after, i) => diffPeriods(scored[i] ?? after, after, { questions, sections, pillars })) : [];
  const totals = checklists.map((c) => ({ version: c.version, questions: c.sections.reduce((n, s) => n + s.questions.length, 0) }));
  return {
    ok: true,
    matrix: {
      checklist: { id: ids[0] ?? '', versions },
      kind,
      shared: mixed ? { questions, totals } : null,
      sections,
      pillars,
      rows,
      diffs,
    },
  };
}
