import type { Cell, Dataset } from './dataset.js';

export interface ExportSubmission {
  id: number;
  party_code: string;
  party_name: string;
  period: string;
  checklist_id: string;
  checklist_version: string;
  institution: string | null;
  respondent_name: string | null;
  respondent_contact: string | null;
  respondent_role: string | null;
  overall_score: number | null;
  overall_band: string | null;
}

export interface ExportAnswer {
  submission_id: number;
  position: number;
  question: string;
  section: string;
  state: string;
  value_text: string | null;
  score: number | null;
  weight: number;
  evidence: string | null;
  notes: string | null;
  justification: string | null;
  assistance: string | null;
}

/** Respondent names and contacts are personal data: --redact leaves these columns out. */
const PERSONAL_COLUMNS = ['respondent_name', 'respondent_contact'] as const;

const SUBMISSION_COLUMNS = [
  'party_code',
  'party_name',
  'period',
  'checklist_id',
  'checklist_version',
  'institution',
  'respondent_name',
  'respondent_contact',
  'respondent_role',
] as const;

function submissionCells(s: ExportSubmission, redact: boolean): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  for (const c of SUBMISSION_COLUMNS) if (!(redact && (PERSONAL_COLUMNS as readonly string[]).includes(c))) cells[c] = s[c];
  return cells;
}

function submissionColumns(redact: boolean): string[] {
  return SUBMISSION_COLUMNS.filter((c) => !(redact && (PERSONAL_COLUMNS as readonly string[]).includes(c)));
}

/** One row per answer of every current submission. */
export function longExport(submissions: readonly ExportSubmission[], answers: readonly ExportAnswer[], redact: boolean): Dataset {
  const byId = new Map(submissions.map((s) => [s.id, s]));
  const rows = answers.flatMap((a) => {
    const s = byId.get(a.submission_id);
    if (!s) return [];
    return [
      {
        ...submissionCells(s, redact),
        question: a.question,
        section: a.section,
        state: a.state,
        value: a.value_text,
        score: a.score,
        weight: a.weight,
        evidence: a.evidence,
        notes: a.notes,
        justification: a.justification,
        assistance: a.assistance,
      },
    ];
  });
  return {
    name: 'answers',
    columns: [
      ...submissionColumns(redact),
      'question',
      'section',
      'state',
      'value',
      'score',
      'weight',
      'evidence',
      'notes',
      'justification',
      'assistance',
    ],
    rows,
  };
}

/**
 * One row per current submission, one column per question id over the union
 * of every checklist version exported (ordered by checklist, then position):
 * a question a version lacks is an empty cell, never a shifted one.
 */
export function wideExport(submissions: readonly ExportSubmission[], answers: readonly ExportAnswer[], redact: boolean): Dataset {
  const checklistOf = new Map(submissions.map((s) => [s.id, s.checklist_id]));
  const order = new Map<string, { checklist: string; position: number }>();
  for (const a of answers) {
    const checklist = checklistOf.get(a.submission_id) ?? '';
    const seen = order.get(a.question);
    if (!seen || a.position < seen.position) order.set(a.question, { checklist, position: a.position });
  }
  const questions = [...order.entries()]
    .sort(([qa, a], [qb, b]) => a.checklist.localeCompare(b.checklist) || a.position - b.position || qa.localeCompare(qb))
    .map(([q]) => q);
  const values = new Map<number, Map<string, string | null>>();
  for (const a of answers) {
    const row = values.get(a.submission_id) ?? new Map<string, string | null>();
    values.set(a.submission_id, row);
    row.set(a.question, a.state === 'answered' || a.state === 'dont-know' || a.state === 'not-applicable' ? a.value_text : null);
  }
  const rows = submissions.map((s) => {
    const row: Record<string, Cell> = { ...submissionCells(s, redact), overall_score: s.overall_score, overall_band: s.overall_band };
    const own = values.get(s.id);
    for (const q of questions) row[q] = own?.get(q) ?? null;
    return row;
  });
  return { name: 'submissions', columns: [...submissionColumns(redact), 'overall_score', 'overall_band', ...questions], rows };
}
