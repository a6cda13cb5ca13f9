import { createHash } from 'node:crypto';
import { mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourcesUnchanged } from '../../src/io/validate-bundled.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'selfassess-bundled-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A checklist file and what the build would have recorded of it. */
async function recorded(name: string, text: string) {
  const file = path.join(root, name);
  await writeFile(file, text);
  const info = await stat(file);
  const sha256 = createHash('sha256').update(text).digest('hex');
  return { file, entry: { file: name, sha256, size: info.size, mtimeMs: info.mtimeMs } };
}

describe('the freshness of the pre-parsed bundled library', () => {
  it('is kept while each file has the size and time recorded', async () => {
    const { file, entry } = await recorded('same.yaml', 'id: a\n');
    expect(await sourcesUnchanged([entry], [file], root)).toBe(true);
  });

  it('is lost when a file is edited, even to the same size', async () => {
    const { file, entry } = await recorded('edited.yaml', 'id: a\n');
    await writeFile(file, 'id: b\n');
    await utimes(file, new Date(), new Date(entry.mtimeMs + 5_000));
    expect(await sourcesUnchanged([entry], [file], root)).toBe(false);
  });

  it('is kept when a file is only touched: its bytes are compared', async () => {
    const { file, entry } = await recorded('touched.yaml', 'id: a\n');
    await utimes(file, new Date(), new Date(entry.mtimeMs + 5_000));
    expect(await sourcesUnchanged([entry], [file], root)).toBe(true);
  });

  it('is lost when a file is added, removed or renamed', async () => {
    const { file, entry } = await recorded('one.yaml', 'id: a\n');
    const other = await recorded('two.yaml', 'id: b\n');
    expect(await sourcesUnchanged([entry], [file, other.file], root)).toBe(false);
    expect(await sourcesUnchanged([entry, other.entry], [file], root)).toBe(false);
    expect(await sourcesUnchanged([{ ...entry, file: 'renamed.yaml' }], [file], root)).toBe(false);
  });

  it('is lost for a copy made before sizes and times were recorded only if the bytes differ', async () => {
    const { file, entry } = await recorded('old-copy.yaml', 'id: a\n');
    expect(await sourcesUnchanged([{ file: entry.file, sha256: entry.sha256 }], [file], root)).toBe(true);
    expect(await sourcesUnchanged([{ file: entry.file, sha256: '0'.repeat(64) }], [file], root)).toBe(false);
  });
});

describe('the pre-parsed bundled library (built by npm run build)', () => {
  it('gives each checklist its id and version from the index, and the rest from its own file when first read', async () => {
    const { readBundledLibrary } = await import('../../src/io/validate-bundled.js');
    const library = await readBundledLibrary();
    const protocol = library.allChecklists.find((c) => c.value.id === 'tip-protocol' && c.value.version === '2.0.0');
    if (!protocol) throw new Error('tip-protocol 2.0.0 is not bundled');
    const accessors = (value: object) => Object.values(Object.getOwnPropertyDescriptors(value)).filter((d) => d.get !== undefined).length;
    // Only id and version are read above: every other member is still to be read from its file.
    expect(accessors(protocol.value)).toBe(Object.keys(protocol.value).length - 2);
    expect(protocol.value.sections.length).toBeGreaterThan(0);
    expect(accessors(protocol.value)).toBe(0);
    // Once read, a member is a plain value: it can be replaced like any other.
    const copy = await readBundledLibrary();
    const value = copy.allChecklists[0]?.value;
    if (!value) throw new Error('no bundled checklist');
    value.sections = [];
    expect(value.sections).toEqual([]);
    expect(accessors(value)).toBe(0);
  });
});
