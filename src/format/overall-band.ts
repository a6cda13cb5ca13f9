import type { Report } from '../domain/schemas/report.js';
import { capReason, type CapFacts } from '../i18n/scoring-words.js';

/** The facts behind a capped overall band, or undefined when the band is not capped. */
function capFacts(report: Pick<Report, 'scores' | 'core'>): CapFacts | undefined {
  const cap = report.scores.overall.cap;
  if (cap === undefined) return undefined;
  return {
    obligations: cap.obligations.map((id) => {
      const core = report.core?.find((c) => c.question === id);
      return { question: id, status: core?.status ?? 'not-met', sources: core?.sources ?? [] };
    }),
  };
}

/** Why the overall band is capped ("capped: core obligation not met: Protocol, art. 5(1)"), or '' when it is not. */
export function capNote(report: Pick<Report, 'scores' | 'core'>, language: string): string {
  const facts = capFacts(report);
  return facts ? capReason(facts, language) : '';
}

/**
 * The overall band as every output prints it: its label and, when a core
 * obligation capped it, why, on the same line — "Developing (capped: core
 * obligation not met: Protocol, art. 5(1))".
 */
export function overallBandText(report: Pick<Report, 'scores' | 'core'>, language: string, label: (id: string | null) => string): string {
  const note = capNote(report, language);
  const band = label(report.scores.overall.band);
  return note ? `${band} (${note})` : band;
}
