import type { Catalogue } from './schemas/catalogue.js';
import type { LevelWeights, Question } from './schemas/checklist.js';
import type { ObligationLevel } from './schemas/common.js';
import { OBLIGATION_LEVELS } from './schemas/constants.js';

/** The stronger of two levels (mandatory is the strongest, none the weakest). */
export function strongerLevel(a: ObligationLevel, b: ObligationLevel): ObligationLevel {
  return OBLIGATION_LEVELS.indexOf(a) <= OBLIGATION_LEVELS.indexOf(b) ? a : b;
}

/** Whether `a` is weaker than `b`. */
export function isWeaker(a: ObligationLevel, b: ObligationLevel): boolean {
  return OBLIGATION_LEVELS.indexOf(a) > OBLIGATION_LEVELS.indexOf(b);
}

/** The level a catalogue states for a provision, if it has that provision and states one. */
function provisionLevel(catalogue: Catalogue | undefined, path: string): ObligationLevel | undefined {
  return catalogue?.provisions.find((p) => p.path === path)?.level;
}

/**
 * The strongest level among the provisions a question cites, where the
 * catalogues state them; undefined when none does.
 */
export function sourcesLevel(question: Question, catalogues: ReadonlyMap<string, Catalogue>): ObligationLevel | undefined {
  let level: ObligationLevel | undefined;
  for (const source of question.sources ?? []) {
    const found = provisionLevel(catalogues.get(source.catalogue), source.provision);
    if (found !== undefined) level = level === undefined ? found : strongerLevel(level, found);
  }
  return level;
}

/** A question's level: the one it states, else the strongest of the provisions it cites. */
export function questionLevel(question: Question, catalogues: ReadonlyMap<string, Catalogue>): ObligationLevel | undefined {
  return question.level ?? sourcesLevel(question, catalogues);
}

/** The weight a doctrine gives a level (`none` weighs 0 unless the doctrine says otherwise). */
export function doctrineWeight(levels: LevelWeights, level: ObligationLevel): number {
  return level === 'none' ? (levels.none ?? 0) : levels[level];
}
