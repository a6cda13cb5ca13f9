import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/format/render/html.js';
import { renderMarkdown } from '../../../src/format/render/markdown.js';
import { bundledChecklist, leaveSectionUnanswered } from '../../support/sample-reports.js';
import { sampleView } from './fixture.js';

async function incompleteView(language: 'en' | 'fr') {
  const { checklist } = await bundledChecklist();
  return sampleView('GBR', '2025', { language, tweak: leaveSectionUnanswered(checklist, 'prevention') });
}

describe('an incomplete report, rendered', () => {
  it('holds what the report states: incomplete, and the section nobody answered stored as 0', async () => {
    const view = await incompleteView('en');
    expect(view.report.completeness.complete).toBe(false);
    const stored = view.report.scores.sections.find((s) => s.id === 'prevention');
    expect(stored?.score).toBe(0);
    expect(stored?.counts.answered).toBe(0);
    const prevention = view.sections.find((s) => s.id === 'prevention');
    expect(prevention).toMatchObject({ score: null, band: '', notAnswered: true });
    expect(view.incomplete).toBe(`Incomplete: ${view.report.completeness.missing} questions unanswered`);
  });

  it('marks the HTML cover’s score box incomplete, and says the section is not assessed', async () => {
    const view = await incompleteView('en');
    const page = renderHtml(view);
    const box = page.slice(page.indexOf('<div class="score-box">'), page.indexOf('<p class="tool">'));
    expect(box).toContain(`<div class="incomplete" role="note">Incomplete: ${view.report.completeness.missing} questions unanswered</div>`);
    expect(page).toContain('Section score: not assessed (no question of this section has been answered)');
  });

  it('puts the mark on the overall score’s line in Markdown, in French with real plurals', async () => {
    const view = await incompleteView('fr');
    const md = renderMarkdown(view);
    const line = md.split('\n').find((l) => l.startsWith('**Note globale'));
    expect(line).toMatch(new RegExp(` — \\*\\*Incomplète\\u00a0: ${view.report.completeness.missing} questions sans réponse\\*\\*$`));
    expect(md).toContain('Note de la section\u00a0: non évaluée (aucune question de cette section n’a reçu de réponse)');
    expect(md).toContain(
      `L’évaluation est incomplète\u00a0: ${view.report.completeness.missing} questions appelant une réponse n’en ont pas reçu.`,
    );
    expect(md).toMatch(/\| \d+ \| Prévention[^|]* \| non évaluée \|/);
  });

  it('has no mark on a complete report', async () => {
    const view = await sampleView('GBR', '2025');
    expect(view.report.completeness.complete).toBe(true);
    expect(view.incomplete).toBe('');
    expect(renderHtml(view)).not.toContain('class="incomplete"');
  });
});
