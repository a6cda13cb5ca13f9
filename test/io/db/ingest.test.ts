import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestOutcome } from '../../../src/domain/db/ingest-outcome.js';
import type { Engine } from '../../../src/io/db/engine.js';
import { ingestFiles } from '../../../src/io/db/ingest.js';
import { createValidationEnvironment } from '../../../src/io/validate-environment.js';
import { makeCorpus, type Corpus } from './corpus.js';
import { ENGINES, PG_SKIP, type TestStore } from './engines.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await makeCorpus();
});
afterAll(async () => {
  await rm(corpus.dir, { recursive: true, force: true });
});

async function ingest(engine: Engine, names: readonly string[]): Promise<IngestOutcome[]> {
  const sources = { checklists: corpus.checklists };
  const outcomes: IngestOutcome[] = [];
  const files = names.map((n) => path.join(corpus.reports, n));
  await ingestFiles(engine, files, { jobs: 2, sources, env: createValidationEnvironment(sources) }, (o) => outcomes.push(o));
  return outcomes;
}

const byFile = (outcomes: readonly IngestOutcome[], name: string): IngestOutcome | undefined =>
  outcomes.find((o) => path.basename(o.file) === name);

async function counts(engine: Engine): Promise<Record<string, number>> {
  const [row] = await engine.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM submissions) AS submissions,
            (SELECT count(*)::int FROM v_current) AS current,
            (SELECT count(*)::int FROM rejections) AS rejections,
            (SELECT count(*)::int FROM answers) AS answers`,
  );
  return row ?? {};
}

describe.each(ENGINES)('db ingest on $name', ({ skip, create }) => {
  let store: TestStore;
  let engine: Engine;
  let first: IngestOutcome[];
  beforeAll(async () => {
    if (skip) return;
    store = await create();
    engine = await store.open();
    first = await ingest(engine, [...corpus.accepted, corpus.altered]);
  });
  afterAll(async () => {
    if (skip) return;
    await engine.close();
    await store.drop();
  });

  it.skipIf(skip)(
    `stores every valid report and rejects the altered one with its diagnostics${skip ? ` (skipped: ${skip})` : ''}`,
    async () => {
      expect(first.filter((o) => o.status !== 'stored').map((o) => [path.basename(o.file), o.diagnostics.map((d) => d.code)])).toEqual([
        [corpus.altered, expect.arrayContaining(['report-integrity-mismatch'])],
      ]);
      const altered = byFile(first, corpus.altered);
      expect(altered?.status).toBe('rejected');
      expect(altered?.diagnostics.map((d) => d.code)).toContain('report-integrity-mismatch');
      const [rejection] = await engine.query<{ party_code: string; period: string; codes: string[] }>(
        `SELECT party_code, period, ARRAY(SELECT jsonb_array_elements(diagnostics)->>'code') AS codes FROM rejections`,
      );
      expect(rejection?.party_code).toBe('KEN');
      expect(rejection?.period).toBe('2026');
      expect(rejection?.codes).toContain('report-integrity-mismatch');
    },
  );

  it.skipIf(skip)('keeps each report in long form: one answer row per question, with the scores the report states', async () => {
    const rows = await engine.query<{
      party_code: string;
      period: string;
      overall_score: number;
      checklist_version: string;
      answers: number;
      sections: number;
      scoring_version: number;
    }>(
      `SELECT s.party_code, s.period, s.overall_score, s.checklist_version, s.scoring_version,
              (SELECT count(*)::int FROM answers a WHERE a.submission_id = s.id) AS answers,
              (SELECT count(*)::int FROM section_scores x WHERE x.submission_id = s.id) AS sections
       FROM submissions s WHERE s.party_code = 'SEN' AND s.period = '2025'`,
    );
    const [sen] = rows;
    const document = await engine.query<{ score: number; questions: number }>(
      `SELECT (document->'scores'->'overall'->>'score')::float8 AS score,
              (document->'scores'->'overall'->'counts'->>'total')::int AS questions FROM submissions WHERE party_code = 'SEN' AND period = '2025'`,
    );
    expect(sen?.overall_score).toBe(document[0]?.score);
    expect(sen?.answers).toBe(document[0]?.questions);
    expect(sen?.scoring_version).toBe(2);
    expect(sen?.sections).toBeGreaterThan(3);
    const states = await engine.query<{ state: string }>(`SELECT DISTINCT state FROM v_answers WHERE party_code = 'SEN'`);
    expect(states.map((s) => s.state)).toContain('answered');
  });

  it.skipIf(skip)('marks the earlier French report of 2026 as superseded by the revised one, and keeps it', async () => {
    const rows = await engine.query<{ file: string; current: boolean }>(
      `SELECT file, current FROM v_submissions WHERE party_code = 'FRA' AND period = '2026' ORDER BY created::timestamptz`,
    );
    expect(rows.map((r) => [path.basename(r.file), r.current])).toEqual([
      ['fra-2026.report.json', false],
      [corpus.revised, true],
    ]);
    expect(byFile(first, corpus.revised)?.supersedes).toBe(1);
  });

  it.skipIf(skip)('is idempotent: the same files again store nothing new', async () => {
    const before = await counts(engine);
    const again = await ingest(engine, [...corpus.accepted, corpus.altered]);
    expect(again.filter((o) => o.status === 'duplicate')).toHaveLength(corpus.accepted.length);
    expect(byFile(again, corpus.altered)?.status).toBe('rejected');
    expect(await counts(engine)).toEqual(before);
  });
});

describe.each(ENGINES)('supersession on $name', ({ skip, create }) => {
  it.skipIf(skip)('does not depend on the order of ingestion: an older report arriving later is history at once', async () => {
    const store = await create();
    const engine = await store.open();
    try {
      const late = await ingest(engine, [corpus.revised]);
      expect(late[0]?.status).toBe('stored');
      const early = await ingest(engine, ['fra-2026.report.json']);
      expect(early[0]).toMatchObject({ status: 'stored', superseded: true, supersedes: 0 });
      const current = await engine.query<{ file: string }>(`SELECT file FROM v_current WHERE party_code = 'FRA'`);
      expect(current.map((r) => path.basename(r.file))).toEqual([corpus.revised]);
    } finally {
      await engine.close();
      await store.drop();
    }
  });
});

describe('concurrent ingests into PostgreSQL', () => {
  it.skipIf(PG_SKIP)(
    `store every report once, with one current report per party, checklist and period${PG_SKIP ? ` (skipped: ${PG_SKIP})` : ''}`,
    async () => {
      const postgres = ENGINES.find((e) => e.name === 'postgres');
      if (!postgres) throw new Error('no postgres engine');
      const store = await postgres.create();
      const engines: Engine[] = [];
      try {
        engines.push(...(await Promise.all([store.open(), store.open(), store.open()])));
        const files = [...corpus.accepted, corpus.altered];
        const runs = await Promise.all(engines.map((engine, i) => ingest(engine, i % 2 === 0 ? files : [...files].reverse())));
        const stored = runs.flat().filter((o) => o.status === 'stored');
        expect(stored).toHaveLength(corpus.accepted.length);
        const [engine] = engines;
        const rows = await engine!.query<{ n: number; keys: number; current: number }>(
          `SELECT count(*)::int AS n, count(DISTINCT (party_code, checklist_id, period))::int AS keys, count(*) FILTER (WHERE superseded_by IS NULL)::int AS current FROM submissions`,
        );
        expect(rows[0]).toEqual({ n: corpus.accepted.length, keys: corpus.accepted.length - 1, current: corpus.accepted.length - 1 });
        expect(await engine!.query('SELECT count(*)::int AS n FROM rejections')).toEqual([{ n: 1 }]);
      } finally {
        await Promise.all(engines.map((e) => e.close()));
        await store.drop();
      }
    },
  );
});
