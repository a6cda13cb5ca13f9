import { describe, expect, it } from 'vitest';
import { MAX_STEM_LENGTH, reportFileName } from '../../../src/domain/report/file-name.js';

const report = (period: string) => ({
  respondent: { party: { type: 'state' as const, code: 'FRA', name: 'France' } },
  checklist: { id: 'tip-protocol', version: '1.0.0', hash: 'sha256:0' },
  period,
});

describe('reportFileName', () => {
  it('country, checklist and period', () => {
    expect(reportFileName(report('2026'))).toBe('fra-tip-protocol-2026.report.json');
  });

  it('a very long period is shortened with a hash, so that the name fits every file system and stays distinct', () => {
    const a = reportFileName(report('x'.repeat(5000) + 'a'));
    const b = reportFileName(report('x'.repeat(5000) + 'b'));
    expect(a.length).toBeLessThanOrEqual(MAX_STEM_LENGTH + '.report.json'.length);
    expect(Buffer.byteLength(a)).toBeLessThan(200);
    expect(a).toMatch(/^fra-tip-protocol-x+-[0-9a-f]{12}\.report\.json$/);
    expect(a).not.toBe(b);
  });
});
