import { questionIndex } from '../checklist-model.js';
import type { AnswerValue } from '../schemas/answers.js';
import type { Checklist, SourceReference } from '../schemas/checklist.js';
import type { Measure, MeasuresDocument } from '../schemas/measures.js';
import type { Report } from '../schemas/report.js';
import { reportModelVersion } from '../scoring/model-version.js';
import { questionStates } from '../scoring/question-state.js';
import { scoreStatuses } from '../scoring/score.js';
import { compareEffort, measuresFor } from './match.js';

type PlanItemKind = 'core' | 'gap' | 'unknown';

export interface PlanItem {
  /** core: a core obligation not met or not known; gap: answered below its best; unknown: "don't know" or unanswered. */
  kind: PlanItemKind;
  question: string;
  section: string;
  pillars: string[];
  /** How much the overall score would rise with the best answer to this question alone (the report's gap or gain). */
  value: number;
  sources: SourceReference[];
  /** The State's current answer and evidence, as in the report. */
  answer: AnswerValue | undefined;
  evidence: string | undefined;
  /** Ids of the measures that answer it, cheapest and quickest first. */
  measures: string[];
  /** Technical-assistance needs the report records on this question, by category id. */
  assistance: string[];
}

export interface Plan {
  kind: 'plan';
  formatVersion: 1;
  /** The report the plan is drawn from. */
  report: {
    party: Report['respondent']['party'];
    period: string;
    checklist: Report['checklist'];
    digest: string;
    language: string;
  };
  measures: { id: string; version: string };
  items: PlanItem[];
  /** Each indicator question's score in the report, to measure progress against (null: not scored there). */
  baseline: Record<string, number | null>;
}

const KIND_RANK: Record<PlanItemKind, number> = { core: 0, gap: 1, unknown: 1 };

/** The cheapest, quickest measure of an item, to break ties between equal values. */
function easiest(item: PlanItem, byId: ReadonlyMap<string, Measure>): Measure | undefined {
  return item.measures.map((id) => byId.get(id)).find((m): m is Measure => m !== undefined);
}

/**
 * Orders a plan: unmet core obligations first; then by value, largest first;
 * at equal value, the item whose easiest measure costs least and takes least
 * time; then in checklist order. Stable whatever order the items come in.
 */
export function orderItems(items: readonly PlanItem[], measures: readonly Measure[], order: ReadonlyMap<string, number>): PlanItem[] {
  const byId = new Map(measures.map((m) => [m.id, m]));
  const effort = (a: PlanItem, b: PlanItem): number => {
    const ea = easiest(a, byId);
    const eb = easiest(b, byId);
    if (ea && eb) return compareEffort(ea, eb);
    return ea ? -1 : eb ? 1 : 0;
  };
  return [...items].sort(
    (a, b) =>
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      Math.round(b.value * 10_000) - Math.round(a.value * 10_000) ||
      effort(a, b) ||
      (order.get(a.question) ?? 0) - (order.get(b.question) ?? 0),
  );
}

/**
 * A draft national action plan from a report: every unmet core obligation,
 * gap and unknown, with the provisions concerned, the State's answer and
 * evidence, the measures that answer it and the assistance the State asked
 * for. Pure; the report must have been checked (its figures hold).
 */
export function buildPlan(report: Report, checklist: Checklist, document: MeasuresDocument): Plan {
  const located = questionIndex(checklist);
  const order = new Map([...located].map(([id, l]) => [id, l.order]));
  const holding = new Set((report.core ?? []).filter((c) => c.status === 'not-met' || c.status === 'unknown').map((c) => c.question));
  const items = new Map<string, PlanItem>();
  const add = (kind: PlanItemKind, question: string, section: string, value: number, sources: SourceReference[]): void => {
    if (items.has(question)) return;
    const answer = Object.hasOwn(report.answers, question) ? report.answers[question] : undefined;
    items.set(question, {
      kind: holding.has(question) ? 'core' : kind,
      question,
      section,
      pillars: located.get(question)?.question.pillars ?? [],
      value,
      sources,
      answer: answer?.value ?? undefined,
      evidence: answer?.evidence,
      measures: measuresFor(sources, document.measures).map((m) => m.id),
      assistance: answer?.assistance ?? [],
    });
  };
  for (const gap of report.gaps) add('gap', gap.question, gap.section, gap.gap, gap.sources);
  for (const unknown of report.unknowns ?? []) add('unknown', unknown.question, unknown.section, unknown.gain, unknown.sources);
  // A core obligation not met may be at its best answer for scoring (e.g. a "partly" that scores as "yes"): listed all the same.
  for (const core of report.core ?? []) if (holding.has(core.question)) add('core', core.question, core.section, 0, core.sources);

  const ordered = orderItems([...items.values()], document.measures, order);
  return {
    kind: 'plan',
    formatVersion: 1,
    report: {
      party: report.respondent.party,
      period: report.period,
      checklist: report.checklist,
      digest: report.integrity.digest,
      language: report.language,
    },
    measures: { id: document.id, version: document.version },
    items: ordered,
    baseline: indicatorScores(report, checklist, document.measures, ordered),
  };
}

/** The score, in the report, of every checklist question that an indicator of a planned measure names. */
function indicatorScores(
  report: Report,
  checklist: Checklist,
  measures: readonly Measure[],
  items: readonly PlanItem[],
): Record<string, number | null> {
  const planned = new Set(items.flatMap((i) => i.measures));
  const wanted = new Set(
    measures
      .filter((m) => planned.has(m.id))
      .flatMap((m) => m.indicators.flatMap((i) => ('question' in i && i.checklist === checklist.id ? [i.question] : []))),
  );
  return questionScores(report, checklist, wanted);
}

/** The scores of some questions of a report, recomputed with the model it names (null when not scored). */
export function questionScores(report: Report, checklist: Checklist, ids: ReadonlySet<string>): Record<string, number | null> {
  const version = reportModelVersion(report.scoring) === 1 ? 1 : 2;
  const scored = scoreStatuses(report.scoring.model, questionStates(checklist, report.answers), version);
  const out: Record<string, number | null> = {};
  for (const q of scored) if (ids.has(q.question.id)) out[q.question.id] = q.score;
  return out;
}
