import { z } from 'zod';
import { Condition } from './condition.js';
import {
  FORMAT_VERSION,
  Identifier,
  LanguageTag,
  LocalizedText,
  ObligationLevel,
  ProvisionPath,
  Score,
  SemVer,
} from './common.js';
import { UNION_ABOUT } from './union-about.js';


export const QuestionType = z
  .enum(['yes-no', 'tri-state', 'single', 'multiple', 'number', 'date', 'text'])
  .meta({
    description:
      'yes-no and tri-state (yes / partly / no) have built-in options; single and multiple declare theirs; number, date and text are never scored.',
  });
export type QuestionType = z.infer<typeof QuestionType>;

/** Who answers: a State, or a regional economic integration organization (the `type` of `respondent.party`). */
export const RespondentType = z.enum(['state', 'organization']).meta({
  description: 'A kind of respondent: state, or organization (a regional economic integration organization).',
});
export type RespondentType = z.infer<typeof RespondentType>;

export const Option = z
  .strictObject({
    code: Identifier.meta({ description: 'Language-neutral code stored in answers.' }),
    label: LocalizedText,
    help: LocalizedText.optional(),
    score: Score.optional().meta({ description: 'Score of this option in [0, 1]; required on scored questions.' }),
    withText: z.boolean().optional().meta({ description: 'Choosing this option asks for a short text (e.g. "other").' }),
    exclusive: z
      .boolean()
      .optional()
      .meta({ description: 'Multiple choice: this option cannot be combined with others (e.g. "none").' }),
  })
  .meta({ description: 'An answer option.' });
export type Option = z.infer<typeof Option>;

export const SourceReference = z
  .strictObject({
    catalogue: Identifier.meta({ description: 'Id of an instrument catalogue.' }),
    provision: ProvisionPath,
  })
  .meta({ description: 'A provision this question is about.' });
export type SourceReference = z.infer<typeof SourceReference>;

export const Question = z
  .strictObject({
    id: Identifier.meta({ description: 'Stable id, unique in the checklist; answers refer to it.' }),
    type: QuestionType,
    text: LocalizedText,
    help: LocalizedText.optional().meta({ description: UNION_ABOUT.help }),
    options: z.array(Option).min(1).optional().meta({
      description: 'Required for single and multiple; for yes-no and tri-state, overrides labels or scores of the built-in codes.',
    }),
    aggregate: z.enum(['sum', 'max', 'mean']).optional().meta({
      description:
        'Multiple choice: how the selected options\' scores combine: sum capped at 1 (default), max, or mean.',
    }),
    unit: LocalizedText.optional().meta({ description: UNION_ABOUT.unit }),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    weight: z.number().optional().meta({ description: 'Weight in the score (default 1); 0 = informational, never scored.' }),
    level: ObligationLevel.optional().meta({
      description:
        'The level of obligation this question asks about, when it is not the strongest level of the provisions it cites (e.g. it asks only the "should" sentence of a paragraph): needs levelReason.',
    }),
    levelReason: z.string().min(1).optional().meta({ description: 'Why the question states its own level (for reviewers; not shown to respondents).' }),
    weightReason: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Why the weight differs from the one the checklist\'s doctrine (scoring.levels) gives the question\'s level.' }),
    whenHidden: z.enum(['unmet', 'excluded']).optional().meta({
      description:
        'Scored questions with a condition: what being hidden means. unmet: counts 0 of its weight (the respondent\'s own answer made it moot); excluded: left out (it truly does not apply). Default: excluded.',
    }),
    optional: z.boolean().optional().meta({ description: 'May be left unanswered without making a report incomplete.' }),
    allowFuture: z.boolean().optional().meta({
      description:
        'Date: accept a date after today (e.g. a planned date). By default a date is that of something done, such as the deposit of an instrument, and cannot be in the future.',
    }),
    allowDontKnow: z.boolean().optional().meta({ description: 'Offer "don\'t know" (default true).' }),
    allowNotApplicable: z
      .boolean()
      .optional()
      .meta({ description: 'Offer "not applicable", which requires a justification (default false).' }),
    notApplicableFor: z
      .array(RespondentType)
      .min(1)
      .optional()
      .meta({
        description:
          'Only these kinds of respondent may answer "not applicable" (e.g. [organization]: a regional economic integration organization acting outside its competence). Default: every respondent.',
      }),
    when: Condition.optional().meta({ description: 'Ask this question only when the condition holds.' }),
    sources: z.array(SourceReference).optional(),
    pillars: z.array(Identifier).optional().meta({ description: 'Pillar ids this question belongs to.' }),
    evidence: z
      .union([z.literal(true), LocalizedText])
      .optional()
      .meta({ description: UNION_ABOUT.evidence }),
    assistance: z
      .union([z.literal(true), z.array(Identifier).min(1)])
      .optional()
      .meta({ description: UNION_ABOUT.assistance }),
  })
  .meta({ description: 'One question.' });
export type Question = z.infer<typeof Question>;

export const Section = z
  .strictObject({
    id: Identifier,
    title: LocalizedText,
    description: LocalizedText.optional(),
    questions: z.array(Question),
  })
  .meta({ description: 'An ordered group of questions.' });
