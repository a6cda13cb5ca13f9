import type { MatrixInput } from '../../domain/db/matrix.js';
import type { StatusInput } from '../../domain/db/status.js';
import type { TrendInput } from '../../domain/db/trend.js';
import type { ExportAnswer, ExportSubmission } from '../../domain/db/export.js';
import type { NeedRow } from '../../domain/db/needs.js';
import type { Queryable, Row } from './engine.js';
import { filterSql, whereSql, type Filters } from './filters.js';

/** Submissions (current and superseded), rejections, and who answered each checklist at all. */
export async function readStatus(db: Queryable, filters: Filters): Promise<StatusInput> {
  const p1: unknown[] = [];
  const submissions = await db.query<StatusInput['submissions'][number] & Row>(
    `SELECT period, checklist_id, checklist_version, party_code, party_name, current, signature, overall_score, overall_band, score_band, capped, created, file
     FROM v_submissions ${whereSql(filterSql(filters, p1))} ORDER BY period, checklist_id, party_code, created::timestamptz`,
    p1,
  );
  const p2: unknown[] = [];
  const rejections = await db.query<StatusInput['rejections'][number] & Row>(
    `SELECT period, checklist_id, checklist_version, party_code, file, errors,
            diagnostics->0->>'code' AS code, diagnostics->0->>'message' AS message
     FROM rejections ${whereSql(filterSql(filters, p2))} ORDER BY period, checklist_id, party_code, file`,
    p2,
  );
  // Who has ever reported on a checklist: those missing from a period are the ones who have not submitted.
  const p3: unknown[] = [];
  const parties = await db.query<StatusInput['parties'][number] & Row>(
    `SELECT DISTINCT checklist_id, party_code, party_name FROM submissions ${whereSql(filterSql({ ...filters, cycle: undefined }, p3))}`,
    p3,
  );
  return { submissions, rejections, parties };
}

/** Scores of current submissions by level (overall, section, pillar), with caps and core obligations. */
export async function readTrend(db: Queryable, filters: Filters): Promise<TrendInput> {
  const p1: unknown[] = [];
  // A section or pillar nobody answered is not assessed (docs/scoring.md § 3): its state counts say so.
  const scores = await db.query<TrendInput['scores'][number] & Row>(
    `SELECT v.party_code, v.checklist_id, v.checklist_version, v.period, v.level, v.item, v.position, v.score, v.band,
            coalesce(x.answered, p.answered) AS answered, coalesce(x.dont_know, p.dont_know) AS dont_know,
            coalesce(x.not_applicable, p.not_applicable) AS not_applicable, coalesce(x.hidden, p.hidden) AS hidden,
            coalesce(x.unanswered, p.unanswered) AS unanswered, coalesce(x.total, p.total) AS total
     FROM v_scores v
     LEFT JOIN section_scores x ON v.level = 'section' AND x.submission_id = v.submission_id AND x.section = v.item
     LEFT JOIN pillar_scores p ON v.level = 'pillar' AND p.submission_id = v.submission_id AND p.pillar = v.item
     ${whereSql(['v.current', ...filterSql(filters, p1, 'v')])}`,
    p1,
  );
  const p2: unknown[] = [];
  const submissions = await db.query<TrendInput['submissions'][number] & Row>(
    `SELECT s.party_code, s.checklist_id, s.period, s.capped, s.score_band,
            (SELECT count(*)::int FROM core_obligations c WHERE c.submission_id = s.id AND c.status = 'not-met') AS core_not_met,
            (SELECT count(*)::int FROM core_obligations c WHERE c.submission_id = s.id AND c.status = 'unknown') AS core_unknown,
            (SELECT count(*)::int FROM core_obligations c WHERE c.submission_id = s.id) AS core_total
     FROM v_current s ${whereSql(filterSql(filters, p2, 's'))}`,
    p2,
  );
  const p3: unknown[] = [];
  const core = await db.query<TrendInput['core'][number] & Row>(
    `SELECT party_code, checklist_id, checklist_version, period, position, question, section, status, caps_band
     FROM v_core ${whereSql(['current', ...filterSql(filters, p3)])}`,
    p3,
  );
  return { scores, submissions, core };
}

/**
 * Needs of current submissions by category, section and provision (a question citing two provisions counts in both).
 * Each need's provisions are those its checklist cites for the question (checklist_provisions, migration 4).
 */
export async function readNeeds(db: Queryable, filters: Filters): Promise<NeedRow[]> {
  const params: unknown[] = [];
  return db.query<NeedRow & Row>(
    `SELECT n.category, n.section, coalesce(src.catalogue, '') AS catalogue, coalesce(src.provision, '') AS provision,
            count(DISTINCT n.party_code)::int AS parties, count(*)::int AS mentions,
            string_agg(DISTINCT n.party_code, ' ' ORDER BY n.party_code) AS party_codes
     FROM v_needs n JOIN submissions s ON s.id = n.submission_id
          LEFT JOIN checklist_provisions src ON src.checklist_hash = s.checklist_hash AND src.question = n.question
     ${whereSql(['n.current', ...filterSql(filters, params, 'n')])}
     GROUP BY n.category, n.section, coalesce(src.catalogue, ''), coalesce(src.provision, '')
     ORDER BY parties DESC, mentions DESC, n.category, n.section, catalogue, provision`,
    params,
  );
}

/**
 * Every scored answer of current submissions under each provision it cites,
 * of each party's latest period per checklist among them (the only one the
 * matrix shows: matrixView chooses the same): the database filters, so that
 * a few thousand rows reach the tool instead of every period's.
 */
export async function readMatrix(db: Queryable, filters: Filters): Promise<MatrixInput> {
  const params: unknown[] = [];
  return db.query<MatrixInput[number] & Row>(
    `SELECT party_code, checklist_id, period, catalogue, provision, question, state, score, weight
     FROM (SELECT party_code, checklist_id, period, catalogue, provision, question, state, score, weight,
                  max(period COLLATE "C") OVER (PARTITION BY party_code, checklist_id) AS latest
           FROM v_provisions ${whereSql(['current', 'score IS NOT NULL', ...filterSql(filters, params)])}) p
     WHERE period = latest`,
    params,
  );
}

/** Current submissions and their answers, in long form. */
export async function readExport(db: Queryable, filters: Filters): Promise<{ submissions: ExportSubmission[]; answers: ExportAnswer[] }> {
  const p1: unknown[] = [];
  const submissions = await db.query<ExportSubmission & Row>(
    `SELECT id, party_code, party_name, period, checklist_id, checklist_version, institution, respondent_name, respondent_contact, respondent_role,
            overall_score, overall_band
     FROM submissions ${whereSql(['superseded_by IS NULL', ...filterSql(filters, p1)])}
     ORDER BY party_code, checklist_id, period`,
    p1,
  );
  const p2: unknown[] = [];
  const answers = await db.query<ExportAnswer & Row>(
    `SELECT a.submission_id, a.position, a.question, a.section, a.state, a.value_text, a.score, a.weight, a.evidence, a.notes, a.justification,
            (SELECT string_agg(n.category, '|' ORDER BY n.category) FROM assistance_needs n
              WHERE n.submission_id = a.submission_id AND n.question = a.question) AS assistance
     FROM v_answers a ${whereSql(['a.current', ...filterSql(filters, p2, 'a')])}
     ORDER BY a.submission_id, a.position`,
    p2,
  );
  return { submissions, answers };
}
