import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import type { ReportView } from './report-view.js';

const RENDER_FORMATS = ['html', 'md', 'csv'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

const RENDERERS: Readonly<Record<RenderFormat, (view: ReportView) => string>> = {
  html: renderHtml,
  md: renderMarkdown,
  csv: renderCsv,
};

/** A report's view as a page (HTML), a document (Markdown) or one row per question (CSV). */
export function renderReport(view: ReportView, format: RenderFormat): string {
  return RENDERERS[format](view);
}

export { reportView, type RenderInput, type ReportView, type SignatureView } from './report-view.js';
