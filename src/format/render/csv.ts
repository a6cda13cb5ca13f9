import type { ReportView } from './report-view.js';
import { csvText, type CsvValue } from './csv-cell.js';

/** One row per question, in checklist order, with its section, answer, score, evidence and notes. */
export function renderCsv(view: ReportView): string {
  const { t } = view.words;
  const head = [
    t('csv.number'),
    t('csv.section'),
    t('csv.question-id'),
    t('csv.question'),
    t('csv.state'),
    t('csv.answer'),
    t('csv.codes'),
    t('csv.score'),
    t('csv.weight'),
    t('csv.evidence'),
    t('csv.notes'),
    t('csv.justification'),
    t('csv.assistance'),
    t('csv.provisions'),
    t('csv.level'),
  ];
  const rows: CsvValue[][] = view.sections.flatMap((section) =>
    section.questions.map((q) => [
      q.number,
      `${section.number}. ${section.label}`,
      q.id,
      q.text,
      t(`state.${q.state}`),
      [q.answer, ...q.optionTexts].join(' — '),
      q.codes.join(' '),
      q.score,
      q.score === null ? null : q.weight,
      q.evidence,
      q.notes,
      q.justification,
      view.words.list(q.assistance),
      q.provisions,
      q.level,
    ]),
  );
  return csvText([head, ...rows], view.words.language);
}
