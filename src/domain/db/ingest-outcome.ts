import type { Diagnostic } from '../diagnostic.js';

/** What became of one file. */
export interface IngestOutcome {
  file: string;
  /** stored: new; duplicate: already stored (same digest); rejected: not a valid report; failed: the database refused it. */
  status: 'stored' | 'duplicate' | 'rejected' | 'failed';
  party: string | null;
  period: string | null;
  checklist: string | null;
  /** How many stored reports this one superseded. */
  supersedes: number;
  /** A newer report of the same party, checklist and period is stored: this one is kept as history. */
  superseded: boolean;
  signature: string | null;
  errors: number;
  warnings: number;
  /** Errors (rejected) or warnings (stored), as validate gives them; for failed, the database's message. */
  diagnostics: Diagnostic[];
}
