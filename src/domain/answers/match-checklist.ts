import type { DiagnosticCode } from '../codes.js';
import { phrase, phraseList, type Finding, type Phrase } from '../diagnostic.js';
import type { ChecklistReference } from '../schemas/answers.js';
import type { Checklist } from '../schemas/checklist.js';

export interface ChecklistCandidate {
  checklist: Checklist;
  /** SHA-256 of the checklist's canonical content. */
  hash: string;
  file: string;
}

export type ChecklistMatch = { ok: true; match: ChecklistCandidate } | { ok: false; finding: Finding };

/**
 * Finds the checklist an answers file or a report was made with: same id,
 * same version and, when the reference names one, the same content hash. A
 * report scored against other questions than the ones it names could not be
 * recomputed, so a mismatch is a finding, never a silent fallback.
 */
export function matchChecklist(
  reference: ChecklistReference,
  candidates: readonly ChecklistCandidate[],
  pointer = '/checklist',
): ChecklistMatch {
  const sameId = candidates.filter((c) => c.checklist.id === reference.id);
  if (sameId.length === 0) {
    return fail('checklist-not-found', `${pointer}/id`, phrase('checklist-not-found', { id: reference.id }));
  }
  const sameVersion = sameId.filter((c) => c.checklist.version === reference.version);
  if (sameVersion.length === 0) {
    const known = phraseList([...new Set(sameId.map((c) => c.checklist.version))]);
    return fail(
      'checklist-version-not-found',
      `${pointer}/version`,
      phrase('checklist-version-not-found', { id: reference.id, version: reference.version, known }),
    );
  }
  if (reference.hash === undefined) return { ok: true, match: sameVersion[0] as ChecklistCandidate };
  const sameHash = sameVersion.find((c) => c.hash === reference.hash);
  if (!sameHash) {
    return fail(
      'checklist-hash-mismatch',
      `${pointer}/hash`,
      phrase('checklist-hash-mismatch', {
        id: reference.id,
        version: reference.version,
        hash: reference.hash.slice(0, 12),
        found: (sameVersion[0] as ChecklistCandidate).hash.slice(0, 12),
      }),
    );
  }
  return { ok: true, match: sameHash };
}

function fail(code: DiagnosticCode, pointer: string, message: Phrase): ChecklistMatch {
  return { ok: false, finding: { code, severity: 'error', message, pointer } };
}
