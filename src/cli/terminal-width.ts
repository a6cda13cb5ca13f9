import type { CliContext } from './context.js';

/** Widths a summary is drawn at: below, bars make no sense; above, a line is longer than any screen. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 500;

/** Columns of the terminal, else $COLUMNS, else 80; clamped, so that COLUMNS=1000000000 draws a normal page. */
export function terminalWidth(context: Pick<CliContext, 'stdout' | 'env'>): number {
  return knownTerminalWidth(context) ?? 80;
}

/**
 * Columns of the terminal, else $COLUMNS, clamped as terminalWidth; undefined
 * when neither says (a pipe, a log): for `validate`'s table of one line per
 * file, which is then left as wide as its cells, for grep.
 */
export function knownTerminalWidth(context: Pick<CliContext, 'stdout' | 'env'>): number | undefined {
  const { stdout } = context;
  const clamp = (n: number): number => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, n));
  if ('columns' in stdout && typeof stdout.columns === 'number' && stdout.columns > 0) return clamp(stdout.columns);
  const fromEnv = Number(context.env['COLUMNS']);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? clamp(fromEnv) : undefined;
}
