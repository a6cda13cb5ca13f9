/**
 * The schema of the store, as versioned migrations. A released migration is
 * never edited: a change to the schema is a new migration with the next
 * version. The same SQL runs on PGlite and on a PostgreSQL server.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const TABLES = `
CREATE TABLE submissions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  digest text NOT NULL UNIQUE,
  party_code text NOT NULL,
  party_type text NOT NULL,
  party_name text NOT NULL,
  institution text,
  respondent_name text,
  respondent_contact text,
  respondent_role text,
  period text NOT NULL,
  checklist_id text NOT NULL,
  checklist_version text NOT NULL,
  checklist_hash text NOT NULL,
  scoring_model text NOT NULL,
  scoring_version integer NOT NULL,
  language text NOT NULL,
  created text NOT NULL,
  completed text,
  complete boolean NOT NULL,
  overall_score double precision,
  overall_band text,
  score_band text,
  capped boolean NOT NULL,
  signature text NOT NULL,
  signature_fingerprint text,
  warnings integer NOT NULL,
  file text NOT NULL,
  file_sha256 text NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now(),
  superseded_by integer REFERENCES submissions (id) ON DELETE SET NULL,
  document jsonb NOT NULL
);
CREATE INDEX submissions_key ON submissions (party_code, checklist_id, period);

CREATE TABLE section_scores (
  submission_id integer NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  position integer NOT NULL,
  section text NOT NULL,
  score double precision,
  band text,
  answered integer NOT NULL,
  dont_know integer NOT NULL,
  not_applicable integer NOT NULL,
  hidden integer NOT NULL,
  unanswered integer NOT NULL,
  total integer NOT NULL,
  PRIMARY KEY (submission_id, section)
);

CREATE TABLE pillar_scores (
  submission_id integer NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  position integer NOT NULL,
  pillar text NOT NULL,
  score double precision,
  answered integer NOT NULL,
  dont_know integer NOT NULL,
  not_applicable integer NOT NULL,
  hidden integer NOT NULL,
  unanswered integer NOT NULL,
  total integer NOT NULL,
  PRIMARY KEY (submission_id, pillar)
);

CREATE TABLE core_obligations (
  submission_id integer NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  position integer NOT NULL,
  question text NOT NULL,
  section text NOT NULL,
  status text NOT NULL,
  caps_band boolean NOT NULL,
  PRIMARY KEY (submission_id, question)
);

CREATE TABLE answers (
  submission_id integer NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  position integer NOT NULL,
  question text NOT NULL,
  section text NOT NULL,
  state text NOT NULL,
  value jsonb,
  value_text text,
  score double precision,
  best double precision,
  weight double precision NOT NULL,
  evidence text,
  notes text,
  justification text,
  PRIMARY KEY (submission_id, question)
);

CREATE TABLE answer_sources (
  submission_id integer NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  question text NOT NULL,
  catalogue text NOT NULL,
  provision text NOT NULL,
  PRIMARY KEY (submission_id, question, catalogue, provision)
);

CREATE TABLE gaps (
  submission_id integer NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  rank integer NOT NULL,
  question text NOT NULL,
  section text NOT NULL,
  current double precision NOT NULL,
  best double precision NOT NULL,
  gap double precision NOT NULL,
  hidden boolean NOT NULL,
  PRIMARY KEY (submission_id, question)
);

CREATE TABLE unknowns (
  submission_id integer NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  rank integer NOT NULL,
  question text NOT NULL,
  section text NOT NULL,
  state text NOT NULL,
  best double precision NOT NULL,
  gain double precision NOT NULL,
  PRIMARY KEY (submission_id, question)
);

CREATE TABLE assistance_needs (
  submission_id integer NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  category text NOT NULL,
  question text NOT NULL,
  section text NOT NULL,
  PRIMARY KEY (submission_id, category, question)
);

CREATE TABLE rejections (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  file text NOT NULL,
  file_sha256 text NOT NULL UNIQUE,
  kind text,
  party_code text,
  period text,
  checklist_id text,
  checklist_version text,
  errors integer NOT NULL,
  warnings integer NOT NULL,
  diagnostics jsonb NOT NULL,
  rejected_at timestamptz NOT NULL DEFAULT now()
);
`;

const VIEWS = `
CREATE VIEW v_submissions AS
  SELECT id, party_code, party_type, party_name, period, checklist_id, checklist_version, checklist_hash,
         scoring_model, scoring_version, language, created, completed, complete,
         overall_score, overall_band, score_band, capped, signature, signature_fingerprint, warnings,
         file, digest, ingested_at, superseded_by, superseded_by IS NULL AS current
  FROM submissions;

CREATE VIEW v_current AS SELECT * FROM v_submissions WHERE current;

CREATE VIEW v_scores AS
  SELECT s.id AS submission_id, s.party_code, s.period, s.checklist_id, s.checklist_version, s.current,
         'overall' AS level, 'overall' AS item, 0 AS position, s.overall_score AS score, s.overall_band AS band
  FROM v_submissions s
  UNION ALL
  SELECT s.id, s.party_code, s.period, s.checklist_id, s.checklist_version, s.current,
         'section', x.section, x.position, x.score, x.band
  FROM v_submissions s JOIN section_scores x ON x.submission_id = s.id
  UNION ALL
  SELECT s.id, s.party_code, s.period, s.checklist_id, s.checklist_version, s.current,
         'pillar', p.pillar, p.position, p.score, NULL
  FROM v_submissions s JOIN pillar_scores p ON p.submission_id = s.id;

CREATE VIEW v_answers AS
  SELECT s.id AS submission_id, s.party_code, s.period, s.checklist_id, s.checklist_version, s.current,
         a.position, a.question, a.section, a.state, a.value, a.value_text, a.score, a.best, a.weight,
         a.evidence, a.notes, a.justification
  FROM v_submissions s JOIN answers a ON a.submission_id = s.id;

CREATE VIEW v_provisions AS
  SELECT a.submission_id, a.party_code, a.period, a.checklist_id, a.checklist_version, a.current,
         src.catalogue, src.provision, a.question, a.state, a.score, a.weight
  FROM v_answers a JOIN answer_sources src ON src.submission_id = a.submission_id AND src.question = a.question;

CREATE VIEW v_core AS
  SELECT s.id AS submission_id, s.party_code, s.period, s.checklist_id, s.checklist_version, s.current,
         c.position, c.question, c.section, c.status, c.caps_band
  FROM v_submissions s JOIN core_obligations c ON c.submission_id = s.id;

CREATE VIEW v_needs AS
  SELECT s.id AS submission_id, s.party_code, s.period, s.checklist_id, s.checklist_version, s.current,
         n.category, n.question, n.section
  FROM v_submissions s JOIN assistance_needs n ON n.submission_id = s.id;

CREATE VIEW v_gaps AS
  SELECT s.id AS submission_id, s.party_code, s.period, s.checklist_id, s.current, g.rank, g.question, g.section, g.current AS answer_score, g.best, g.gap, g.hidden
  FROM v_submissions s JOIN gaps g ON g.submission_id = s.id;

CREATE VIEW v_unknowns AS
  SELECT s.id AS submission_id, s.party_code, s.period, s.checklist_id, s.current, u.rank, u.question, u.section, u.state, u.best, u.gain
  FROM v_submissions s JOIN unknowns u ON u.submission_id = s.id;

CREATE VIEW v_rejections AS
  SELECT id, file, kind, party_code, period, checklist_id, checklist_version, errors, warnings, diagnostics, rejected_at
  FROM rejections;
`;

/** The columns of an answer as the answers table had them (migration 1), in its order. */
const ANSWER_COLUMNS = `position integer, question text, section text, state text, value jsonb, value_text text,
  score double precision, best double precision, weight double precision, evidence text, notes text, justification text`;
