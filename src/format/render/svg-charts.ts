import type { Words } from './labels.js';
import type { ScoreItem } from './report-view.js';
import { html, type SafeHtml } from './safe-html.js';

/**
 * Inline SVG charts: drawn here as text, so the page needs no script and no
 * network, prints sharply at any size, and each chart carries a text
 * alternative (title and description) that lists every value.
 */

/** Low to high bands; red-amber-blue reads in colour and stays distinct when printed in grey. */
const PALETTE = ['#c2473b', '#e3a33b', '#4f8fc0', '#1f5f8b'];
const NO_BAND = '#9aa3ad';

export function bandColour(index: number, count: number): string {
  if (index < 0 || count <= 0) return NO_BAND;
  const at = count === 1 ? PALETTE.length - 1 : Math.round((index * (PALETTE.length - 1)) / (count - 1));
  return PALETTE[at] ?? NO_BAND;
}

/** Splits a label into at most `lines` lines of about `width` characters, with an ellipsis if cut. */
export function wrapLabel(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && (current + ' ' + word).length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  const last = kept[lines - 1] ?? '';
  kept[lines - 1] = (last.length > width - 1 ? last.slice(0, width - 1) : last) + '…';
  return kept;
}

function valueText(item: ScoreItem, w: Words): string {
  return item.score === null ? w.t('summary.not-assessed') : w.percent(item.score);
}

/** "Label: 75 % (Advanced)" for each item: the chart's text alternative. */
function description(items: readonly ScoreItem[], w: Words): string {
  return items.map((i) => w.t('chart.value', { label: i.label, value: valueText(i, w) + (i.band ? ` (${i.band})` : '') })).join('; ');
}

export interface ChartBands {
  count: number;
  /** Lower bounds and labels of the bands, for the guide lines. */
  thresholds: Array<{ min: number; max: number; label: string }>;
}

/** One horizontal bar per section, with dashed guides where each band begins. */
export function sectionChart(id: string, title: string, items: readonly ScoreItem[], bands: ChartBands, w: Words): SafeHtml {
  const [width, labelW, x0, barW, rowH, top] = [680, 290, 300, 300, 37, 36];
  const height = top + items.length * rowH + 22;
  const x = (score: number): number => x0 + score * barW;
  // Band names alternate between two heights, so that long ones ("En développement") never collide.
  const guides = bands.thresholds.map(
    (b, i) => html`${b.min > 0 ? html`<line class="guide" x1="${x(b.min)}" y1="${top - 4}" x2="${x(b.min)}" y2="${height - 20}"/>` : ''}
<text class="band-label" x="${(x(b.min) + x(b.max)) / 2}" y="${i % 2 === 0 ? top - 20 : top - 8}" text-anchor="middle">${b.label}</text>`,
  );
  const rows = items.map((item, i) => {
    const y = top + i * rowH;
    const lines = wrapLabel(item.label, 48, 3);
    const labelY = y + rowH / 2 - (lines.length - 1) * 6 + 4;
    return html`<g class="row">
<text class="label" x="${labelW}" y="${labelY}" text-anchor="end">${lines.map((line, n) => html`<tspan x="${labelW}" dy="${n === 0 ? 0 : 12}">${line}</tspan>`)}</text>
<rect class="track" x="${x0}" y="${y + 12}" width="${barW}" height="18"/>
${item.score === null ? '' : html`<rect x="${x0}" y="${y + 12}" width="${(item.score * barW).toFixed(1)}" height="18" fill="${bandColour(item.bandIndex, bands.count)}"/>`}
${
  // "not assessed" is written in its empty track: beside it, as a percentage is, it would run off the chart.
  item.score === null
    ? html`<text class="value" x="${x0 + barW / 2}" y="${y + 25}" text-anchor="middle">${valueText(item, w)}</text>`
    : html`<text class="value" x="${x0 + barW + 8}" y="${y + 25}">${valueText(item, w)}</text>`
}
</g>`;
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map(
    (s) => html`<text class="tick" x="${x(s)}" y="${height - 6}" text-anchor="middle">${w.percent(s)}</text>`,
  );
  return html`<svg class="chart" id="${id}" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-title">${title}</title>
<desc id="${id}-desc">${description(items, w)}</desc>
${guides}
${rows}
${ticks}
</svg>`;
}

/** One column per pillar, on a 0–100 % scale. */
export function pillarChart(id: string, title: string, items: readonly ScoreItem[], bands: ChartBands, w: Words): SafeHtml {
  const [width, height, left, right, top, bottom] = [680, 210, 56, 664, 22, 162];
  const y = (score: number): number => bottom - score * (bottom - top);
  const slot = (right - left) / Math.max(1, items.length);
  const colW = Math.min(90, slot * 0.5);
  const grid = [0, 0.25, 0.5, 0.75, 1].map(
    (s) => html`<line class="${s === 0 ? 'axis' : 'grid'}" x1="${left}" y1="${y(s)}" x2="${right}" y2="${y(s)}"/>
<text class="tick" x="${left - 8}" y="${y(s) + 4}" text-anchor="end">${w.percent(s)}</text>`,
  );
  const columns = items.map((item, i) => {
    const cx = left + slot * i + slot / 2;
    const lines = wrapLabel(item.label, 24, 2);
    const top = item.score === null ? bottom : y(item.score);
    return html`<g class="column">
${item.score === null ? '' : html`<rect x="${(cx - colW / 2).toFixed(1)}" y="${top.toFixed(1)}" width="${colW.toFixed(1)}" height="${(bottom - top).toFixed(1)}" fill="${bandColour(item.bandIndex, bands.count)}"/>`}
<text class="value" x="${cx}" y="${(top - 6).toFixed(1)}" text-anchor="middle">${valueText(item, w)}</text>
<text class="label" x="${cx}" y="${bottom + 18}" text-anchor="middle">${lines.map((line, n) => html`<tspan x="${cx}" dy="${n === 0 ? 0 : 14}">${line}</tspan>`)}</text>
</g>`;
  });
  return html`<svg class="chart" id="${id}" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-title">${title}</title>
<desc id="${id}-desc">${description(items, w)}</desc>
${grid}
${columns}
</svg>`;
}

/** A small bar beside a section's score; decorative, since the score is written next to it. */
export function scoreBar(item: ScoreItem, count: number): SafeHtml {
  const filled = item.score === null ? 0 : item.score * 160;
  return html`<svg class="score-bar" viewBox="0 0 160 10" width="160" height="10" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg"><rect class="track" width="160" height="10"/><rect width="${filled.toFixed(1)}" height="10" fill="${bandColour(item.bandIndex, count)}"/></svg>`;
}
