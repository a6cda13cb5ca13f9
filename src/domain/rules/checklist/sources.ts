import { phrase, toPointer } from '../../diagnostic.js';
import { computeCoverage } from '../../coverage.js';
import { listQuestions } from '../../checklist-model.js';
import type { ChecklistRuleContext } from '../context.js';
import { questionPointer } from '../pointers.js';

/** Cited catalogues exist, cited provisions exist, and every provision in scope is covered. */
export function sourceRules(context: ChecklistRuleContext): void {
  const c = context.document;
  const uses = c.catalogues ?? [];
  uses.forEach((use, i) => {
    if (!context.catalogues.has(use.id)) {
      context.report('catalogue-not-found', toPointer(['catalogues', i, 'id']), phrase('catalogue-not-found', { id: use.id }));
    }
  });
  const listed = new Set(uses.map((u) => u.id));
  for (const located of listQuestions(c)) {
    (located.question.sources ?? []).forEach((source, i) => {
      if (!listed.has(source.catalogue)) {
        context.report(
          'source-unknown-catalogue',
          questionPointer(located, 'sources', i, 'catalogue'),
          phrase('source-unknown-catalogue', { id: source.catalogue }),
        );
        return;
      }
      const catalogue = context.catalogues.get(source.catalogue);
      if (catalogue && !catalogue.provisions.some((p) => p.path === source.provision)) {
        context.report(
          'source-unknown-provision',
          questionPointer(located, 'sources', i, 'provision'),
          phrase('source-unknown-provision', { id: source.catalogue, provision: source.provision }),
        );
      }
    });
  }
  for (const coverage of computeCoverage(c, context.catalogues)) {
    if (!coverage.found) continue;
    const index = uses.findIndex((u) => u.id === coverage.catalogue);
    const scope = uses[index]?.scope ?? [];
    for (const path of coverage.unknownScope) {
      context.report(
        'scope-unknown-provision',
        toPointer(['catalogues', index, 'scope', scope.indexOf(path)]),
        phrase('scope-unknown-provision', { id: coverage.catalogue, provision: path }),
      );
    }
    for (const path of coverage.uncovered) {
      context.report(
        'scope-uncovered',
        toPointer(['catalogues', index, 'scope', scope.indexOf(path)]),
        phrase('scope-uncovered', { id: coverage.catalogue, provision: path }),
      );
    }
  }
}
