// Generates src/domain/parties/party-order.generated.json: the codes of the
// States of un-states.json in the order each language of the names (English,
// French) sorts them. `assess` lists the States at its first prompt; creating
// an Intl.Collator loads ICU's collation data, which took longer than the rest
// of that prompt, so the order is computed here, at build time.
// Run by scripts/build.mjs; test/domain/parties/party-order.test.ts checks that
// the committed file is the order Intl.Collator gives.
import { readFile } from 'node:fs/promises';

export const PARTY_ORDER_FILE = new URL('../src/domain/parties/party-order.generated.json', import.meta.url);
const DATA_FILE = new URL('../src/domain/parties/un-states.json', import.meta.url);

/** The file's text: for each language, the States' codes sorted by their names in it. */
export async function partyOrderSource() {
  const { states } = JSON.parse(await readFile(DATA_FILE, 'utf8'));
  const order = {};
  for (const language of ['en', 'fr']) {
    const collator = new Intl.Collator(language);
    order[language] = [...states].sort((a, b) => collator.compare(a.name[language], b.name[language])).map((s) => s.code);
  }
  return JSON.stringify(order) + '\n';
}
