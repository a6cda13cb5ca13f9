import path from 'node:path';
import type { Checklist } from '../../src/domain/schemas/checklist.js';
import { loadChecklistFile } from '../../src/io/resolve-checklist.js';
import { ROOT } from './run-cli.js';

const BRANCHES = path.join(ROOT, 'test/fixtures/checklists/conditional-branches-all-types.yaml');

/** A fixture checklist, parsed and validated as the CLI reads it. */
export async function loadFixtureChecklist(file = BRANCHES): Promise<{ checklist: Checklist; hash: string }> {
  const result = await loadChecklistFile(file, ROOT);
  if (!result.ok) throw new Error(`fixture ${file} is invalid: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return { checklist: result.resolved.checklist, hash: result.resolved.hash };
}
