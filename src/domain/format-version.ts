import { FORMAT_VERSION } from './schemas/constants.js';

/**
 * The one gate on format versions: which `formatVersion`s of its documents
 * (checklists, catalogues, answers, reports, measures) this version of
 * selfassess reads. `recogniseDocument` (every document, before it is
 * validated) and `readReport` (a report, before its schema) both ask it.
 * A migration from an older version starts here: list the older version, then
 * convert such a document to the current shape where it is read, before its
 * schema (a report's digest covers the original, so its integrity is checked
 * on the data as read, before any migration).
 */
export const READABLE_FORMAT_VERSIONS: readonly number[] = [FORMAT_VERSION];

export function isReadableFormatVersion(version: unknown): boolean {
  return typeof version === 'number' && READABLE_FORMAT_VERSIONS.includes(version);
}
