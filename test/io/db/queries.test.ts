import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionIndex } from '../../../src/domain/checklist-model.js';
import type { Cell } from '../../../src/domain/db/dataset.js';
import { provisionStatus } from '../../../src/domain/db/matrix.js';
import { round4, scoreAnswers } from '../../../src/domain/scoring/score.js';
import type { Report } from '../../../src/domain/schemas/report.js';
import { bundledChecklist } from '../../support/sample-reports.js';
import { makeCorpus, type Corpus } from './corpus.js';
import { ENGINES, type TestStore } from './engines.js';
import type { Engine } from '../../../src/io/db/engine.js';
import { migrate } from '../../../src/io/db/migrate.js';
import { MIGRATIONS, STORE_OBJECTS } from '../../../src/io/db/migrations.js';
import { json, selfassess } from './run-in-process.js';

type Rows = Array<Record<string, Cell>>;

/** The tables of schema 2 (migrations 1 and 2), parents first. */
const SCHEMA_2_TABLES = [
  'submissions',
  'section_scores',
  'pillar_scores',
  'core_obligations',
  'answers',
  'answer_sources',
  'gaps',
  'unknowns',
  'assistance_needs',
  'rejections',
];

/** The tables of schema 4 (migrations 1 to 4), parents first. */
const SCHEMA_4_TABLES = [
  'submissions',
  'section_scores',
  'pillar_scores',
  'core_obligations',
  'answer_sheets',
  'checklist_provisions',
  'unknowns',
  'assistance_needs',
  'rejections',
];

let corpus: Corpus;
beforeAll(async () => {
  corpus = await makeCorpus();
});
afterAll(async () => {
  await rm(corpus.dir, { recursive: true, force: true });
});

async function report(name: string): Promise<Report> {
  return JSON.parse(await readFile(path.join(corpus.reports, name), 'utf8')) as Report;
}

/** What a secretariat asks of a store, each command's JSON compared between two stores. */
const QUESTIONS = [['status'], ['trend'], ['needs'], ['matrix'], ['export', '--shape', 'wide']];

