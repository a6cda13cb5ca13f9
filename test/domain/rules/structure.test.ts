import { describe, it } from 'vitest';
import { expectFixture } from './lint-fixture.js';

describe('rule: empty-section', () => {
  it('warns at the empty questions list', async () => {
    await expectFixture('empty-section.yaml', [
      {
        code: 'empty-section',
        severity: 'warning',
        line: 20,
        column: 16,
        pointer: '/sections/1/questions',
        message: /section "s2" has no questions — add some or remove the section/,
      },
    ]);
  });
});

describe('rules: bands', () => {
  it('bands-gap: below the lowest band, between two bands, above the highest', async () => {
    await expectFixture('bands-gap.yaml', [
      {
        code: 'bands-gap',
        severity: 'error',
        line: 10,
        column: 24,
        pointer: '/scoring/bands/0/min',
        message: /from 0\.4 to 0\.5 — make band "high" start where "low" ends/,
      },
      {
        code: 'bands-gap',
        severity: 'error',
        line: 10,
        column: 34,
        pointer: '/scoring/bands/0/max',
        message: /from 0\.9 to 1 — end the highest band at 1/,
      },
      {
        code: 'bands-gap',
        severity: 'error',
        line: 11,
        column: 23,
        pointer: '/scoring/bands/1/min',
        message: /from 0 to 0\.1 — start the lowest band at 0/,
      },
    ]);
  });

  it('bands-overlap: a band that starts inside another', async () => {
    await expectFixture('bands-overlap.yaml', [
      {
        code: 'bands-overlap',
        severity: 'error',
        line: 11,
        column: 24,
        pointer: '/scoring/bands/1/min',
        message: /band "high" starts at 0\.5, inside band "low" .* a score must fall in exactly one band/,
      },
    ]);
  });

  it('band-empty: min equal to max, and no gap or overlap reported because of it', async () => {
    await expectFixture('band-empty.yaml', [
      {
        code: 'band-empty',
        severity: 'error',
        line: 11,
        column: 24,
        pointer: '/scoring/bands/1/min',
        message: /band "none" has min 0\.5 ≥ max 0\.5 — it can hold no score/,
      },
    ]);
  });

  it('bands listed out of order that tile [0, 1] are fine', async () => {
    await expectFixture('bands-unsorted-tiling.yaml', []);
  });
});

describe('rules: pillars and assistance categories', () => {
  it('unused-assistance-category: a declared category no question offers', async () => {
    await expectFixture('unused-assistance-category.yaml', [
      {
        code: 'unused-assistance-category',
        severity: 'warning',
        line: 10,
        column: 11,
        pointer: '/assistanceCategories/1/id',
        message: /category "funding" is never offered — use it in a question's "assistance" or remove it/,
      },
    ]);
  });

  it('unknown-assistance-category: a question names an undeclared category', async () => {
    await expectFixture('unknown-assistance-category.yaml', [
      {
        code: 'unknown-assistance-category',
        severity: 'error',
        line: 20,
        column: 32,
        pointer: '/sections/0/questions/0/assistance/1',
        message: /category "fundng" is not declared — declare it under "assistanceCategories" or correct the id/,
      },
    ]);
  });

  it('unknown-pillar: a question names an undeclared pillar', async () => {
    await expectFixture('unknown-pillar.yaml', [
      {
        code: 'unknown-pillar',
        severity: 'error',
        line: 21,
        column: 31,
        pointer: '/sections/0/questions/0/pillars/1',
        message: /pillar "protecton" is not declared — declare it under "pillars" or correct the id/,
      },
    ]);
  });

  it('"assistance: true" uses every category (valid fixture)', async () => {
    await expectFixture('../checklists/valid-minimal.yaml', []);
  });
});
