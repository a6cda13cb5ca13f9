import { phrase, toPointer } from '../../diagnostic.js';
import { strongerLevel } from '../../levels.js';
import type { RuleContext } from '../context.js';
import type { Catalogue } from '../../schemas/catalogue.js';

/**
 * Every provision states its level of obligation, and a provision whose
 * sentences differ in force states the strongest of its parts as its level, so
 * that a question citing it is weighed by what it most requires.
 */
export function provisionLevels(context: RuleContext<Catalogue>): void {
  context.document.provisions.forEach((p, i) => {
    if (p.level === undefined) {
      context.report('provision-level-missing', toPointer(['provisions', i, 'path']), phrase('provision-level-missing', { path: p.path }));
      return;
    }
    if (p.parts === undefined) return;
    const strongest = p.parts.map((part) => part.level).reduce(strongerLevel);
    if (strongest !== p.level) {
      context.report(
        'provision-level-parts',
        toPointer(['provisions', i, 'level']),
        phrase('provision-level-parts', { path: p.path, level: p.level, strongest }),
      );
    }
  });
}
