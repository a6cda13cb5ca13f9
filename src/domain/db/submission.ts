import { isScored } from '../checklist-model.js';
import { bestScore } from '../scoring/question-score.js';
import { questionStates } from '../scoring/question-state.js';
import { isKnownModelVersion, reportModelVersion } from '../scoring/model-version.js';
import { scoreStatuses, type StateCounts } from '../scoring/score.js';
import type { AnswerValue } from '../schemas/answers.js';
import type { Checklist } from '../schemas/checklist.js';
import type { Report } from '../schemas/report.js';

/** How many questions ended in each state (as the report states them). */
type Counts = StateCounts;

interface AnswerRow {
  position: number;
  question: string;
  section: string;
  state: string;
  value: AnswerValue | null;
  valueText: string | null;
  score: number | null;
  best: number | null;
  weight: number;
  evidence: string | null;
  notes: string | null;
  justification: string | null;
  sources: Array<{ catalogue: string; provision: string }>;
}

/** Everything the store keeps of one accepted report, in the shape of its tables. */
export interface SubmissionRecord {
  digest: string;
  party: { code: string; type: string; name: string };
  respondent: { institution: string | null; name: string | null; contact: string | null; role: string | null };
  period: string;
  checklist: { id: string; version: string; hash: string };
  scoring: { model: string; version: number };
  language: string;
  created: string;
  completed: string | null;
  complete: boolean;
  overall: { score: number | null; band: string | null; scoreBand: string | null; capped: boolean };
  sections: Array<{ id: string; score: number | null; band: string | null; counts: Counts }>;
  pillars: Array<{ id: string; score: number | null; counts: Counts }>;
  core: Array<{ question: string; section: string; status: string; capsBand: boolean }>;
  answers: AnswerRow[];
  gaps: Array<{ question: string; section: string; current: number; best: number; gap: number; hidden: boolean }>;
  unknowns: Array<{ question: string; section: string; state: string; best: number; gain: number }>;
  needs: Array<{ category: string; question: string; section: string }>;
  document: Report;
}

/** An answer's value as one cell: codes of a multiple choice joined with "|". */
function valueText(value: AnswerValue | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join('|');
  return String(value);
}

/**
 * A validated report in long form. Per-question states, scores and weights
 * are not in the report: they come from the checklist it was validated
 * against, with the scoring model version it names.
 */
export function submissionRecord(report: Report, checklist: Checklist): SubmissionRecord {
  const named = reportModelVersion(report.scoring);
  const version = isKnownModelVersion(named) ? named : 2;
  const scored = scoreStatuses(checklist.scoring.model ?? 'weighted', questionStates(checklist, report.answers), version);
  const sectionOf = new Map(scored.map((q) => [q.question.id, q.sectionId]));
  const cap = report.scores.overall.cap;
  const { respondent } = report;
  return {
    digest: report.integrity.digest,
    party: { code: respondent.party.code, type: respondent.party.type, name: respondent.party.name },
    respondent: {
      institution: respondent.institution ?? null,
      name: respondent.name ?? null,
      contact: respondent.contact ?? null,
      role: respondent.role ?? null,
    },
    period: report.period,
    checklist: { id: report.checklist.id, version: report.checklist.version, hash: report.checklist.hash },
    scoring: { model: report.scoring.model ?? 'weighted', version: named },
    language: report.language,
    created: report.dates.created,
    completed: report.dates.completed ?? null,
    complete: report.completeness.complete,
    overall: {
      score: report.scores.overall.score,
      band: report.scores.overall.band,
      scoreBand: cap ? cap.scoreBand : report.scores.overall.band,
      capped: cap !== undefined,
    },
    sections: report.scores.sections.map((s) => ({ id: s.id, score: s.score, band: s.band, counts: s.counts })),
    pillars: report.scores.pillars.map((p) => ({ id: p.id, score: p.score, counts: p.counts })),
    core: (report.core ?? []).map((c) => ({
      question: c.question,
      section: c.section,
      status: c.status,
      capsBand: cap?.obligations.includes(c.question) ?? false,
    })),
    answers: scored.map((q) => ({
      position: q.order,
      question: q.question.id,
      section: q.sectionId,
      state: q.state,
      value: q.answer?.value ?? null,
      valueText: valueText(q.answer?.value),
      score: q.score,
      best: isScored(q.question) ? bestScore(q.question) : null,
      weight: q.weight,
      evidence: q.answer?.evidence ?? null,
      notes: q.answer?.notes ?? null,
      justification: q.answer?.justification ?? null,
      sources: (q.question.sources ?? []).map((s) => ({ catalogue: s.catalogue, provision: s.provision })),
    })),
    gaps: report.gaps.map((g) => ({
      question: g.question,
      section: g.section,
      current: g.current,
      best: g.best,
      gap: g.gap,
      hidden: g.hidden === true,
    })),
    unknowns: (report.unknowns ?? []).map((u) => ({
      question: u.question,
      section: u.section,
      state: u.state,
      best: u.best,
      gain: u.gain,
    })),
    needs: report.assistance.flatMap((a) =>
      a.questions.map((question) => ({ category: a.category, question, section: sectionOf.get(question) ?? '' })),
    ),
    document: report,
  };
}
