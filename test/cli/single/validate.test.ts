import { describe, it } from 'vitest';
import { runSingle } from '../../../src/cli/single/validate.js';
import { expectSameAsProgram } from './same-as-program.js';

describe('selfassess validate through its own program', () => {
  it.each([
    ['validate', '--help'],
    ['validate'],
    ['validate', 'r.json', '--fromat', 'json'],
    ['validate', 'r.json', '-j', '0'],
    ['validate', 'r.json', '--max-warnings', '-1', '--lang', 'fr'],
    ['validate', 'r.json', '-f', 'html'],
  ])('%j', async (...argv) => {
    await expectSameAsProgram(runSingle, argv);
  });
});
