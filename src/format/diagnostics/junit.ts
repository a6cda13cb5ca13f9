import type { WrittenDiagnostic as Diagnostic } from '../../domain/diagnostic.js';
import { groupByFile, positionText } from './summary.js';
import { writtenFirst } from './written.js';
import { terminalSafe } from '../terminal-safe.js';

// Everything outside XML 1.0's Char production (C0 controls except tab/LF/CR,
// lone surrogates, U+FFFE/U+FFFF) would make the document unparsable.
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXmlText(value: string): string {
  return value
    .replace(ILLEGAL_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attributes also encode whitespace, which parsers would otherwise normalise to spaces. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function isFailure(d: Diagnostic): boolean {
  return d.severity !== 'info';
}

function testcase(d: Diagnostic, rules: Record<string, string> | undefined): string {
  const position = positionText(d);
  const name = position ? `${d.code} at ${position}` : d.code;
  const open = `    <testcase classname="${escapeXmlAttribute(d.file)}" name="${escapeXmlAttribute(name)}">`;
  const location = position ? `${d.file}:${position}` : d.file;
  const rule = rules?.[d.code];
  const text = `${location}: ${d.severity}: ${d.message}` + (rule ? `\nRule ${d.code}: ${rule}` : '');
  const body = isFailure(d)
    ? `      <failure type="${escapeXmlAttribute(d.code)}" message="${escapeXmlAttribute(d.message)}">${escapeXmlText(text)}</failure>`
    : `      <system-out>${escapeXmlText(text)}</system-out>`;
  return `${open}\n${body}\n    </testcase>`;
}

/**
 * JUnit XML for CI dashboards: one `<testsuite>` per checked file, one
 * `<testcase>` per diagnostic. Errors and warnings are `<failure>`s (a CI
 * report hides nothing the human output shows); info diagnostics are passing
 * test cases whose text goes to `<system-out>`, so they are visible without
 * failing. A file with no diagnostics gets one passing `no problems` case.
 */
export const formatJunit = writtenFirst((report) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const group of groupByFile(report)) {
    const file = escapeXmlAttribute(group.file);
    const cases =
      group.diagnostics.length === 0
        ? [`    <testcase classname="${file}" name="no problems"/>`]
        : group.diagnostics.map((d) => testcase(d, report.rules));
    const suiteFailures = group.diagnostics.filter(isFailure).length;
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${file}" tests="${cases.length}" failures="${suiteFailures}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXmlAttribute(report.tool.name)}" tests="${tests}" failures="${failures}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
  // XML keeps CR, DEL, C1 and bidirectional controls: written visibly, as the output may go to a terminal.
  return terminalSafe(xml);
});
