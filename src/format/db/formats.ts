/** Output formats of the `db` commands; in a module of their own so that registering the commands loads no formatter. */
export const DB_FORMATS = ['table', 'csv', 'json', 'xlsx'] as const;
export type DbFormat = (typeof DB_FORMATS)[number];

export const INGEST_FORMATS = ['table', 'json'] as const;
export type IngestFormat = (typeof INGEST_FORMATS)[number];
