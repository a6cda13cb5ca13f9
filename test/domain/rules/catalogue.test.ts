import { describe, it } from 'vitest';
import { expectFixture } from './lint-fixture.js';

describe('catalogue rules', () => {
  it('duplicate-provision-path: the second use of a path', async () => {
    await expectFixture('catalogue-duplicate-path.yaml', [
      {
        code: 'duplicate-provision-path',
        severity: 'error',
        line: 14,
        column: 11,
        pointer: '/provisions/2/path',
        message: /provision "1" is already listed at \/provisions\/0 — each path appears once/,
      },
    ]);
  });

  it('missing-title: a provision title without a declared language', async () => {
    await expectFixture('catalogue-missing-title.yaml', [
      {
        code: 'missing-title',
        severity: 'error',
        line: 13,
        column: 12,
        pointer: '/provisions/1/title',
        message: /title of provision "1\.1" has no "fr" text — add fr: "…"/,
      },
    ]);
  });

  it('orphan-provision: a subdivision whose parent is missing', async () => {
    await expectFixture('catalogue-orphan-provision.yaml', [
      {
        code: 'orphan-provision',
        severity: 'warning',
        line: 11,
        column: 11,
        pointer: '/provisions/1/path',
        message: /provision "2\.a" has no parent "2" in the catalogue — add "2"/,
      },
    ]);
  });

  it('a valid catalogue has no findings', async () => {
    await expectFixture('catalogue-valid.yaml', []);
  });
});
