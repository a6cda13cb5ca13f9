import { questionIndex } from '../../domain/checklist-model.js';
import { localize } from '../../domain/localize.js';
import type { PlanProgress } from '../../domain/measures/progress.js';
import type { Plan } from '../../domain/measures/plan.js';
import type { Checklist } from '../../domain/schemas/checklist.js';
import type { LocalizedText } from '../../domain/schemas/common.js';
import type { MeasuresDocument } from '../../domain/schemas/measures.js';
import { localeOf } from '../../i18n/locale.js';
import { formatDecimal } from '../../i18n/numbers.js';
import { citeProvision } from '../../i18n/scoring-words.js';
import { translator, type Translate } from '../../i18n/translate.js';
import { makeWords } from '../render/labels.js';
import { PLAN_MESSAGES, type PlanKey } from './messages.js';

interface MeasureView {
  id: string;
  title: string;
  description: string;
  kind: string;
  cost: string;
  time: string;
  actors: string;
  indicators: string;
  tools: string;
  /** Where the good practices it draws on are described: "Vienna Forum report (seed 000), para. 48". */
  goodPractice: string;
}

export interface PlanRowView {
  rank: number;
  priority: string;
  number: string;
  question: string;
  section: string;
  pillars: string[];
  provisions: string;
  answer: string;
  evidence: string;
  points: string;
  measures: MeasureView[];
  assistance: string;
}

export interface PlanView {
  language: string;
  /** ":" in English, " :" (non-breaking space) in French. */
  colon: string;
  t: Translate<PlanKey>;
  title: string;
  subtitle: string;
  rows: PlanRowView[];
  /** Pillar titles in the checklist's order, for grouping. */
  pillars: Array<{ id: string; title: string }>;
}

/** Items joined as the language writes a list. */
function list(items: readonly string[], language: string): string {
  return items.join(localeOf(language)['list-separator']);
}

/** A plan with every text in one language, for the Markdown, HTML, CSV and xlsx formats. Pure. */
export function planView(plan: Plan, checklist: Checklist, document: MeasuresDocument, language: string): PlanView {
  const t = translator(PLAN_MESSAGES, language);
  const w = makeWords(language, checklist, [], new Map());
  const text = (value: LocalizedText | undefined): string => localize(value, language, document.languages[0] ?? 'en');
  const located = questionIndex(checklist);
  const byId = new Map(document.measures.map((m) => [m.id, m]));
  const actors = new Map(document.actors.map((a) => [a.id, text(a.title)]));
  const tools = new Map(
    (document.tools ?? []).map((x) => [x.id, `${x.publisher}, ${x.title}${x.edition ? ` (${x.edition})` : ''} (${x.year})`]),
  );
  const questionText = (checklistId: string, id: string): string =>
    checklistId === checklist.id ? w.text(located.get(id)?.question.text) || id : `${checklistId} ${id}`;
  const pillarTitle = (id: string): string => w.text(checklist.pillars?.find((p) => p.id === id)?.title) || id;
  const categories = new Map((checklist.assistanceCategories ?? []).map((c) => [c.id, w.text(c.title) || c.id]));

  const rows = plan.items.map((item, i) => {
    const at = located.get(item.question);
    return {
      rank: i + 1,
      priority: t(`kind.${item.kind}`),
      number: at ? `${at.sectionIndex + 1}.${at.questionIndex + 1}` : '',
      question: (at && w.text(at.question.text)) || item.question,
      section: (at && w.text(at.section.title)) || item.section,
      pillars: item.pillars.map(pillarTitle),
      provisions: list(
        item.sources.map((s) => citeProvision(s, language)),
        language,
      ),
      answer: at ? w.answer(at.question, item.answer) : String(item.answer ?? ''),
      evidence: item.evidence ?? '',
      points: formatDecimal(item.value * 100, language, 1),
      measures: item.measures.flatMap((id) => {
        const m = byId.get(id);
        if (!m) return [];
        return [
          {
            id,
            title: text(m.title),
            description: text(m.description),
            kind: t(`measure-kind.${m.kind}`),
            cost: t(`cost.${m.cost}`),
            time: t(`time.${m.timeFrame}`),
            actors: list(
              m.actors.map((a) => actors.get(a) ?? a),
              language,
            ),
            indicators: list(
              m.indicators.map((ind) => ('text' in ind ? text(ind.text) : questionText(ind.checklist, ind.question))),
              language,
            ),
            tools: list(
              (m.tools ?? []).map((x) => tools.get(x) ?? x),
              language,
            ),
            goodPractice: list(
              (m.goodPractice ?? []).map((g) => t('good-practice.ref', { source: g.source, paragraph: g.paragraph })),
              language,
            ),
          },
        ];
      }),
      assistance: list(
        item.assistance.map((c) => categories.get(c) ?? c),
        language,
      ),
    };
  });
  return {
    language,
    colon: localeOf(language).colon,
    t,
    title: t('title', { party: plan.report.party.name }),
    subtitle: t('subtitle', {
      period: plan.report.period,
      checklist: plan.report.checklist.id,
      version: plan.report.checklist.version,
      measures: plan.measures.id,
      measuresVersion: plan.measures.version,
    }),
    rows,
    pillars: (checklist.pillars ?? []).map((p) => ({ id: p.id, title: pillarTitle(p.id) })),
  };
}

export interface ProgressView {
  t: Translate<PlanKey>;
  title: string;
  subtitle: string;
  measures: Array<{ title: string; indicators: Array<{ question: string; before: string; after: string; trend: string }> }>;
  closed: string[];
  remaining: string[];
  new: string[];
}

/** Progress against a plan with every text in one language. Pure. */
export function progressView(progress: PlanProgress, checklist: Checklist, document: MeasuresDocument, language: string): ProgressView {
  const t = translator(PLAN_MESSAGES, language);
  const located = questionIndex(checklist);
  const w = makeWords(language, checklist, [], new Map());
  const text = (value: LocalizedText | undefined): string => localize(value, language, document.languages[0] ?? 'en');
  const byId = new Map(document.measures.map((m) => [m.id, m]));
  const question = (id: string): string => {
    const at = located.get(id);
    return at ? `${at.sectionIndex + 1}.${at.questionIndex + 1} ${w.text(at.question.text)}` : id;
  };
  const score = (s: number | null): string => (s === null ? '—' : w.percent(s));
  return {
    t,
    title: t('progress.title', { party: progress.party.name }),
    subtitle: t('progress.subtitle', { from: progress.from.period, to: progress.to.period }),
    measures: progress.measures.map((m) => ({
      title: text(byId.get(m.measure)?.title) || m.measure,
      indicators: m.indicators.map((i) => ({
        question: question(i.question),
        before: score(i.before),
        after: score(i.after),
        trend: t(`trend.${i.trend}`),
      })),
    })),
    closed: progress.items.closed.map(question),
    remaining: progress.items.remaining.map(question),
    new: progress.items.new.map(question),
  };
}
