import { createHash } from 'node:crypto';
import type { Report } from '../schemas/report.js';

/**
 * Longest name before ".report.json": file systems allow 255 bytes, and a
 * name must leave room for the temporary file's prefix and suffix.
 */
export const MAX_STEM_LENGTH = 120;

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
  return `${shortened(parts.join('-'))}.report.json`;
}

/** A long name is cut, and a hash of the whole keeps two long names apart. */
function shortened(stem: string): string {
  if (stem.length <= MAX_STEM_LENGTH) return stem;
  const hash = createHash('sha256').update(stem).digest('hex').slice(0, 12);
  return `${stem.slice(0, MAX_STEM_LENGTH - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}
