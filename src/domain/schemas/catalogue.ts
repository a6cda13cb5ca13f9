import { z } from 'zod';
import { FORMAT_VERSION, Identifier, LanguageTag, LocalizedText, ProvisionPath } from './common.js';

/** Who a provision or recommendation is addressed to. */
export const Addressee = z
  .enum(['states-parties', 'states', 'secretariat', 'conference'])
  .meta({ description: 'Who the provision is addressed to.' });
export type Addressee = z.infer<typeof Addressee>;

export const Provision = z
  .strictObject({
    path: ProvisionPath,
    title: LocalizedText.meta({ description: 'A short title, in our own words (cite, never paste treaty text).' }),
    addressees: z.array(Addressee).min(1).optional(),
  })
  .meta({ description: 'One citable unit: an article, paragraph or subparagraph.' });
export type Provision = z.infer<typeof Provision>;

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
