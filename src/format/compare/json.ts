import type { CompareView } from './view.js';
import { assessedScore } from '../../domain/scoring/assessed.js';
import { jsonTerminalSafe } from '../terminal-safe.js';

/**
 * The comparison as data: raw scores (0 to 1, or null when not assessed),
 * ids next to titles, and the changes between periods with the answers as
 * codes and as labels.
 */
export function formatCompareJson(view: CompareView): string {
  const { matrix } = view;
  const json = {
    checklist: matrix.checklist,
    kind: matrix.kind,
    language: view.language,
    sharedQuestions: matrix.shared,
    note: view.note,
    columns: view.columns,
    rows: matrix.rows.map((row, i) => ({
      party: row.party,
      period: row.period,
      checklistVersion: row.checklistVersion,
      complete: row.complete,
      missing: row.missing,
      created: row.created,
      overall: row.overall,
      capped: view.rows[i]?.capNote ?? null,
      genuine: view.rows[i]?.genuine ?? true,
      // Scores as the reports state them (0 for a section nobody answered); `assessed` says which are not assessed.
      sections: Object.fromEntries(
        [...row.sections].map(([id, cell]) => [
          id,
          { score: cell.score, band: cell.band, assessed: assessedScore(cell.score, cell.counts) !== null },
        ]),
      ),
      pillars: Object.fromEntries([...row.pillars].map(([id, cell]) => [id, cell.score])),
    })),
    changes: matrix.diffs.map((diff, i) => ({
      ...diff,
      answers: diff.answers.map((answer, j) => ({
        ...answer,
        labels: { before: view.diffs[i]?.answers[j]?.before, after: view.diffs[i]?.answers[j]?.after },
      })),
    })),
  };
  return jsonTerminalSafe(JSON.stringify(json, null, 2)) + '\n';
}
