/**
 * Text as a search compares it: lower case, accents removed ("Côte d'Ivoire"
 * → "cote d'ivoire"), so that an official typing without accents, or on a
 * keyboard without them, still finds "Bénin" or « Oui ».
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
