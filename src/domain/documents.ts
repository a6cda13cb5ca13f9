import { phrase, phraseList, type Finding } from './diagnostic.js';
import { jsonValueWord } from './clipped.js';
import { isReadableFormatVersion } from './format-version.js';
import { FORMAT_VERSION } from './schemas/constants.js';

export const DOCUMENT_KINDS = ['checklist', 'catalogue', 'answers', 'report', 'measures'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type Recognition = { ok: true; kind: DocumentKind } | { ok: false; finding: Finding };

function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every document starts with `kind` and `formatVersion`, so that any file can
 * be recognised before it is validated. Which format versions are read is
 * decided by the gate in `format-version.ts`.
 */
export function recogniseDocument(data: unknown): Recognition {
  if (!isRecord(data)) {
    return {
      ok: false,
      finding: {
        code: 'not-a-document',
        severity: 'error',
        message: phrase('not-a-document'),
        pointer: '',
      },
    };
  }
  const kind = data['kind'];
  if (!isDocumentKind(kind)) {
    return {
      ok: false,
      finding: {
        code: kind === undefined ? 'missing-kind' : 'unknown-kind',
        severity: 'error',
        message:
          kind === undefined
            ? phrase('missing-kind', { kinds: DOCUMENT_KINDS.join(' | ') })
            : phrase('unknown-kind', { kind: jsonValueWord(kind), kinds: phraseList([...DOCUMENT_KINDS]) }),
        pointer: kind === undefined ? '' : '/kind',
      },
    };
  }
  const version = data['formatVersion'];
  if (!isReadableFormatVersion(version)) {
    const newer = typeof version === 'number' && version > FORMAT_VERSION;
    return {
      ok: false,
      finding: {
        code: version === undefined ? 'missing-format-version' : 'unknown-format-version',
        severity: 'error',
        message:
          version === undefined
            ? phrase('missing-format-version', { version: FORMAT_VERSION })
            : phrase(newer ? 'unknown-format-version.newer' : 'unknown-format-version', {
                given: jsonValueWord(version),
                version: FORMAT_VERSION,
              }),
        pointer: version === undefined ? '' : '/formatVersion',
      },
    };
  }
  return { ok: true, kind };
}
