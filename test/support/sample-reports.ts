import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { allowedAssistance } from '../../src/domain/answers/check-answers.js';
import { allowsNotApplicable, isScored, listQuestions, resolveOptions } from '../../src/domain/checklist-model.js';
import { canonicalHash } from '../../src/domain/canonical.js';
import { buildReport } from '../../src/domain/report/build-report.js';
import type { Answer, AnswersDocument } from '../../src/domain/schemas/answers.js';
import type { Checklist, Question } from '../../src/domain/schemas/checklist.js';
import type { Report } from '../../src/domain/schemas/report.js';
import { loadChecklistFile } from '../../src/io/resolve-checklist.js';
import { ROOT } from './run-cli.js';

/**
 * Realistic, deterministic reports of the bundled `tip-protocol` checklist:
 * the same country and period always give the same answers, and a later
 * period of a country improves some of its earlier answers.
 */
export interface SampleCountry {
  code: string;
  name: string;
  language: 'en' | 'fr';
  institution: string;
  /** Typical score of its answers, in [0, 1]. */
  maturity: number;
}

export const SAMPLE_COUNTRIES: readonly SampleCountry[] = [
  {
    code: 'FRA',
    name: 'France',
    language: 'fr',
    institution: 'Ministère de la Justice — Mission interministérielle pour la protection des femmes',
    maturity: 0.7,
  },
  {
    code: 'SEN',
    name: 'Sénégal',
    language: 'fr',
    institution: 'Cellule nationale de lutte contre la traite des personnes',
    maturity: 0.36,
  },
  { code: 'GBR', name: 'United Kingdom of Great Britain and Northern Ireland', language: 'en', institution: 'Home Office', maturity: 0.7 },
  { code: 'KEN', name: 'Kenya', language: 'en', institution: 'Counter-Trafficking in Persons Secretariat', maturity: 0.22 },
  { code: 'PHL', name: 'Philippines', language: 'en', institution: 'Inter-Agency Council Against Trafficking', maturity: 0.5 },
];

export async function bundledChecklist(): Promise<{ checklist: Checklist; hash: string }> {
  const result = await loadChecklistFile(path.join(ROOT, 'checklists/tip-protocol.yaml'), ROOT);
  if (!result.ok) throw new Error('the bundled checklist does not load');
  return { checklist: result.resolved.checklist, hash: result.resolved.hash };
}

/**
 * A later version of the bundled checklist (2.1.0): one question of
 * "criminalization" withdrawn and one new question added to "prevention",
 * so that reports on 2.0.0 and 2.1.0 share all questions but those two.
 */
export async function laterChecklistVersion(): Promise<{ checklist: Checklist; hash: string; removed: string; added: string }> {
  const { checklist } = await bundledChecklist();
  const later = structuredClone(checklist);
  later.version = '2.1.0';
  const criminalization = later.sections.find((s) => s.id === 'criminalization');
  const prevention = later.sections.find((s) => s.id === 'prevention');
  const removed = criminalization?.questions.pop();
  if (!criminalization || !prevention || !removed) throw new Error('the bundled checklist changed: update laterChecklistVersion');
  const added = 'prevention-online-recruitment';
  prevention.questions.push({
    id: added,
    type: 'tri-state',
    text: {
      en: 'Does your State address recruitment for trafficking through online platforms?',
      fr: 'Votre État lutte-t-il contre le recrutement aux fins de la traite au moyen de plateformes en ligne ?',
    },
    weight: 1,
    sources: [{ catalogue: 'un-tip-protocol', provision: '9.1' }],
    pillars: ['prevention'],
  });
  return { checklist: later, hash: canonicalHash(later), removed: removed.id, added };
}

/** mulberry32: small, fast and the same on every platform. */
function random(seedText: string): () => number {
  let seed = [...seedText].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 2654435761) >>> 0, 0x9e3779b9);
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Words {
  evidence: readonly string[];
  notes: readonly string[];
  justification: string;
  text: string;
  other: string;
}

const WORDS: Readonly<Record<'en' | 'fr', Words>> = {
  en: {
    evidence: [
      'Modern Slavery Act, section 2',
      'Penal Code, article 171A, as amended in 2019',
      'National Referral Mechanism guidance (2023)',
      'Standard operating procedures on victim identification',
    ],
    notes: [
      'Implementation varies between regions.',
      'A review is under way with civil society.',
      'Data for the last year are provisional.',
    ],
    justification: 'No foreign victim was identified during the period.',
    text: 'Bilateral agreements with three neighbouring States on the safe return of victims.',
    other: 'Forced criminality',
  },
  fr: {
    evidence: [
      'Code pénal, article 225-4-1',
      'Loi n° 2013-711 du 5 août 2013',
      'Plan national de lutte contre la traite des êtres humains (2024-2027)',
      'Circulaire du 22 janvier 2015 relative à l’identification des victimes',
    ],
    notes: [
      'La mise en œuvre varie selon les régions.',
      'Une évaluation est en cours avec la société civile.',
      'Les données de la dernière année sont provisoires.',
    ],
    justification: 'Aucune victime étrangère n’a été identifiée au cours de la période.',
    text: 'Accords bilatéraux avec trois États voisins sur le retour des victimes en toute sécurité.',
    other: 'Contrainte à commettre des délits',
  },
};

const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length) % list.length] as T;

