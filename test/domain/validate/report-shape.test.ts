import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

async function generatedSource(): Promise<string> {
  // A build script (plain JavaScript): imported by its URL, its one function checked before use.
  const script: unknown = await import(pathToFileURL(path.join(ROOT, 'scripts/generate-report-check.mjs')).href);
  const generate = typeof script === 'object' && script !== null ? Reflect.get(script, 'reportShapeSource') : undefined;
  if (typeof generate !== 'function') throw new Error('scripts/generate-report-check.mjs exports no reportShapeSource');
  const source: unknown = await generate();
  if (typeof source !== 'string') throw new Error('reportShapeSource returned no text');
  return source;
}

describe('the compiled report check', () => {
  it('is what scripts/generate-report-check.mjs makes of schemas/report.schema.json (npm run build writes it)', async () => {
    const committed = readFileSync(path.join(ROOT, 'src/domain/validate/report-shape.generated.js'), 'utf8');
    expect(committed === (await generatedSource())).toBe(true);
  });
});
