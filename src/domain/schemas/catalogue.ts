import { z } from 'zod';
import { FORMAT_VERSION, Identifier, LanguageTag, LocalizedText, ObligationLevel, ProvisionPath } from './common.js';
import { UNION_ABOUT } from './union-about.js';

/** Who a provision or recommendation is addressed to. */
const Addressee = z
  .enum(['states-parties', 'states', 'secretariat', 'conference'])
  .meta({ description: 'Who the provision is addressed to.' });
type Addressee = z.infer<typeof Addressee>;

const Provision = z
  .strictObject({
    path: ProvisionPath,
    title: LocalizedText.meta({ description: UNION_ABOUT['provision-title'] }),
    addressees: z.array(Addressee).min(1).optional(),
    level: ObligationLevel.optional().meta({
      description: 'Level of obligation, read from the provision\'s own words (lint requires it); the strongest of its parts when it has parts.',
    }),
    parts: z
      .array(
        z.strictObject({
          level: ObligationLevel,
          part: LocalizedText.meta({ description: UNION_ABOUT['level-part'] }),
        }),
      )
      .min(2)
      .optional()
      .meta({ description: 'For a provision whose sentences differ in force (e.g. "shall provide training", then "should focus on"): each part with its level.' }),
  })
  .meta({ description: 'One citable unit: an article, paragraph or subparagraph.' });
type Provision = z.infer<typeof Provision>;

/** The citable units of a legal instrument or report. */
export const Catalogue = z
  .strictObject({
    kind: z.literal('catalogue'),
    formatVersion: z.literal(FORMAT_VERSION),
    id: Identifier,
    version: z.string().min(1).optional(),
    languages: z.array(LanguageTag).min(1),
    title: LocalizedText,
    citation: z.string().min(1).optional().meta({ description: 'The official reference of the instrument, e.g. "A/RES/55/25, annex II".' }),
    provisions: z.array(Provision).min(1),
  })
  .meta({ title: 'selfassess instrument catalogue', description: 'The citable units of a legal instrument or report.' });
export type Catalogue = z.infer<typeof Catalogue>;
