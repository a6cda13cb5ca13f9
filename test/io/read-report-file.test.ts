import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportFile } from '../../src/io/read-report-file.js';
import { ROOT } from '../support/run-cli.js';

const fixture = (name: string): string => path.join(ROOT, 'test/fixtures', name);

describe('readReportFile, the one reader of a report file', () => {
  it('gives a report with its source', async () => {
    const read = await readReportFile(fixture('reports-model-1/tip-protocol-model-1.report.json'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.report.kind).toBe('report');
    expect(read.report.checklist.id).toBe('tip-protocol');
    expect(read.source.data).toMatchObject({ kind: 'report' });
  });

  it('refuses another kind of document with not-a-report at its kind, and gives the document back', async () => {
    const read = await readReportFile(fixture('reports-model-1/tip-protocol-1.0.0.answers.yaml'));
    expect(read.ok).toBe(false);
    if (read.ok || read.problem !== 'not-a-report') throw new Error(`expected not-a-report, got ${JSON.stringify(read)}`);
    expect(read.document.kind).toBe('answers');
    expect(read.diagnostics).toHaveLength(1);
    expect(read.diagnostics[0]).toMatchObject({ code: 'not-a-report', pointer: '/kind', start: { line: 1 } });
  });

  it('tells a file that cannot be opened from one that is broken', async () => {
    const missing = await readReportFile(fixture('reports-model-1/nowhere.report.json'));
    expect(missing).toMatchObject({ ok: false, problem: 'unopenable' });
    const broken = await readReportFile(fixture('bad-inputs/duplicate-keys.json'));
    expect(broken).toMatchObject({ ok: false, problem: 'unreadable' });
  });
});
