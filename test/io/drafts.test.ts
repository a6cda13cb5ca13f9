import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnswersDocument } from '../../src/domain/schemas/answers.js';
import { deleteDraft, draftFileName, draftsDir, listDrafts, loadDraft, saveDraft } from '../../src/io/drafts.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-drafts-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function draft(savedAt: string, answers: AnswersDocument['answers'] = {}): AnswersDocument {
  return {
    kind: 'answers',
    formatVersion: 1,
    checklist: { id: 'tip-protocol', version: '1.0.0' },
    respondent: { name: 'Amélie Dupont', contact: 'a.dupont@example.org' },
    answers,
    draft: { position: 'q1', savedAt },
  };
}

describe('draftsDir', () => {
  it('prefers SELFASSESS_HOME, then XDG_STATE_HOME, then ~/.local/state', () => {
    expect(draftsDir({ SELFASSESS_HOME: '/srv/sa', XDG_STATE_HOME: '/x' }, 'linux', '/home/a')).toBe('/srv/sa/drafts');
    expect(draftsDir({ XDG_STATE_HOME: '/x' }, 'linux', '/home/a')).toBe('/x/selfassess/drafts');
    expect(draftsDir({ XDG_STATE_HOME: 'relative' }, 'linux', '/home/a')).toBe('/home/a/.local/state/selfassess/drafts');
    expect(draftsDir({}, 'darwin', '/Users/a')).toBe('/Users/a/.local/state/selfassess/drafts');
  });

  it('uses %LOCALAPPDATA% on Windows', () => {
    expect(draftsDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32', 'C:\\Users\\a')).toBe(
      'C:\\Users\\a\\AppData\\Local\\selfassess\\drafts',
    );
  });
});

describe('draftFileName', () => {
  it('names the checklist, its version and when the assessment began', () => {
    expect(draftFileName('tip-protocol', '1.0.0', new Date('2026-03-01T09:30:05.123Z'))).toBe(
      'tip-protocol-1.0.0-20260301T093005Z.draft.yaml',
    );
  });
});

describe('saveDraft', () => {
  it('writes a file only its owner can read, in a folder only its owner can enter', async () => {
    const file = path.join(dir, 'drafts', 'a.draft.yaml');
    await saveDraft(file, draft('2026-03-01T09:30:00Z'), 'brouillon selfassess — pour reprendre\u00a0: selfassess assess --resume "a"');
    if (process.platform !== 'win32') {
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    }
    // The header given, as the first line, in the draft's language.
    expect((await readFile(file, 'utf8')).split('\n')[0]).toBe(
      '# brouillon selfassess — pour reprendre\u00a0: selfassess assess --resume "a"',
    );
    const loaded = await loadDraft(file);
    expect(loaded.ok && loaded.draft.respondent?.name).toBe('Amélie Dupont');
  });

  it('replaces the previous save atomically, leaving no temporary file', async () => {
    const file = path.join(dir, 'b.draft.yaml');
    await saveDraft(file, draft('2026-03-01T09:30:00Z'), 'draft');
    await saveDraft(file, draft('2026-03-01T09:31:00Z', { q1: { value: 'yes' } }), 'draft');
    const loaded = await loadDraft(file);
    expect(loaded.ok && loaded.draft.answers).toEqual({ q1: { value: 'yes' } });
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(dir)).toEqual(['b.draft.yaml']);
  });
});

describe('listDrafts', () => {
  it('lists readable drafts, most recently saved first, and reports unreadable ones apart', async () => {
    await saveDraft(path.join(dir, 'old.draft.yaml'), draft('2026-01-01T00:00:00Z'), 'draft');
    await saveDraft(path.join(dir, 'new.draft.yaml'), draft('2026-02-01T00:00:00Z'), 'draft');
    await writeFile(path.join(dir, 'broken.draft.yaml'), 'kind: answers\nformatVersion: [\n');
    await writeFile(path.join(dir, 'notes.txt'), 'not a draft');
    const { drafts, unreadable } = await listDrafts(dir);
    expect(drafts.map((d) => path.basename(d.file))).toEqual(['new.draft.yaml', 'old.draft.yaml']);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]?.file).toContain('broken.draft.yaml');
  });

  it('finds nothing in a folder that does not exist yet', async () => {
    expect(await listDrafts(path.join(dir, 'none'))).toEqual({ drafts: [], unreadable: [] });
  });
});

describe('loadDraft', () => {
  it('refuses answers without a draft position, saying what to do with them', async () => {
    const file = path.join(dir, 'answers.yaml');
    await writeFile(file, 'kind: answers\nformatVersion: 1\nchecklist: { id: tip-protocol, version: 1.0.0 }\nanswers: {}\n');
    const loaded = await loadDraft(file);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.diagnostics[0]?.message).toContain('selfassess score');
  });

  it('gives a schema error a line number', async () => {
    const file = path.join(dir, 'bad.draft.yaml');
    await writeFile(
      file,
      'kind: answers\nformatVersion: 1\nchecklist: { id: tip-protocol, version: 1.0.0 }\nanswers: {}\ndraft: { position: 3, savedAt: x }\n',
    );
    const loaded = await loadDraft(file);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.diagnostics[0]?.start?.line).toBe(5);
  });
});

describe('deleteDraft', () => {
  it('deletes a draft, and a draft already gone is not an error', async () => {
    const file = path.join(dir, 'c.draft.yaml');
    await saveDraft(file, draft('2026-03-01T09:30:00Z'), 'draft');
    await deleteDraft(file);
    await deleteDraft(file);
    expect((await listDrafts(dir)).drafts).toEqual([]);
  });
});

describe('saveDraft header', () => {
  it('keeps a header with a line break on the comment line', async () => {
    const file = path.join(dir, 'c.draft.yaml');
    await saveDraft(file, draft('2026-03-01T09:30:00Z'), 'line one\nline two');
    const text = await readFile(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# line one line two');
    expect((await loadDraft(file)).ok).toBe(true);
  });
});
