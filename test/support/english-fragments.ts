import { CATALOGUES } from '../../src/i18n/messages/index.js';

/**
 * The English fragments between placeholders, long enough to be a phrase
 * (two words or more), minus those French says alike (codes, commands,
 * formats) — what a French run must never print.
 */
export function englishFragments(): string[] {
  const french = Object.values(CATALOGUES.fr.diagnostics).join('\n');
  const fragments = Object.values(CATALOGUES.en.diagnostics).flatMap((text) => text.split(/\{\w+\}/));
  const phrases = fragments
    .map((f) => f.trim().replace(/^[\s—:;,.()"]+|[\s—:;,.()"]+$/g, ''))
    .filter((f) => /[a-z]{2,} [a-z]{2,}/i.test(f) && f.length >= 8);
  return [...new Set(phrases)].filter((f) => !french.includes(f));
}
