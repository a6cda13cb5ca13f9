import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Checklist } from '../domain/schemas/checklist.js';
import { bundledChecklistsDir, packageRoot } from './package-root.js';

/** What `assess` asks about a checklist before its walk: which one it is and the languages it is written in. */
export type ChecklistFacts = Pick<Checklist, 'id' | 'version' | 'languages'>;

interface Recorded extends ChecklistFacts {
  /** The checklist's file, relative to the package root, as it was when the build recorded it. */
  file: string;
  sha256: string;
  size: number;
  mtimeMs: number;
}

/**
 * The facts of the bundled checklists, written by the build next to the library's copy. The copy
 * is half a megabyte that takes longer to read than the rest of `assess`'s start-up: its first
 * prompt (the language, or the State Party) needs only these few fields, and the checklist is read
 * while the official reads that prompt.
 */
function checklistFactsFile(): string {
  return path.join(packageRoot(), 'dist', 'bundled-checklist-facts.json');
}

const sha256Of = async (file: string): Promise<string> => {
  // Only when a file's size or date differ from the recorded ones: node:crypto costs a few milliseconds to load.
  const { createHash } = await import('node:crypto');
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
};

/** Run by scripts/build.mjs once the library's copy is written: the facts of every current bundled checklist. */
export async function writeChecklistFacts(outFile = checklistFactsFile()): Promise<void> {
  const root = packageRoot();
  const dir = bundledChecklistsDir();
  // Imported here: the reader of the facts, on the first prompt's path, must not load the library's.
  const { readLibrary } = await import('./library.js');
  const library = await readLibrary([]);
  const recorded: Recorded[] = [];
  for (const [id, { file, value }] of library.checklists) {
    // Only what a bundled id names: its own file in checklists/ (see bundledChecklistFacts).
    if (path.resolve(file) !== path.join(dir, `${id}.yaml`)) continue;
    const info = await stat(file);
    recorded.push({
      id,
      version: value.version,
      languages: value.languages,
      file: path.relative(root, file),
      sha256: await sha256Of(file),
      size: info.size,
      mtimeMs: info.mtimeMs,
    });
  }
  await writeFile(outFile, JSON.stringify({ checklists: recorded }));
}

/**
 * The facts of the bundled checklist `id` (its file checklists/<id>.yaml), as the build recorded
 * them, if that file is unchanged since: same size and date, else same bytes. Undefined when
 * they cannot be vouched for (no record, a file changed or gone): the checklist is then read.
 */
export async function bundledChecklistFacts(id: string, factsFile = checklistFactsFile()): Promise<ChecklistFacts | undefined> {
  let records: Recorded[];
  try {
    records = (JSON.parse(await readFile(factsFile, 'utf8')) as { checklists: Recorded[] }).checklists;
  } catch {
    return undefined;
  }
  const file = path.join(bundledChecklistsDir(), `${id}.yaml`);
  const found = records.find((r) => r.id === id && path.join(packageRoot(), r.file) === file);
  if (!found) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (!info) return undefined;
  const unchanged = info.size === found.size && (info.mtimeMs === found.mtimeMs || (await sha256Of(file).catch(() => '')) === found.sha256);
  return unchanged ? { id: found.id, version: found.version, languages: found.languages } : undefined;
}
