import { afterEach, describe, expect, it } from 'vitest';
import { refreshStatistics } from '../../../src/io/db/statistics.js';
import { storeRejections, type RejectionFacts } from '../../../src/io/db/write.js';
import { ENGINES, type TestStore } from './engines.js';

const rejection = (i: number): RejectionFacts => ({
  file: `r${String(i).padStart(3, '0')}.report.json`,
  sha256: `sha${i}`,
  kind: 'report',
  party: null,
  period: null,
  checklist: null,
  errors: 1,
  warnings: 0,
  diagnostics: [],
});

describe.each(ENGINES)('statistics after an ingest on $name', ({ name, skip, create }) => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.drop();
    store = undefined;
  });

  it.skipIf(skip)(`analyzes the tables, the embedded store with a smaller sample${skip ? ` (skipped: ${skip})` : ''}`, async () => {
    store = await create();
    const engine = await store.open();
    try {
      // 30 distinct file names: a histogram of 11 bounds at the embedded store's target, of them all at the default.
      await storeRejections(
        engine,
        Array.from({ length: 30 }, (_, i) => rejection(i)),
      );
      await refreshStatistics(engine);
      const [stats] = await engine.query<{ bounds: number | null }>(
        `SELECT array_length(histogram_bounds::text::text[], 1) AS bounds FROM pg_stats
         WHERE schemaname = current_schema() AND tablename = 'rejections' AND attname = 'file'`,
      );
      expect(stats?.bounds).toBe(name === 'embedded' ? 11 : 30);
      // The session's own target is left as it was.
      const [target] = await engine.query<{ default_statistics_target: string }>('SHOW default_statistics_target');
      expect(target?.default_statistics_target).toBe('100');
    } finally {
      await engine.close();
    }
  });
});
