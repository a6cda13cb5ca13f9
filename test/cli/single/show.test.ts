import { describe, it } from 'vitest';
import { runSingle } from '../../../src/cli/single/show.js';
import { expectSameAsProgram } from './same-as-program.js';

describe('selfassess show through its own program', () => {
  it.each([['show', '--help'], ['show'], ['show', 'a.json', 'b.json'], ['show', 'r.json', '--colour'], ['show', '--lang', 'fr']])(
    '%j',
    async (...argv) => {
      await expectSameAsProgram(runSingle, argv);
    },
  );
});
