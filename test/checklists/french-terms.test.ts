import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/run-cli.js';

/**
 * Legal terms of the French texts follow the authentic French text of the
 * Protocol (A/RES/55/25, annex II). Each entry is a wording the legal review
 * found wrong (../shared/reviews/checklist-content-review.md, part (b)); a
 * text where it is right by exception names itself in `except`.
 */
const WRONG: ReadonlyArray<{ term: RegExp; why: string; except?: readonly string[] }> = [
  {
    term: /paragraphe 1 de l['’]article premier/i,
    why: 'the Convention applies through art. 1(2): « paragraphe 2 de l’article premier » (F1)',
  },
  { term: /assortie? d['’]une réserve/i, why: '« réserve » is a reservation in treaty law: a qualified obligation is « nuancée » (F2)' },
  {
    term: /réinstallation/i,
    why: 'for a witness or victim, « fourniture d’un nouveau domicile » (UNTOC art. 24(2)(a)); « réinstallation » is refugee resettlement (F9)',
    except: ['rec13-h-best-interests'],
  },
  { term: /droit de résidence permanente/i, why: '« droit de résider à titre permanent » (art. 8) (F10)' },
  { term: /officiers? de police/i, why: '« officier de police » is a rank: « policiers » (F23)' },
  { term: /gardes? frontières?(?!-)/i, why: '« garde-frontière » takes a hyphen (F23)' },
];

/** Every French text of a document, with where it stands: [path, text]. */
function frenchTexts(value: unknown, at: string[] = []): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => frenchTexts(v, [...at, String((v as { id?: string })?.id ?? i)]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'fr' && typeof v === 'string' ? [[at.join('/'), v] as [string, string]] : frenchTexts(v, [...at, key]),
  );
}

const files = [
  ...readdirSync(path.join(ROOT, 'checklists'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `checklists/${f}`),
  ...readdirSync(path.join(ROOT, 'checklists/instruments'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `checklists/instruments/${f}`),
];

describe('French legal terms of the bundled checklists and catalogues', () => {
  it.each(files)('%s uses none of the wordings the legal review found wrong', (file) => {
    const texts = frenchTexts(parse(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(texts.length).toBeGreaterThan(0);
    const found = texts.flatMap(([where, text]) =>
      WRONG.filter((w) => w.term.test(text) && !(w.except ?? []).some((id) => where.includes(id))).map((w) => `${where}: ${w.why}`),
    );
    expect(found).toEqual([]);
  });

  it('the check finds a known wrong term', () => {
    const texts = frenchTexts({ sections: [{ id: 'x', help: { fr: 'Une obligation assortie d’une réserve.' } }] });
    expect(WRONG.some((w) => texts.some(([, t]) => w.term.test(t)))).toBe(true);
  });
});

/**
 * French typography of every French text of the bundled checklists and
 * catalogues: the typographic apostrophe, a no-break space before « : ; ? ! »
 * and inside « guillemets » (docs/checklist-changes.md, 2.0.1).
 */
describe('French typography of the bundled checklists and catalogues', () => {
  it.each(files)('%s writes apostrophes, high punctuation and guillemets as French does', (file) => {
    const texts = frenchTexts(parse(readFileSync(path.join(ROOT, file), 'utf8')));
    const wrong = texts.flatMap(([where, text]) => [
      ...(/\p{L}'\p{L}/u.test(text) ? [`${where}: straight apostrophe in « ${text} »`] : []),
      ...(/(?:^|[^\u00a0\u202f])[:;?!]/.test(text.replace(/https?:\/\/\S+/g, ''))
        ? [`${where}: no no-break space before : ; ? ! in « ${text} »`]
        : []),
      ...(/«[^\u00a0\u202f]|[^\u00a0\u202f]»/.test(text) ? [`${where}: no no-break space inside « » in « ${text} »`] : []),
    ]);
    expect(wrong).toEqual([]);
  });
});
