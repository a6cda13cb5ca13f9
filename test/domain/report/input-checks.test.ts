import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LanguageTag, SemVer } from '../../../src/domain/schemas/common.js';
import { LANGUAGE_TAG_PATTERN, SEMVER_PATTERN, TIMESTAMP_PATTERN } from '../../../src/domain/schemas/constants.js';
import { Report } from '../../../src/domain/schemas/report.js';

/*
 * reportInputFindings checks a report's dates, language and tool version with
 * plain patterns, so that validating a valid report never loads zod: they must
 * accept exactly what the schemas accept.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');

const DATES = [
  '2026-03-01T09:30:00Z',
  '2026-03-01T09:30:00.123+01:00',
  '2024-02-29T00:00:00Z',
  '2023-02-29T00:00:00Z',
  '2000-02-29T23:59:59-05:30',
  '1900-02-29T00:00:00Z',
  '2026-03-01T09:30:00',
  '2026-03-01T24:00:00Z',
  '2026-13-01T09:30:00Z',
  '2026-04-31T09:30:00Z',
  '2026-03-01 09:30:00Z',
  '2026-03-01T09:30Z',
  '2026-03-01T09:30:00+0100',
  'yesterday',
  '',
];
const LANGUAGES = ['en', 'fr', 'pt-BR', 'zh-Hant-TW', 'eng', 'EN', 'e', 'english', 'en_GB', 'en-', 'en-a', 'es-419', ''];
const VERSIONS = ['1.0.0', '0.2.0', '10.20.30-rc.1', '1.0', '01.0.0', '1.0.0-', '1.0.0+build', 'v1.0.0', ''];

const datesAccepted = (created: string): boolean => Report.shape.dates.safeParse({ created }).success;

describe('the plain checks of a report input', () => {
  it('are the patterns the report schema holds', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/report.schema.json'), 'utf8'));
    expect(schema.properties.dates.properties.created.pattern).toBe(TIMESTAMP_PATTERN.source);
    expect(schema.properties.language.pattern).toBe(LANGUAGE_TAG_PATTERN.source);
    expect(schema.properties.tool.properties.version.pattern).toBe(SEMVER_PATTERN.source);
  });

  it('accept exactly what zod accepts', () => {
    for (const date of DATES) expect(TIMESTAMP_PATTERN.test(date), date).toBe(datesAccepted(date));
    for (const tag of LANGUAGES) expect(LANGUAGE_TAG_PATTERN.test(tag), tag).toBe(LanguageTag.safeParse(tag).success);
    for (const version of VERSIONS) expect(SEMVER_PATTERN.test(version), version).toBe(SemVer.safeParse(version).success);
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(TIMESTAMP_PATTERN.test(s)).toBe(datesAccepted(s));
        expect(LANGUAGE_TAG_PATTERN.test(s)).toBe(LanguageTag.safeParse(s).success);
        expect(SEMVER_PATTERN.test(s)).toBe(SemVer.safeParse(s).success);
      }),
    );
  });
});
