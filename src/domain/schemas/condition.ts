import { z } from 'zod';
import { Identifier } from './common.js';
import { UNION_ABOUT } from './union-about.js';

/**
 * A condition is data, never code. It may refer only to questions that come
 * earlier in the checklist. Semantics (see docs/format.md): a condition on a
 * question that is hidden, unanswered, "don't know" or not applicable is false,
 * except `answered`; `equals` / `in` on a multiple-choice question mean "includes".
 */
const EqualsCondition = z
  .strictObject({ question: Identifier, equals: z.union([z.string(), z.number()]) })
  .meta({ description: 'True when the question was answered with this option code (multiple choice: includes it).' });

const InCondition = z
  .strictObject({ question: Identifier, in: z.array(z.union([z.string(), z.number()])).min(1) })
  .meta({ description: 'True when the answer is one of these codes (multiple choice: includes one of them).' });

const AnsweredCondition = z
  .strictObject({ answered: Identifier })
  .meta({ description: 'True when the question is visible and has an answer (including "don\'t know" and not applicable).' });

const NotCondition = z
  .strictObject({
    get not(): z.ZodType<Condition> {
      return Condition;
    },
  })
  .meta({ description: 'True when the inner condition is false.' });

const AllCondition = z
  .strictObject({
    get all(): z.ZodArray<z.ZodType<Condition>> {
      return z.array(Condition).min(1);
    },
  })
  .meta({ description: 'True when every inner condition is true.' });

const AnyCondition = z
  .strictObject({
    get any(): z.ZodArray<z.ZodType<Condition>> {
      return z.array(Condition).min(1);
    },
  })
  .meta({ description: 'True when at least one inner condition is true.' });

export type Condition =
  | { question: string; equals: string | number }
  | { question: string; in: Array<string | number> }
  | { answered: string }
  | { not: Condition }
  | { all: Condition[] }
  | { any: Condition[] };

export const Condition: z.ZodType<Condition> = z
  .union([EqualsCondition, InCondition, AnsweredCondition, NotCondition, AllCondition, AnyCondition])
  .meta({ id: 'Condition', description: UNION_ABOUT.condition });
