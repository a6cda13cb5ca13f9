import { phrase, toPointer } from '../../diagnostic.js';
import type { Catalogue } from '../../schemas/catalogue.js';
import type { RuleContext, Rule } from '../context.js';
import { checkTranslations } from '../translations.js';
import { provisionLevels } from './levels.js';

export type CatalogueRuleContext = RuleContext<Catalogue>;

function uniquePaths(context: CatalogueRuleContext): void {
  const seen = new Map<string, number>();
  context.document.provisions.forEach((p, i) => {
    const first = seen.get(p.path);
    if (first !== undefined) {
      context.report(
        'duplicate-provision-path',
        toPointer(['provisions', i, 'path']),
        phrase('duplicate-provision-path', { path: p.path, first: String(first) }),
      );
    } else seen.set(p.path, i);
  });
}

function parentsExist(context: CatalogueRuleContext): void {
  const paths = new Set(context.document.provisions.map((p) => p.path));
  context.document.provisions.forEach((p, i) => {
    const cut = p.path.lastIndexOf('.');
    if (cut === -1) return;
    const parent = p.path.slice(0, cut);
    if (!paths.has(parent)) {
      context.report('orphan-provision', toPointer(['provisions', i, 'path']), phrase('orphan-provision', { path: p.path, parent }));
    }
  });
}

function titles(context: CatalogueRuleContext): void {
  const c = context.document;
  checkTranslations([{ pointer: '/title', label: phrase('field.catalogue-title'), text: c.title }], c.languages, context.report);
  checkTranslations(
    c.provisions.map((p, i) => ({
      pointer: toPointer(['provisions', i, 'title']),
      label: phrase('field.provision-title', { path: p.path }),
      text: p.title,
    })),
    c.languages,
    context.report,
    'missing-title',
  );
  checkTranslations(
    c.provisions.flatMap((p, i) =>
      (p.parts ?? []).map((part, j) => ({
        pointer: toPointer(['provisions', i, 'parts', j, 'part']),
        label: phrase('field.provision-part', { n: String(j + 1), path: p.path }),
        text: part.part,
      })),
    ),
    c.languages,
    context.report,
  );
}

export const CATALOGUE_RULES: ReadonlyArray<Rule<CatalogueRuleContext>> = [uniquePaths, parentsExist, titles, provisionLevels];
