import type { QuestionRow, ReportView, SectionView } from './report-view.js';
import { html, type SafeHtml } from './safe-html.js';
import { scoreBar } from './svg-charts.js';

/** Text with its line breaks kept: each line escaped, joined by <br>. */
function lines(text: string): SafeHtml {
  return html`${text.split(/\r?\n/).map((line, i) => html`${i > 0 ? html`<br>` : ''}${line}`)}`;
}

function questionRow(view: ReportView, row: QuestionRow): SafeHtml {
  const { t } = view.words;
  return html`<tr class="${row.state}">
<td class="no">${row.number}</td>
<td>${row.text}<span class="qid">${row.id}</span>${row.provisions ? html`<span class="cites">${row.level ? `${row.level} — ` : ''}${row.provisions}</span>` : ''}</td>
<td><span class="answer">${lines(row.answer)}</span>${row.optionTexts.map((text) => html`<span class="detail">${text}</span>`)}${
    row.justification ? html`<span class="detail">${t('answer.justification', { text: row.justification })}</span>` : ''
  }</td>
<td>${lines(row.evidence)}</td>
<td>${lines(row.notes)}${row.assistance.length > 0 ? html`<span class="detail">${t('answer.assistance', { list: view.words.list(row.assistance) })}</span>` : ''}</td>
</tr>`;
}

export function sectionPart(view: ReportView, section: SectionView): SafeHtml {
  const { words: w } = view;
  const id = `section-${section.number}`;
  // Questions not asked take no room on paper: one line after the table names them.
  const asked = section.questions.filter((q) => q.state !== 'hidden');
  const hidden = section.questions.filter((q) => q.state === 'hidden').map((q) => q.number);
  const score =
    section.score === null
      ? w.t(section.notAnswered ? 'section.not-answered' : 'section.not-assessed')
      : w.t('section.score', { score: w.percent(section.score), band: section.band });
  return html`<section class="part" aria-labelledby="${id}">
<h2 id="${id}">${section.number}. ${section.label}</h2>
<div class="section-score">${scoreBar(section, view.report.scoring.bands.length)}<span>${score}</span></div>
${section.description ? html`<p class="small muted">${section.description}</p>` : ''}
<table class="questions">
<caption>${w.t('table.caption', { number: section.number })}</caption>
<colgroup><col class="no"><col class="q"><col class="a"><col class="e"><col class="n"></colgroup>
<thead><tr><th scope="col">${w.t('table.number')}</th><th scope="col">${w.t('table.question')}</th><th scope="col">${w.t('table.answer')}</th><th scope="col">${w.t('table.evidence')}</th><th scope="col">${w.t('table.notes')}</th></tr></thead>
<tbody>
${asked.map((row) => questionRow(view, row))}
</tbody>
</table>
${hidden.length > 0 ? html`<p class="small muted">${w.t('section.hidden', { list: w.list(hidden) })}</p>` : ''}
</section>`;
}

export function gapsPart(view: ReportView): SafeHtml {
  const { words: w } = view;
  const body =
    view.gaps.length === 0
      ? html`<p>${w.t('gaps.none')}</p>`
      : html`<table class="gaps">
<caption>${w.t('gaps.caption')}</caption>
<thead><tr><th scope="col" class="num">${w.t('gaps.rank')}</th><th scope="col">${w.t('table.question')}</th><th scope="col" class="num">${w.t('gaps.current')}</th><th scope="col" class="num">${w.t('gaps.best')}</th><th scope="col" class="num">${w.t('gaps.gap')}</th></tr></thead>
<tbody>
${view.gaps.map(
  (g) => html`<tr>
<td class="num">${g.rank}</td>
<td><strong>${g.number}</strong> ${g.question}<br><span class="cites">${g.section}</span>${g.provisions.map((p) => html`<br><span class="cites">${p}</span>`)}${
    g.hidden ? html`<br><span class="detail">${w.t('gaps.hidden')}</span>` : ''
  }</td>
<td class="num">${w.decimal(g.current)}</td>
<td class="num">${w.decimal(g.best)}</td>
<td class="num"><strong>${w.decimal(g.gap, 4)}</strong></td>
</tr>
`,
)}</tbody>
</table>`;
  return html`<section class="part" aria-labelledby="gaps">
<h2 id="gaps">${w.t('gaps.title')}</h2>
<p class="small">${w.t('gaps.intro')}</p>
${body}
</section>`;
}

