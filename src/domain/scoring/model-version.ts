/**
 * The scoring model this version of selfassess computes. Version 1 (selfassess
 * 0.1) left every hidden question out and had no core obligations; version 2
 * adds unmet follow-ups, core obligations with a band cap, and the list of
 * unknowns. docs/scoring.md states both; `validate` recomputes a report with the
 * version it names, so reports made before a change stay verifiable.
 */
export const SCORING_MODEL_VERSION = 2;

const SCORING_MODEL_VERSIONS = [1, 2] as const;
export type ScoringModelVersion = (typeof SCORING_MODEL_VERSIONS)[number];

/** The model version a report names: version 1 reports predate the member. */
export function reportModelVersion(scoring: { version?: number | undefined }): number {
  return scoring.version ?? 1;
}

export function isKnownModelVersion(version: number): version is ScoringModelVersion {
  return (SCORING_MODEL_VERSIONS as readonly number[]).includes(version);
}
