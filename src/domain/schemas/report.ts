import { z } from 'zod';
import { Answer, ChecklistReference, Respondent } from './answers.js';
import { Band, CoreObligations, ScoringModelName, SourceReference } from './checklist.js';
import { FORMAT_VERSION, Identifier, LanguageTag, ReportingPeriod, Score, SemVer } from './common.js';
import { UNION_ABOUT } from './union-about.js';

const Count = z.number().int().min(0);
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'sha256');
const Timestamp = z.iso
  .datetime({ offset: true })
  .meta({ description: 'An ISO 8601 date and time, e.g. "2026-03-01T09:30:00Z".' });

export const StateCounts = z
  .strictObject({
    answered: Count,
    dontKnow: Count.meta({ description: 'Answered "don\'t know": counted, with score 0.' }),
    notApplicable: Count.meta({ description: 'Not applicable: left out of the score and the maximum.' }),
    hidden: Count.meta({ description: 'Not asked, because their condition is false: left out.' }),
    unanswered: Count.meta({ description: 'Visible but unanswered: counted, with score 0.' }),
    total: Count.meta({ description: 'Number of questions; the sum of the five counts above.' }),
  })
  .meta({ description: 'How many questions ended in each state.' });
export type StateCounts = z.infer<typeof StateCounts>;

const NullableScore = Score.nullable().meta({
  description: UNION_ABOUT.score,
});
const BandId = Identifier.nullable().meta({ description: UNION_ABOUT.band });

const ReportGap = z
  .strictObject({
    question: Identifier,
    section: Identifier,
    current: Score.meta({ description: 'Score of the current answer.' }),
    best: Score.meta({ description: 'Score of the best possible answer.' }),
    gap: Score.meta({ description: 'How much the overall score would rise with the best answer to this question alone.' }),
    sources: z.array(SourceReference).meta({ description: 'The provisions the question is about.' }),
    hidden: z.literal(true).optional().meta({
      description: 'The question was not asked: a worse answer to an earlier question made it moot, and it counts as unmet.',
    }),
  })
  .meta({ description: 'A question answered below its best, ranked by gap.' });
type ReportGap = z.infer<typeof ReportGap>;

const ReportUnknown = z
  .strictObject({
    question: Identifier,
    section: Identifier,
    state: z.enum(['dont-know', 'unanswered']),
    best: Score.meta({ description: 'Score of the best possible answer.' }),
    gain: Score.meta({ description: 'How much the overall score would rise if this question alone were answered with its best answer.' }),
    sources: z.array(SourceReference),
  })
  .meta({ description: 'A scored question the State answered "don\'t know" or left unanswered: it counts 0.' });
type ReportUnknown = z.infer<typeof ReportUnknown>;

export const CoreStatus = z.enum(['met', 'not-met', 'unknown', 'not-applicable']).meta({
  description: 'met; not-met (answered otherwise, or not asked because of a worse answer); unknown ("don\'t know" or unanswered); not-applicable.',
});
export type CoreStatus = z.infer<typeof CoreStatus>;

const ReportCore = z
  .strictObject({
    question: Identifier,
    section: Identifier,
    status: CoreStatus,
    sources: z.array(SourceReference),
  })
  .meta({ description: 'The status of one core obligation.' });
type ReportCore = z.infer<typeof ReportCore>;

const BandCap = z
  .strictObject({
    scoreBand: BandId.meta({ description: UNION_ABOUT['score-band'] }),
    obligations: z.array(Identifier).min(1).meta({ description: 'The core obligations not met or not known, in checklist order.' }),
  })
  .meta({ description: 'Present when a core obligation not met (or not known) lowered the band: `band` is then the cap.' });
type BandCap = z.infer<typeof BandCap>;

export const Integrity = z
  .strictObject({
    algorithm: z.literal('sha256'),
    canonicalization: z.literal('RFC8785'),
    digest: Sha256.meta({ description: 'SHA-256 of the RFC 8785 JSON of the report without its "integrity" member.' }),
  })
  .meta({ description: 'Lets anyone check that the report was not changed after it was produced.' });
export type Integrity = z.infer<typeof Integrity>;

export const Report = z
  .strictObject({
    kind: z.literal('report'),
    formatVersion: z.literal(FORMAT_VERSION),
    tool: z
      .strictObject({ name: z.string().min(1), version: SemVer })
      .meta({ description: 'The program that computed the report.' }),
    checklist: ChecklistReference.required({ hash: true }).meta({
      description: 'The checklist answered, with the SHA-256 of its canonical content.',
    }),
    scoring: z
      .strictObject({
        model: ScoringModelName,
        version: z.number().int().min(2).optional().meta({
          description: 'Version of the scoring model (docs/scoring.md); absent for version 1, the model of selfassess 0.1.',
        }),
        bands: z.array(Band).min(1),
        core: CoreObligations.optional(),
      })
      .meta({ description: 'The scoring model and its version, the maturity bands and the core obligations, copied from the checklist.' }),
    language: LanguageTag.meta({ description: 'Language of the report.' }),
    respondent: Respondent.required({ party: true }).meta({ description: 'Who answers; the party is required.' }),
    period: ReportingPeriod,
    dates: z
      .strictObject({
        created: Timestamp.meta({ description: 'When the report was produced.' }),
        completed: Timestamp.optional().meta({ description: 'When the assessment was complete; absent while it is not.' }),
      })
      .meta({ description: 'ISO 8601 dates and times.' }),
    answers: z.record(Identifier, Answer).meta({ description: 'The answers, as given, by question id.' }),
    completeness: z
      .strictObject({
        complete: z.boolean().meta({ description: 'True when no visible, non-optional question is unanswered.' }),
        missing: Count.meta({ description: 'How many visible, non-optional questions are unanswered.' }),
        missingQuestions: z
          .array(z.strictObject({ question: Identifier, section: Identifier }))
          .meta({ description: 'Those questions, in checklist order.' }),
      })
      .meta({ description: 'Whether every question that must be answered is.' }),
    scores: z
      .strictObject({
        overall: z.strictObject({ score: NullableScore, band: BandId, counts: StateCounts, cap: BandCap.optional() }),
        sections: z
          .array(z.strictObject({ id: Identifier, score: NullableScore, band: BandId, counts: StateCounts }))
          .meta({ description: 'One entry per section, in checklist order.' }),
        pillars: z
          .array(z.strictObject({ id: Identifier, score: NullableScore, counts: StateCounts }))
          .meta({ description: 'One entry per pillar; a question tagged with several pillars counts in each.' }),
      })
      .meta({ description: 'Scores, rounded to 4 decimals (see docs/scoring.md).' }),
    core: z.array(ReportCore).optional().meta({ description: 'Each core obligation the checklist names, in checklist order (model 2).' }),
    gaps: z.array(ReportGap).meta({ description: 'Questions answered below their best, largest gap first.' }),
    unknowns: z
      .array(ReportUnknown)
      .optional()
      .meta({ description: 'Scored questions answered "don\'t know" or unanswered, largest gain first (model 2).' }),
    assistance: z
      .array(
        z.strictObject({
          category: Identifier,
          questions: z.array(Identifier).min(1).meta({ description: 'Questions, in checklist order, that need it.' }),
        }),
      )
      .meta({ description: 'Technical-assistance needs by category, in the checklist\'s order of categories.' }),
    integrity: Integrity,
  })
  .meta({ title: 'selfassess report', description: 'A scored self-assessment, ready to submit and recompute.' });
export type Report = z.infer<typeof Report>;

/** A report before its integrity digest is computed. */
export type ReportBody = Omit<Report, 'integrity'>;
