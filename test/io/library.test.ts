import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLibrary } from '../../src/io/library.js';
import { loadChecklistFile, resolveChecklist } from '../../src/io/resolve-checklist.js';
import { ROOT } from '../support/run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-library-'));
  await copyFile(path.join(ROOT, 'test/fixtures/checklists/valid-minimal.yaml'), path.join(dir, 'mine.yaml'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readLibrary, the one reader of checklists and catalogues', () => {
  it('gives the bundled checklists, their archived versions and the bundled catalogues', async () => {
    const library = await readLibrary([]);
    expect([...library.checklists.keys()].sort()).toEqual(['tip-protocol', 'tip-wg-2009']);
    expect(library.allChecklists.map((c) => `${c.value.id}@${c.value.version}`).sort()).toEqual([
      'tip-protocol@1.0.0',
      'tip-protocol@2.0.0',
      'tip-protocol@2.0.1',
      'tip-wg-2009@1.0.0',
      'tip-wg-2009@2.0.0',
      'tip-wg-2009@2.0.1',
    ]);
    expect(library.catalogues.size).toBeGreaterThan(0);
    expect(library.diagnostics).toEqual([]);
  });

  it("reads the user's folders first, and with 'catalogues' only the bundled catalogues", async () => {
    const bundled = await readLibrary([]);
    const library = await readLibrary([dir], 'catalogues');
    expect([...library.checklists.values()].map((c) => c.file)).toEqual([path.join(dir, 'mine.yaml')]);
    expect([...library.catalogues.keys()].sort()).toEqual([...bundled.catalogues.keys()].sort());
    const all = await readLibrary([dir]);
    expect([...all.checklists.keys()].sort()).toEqual([...new Set([...bundled.checklists.keys(), ...library.checklists.keys()])].sort());
  });

  it('resolves a bundled id to the checklist its YAML gives, without reading it again', async () => {
    const byId = await resolveChecklist('tip-protocol', ROOT);
    const file = path.join(ROOT, 'checklists', 'tip-protocol.yaml');
    const byFile = await loadChecklistFile(file, ROOT);
    expect(byId.ok && byFile.ok).toBe(true);
    if (!byId.ok || !byFile.ok) return;
    expect(byId.resolved).toEqual({ ...byFile.resolved, bundled: true });
  });
});
