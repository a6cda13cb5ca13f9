import type { CatalogueCoverage } from '../domain/coverage.js';
import { phrase, type PhraseParams } from '../domain/diagnostic.js';
import { localize } from '../domain/localize.js';
import { levelName } from '../i18n/scoring-words.js';
import { writeText } from '../i18n/write-text.js';
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
  if (p.inScope) return p.coveredBy.length > 0 ? 'covered' : 'not-covered';
  return p.coveredBy.length > 0 ? 'cited-out-of-scope' : 'out-of-scope';
}

/** The table's own words, in the language of the command's messages (the provisions' titles are the catalogue's); the table fits `width` columns when given. */
export function formatCoverage(view: CoverageView, format: 'table' | 'json', color: boolean, language = 'en', width?: number): string {
  const say = (key: string, params?: PhraseParams): string => writeText(phrase(`coverage.${key}`, params), language);
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
      parts.push(`  ${say('catalogue-not-found')}\n\n`);
      continue;
    }
    parts.push(
      renderTable(
        ['provision', 'title', 'level', 'status', 'questions', ...(view.measures ? ['measures'] : [])].map((h) => say(`head.${h}`)),
        c.provisions.map((p) => [
          p.path,
          c.titles[p.path] ?? '',
          // In words, as every output says a level (the code is what --level takes, and what JSON gives).
          p.level ? levelName(p.level, language) : '—',
          say(`status.${status(p)}`),
          p.coveredBy.join(', '),
          ...(view.measures
            ? [(view.measures.get(c.catalogue)?.get(p.path) ?? []).join(', ') || (p.inScope ? say('no-measure') : '')]
            : []),
        ]),
        { color, ...(width !== undefined && { width }) },
      ),
    );
    const inScope = c.provisions.filter((p) => p.inScope).length;
    const summary = say('summary', { covered: inScope - c.uncovered.length, count: inScope });
    parts.push(terminalSafe(summary + (c.uncovered.length ? say('not-covered', { list: c.uncovered.join(', ') }) : '')) + '\n');
    if (c.unknownScope.length) parts.push(terminalSafe(say('unknown-scope', { list: c.unknownScope.join(', ') })) + '\n');
    parts.push('\n');
  }
  return parts.join('');
}
