import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestOutcome } from '../../../src/domain/db/ingest-outcome.js';
import type { Engine, Queryable } from '../../../src/io/db/engine.js';
import { binaryTypeOf } from '../../../src/io/db/copy-binary.js';
import { ingestFiles } from '../../../src/io/db/ingest.js';
import { SUBMISSION_TYPES } from '../../../src/io/db/write-batch.js';
import { CHILD_TABLES, SUBMISSION_COLUMNS } from '../../../src/io/db/write.js';
import { createValidationEnvironment } from '../../../src/io/validate-environment.js';
import { makeCorpus, type Corpus } from './corpus.js';
import { ENGINES, type TestStore } from './engines.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await makeCorpus();
});
afterAll(async () => {
  await rm(corpus.dir, { recursive: true, force: true });
});

/**
 * The store's engine, its transactions' COPY replaced: counted, or its first
 * refused (the batch then falls back to a savepoint per file, each file a
 * batch of its own).
 */
function withCopy(engine: Engine, copy: 'count' | 'refuse-first', calls: { n: number }): Engine {
  const tx = (inner: Queryable): Queryable => ({
    query: (sql, params) => inner.query(sql, params),
    exec: (sql) => inner.exec(sql),
    copyIn: async (sql, lines) => {
      calls.n++;
      if ((copy === 'refuse-first' && calls.n === 1) || !inner.copyIn) throw new Error('no COPY here');
      await inner.copyIn(sql, lines);
    },
  });
  return { ...engine, transaction: (work, options) => engine.transaction((inner) => work(tx(inner)), options) };
}

async function ingest(engine: Engine, files: readonly string[]): Promise<IngestOutcome[]> {
  const sources = { checklists: corpus.checklists };
  const outcomes: IngestOutcome[] = [];
  await ingestFiles(engine, files, { jobs: 2, sources, env: createValidationEnvironment(sources) }, (o) => outcomes.push(o));
  return outcomes;
}

/** Every table and view as text, without the times of ingestion (nor a rejection's id: a batch rolled back has used some). */
async function dump(engine: Engine): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const relation of [
    'submissions',
    'section_scores',
    'core_obligations',
    'assistance_needs',
    'answer_sheets',
    'checklist_provisions',
    'rejections',
    'v_provisions',
    'gaps',
  ]) {
    const rows = await engine.query<{ r: string }>(
      `SELECT (to_jsonb(t) - 'ingested_at' - 'rejected_at' - ${relation === 'rejections' ? "'id'" : "''"})::text AS r FROM ${relation} t ORDER BY 1`,
    );
    out[relation] = rows.map((x) => x.r);
  }
  return out;
}

const embedded = ENGINES.find((e) => e.name === 'embedded');

describe('db ingest into the embedded store: a batch written at once', () => {
  const stores: TestStore[] = [];
  afterAll(async () => {
    for (const store of stores) await store.drop();
  });

  it('gives the outcomes and rows of the same files written one by one, duplicates and supersession within the batch included', async () => {
    if (!embedded) throw new Error('no embedded engine');
    const name = (n: string) => path.join(corpus.reports, n);
    const original = corpus.accepted.find((n) => /^fra.*2026/i.test(n) && n !== corpus.revised);
    expect(original).toBeDefined();
    // The same rejected bytes under another name: one rejection, named after the last.
    const alteredCopy = `copy-of-${corpus.altered}`;
    await copyFile(name(corpus.altered), name(alteredCopy));
    // The revision first, then the report it supersedes (history at once), a duplicate, and rejections.
    const files = [
      name(corpus.revised),
      name(corpus.altered),
      ...corpus.accepted.filter((n) => n !== corpus.revised).map(name),
      name(corpus.accepted[0] ?? ''),
      name(alteredCopy),
    ];
    const results: Array<{ outcomes: IngestOutcome[]; rows: Record<string, string[]>; copies: number }> = [];
    for (const copy of ['count', 'refuse-first'] as const) {
      const store = await embedded.create();
      stores.push(store);
      const engine = await store.open();
      try {
        const calls = { n: 0 };
        const outcomes = await ingest(withCopy(engine, copy, calls), files);
        results.push({ outcomes, rows: await dump(engine), copies: calls.n });
      } finally {
        await engine.close();
      }
    }
    const [atOnce, oneByOne] = results;
    // The batch was written at once by COPY (one per table), and the fallback file by file (several per file).
    expect(atOnce?.copies).toBeGreaterThan(0);
    expect(oneByOne?.copies).toBeGreaterThan(atOnce?.copies ?? Infinity);
    const summary = (outcomes: readonly IngestOutcome[] = []) =>
      outcomes.map((o) => [path.basename(o.file), o.status, o.supersedes, o.superseded]);
    expect(summary(atOnce?.outcomes)).toEqual(summary(oneByOne?.outcomes));
    expect(summary(atOnce?.outcomes)).toContainEqual([original, 'stored', 0, true]);
    expect(summary(atOnce?.outcomes)).toContainEqual([path.basename(corpus.accepted[0] ?? ''), 'duplicate', 0, false]);
    expect(summary(atOnce?.outcomes)).toContainEqual([corpus.altered, 'rejected', 0, false]);
    expect(atOnce?.rows).toEqual(oneByOne?.rows);
    expect(atOnce?.rows['submissions']?.length).toBe(corpus.accepted.length);
    expect(atOnce?.rows['rejections']?.map((r) => path.basename((JSON.parse(r) as { file: string }).file))).toEqual([alteredCopy]);
  }, 120_000);
});

describe("the embedded store's binary COPY", () => {
  it("writes every column in its type in the store (a migration changing one must change the rows' types)", async () => {
    if (!embedded) throw new Error('no embedded engine');
    const store = await embedded.create();
    const engine = await store.open();
    try {
      const typeIn = async (table: string, column: string): Promise<string> => {
        const [row] = await engine.query<{ t: string }>(
          'SELECT format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = $1::regclass AND attname = $2',
          [table, column],
        );
        return binaryTypeOf(row?.t ?? `no column ${table}.${column}`);
      };
      const submissionColumns = SUBMISSION_COLUMNS.split(',').map((c) => c.trim());
      expect(await Promise.all(submissionColumns.map((c) => typeIn('submissions', c)))).toEqual(SUBMISSION_TYPES);
      for (const child of CHILD_TABLES) {
        const columns = child.columns.split(',').map((c) => c.trim().split(/\s+/));
        const inStore = await Promise.all(columns.map(([name = '']) => typeIn(child.table, name)));
        expect(inStore, child.table).toEqual(columns.map(([, ...type]) => binaryTypeOf(type.join(' '))));
        expect(await typeIn(child.table, 'submission_id')).toBe('int4');
      }
      expect([await typeIn('answer_sheets', 'submission_id'), await typeIn('answer_sheets', 'answers')]).toEqual(['int4', 'text']);
    } finally {
      await engine.close();
      await store.drop();
    }
  }, 60_000);
});
