import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES, type TestStore } from './engines.js';

const embedded = ENGINES.find((e) => e.name === 'embedded');

describe('the embedded store’s PostgreSQL settings', () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.drop();
    store = undefined;
  });

  it('does not fill a new log segment with zeros first (wal_init_zero off), on top of PGlite’s own settings', async () => {
    store = await (embedded ?? expect.unreachable('no embedded engine')).create();
    // Opened twice: a setting given at start holds for a store created before, not only at creation.
    for (let time = 0; time < 2; time++) {
      const engine = await store.open();
      try {
        const rows = await engine.query<{ name: string; setting: string }>(
          `SELECT name, setting FROM pg_settings WHERE name IN ('wal_init_zero', 'fsync', 'max_worker_processes') ORDER BY name`,
        );
        expect(rows).toEqual([
          { name: 'fsync', setting: 'off' },
          { name: 'max_worker_processes', setting: '0' },
          { name: 'wal_init_zero', setting: 'off' },
        ]);
      } finally {
        await engine.close();
      }
    }
  });
});
