/**
 * Limits checked before parsing, so that a hostile or broken file gives a
 * clear diagnostic quickly instead of exhausting memory or the stack.
 * Documented in the README ("Limits").
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_NESTING_DEPTH = 200;
/** yaml's guard against "billion laughs": how many alias expansions a document may make. */
export const MAX_ALIAS_COUNT = 1000;
/**
 * Values a YAML document may produce once its aliases are expanded, counted
 * on the syntax tree before any is produced (keys count as values). About
 * twice what the largest document without aliases may hold (MAX_SEPARATORS
 * separators), so that aliases never let a document grow much past what its
 * size would allow.
 */
export const MAX_EXPANDED_VALUES = 1_000_000;
/**
 * Separators (",", ":" and line ends) a document may hold: a bound on its
 * number of values, checked on the raw text. The YAML syntax tree takes about
 * 160 bytes per byte of dense source, so size alone does not bound memory:
 * 2 MB of one-character values would need 320 MB. A 5,000-question checklist
 * holds about 155,000; a report about 3,500.
 */
export const MAX_SEPARATORS = 400_000;
