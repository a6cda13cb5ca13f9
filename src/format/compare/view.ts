import { questionIndex, type LocatedQuestion } from '../../domain/checklist-model.js';
import type { ComparisonMatrix } from '../../domain/compare/matrix.js';
import type { AnswerChange } from '../../domain/compare/period-diff.js';
import type { Checklist } from '../../domain/schemas/checklist.js';
import { assessedScore } from '../../domain/scoring/assessed.js';
import { capReason } from '../../i18n/scoring-words.js';
import { translator, type Translate } from '../../i18n/translate.js';
import { makeWords, type Words } from '../render/labels.js';
import { COMPARE_MESSAGES, type CompareKey } from './messages.js';

interface CompareColumn {
  kind: 'section' | 'pillar';
  id: string;
  title: string;
}

interface CompareRowView {
  code: string;
  party: string;
  period: string;
  version: string;
  complete: boolean;
  /** Questions that must be answered and are not. */
  missing: number;
  /** "complete", or "incomplete: 3 unanswered". */
  completeness: string;
  overall: number | null;
  /** The band's label and, when a core obligation capped it, why ("Developing (capped: …)"). */
  band: string;
  /** Why the band is capped, or null. */
  capNote: string | null;
  /** False when the report does not hold (checked as validate does): its figures must not be read as genuine. */
  genuine: boolean;
  /** One score per column, in column order; null when not assessed (nothing scorable, or nothing answered). */
  cells: Array<number | null>;
}

interface DiffView {
  title: string;
  from: string;
  to: string;
  scores: Array<{ label: string; before: number | null; after: number | null; change: number | null }>;
  answers: Array<{
    number: string;
    id: string;
    question: string;
    before: string;
    after: string;
    beforeScore: number | null;
    afterScore: number | null;
  }>;
}

/** A comparison with every title and label in one language, for the table, CSV, JSON and xlsx formats. */
export interface CompareView {
  language: string;
  t: Translate<CompareKey>;
  words: Words;
  title: string;
  note: string | null;
  columns: CompareColumn[];
  rows: CompareRowView[];
  diffs: DiffView[];
  matrix: ComparisonMatrix;
}

/**
 * `checklists` holds the checklist of every version compared, by version:
 * titles come from the most recent one, answer labels from each period's own.
 */
