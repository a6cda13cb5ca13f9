/**
 * The profile summary of the validation benchmark: where the time of
 * validating one report goes, step by step, in one thread (no worker, no
 * output), over the benchmark's corpus. Bundled with esbuild by validate.mjs
 * and run as
 *   node profile.mjs <dir> [count]
 * It prints each step's mean time per report and its share of the total,
 * so that the next bottleneck is visible.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkAnswers } from '../../src/domain/answers/check-answers.js';
import { matchChecklist } from '../../src/domain/answers/match-checklist.js';
import { parseAnyDocument } from '../../src/domain/lint.js';
import { checkIntegrity } from '../../src/domain/report/integrity.js';
import type { Report } from '../../src/domain/schemas/report.js';
import { validateReport, walkReport, type ReportWalk } from '../../src/domain/validate/validate-document.js';
import { isWellFormedReport } from '../../src/domain/validate/report-shape.js';
import { factsOf } from '../../src/domain/validate/facts.js';
import { toolWords } from '../../src/i18n/tool-words.js';
import { parseText, type JsonCensus } from '../../src/io/load-document.js';
import { createValidationEnvironment } from '../../src/io/validate-environment.js';

const [dir = '.', count = '1000'] = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .slice(0, Number(count))
  .map((f) => path.join(dir, f));
const checklists = await createValidationEnvironment({}).checklists();

const totals = new Map<string, number>();
function timed<T>(step: string, run: () => T): T {
  const start = process.hrtime.bigint();
  const value = run();
  totals.set(step, (totals.get(step) ?? 0) + Number(process.hrtime.bigint() - start) / 1e6);
  return value;
}

let reports = 0;
for (let pass = 0; pass < 2; pass++) {
  // The first pass warms the JIT up; only the second is counted.
  if (pass === 1) totals.clear();
  reports = 0;
  for (const file of files) {
    const text = timed('read the file', () => readFileSync(file, 'utf8'));
    timed('JSON.parse alone', () => JSON.parse(text));
    // As validate does: the loader takes its bounds from the check of a report's schema and the writing of its digest.
    let walked: ReportWalk | undefined;
    const census = (parsed: unknown): JsonCensus | undefined => {
      walked = timed('schema, then digest (within the load)', () => walkReport(parsed));
      return walked?.checked;
    };
    const loaded = await timed('load (guards + JSON.parse + the walk)', () => parseText(file, text, { fastJson: true, census }));
    if (!loaded.ok) continue;
    const data = loaded.document.data;
    timed('facts for the table', () => factsOf(data));
    timed('schema alone, compiled check (reference, not run)', () => isWellFormedReport(data));
    timed('schema, zod (reference, not run)', () => parseAnyDocument(data));
    const checked = walked !== undefined && walked.data === data ? walked.checked : undefined;
    if (checked === undefined) continue;
    reports++;
    const report: Report = checked.report;
    timed('digest alone (reference, not run)', () => checkIntegrity(report));
    const match = matchChecklist(report.checklist, checklists);
    if (match.ok)
      timed('answer checks', () =>
        checkAnswers(match.match.checklist, report.answers, toolWords(), '/answers', report.respondent.party.type),
      );
    timed('whole report check (answers, recomputation; the digest from the walk)', () =>
      validateReport(report, checklists, toolWords(), checked.digest),
    );
  }
}

const counted = [...totals].filter(
  ([step]) => !step.includes('reference') && !step.includes('within') && step !== 'JSON.parse alone' && step !== 'answer checks',
);
const total = counted.reduce((sum, [, ms]) => sum + ms, 0);
console.log(
  `profile of ${reports} well-formed reports of ${files.length} files, one thread (ms per file, share of the path validate takes):`,
);
for (const [step, ms] of totals) {
  const share = counted.some(([s]) => s === step) ? `${((ms / total) * 100).toFixed(0).padStart(3)} %` : '  (within or instead)';
  console.log(`  ${step.padEnd(52)} ${(ms / files.length).toFixed(3).padStart(7)} ms  ${share}`);
}
