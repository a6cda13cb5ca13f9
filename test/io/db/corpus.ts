import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { computeIntegrity } from '../../../src/domain/report/integrity.js';
import { allowsNotApplicable, questionIndex } from '../../../src/domain/checklist-model.js';
import type { Answer } from '../../../src/domain/schemas/answers.js';
import type { Checklist } from '../../../src/domain/schemas/checklist.js';
import type { Report } from '../../../src/domain/schemas/report.js';
import {
  bundledChecklist,
  laterChecklistVersion,
  SAMPLE_COUNTRIES,
  sampleReport,
  writeSampleReport,
  type SampleOptions,
} from '../../support/sample-reports.js';

/**
 * The sample generator offers "not applicable" wherever a question allows it;
 * where the checklist reserves it to organizations, a State answers "don't know".
 * It also gives an exclusive option of a multiple choice as a bare code; a list here.
 */
function forStates(checklist: Checklist, then?: (answers: Record<string, Answer>) => void): (answers: Record<string, Answer>) => void {
  const index = questionIndex(checklist);
  return (answers) => {
    for (const [id, answer] of Object.entries(answers)) {
      const question = index.get(id)?.question;
      if (answer.value === 'not-applicable' && question && !allowsNotApplicable(question, 'state')) {
        answers[id] = { value: 'dont-know' };
      }
      // The generator gives an exclusive option of a multiple choice as a bare code.
      if (
        question?.type === 'multiple' &&
        typeof answer.value === 'string' &&
        answer.value !== 'dont-know' &&
        answer.value !== 'not-applicable'
      ) {
        answers[id] = { ...answer, value: [answer.value] };
      }
    }
    then?.(answers);
  };
}

async function stateReport(code: string, period: string, options: SampleOptions = {}): Promise<Report> {
  const checklist = options.checklist?.checklist ?? (await bundledChecklist()).checklist;
  return sampleReport(code, period, { ...options, tweak: forStates(checklist, options.tweak) });
}

/**
 * A cycle's worth of reports for the db tests, in a folder:
 *  - reports/: the five sample States in 2025 and 2026 — the Philippines'
 *    2026 report on a later checklist version (2.1.0, in checklists/) —
 *    a revised French report for 2026 (created later: it supersedes the
 *    first), and Kenya's 2026 report with its score altered after scoring.
 */
export interface Corpus {
  dir: string;
  reports: string;
  checklists: string;
  /** File names in reports/. */
  accepted: string[];
  revised: string;
  altered: string;
  addedQuestion: string;
  removedQuestion: string;
}

function reissue(report: Report, created: string): Report {
  const copy = structuredClone(report);
  copy.dates.created = created;
  copy.integrity = computeIntegrity(copy);
  return copy;
}

export async function makeCorpus(): Promise<Corpus> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-db-corpus-'));
  const reports = path.join(dir, 'reports');
  const checklists = path.join(dir, 'checklists');
  await mkdir(reports);
  await mkdir(checklists);
  const later = await laterChecklistVersion();
  await writeFile(path.join(checklists, 'tip-protocol-2.1.0.yaml'), stringify(later.checklist));
  const accepted: string[] = [];
  for (const { code } of SAMPLE_COUNTRIES) {
    for (const period of ['2025', '2026']) {
      const options = code === 'PHL' && period === '2026' ? { checklist: later } : {};
      const report = await stateReport(code, period, options);
      if (code === 'KEN' && period === '2026') continue;
      accepted.push(path.basename(await writeSampleReport(reports, report)));
    }
  }
  const revised = 'fra-2026-revised.report.json';
  const first = await stateReport('FRA', '2026', {
    tweak: (answers) => {
      for (const answer of Object.values(answers)) if (answer.value === 'no') answer.value = 'yes';
    },
  });
  await writeSampleReport(reports, reissue(first, '2027-06-30T12:00:00Z'), revised);
  accepted.push(revised);
  const altered = 'ken-2026.report.json';
  const ken = await stateReport('KEN', '2026');
  ken.scores.overall.score = Math.min(1, (ken.scores.overall.score ?? 0) + 0.2);
  await writeSampleReport(reports, ken, altered);
  return { dir, reports, checklists, accepted, revised, altered, addedQuestion: later.added, removedQuestion: later.removed };
}
