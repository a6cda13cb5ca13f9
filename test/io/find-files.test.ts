import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFiles } from '../../src/io/find-files.js';

/*
 * cwd/
 *   top.yaml
 *   docs/
 *     a.yaml  b.json  c.yml  notes.txt  README.md  .hidden.yaml
 *     sub/d.yaml  sub/deeper/e.json  sub/deeper/f.txt
 *     node_modules/pkg/g.yaml   .git/h.yaml   .private/i.yaml
 *     loop -> .   (symbolic link to its own directory)
 *     up -> ..    (symbolic link to a parent)
 *     self.yaml -> self.yaml   (symbolic link to itself)
 *   other/
 *     z.yaml
 */
let cwd: string;
const symlinks = process.platform !== 'win32';

async function touch(relative: string, content = 'kind: checklist\n'): Promise<void> {
  const file = path.join(cwd, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

beforeAll(async () => {
  cwd = await mkdtemp(path.join(os.tmpdir(), 'selfassess-find-'));
  for (const f of [
    'top.yaml',
    'docs/a.yaml',
    'docs/b.json',
    'docs/c.yml',
    'docs/notes.txt',
    'docs/README.md',
    'docs/.hidden.yaml',
    'docs/sub/d.yaml',
    'docs/sub/deeper/e.json',
    'docs/sub/deeper/f.txt',
    'docs/node_modules/pkg/g.yaml',
    'docs/.git/h.yaml',
    'docs/.private/i.yaml',
    'other/z.yaml',
  ]) {
    await touch(f);
  }
  if (symlinks) {
    await symlink('.', path.join(cwd, 'docs/loop'), 'dir');
    await symlink('..', path.join(cwd, 'docs/up'), 'dir');
    await symlink('self.yaml', path.join(cwd, 'docs/self.yaml'));
  }
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const DOCS = ['docs/a.yaml', 'docs/b.json', 'docs/c.yml', 'docs/sub/d.yaml', 'docs/sub/deeper/e.json'];

describe('findFiles', () => {
  it('a file is returned as written, whatever its extension', async () => {
    expect(await findFiles(['docs/notes.txt', 'top.yaml'], cwd)).toEqual({
      files: ['docs/notes.txt', 'top.yaml'],
      unmatched: [],
      skipped: [],
    });
  });

  it('a directory: every YAML and JSON file below it, not other files, node_modules, .git or hidden ones', async () => {
    const { files, unmatched } = await findFiles(['docs'], cwd);
    expect(unmatched).toEqual([]);
    expect(files).toEqual(DOCS);
  });

  it('a directory written with a trailing slash, or as ".", gives the same paths as written', async () => {
    expect((await findFiles(['docs/'], cwd)).files).toEqual(DOCS);
    expect((await findFiles(['.'], path.join(cwd, 'docs'))).files).toEqual(DOCS.map((f) => f.slice('docs/'.length)));
  });

  it('an absolute directory gives absolute paths', async () => {
    const abs = path.join(cwd, 'other');
    expect(await findFiles([abs], '/')).toEqual({ files: [`${abs}/z.yaml`], unmatched: [], skipped: [] });
  });

  it('globs', async () => {
    expect((await findFiles(['docs/*.yaml'], cwd)).files).toEqual(['docs/a.yaml']);
    expect(await findFiles(['docs/**/*.json'], cwd)).toEqual({
      files: ['docs/b.json', 'docs/sub/deeper/e.json'],
      unmatched: [],
      skipped: [],
    });
    expect((await findFiles(['*/*.{yaml,yml}'], cwd)).files).toEqual(['docs/a.yaml', 'docs/c.yml', 'other/z.yaml']);
  });

  it('globs skip node_modules and .git', async () => {
    const { files } = await findFiles(['docs/**/g.yaml', 'docs/**/h.yaml'], cwd);
    expect(files).toEqual([]);
  });

  it('de-duplicates and sorts, whatever the order of the patterns', async () => {
    const { files, unmatched } = await findFiles(['other', 'docs/sub/d.yaml', 'docs', 'docs/*.yml', 'top.yaml', 'docs/a.yaml'], cwd);
    expect(unmatched).toEqual([]);
    expect(files).toEqual([...DOCS, 'other/z.yaml', 'top.yaml']);
    expect(files).toEqual([...new Set(files)].sort());
  });

  it('reports, in order, each pattern that matched nothing', async () => {
    const result = await findFiles(['missing.yaml', 'docs/a.yaml', 'nothing/**/*.yaml', 'docs/*.toml', 'missing-dir/'], cwd);
    expect(result).toEqual({
      files: ['docs/a.yaml'],
      unmatched: ['missing.yaml', 'nothing/**/*.yaml', 'docs/*.toml', 'missing-dir/'],
      skipped: [],
    });
  });

  it('a folder takes extensions in lower case only; a folder named like a document is walked, and taken as a file when it holds none', async () => {
    await touch('cases/UPPER.JSON');
    await touch('cases/Mixed.Yaml');
    await touch('cases/lower.json');
    await touch('cases/inner.json/x.yaml');
    await mkdir(path.join(cwd, 'cases/empty.yaml'), { recursive: true });
    expect(await findFiles(['cases'], cwd)).toEqual({ files: ['cases/inner.json/x.yaml', 'cases/lower.json'], unmatched: [], skipped: [] });
    expect(await findFiles(['cases/empty.yaml'], cwd)).toEqual({ files: ['cases/empty.yaml'], unmatched: [], skipped: [] });
  });

  it.skipIf(process.getuid?.() === 0)('a folder it cannot read is passed over, the rest of the walk goes on', async () => {
    const { chmod } = await import('node:fs/promises');
    await touch('locked/open/a.json');
    await touch('locked/shut/b.json');
    await chmod(path.join(cwd, 'locked/shut'), 0o000);
    try {
      expect((await findFiles(['locked'], cwd)).files).toEqual(['locked/open/a.json']);
    } finally {
      await chmod(path.join(cwd, 'locked/shut'), 0o755);
    }
  });

  it('an empty directory matches nothing', async () => {
    await mkdir(path.join(cwd, 'empty'), { recursive: true });
    expect(await findFiles(['empty'], cwd)).toEqual({ files: [], unmatched: ['empty'], skipped: [] });
  });

  it('no patterns, no files', async () => {
    expect(await findFiles([], cwd)).toEqual({ files: [], unmatched: [], skipped: [] });
  });

  it.skipIf(!symlinks)('symbolic link loops inside a directory do not hang the walk nor repeat files', async () => {
    const start = performance.now();
    const { files } = await findFiles(['docs', 'docs/**/*.yaml'], cwd);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(files.some((f) => f.includes('/loop/') || f.includes('/up/') || f.endsWith('self.yaml'))).toBe(false);
    expect(files).toEqual(DOCS);
  });

  it.skipIf(!symlinks)('a folder or a glob says what it leaves out: links and special files named like documents', async () => {
    const { execFileSync } = await import('node:child_process');
    await mkdir(path.join(cwd, 'special'), { recursive: true });
    await writeFile(path.join(cwd, 'special/ok.json'), '{}');
    execFileSync('mkfifo', [path.join(cwd, 'special/pipe.json')]);
    await symlink('/dev/zero', path.join(cwd, 'special/zero.yaml'));
    await writeFile(path.join(cwd, 'special/notes.txt'), '');
    const result = await findFiles(['special'], cwd);
    expect(result.files).toEqual(['special/ok.json']);
    expect(result.skipped).toEqual([
      { file: 'special/pipe.json', kind: 'fifo' },
      { file: 'special/zero.yaml', kind: 'symbolic-link' },
    ]);
    const docs = await findFiles(['docs'], cwd);
    expect(docs.skipped).toEqual([{ file: 'docs/self.yaml', kind: 'symbolic-link' }]);
    const globbed = await findFiles(['special/*.{json,yaml}'], cwd);
    expect(globbed.files).toEqual(['special/ok.json']);
    expect(globbed.skipped).toEqual([
      { file: 'special/pipe.json', kind: 'fifo' },
      { file: 'special/zero.yaml', kind: 'symbolic-link' },
    ]);
    expect((await findFiles(['special/*.txt'], cwd)).skipped).toEqual([]);
  });

  it.skipIf(!symlinks)('a self-referencing link named on its own is passed on, for the loader to report', async () => {
    expect(await findFiles(['docs/self.yaml'], cwd)).toEqual({ files: ['docs/self.yaml'], unmatched: [], skipped: [] });
  });
});
