/** `validating ██████░░░░░░░░ 4,500 / 10,000 files` — one line, redrawn in place. */
export function progressLine(done: number, total: number, barWidth = 24): string {
  const ratio = total === 0 ? 1 : Math.min(1, done / total);
  const full = Math.round(ratio * barWidth);
  const n = (x: number): string => x.toLocaleString('en-US');
  return `validating ${'█'.repeat(full)}${'░'.repeat(barWidth - full)} ${n(done)} / ${n(total)} files`;
}
