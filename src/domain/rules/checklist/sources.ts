import { toPointer } from '../../diagnostic.js';
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
      context.report(
        'catalogue-not-found',
        toPointer(['catalogues', i, 'id']),
        `catalogue "${use.id}" is neither bundled nor found — check the id, or pass its folder with --catalogues <dir>`,
      );
    }
  });
  const listed = new Set(uses.map((u) => u.id));
  for (const located of listQuestions(c)) {
    (located.question.sources ?? []).forEach((source, i) => {
      if (!listed.has(source.catalogue)) {
        context.report(
          'source-unknown-catalogue',
          questionPointer(located, 'sources', i, 'catalogue'),
          `catalogue "${source.catalogue}" is not listed in the checklist's "catalogues" — add it there or correct the id`,
        );
        return;
      }
      const catalogue = context.catalogues.get(source.catalogue);
      if (catalogue && !catalogue.provisions.some((p) => p.path === source.provision)) {
        context.report(
          'source-unknown-provision',
          questionPointer(located, 'sources', i, 'provision'),
          `catalogue "${source.catalogue}" has no provision "${source.provision}" — check the path (e.g. "6.3.b")`,
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
        `catalogue "${coverage.catalogue}" has no provision "${path}" — correct the scope`,
      );
    }
    for (const path of coverage.uncovered) {
      context.report(
        'scope-uncovered',
        toPointer(['catalogues', index, 'scope', scope.indexOf(path)]),
        `provision ${path} of "${coverage.catalogue}" is in scope but no scored question cites it or one of its subdivisions — add a question or remove it from the scope`,
      );
    }
  }
}
