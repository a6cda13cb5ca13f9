import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages/en.js';
import { CATALOGUES } from '../../src/i18n/messages/index.js';
import { FILE_MESSAGES } from '../../src/i18n/file-messages.js';
import { TEMPLATE_MESSAGES } from '../../src/i18n/template-messages.js';
import { writePhrase } from '../../src/i18n/write-text.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('message catalogues', () => {
  it('give every English key a French sentence with the same placeholders', () => {
    for (const [key, english] of Object.entries(en.diagnostics)) {
      const french: unknown = CATALOGUES.fr.diagnostics[key as keyof typeof en.diagnostics];
      expect(typeof french === 'string' && french.trim() !== '', key).toBe(true);
      expect(placeholders(String(french)), key).toEqual(placeholders(english));
    }
    expect(Object.keys(CATALOGUES.fr.diagnostics).sort()).toEqual(Object.keys(en.diagnostics).sort());
  });

  it('never write "(s)": plurals are forms chosen by Intl.PluralRules', () => {
    const dictionaries = [
      CATALOGUES.en.diagnostics,
      CATALOGUES.fr.diagnostics,
      FILE_MESSAGES.en,
      FILE_MESSAGES.fr,
      TEMPLATE_MESSAGES.en,
      TEMPLATE_MESSAGES.fr,
    ];
    for (const dictionary of dictionaries) {
      for (const [key, text] of Object.entries(dictionary)) expect(text, key).not.toMatch(/\((s|e|es|x)\)/);
    }
  });

  it('give plural keys both forms', () => {
    const plural = Object.keys(en.diagnostics).filter((k) => /\.(one|other)$/.test(k));
    for (const key of plural) {
      const base = key.replace(/\.(one|other)$/, '');
      expect(Object.hasOwn(en.diagnostics, `${base}.one`) && Object.hasOwn(en.diagnostics, `${base}.other`), base).toBe(true);
    }
  });

  it('choose the form by count, as each language counts (French: 0 and 1 are singular)', () => {
    const files = (count: number, language: 'en' | 'fr'): string =>
      writePhrase({ key: 'stylish.no-problems', params: { count } }, language);
    expect(files(1, 'en')).toBe('1 file checked, no problems');
    expect(files(0, 'en')).toBe('0 files checked, no problems');
    expect(files(0, 'fr')).toBe('0\u00a0fichier vérifié, aucun problème');
    expect(files(2, 'fr')).toBe('2\u00a0fichiers vérifiés, aucun problème');
  });

  it('put a non-breaking space before « : ; ? ! » and inside guillemets in French', () => {
    for (const [key, text] of Object.entries(CATALOGUES.fr.diagnostics)) {
      // A placeholder's own words or a YAML key ("value: …", "optionText: {") are code, not French prose.
      const prose = text.replace(/[A-Za-z]+: /g, '').replace(/\{\s\{/g, '');
      expect(prose, key).not.toMatch(/ [:;?!]/);
      expect(prose, key).not.toMatch(/« |[^\u00a0\u202f]»/);
    }
  });
});
