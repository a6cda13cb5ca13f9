import { ANSWER_CODES } from './answers/codes.js';
import { COMMAND_CODES } from './command-codes.js';
import { LOADER_CODES } from './loader-codes.js';
import { MEASURES_RULES } from './measures/codes.js';
import { RULES } from './rules/codes.js';
import { VALIDATE_CODES } from './validate/codes.js';

/** A rule's row holds its severity and description; the other tables, the description only. */
type Row = string | readonly [unknown, string];

/**
 * Every code a diagnostic can carry, from the tables of the loader, the
 * answers, the lint rules (checklists, catalogues, measures), validate and the
 * commands. `Diagnostic.code` is this union, so a code that is in no table
 * does not compile, and SARIF lists every one of them with its description.
 */
const ALL_CODES = { ...LOADER_CODES, ...ANSWER_CODES, ...RULES, ...MEASURES_RULES, ...VALIDATE_CODES, ...COMMAND_CODES };

export type DiagnosticCode = keyof typeof ALL_CODES;

const description = (row: Row): string => (typeof row === 'string' ? row : row[1]);

/** The description of every code, for SARIF's rules and JUnit. */
export function codeDescriptions(): Record<DiagnosticCode, string> {
  const entries = Object.entries(ALL_CODES as Record<DiagnosticCode, Row>) as [DiagnosticCode, Row][];
  return Object.fromEntries(entries.map(([code, row]) => [code, description(row)])) as Record<DiagnosticCode, string>;
}
