import { mdText } from '../render/markdown.js';
import type { PlanRowView, PlanView, ProgressView } from './view.js';

function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head.map(mdText)), line(head.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

function item(view: PlanView, row: PlanRowView): string[] {
  const { t } = view;
  const out = [`### ${row.rank}\\. ${mdText(row.number)} ${mdText(row.question)}`, ''];
  out.push(
    `**${mdText(row.priority)}** · ${mdText(t('col.value'))}${view.colon} ${mdText(row.points)} · ${mdText(row.section)}${row.pillars.length > 0 ? ` · ${mdText(row.pillars.join(', '))}` : ''}`,
    '',
    `${mdText(t('col.provisions'))}${view.colon} ${mdText(row.provisions)}`,
    '',
    `${mdText(t('col.answer'))}${view.colon} **${mdText(row.answer)}**${row.evidence ? ` — ${mdText(row.evidence)}` : ''}`,
    '',
  );
  if (row.assistance) out.push(`${mdText(t('col.assistance'))}${view.colon} ${mdText(row.assistance)}`, '');
  if (row.measures.length === 0) out.push(`*${mdText(t('measure.none'))}*`, '');
  else {
    out.push(
      table(
        [
          t('col.measure'),
          t('col.kind'),
          t('col.cost'),
          t('col.time'),
          t('col.actors'),
          t('col.indicators'),
          t('col.tools'),
          t('col.institution'),
          t('col.deadline'),
          t('col.budget'),
        ],
        row.measures.map((m) => [
          `**${mdText(m.title)}**<br>${mdText(m.description)}${m.goodPractice ? `<br>*${mdText(t('col.good-practice'))}${view.colon} ${mdText(m.goodPractice)}*` : ''}`,
          mdText(m.kind),
          mdText(m.cost),
          mdText(m.time),
          mdText(m.actors),
          mdText(m.indicators),
          mdText(m.tools),
          '',
          '',
          '',
        ]),
      ),
    );
  }
  return out;
}

/** The plan as Markdown: a heading per item (grouped by pillar or section on request), its measures in a table with the State's columns left empty. */
export function planMarkdown(view: PlanView, group: 'none' | 'pillar' | 'section' = 'none'): string {
  const { t } = view;
  const out = [`# ${mdText(view.title)}`, '', mdText(view.subtitle), '', `*${mdText(t('intro'))}*`, ''];
  if (view.rows.length === 0) return [...out, mdText(t('none')), ''].join('\n');
  for (const [heading, rows] of groups(view, group)) {
    if (heading !== undefined) out.push(`## ${mdText(heading)}`, '');
    for (const row of rows) out.push(...item(view, row));
  }
  return out.join('\n');
}

/** Rows grouped under headings: none (one untitled group), by pillar (a row in each of its pillars) or by section, in order of first appearance. */
export function groups(view: PlanView, group: 'none' | 'pillar' | 'section'): Array<[string | undefined, PlanRowView[]]> {
  if (group === 'none') return [[undefined, view.rows]];
  const map = new Map<string, PlanRowView[]>();
  const push = (key: string, row: PlanRowView): void => {
    map.set(key, [...(map.get(key) ?? []), row]);
  };
  if (group === 'section') for (const row of view.rows) push(row.section, row);
  else {
    for (const pillar of view.pillars) for (const row of view.rows) if (row.pillars.includes(pillar.title)) push(pillar.title, row);
    for (const row of view.rows) if (row.pillars.length === 0) push(view.t('group.none'), row);
  }
  return [...map];
}

export function progressMarkdown(view: ProgressView): string {
  const { t } = view;
  const out = [`# ${mdText(view.title)}`, '', mdText(view.subtitle), '', `## ${mdText(t('progress.measures'))}`, ''];
  const rows = view.measures.flatMap((m) =>
    m.indicators.map((i) => [mdText(m.title), mdText(i.question), mdText(i.before), mdText(i.after), `**${mdText(i.trend)}**`]),
  );
  out.push(table([t('col.measure'), t('col.indicators'), t('progress.before'), t('progress.after'), t('progress.trend')], rows));
  out.push(`## ${mdText(t('progress.items'))}`, '');
  for (const [key, list] of [
    ['progress.closed', view.closed],
    ['progress.remaining', view.remaining],
    ['progress.new', view.new],
  ] as const) {
    out.push(
      `### ${mdText(t(key))} (${list.length})`,
      '',
      ...(list.length === 0 ? [mdText(t('progress.none'))] : list.map((q) => `- ${mdText(q)}`)),
      '',
    );
  }
  return out.join('\n');
}
