import { describe, it } from 'vitest';
import { runSingle } from '../../../src/cli/single/assess.js';
import { expectSameAsProgram } from './same-as-program.js';

describe('selfassess assess through its own program', () => {
  it.each([
    ['assess', '--help'],
    ['assess', '--colour'],
    ['assess', 'a', 'b', 'c'],
    ['assess', '--lang', 'fr', '--nope'],
  ])('%j', async (...argv) => {
    await expectSameAsProgram(runSingle, argv);
  });
});
