import { cssString } from './safe-html.js';

/**
 * The style sheet of a rendered report. Written for paper first: A4 pages,
 * a running footer with page numbers, each section starting on a new page,
 * table headers repeated and rows never split across pages. System fonts
 * only: the page fetches nothing.
 */
export function reportStyles(footer: { left: string; page: string; of: string }): string {
  return `
@page {
  size: A4;
  margin: 18mm 17mm 20mm 17mm;
  @bottom-left { content: ${cssString(footer.left)}; font: 8pt "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #5b6470; }
  @bottom-right { content: ${cssString(footer.page + ' ')} counter(page) ${cssString(' ' + footer.of + ' ')} counter(pages); font: 8pt "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #5b6470; }
}
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
:root { --ink: #1b1f24; --muted: #5b6470; --rule: #c9ced6; --soft: #eef1f5; --accent: #1f3f66; --warn: #a3261b; --ok: #1d6b3a; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0 auto; max-width: 176mm; color: var(--ink);
  font: 10pt/1.45 "DejaVu Serif", "Liberation Serif", "Times New Roman", Georgia, serif;
}
h1, h2, h3, .sans, th, caption, .chart text, .cover dt, .score-box { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; }
h1, h2, h3 { color: var(--accent); line-height: 1.2; break-after: avoid; }
h2 { font-size: 16pt; margin: 0 0 4mm; padding-bottom: 2mm; border-bottom: 1.5pt solid var(--accent); }
h3 { font-size: 11.5pt; margin: 6mm 0 2mm; }
p { margin: 0 0 3mm; }
.muted { color: var(--muted); }
.small { font-size: 8.5pt; }
.part { break-before: page; }
.keep { break-inside: avoid; }
.closing { margin-top: 10mm; }

.cover { min-height: 250mm; display: flex; flex-direction: column; break-after: page; }
.cover .kicker { font: 600 9pt/1.3 "DejaVu Sans", Arial, sans-serif; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); margin-top: 18mm; }
.cover .checklist-title { font-size: 12.5pt; color: var(--accent); margin: 3mm 0 14mm; max-width: 150mm; }
.cover h1 { font-size: 26pt; margin: 0 0 2mm; }
.cover .party { font: 600 18pt/1.25 "DejaVu Sans", Arial, sans-serif; margin: 0 0 12mm; }
.cover dl { display: grid; grid-template-columns: 48mm 1fr; gap: 2.2mm 6mm; margin: 0; padding: 5mm 0; border-top: 0.75pt solid var(--rule); border-bottom: 0.75pt solid var(--rule); }
.cover dt { color: var(--muted); font-size: 9pt; padding-top: 0.6mm; }
.cover dd { margin: 0; }
.cover .bottom { margin-top: auto; }
.score-box { display: flex; align-items: center; gap: 8mm; border: 1pt solid var(--rule); background: var(--soft); padding: 5mm 6mm; margin: 10mm 0 6mm; }
.score-box .figure { font-size: 30pt; font-weight: 700; color: var(--accent); line-height: 1; }
.score-box .band { font-size: 13pt; font-weight: 600; }
.score-box .incomplete { margin-left: auto; align-self: flex-start; border: 1.5pt solid #b45309; color: #7c2d12; padding: 1.5mm 3mm; font-size: 10pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; }
.score-box .band small { display: block; font-size: 8.5pt; font-weight: 400; color: var(--muted); margin-top: 1mm; }
.cover .tool { font-size: 8pt; color: var(--muted); }
.swatch { display: inline-block; width: 3.2mm; height: 3.2mm; border-radius: 0.6mm; vertical-align: -0.4mm; margin-right: 1.5mm; }

.alert { border: 1pt solid var(--warn); color: var(--warn); padding: 3mm 4mm; margin: 4mm 0; font-weight: 600; }
.status-ok { color: var(--ok); }
.status-bad { color: var(--warn); font-weight: 600; }

figure { margin: 4mm 0 6mm; break-inside: avoid; }
figcaption { font: 600 10.5pt "DejaVu Sans", Arial, sans-serif; color: var(--accent); margin-bottom: 2mm; }
.chart { display: block; max-width: 100%; height: auto; }
.chart text { font-size: 11px; fill: var(--ink); }
.chart .tick, .chart .band-label { font-size: 9.5px; fill: var(--muted); }
.chart .value { font-weight: 600; }
.chart .track { fill: var(--soft); }
.chart .guide { stroke: #8a929c; stroke-width: 0.8; stroke-dasharray: 3 3; }
.chart .grid { stroke: var(--rule); stroke-width: 0.6; }
.chart .axis { stroke: #8a929c; stroke-width: 1; }
.score-bar .track { fill: var(--soft); }
ul.bands { list-style: none; padding: 0; margin: 2mm 0 0; display: flex; flex-wrap: wrap; justify-content: center; gap: 1mm 6mm; font: 8.5pt "DejaVu Sans", Arial, sans-serif; }

.section-score { display: flex; align-items: center; gap: 4mm; font: 9.5pt "DejaVu Sans", Arial, sans-serif; margin: 0 0 4mm; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 5mm; font-size: 9pt; }
caption { text-align: left; font-size: 8.5pt; color: var(--muted); padding-bottom: 1.5mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.6mm 2mm; border-bottom: 0.5pt solid var(--rule); overflow-wrap: anywhere; }
th { background: var(--soft); font-size: 8.5pt; font-weight: 600; border-bottom: 1pt solid #8a929c; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.no { white-space: nowrap; color: var(--muted); }
.questions col.no { width: 9%; } .questions col.q { width: 39%; } .questions col.a { width: 18%; } .questions col.e { width: 17%; } .questions col.n { width: 17%; }
.questions .qid, .questions .cites { display: block; font-size: 7.5pt; color: var(--muted); margin-top: 0.8mm; }
.questions .answer { font-weight: 600; }
.questions tr.hidden td { color: var(--muted); }
.questions tr.hidden .answer { font-weight: 400; font-style: italic; }
.questions .unanswered .answer { color: var(--warn); }
.detail { display: block; font-size: 8.5pt; margin-top: 0.8mm; }
.gaps .cites { font-size: 8pt; color: var(--muted); }
.digest { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: 8.5pt; overflow-wrap: anywhere; background: var(--soft); padding: 2mm 3mm; }

/* On paper the page margins set the width; Chromium clips what touches the right edge of the page box, so keep a hair inside it. */
@media print { body { max-width: none; padding: 0 0.5mm; } }
@media screen {
  html { background: #e9ecf0; }
  body { background: #fff; padding: 14mm 16mm; margin: 8mm auto; box-shadow: 0 1px 6px rgba(0,0,0,.15); max-width: 210mm; }
  .cover { min-height: 0; }
  .part { margin-top: 14mm; padding-top: 8mm; border-top: 1px dashed var(--rule); }
}
`;
}
