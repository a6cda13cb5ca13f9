import type { IngestOutcome } from '../../domain/db/ingest-outcome.js';
import { pluralCategory, translator } from '../../i18n/translate.js';
import { writeText } from '../../i18n/write-text.js';
import { plainTable } from './plain-table.js';
import type { IngestFormat } from './formats.js';
import { DB_MESSAGES } from './messages.js';

export interface IngestFormatOptions {
  language: string;
  color: boolean;
  /** The store, as it may be printed. */
  where: string;
  rebuilt: boolean;
}

interface IngestTotals {
  files: number;
  stored: number;
  duplicate: number;
  rejected: number;
  failed: number;
  /** Reports that became history in this run: older ones replaced by a new one, and new ones older than one stored. */
  superseded: number;
}

function ingestTotals(outcomes: readonly IngestOutcome[]): IngestTotals {
  const totals: IngestTotals = { files: outcomes.length, stored: 0, duplicate: 0, rejected: 0, failed: 0, superseded: 0 };
  for (const o of outcomes) {
    totals[o.status]++;
    totals.superseded += o.supersedes + (o.status === 'stored' && o.superseded ? 1 : 0);
  }
  return totals;
}

/** What `db ingest` and `db rebuild` say: one row per file, then the totals; or all of it as JSON. */
export function formatIngest(outcomes: readonly IngestOutcome[], format: IngestFormat, options: IngestFormatOptions): string {
  const totals = ingestTotals(outcomes);
  if (format === 'json')
    return JSON.stringify({ store: options.where, rebuilt: options.rebuilt, files: outcomes, summary: totals }, null, 2) + '\n';
  const t = translator(DB_MESSAGES, options.language);
  const rows = outcomes.map((o) => {
    const notes: string[] = [];
    if (o.supersedes > 0) notes.push(t(`ingest.supersedes.${pluralCategory(o.supersedes, options.language)}`, { count: o.supersedes }));
    if (o.superseded) notes.push(t('ingest.superseded', { party: o.party ?? '', period: o.period ?? '' }));
    for (const d of o.diagnostics)
      if (d.severity !== 'info') notes.push(`${d.severity === 'error' ? '✗' : '!'} ${d.code}: ${writeText(d.message, options.language)}`);
    return [o.file, t(`word.${o.status}`), o.party ?? '', o.period ?? '', o.checklist ?? '', notes.join(' · ')];
  });
  const head = [t('col.file'), t('col.status'), t('col.party'), t('col.period'), t('col.checklist'), t('col.problem')];
  const table = rows.length > 0 ? plainTable(head, rows, options.color) : '';
  // The plural of the number of files read; the other counts are said as participles or labels, whatever their number.
  const files = pluralCategory(totals.files, options.language);
  const rebuilt = options.rebuilt ? t(`rebuild.done.${files}`, { count: totals.files }) + '\n' : '';
  return `${rebuilt}${table}${t(`ingest.summary.${files}`, { ...totals, target: options.where })}\n`;
}
