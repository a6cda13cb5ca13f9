import { phrase, type Finding } from '../diagnostic.js';
import type { Checklist } from '../schemas/checklist.js';
import type { MeasuresDocument } from '../schemas/measures.js';
import type { Report } from '../schemas/report.js';
import { buildPlan, questionScores, type Plan } from './plan.js';

type Trend = 'improved' | 'same' | 'fell' | 'not-measured';

interface IndicatorProgress {
  question: string;
  before: number | null;
  after: number | null;
  trend: Trend;
}

interface MeasureProgress {
  measure: string;
  /** The planned questions the measure answers. */
  questions: string[];
  indicators: IndicatorProgress[];
}

export interface PlanProgress {
  kind: 'plan-progress';
  party: Plan['report']['party'];
  from: { period: string; checklist: Plan['report']['checklist'] };
  to: { period: string; checklist: Report['checklist'] };
  measures: MeasureProgress[];
  /** Planned items no longer open, still open, and open items the plan did not have. */
  items: { closed: string[]; remaining: string[]; new: string[] };
}

function trend(before: number | null | undefined, after: number | null | undefined): Trend {
  if (before === null || before === undefined || after === null || after === undefined) return 'not-measured';
  return after > before ? 'improved' : after < before ? 'fell' : 'same';
}

/** Why a report cannot be measured against a plan: another party, or another checklist. */
export function progressFindings(plan: Plan, report: Report): Finding[] {
  const out: Finding[] = [];
  if (plan.report.party.code !== report.respondent.party.code) {
    out.push({
      code: 'plan-other-party',
      severity: 'error',
      message: phrase('plan-other-party', {
        planName: plan.report.party.name,
        planCode: plan.report.party.code,
        reportName: report.respondent.party.name,
        reportCode: report.respondent.party.code,
      }),
      pointer: '/respondent/party/code',
    });
  }
  if (plan.report.checklist.id !== report.checklist.id) {
    out.push({
      code: 'plan-other-checklist',
      severity: 'error',
      message: phrase('plan-other-checklist', { plan: plan.report.checklist.id, report: report.checklist.id }),
      pointer: '/checklist/id',
    });
  }
  return out;
}

/**
 * Progress against a plan, from a later report: for each planned measure,
 * whether its indicators (the checklist questions it names) improved, stayed
 * or fell; and which planned items were closed, remain, or are new. The
 * measuring of progress the Working Group asked for (2009, para. 20(b)).
 */
export function progressAgainstPlan(plan: Plan, report: Report, checklist: Checklist, document: MeasuresDocument): PlanProgress {
  const byId = new Map(document.measures.map((m) => [m.id, m]));
  const plannedMeasures = [...new Set(plan.items.flatMap((i) => i.measures))];
  const indicatorIds = new Set(
    plannedMeasures.flatMap((id) =>
      (byId.get(id)?.indicators ?? []).flatMap((i) => ('question' in i && i.checklist === checklist.id ? [i.question] : [])),
    ),
  );
  const now = questionScores(report, checklist, indicatorIds);
  const measures = plannedMeasures.map((id) => ({
    measure: id,
    questions: plan.items.filter((i) => i.measures.includes(id)).map((i) => i.question),
    indicators: (byId.get(id)?.indicators ?? []).flatMap((i) =>
      'question' in i && i.checklist === checklist.id
        ? [
            {
              question: i.question,
              before: plan.baseline[i.question] ?? null,
              after: now[i.question] ?? null,
              trend: trend(plan.baseline[i.question], now[i.question]),
            },
          ]
        : [],
    ),
  }));
  const open = new Set(buildPlan(report, checklist, document).items.map((i) => i.question));
  const planned = plan.items.map((i) => i.question);
  return {
    kind: 'plan-progress',
    party: plan.report.party,
    from: { period: plan.report.period, checklist: plan.report.checklist },
    to: { period: report.period, checklist: report.checklist },
    measures,
    items: {
      closed: planned.filter((q) => !open.has(q)),
      remaining: planned.filter((q) => open.has(q)),
      new: [...open].filter((q) => !planned.includes(q)),
    },
  };
}
