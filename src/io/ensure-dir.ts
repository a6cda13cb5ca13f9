import { mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Creates a folder and its missing parents, one level at a time. Node's
 * `mkdir(…, { recursive: true })` loops forever on some special file systems
 * (e.g. a path under /proc); this gives their error instead.
 */
export async function ensureDir(dir: string, mode?: number): Promise<void> {
  const absolute = path.resolve(dir);
  const missing: string[] = [];
  for (let current = absolute; ; current = path.dirname(current)) {
    try {
      await mkdir(current, mode === undefined ? undefined : { mode });
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') break;
      if (code !== 'ENOENT' || path.dirname(current) === current) throw error;
      missing.push(current);
    }
  }
  for (const folder of missing.reverse()) {
    await mkdir(folder, mode === undefined ? undefined : { mode }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}
