import { assistancePart, corePart, gapsPart, integrityPart, sectionPart, unknownsPart } from './html-parts.js';
import { reportStyles } from './html-styles.js';
import type { ReportView } from './report-view.js';
import { html, trusted, type SafeHtml } from './safe-html.js';
import { bandColour, pillarChart, sectionChart, type ChartBands } from './svg-charts.js';

/** The report's bands, with labels, for chart guides and legends. */
export function chartBands(view: ReportView): ChartBands {
  const { bands } = view.report.scoring;
  return { count: bands.length, thresholds: bands.map((b) => ({ min: b.min, max: b.max, label: view.words.band(b.id) })) };
}

function cover(view: ReportView): SafeHtml {
  const { words: w, overall } = view;
  const tool = view.report.tool;
  return html`<header class="cover">
<p class="kicker">${w.t('cover.kicker')}</p>
<p class="checklist-title">${view.checklistTitle}</p>
<h1>${w.t('cover.title')}</h1>
<p class="party">${view.report.respondent.party.name}</p>
<dl>
${view.cover.map(
  (c) => html`<dt>${c.label}</dt><dd>${c.value}</dd>
`,
)}</dl>
<div class="bottom">
${view.integrity.alert ? html`<p class="alert" role="alert">${view.integrity.alert}</p>` : ''}
${scoreBox(view, overall.score === null ? w.t('summary.not-assessed') : w.percent(overall.score))}
<p class="tool">${w.t('cover.tool', { tool: tool.name, version: tool.version })} · SHA-256 ${view.integrity.digest.slice(0, 16)}…</p>
</div>
</header>`;
}

function scoreBox(view: ReportView, figure: string): SafeHtml {
  const { words: w, overall } = view;
  const colour = bandColour(overall.bandIndex, view.report.scoring.bands.length);
  return html`<div class="score-box">
<div><div class="small muted">${w.t('summary.overall')}</div><div class="figure">${figure}</div></div>
<div class="band">${overall.band ? html`<span class="swatch" style="background:${colour}"></span>${overall.band}` : ''}
${view.capNote ? html`<small class="capped">(${view.capNote})</small>` : ''}
<small>${overall.score === null ? '' : w.t('summary.exact', { score: w.decimal(overall.score, 4) })}</small></div>
${view.incomplete ? html`<div class="incomplete" role="note">${view.incomplete}</div>` : ''}
</div>`;
}

function summary(view: ReportView): SafeHtml {
  const { words: w } = view;
  const bands = chartBands(view);
  const legend = html`<ul class="bands" aria-label="${w.t('summary.bands')}">${view.bands.map(
    (text, i) => html`<li><span class="swatch" style="background:${bandColour(i, bands.count)}"></span>${text}</li>`,
  )}</ul>`;
  return html`<section class="part" aria-labelledby="summary">
<h2 id="summary">${w.t('summary.title')}</h2>
<p>${view.completeness}</p>
<p class="small">${view.counts}</p>
<figure>
<figcaption>${w.t('chart.sections')}</figcaption>
${sectionChart(
  'chart-sections',
  w.t('chart.alt.sections'),
  view.sections.map((s) => ({ ...s, label: `${s.number}. ${s.label}` })),
  bands,
  w,
)}
${legend}
</figure>
${
  view.pillars.length === 0
    ? ''
    : html`<figure>
<figcaption>${w.t('chart.pillars')}</figcaption>
${pillarChart('chart-pillars', w.t('chart.alt.pillars'), view.pillars, bands, w)}
</figure>`
}
<p class="small muted">${view.model}</p>
</section>`;
}

/** The whole report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched. */
export function renderHtml(view: ReportView): string {
  const { words: w } = view;
  const styles = reportStyles({ left: view.footer, page: w.t('page.label'), of: w.t('page.of') });
  const page = html`<!DOCTYPE html>
<html lang="${w.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="${view.report.tool.name} ${view.report.tool.version}">
<title>${view.title}</title>
<style>${trusted(styles)}</style>
</head>
<body>
${cover(view)}
<main>
${summary(view)}
${corePart(view)}
${view.sections.map((s) => sectionPart(view, s))}
${gapsPart(view)}
${unknownsPart(view)}
${assistancePart(view)}
${integrityPart(view)}
</main>
</body>
</html>
`;
  return page.value;
}
