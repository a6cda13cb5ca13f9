import { describe, expect, it } from 'vitest';
import type { ValidatedFile } from '../../../src/domain/schemas/validate-output.js';
import { addToSummary, emptySummary } from '../../../src/domain/validate/summary.js';
import { jsonClosing, jsonFile, jsonOpening, ndjsonFile, ndjsonSummary } from '../../../src/format/validate/json.js';
import { validatedFile } from './validated-file.js';
import { createSink } from '../../../src/format/validate/sink.js';

const tool = { name: 'selfassess', version: '0.1.0' };
const options = { tool, color: false, signatures: false, language: 'en' };

const file = validatedFile;

/** Runs records through a sink in runs (one flush after each), and returns what it wrote, write by write. */
function writes(format: 'json' | 'ndjson' | 'table', runs: ValidatedFile[][]): string[] {
  const written: string[] = [];
  const sink = createSink(format, (text) => written.push(text), options);
  const summary = emptySummary();
  for (const run of runs) {
    for (const record of run) {
      addToSummary(summary, record);
      sink.file(record);
    }
    sink.flush();
  }
  sink.end(summary);
  return written;
}

describe('the validate sink: one write per run of records, not per record', () => {
  const runs = [[file('a.json'), file('b.json'), file('c.json')], [], [file('d.json')]];
  const all = runs.flat();
  const summary = emptySummary();
  all.forEach((record) => addToSummary(summary, record));

  it('json: the opening at once, then one write per non-empty run, then the closing', () => {
    const written = writes('json', runs);
    expect(written).toEqual([
      jsonOpening(tool),
      [0, 1, 2].map((i) => jsonFile(all[i] as ValidatedFile, i)).join(''),
      jsonFile(all[3] as ValidatedFile, 3),
      jsonClosing(summary),
    ]);
  });

  it('ndjson: one write per non-empty run, then the summary line', () => {
    const written = writes('ndjson', runs);
    expect(written).toEqual([
      all
        .slice(0, 3)
        .map((r) => ndjsonFile(r))
        .join(''),
      ndjsonFile(all[3] as ValidatedFile),
      ndjsonSummary(summary),
    ]);
  });

  it('nothing written by a flush before any record, and the table still written once, at the end', () => {
    expect(writes('ndjson', [[]])).toEqual([ndjsonSummary(emptySummary())]);
    expect(writes('table', runs)).toHaveLength(1);
  });
});
