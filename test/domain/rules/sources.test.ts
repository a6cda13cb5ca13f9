import { describe, it } from 'vitest';
import { expectFixture } from './lint-fixture.js';

describe('rule: source-unknown-provision', () => {
  it('reports a provision the bundled catalogue does not have, and accepts one it has', async () => {
    await expectFixture('source-unknown-provision.yaml', [
      {
        code: 'source-unknown-provision',
        severity: 'error',
        line: 22,
        column: 54,
        pointer: '/sections/0/questions/0/sources/1/provision',
        message: /catalogue "un-tip-protocol" has no provision "99" — check the path/,
      },
    ]);
  });
});

describe('rule: source-unknown-catalogue', () => {
  it('reports a bundled catalogue that the checklist does not list', async () => {
    await expectFixture('source-unknown-catalogue.yaml', [
      {
        code: 'source-unknown-catalogue',
        severity: 'error',
        line: 20,
        column: 80,
        pointer: '/sections/0/questions/0/sources/1/catalogue',
        message: /catalogue "un-wg-tip-2009" is not listed in the checklist's "catalogues" — add it there or correct the id/,
      },
    ]);
  });
});

describe('rule: catalogue-not-found', () => {
  it('reports a listed catalogue that is neither bundled nor given', async () => {
    await expectFixture('catalogue-not-found.yaml', [
      {
        code: 'catalogue-not-found',
        severity: 'error',
        line: 10,
        column: 9,
        pointer: '/catalogues/1/id',
        message: /catalogue "un-smuggling-protocol" is neither bundled nor found — .*--catalogues <dir>/,
      },
    ]);
  });
});

describe('rule: scope-unknown-provision', () => {
  it('reports a scope entry that is not in the catalogue', async () => {
    await expectFixture('scope-unknown-provision.yaml', [
      {
        code: 'scope-unknown-provision',
        severity: 'error',
        line: 10,
        column: 20,
        pointer: '/catalogues/0/scope/1',
        message: /catalogue "un-tip-protocol" has no provision "5.9" — correct the scope/,
      },
    ]);
  });
});

describe('rule: scope-uncovered', () => {
  it('needs a scored question citing the provision or a subdivision: an article does not cover its paragraphs, weight 0 covers nothing', async () => {
    await expectFixture('scope-uncovered.yaml', [
      {
        code: 'scope-uncovered',
        severity: 'warning',
        line: 12,
        column: 13,
        pointer: '/catalogues/0/scope/0',
        message:
          /provision 6\.1 of "un-tip-protocol" is in scope but no scored question cites it .*add a question or remove it from the scope/,
      },
      {
        code: 'scope-uncovered',
        severity: 'warning',
        line: 12,
        column: 27,
        pointer: '/catalogues/0/scope/2',
        message: /provision 6\.4 of "un-tip-protocol" is in scope/,
      },
    ]);
  });
});
