import type { ValidateSummary } from '../../domain/schemas/validate-output.js';
import { addToSummary, emptySummary } from '../../domain/validate/summary.js';
import type { ValidateFormat } from '../../format/validate/formats.js';
import { createValidationEnvironment } from '../../io/validate-environment.js';
import { createSink } from '../../format/validate/sink.js';
import { createProgress } from '../../ui/progress-bar.js';
import { validateFiles } from '../../io/validate-run.js';
import { TOOL_NAME, TOOL_URI, TOOL_VERSION } from '../../version.js';
import { contextLanguage, wantsColor, type CliContext } from '../context.js';
import { checkLibrary, validationSources } from '../validation-sources.js';
import { EXIT } from '../exit-codes.js';
import { selectFiles } from '../select-files.js';
import type { FailOn } from '../verdict.js';
import { knownTerminalWidth } from '../terminal-width.js';
import { matchChecklist, type ChecklistCandidate } from '../../domain/answers/match-checklist.js';
import type { ValidatedFile } from '../../domain/schemas/validate-output.js';
import { isBundledFile } from '../../io/catalogues.js';
import { noteChecklistSource } from '../checklist-arg.js';

export interface ValidateOptions {
  format: ValidateFormat;
  failOn: FailOn;
  maxWarnings?: number;
  checklists?: string;
  catalogues?: string;
  trustedKeys?: string;
  jobs?: number;
}

/** The same rule as `lint` (verdict.ts), from counts: records stream, diagnostics are not all kept. */
function exitFor(summary: ValidateSummary, options: Pick<ValidateOptions, 'failOn' | 'maxWarnings'>): number {
  if (summary.errors > 0) return EXIT.findings;
  if (options.failOn === 'warning' && summary.warnings > 0) return EXIT.findings;
  if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) return EXIT.findings;
  return EXIT.ok;
}

/**
 * `selfassess validate`: recognises every file and validates it completely,
 * in parallel; one record per file, in the order of the file names.
 */
export async function validateCommand(patterns: string[], options: ValidateOptions, context: CliContext): Promise<number> {
  const files = await selectFiles(patterns, context);
  const sources = await validationSources(options, context);
  const env = createValidationEnvironment(sources);
  await checkLibrary(env, context);
  const sink = createSink(options.format, (text) => context.stdout.write(text), {
    tool: { name: TOOL_NAME, version: TOOL_VERSION, informationUri: TOOL_URI },
    color: options.format === 'table' && wantsColor(context, 'stdout'),
    signatures: sources.trustedKeys !== undefined,
    language: contextLanguage(context),
    width: options.format === 'table' ? knownTerminalWidth(context) : undefined,
  });
  const summary = emptySummary();
  const sourcesUsed = new Map<string, { candidate: ChecklistCandidate; files: number }>();
  const candidates = sources.checklists === undefined ? [] : await env.checklists();
  const streamsToTerminal = (options.format === 'json' || options.format === 'ndjson') && context.stdout.isTTY === true;
  const progress = createProgress(context.stderr, files.length, !streamsToTerminal, contextLanguage(context));
  try {
    await validateFiles(
      files,
      { jobs: options.jobs, sources, env },
      (result) => {
        addToSummary(summary, result);
        noteSource(result, candidates, sourcesUsed);
        sink.file(result);
        progress.tick();
      },
      sink.flush,
    );
  } finally {
    progress.done();
  }
  sink.end(summary);
  // Where a checklist that is not bundled came from: a report checked against it is not checked against the published one.
  for (const { candidate, files } of sourcesUsed.values()) {
    noteChecklistSource(candidate, context, files);
  }
  return exitFor(summary, options);
}

function noteSource(
  result: ValidatedFile,
  candidates: readonly ChecklistCandidate[],
  used: Map<string, { candidate: ChecklistCandidate; files: number }>,
): void {
  if (candidates.length === 0 || result.checklist === null || result.kind === 'checklist') return;
  const { id, version, hash } = result.checklist;
  const match = matchChecklist(hash === null ? { id, version } : { id, version, hash }, candidates);
  if (!match.ok || isBundledFile(match.match.file)) return;
  const entry = used.get(match.match.file) ?? { candidate: match.match, files: 0 };
  entry.files++;
  used.set(match.match.file, entry);
}
