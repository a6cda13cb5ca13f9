/** The formats of `lint`'s diagnostics, apart from their formatters: the command line declares them without loading those (and chalk). */
export const DIAGNOSTIC_FORMATS = ['stylish', 'json', 'github', 'junit', 'sarif'] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];
