import type { Diagnostic } from '../../domain/diagnostic.js';

export interface DiagnosticReport {
  tool: { name: string; version: string; informationUri?: string };
  /** Every file that was checked, in order, including those without findings (JUnit lists them as passing test cases). */
  files: string[];
  /** Already sorted deterministically by the caller. */
  diagnostics: Diagnostic[];
  /** The language the messages are written in (the tool's words); English when absent. */
  language?: string;
  /** Short description of each rule code, for SARIF's rules array and JUnit. Optional. */
  rules?: Record<string, string>;
}

export interface FormatOptions {
  color: boolean;
}

export type DiagnosticFormatter = (report: DiagnosticReport, options: FormatOptions) => string;
