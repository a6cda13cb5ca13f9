import { z } from 'zod';
import { LANGUAGE_TAG_PATTERN, OBLIGATION_LEVELS, SEMVER_PATTERN } from './constants.js';
import { UNION_ABOUT } from './union-about.js';

export { FORMAT_VERSION } from './constants.js';

/** A BCP-47 language tag such as `en`, `fr` or `pt-BR`. */
export const LanguageTag = z
  .string()
  .regex(LANGUAGE_TAG_PATTERN, 'language-tag')
  .meta({ description: 'A BCP-47 language tag such as "en", "fr" or "pt-BR".' });
export type LanguageTag = z.infer<typeof LanguageTag>;

/**
 * User-facing text: a map from language tag to text, or a plain string,
 * which counts as the document's default (first declared) language.
 */
export const LocalizedText = z
  .union([z.string().min(1), z.record(LanguageTag, z.string().min(1))])
  .meta({
    description:
      UNION_ABOUT['localized-text'],
  });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Identifiers of questions, sections, pillars, options and categories. */
export const Identifier = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'id')
  .meta({ description: 'A stable identifier: letters, digits, ".", "_" and "-".' });

/** A provision path in an instrument catalogue: `6.3.b` is article 6, paragraph 3, subparagraph (b). */
export const ProvisionPath = z
  .string()
  .regex(/^[0-9]+[a-z]?(\.[0-9a-z]+)*$/, 'provision-path')
  .meta({ description: 'A provision path: "6" (article 6), "6.3" (paragraph 3), "6.3.b" (subparagraph (b)).' });

/** Semantic version, `MAJOR.MINOR.PATCH` with an optional pre-release. */
export const SemVer = z
  .string()
  .regex(SEMVER_PATTERN, 'semantic-version')
  .meta({ description: 'A semantic version such as "1.0.0".' });

/** A score in [0, 1]. */
export const Score = z.number().min(0).max(1).meta({ description: 'A score between 0 and 1 inclusive.' });

/**
 * How much a provision asks of a State, read from its own words: "shall adopt" (mandatory);
 * "in appropriate cases", "shall endeavour", "within available means" (qualified);
 * "should", and Working Group recommendations (recommended); "shall consider", and a
 * recommendation only to consider (consider); definitions, purpose, scope and final clauses
 * that create no duty of their own (none). Listed from the most to the least demanding: a
 * recommendation to do a thing asks more of a State than a duty only to consider it, though
 * the duty binds and the recommendation does not (docs/scoring.md § 2a).
 */
export const ObligationLevel = z
  .enum(OBLIGATION_LEVELS)
  .meta({
    description:
      'Level of obligation: mandatory ("shall adopt"), qualified ("in appropriate cases", "shall endeavour"), consider ("shall consider"), recommended ("should", recommendations), none (definitions, purpose, final clauses).',
  });
export type ObligationLevel = z.infer<typeof ObligationLevel>;

/**
 * The reporting period. Not restricted to the canonical form here, so that
 * reports and drafts written before periods were checked still read; new
 * documents are written canonical, and answers files are checked by a rule
 * (`answer-invalid-period`, src/domain/period.ts) that names the position.
 */
export const ReportingPeriod = z
  .string()
  .min(1)
  .meta({
    description:
      'The reporting period: a year ("2025") or a range of years ("2024-2025"), as selfassess writes it. Answers files may also write "2024/2025" or "2024–2025", read as "2024-2025".',
  });
