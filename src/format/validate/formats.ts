/** Output formats of `validate`; a module of its own so that declaring the command loads nothing else. */
export const VALIDATE_FORMATS = ['table', 'json', 'ndjson', 'junit', 'sarif', 'github'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];
