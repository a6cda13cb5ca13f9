import { nameWithoutInstruction } from '../../domain/option-name.js';
import { questionWeight } from '../../domain/checklist-model.js';
import type { Catalogue } from '../../domain/schemas/catalogue.js';
import type { Checklist } from '../../domain/schemas/checklist.js';
import type { Report } from '../../domain/schemas/report.js';
import { questionLevel } from '../../domain/levels.js';
import { isKnownModelVersion, reportModelVersion } from '../../domain/scoring/model-version.js';
import { questionScore } from '../../domain/scoring/question-score.js';
import { coreStatusName, levelName } from '../../i18n/scoring-words.js';
import { assessedScore } from '../../domain/scoring/assessed.js';
import { capNote } from '../overall-band.js';
import { pluralCategory } from '../../i18n/translate.js';
import { questionStates, type QuestionState } from '../../domain/scoring/question-state.js';
import { bandFor } from '../../domain/scoring/score.js';
import type { SignatureStatus } from '../../domain/signature/status.js';
import { makeWords, type Words } from './labels.js';
import { signatureText } from './signature-text.js';

/** What is known of the report's signature when it is rendered. */
export type SignatureView =
  | { status: 'not-signed' }
  | { status: 'not-checked' }
  | { status: SignatureStatus; fingerprint?: string | undefined; signedAt?: string | undefined };

export interface RenderInput {
  report: Report;
  /** The checklist the report names (its question texts, titles and labels). */
  checklist: Checklist;
  catalogues: ReadonlyMap<string, Catalogue>;
  language: string;
  /** Whether the report's content matches its integrity digest. */
  integrityOk: boolean;
  /** Whether every figure holds against the report rebuilt from its answers (default: true). */
  figuresOk?: boolean;
  signature: SignatureView;
}

export interface QuestionRow {
  number: string;
  id: string;
  text: string;
  state: QuestionState;
  answer: string;
  codes: string[];
  /** Texts given with options ("Other: …"). */
  optionTexts: string[];
  justification: string;
  evidence: string;
  notes: string;
  assistance: string[];
  /** The provisions the question is about, grouped by instrument. */
  provisions: string;
  /** Score in [0, 1]; null when the question is not scored or left out. */
  score: number | null;
  weight: number;
  /** "mandatory obligation", from the question's own level or the provisions it cites; '' when unknown. */
  level: string;
}

export interface ScoreItem {
  id: string;
  label: string;
  score: number | null;
  /** Position of the score's band among the report's bands (for colours); -1 without one. */
  bandIndex: number;
  band: string;
}

export interface SectionView extends ScoreItem {
  number: number;
  /** Not assessed because none of its questions is answered yet (its stored score is 0). */
  notAnswered: boolean;
  description: string;
  questions: QuestionRow[];
}

interface GapRow {
  rank: number;
  number: string;
  question: string;
  section: string;
  current: number;
  best: number;
  gap: number;
  provisions: string[];
  /** Not asked: counted as unmet. */
  hidden: boolean;
}

interface CoreRow {
  number: string;
  question: string;
  status: string;
  met: boolean;
  provisions: string[];
}

interface UnknownRow {
  rank: number;
  number: string;
  question: string;
  section: string;
  state: string;
  gain: number;
  provisions: string[];
}

export interface ReportView {
  words: Words;
  report: Report;
  title: string;
  checklistTitle: string;
  partyKind: string;
  cover: Array<{ label: string; value: string }>;
  overall: ScoreItem;
  /** Why the overall band is capped, or ''. */
  capNote: string;
  counts: string;
  completeness: string;
  /** "Incomplete: 3 questions unanswered", beside the overall score; '' when complete. */
  incomplete: string;
  model: string;
  bands: string[];
  sections: SectionView[];
  pillars: ScoreItem[];
  core: CoreRow[];
  /** The band core obligations cap the overall band at, or ''. */
  coreCap: string;
  gaps: GapRow[];
  unknowns: UnknownRow[];
  assistance: Array<{ title: string; questions: Array<{ number: string; text: string }> }>;
  /** ok: the digest holds; alert: what is wrong, or '' when the report holds (digest and figures). */
  integrity: { digest: string; ok: boolean; alert: string };
  signature: { text: string; ok: boolean | null };
  footer: string;
}

