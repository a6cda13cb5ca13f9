import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARTIES, partyList } from '../../../src/domain/parties/parties.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

async function generatedSource(): Promise<string> {
  // A build script (plain JavaScript): imported by its URL, its one function checked before use.
  const script: unknown = await import(pathToFileURL(path.join(ROOT, 'scripts/generate-party-order.mjs')).href);
  const generate = typeof script === 'object' && script !== null ? Reflect.get(script, 'partyOrderSource') : undefined;
  if (typeof generate !== 'function') throw new Error('scripts/generate-party-order.mjs exports no partyOrderSource');
  const source: unknown = await generate();
  if (typeof source !== 'string') throw new Error('partyOrderSource returned no text');
  return source;
}

describe('the order of the States computed at build time', () => {
  it('is what scripts/generate-party-order.mjs makes of un-states.json (npm run build writes it)', async () => {
    const committed = readFileSync(path.join(ROOT, 'src/domain/parties/party-order.generated.json'), 'utf8');
    expect(committed === (await generatedSource())).toBe(true);
  });

  it.each(['en', 'fr', 'fr-CA', 'es'])('gives the list a collator of %s sorts, the organizations last', (language) => {
    const lang = language.startsWith('fr') ? 'fr' : 'en';
    const collator = new Intl.Collator(lang);
    const states = PARTIES.filter((p) => p.type === 'state')
      .map((p) => p.name[lang])
      .sort((a, b) => collator.compare(a, b));
    const organizations = PARTIES.filter((p) => p.type === 'organization').map((p) => p.name[lang]);
    expect(partyList(language).map((e) => e.party.name)).toEqual([...states, ...organizations]);
  });
});
