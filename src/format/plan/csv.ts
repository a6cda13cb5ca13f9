import { csvText, type CsvValue } from '../render/csv-cell.js';
import type { PlanView, ProgressView } from './view.js';

/** One row per item and measure (an item without a measure keeps one row), with the State's columns left empty. */
export function planCsvRows(view: PlanView): CsvValue[][] {
  const { t } = view;
  const head = [
    t('col.rank'),
    t('col.priority'),
    t('col.number'),
    t('col.question'),
    t('col.section'),
    t('col.pillars'),
    t('col.provisions'),
    t('col.answer'),
    t('col.evidence'),
    t('col.value'),
    t('col.measure'),
    t('col.description'),
    t('col.kind'),
    t('col.cost'),
    t('col.time'),
    t('col.actors'),
    t('col.indicators'),
    t('col.tools'),
    t('col.good-practice'),
    t('col.assistance'),
    t('col.institution'),
    t('col.deadline'),
    t('col.budget'),
  ];
  const rows: CsvValue[][] = [head];
  for (const row of view.rows) {
    const item = [
      row.rank,
      row.priority,
      row.number,
      row.question,
      row.section,
      row.pillars.join(', '),
      row.provisions,
      row.answer,
      row.evidence,
      row.points,
    ];
    const measures = row.measures.length > 0 ? row.measures : [undefined];
    for (const m of measures) {
      rows.push([
        ...item,
        m?.title ?? t('measure.none'),
        m?.description,
        m?.kind,
        m?.cost,
        m?.time,
        m?.actors,
        m?.indicators,
        m?.tools,
        m?.goodPractice,
        row.assistance,
        '',
        '',
        '',
      ]);
    }
  }
  return rows;
}

export function planCsv(view: PlanView): string {
  return csvText(planCsvRows(view), view.language);
}

export function progressCsv(view: ProgressView, language: string): string {
  return csvText(progressCsvRows(view), language);
}

/** Progress as rows: each measure's indicators with before, after and trend; then the planned items closed, remaining and new. */
export function progressCsvRows(view: ProgressView): CsvValue[][] {
  const { t } = view;
  const rows: CsvValue[][] = [[t('col.measure'), t('col.indicators'), t('progress.before'), t('progress.after'), t('progress.trend')]];
  for (const m of view.measures) for (const i of m.indicators) rows.push([m.title, i.question, i.before, i.after, i.trend]);
  for (const [key, list] of [
    ['progress.closed', view.closed],
    ['progress.remaining', view.remaining],
    ['progress.new', view.new],
  ] as const) {
    for (const q of list) rows.push([t(key), q]);
  }
  return rows;
}
