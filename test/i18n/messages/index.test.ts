import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../../src/i18n/messages/fr.js');
  vi.resetModules();
});

describe('the catalogues', () => {
  it('are built when their language is first spoken: a command in English never builds the French one, and builds it once', async () => {
    vi.resetModules();
    const built: string[] = [];
    vi.doMock('../../../src/i18n/messages/fr.js', async (importOriginal) => {
      const { fr } = await importOriginal<typeof import('../../../src/i18n/messages/fr.js')>();
      return {
        fr: () => {
          built.push('fr');
          return fr();
        },
      };
    });
    const { translator } = await import('../../../src/i18n/translate.js');
    const { MESSAGES } = await import('../../../src/ui/messages.js');
    expect(translator(MESSAGES, 'en')('setup.party')).toMatch(/^State or organization/);
    expect(built).toEqual([]);
    expect(translator(MESSAGES, 'fr')('setup.party')).toMatch(/^État ou organisation/);
    translator(MESSAGES, 'fr-CA')('setup.party');
    expect(built).toEqual(['fr']);
  });

  it("give each language's words without building its catalogue: reading answers in every language builds no other catalogue", async () => {
    vi.resetModules();
    const built: string[] = [];
    vi.doMock('../../../src/i18n/messages/fr.js', async (importOriginal) => {
      const { fr } = await importOriginal<typeof import('../../../src/i18n/messages/fr.js')>();
      const counted = () => {
        built.push('fr');
        return fr();
      };
      counted.words = fr.words;
      return { fr: counted };
    });
    const { toolWords } = await import('../../../src/i18n/tool-words.js');
    const { CATALOGUES, WORDS } = await import('../../../src/i18n/messages/index.js');
    expect(toolWords().byLanguage['fr']?.options.yes).toEqual(['Oui']);
    expect(built).toEqual([]);
    expect(WORDS.fr).toEqual(CATALOGUES.fr.words);
    expect(WORDS.en).toEqual(CATALOGUES.en.words);
    expect(built).toEqual(['fr']);
  });
});
