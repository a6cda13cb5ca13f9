import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, validateFixtures } from '../../fixtures/validate/generate.js';

describe('validate fixtures', () => {
  it('are what test/fixtures/validate/generate.ts makes (UPDATE_VALIDATE_FIXTURES=1 writes them)', async () => {
    const fixtures = await validateFixtures();
    for (const [name, text] of fixtures) {
      const file = path.join(FIXTURES_DIR, name);
      if (process.env['UPDATE_VALIDATE_FIXTURES'] === '1') {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
      expect(readFileSync(file, 'utf8'), name).toBe(text);
    }
  });
});
