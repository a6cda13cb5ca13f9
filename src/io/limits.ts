/**
 * Limits checked before parsing, so that a hostile or broken file gives a
 * clear diagnostic quickly instead of exhausting memory or the stack.
 * Documented in the README ("Limits").
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_NESTING_DEPTH = 200;
/** yaml's guard against "billion laughs": how many alias expansions a document may make. */
export const MAX_ALIAS_COUNT = 1000;
