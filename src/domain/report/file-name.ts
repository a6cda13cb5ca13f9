import type { Report } from '../schemas/report.js';

/** Letters, digits and dashes only, so that the name is safe on every file system. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

/** `fra-tip-protocol-2026.report.json`: country, checklist, period — what a consultant sorts by. */
export function reportFileName(report: Pick<Report, 'respondent' | 'checklist' | 'period'>): string {
  const parts = [report.respondent.party.code, report.checklist.id, report.period].map(slug).filter((p) => p !== '');
  return `${parts.join('-')}.report.json`;
}
