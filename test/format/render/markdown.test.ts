import { describe, expect, it } from 'vitest';
import { mdText, renderMarkdown } from '../../../src/format/render/markdown.js';
import { sampleView } from './fixture.js';

describe('mdText', () => {
  it('escapes what Markdown or inline HTML would read, and keeps line breaks in a cell', () => {
    expect(mdText('<script>a|b</script> *x* _y_ [l](u) `c` & #')).toBe(
      '\\<script\\>a\\|b\\</script\\> \\*x\\* \\_y\\_ \\[l\\](u) \\`c\\` \\& \\#',
    );
    expect(mdText('one\ntwo')).toBe('one<br>two');
  });
});

describe('renderMarkdown', () => {
  it('carries the content of the page without the charts', async () => {
    const view = await sampleView('GBR', '2025');
    const md = renderMarkdown(view);
    expect(md.startsWith('# Self-assessment report\n')).toBe(true);
    for (const heading of [
      '## Summary of results',
      '### Score by section',
      '### Score by pillar',
      '## Gaps, largest first',
      '## Technical-assistance needs',
      '## Integrity and signature',
    ]) {
      expect(md).toContain(`${heading}\n`);
    }
    expect(md.match(/^## \d+\\\. /gm)).toHaveLength(12);
    expect(md).not.toContain('<svg');
    expect(md).toContain(`\`${view.report.integrity.digest}\``);
    for (const q of view.sections.flatMap((s) => s.questions).filter((q) => q.state !== 'hidden')) expect(md).toContain(`| ${q.number} | `);
  });

  it('never lets a note become markup or break its table row', async () => {
    const md = renderMarkdown(await sampleView('GBR', '2025'));
    expect(md).not.toMatch(/(^|[^\\])<script/);
    const row = md
      .split('\n')
      .find((line) => line.includes('art5\\-1') || line.includes('window.\\_\\_pwned') || line.includes('window.__pwned'));
    expect(row).toBeDefined();
    // Five cells: the | in the note is escaped.
    expect(row?.split(/(?<!\\)\|/).length).toBe(7);
  });

  it('writes numbers the French way in French', async () => {
    const md = renderMarkdown(await sampleView('SEN', '2025'));
    expect(md).toMatch(/\*\*Note globale\u00a0: \d+,\d\u00a0%/);
    expect(md).toMatch(/\| \*\*0,\d{4}\*\* \|/);
  });
});
