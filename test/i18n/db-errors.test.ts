import { describe, expect, it } from 'vitest';
import { dbErrorReason } from '../../src/i18n/db-errors.js';
import { writeText } from '../../src/i18n/write-text.js';

const say = (code: string | undefined, words: string, language: string): string => {
  const reason = dbErrorReason(code, words);
  return typeof reason === 'string' ? reason : writeText(reason, language);
};

describe('database errors in the language asked', () => {
  it('names a known SQLSTATE or system code, and keeps the engine’s words', () => {
    expect(say('42703', 'column "x" does not exist', 'fr')).toBe('colonne inconnue (message d’origine\u00a0: column "x" does not exist)');
    expect(say('28P01', 'password authentication failed for user "u"', 'en')).toBe(
      'the server refused the role or its password; check the connection string (reported as: password authentication failed for user "u")',
    );
    expect(say('ENOTFOUND', 'getaddrinfo ENOTFOUND db.example', 'fr')).toMatch(/^hôte introuvable\u00a0;/);
  });

  it('a data exception is named by its class (22xxx)', () => {
    expect(say('22012', 'division by zero', 'en')).toBe(
      'a value does not suit its type or is out of range (reported as: division by zero)',
    );
  });

  it('an unknown or missing code leaves the engine’s words as they are, never a wrong translation', () => {
    expect(say('XX000', 'internal error', 'fr')).toBe('internal error');
    expect(say(undefined, 'something odd', 'fr')).toBe('something odd');
  });
});
