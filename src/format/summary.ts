import { Chalk, type ChalkInstance } from 'chalk';
import { localize } from '../domain/localize.js';
import type { Checklist, Question } from '../domain/schemas/checklist.js';
import type { Report } from '../domain/schemas/report.js';
import { localeOf } from '../i18n/locale.js';
import { formatDecimal, formatPercent } from '../i18n/numbers.js';
import { citeProvision, coreStatusName } from '../i18n/scoring-words.js';
import { assessedScore } from '../domain/scoring/assessed.js';
import { overallBandText } from './overall-band.js';
import { pluralCategory, translator } from '../i18n/translate.js';
import { incompleteLine, SUMMARY_MESSAGES } from './summary-messages.js';

export interface SummaryOptions {
  language: string;
  color: boolean;
  /** Columns available; lines are fitted to it. */
  width: number;
  /** Where the report was written, shown last. */
  reportPath?: string | undefined;
}

const BAR_WIDTH = 20;
const TOP_GAPS = 5;

/** "██████░░░░": the filled part is the score; text, so that it reads in any terminal and in logs. */
export function textBar(score: number, width = BAR_WIDTH): string {
  const filled = Math.round(Math.min(1, Math.max(0, score)) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

function fit(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text + ' '.repeat(width - chars.length) : chars.slice(0, Math.max(1, width - 1)).join('') + '…';
}

/**
 * The end-of-assessment summary of a report: overall score and band, a bar
 * per section and per pillar, the largest gaps with the provisions they
 * concern, and where the report is. Pure; colour only when asked.
 */
export function formatSummary(report: Report, checklist: Checklist, options: SummaryOptions): string {
  const { language } = options;
  const t = translator(SUMMARY_MESSAGES, language);
  const chalk: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const fallback = checklist.languages[0] ?? 'en';
  const text = (value: Parameters<typeof localize>[0]): string => localize(value, language, fallback);
  const width = Math.max(50, options.width);
  const band = (id: string | null): string => text(report.scoring.bands.find((b) => b.id === id)?.label) || '';
  const paint = (score: number): ((s: string) => string) => (score < 0.25 ? chalk.red : score < 0.5 ? chalk.yellow : chalk.green);

  const labelWidth = Math.min(48, width - BAR_WIDTH - 22);
  const row = (label: string, score: number | null, bandId?: string | null): string => {
    const name = fit(label, labelWidth);
    if (score === null) return `  ${name}  ${chalk.dim(t('not-assessed'))}`;
    const percent = formatPercent(score, language).padStart(6);
    const suffix = bandId ? `  ${band(bandId)}` : '';
    return `  ${name}  ${paint(score)(textBar(score))} ${percent}${suffix}`;
  };

  const lines: string[] = [];
  const party = `${report.respondent.party.name} (${report.respondent.party.code})`;
  lines.push(chalk.bold(t('title', { party, period: report.period })));
  lines.push(
    t('checklist', { title: fit(text(checklist.title), width - 30).trimEnd(), id: report.checklist.id, version: report.checklist.version }),
  );
  lines.push('');
  const overall = report.scores.overall;
  // The mark stands beside the score, so that the score is never read without it.
  const mark = report.completeness.complete ? '' : ` ${chalk.yellow.bold(t('overall.incomplete'))}`;
  lines.push(
    overall.score === null
      ? chalk.bold(t('overall.none')) + mark
      : chalk.bold(t('overall', { score: formatPercent(overall.score, language), band: overallBandText(report, language, band) })) +
          mark +
          `  ${paint(overall.score)(textBar(overall.score))}`,
  );
  lines.push(report.completeness.complete ? t('complete') : chalk.yellow(incompleteLine(report.completeness.missing, language)));

  lines.push('', chalk.bold(t('sections')));
  for (const section of report.scores.sections) {
    const title = text(checklist.sections.find((s) => s.id === section.id)?.title) || section.id;
    const score = assessedScore(section.score, section.counts);
    lines.push(row(title, score, score === null ? null : section.band));
  }
  if (report.scores.pillars.length > 0) {
    lines.push('', chalk.bold(t('pillars')));
    for (const pillar of report.scores.pillars) {
      lines.push(
        row(text(checklist.pillars?.find((p) => p.id === pillar.id)?.title) || pillar.id, assessedScore(pillar.score, pillar.counts)),
      );
    }
  }

  const questions = new Map<string, Question>(checklist.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
  const provisions = (sources: ReadonlyArray<{ catalogue: string; provision: string }>): string =>
    t('provisions', { list: sources.map((s) => citeProvision(s, language)).join(localeOf(language)['list-separator']) });

  if (report.core !== undefined && report.core.length > 0) {
    lines.push('', chalk.bold(t('core')));
    for (const core of report.core) {
      const question = text(questions.get(core.question)?.text) || core.question;
      const status = coreStatusName(core.status, language);
      const mark = core.status === 'met' ? chalk.green('✔') : core.status === 'not-applicable' ? chalk.dim('–') : chalk.red('✘');
      lines.push(`  ${mark} ${fit(`${status} — ${question}`, width - 6).trimEnd()}`);
    }
  }

  lines.push('', chalk.bold(t('gaps')));
  const gaps = report.gaps.slice(0, TOP_GAPS);
  if (gaps.length === 0) lines.push(`  ${t('gaps.none')}`);
  gaps.forEach((gap, i) => {
    const question = text(questions.get(gap.question)?.text) || gap.question;
    lines.push(`  ${i + 1}. ${fit(question, width - 6).trimEnd()}`);
    const points = formatDecimal(gap.gap * 100, language, 1);
    const hidden = gap.hidden ? ` · ${t('gap.hidden')}` : '';
    lines.push(
      `     ${gap.question} · ${t('gap', { points, current: formatPercent(gap.current, language), best: formatPercent(gap.best, language) })}${hidden}`,
    );
    if (gap.sources.length > 0) lines.push(`     ${provisions(gap.sources)}`);
  });
  if (report.gaps.length > TOP_GAPS)
    lines.push(`  ${t(`gaps.more.${pluralCategory(report.gaps.length - TOP_GAPS, language)}`, { count: report.gaps.length - TOP_GAPS })}`);

  const unknowns = report.unknowns ?? [];
  if (unknowns.length > 0) {
    lines.push('', chalk.bold(t('unknowns')));
    unknowns.slice(0, TOP_GAPS).forEach((unknown, i) => {
      const question = text(questions.get(unknown.question)?.text) || unknown.question;
      lines.push(`  ${i + 1}. ${fit(question, width - 6).trimEnd()}`);
      const points = formatDecimal(unknown.gain * 100, language, 1);
      lines.push(`     ${unknown.question} · ${t(unknown.state === 'dont-know' ? 'unknown.dont-know' : 'unknown.unanswered', { points })}`);
      if (unknown.sources.length > 0) lines.push(`     ${provisions(unknown.sources)}`);
    });
    if (unknowns.length > TOP_GAPS)
      lines.push(`  ${t(`unknowns.more.${pluralCategory(unknowns.length - TOP_GAPS, language)}`, { count: unknowns.length - TOP_GAPS })}`);
  }

  if (options.reportPath) lines.push('', chalk.bold(t('report', { path: options.reportPath })));
  return lines.join('\n') + '\n';
}
