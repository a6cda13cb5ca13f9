import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../domain/schemas/report.js';
import { writeFileAtomic } from './write-atomic.js';
import { jsonTerminalSafe } from '../domain/visible-text.js';

/** The report as JSON; DEL, C1 and bidirectional controls as \u escapes (the same JSON value, safe on a terminal). */
export function reportJson(report: Report): string {
  return jsonTerminalSafe(JSON.stringify(report, null, 2)) + '\n';
}

/**
 * The first of `name.report.json`, `name-2.report.json`, … that does not
 * exist: after a hundred answers, a name is proposed rather than a failure.
 */
export function availablePath(file: string): string {
  if (!existsSync(file)) return file;
  const dir = path.dirname(file);
  const base = path.basename(file);
  const match = /^(.*?)((?:\.[A-Za-z]+)+)$/.exec(base);
  const stem = match?.[1] ?? base;
  const ext = match?.[2] ?? '';
  for (let n = 2; ; n++) {
    const candidate = path.join(dir, `${stem}-${n}${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/** Writes a report atomically; an existing file is replaced only with `force`. */
export async function writeReport(report: Report, file: string, options: { force?: boolean } = {}): Promise<void> {
  await writeFileAtomic(file, reportJson(report), { force: options.force ?? false });
}