const GAP_COLUMNS =
  'rank integer, question text, section text, current double precision, best double precision, gap double precision, hidden boolean';

/**
 * Answers, the provisions they cite and gaps, one row per report instead of
 * about 370: the embedded store spent most of an ingest writing those rows
 * one by one. The tables of migration 1 become views of the same name and
 * columns, so that every query and `db query` reads them as before; the rows
 * already stored are moved, not lost.
 */
const ANSWER_SHEETS = `
CREATE TABLE answer_sheets (
  submission_id integer PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
  answers jsonb NOT NULL,
  sources jsonb NOT NULL,
  gaps jsonb NOT NULL
);

INSERT INTO answer_sheets (submission_id, answers, sources, gaps)
SELECT s.id,
       coalesce((SELECT jsonb_agg(to_jsonb(a) - 'submission_id' ORDER BY a.position) FROM answers a WHERE a.submission_id = s.id), '[]'),
       coalesce((SELECT jsonb_object_agg(q.question, q.list)
                 FROM (SELECT x.question, jsonb_agg(jsonb_build_object('catalogue', x.catalogue, 'provision', x.provision)
                                                    ORDER BY x.catalogue, x.provision) AS list
                       FROM answer_sources x WHERE x.submission_id = s.id GROUP BY x.question) q), '{}'),
       coalesce((SELECT jsonb_agg(to_jsonb(g) - 'submission_id' ORDER BY g.rank) FROM gaps g WHERE g.submission_id = s.id), '[]')
FROM submissions s;

DROP VIEW v_provisions;
DROP VIEW v_answers;
DROP VIEW v_gaps;
DROP TABLE answer_sources;
DROP TABLE answers;
DROP TABLE gaps;

CREATE VIEW answers AS
  SELECT d.submission_id, a.*
  FROM answer_sheets d CROSS JOIN LATERAL jsonb_to_recordset(d.answers) AS a(${ANSWER_COLUMNS});

CREATE VIEW answer_sources AS
  SELECT d.submission_id, q.key AS question, x.catalogue, x.provision
  FROM answer_sheets d CROSS JOIN LATERAL jsonb_each(d.sources) AS q
       CROSS JOIN LATERAL jsonb_to_recordset(q.value) AS x(catalogue text, provision text);

CREATE VIEW gaps AS
  SELECT d.submission_id, g.*
  FROM answer_sheets d CROSS JOIN LATERAL jsonb_to_recordset(d.gaps) AS g(${GAP_COLUMNS});

CREATE VIEW v_answers AS
  SELECT s.id AS submission_id, s.party_code, s.period, s.checklist_id, s.checklist_version, s.current,
         a.position, a.question, a.section, a.state, a.value, a.value_text, a.score, a.best, a.weight,
         a.evidence, a.notes, a.justification
  FROM v_submissions s JOIN answers a ON a.submission_id = s.id;

-- Each answer's provisions looked up in its own sheet (sources keyed by question), not joined across the store.
CREATE VIEW v_provisions AS
  SELECT s.id AS submission_id, s.party_code, s.period, s.checklist_id, s.checklist_version, s.current,
         src.catalogue, src.provision, a.question, a.state, a.score, a.weight
  FROM v_submissions s JOIN answer_sheets d ON d.submission_id = s.id
       CROSS JOIN LATERAL jsonb_to_recordset(d.answers) AS a(question text, state text, score double precision, weight double precision)
       CROSS JOIN LATERAL jsonb_to_recordset(d.sources -> a.question) AS src(catalogue text, provision text);

CREATE VIEW v_gaps AS
  SELECT s.id AS submission_id, s.party_code, s.period, s.checklist_id, s.current, g.rank, g.question, g.section, g.current AS answer_score, g.best, g.gap, g.hidden
  FROM v_submissions s JOIN gaps g ON g.submission_id = s.id;
`;

