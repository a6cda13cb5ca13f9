import type { CatalogueCoverage } from '../domain/coverage.js';
import { localize } from '../domain/localize.js';
import type { Catalogue } from '../domain/schemas/catalogue.js';
import { renderTable } from './table.js';
import { jsonTerminalSafe, terminalSafe } from './terminal-safe.js';

export interface CoverageView {
  checklist: { id: string; version: string };
  /** With measures: the ids of the measures implementing each provision, by catalogue and path. */
  measures?: Map<string, Map<string, string[]>>;
  catalogues: Array<CatalogueCoverage & { title?: string; titles: Record<string, string> }>;
  complete: boolean;
}

export function coverageView(
  checklist: { id: string; version: string },
  coverage: CatalogueCoverage[],
  catalogues: ReadonlyMap<string, Catalogue>,
  language: string,
): CoverageView {
  return {
    checklist,
    complete: coverage.every((c) => c.found && c.uncovered.length === 0 && c.unknownScope.length === 0),
    catalogues: coverage.map((c) => {
      const catalogue = catalogues.get(c.catalogue);
      const fallback = catalogue?.languages[0] ?? 'en';
      const titles = Object.fromEntries((catalogue?.provisions ?? []).map((p) => [p.path, localize(p.title, language, fallback)]));
      return { ...c, title: catalogue ? localize(catalogue.title, language, fallback) : undefined, titles };
    }),
  };
}

function status(p: { inScope: boolean; coveredBy: string[] }): string {
  if (p.inScope) return p.coveredBy.length > 0 ? 'covered' : 'NOT COVERED';
  return p.coveredBy.length > 0 ? 'cited, out of scope' : 'out of scope';
}

export function formatCoverage(view: CoverageView, format: 'table' | 'json', color: boolean): string {
  if (format === 'json') {
    const json = {
      checklist: view.checklist,
      complete: view.complete,
      catalogues: view.catalogues.map((c) => ({
        id: c.catalogue,
        found: c.found,
        uncovered: c.uncovered,
        unknownScope: c.unknownScope,
        provisions: c.provisions.map((p) => ({
          path: p.path,
          title: c.titles[p.path],
          level: p.level ?? null,
          inScope: p.inScope,
          coveredBy: p.coveredBy,
          ...(view.measures ? { measures: view.measures.get(c.catalogue)?.get(p.path) ?? [] } : {}),
        })),
      })),
    };
    return jsonTerminalSafe(JSON.stringify(json, null, 2)) + '\n';
  }
  const parts: string[] = [];
  for (const c of view.catalogues) {
    parts.push(terminalSafe(`${c.catalogue}${c.title ? ` — ${c.title}` : ''}`) + '\n');
    if (!c.found) {
      parts.push('  catalogue not found: pass its folder with --catalogues <dir>\n\n');
      continue;
    }
    parts.push(
      renderTable(
        ['provision', 'title', 'level', 'status', 'questions', ...(view.measures ? ['measures'] : [])],
        c.provisions.map((p) => [
          p.path,
          c.titles[p.path] ?? '',
          p.level ?? '—',
          status(p),
          p.coveredBy.join(', '),
          ...(view.measures ? [(view.measures.get(c.catalogue)?.get(p.path) ?? []).join(', ') || (p.inScope ? 'NO MEASURE' : '')] : []),
        ]),
        { color },
      ),
    );
    const inScope = c.provisions.filter((p) => p.inScope).length;
    parts.push(terminalSafe(`${inScope - c.uncovered.length} of ${inScope} provisions in scope covered` + (c.uncovered.length ? `; not covered: ${c.uncovered.join(', ')}` : '')) + '\n');
    if (c.unknownScope.length) parts.push(terminalSafe(`scope names provisions the catalogue does not have: ${c.unknownScope.join(', ')}`) + '\n');
    parts.push('\n');
  }
  return parts.join('');
}
