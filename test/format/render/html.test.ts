import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/format/render/html.js';
import { cssString, escapeHtml, html } from '../../../src/format/render/safe-html.js';
import { HOSTILE_NOTE, sampleView } from './fixture.js';

describe('safe HTML', () => {
  it('escapes every value put into a template, but not markup built by one', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${['<', 1, null, false]}</p>`.value).toBe('<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&lt;1</p>');
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  it('makes CSS strings no quote or tag can end', () => {
    expect(cssString('Côte d’Ivoire')).toBe('"Côte d\\2019 Ivoire"');
    const hostile = cssString('"; } body { display: none } </style><script>');
    expect(hostile.slice(1, -1)).not.toMatch(/["<>;{}]/);
  });
});

describe('renderHtml', () => {
  it('is one self-contained page: inline CSS and SVG, no script, nothing fetched', async () => {
    const page = renderHtml(await sampleView('FRA', '2025'));
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/<script|<link|<img|@import|url\(|src=|href="http/i);
    expect(page).toContain('@page {\n  size: A4;');
    expect(page.match(/<svg class="chart"/g)).toHaveLength(2);
    expect(page).toMatch(
      /<svg class="chart" id="chart-sections"[^>]*role="img" aria-labelledby="chart-sections-title chart-sections-desc"/,
    );
    expect(page).toContain('<th scope="col">Question</th>');
  });

  it('shows user text as text: a script in a note never becomes markup', async () => {
    const page = renderHtml(await sampleView('GBR', '2025'));
    expect(page).not.toContain(HOSTILE_NOTE);
    expect(page).toContain(escapeHtml(HOSTILE_NOTE));
    expect(page).toContain('=HYPERLINK(&quot;http://evil.example&quot;)');
  });

  it('has a cover, a summary, one part per section, the gaps, the needs and the digest, in French', async () => {
    const view = await sampleView('FRA', '2025');
    const page = renderHtml(view);
    for (const text of [
      'Rapport d’auto-évaluation',
      'Période de référence',
      'Synthèse des résultats',
      'Note par section',
      'Note par pilier',
      'Écarts, par ordre d’importance',
      'Besoins d’assistance technique',
      'Intégrité et signature',
    ]) {
      expect(page).toContain(text);
    }
    expect(page.match(/<section class="part" aria-labelledby="section-\d+"/g)).toHaveLength(12);
    expect(page).toContain(view.report.integrity.digest);
    expect(page).toContain(`note de ${String(view.report.scores.overall.score).replace('.', ',').padEnd(6, '0')} sur une échelle de 0 à 1`);
    expect(page).toMatch(/<div class="figure">\d+,\d\u00a0%<\/div>/);
    // The running footer names the State and the period, through a CSS string.
    expect(page).toContain('@bottom-left { content: "France \\2014  2025";');
  });

  it('warns on the cover and at the end when the report was changed', async () => {
    const page = renderHtml(await sampleView('KEN', '2025', { input: { integrityOk: false } }));
    expect(page.match(/the content of the report does not match its digest/g)).toHaveLength(2);
    expect(page).toContain('class="alert" role="alert"');
  });
});