/**
 * The elements of an answer in an answer sheet since migration 4, in order: an
 * array per answer instead of an object repeating its keys (trailing nulls left out).
 */
const ANSWER_ELEMENTS = [
  'position',
  'question',
  'section',
  'state',
  'score',
  'best',
  'weight',
  'value',
  'value_text',
  'evidence',
  'notes',
  'justification',
] as const;

const element = (name: (typeof ANSWER_ELEMENTS)[number]): number => ANSWER_ELEMENTS.indexOf(name);
const text = (name: (typeof ANSWER_ELEMENTS)[number]): string => `x.a->>${element(name)}`;
const float = (name: (typeof ANSWER_ELEMENTS)[number]): string => `(${text(name)})::double precision`;

/**
 * Fewer bytes per report for the store to take in (the embedded store's cost
 * grows with them): the provisions each question cites belong to the
 * checklist, so they are kept once per checklist (by hash) instead of in
 * every report's sheet; gaps are in the stored document, which the gaps view
 * now reads; an answer is an array, not an object repeating its keys. The
 * views keep their names, columns and rows.
 */
const COMPACT_SHEETS = `
CREATE TABLE checklist_provisions (
  checklist_hash text NOT NULL,
  question text NOT NULL,
  catalogue text NOT NULL,
  provision text NOT NULL,
  PRIMARY KEY (checklist_hash, question, catalogue, provision)
);

INSERT INTO checklist_provisions (checklist_hash, question, catalogue, provision)
SELECT DISTINCT s.checklist_hash, q.key, x.catalogue, x.provision
FROM submissions s JOIN answer_sheets d ON d.submission_id = s.id
     CROSS JOIN LATERAL jsonb_each(d.sources) AS q
     CROSS JOIN LATERAL jsonb_to_recordset(q.value) AS x(catalogue text, provision text);

DROP VIEW v_provisions;
DROP VIEW v_answers;
DROP VIEW v_gaps;
DROP VIEW answers;
DROP VIEW answer_sources;
DROP VIEW gaps;

UPDATE answer_sheets SET answers = coalesce(
  (SELECT jsonb_agg(jsonb_build_array(${ANSWER_ELEMENTS.map((k) => `a->'${k}'`).join(', ')}) ORDER BY n)
   FROM jsonb_array_elements(answers) WITH ORDINALITY AS x(a, n)), '[]');
ALTER TABLE answer_sheets DROP COLUMN sources, DROP COLUMN gaps;

CREATE VIEW answers AS
  SELECT d.submission_id, (${text('position')})::integer AS position, ${text('question')} AS question, ${text('section')} AS section,
         ${text('state')} AS state, NULLIF(x.a->${element('value')}, 'null'::jsonb) AS value, ${text('value_text')} AS value_text,
         ${float('score')} AS score, ${float('best')} AS best, ${float('weight')} AS weight,
         ${text('evidence')} AS evidence, ${text('notes')} AS notes, ${text('justification')} AS justification
  FROM answer_sheets d CROSS JOIN LATERAL jsonb_array_elements(d.answers) AS x(a);

CREATE VIEW answer_sources AS
  SELECT d.submission_id, p.question, p.catalogue, p.provision
  FROM answer_sheets d JOIN submissions s ON s.id = d.submission_id
       JOIN checklist_provisions p ON p.checklist_hash = s.checklist_hash;

CREATE VIEW gaps AS
  SELECT s.id AS submission_id, x.rank::integer AS rank, x.g->>'question' AS question, x.g->>'section' AS section,
         (x.g->>'current')::double precision AS current, (x.g->>'best')::double precision AS best,
         (x.g->>'gap')::double precision AS gap, coalesce((x.g->>'hidden')::boolean, false) AS hidden
  FROM submissions s CROSS JOIN LATERAL jsonb_array_elements(s.document->'gaps') WITH ORDINALITY AS x(g, rank)
  WHERE EXISTS (SELECT 1 FROM answer_sheets d WHERE d.submission_id = s.id);

CREATE VIEW v_answers AS
  SELECT s.id AS submission_id, s.party_code, s.period, s.checklist_id, s.checklist_version, s.current,
         a.position, a.question, a.section, a.state, a.value, a.value_text, a.score, a.best, a.weight,
         a.evidence, a.notes, a.justification
  FROM v_submissions s JOIN answers a ON a.submission_id = s.id;

-- The answers' provisions: a hash join with the few rows of their checklist, not a lookup per answer.
CREATE VIEW v_provisions AS
  SELECT s.id AS submission_id, s.party_code, s.period, s.checklist_id, s.checklist_version, s.current,
         p.catalogue, p.provision, ${text('question')} AS question, ${text('state')} AS state, ${float('score')} AS score, ${float('weight')} AS weight
  FROM v_submissions s JOIN answer_sheets d ON d.submission_id = s.id
       CROSS JOIN LATERAL jsonb_array_elements(d.answers) AS x(a)
       JOIN checklist_provisions p ON p.checklist_hash = s.checklist_hash AND p.question = ${text('question')};

CREATE VIEW v_gaps AS
  SELECT s.id AS submission_id, s.party_code, s.period, s.checklist_id, s.current, g.rank, g.question, g.section, g.current AS answer_score, g.best, g.gap, g.hidden
  FROM v_submissions s JOIN gaps g ON g.submission_id = s.id;
`;

