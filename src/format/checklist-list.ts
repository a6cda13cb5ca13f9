import { listQuestions } from '../domain/checklist-model.js';
import { localize } from '../domain/localize.js';
import type { Checklist } from '../domain/schemas/checklist.js';
import { phrase } from '../domain/diagnostic.js';
import { writeText } from '../i18n/write-text.js';
import { renderTable } from './table.js';

export interface ChecklistSummary {
  id: string;
  version: string;
  title: string;
  languages: string[];
  questions: number;
  file: string;
}

export function summarizeChecklist(checklist: Checklist, file: string, language?: string): ChecklistSummary {
  const fallback = checklist.languages[0] ?? 'en';
  return {
    id: checklist.id,
    version: checklist.version,
    title: localize(checklist.title, language ?? fallback, fallback),
    languages: checklist.languages,
    questions: listQuestions(checklist).length,
    file,
  };
}

/** The bundled checklists: JSON keeps its keys; the table speaks `language` and fits `width` columns (titles wrapped). */
export function formatChecklistList(
  items: ChecklistSummary[],
  format: 'table' | 'json',
  options: { color: boolean; language: string; width: number },
): string {
  if (format === 'json') return JSON.stringify(items, null, 2) + '\n';
  return renderTable(
    (['id', 'version', 'title', 'languages', 'questions'] as const).map((h) => writeText(phrase(`list.head.${h}`), options.language)),
    items.map((i) => [i.id, i.version, i.title, i.languages.join(', '), i.questions]),
    { color: options.color, width: options.width },
  );
}