export function assistancePart(view: ReportView): SafeHtml {
  const { words: w } = view;
  return html`<section class="part" aria-labelledby="assistance">
<h2 id="assistance">${w.t('assistance.title')}</h2>
${
  view.assistance.length === 0
    ? html`<p>${w.t('assistance.none')}</p>`
    : html`<p class="small">${w.t('assistance.intro')}</p>
${view.assistance.map(
  (need) => html`<div class="keep"><h3>${need.title} (${need.questions.length})</h3>
<ul>${need.questions.map((q) => html`<li><strong>${q.number}</strong> ${q.text}</li>`)}</ul></div>
`,
)}`
}
</section>`;
}

export function integrityPart(view: ReportView): SafeHtml {
  const { words: w, integrity, signature } = view;
  const signatureClass = signature.ok === null ? '' : signature.ok ? 'status-ok' : 'status-bad';
  return html`<section class="keep closing" aria-labelledby="integrity">
<h2 id="integrity">${w.t('integrity.title')}</h2>
<p class="small muted">${w.t('integrity.digest')}</p>
<p class="digest">${integrity.digest}</p>
<p class="${integrity.alert ? 'status-bad' : 'status-ok'}">${integrity.alert || w.t('integrity.ok')}</p>
<p><strong>${w.t('signature.label')}.</strong> <span class="${signatureClass}">${signature.text}</span></p>
<p class="small muted">${w.t('integrity.explain')}</p>
</section>`;
}

export function corePart(view: ReportView): SafeHtml {
  const { words: w } = view;
  if (view.core.length === 0) return html``;
  return html`<section class="part keep" aria-labelledby="core">
<h2 id="core">${w.t('core.title')}</h2>
<p class="small">${w.t('core.intro', { cap: view.coreCap })}</p>
<table class="gaps">
<caption>${w.t('core.caption')}</caption>
<thead><tr><th scope="col" class="num">${w.t('table.number')}</th><th scope="col">${w.t('table.question')}</th><th scope="col">${w.t('core.status')}</th></tr></thead>
<tbody>
${view.core.map(
  (c) => html`<tr>
<td class="num">${c.number}</td>
<td>${c.question}${c.provisions.map((p) => html`<br><span class="cites">${p}</span>`)}</td>
<td class="${c.met ? 'status-ok' : 'status-bad'}">${c.status}</td>
</tr>
`,
)}</tbody>
</table>
</section>`;
}

export function unknownsPart(view: ReportView): SafeHtml {
  const { words: w } = view;
  if (view.unknowns.length === 0) return html``;
  return html`<section class="part" aria-labelledby="unknowns">
<h2 id="unknowns">${w.t('unknowns.title')}</h2>
<p class="small">${w.t('unknowns.intro')}</p>
<table class="gaps">
<caption>${w.t('unknowns.caption')}</caption>
<thead><tr><th scope="col" class="num">${w.t('gaps.rank')}</th><th scope="col">${w.t('table.question')}</th><th scope="col">${w.t('unknowns.state')}</th><th scope="col" class="num">${w.t('unknowns.gain')}</th></tr></thead>
<tbody>
${view.unknowns.map(
  (u) => html`<tr>
<td class="num">${u.rank}</td>
<td><strong>${u.number}</strong> ${u.question}<br><span class="cites">${u.section}</span>${u.provisions.map((p) => html`<br><span class="cites">${p}</span>`)}</td>
<td>${u.state}</td>
<td class="num"><strong>${w.decimal(u.gain, 4)}</strong></td>
</tr>
`,
)}</tbody>
</table>
</section>`;
}
