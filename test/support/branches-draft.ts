import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadFixtureChecklist } from './walk-fixture.js';

/** The question ids of the "branches" fixture checklist, as a draft records them. */
const QUESTIONS = ['party', 'deposit', 'stage', 'offence', 'convictions', 'forms', 'foreign', 'remarks'];

/**
 * A French draft of the "branches" fixture for Côte d'Ivoire, 2025, standing at
 * `position` (null: the review) with these answers, saved in `<home>/drafts`:
 * a session resumes it straight at the prompt a test needs.
 */
export async function writeBranchesDraft(
  home: string,
  draft: { answers: Record<string, unknown>; position: string | null; language?: string },
): Promise<string> {
  const { hash } = await loadFixtureChecklist();
  const folder = path.join(home, 'drafts');
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const file = path.join(folder, 'branches-1.0.0-20260301T093000Z.draft.yaml');
  const document = {
    kind: 'answers',
    formatVersion: 1,
    checklist: { id: 'branches', version: '1.0.0', hash },
    language: draft.language ?? 'fr',
    respondent: { party: { type: 'state', code: 'CIV', name: "Côte-d'Ivoire" } },
    period: '2025',
    answers: draft.answers,
    draft: { position: draft.position, questions: QUESTIONS, savedAt: '2026-03-01T09:30:00.000Z' },
  };
  await writeFile(file, stringify(document), { mode: 0o600 });
  return file;
}