describe.each(ENGINES)('db queries on $name, over five States and two cycles', ({ skip, create }) => {
  let store: TestStore;
  const db = async (...args: string[]) => selfassess(['db', ...args], store.env, corpus.dir);
  /** A migrated store answers every question as this store does. */
  const expectSameAnswers = async (env: Record<string, string>): Promise<void> => {
    for (const q of QUESTIONS) {
      const migrated = await selfassess(['db', ...q, '--format', 'json'], env, corpus.dir);
      expect(migrated.stdout, q.join(' ')).toBe((await db(...q, '--format', 'json')).stdout);
    }
  };
  /** A view's rows as text, sorted: what two stores are compared by. */
  const viewRows = async (engine: Engine, view: string): Promise<string[]> =>
    (await engine.query<{ r: string }>(`SELECT t::text AS r FROM ${view} t ORDER BY 1`)).map((x) => x.r);
  /** Copies this store's rows of `tables` into `old` (whose schema has those tables with the same columns). */
  const copyRows = async (old: Engine, current: Engine, tables: readonly string[]): Promise<void> => {
    for (const table of tables) {
      const [dump] = await current.query<{ rows: string }>(`SELECT coalesce(json_agg(t), '[]')::text AS rows FROM ${table} t`);
      await old.query(`INSERT INTO ${table} OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`, [
        dump?.rows,
      ]);
    }
  };
  /**
   * A new store opened without its migrations (`old`) beside this one (`current`), for `check` to
   * migrate and compare; then the migrated store answers every question as this one does.
   */
  const withOldStore = async (check: (old: Engine, current: Engine) => Promise<void>): Promise<void> => {
    const previous = await create();
    try {
      const old = await previous.open({ skipMigrations: true });
      const current = await store.open();
      try {
        await check(old, current);
      } finally {
        await old.close();
        await current.close();
      }
      await expectSameAnswers(previous.env);
    } finally {
      await previous.drop();
    }
  };
  beforeAll(async () => {
    if (skip) return;
    store = await create();
    const ingest = await db('ingest', 'reports', '--checklists', 'checklists', '--format', 'json');
    expect(ingest.code).toBe(1);
  });
  afterAll(async () => {
    if (skip) await Promise.resolve();
    else await store.drop();
  });

  it.skipIf(skip)(`status: accepted, superseded, rejected and not submitted, per cycle${skip ? ` (skipped: ${skip})` : ''}`, async () => {
    const { summary, submissions } = json<{ summary: Rows; submissions: Rows }>(await db('status', '--format', 'json'));
    expect(summary).toEqual([
      {
        period: '2025',
        checklist: 'tip-protocol',
        accepted: 5,
        superseded: 0,
        rejected: 0,
        'not-submitted': 0,
        signed: 0,
        verified: 0,
        unsigned: 5,
      },
      {
        period: '2026',
        checklist: 'tip-protocol',
        accepted: 4,
        superseded: 1,
        rejected: 1,
        'not-submitted': 1,
        signed: 0,
        verified: 0,
        unsigned: 4,
      },
    ]);
    const ken = submissions.filter((r) => r['party'] === 'KEN' && r['period'] === '2026').map((r) => r['status']);
    expect(ken.sort()).toEqual(['not-submitted', 'rejected']);
    const rejected = submissions.find((r) => r['status'] === 'rejected');
    expect(String(rejected?.['problem'])).toMatch(/^report-/);
    const africa = json<{ submissions: Rows }>(await db('status', '--format', 'json', '--region', 'Africa'));
    expect([...new Set(africa.submissions.map((r) => r['party']))].sort()).toEqual(['KEN', 'SEN']);
    const unknown = await db('status', '--region', 'Atlantis');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no such UN M49 region');
    const filtered = json<{ summary: Rows }>(await db('status', '--format', 'json', '--cycle', '2025', '--party', 'fra'));
    expect(filtered.summary).toEqual([expect.objectContaining({ period: '2025', accepted: 1 })]);
  });

  it.skipIf(skip)('trend: each score over the cycles with its change, from the current reports', async () => {
    const { trend } = json<{ trend: Rows }>(await db('trend', '--format', 'json', '--party', 'FRA'));
    const overall = trend.filter((r) => r['level'] === 'overall');
    const [y2025, y2026] = [await report('fra-2025.report.json'), await report(corpus.revised)];
    expect(overall.map((r) => [r['period'], r['score']])).toEqual([
      ['2025', y2025.scores.overall.score],
      ['2026', y2026.scores.overall.score],
    ]);
    expect(overall[1]?.['change']).toBe(round4((y2026.scores.overall.score ?? 0) - (y2025.scores.overall.score ?? 0)));
    expect(overall[1]?.['previous_band']).toBe(y2025.scores.overall.band);
    expect(overall[1]?.['capped_from']).toBe(y2026.scores.overall.cap?.scoreBand ?? null);
    expect(overall[1]?.['core_not_met']).toBe((y2026.core ?? []).filter((c) => c.status === 'not-met').length);
    const sections = trend.filter((r) => r['level'] === 'section' && r['period'] === '2026');
    expect(sections.map((r) => r['item'])).toEqual(y2026.scores.sections.map((s) => s.id));
    expect(trend.filter((r) => r['level'] === 'pillar' && r['period'] === '2025')).toHaveLength(y2025.scores.pillars.length);
    // Every section of these complete reports has answers: all are assessed.
    expect(new Set(trend.map((r) => r['assessment']))).toEqual(new Set(['assessed']));
  });

  it.skipIf(skip)('trend: each core obligation’s status per party and cycle, with its change, as the reports state them', async () => {
    const { core } = json<{ core: Rows }>(await db('trend', '--format', 'json'));
    for (const code of ['fra', 'sen', 'gbr', 'phl']) {
      const [before, after] = [
        await report(`${code}-2025.report.json`),
        await report(code === 'fra' ? corpus.revised : `${code}-2026.report.json`),
      ];
      const party = before.respondent.party.code;
      const rows = core.filter((r) => r['party'] === party);
      expect(rows.filter((r) => r['period'] === '2025').map((r) => [r['obligation'], r['status'], r['previous_status']])).toEqual(
        (before.core ?? []).map((c) => [c.question, c.status, null]),
      );
      const was = new Map((before.core ?? []).map((c) => [c.question, c.status]));
      expect(
        rows.filter((r) => r['period'] === '2026').map((r) => [r['obligation'], r['status'], r['previous_status'], r['core_change']]),
      ).toEqual(
        (after.core ?? []).map((c) => {
          const old = was.get(c.question) ?? null;
          const moved =
            old === null ? null : old === c.status ? 'unchanged' : c.status === 'met' ? 'improved' : old === 'met' ? 'worsened' : 'changed';
          return [c.question, c.status, old, moved];
        }),
      );
    }
    expect(core.length).toBeGreaterThan(0);
    const fr = await db('trend', '--format', 'csv', '--lang', 'fr', '--party', 'FRA');
    expect(fr.stdout).toContain('Obligation fondamentale;Section;Période;Version;Statut;Statut précédent;Évolution');
  });

  it.skipIf(skip)('needs: parties per category, section and provision, as the reports state them', async () => {
    const { needs } = json<{ needs: Rows }>(await db('needs', '--format', 'json', '--cycle', '2025'));
    const { checklist } = await bundledChecklist();
    const index = questionIndex(checklist);
    const expected = new Map<string, Set<string>>();
    for (const code of ['fra', 'sen', 'gbr', 'ken', 'phl']) {
      const r = await report(`${code}-2025.report.json`);
      for (const need of r.assistance) {
        for (const q of need.questions) {
          const located = index.get(q);
          const sources = located?.question.sources ?? [];
          for (const s of sources.length > 0 ? sources : [{ catalogue: '', provision: '' }]) {
            const key = [need.category, located?.section.id ?? '', s.catalogue, s.provision].join(' ');
            expected.set(key, (expected.get(key) ?? new Set()).add(r.respondent.party.code));
          }
        }
      }
    }
    const got = new Map(needs.map((n) => [[n['category'], n['section'], n['catalogue'], n['provision']].join(' '), n['party_codes']]));
    expect(got).toEqual(new Map([...expected].map(([k, v]) => [k, [...v].sort().join(' ')])));
    expect(needs.length).toBeGreaterThan(3);
  });

  it.skipIf(skip)("matrix: each party's status on each provision, from its latest cycle", async () => {
    const { matrix } = json<{ matrix: Rows }>(await db('matrix', '--format', 'json'));
    const { checklist } = await bundledChecklist();
    const fra = await report(corpus.revised);
    const scored = scoreAnswers(checklist, fra.answers).questions.filter((q) => q.score !== null);
    let checked = 0;
    for (const row of matrix) {
      const cites = scored.filter((q) =>
        (q.question.sources ?? []).some((s) => s.catalogue === row['catalogue'] && s.provision === row['provision']),
      );
      const answers = cites.map((q) => ({ state: q.state, score: q.score ?? 0, weight: q.weight }));
      expect(row['FRA'], `${String(row['catalogue'])} ${String(row['provision'])}`).toBe(provisionStatus(answers));
      checked++;
      const total = ['met', 'partly', 'not-met', 'unknown'].reduce((sum, k) => sum + Number(row[k]), 0);
      expect(total).toBeLessThanOrEqual(5);
    }
    expect(checked).toBeGreaterThan(10);
    expect(Object.keys(matrix[0] ?? {})).toEqual(expect.arrayContaining(['FRA', 'GBR', 'KEN', 'PHL', 'SEN']));
  });

  it.skipIf(skip)(
    'export wide: the union of the questions of both checklist versions, absent ones empty; --redact drops names and contacts',
    async () => {
      const { submissions } = json<{ submissions: Rows }>(await db('export', '--shape', 'wide', '--format', 'json', '--cycle', '2026'));
      expect(submissions.map((s) => s['party_code'])).toEqual(['FRA', 'GBR', 'PHL', 'SEN']);
      const phl = submissions.find((s) => s['party_code'] === 'PHL');
      const gbr = submissions.find((s) => s['party_code'] === 'GBR');
      expect(phl?.['checklist_version']).toBe('2.1.0');
      expect(phl?.[corpus.removedQuestion]).toBeNull();
      expect(phl && corpus.addedQuestion in phl).toBe(true);
      expect(gbr && corpus.addedQuestion in gbr && gbr[corpus.addedQuestion]).toBeNull();
      expect(gbr?.[corpus.removedQuestion]).not.toBeNull();
      expect(gbr?.['respondent_name']).toBe('Alex Morgan');
      const redacted = await db('export', '--shape', 'wide', '--format', 'csv', '--redact');
      expect(redacted.code).toBe(0);
      expect(redacted.stdout).not.toMatch(/Alex Morgan|Camille Durand|respondent_name/);
      expect(redacted.stdout).toContain(corpus.addedQuestion);
    },
  );

  it.skipIf(skip)('export long: one row per question of each current report', async () => {
    const { answers } = json<{ answers: Rows }>(await db('export', '--format', 'json', '--party', 'SEN', '--redact'));
    const [y2025, y2026] = [await report('sen-2025.report.json'), await report('sen-2026.report.json')];
    expect(answers).toHaveLength(y2025.scores.overall.counts.total + y2026.scores.overall.counts.total);
    expect(answers[0]).not.toHaveProperty('respondent_contact');
  });

  it.skipIf(skip)('query: read-only SQL over the views; a write is refused', async () => {
    const ok = json<{ query: Rows }>(
      await db(
        'query',
        'SELECT party_code, count(*)::int AS n FROM v_submissions GROUP BY party_code ORDER BY party_code',
        '--format',
        'json',
      ),
    );
    expect(ok.query).toEqual([
      { party_code: 'FRA', n: 3 },
      { party_code: 'GBR', n: 2 },
      { party_code: 'KEN', n: 1 },
      { party_code: 'PHL', n: 2 },
      { party_code: 'SEN', n: 2 },
    ]);
    const write = await db('query', 'DELETE FROM submissions');
    expect(write.code).toBe(2);
    // Said by its SQLSTATE in the language asked, the engine's own words kept.
    expect(write.stderr).toMatch(/db query only reads, and cannot change the store \(reported as: .*read-only/);
    const unknown = await db('query', 'SELECT * FROM nowhere', '--lang', 'fr');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/table ou vue inconnue.*\(message d’origine\u00a0: relation "nowhere" does not exist\)/);
    const sneaky = await db('query', 'COMMIT; DELETE FROM submissions');
    expect(sneaky.code).toBe(2);
    expect(json<{ query: Rows }>(await db('query', 'SELECT count(*)::int AS n FROM submissions', '--format', 'json')).query).toEqual([
      { n: 10 },
    ]);
  });

  it.skipIf(skip)('speaks French: headers and statuses in table and CSV', async () => {
    const table = await db('status', '--lang', 'fr', '--cycle', '2026');
    expect(table.stdout).toContain('Soumissions par période et par liste de contrôle');
    expect(table.stdout).toContain('remplacée');
    const csv = await db('matrix', '--lang', 'fr', '--format', 'csv');
    expect(csv.stdout.split('\r\n')[0]).toContain('Disposition;');
  });

  it.skipIf(skip)(
    'speaks French: bands, sections, categories and regions by their French labels, never their ids (JSON keeps the ids)',
    async () => {
      const trend = (await db('trend', '--lang', 'fr', '--format', 'csv')).stdout;
      expect(trend).toMatch(/;(En développement|Consolidé|Avancé|Initial);/);
      expect(trend).not.toMatch(/;(developing|substantial|advanced|initial);/);
      expect(trend).toContain(';Adhésion au Protocole et à la Convention contre la criminalité organisée;');
      const needs = (await db('needs', '--lang', 'fr', '--format', 'csv')).stdout;
      expect(needs.split('\r\n').length).toBeGreaterThan(2);
      expect(needs).not.toMatch(/\b(Africa|Americas|Asia|Oceania|legislative-drafting|awareness-raising)\b/);
      expect(needs).toMatch(/(Afrique|Amériques|Asie|Europe|Océanie)/);
      const json = JSON.parse((await db('needs', '--lang', 'fr', '--format', 'json')).stdout) as { needs: Array<{ category: string }> };
      expect(json.needs.every((n) => /^[a-z0-9-]+$/.test(n.category))).toBe(true);
    },
  );

  it.skipIf(skip)('xlsx: one sheet per dataset, translated headers, numbers as numbers; needs -o', async () => {
    expect((await db('status', '--format', 'xlsx')).code).toBe(2);
    const written = await db('status', '--format', 'xlsx', '-o', 'status.xlsx', '--lang', 'fr');
    expect(written.code).toBe(0);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(corpus.dir, 'status.xlsx'));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Soumissions par période et p', 'Soumissions par Partie']);
    const summary = book.worksheets[0];
    expect(summary?.getRow(1).getCell(3).value).toBe('Acceptées');
    expect(summary?.getRow(2).getCell(3).value).toBe(5);
    await rm(path.join(corpus.dir, 'status.xlsx'));
  });

  it.skipIf(skip)(
    'rebuild from the files gives the same answers as the ingests',
    async () => {
      const before = await Promise.all(QUESTIONS.map(async (q) => (await db(...q, '--format', 'json')).stdout));
      const rebuilt = await db('rebuild', 'reports', '--checklists', 'checklists', '--format', 'json');
      expect(rebuilt.code).toBe(1);
      expect(JSON.parse(rebuilt.stdout)).toMatchObject({ rebuilt: true, summary: { stored: 10, rejected: 1 } });
      for (const [i, q] of QUESTIONS.entries()) expect((await db(...q, '--format', 'json')).stdout, q.join(' ')).toBe(before[i]);
    },
    120_000,
  );

  it.skipIf(skip)(
    'a store of schema 2 holding the same rows, migrated, keeps them and answers the same',
    async () => {
      // Schema 2 filled with this store's rows: its answers, answer_sources and gaps were tables then, views now, of the same columns.
      await withOldStore(async (old, current) => {
        expect(await migrate(old, MIGRATIONS.slice(0, 2))).toEqual([1, 2]);
        await copyRows(old, current, SCHEMA_2_TABLES);
        const count = async () =>
          (
            await old.query<{ answers: number; sources: number; gaps: number }>(
              'SELECT (SELECT count(*)::int FROM answers) AS answers, (SELECT count(*)::int FROM answer_sources) AS sources, (SELECT count(*)::int FROM gaps) AS gaps',
            )
          )[0];
        const counts = await count();
        expect(counts?.answers).toBeGreaterThan(1000);
        expect(await migrate(old)).toEqual(MIGRATIONS.slice(2).map((m) => m.version));
        for (const view of STORE_OBJECTS.views) expect(await viewRows(old, view), view).toEqual(await viewRows(current, view));
        expect(await count()).toEqual(counts);
      });
    },
    120_000,
  );
  it.skipIf(skip)(
    'a store of schema 4 holding the same rows, migrated (the document as json), keeps them and answers the same',
    async () => {
      await withOldStore(async (old, current) => {
        expect(await migrate(old, MIGRATIONS.slice(0, 4))).toEqual([1, 2, 3, 4]);
        await copyRows(old, current, SCHEMA_4_TABLES);
        const [before] = await old.query<{ type: string }>(`SELECT pg_typeof(document)::text AS type FROM submissions LIMIT 1`);
        expect(before?.type).toBe('jsonb');
        expect(await migrate(old)).toEqual(MIGRATIONS.slice(4).map((m) => m.version));
        for (const view of STORE_OBJECTS.views) expect(await viewRows(old, view), view).toEqual(await viewRows(current, view));
        const documents = async (engine: Engine) =>
          await engine.query<{ d: string; type: string }>(
            'SELECT document::jsonb::text AS d, pg_typeof(document)::text AS type FROM submissions ORDER BY id',
          );
        const migrated = await documents(old);
        expect(migrated.length).toBeGreaterThan(0);
        expect(migrated.every((r) => r.type === 'json')).toBe(true);
        expect(migrated).toEqual(await documents(current));
      });
    },
    120_000,
  );
  it.skipIf(skip)(
    'a store of schema 5 holding the same rows, migrated (the answer sheet as json, still compressed), reads the same rows in every view',
    async () => {
      const sheet = async (engine: Engine) =>
        await engine.query<{ type: string; storage: string }>(
          `SELECT pg_typeof(d.answers)::text AS type, a.attstorage::text AS storage
           FROM answer_sheets d, pg_attribute a WHERE a.attrelid = 'answer_sheets'::regclass AND a.attname = 'answers' LIMIT 1`,
        );
      // The views' columns and types (value stays jsonb).
      const types = async (engine: Engine) =>
        await engine.query<{ t: string }>(
          `SELECT table_name || '.' || column_name || ' ' || data_type AS t FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name IN (${STORE_OBJECTS.views.map((v) => `'${v}'`).join(', ')}) ORDER BY 1`,
        );
      await withOldStore(async (old, current) => {
        expect(await migrate(old, MIGRATIONS.slice(0, 5))).toEqual([1, 2, 3, 4, 5]);
        // Schema 4's tables are schema 5's: the same rows, the answer sheet back as jsonb.
        await copyRows(old, current, SCHEMA_4_TABLES);
        expect(await sheet(old)).toEqual([{ type: 'jsonb', storage: 'x' }]);
        const typesBefore = await types(old);
        const before = new Map<string, string[]>();
        for (const view of STORE_OBJECTS.views) before.set(view, await viewRows(old, view));
        expect(before.get('v_answers')?.length).toBeGreaterThan(1000);
        expect(before.get('v_provisions')?.length).toBeGreaterThan(1000);
        expect(await migrate(old)).toEqual(MIGRATIONS.slice(5).map((m) => m.version));
        // 'x': extended storage, compressed as before (stored uncompressed, the store grew by 40 %).
        expect(await sheet(old)).toEqual([{ type: 'json', storage: 'x' }]);
        expect(await sheet(current)).toEqual([{ type: 'json', storage: 'x' }]);
        for (const view of STORE_OBJECTS.views) {
          const after = await viewRows(old, view);
          expect(after, view).toEqual(before.get(view));
          expect(after, view).toEqual(await viewRows(current, view));
        }
        expect(await types(old)).toEqual(typesBefore);
        expect(typesBefore).toContainEqual({ t: 'answers.value jsonb' });
      });
    },
    120_000,
  );
});
