import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/domain/schemas/report.js';
import { factsOf } from '../../../src/domain/validate/facts.js';
import { sameAsValidated } from '../../../src/io/db/ingest.js';
import { fileResult } from '../../../src/io/validate-file.js';
import { ROOT } from '../../support/run-cli.js';

describe('a report read again after its validation', () => {
  it('is stored only when it is the one validate saw', async () => {
    const file = path.join(ROOT, 'test/fixtures/validate/reports/valid.report.json');
    const report = JSON.parse(await readFile(file, 'utf8')) as Report;
    const validated = fileResult(file, factsOf(report), []);
    expect(sameAsValidated(report, validated)).toBe(true);
    const changed = structuredClone(report);
    changed.scores.overall.score = 0.95;
    expect(sameAsValidated(changed, validated)).toBe(false);
  });
});
