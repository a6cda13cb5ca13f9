import { describe, expect, it } from 'vitest';
import type { IngestOutcome } from '../../../src/domain/db/ingest-outcome.js';
import { formatIngest } from '../../../src/format/db/ingest.js';

const outcome = (supersedes: number): IngestOutcome => ({
  file: `fra-${supersedes}.report.json`,
  status: 'stored',
  party: 'FRA',
  period: '2026',
  checklist: 'tip-protocol',
  supersedes,
  superseded: false,
  signature: null,
  errors: 0,
  warnings: 0,
  diagnostics: [],
});

describe('formatIngest', () => {
  it('says how many reports each one supersedes, with the plural of the language', () => {
    const options = { color: false, where: 'store', rebuilt: false };
    const en = formatIngest([outcome(1), outcome(2)], 'table', { ...options, language: 'en' });
    expect(en).toContain('supersedes 1 earlier report ');
    expect(en).toContain('supersedes 2 earlier reports');
    const fr = formatIngest([outcome(1), outcome(2)], 'table', { ...options, language: 'fr' });
    expect(fr).toContain('remplace 1 rapport antérieur ');
    expect(fr).toContain('remplace 2 rapports antérieurs');
    expect(fr).not.toContain('(s)');
  });

  it('gives the totals in French in a form that agrees with any number (« rejetés\u00a0: 1 », never « 1 rejetés »)', () => {
    const options = { color: false, where: 'store', rebuilt: false, language: 'fr' };
    const fr = formatIngest([outcome(1)], 'table', options);
    expect(fr).toContain(
      'Fichiers lus\u00a0: 1 — enregistrés\u00a0: 1, déjà enregistrés\u00a0: 0, rejetés\u00a0: 0, en échec\u00a0: 0\u00a0; remplacés (conservés dans l’historique)\u00a0: 1 — store',
    );
    expect(fr).not.toMatch(/\b[01] (fichiers|enregistrés|rejetés|remplacés)/);
  });

  it('says the number of files read, and those a rebuild read, with the plural of the language', () => {
    const one = { color: false, where: 'store', rebuilt: true };
    expect(formatIngest([outcome(0)], 'table', { ...one, language: 'en' })).toMatch(
      /^Store emptied and rebuilt from 1 file\.\n[\s\S]*\n1 file: 1 stored, 0 already stored/,
    );
    expect(formatIngest([outcome(0), outcome(1)], 'table', { ...one, language: 'en' })).toMatch(
      /^Store emptied and rebuilt from 2 files\.\n[\s\S]*\n2 files: 2 stored/,
    );
    expect(formatIngest([outcome(0)], 'table', { ...one, language: 'fr' })).toMatch(
      /^Base vidée et reconstruite à partir de 1\u00a0fichier\.\n[\s\S]*Fichiers lus\u00a0: 1 —/,
    );
    expect(formatIngest([outcome(0), outcome(1)], 'table', { ...one, language: 'fr' })).toContain(
      'Base vidée et reconstruite à partir de 2\u00a0fichiers.',
    );
    expect(formatIngest([], 'table', { ...one, language: 'en' })).toContain('0 files: 0 stored');
  });
});
