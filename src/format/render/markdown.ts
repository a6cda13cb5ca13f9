import type { ReportView, ScoreItem } from './report-view.js';
import { terminalSafe } from '../terminal-safe.js';

/**
 * Markdown text that stays text: the marks that Markdown or inline HTML
 * could read anywhere in a line are backslash-escaped (CommonMark allows it
 * for any ASCII punctuation), and line breaks become <br>, so that a note
 * holding `<script>` or `|` stays a note in its table cell.
 */
export function mdText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|#~!&]/g, (c) => `\\${c}`)
    .split(LINE_BREAK)
    .join('<br>');
}

/** Every line-break form a file may hold: CR LF, a lone CR or LF, and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>, numeric: readonly number[] = []): string {
  const align = head.map((_, i) => (numeric.includes(i) ? '---:' : '---'));
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head.map(mdText)), line(align), ...rows.map(line)].join('\n') + '\n';
}

/** The same content as the HTML page, without the charts: their values are in tables. */
export function renderMarkdown(view: ReportView): string {
  const { words: w } = view;
  const { t } = w;
  const score = (item: ScoreItem): string => (item.score === null ? mdText(t('summary.not-assessed')) : mdText(w.percent(item.score)));
  const out: string[] = [];

  out.push(`# ${mdText(t('cover.title'))}`, '', `**${mdText(view.report.respondent.party.name)}** — ${mdText(view.checklistTitle)}`, '');
  out.push(
    table(
      ['', ''],
      view.cover.map((c) => [`**${mdText(c.label)}**`, mdText(c.value)]),
    ),
  );
  if (view.integrity.alert) out.push(`> **${mdText(view.integrity.alert)}**`, '');

  out.push(`## ${mdText(t('summary.title'))}`, '');
  const overall = view.overall;
  const exact = overall.score === null ? '' : ` (${mdText(t('summary.exact', { score: w.decimal(overall.score, 4) }))})`;
  const value = `${score(overall)}${overall.band ? ` — ${mdText(overall.band)}` : ''}${view.capNote ? ` (${mdText(view.capNote)})` : ''}`;
  // The incomplete mark stands on the score's own line, so that the score is never quoted without it.
  const mark = view.incomplete ? ` — **${mdText(view.incomplete)}**` : '';
  out.push(`**${t('chart.value', { label: mdText(t('summary.overall')), value })}**${exact}${mark}`, '');
  out.push(mdText(view.completeness), '', mdText(view.counts), '');
  out.push(`### ${mdText(t('chart.sections'))}`, '');
  out.push(
    table(
      [t('table.number'), t('table.section'), t('table.score'), t('summary.band')],
      view.sections.map((s) => [String(s.number), mdText(s.label), score(s), mdText(s.band)]),
      [0, 2],
    ),
  );
  if (view.pillars.length > 0) {
    out.push(`### ${mdText(t('chart.pillars'))}`, '');
    out.push(
      table(
        [t('table.pillar'), t('table.score')],
        view.pillars.map((p) => [mdText(p.label), score(p)]),
        [1],
      ),
    );
  }
  out.push(`### ${mdText(t('summary.bands'))}`, '', ...view.bands.map((b) => `- ${mdText(b)}`), '', `*${mdText(view.model)}*`, '');

  if (view.core.length > 0) {
    out.push(`## ${mdText(t('core.title'))}`, '', mdText(t('core.intro', { cap: view.coreCap })), '');
    const rows = view.core.map((c) => [
      c.number,
      [mdText(c.question), ...c.provisions.map(mdText)].join('<br>'),
      `**${mdText(c.status)}**`,
    ]);
    out.push(table([t('table.number'), t('table.question'), t('core.status')], rows, [0]));
  }

  for (const section of view.sections) {
    out.push(`## ${section.number}\\. ${mdText(section.label)}`, '');
    out.push(
      section.score === null
        ? mdText(t(section.notAnswered ? 'section.not-answered' : 'section.not-assessed'))
        : mdText(t('section.score', { score: w.percent(section.score), band: section.band })),
      '',
    );
    if (section.description) out.push(`*${mdText(section.description)}*`, '');
    const rows = section.questions
      .filter((q) => q.state !== 'hidden')
      .map((q) => {
        const question = [mdText(q.text), `\`${q.id}\``, mdText(q.level ? `${q.level} — ${q.provisions}` : q.provisions)]
          .filter(Boolean)
          .join('<br>');
        const answer = [
          `**${mdText(q.answer)}**`,
          ...q.optionTexts.map(mdText),
          q.justification ? mdText(t('answer.justification', { text: q.justification })) : '',
        ];
        const notes = [mdText(q.notes), q.assistance.length > 0 ? mdText(t('answer.assistance', { list: w.list(q.assistance) })) : ''];
        return [q.number, question, answer.filter(Boolean).join('<br>'), mdText(q.evidence), notes.filter(Boolean).join('<br>')];
      });
    out.push(table([t('table.number'), t('table.question'), t('table.answer'), t('table.evidence'), t('table.notes')], rows));
    const hidden = section.questions.filter((q) => q.state === 'hidden').map((q) => q.number);
    if (hidden.length > 0) out.push(mdText(t('section.hidden', { list: w.list(hidden) })), '');
  }

  out.push(`## ${mdText(t('gaps.title'))}`, '', mdText(t('gaps.intro')), '');
  if (view.gaps.length === 0) out.push(mdText(t('gaps.none')), '');
  else {
    const rows = view.gaps.map((g) => [
      String(g.rank),
      [
        `**${g.number}** ${mdText(g.question)}`,
        mdText(g.section),
        ...g.provisions.map(mdText),
        ...(g.hidden ? [`*${mdText(t('gaps.hidden'))}*`] : []),
      ].join('<br>'),
      mdText(w.decimal(g.current)),
      mdText(w.decimal(g.best)),
      `**${mdText(w.decimal(g.gap, 4))}**`,
    ]);
    out.push(table([t('gaps.rank'), t('table.question'), t('gaps.current'), t('gaps.best'), t('gaps.gap')], rows, [0, 2, 3, 4]));
  }

  if (view.unknowns.length > 0) {
    out.push(`## ${mdText(t('unknowns.title'))}`, '', mdText(t('unknowns.intro')), '');
    const rows = view.unknowns.map((u) => [
      String(u.rank),
      [`**${u.number}** ${mdText(u.question)}`, mdText(u.section), ...u.provisions.map(mdText)].join('<br>'),
      mdText(u.state),
      `**${mdText(w.decimal(u.gain, 4))}**`,
    ]);
    out.push(table([t('gaps.rank'), t('table.question'), t('unknowns.state'), t('unknowns.gain')], rows, [0, 3]));
  }

  out.push(`## ${mdText(t('assistance.title'))}`, '');
  if (view.assistance.length === 0) out.push(mdText(t('assistance.none')), '');
  for (const need of view.assistance) {
    out.push(
      `### ${mdText(need.title)} (${need.questions.length})`,
      '',
      ...need.questions.map((q) => `- **${q.number}** ${mdText(q.text)}`),
      '',
    );
  }

  out.push(`## ${mdText(t('integrity.title'))}`, '', mdText(t('integrity.digest')), '', `\`${view.integrity.digest}\``, '');
  out.push(mdText(view.integrity.alert || t('integrity.ok')), '');
  out.push(`**${mdText(t('signature.label'))}.** ${mdText(view.signature.text)}`, '', `*${mdText(t('integrity.explain'))}*`, '');
  // Any control character left (in an id, a code) is written visibly: the text may go to a terminal.
  return terminalSafe(out.join('\n'));
}
