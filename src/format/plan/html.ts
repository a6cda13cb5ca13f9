import { reportStyles } from '../render/html-styles.js';
import { html, trusted, type SafeHtml } from '../render/safe-html.js';
import { groups } from './markdown.js';
import type { PlanRowView, PlanView, ProgressView } from './view.js';

function item(view: PlanView, row: PlanRowView): SafeHtml {
  const { t } = view;
  return html`<section class="part keep">
<h3>${row.rank}. <strong>${row.number}</strong> ${row.question}</h3>
<p class="small"><strong>${row.priority}</strong> · ${t('col.value')}${view.colon} ${row.points} · ${row.section}${row.pillars.length > 0 ? ` · ${row.pillars.join(', ')}` : ''}</p>
<p class="small">${t('col.provisions')}${view.colon} ${row.provisions}</p>
<p>${t('col.answer')}${view.colon} <strong>${row.answer}</strong>${row.evidence ? html` — ${row.evidence}` : ''}</p>
${row.assistance ? html`<p class="small">${t('col.assistance')}${view.colon} ${row.assistance}</p>` : ''}
${
  row.measures.length === 0
    ? html`<p class="small muted">${t('measure.none')}</p>`
    : html`<table class="questions">
<thead><tr><th scope="col">${t('col.measure')}</th><th scope="col">${t('col.kind')} · ${t('col.cost')} · ${t('col.time')}</th><th scope="col">${t('col.actors')}</th><th scope="col">${t('col.indicators')}</th><th scope="col">${t('col.institution')}</th><th scope="col">${t('col.deadline')}</th><th scope="col">${t('col.budget')}</th></tr></thead>
<tbody>
${row.measures.map(
  (
    m,
  ) => html`<tr><td><strong>${m.title}</strong><span class="detail">${m.description}</span>${m.tools ? html`<span class="cites">${t('col.tools')}${view.colon} ${m.tools}</span>` : ''}${m.goodPractice ? html`<span class="cites">${t('col.good-practice')}${view.colon} ${m.goodPractice}</span>` : ''}</td><td>${m.kind} · ${m.cost} · ${m.time}</td><td>${m.actors}</td><td>${m.indicators}</td><td></td><td></td><td></td></tr>
`,
)}</tbody>
</table>`
}
</section>`;
}

/** A self-contained A4 page, styled like the report: inline CSS, no script, nothing fetched. */
function page(title: string, language: string, main: SafeHtml): string {
  const styles = reportStyles({ left: title, page: '', of: '/' });
  return html`<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${title}</title>
<style>${trusted(styles)}</style>
</head>
<body>
<main>
${main}
</main>
</body>
</html>
`.value;
}

/** The plan as one self-contained A4 page, styled like the report: inline CSS, no script, nothing fetched. */
export function planHtml(view: PlanView, group: 'none' | 'pillar' | 'section' = 'none'): string {
  const { t } = view;
  const body =
    view.rows.length === 0
      ? html`<p>${t('none')}</p>`
      : html`${groups(view, group).map(
          ([heading, rows]) => html`${heading === undefined ? '' : html`<h2>${heading}</h2>`}${rows.map((row) => item(view, row))}`,
        )}`;
  return page(
    view.title,
    view.language,
    html`<h1>${view.title}</h1>
<p>${view.subtitle}</p>
<p class="small">${t('intro')}</p>
${body}`,
  );
}

/** Progress against a plan as one self-contained page, styled like the plan. */
export function progressHtml(view: ProgressView, language: string): string {
  const { t } = view;
  const lists = (['progress.closed', 'progress.remaining', 'progress.new'] as const).map(
    (key) => [key, key === 'progress.closed' ? view.closed : key === 'progress.remaining' ? view.remaining : view.new] as const,
  );
  return page(
    view.title,
    language,
    html`<h1>${view.title}</h1>
<p>${view.subtitle}</p>
<h2>${t('progress.measures')}</h2>
<table class="questions">
<thead><tr><th scope="col">${t('col.measure')}</th><th scope="col">${t('col.indicators')}</th><th scope="col">${t('progress.before')}</th><th scope="col">${t('progress.after')}</th><th scope="col">${t('progress.trend')}</th></tr></thead>
<tbody>
${view.measures.flatMap((m) =>
  m.indicators.map(
    (
      i,
    ) => html`<tr><td>${m.title}</td><td>${i.question}</td><td>${i.before}</td><td>${i.after}</td><td><strong>${i.trend}</strong></td></tr>
`,
  ),
)}</tbody>
</table>
<h2>${t('progress.items')}</h2>
${lists.map(
  ([key, list]) => html`<h3>${t(key)} (${list.length})</h3>
${list.length === 0 ? html`<p>${t('progress.none')}</p>` : html`<ul>${list.map((q) => html`<li>${q}</li>`)}</ul>`}
`,
)}`,
  );
}
