/** Longest id, key or code quoted in full in a message; a longer one (a hostile file's) is cut. */
const MAX_QUOTED_LENGTH = 80;

/** A word from the file, in quotes, cut with "…" past MAX_QUOTED_LENGTH: a message's size never grows with the file's. */
export function clipped(word: string): string {
  return word.length <= MAX_QUOTED_LENGTH ? `"${word}"` : `"${word.slice(0, MAX_QUOTED_LENGTH)}…"`;
}
