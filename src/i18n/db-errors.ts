import { phrase, type Phrase } from '../domain/diagnostic.js';

/**
 * PostgreSQL (and PGlite) and the network write their errors in English. The
 * usual ones are named here by their code — SQLSTATE, or the system's code for
 * a connection — in the language asked, and the server's words are kept in
 * brackets: they name the table, column or host at fault, which a
 * translation by code cannot.
 */
const BY_CODE: Readonly<Record<string, string>> = {
  '42P01': 'undefined-table',
  '42703': 'undefined-column',
  '42601': 'syntax',
  '42883': 'undefined-function',
  '42804': 'type-mismatch',
  '25006': 'read-only',
  '42501': 'privilege',
  '57014': 'cancelled',
  '28P01': 'authentication',
  '28000': 'authentication',
  '3D000': 'no-database',
  '3F000': 'no-schema',
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'no-host',
  EAI_AGAIN: 'no-host',
  ETIMEDOUT: 'timeout',
  ECONNRESET: 'reset',
};

/** Why the database refused: a phrase of the catalogues with the server's words, or the words alone for a code not known here. */
export function dbErrorReason(code: string | undefined, words: string): Phrase | string {
  const key = code === undefined ? undefined : BY_CODE[code];
  // SQLSTATE class 22 is "data exception": a value the query gave or met is wrong.
  const known = key ?? (code !== undefined && /^22[0-9A-Z]{3}$/.test(code) ? 'data' : undefined);
  return known === undefined ? words : phrase('db.reason.known', { reason: phrase(`db.reason.${known}`), words });
}
