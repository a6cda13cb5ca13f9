import { afterEach, describe, expect, it } from 'vitest';
import { migrate, SchemaTooNewError } from '../../../src/io/db/migrate.js';
import { MIGRATIONS, STORE_OBJECTS } from '../../../src/io/db/migrations.js';
import { ENGINES, type TestStore } from './engines.js';

describe.each(ENGINES)('the store on $name', ({ name, skip, create }) => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.drop();
    store = undefined;
  });

  it.skipIf(skip)(`migrates an empty database, once${skip ? ` (skipped: ${skip})` : ''}`, async () => {
    store = await create();
    const engine = await store.open();
    try {
      const applied = await engine.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(applied.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await migrate(engine)).toEqual([]);
      for (const view of STORE_OBJECTS.views) expect(await engine.query(`SELECT * FROM ${view} LIMIT 1`)).toEqual([]);
      expect(engine.kind).toBe(name);
    } finally {
      await engine.close();
    }
  });

  it.skipIf(skip)('migrates a database of the previous schema without touching its rows', async () => {
    store = await create();
    const engine = await store.open({ skipMigrations: true });
    try {
      expect(await migrate(engine, MIGRATIONS.slice(0, 1))).toEqual([1]);
      await engine.query(
        `INSERT INTO rejections (file, file_sha256, errors, warnings, diagnostics) VALUES ('old.report.json', 'abc', 1, 0, '[]'::jsonb)`,
      );
      expect(await migrate(engine)).toEqual(MIGRATIONS.slice(1).map((m) => m.version));
      expect(await engine.query('SELECT file FROM v_rejections')).toEqual([{ file: 'old.report.json' }]);
    } finally {
      await engine.close();
    }
  });

  it.skipIf(skip)('refuses a database made by a newer selfassess', async () => {
    store = await create();
    const engine = await store.open();
    try {
      await engine.query(`INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future')`);
      await expect(migrate(engine)).rejects.toBeInstanceOf(SchemaTooNewError);
    } finally {
      await engine.close();
    }
  });

  it.skipIf(skip)('runs migrations in one transaction: a failing one leaves nothing behind', async () => {
    store = await create();
    const engine = await store.open({ skipMigrations: true });
    try {
      const broken = [
        ...MIGRATIONS,
        { version: MIGRATIONS.length + 1, name: 'broken', sql: 'CREATE TABLE x (a integer); SELECT * FROM no_such_table' },
      ];
      await expect(migrate(engine, broken)).rejects.toThrow(/no_such_table/);
      expect(await engine.query(`SELECT to_regclass('submissions') IS NULL AS gone`)).toEqual([{ gone: true }]);
    } finally {
      await engine.close();
    }
  });
});