export type Section = z.infer<typeof Section>;

const Pillar = z
  .strictObject({ id: Identifier, title: LocalizedText, description: LocalizedText.optional() })
  .meta({ description: 'A pillar of the framework (prevention, prosecution, protection, partnership).' });
type Pillar = z.infer<typeof Pillar>;

const AssistanceCategory = z
  .strictObject({ id: Identifier, title: LocalizedText })
  .meta({ description: 'A category of technical-assistance needs.' });
type AssistanceCategory = z.infer<typeof AssistanceCategory>;

export const Band = z
  .strictObject({ id: Identifier, min: Score, max: Score, label: LocalizedText })
  .meta({ description: 'A maturity band: scores s with min <= s < max (the top band includes 1).' });
export type Band = z.infer<typeof Band>;

export const ScoringModelName = z.enum(['weighted', 'flat-unweighted']).meta({
  description: 'weighted: weighted mean of question scores (default); flat-unweighted: every scored question counts 1.',
});
export type ScoringModelName = z.infer<typeof ScoringModelName>;

const LevelWeight = z.number().min(0);

export const LevelWeights = z
  .strictObject({
    mandatory: LevelWeight,
    qualified: LevelWeight,
    consider: LevelWeight,
    recommended: LevelWeight,
    none: LevelWeight.optional().meta({ description: 'Default 0: a provision that creates no duty is never scored.' }),
  })
  .meta({
    description:
      'The doctrine: the weight of a question at each level of obligation. A question\'s level is the strongest level of the provisions it cites, unless it states its own; lint checks every weight against this table.',
  });
export type LevelWeights = z.infer<typeof LevelWeights>;

export const CoreObligation = z
  .strictObject({
    question: Identifier.meta({ description: 'A scored question of the checklist.' }),
    met: z.array(Identifier).min(1).optional().meta({
      description:
        'The answers that count as met: one of these codes (multiple choice: all of them chosen). Default: an answer with the question\'s best score.',
    }),
  })
  .meta({ description: 'A core obligation: a question without which the rest of the assessment is hollow.' });
export type CoreObligation = z.infer<typeof CoreObligation>;

export const CoreObligations = z
  .strictObject({
    cap: Identifier.meta({ description: 'Id of the highest band the overall score may reach while a core obligation is not met or not known.' }),
    obligations: z.array(CoreObligation).min(1),
  })
  .meta({ description: 'Core obligations, and the band the overall result is capped at while any of them is not met.' });
export type CoreObligations = z.infer<typeof CoreObligations>;

const Scoring = z
  .strictObject({
    model: ScoringModelName.optional(),
    bands: z.array(Band).min(1),
    levels: LevelWeights.optional(),
    core: CoreObligations.optional(),
  })
  .meta({ description: 'Scoring parameters.' });
type Scoring = z.infer<typeof Scoring>;

const CatalogueUse = z
  .strictObject({
    id: Identifier.meta({ description: 'Id of a bundled catalogue or one found with --catalogues.' }),
    scope: z.array(ProvisionPath).optional().meta({
      description: 'Provisions the checklist must cover: each needs a scored question citing it or one of its subdivisions.',
    }),
  })
  .meta({ description: 'An instrument catalogue the checklist cites.' });
type CatalogueUse = z.infer<typeof CatalogueUse>;

const BuiltinLabels = z
  .strictObject({
    yes: LocalizedText.optional(),
    partly: LocalizedText.optional(),
    no: LocalizedText.optional(),
    'dont-know': LocalizedText.optional(),
    'not-applicable': LocalizedText.optional(),
  })
  .meta({ description: 'Labels of the built-in codes in languages the tool does not know itself (it knows en and fr).' });

const ChecklistHistory = z
  .strictObject({
    version: SemVer.meta({ description: 'An earlier version of this checklist.' }),
    meaningChanged: z.array(Identifier).meta({
      description: 'Questions that kept their id but changed in meaning since that version: their answers carry over, to be confirmed.',
    }),
  })
  .meta({ description: 'What changed since an earlier version, for answers carried over from it.' });
type ChecklistHistory = z.infer<typeof ChecklistHistory>;

export const Checklist = z
  .strictObject({
    kind: z.literal('checklist'),
    formatVersion: z.literal(FORMAT_VERSION),
    id: Identifier,
    version: SemVer,
    languages: z.array(LanguageTag).min(1).meta({ description: 'Declared languages; the first is the default.' }),
    title: LocalizedText,
    description: LocalizedText.optional(),
    catalogues: z.array(CatalogueUse).optional(),
    pillars: z.array(Pillar).optional(),
    assistanceCategories: z.array(AssistanceCategory).optional(),
    builtinLabels: BuiltinLabels.optional(),
    scoring: Scoring,
    history: z.array(ChecklistHistory).optional(),
    sections: z.array(Section).min(1),
  })
  .meta({ title: 'selfassess checklist', description: 'A checklist: sections of questions, scored into a report.' });
export type Checklist = z.infer<typeof Checklist>;
