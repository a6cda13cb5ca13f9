import { Chalk } from 'chalk';
import type { Severity } from '../../domain/diagnostic.js';
import { countSeverities, groupByFile, noProblems, positionText, problemSummary, severityName } from './summary.js';
import { writtenFirst } from './written.js';
import { terminalSafeLine } from '../terminal-safe.js';

/** Display width in code points, so accented letters count as one column. */
function width(text: string): number {
  return [...text].length;
}

/** Pads `text` to `to` columns after styling it, so escape codes never count as width or wrap the padding. */
function pad(text: string, to: number, style: (s: string) => string = (s) => s): string {
  return style(text) + ' '.repeat(Math.max(0, to - width(text)));
}

/**
 * ESLint-like human output:
 *
 * ```
 * path/to/file.yaml
 *   3:5   error    message  code
 *   -     info     message  code
 *
 * ✖ 2 problems (1 error, 0 warnings, 1 info)
 * ```
 *
 * Only files with diagnostics get a block. Multi-line messages are folded onto
 * one line so the columns stay aligned. With no diagnostics at all a single
 * `✔ N files checked, no problems` line shows that the check did run.
 */
export const formatStylish = writtenFirst((report, options) => {
  // A private instance: never depend on chalk's global TTY auto-detection.
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<Severity, (s: string) => string> = {
    error: chalk.red,
    warning: chalk.yellow,
    info: chalk.blue,
  };
  const counts = countSeverities(report.diagnostics);
  if (counts.total === 0) {
    return chalk.green(`✔ ${noProblems(report.files.length, report.language)}`) + '\n';
  }

  const blocks: string[] = [];
  for (const group of groupByFile(report)) {
    if (group.diagnostics.length === 0) continue;
    const rows = group.diagnostics.map((d) => ({
      position: positionText(d) ?? '-',
      severity: d.severity,
      severityName: severityName(d.severity, report.language),
      message: terminalSafeLine(d.message.replace(/\s*\r?\n\s*/g, ' ')),
      code: terminalSafeLine(d.code),
    }));
    const posWidth = Math.max(...rows.map((r) => width(r.position)));
    const sevWidth = Math.max(...rows.map((r) => width(r.severityName)));
    const msgWidth = Math.max(...rows.map((r) => width(r.message)));
    const lines = rows.map(
      (r) =>
        `  ${pad(r.position, posWidth, chalk.dim)}  ${pad(r.severityName, sevWidth, paint[r.severity])}  ` +
        `${pad(r.message, msgWidth)}  ${chalk.dim(r.code)}`,
    );
    blocks.push([chalk.underline(terminalSafeLine(group.file)), ...lines].join('\n'));
  }

  const summaryColor = counts.errors > 0 ? chalk.red.bold : counts.warnings > 0 ? chalk.yellow.bold : chalk.bold;
  return `${blocks.join('\n\n')}\n\n${summaryColor(`✖ ${problemSummary(counts, report.language)}`)}\n`;
});