/**
 * The canonical document as `json` (its text, checked) rather than `jsonb`:
 * the embedded store spent about a third of an ingest's writes converting
 * 35 kB a report into jsonb's binary form, which nothing queries often (the
 * gaps view, `db query`). Operators `->`, `->>`, `#>` work on both; `@>`, `?`
 * need `document::jsonb`.
 */
const JSON_DOCUMENT = `
DROP VIEW v_gaps;
DROP VIEW gaps;
ALTER TABLE submissions ALTER COLUMN document TYPE json USING document::json;

CREATE VIEW gaps AS
  SELECT s.id AS submission_id, x.rank::integer AS rank, x.g->>'question' AS question, x.g->>'section' AS section,
         (x.g->>'current')::double precision AS current, (x.g->>'best')::double precision AS best,
         (x.g->>'gap')::double precision AS gap, coalesce((x.g->>'hidden')::boolean, false) AS hidden
  FROM submissions s CROSS JOIN LATERAL json_array_elements(s.document->'gaps') WITH ORDINALITY AS x(g, rank)
  WHERE EXISTS (SELECT 1 FROM answer_sheets d WHERE d.submission_id = s.id);

CREATE VIEW v_gaps AS
  SELECT s.id AS submission_id, s.party_code, s.period, s.checklist_id, s.current, g.rank, g.question, g.section, g.current AS answer_score, g.best, g.gap, g.hidden
  FROM v_submissions s JOIN gaps g ON g.submission_id = s.id;
`;