/** Everything the HTML, Markdown and CSV formats show, in the report's language. Pure. */
export function reportView(input: RenderInput): ReportView {
  const { report, checklist } = input;
  const w = makeWords(input.language, checklist, report.scoring.bands, input.catalogues);
  const { t } = w;
  const bandIds = report.scoring.bands.map((b) => b.id);
  const item = (id: string, label: string, score: number | null, band: string | null): ScoreItem => ({
    id,
    label,
    score,
    bandIndex: band === null ? -1 : bandIds.indexOf(band),
    band: w.band(band),
  });

  const numbers = new Map<string, string>();
  checklist.sections.forEach((s, i) => s.questions.forEach((q, j) => numbers.set(q.id, `${i + 1}.${j + 1}`)));
  const model = report.scoring.model;
  const named = reportModelVersion(report.scoring);
  const version = isKnownModelVersion(named) ? named : 2;
  const statuses = questionStates(checklist, report.answers);
  const rows: Array<QuestionRow & { section: string }> = statuses.map(({ question, sectionId, state, answer }) => {
    const visible = state !== 'hidden';
    const score = questionScore(question, state, answer?.value, version);
    const level = questionLevel(question, input.catalogues);
    const categories = checklist.assistanceCategories ?? [];
    return {
      section: sectionId,
      number: numbers.get(question.id) ?? '',
      id: question.id,
      text: w.text(question.text),
      state,
      answer: visible ? w.answer(question, answer?.value) : t('answer.hidden'),
      codes: answer?.value === undefined || answer.value === null ? [] : [answer.value].flat().map(String),
      optionTexts: visible
        ? Object.entries(answer?.optionText ?? {}).map(([code, text]) =>
            t('answer.option-text', { option: nameWithoutInstruction(w.option(question, code)), text }),
          )
        : [],
      justification: visible ? (answer?.justification ?? '') : '',
      evidence: answer?.evidence ?? '',
      notes: answer?.notes ?? '',
      assistance: visible ? (answer?.assistance ?? []).map((id) => w.text(categories.find((c) => c.id === id)?.title) || id) : [],
      provisions: w.citations(question.sources ?? []),
      score,
      weight: score === null ? 0 : model === 'flat-unweighted' ? 1 : questionWeight(question),
      level: level === undefined ? '' : levelName(level, input.language),
    };
  });
  const rowOf = new Map(rows.map((r) => [r.id, r]));

  const sections: SectionView[] = checklist.sections.map((section, i) => {
    const scored = report.scores.sections.find((s) => s.id === section.id);
    const score = assessedScore(scored?.score ?? null, scored?.counts);
    return {
      ...item(section.id, w.text(section.title), score, score === null ? null : (scored?.band ?? null)),
      notAnswered: score === null && scored?.score !== null && scored?.score !== undefined,
      number: i + 1,
      description: w.text(section.description),
      questions: rows.filter((r) => r.section === section.id),
    };
  });
  const pillars = report.scores.pillars.map((p) =>
    item(
      p.id,
      w.text(checklist.pillars?.find((x) => x.id === p.id)?.title) || p.id,
      assessedScore(p.score, p.counts),
      bandFor(report.scoring.bands, assessedScore(p.score, p.counts)),
    ),
  );

  const { party } = report.respondent;
  const { respondent, dates } = report;
  const cover: Array<{ label: string; value: string | undefined }> = [
    { label: t(party.type === 'state' ? 'cover.state' : 'cover.organization'), value: `${party.name} (${party.code})` },
    { label: t('cover.institution'), value: respondent.institution },
    { label: t('cover.prepared-by'), value: [respondent.name, respondent.role].filter(Boolean).join(', ') || undefined },
    { label: t('cover.contact'), value: respondent.contact },
    { label: t('cover.checklist'), value: w.text(checklist.title) },
    { label: t('cover.version'), value: `${report.checklist.id} ${report.checklist.version}` },
    { label: t('cover.period'), value: report.period },
    { label: t('cover.created'), value: w.date(dates.created) },
    { label: t('cover.completed'), value: dates.completed ? w.date(dates.completed) : undefined },
  ];

  const overall = report.scores.overall;
  const missingPlural = pluralCategory(report.completeness.missing, input.language);
  const percent = (x: number): string => w.percent(x);
  return {
    words: w,
    report,
    title: t('doc.title', { party: party.name, period: report.period }),
    checklistTitle: w.text(checklist.title),
    partyKind: t(party.type === 'state' ? 'cover.state' : 'cover.organization'),
    cover: cover.filter((c): c is { label: string; value: string } => Boolean(c.value)),
    overall: item('overall', t('summary.overall'), overall.score, overall.band),
    capNote: capNote(report, input.language),
    counts: t('summary.counts', { ...overall.counts }),
    completeness: report.completeness.complete
      ? t('summary.complete')
      : t(`summary.incomplete.${missingPlural}`, { count: report.completeness.missing }),
    incomplete: report.completeness.complete ? '' : t(`summary.incomplete-mark.${missingPlural}`, { count: report.completeness.missing }),
    model: t(model === 'flat-unweighted' ? 'summary.model.flat-unweighted' : 'summary.model.weighted'),
    bands: report.scoring.bands.map((b) => t('summary.band-range', { label: w.band(b.id), min: percent(b.min), max: percent(b.max) })),
    sections,
    pillars,
    gaps: report.gaps.map((g, i) => ({
      rank: i + 1,
      number: numbers.get(g.question) ?? '',
      question: rowOf.get(g.question)?.text ?? g.question,
      section: sections.find((s) => s.id === g.section)?.label ?? g.section,
      current: g.current,
      best: g.best,
      gap: g.gap,
      provisions: g.sources.map((s) => w.citation(s)),
      hidden: g.hidden === true,
    })),
    core: (report.core ?? []).map((c) => ({
      number: numbers.get(c.question) ?? '',
      question: rowOf.get(c.question)?.text ?? c.question,
      status: coreStatusName(c.status, input.language),
      met: c.status === 'met' || c.status === 'not-applicable',
      provisions: c.sources.map((s) => w.citation(s, false)),
    })),
    coreCap: report.scoring.core ? w.band(report.scoring.core.cap) : '',
    unknowns: (report.unknowns ?? []).map((u, i) => ({
      rank: i + 1,
      number: numbers.get(u.question) ?? '',
      question: rowOf.get(u.question)?.text ?? u.question,
      section: sections.find((s) => s.id === u.section)?.label ?? u.section,
      state: u.state === 'dont-know' ? t('state.dont-know') : t('answer.unanswered'),
      gain: u.gain,
      provisions: u.sources.map((s) => w.citation(s)),
    })),
    assistance: report.assistance.map((need) => ({
      title: w.text(checklist.assistanceCategories?.find((c) => c.id === need.category)?.title) || need.category,
      questions: need.questions.map((id) => ({ number: numbers.get(id) ?? '', text: rowOf.get(id)?.text ?? id })),
    })),
    integrity: {
      digest: report.integrity.digest,
      ok: input.integrityOk,
      alert: !input.integrityOk ? t('integrity.altered') : input.figuresOk === false ? t('integrity.figures') : '',
    },
    signature: signatureText(input.signature, w),
    footer: `${party.name} — ${report.period}`,
  };
}
