import { z } from 'zod';
import { SourceReference } from './checklist.js';
import { FORMAT_VERSION, Identifier, LanguageTag, LocalizedText, SemVer } from './common.js';
import { UNION_ABOUT } from './union-about.js';

/**
 * Implementation measures: for provisions of the instrument catalogues, what a
 * State can do about a gap — the second and third levels of the framework for
 * action of seed 003 (implementation measures, then activities and tools).
 */
const MeasureKind = z
  .enum(['legislative', 'institutional', 'operational', 'cooperation', 'data-research'])
  .meta({ description: 'What kind of action the measure is.' });
type MeasureKind = z.infer<typeof MeasureKind>;

export const Cost = z.enum(['low', 'medium', 'high']).meta({ description: 'Relative cost, so that a State can choose cost-effective measures first.' });
export type Cost = z.infer<typeof Cost>;

export const TimeFrame = z.enum(['short', 'medium', 'long']).meta({ description: 'Time frame: short (within a year), medium (one to three years), long (beyond).' });
export type TimeFrame = z.infer<typeof TimeFrame>;

const Tool = z
  .strictObject({
    id: Identifier,
    title: z.string().min(1).meta({ description: 'The exact published title, never invented.' }),
    publisher: z.string().min(1),
    year: z.number().int().min(1900).max(2100),
    edition: z.string().min(1).optional(),
  })
  .meta({ description: 'A published tool that supports measures, cited only where the reference is certain.' });
type Tool = z.infer<typeof Tool>;

const Actor = z
  .strictObject({ id: Identifier, title: LocalizedText })
  .meta({ description: 'An actor a measure typically involves (ministry of justice, police, labour inspectorate, civil society…).' });
type Actor = z.infer<typeof Actor>;

const Indicator = z
  .union([
    z.strictObject({
      checklist: Identifier,
      question: Identifier.meta({ description: 'A question whose answer should improve when the measure is implemented.' }),
    }),
    z.strictObject({ text: LocalizedText.meta({ description: UNION_ABOUT['indicator-text'] }) }),
  ])
  .meta({ description: UNION_ABOUT.indicator });
type Indicator = z.infer<typeof Indicator>;

const GoodPractice = z
  .strictObject({
    source: z.string().min(1).meta({ description: 'The document, e.g. "Vienna Forum report (seed 000)".' }),
    paragraph: z.string().min(1),
  })
  .meta({ description: 'Where a good practice the measure draws on is described.' });

export const Measure = z
  .strictObject({
    id: Identifier,
    title: LocalizedText,
    description: LocalizedText,
    provisions: z.array(SourceReference).min(1).meta({ description: 'The provisions the measure implements.' }),
    kind: MeasureKind,
    cost: Cost,
    timeFrame: TimeFrame,
    actors: z.array(Identifier).min(1).meta({ description: 'Ids of declared actors.' }),
    indicators: z.array(Indicator).min(1),
    tools: z.array(Identifier).optional().meta({ description: 'Ids of declared tools.' }),
    goodPractice: z.array(GoodPractice).optional(),
  })
  .meta({ description: 'One implementation measure.' });
export type Measure = z.infer<typeof Measure>;

export const MeasuresDocument = z
  .strictObject({
    kind: z.literal('measures'),
    formatVersion: z.literal(FORMAT_VERSION),
    id: Identifier,
    version: SemVer,
    languages: z.array(LanguageTag).min(1),
    title: LocalizedText,
    description: LocalizedText.optional(),
    catalogues: z.array(Identifier).min(1).meta({ description: 'The catalogues whose provisions the measures implement.' }),
    actors: z.array(Actor).min(1),
    tools: z.array(Tool).optional(),
    measures: z.array(Measure).min(1),
  })
  .meta({ title: 'selfassess implementation measures', description: 'Measures that answer the provisions of instrument catalogues, for action plans.' });
export type MeasuresDocument = z.infer<typeof MeasuresDocument>;
