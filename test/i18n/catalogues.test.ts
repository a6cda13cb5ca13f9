import { describe, expect, it } from 'vitest';
import { CATALOGUES, TOOL_LANGUAGES, type Section } from '../../src/i18n/messages/index.js';

const en = CATALOGUES.en;
import { writePhrase } from '../../src/i18n/write-text.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
const SECTIONS = Object.keys(en) as Section[];
/** Every section of every catalogue, as `[language, section, key, text]`. */
const entries = (languages: readonly (keyof typeof CATALOGUES)[]): Array<[string, Section, string, string]> =>
  languages.flatMap((language) =>
    SECTIONS.flatMap((section) =>
      Object.entries(CATALOGUES[language][section]).map(([key, text]): [string, Section, string, string] => [language, section, key, text]),
    ),
  );

describe('message catalogues', () => {
  it('hold every section the English one has, and the locale and every area among them', () => {
    expect(SECTIONS).toEqual(
      expect.arrayContaining([
        'locale',
        'nav',
        'diagnostics',
        'ui',
        'render',
        'compare',
        'db',
        'plan',
        'summary',
        'check',
        'template',
        'scoring',
      ]),
    );
    for (const language of TOOL_LANGUAGES) expect(Object.keys(CATALOGUES[language]).sort(), language).toEqual([...SECTIONS].sort());
  });

  it('give every English key of every section a sentence in each language, with the same placeholders', () => {
    for (const language of TOOL_LANGUAGES.filter((l) => l !== 'en')) {
      for (const section of SECTIONS) {
        const english: Record<string, string> = en[section];
        const other: Record<string, string> = CATALOGUES[language][section];
        expect(Object.keys(other).sort(), `${language} ${section}`).toEqual(Object.keys(english).sort());
        for (const [key, text] of Object.entries(english)) {
          const translated = other[key];
          const where = `${language} ${section}.${key}`;
          expect(typeof translated === 'string' && (translated.trim() !== '' || text.trim() === ''), where).toBe(true);
          expect(placeholders(String(translated)), where).toEqual(placeholders(text));
        }
      }
    }
  });

  it('never write "(s)": plurals are forms chosen by Intl.PluralRules', () => {
    for (const [language, section, key, text] of entries(TOOL_LANGUAGES)) {
      expect(text, `${language} ${section}.${key}`).not.toMatch(/\((s|e|es|x)\)/);
    }
  });

  it('give plural keys both forms, in every section', () => {
    // A key with a `.one` form is chosen by count (translate.ts, write-text.ts), so it needs `.other` too;
    // `.other` alone is an ordinary key ("citation.other": a catalogue the tool does not know), and so
    // is template's "answer.one" ("Answer with one code:"), never asked for with a count.
    const ordinary = new Set(['template.answer.one']);
    for (const section of SECTIONS) {
      const keys = Object.keys(en[section]);
      for (const key of keys.filter((k) => k.endsWith('.one') && !ordinary.has(`${section}.${k}`))) {
        expect(keys, `${section}.${key}`).toContain(key.replace(/\.one$/, '.other'));
      }
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

  it('put a no-break space before « : ; ? ! » and inside guillemets in French, in every section', () => {
    for (const [, section, key, text] of entries(['fr'])) {
      // A placeholder's own words or a YAML key ("value: …", "optionText: {") are code, not French prose.
      const prose = text.replace(/[A-Za-z]+: /g, '').replace(/\{\s\{/g, '');
      expect(prose, `${section}.${key}`).not.toMatch(/ [:;?!]/);
      expect(prose, `${section}.${key}`).not.toMatch(/« |[^\u00a0\u202f]»/);
    }
  });
});