export function compareView(
  matrix: ComparisonMatrix,
  checklists: ReadonlyMap<string, Checklist>,
  language: string,
  /** Reports that do not hold, as `${party code}\u0000${period}`. */
  notGenuine: ReadonlySet<string> = new Set(),
): CompareView {
  const t = translator(COMPARE_MESSAGES, language);
  const wordsFor = (version: string): { words: Words; questions: Map<string, LocatedQuestion> } => {
    const checklist = checklists.get(version);
    if (!checklist) throw new Error(`compareView: no checklist for version ${version}`);
    return { words: makeWords(language, checklist, checklist.scoring.bands, new Map()), questions: questionIndex(checklist) };
  };
  const latestVersion = matrix.checklist.versions[matrix.checklist.versions.length - 1] ?? '';
  const latest = checklists.get(latestVersion);
  if (!latest) throw new Error(`compareView: no checklist for version ${latestVersion}`);
  const { words: w, questions } = wordsFor(latestVersion);

  const sectionNumber = new Map(latest.sections.map((s, i) => [s.id, i + 1]));
  const columns: CompareColumn[] = [
    ...matrix.sections.map((id) => ({
      kind: 'section' as const,
      id,
      title: `${sectionNumber.get(id) ?? ''}. ${w.text(latest.sections.find((s) => s.id === id)?.title) || id}`,
    })),
    ...matrix.pillars.map((id) => ({ kind: 'pillar' as const, id, title: w.text(latest.pillars?.find((p) => p.id === id)?.title) || id })),
  ];
  const rows = matrix.rows.map((row) => {
    const cappedBy = row.overall.cappedBy;
    const capNote = cappedBy && cappedBy.length > 0 ? capReason({ obligations: cappedBy }, language) : null;
    return {
      code: row.party.code,
      party: row.party.name,
      period: row.period,
      version: row.checklistVersion,
      complete: row.complete,
      missing: row.missing,
      completeness: row.complete ? t('completeness.complete') : t('completeness.incomplete', { count: row.missing }),
      overall: row.overall.score,
      band: capNote ? `${w.band(row.overall.band)} (${capNote})` : w.band(row.overall.band),
      capNote,
      genuine: !notGenuine.has(`${row.party.code}\u0000${row.period}`),
      cells: columns.map((c) => {
        const cell = (c.kind === 'section' ? row.sections : row.pillars).get(c.id);
        return cell ? assessedScore(cell.score, cell.counts) : null;
      }),
    };
  });

  const checklistTitle = w.text(latest.title) || matrix.checklist.id;
  const first = matrix.rows[0];
  const title =
    matrix.kind === 'periods' && first
      ? t('title.periods', { party: first.party.name, checklist: checklistTitle })
      : t('title.countries', { count: matrix.rows.length, checklist: checklistTitle });
  const { shared } = matrix;
  const note = shared
    ? t('shared', {
        id: matrix.checklist.id,
        versions: matrix.checklist.versions.join(', '),
        count: shared.questions.length,
        totals: w.list(shared.totals.map((x) => t('shared.total', { version: x.version, count: x.questions }))),
      })
    : null;

  const columnTitle = new Map(columns.map((c) => [`${c.kind}:${c.id}`, c.title]));
  const diffs: DiffView[] = matrix.diffs.map((diff) => {
    const sides = { before: wordsFor(diff.from.version), after: wordsFor(diff.to.version) };
    const describe = (change: AnswerChange, side: 'before' | 'after'): string => {
      const { state, value } = change[side];
      if (state === 'hidden') return t('state.hidden');
      const located = sides[side].questions.get(change.question);
      if (!located) return value === null ? t('state.none') : String(value);
      return sides[side].words.answer(located.question, value);
    };
    return {
      title: t('diff.title', { from: diff.from.period, to: diff.to.period }),
      from: diff.from.period,
      to: diff.to.period,
      scores: [
        { label: t('row.overall'), before: diff.overall.before, after: diff.overall.after, change: diff.overall.change },
        ...diff.sections.map((s) => ({
          label: columnTitle.get(`section:${s.id}`) ?? s.id,
          before: s.before,
          after: s.after,
          change: s.change,
        })),
        ...diff.pillars.map((p) => ({
          label: columnTitle.get(`pillar:${p.id}`) ?? p.id,
          before: p.before,
          after: p.after,
          change: p.change,
        })),
      ],
      answers: diff.answers.map((change) => {
        const located = questions.get(change.question);
        return {
          number: located ? `${located.sectionIndex + 1}.${located.questionIndex + 1}` : '',
          id: change.question,
          question: (located && w.text(located.question.text)) || change.question,
          before: describe(change, 'before'),
          after: describe(change, 'after'),
          beforeScore: change.before.score,
          afterScore: change.after.score,
        };
      }),
    };
  });

  return { language, t, words: w, title, note, columns, rows, diffs, matrix };
}

/**
 * The fixed columns of a report's row in the flat formats (CSV, xlsx), in order, before one
 * column per section and pillar: written once, so that the two never disagree.
 */
export function fixedColumns(view: CompareView): string[] {
  const { t } = view;
  return [
    t('column.code'),
    t('column.party'),
    t('column.period'),
    t('column.version'),
    t('column.complete'),
    t('column.missing'),
    t('column.overall'),
    t('column.band'),
    t('column.genuine'),
  ];
}

/** A report's row in the flat formats, matching `fixedColumns` and then `view.columns`. */
export function flatRow(view: CompareView, r: CompareRowView): Array<string | number | null> {
  const { t } = view;
  return [
    r.code,
    r.party,
    r.period,
    r.version,
    r.complete ? t('yes') : t('no'),
    r.missing,
    r.overall,
    r.band,
    r.genuine ? t('yes') : t('no'),
    ...r.cells,
  ];
}
