import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledChecklistFacts, writeChecklistFacts } from '../../src/io/checklist-facts.js';
import { readLibrary } from '../../src/io/library.js';

const file = path.join(mkdtempSync(path.join(tmpdir(), 'selfassess-facts-')), 'facts.json');
interface Recorded {
  id: string;
  sha256: string;
  size: number;
  mtimeMs: number;
}
const records = (): Recorded[] => (JSON.parse(readFileSync(file, 'utf8')) as { checklists: Recorded[] }).checklists;
/** The facts file with the record of tip-protocol changed. */
function changed(change: Partial<Recorded>): string {
  const other = `${file}.changed.json`;
  writeFileSync(other, JSON.stringify({ checklists: records().map((r) => (r.id === 'tip-protocol' ? { ...r, ...change } : r)) }));
  return other;
}

beforeAll(async () => {
  await writeChecklistFacts(file);
}, 60_000);

describe('the facts of the bundled checklists', () => {
  it('are what the library reads: id, version and languages of each bundled checklist', async () => {
    const library = await readLibrary([]);
    for (const id of ['tip-protocol', 'tip-wg-2009']) {
      const checklist = library.checklists.get(id)?.value;
      expect(await bundledChecklistFacts(id, file)).toEqual({ id, version: checklist?.version, languages: checklist?.languages });
    }
  });

  it('hold for a file whose date changed but not its bytes (an installed package), not for one changed since', async () => {
    expect(await bundledChecklistFacts('tip-protocol', changed({ mtimeMs: 0 }))).toMatchObject({ id: 'tip-protocol' });
    expect(await bundledChecklistFacts('tip-protocol', changed({ mtimeMs: 0, sha256: '0'.repeat(64) }))).toBeUndefined();
    expect(await bundledChecklistFacts('tip-protocol', changed({ size: 1 }))).toBeUndefined();
  });

  it('are none for an id the build did not record, or without the file', async () => {
    expect(await bundledChecklistFacts('no-such-checklist', file)).toBeUndefined();
    expect(await bundledChecklistFacts('tip-protocol', `${file}.missing`)).toBeUndefined();
  });
});