function choose(question: Question, target: number, r: () => number, words: Words): Answer {
  const options = resolveOptions(question).filter((o) => !o.exclusive);
  // One draw per option whatever the target, so that later questions get the same draws in every period.
  const draws = options.map(() => r());
  if (question.type === 'multiple') {
    const chosen = options.filter((o, i) => (o.score ?? 0.5) > 0 && (draws[i] ?? 0) < target + 0.1);
    if (chosen.length === 0) {
      // A multiple-choice answer is a list, even of one exclusive code.
      const only = resolveOptions(question).find((o) => o.exclusive)?.code ?? options[0]?.code;
      return { value: only === undefined ? null : [only] };
    }
    const answer: Answer = { value: chosen.map((o) => o.code) };
    const withText = chosen.find((o) => o.withText);
    if (withText) answer.optionText = { [withText.code]: words.other };
    return answer;
  }
  const distance = (i: number): number => Math.abs((options[i]?.score ?? draws[i] ?? 0) - target);
  const best = options.map((_, i) => i).sort((a, b) => distance(a) - distance(b))[0];
  return { value: best === undefined ? null : (options[best]?.code ?? null) };
}

function answerFor(
  checklist: Checklist,
  question: Question,
  country: SampleCountry,
  base: () => number,
  later: () => number,
  improve: number,
): Answer {
  const words = WORDS[country.language];
  const [u, noise, extra] = [base(), base(), base()];
  // A later period moves some answers up; the draws are taken either way so that questions stay aligned.
  const boost = later() < improve ? 0.5 : 0;
  const target = Math.min(1, Math.max(0, country.maturity + (u - 0.5) * 0.9 + boost));
  if (question.type === 'number') return { value: Math.round(u * 180) };
  if (question.type === 'date')
    return { value: `20${String(5 + Math.floor(u * 15)).padStart(2, '0')}-0${1 + Math.floor(noise * 9)}-1${Math.floor(extra * 9)}` };
  if (question.type === 'text') return { value: words.text };
  if (allowsNotApplicable(question, 'state') && noise < 0.12) return { value: 'not-applicable', justification: words.justification };
  if (isScored(question) && noise > 0.96 && boost === 0) return { value: 'dont-know' };
  const answer = choose(question, target, base, words);
  const scoreLow = target < 0.75;
  if (question.evidence !== undefined && !scoreLow) answer.evidence = pick(words.evidence, extra);
  if (extra > 0.85) answer.notes = pick(words.notes, u);
  const categories = allowedAssistance(checklist, question);
  if (scoreLow && categories.length > 0 && extra < 0.5) {
    answer.assistance = [...new Set([pick(categories, noise), pick(categories, extra)])];
  }
  return answer;
}

export interface SampleOptions {
  /** Language of the report (default: the country's). */
  language?: string;
  /** Changes to the answers before scoring, e.g. a hostile note. */
  tweak?: (answers: Record<string, Answer>) => void;
  /** Another checklist than the bundled one (e.g. a later version). */
  checklist?: { checklist: Checklist; hash: string };
}

export function sampleAnswers(
  checklist: Checklist,
  country: SampleCountry,
  period: string,
  language: string = country.language,
): AnswersDocument {
  const base = random(`${country.code}`);
  const later = random(`${country.code}/${period}`);
  // Each period after 2024 improves about a quarter of the answers.
  const improve = Math.max(0, Number(period.slice(0, 4)) - 2024) * 0.25;
  const answers: Record<string, Answer> = {};
  for (const { question } of listQuestions(checklist)) answers[question.id] = answerFor(checklist, question, country, base, later, improve);
  return {
    kind: 'answers',
    formatVersion: 1,
    checklist: { id: checklist.id, version: checklist.version },
    language,
    respondent: {
      party: { type: 'state', code: country.code, name: country.name },
      institution: country.institution,
      name: country.language === 'fr' ? 'Camille Durand' : 'Alex Morgan',
      role: country.language === 'fr' ? 'Cheffe du bureau des affaires internationales' : 'Head of the international affairs unit',
    },
    period,
    answers,
  };
}

export function country(code: string): SampleCountry {
  const found = SAMPLE_COUNTRIES.find((c) => c.code === code);
  if (!found) throw new Error(`no sample country ${code}`);
  return found;
}

export async function sampleReport(code: string, period: string, options: SampleOptions = {}): Promise<Report> {
  const { checklist, hash } = options.checklist ?? (await bundledChecklist());
  const who = country(code);
  const language = options.language ?? who.language;
  const answers = sampleAnswers(checklist, who, period, language);
  options.tweak?.(answers.answers);
  const year = Number(period.slice(0, 4)) + 1;
  return buildReport({
    checklist,
    checklistHash: hash,
    answers,
    tool: { name: 'selfassess', version: '0.1.0' },
    created: `${year}-03-0${1 + (code.charCodeAt(0) % 8)}T09:30:00Z`,
    language,
  });
}

/** Writes a report as `<code>-<period>.report.json` in `dir` and returns the file's path. */
export async function writeSampleReport(dir: string, report: Report, name?: string): Promise<string> {
  const file = path.join(dir, name ?? `${report.respondent.party.code.toLowerCase()}-${report.period}.report.json`);
  await writeFile(file, JSON.stringify(report, null, 2) + '\n');
  return file;
}

/**
 * A tweak that leaves every question of one section unanswered: the report
 * is incomplete, and that section has nothing answered ("not assessed").
 */
export function leaveSectionUnanswered(checklist: Checklist, sectionId: string): (answers: Record<string, Answer>) => void {
  const section = checklist.sections.find((s) => s.id === sectionId);
  if (!section) throw new Error(`no section ${sectionId} in ${checklist.id}`);
  return (answers) => {
    for (const question of section.questions) delete answers[question.id];
  };
}
