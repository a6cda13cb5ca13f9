/**
 * Generates the validation benchmark's corpus: realistic reports of the
 * bundled Protocol checklist, built with the domain code, 10% of them
 * invalid or altered. Bundled with esbuild by validate.mjs and run as
 *   node validate-corpus.mjs <out-dir> <count>
 * Deterministic (seeded), so that every run measures the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveOptions, listQuestions, allowsNotApplicable, allowsDontKnow } from '../../src/domain/checklist-model.js';
import { canonicalHash } from '../../src/domain/canonical.js';
import { allowedAssistance } from '../../src/domain/answers/check-answers.js';
import { buildReport } from '../../src/domain/report/build-report.js';
import { computeIntegrity } from '../../src/domain/report/integrity.js';
import type { Answer, AnswersDocument } from '../../src/domain/schemas/answers.js';
import { Checklist, type Question } from '../../src/domain/schemas/checklist.js';
import type { Report } from '../../src/domain/schemas/report.js';
import { questionStates } from '../../src/domain/scoring/question-state.js';
import { loadDocument } from '../../src/io/load-document.js';
import { bundledChecklistsDir } from '../../src/io/package-root.js';

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  'FRA',
  'DEU',
  'ITA',
  'ESP',
  'PRT',
  'BEL',
  'NLD',
  'POL',
  'ROU',
  'GRC',
  'SEN',
  'MLI',
  'NGA',
  'GHA',
  'KEN',
  'ZAF',
  'EGY',
  'MAR',
  'TUN',
  'BRA',
  'ARG',
  'MEX',
  'COL',
  'PER',
  'CHL',
  'CAN',
  'USA',
  'IND',
  'PAK',
  'BGD',
  'THA',
  'VNM',
  'PHL',
  'IDN',
  'JPN',
  'KOR',
  'AUS',
  'NZL',
  'UKR',
  'MDA',
];

function answerFor(q: Question, categories: string[], rnd: () => number): Answer | undefined {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  if (rnd() < 0.04) return undefined;
  if (allowsNotApplicable(q, 'state') && rnd() < 0.1)
    return { value: 'not-applicable', justification: 'No such case arose in the reporting period.' };
  if (allowsDontKnow(q) && rnd() < 0.05) return { value: 'dont-know' };
  const codes = resolveOptions(q).map((o) => o.code);
  const answer: Answer = {};
  switch (q.type) {
    case 'yes-no':
    case 'tri-state':
    case 'single':
      answer.value = pick(codes);
      break;
    case 'multiple': {
      const options = resolveOptions(q);
      const exclusive = options.filter((o) => o.exclusive);
      answer.value =
        exclusive.length > 0 && rnd() < 0.15
          ? [pick(exclusive).code]
          : options.filter((o) => !o.exclusive && rnd() < 0.5).map((o) => o.code);
      for (const o of options)
        if (o.withText && answer.value.includes(o.code)) answer.optionText = { [o.code]: 'Specialised NGO shelters' };
      break;
    }
    case 'number':
      answer.value = Math.floor(rnd() * 500);
      break;
    case 'date':
      answer.value = `20${10 + Math.floor(rnd() * 15)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`;
      break;
    case 'text':
      answer.value = 'Act No. 2014-12 on combating trafficking in persons, and its implementing decree.';
      break;
  }
  if (rnd() < 0.4) answer.evidence = 'Penal Code, articles 225-4-1 to 225-4-9; National Action Plan 2024-2027.';
  if (rnd() < 0.2) answer.notes = 'Under review by the inter-ministerial committee.';
  if (categories.length > 0 && rnd() < 0.2) answer.assistance = [pick(categories)];
  return answer;
}

/** What is written: a report, or on purpose something that is not quite one. */
type Defect = (report: Report) => object;
const resign = (r: Report): Report => {
  const { integrity: _old, ...body } = r;
  return { ...body, integrity: computeIntegrity(body) };
};
/** The invalid and altered share: about 10% of the corpus, several kinds. */
const DEFECTS: Array<[number, Defect]> = [
  [
    0.03,
    (r) =>
      resign({ ...r, scores: { ...r.scores, overall: { ...r.scores.overall, score: Math.min(1, (r.scores.overall.score ?? 0) + 0.1) } } }),
  ],
  [0.02, (r) => ({ ...r, period: `${r.period}-revised` })],
  [0.02, (r) => resign({ ...r, answers: { ...r.answers, 'no-such-question': { value: 'yes' } } })],
  [0.01, (r) => resign({ ...r, checklist: { ...r.checklist, hash: 'f'.repeat(64) } })],
  [0.01, (r) => resign({ ...r, completeness: { ...r.completeness, complete: !r.completeness.complete } })],
  [0.01, ({ gaps: _gaps, ...rest }) => rest],
];

async function main(): Promise<void> {
  const [outDir, countText] = process.argv.slice(2);
  if (!outDir) throw new Error('usage: validate-corpus <out-dir> <count>');
  const count = Number(countText ?? 10000);
  const loaded = await loadDocument(path.join(bundledChecklistsDir(), 'tip-protocol.yaml'));
  if (!loaded.ok) throw new Error('cannot read checklists/tip-protocol.yaml');
  const checklist = Checklist.parse(loaded.document.data);
  const hash = canonicalHash(loaded.document.data);
  const questions = listQuestions(checklist).map((l) => l.question);
  mkdirSync(outDir, { recursive: true });
  const rnd = random(20260301);
  for (let i = 0; i < count; i++) {
    const answers: Record<string, Answer> = {};
    for (const q of questions) {
      const a = answerFor(q, allowedAssistance(checklist, q), rnd);
      if (a) answers[q.id] = a;
    }
    // A real report keeps no answer to a question its conditions hide.
    for (const s of questionStates(checklist, answers)) if (s.state === 'hidden') delete answers[s.question.id];
    const country = COUNTRIES[i % COUNTRIES.length] ?? 'FRA';
    const period = String(2020 + (Math.floor(i / COUNTRIES.length) % 7));
    const document: AnswersDocument = {
      kind: 'answers',
      formatVersion: 1,
      checklist: { id: checklist.id, version: checklist.version, hash },
      language: i % 3 === 0 ? 'fr' : 'en',
      respondent: {
        party: { type: 'state', code: country, name: country },
        institution: 'National Rapporteur on Trafficking in Persons',
        name: 'A. Official',
      },
      period,
      answers,
    };
    const report = buildReport({
      checklist,
      checklistHash: hash,
      answers: document,
      tool: { name: 'selfassess', version: '0.1.0' },
      created: '2026-03-01T09:30:00Z',
      language: document.language ?? 'en',
    });
    let written: object = report;
    let draw = rnd();
    for (const [share, defect] of DEFECTS) {
      if (draw < share) {
        written = defect(report);
        break;
      }
      draw -= share;
    }
    const name = `${country.toLowerCase()}-tip-protocol-${period}-${String(i).padStart(5, '0')}.report.json`;
    writeFileSync(path.join(outDir, name), JSON.stringify(written, null, 2) + '\n');
  }
}

await main();
