/**
 * The codes that commands add to those of the loader, the answers, lint and
 * validate: building and comparing reports, plans, drafts and the database.
 * Stable: CI configurations and SARIF consumers refer to them.
 */
export const COMMAND_CODES = {
  'report-missing-party': 'The answers name no State party, so no report can be built.',
  'report-missing-period': 'The answers name no period, so no report can be built.',
  'report-checklist-mismatch': 'The answers belong to another checklist than the one the report is built with.',
  'report-invalid-input': 'The input of the report (dates, tool, language, digest) is not valid.',
  'draft-pending-answers': 'The draft has answers still pending: finish it with assess.',
  'compare-different-checklists': 'The reports to compare belong to different checklists.',
  'compare-no-shared-questions': 'The reports to compare share no question.',
  'compare-duplicate-report': 'Two reports to compare are for the same State party and period.',
  'plan-other-party': 'The plan is for another State party than the report.',
  'plan-other-checklist': 'The plan is for another checklist than the report.',
  'db-not-a-report': 'A file given to the database is not a report.',
  'db-write-failed': 'The database could not be written.',
} as const satisfies Record<string, string>;