/**
 * The answer sheet as `json` (its text) rather than `jsonb`: the embedded
 * store spent about a third of a report's writes parsing the sheet into
 * jsonb's binary form (and compressing that larger form), for a column read
 * only through the answers and v_provisions views. It stays compressed: stored
 * uncompressed it saved ≈ 0.15 ms a report more for a store 40 % larger. Those views read it with json_array_elements; their
 * names, columns, types (`value` stays jsonb) and rows are the same.
 */
const JSON_SHEETS = `
DROP VIEW v_provisions;
DROP VIEW v_answers;
DROP VIEW answers;
ALTER TABLE answer_sheets ALTER COLUMN answers TYPE json USING answers::json;

CREATE VIEW answers AS
  SELECT d.submission_id, (${text('position')})::integer AS position, ${text('question')} AS question, ${text('section')} AS section,
         ${text('state')} AS state, NULLIF((x.a->${element('value')})::jsonb, 'null'::jsonb) AS value, ${text('value_text')} AS value_text,
         ${float('score')} AS score, ${float('best')} AS best, ${float('weight')} AS weight,
         ${text('evidence')} AS evidence, ${text('notes')} AS notes, ${text('justification')} AS justification
  FROM answer_sheets d CROSS JOIN LATERAL json_array_elements(d.answers) AS x(a);

CREATE VIEW v_answers AS
  SELECT s.id AS submission_id, s.party_code, s.period, s.checklist_id, s.checklist_version, s.current,
         a.position, a.question, a.section, a.state, a.value, a.value_text, a.score, a.best, a.weight,
         a.evidence, a.notes, a.justification
  FROM v_submissions s JOIN answers a ON a.submission_id = s.id;

CREATE VIEW v_provisions AS
  SELECT s.id AS submission_id, s.party_code, s.period, s.checklist_id, s.checklist_version, s.current,
         p.catalogue, p.provision, ${text('question')} AS question, ${text('state')} AS state, ${float('score')} AS score, ${float('weight')} AS weight
  FROM v_submissions s JOIN answer_sheets d ON d.submission_id = s.id
       CROSS JOIN LATERAL json_array_elements(d.answers) AS x(a)
       JOIN checklist_provisions p ON p.checklist_hash = s.checklist_hash AND p.question = ${text('question')};
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'submissions and their scores, answers and needs; rejections', sql: TABLES },
  { version: 2, name: 'documented views for queries', sql: VIEWS },
  { version: 3, name: 'answers, their provisions and gaps as one sheet per submission', sql: ANSWER_SHEETS },
  { version: 4, name: 'provisions once per checklist, gaps read from the document, answers as arrays', sql: COMPACT_SHEETS },
  { version: 5, name: 'the canonical document as json', sql: JSON_DOCUMENT },
  { version: 6, name: 'the answer sheet as json, uncompressed', sql: JSON_SHEETS },
];

/** Every object the migrations create, dropped by `db rebuild` (views first); the tables are the ones ANALYZE reads. */
export const STORE_OBJECTS = {
  views: [
    'v_rejections',
    'v_unknowns',
    'v_gaps',
    'v_needs',
    'v_core',
    'v_provisions',
    'v_answers',
    'v_scores',
    'v_current',
    'v_submissions',
    'gaps',
    'answer_sources',
    'answers',
  ],
  tables: [
    'rejections',
    'checklist_provisions',
    'assistance_needs',
    'unknowns',
    'answer_sheets',
    'core_obligations',
    'pillar_scores',
    'section_scores',
    'submissions',
    'schema_migrations',
  ],
} as const;
