import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/domain/db/dataset.js';
import { bundledChecklist, leaveSectionUnanswered, sampleReport, writeSampleReport } from '../../support/sample-reports.js';
import { ENGINES, type TestStore } from './engines.js';
import { json, selfassess } from './run-in-process.js';

type Rows = Array<Record<string, Cell>>;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-db-incomplete-'));
  const reports = path.join(dir, 'reports');
  await mkdir(reports);
  const { checklist } = await bundledChecklist();
  await writeSampleReport(reports, await sampleReport('SEN', '2025', { tweak: leaveSectionUnanswered(checklist, 'prevention') }));
  await writeSampleReport(reports, await sampleReport('SEN', '2026'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(ENGINES)('db trend on $name: a section nobody answered', ({ skip, create }) => {
  let store: TestStore;
  beforeAll(async () => {
    if (skip) return;
    store = await create();
    await selfassess(['db', 'ingest', 'reports', '--format', 'json'], store.env, dir);
  });
  afterAll(async () => {
    if (!skip) await store.drop();
  });

  it.skipIf(skip)(`is not assessed, its stored 0 kept, and no change is measured from it${skip ? ` (skipped: ${skip})` : ''}`, async () => {
    const { trend } = json<{ trend: Rows }>(await selfassess(['db', 'trend', '--format', 'json'], store.env, dir));
    const prevention = trend
      .filter((r) => r['level'] === 'section' && r['item'] === 'prevention')
      .map((r) => [r['period'], r['score'], r['assessment'], r['change']]);
    expect(prevention).toEqual([
      ['2025', 0, 'not-assessed', null],
      ['2026', expect.any(Number), 'assessed', null],
    ]);
    const others = trend.filter((r) => r['level'] === 'section' && r['item'] !== 'prevention' && r['period'] === '2026');
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((r) => r['assessment'] === 'assessed' && typeof r['change'] === 'number')).toBe(true);
    const fr = await selfassess(['db', 'trend', '--lang', 'fr', '--format', 'csv', '--cycle', '2025'], store.env, dir);
    // The section by its French title (the store keeps the id `prevention`: the JSON above).
    expect(fr.stdout).toMatch(/;section;Prévention de la traite des personnes \(article 9\);2025;[^;]*;0;[^;]*;non évalué;/);
  });
});
