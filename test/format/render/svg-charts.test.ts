import { describe, expect, it } from 'vitest';
import { chartBands } from '../../../src/format/render/html.js';
import { bandColour, pillarChart, sectionChart, wrapLabel } from '../../../src/format/render/svg-charts.js';
import { sampleView } from './fixture.js';

describe('wrapLabel', () => {
  it('wraps on words and cuts with an ellipsis', () => {
    expect(wrapLabel('one two three four', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapLabel('short', 20, 2)).toEqual(['short']);
  });
});

describe('bandColour', () => {
  it('runs from the lowest band to the highest, grey without a band', () => {
    expect(bandColour(0, 4)).not.toBe(bandColour(3, 4));
    expect(bandColour(-1, 4)).toBe('#9aa3ad');
    expect(bandColour(0, 1)).toBe(bandColour(3, 4));
  });
});

describe('charts', () => {
  it('draw a bar per assessed item and say "not assessed" for the others, with a text alternative', async () => {
    const view = await sampleView('PHL', '2025', { language: 'en' });
    const items = view.sections.map((s, i) => (i === 0 ? { ...s, score: null, bandIndex: -1, band: '' } : s));
    const svg = sectionChart('c', 'Scores', items, chartBands(view), view.words).value;
    expect(svg.match(/<rect x="300"[^>]*fill=/g)).toHaveLength(11);
    expect(svg).toContain('>not assessed</text>');
    expect(svg).toMatch(/<desc id="c-desc">Adherence to the Protocol[^<]*: not assessed; /);
    const pillars = pillarChart('p', 'Pillars', view.pillars, chartBands(view), view.words).value;
    expect(pillars.match(/<g class="column">/g)).toHaveLength(4);
    expect(pillars).toContain('<title id="p-title">Pillars</title>');
  });
});
