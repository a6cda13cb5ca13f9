import { z } from 'zod';
import { FORMAT_VERSION, Identifier, LanguageTag, ReportingPeriod, SemVer } from './common.js';
import { UNION_ABOUT } from './union-about.js';

/**
 * The value of an answer: an option code (single, yes-no, tri-state), a list of
 * codes (multiple), a number, an ISO date `YYYY-MM-DD`, a text, or one of the
 * reserved codes `dont-know` / `not-applicable`. `null` means not yet answered,
 * which is what a freshly generated template holds.
 */
export const AnswerValue = z
  .union([z.string(), z.number(), z.array(z.string())])
  .nullable()
  .meta({
    description:
      UNION_ABOUT['answer-value'],
  });
export type AnswerValue = z.infer<typeof AnswerValue>;

export const Answer = z
  .strictObject({
    value: AnswerValue.optional(),
    justification: z.string().optional().meta({ description: 'Why the question is not applicable (required with "not-applicable").' }),
    optionText: z
      .record(Identifier, z.string())
      .optional()
      .meta({ description: 'Text given with an option that asks for it (e.g. "other"), by option code.' }),
    notes: z.string().optional(),
    evidence: z.string().optional().meta({ description: 'The law, policy or institution that implements the provision.' }),
    assistance: z.array(Identifier).optional().meta({ description: 'Technical-assistance needs, by category id.' }),
  })
  .meta({ description: 'The answer to one question.' });
export type Answer = z.infer<typeof Answer>;

export const ChecklistReference = z
  .strictObject({
    id: Identifier,
    version: SemVer,
    hash: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'sha256')
      .optional()
      .meta({ description: 'SHA-256 of the checklist\'s canonical content (RFC 8785).' }),
  })
  .meta({ description: 'The checklist these answers belong to.' });
export type ChecklistReference = z.infer<typeof ChecklistReference>;

/** A State (ISO 3166-1 alpha-3) or a regional economic integration organization (e.g. EU). */
export const Party = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('state'),
      code: z.string().regex(/^[A-Z]{3}$/, 'iso-alpha-3'),
      name: z.string().min(1),
    }),
    z.strictObject({
      type: z.literal('organization'),
      code: z.string().regex(/^[A-Z]{2,10}$/, 'organization-code'),
      name: z.string().min(1),
    }),
  ])
  .meta({ description: UNION_ABOUT.party });
export type Party = z.infer<typeof Party>;

export const Respondent = z
  .strictObject({
    party: Party.optional(),
    institution: z.string().optional(),
    name: z.string().optional(),
    contact: z.string().optional(),
    role: z.string().optional(),
  })
  .meta({ description: 'Who answers.' });
export type Respondent = z.infer<typeof Respondent>;

/** Where an interrupted interactive assessment stands; only drafts have it. */
const DraftState = z
  .strictObject({
    position: z.string().nullable().meta({ description: 'Id of the question being asked, or null at the review screen.' }),
    skipped: z.array(Identifier).optional(),
    questions: z
      .array(Identifier)
      .optional()
      .meta({ description: 'Question ids of the checklist when the draft was saved, to tell new questions from gone ones on resume.' }),
    pending: z
      .record(Identifier, Answer)
      .optional()
      .meta({ description: 'Answers carried over from a previous report, still to be confirmed or changed.' }),
    savedAt: z.string().meta({ description: 'ISO 8601 date and time of the last save.' }),
  })
  .meta({ description: 'The position of an interactive assessment, saved after every answer.' });
type DraftState = z.infer<typeof DraftState>;

export const AnswersDocument = z
  .strictObject({
    kind: z.literal('answers'),
    formatVersion: z.literal(FORMAT_VERSION),
    checklist: ChecklistReference,
    language: LanguageTag.optional(),
    respondent: Respondent.optional(),
    period: ReportingPeriod.optional(),
    answers: z.record(Identifier, Answer).meta({ description: 'Answers by question id.' }),
    draft: DraftState.optional(),
  })
  .meta({ title: 'selfassess answers', description: 'Answers to a checklist, without scores; a draft also has its position.' });
export type AnswersDocument = z.infer<typeof AnswersDocument>;
