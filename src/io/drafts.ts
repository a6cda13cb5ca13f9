import { chmod, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ensureDir } from './ensure-dir.js';
import { stringify } from 'yaml';
import type { Diagnostic } from '../domain/diagnostic.js';
import { AnswersDocument } from '../domain/schemas/answers.js';
import { parseWithFindings } from '../domain/zod-findings.js';
import { attachPositions, loadDocument } from './load-document.js';
import { writeFileAtomic } from './write-atomic.js';
import { draftNames } from './draft-location.js';

export { draftFileName, draftsDir } from './draft-location.js';

/**
 * Saves a draft atomically. Drafts hold personal data (the respondent's name
 * and contact), so the file is readable by its owner only, and so is the folder.
 * `header` is the comment of its first line (how to resume it, in the draft's
 * language); a line break in it cannot end the comment.
 */
export async function saveDraft(file: string, draft: AnswersDocument, header: string): Promise<void> {
  const dir = path.dirname(file);
  await ensureDir(dir, 0o700);
  // mkdir leaves an existing folder's mode alone; tighten it (a no-op on Windows).
  await chmod(dir, 0o700).catch(() => undefined);
  const text = `# ${header.replace(/[\r\n]+/g, ' ')}\n${stringify(draft, { lineWidth: 0 })}`;
  await writeFileAtomic(file, text, { force: true, mode: 0o600 });
}

export type LoadDraftResult = { ok: true; draft: AnswersDocument } | { ok: false; diagnostics: Diagnostic[] };

/** Reads a draft, or says why it cannot be read, with positions; never throws on content. */
export async function loadDraft(file: string): Promise<LoadDraftResult> {
  const loaded = await loadDocument(file);
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
  const parsed = parseWithFindings(AnswersDocument, loaded.document.data);
  if (!parsed.success) return { ok: false, diagnostics: attachPositions(loaded.document, parsed.findings) };
  if (!parsed.data.draft) {
    const diagnostic: Diagnostic = {
      code: 'not-a-draft',
      severity: 'error',
      message:
        'these answers have no draft position — to score them use "selfassess score"; to continue them use "selfassess assess --from <report>"',
      file,
      pointer: '/draft',
    };
    return { ok: false, diagnostics: [diagnostic] };
  }
  return { ok: true, draft: parsed.data };
}

export interface DraftEntry {
  file: string;
  draft: AnswersDocument;
}

/** Every readable draft in the folder, most recently saved first; unreadable files are returned apart. */
export async function listDrafts(dir: string): Promise<{ drafts: DraftEntry[]; unreadable: Diagnostic[] }> {
  const drafts: DraftEntry[] = [];
  const unreadable: Diagnostic[] = [];
  for (const name of await draftNames(dir)) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) continue;
    const result = await loadDraft(file);
    if (result.ok) drafts.push({ file, draft: result.draft });
    else unreadable.push(...result.diagnostics);
  }
  drafts.sort((a, b) => (b.draft.draft?.savedAt ?? '').localeCompare(a.draft.draft?.savedAt ?? ''));
  return { drafts, unreadable };
}

/** Deletes a draft once its report is safely written; a draft already gone is not an error. */
export async function deleteDraft(file: string): Promise<void> {
  await unlink(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
