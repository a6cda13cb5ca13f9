import { describe, expect, it } from 'vitest';
import { recogniseDocument } from '../../src/domain/documents.js';
import { isReadableFormatVersion, READABLE_FORMAT_VERSIONS } from '../../src/domain/format-version.js';
import { readReport } from '../../src/domain/report/read-report.js';

describe('the format-version gate', () => {
  it('reads the versions it lists, as numbers only', () => {
    for (const version of READABLE_FORMAT_VERSIONS) expect(isReadableFormatVersion(version)).toBe(true);
    expect(isReadableFormatVersion(Math.max(...READABLE_FORMAT_VERSIONS) + 1)).toBe(false);
    expect(isReadableFormatVersion(String(READABLE_FORMAT_VERSIONS[0]))).toBe(false);
    expect(isReadableFormatVersion(undefined)).toBe(false);
  });

  it('is the gate both document recognition and the report reader ask', () => {
    const unread = Math.max(...READABLE_FORMAT_VERSIONS) + 1;
    const recognised = recogniseDocument({ kind: 'report', formatVersion: unread });
    expect(recognised).toMatchObject({ ok: false, finding: { code: 'unknown-format-version' } });
    const read = readReport({ kind: 'report', formatVersion: unread });
    expect(read).toMatchObject({ ok: false, findings: [{ code: 'unknown-format-version' }] });
  });
});
