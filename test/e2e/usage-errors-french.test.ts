import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

describe('usage errors of the command line itself, in French', () => {
  it('says an unknown option, a bad value and a missing argument in French with --lang fr or a French locale, exit 2', () => {
    const cases: Array<[string[], Record<string, string>, string]> = [
      [['validate', '--lang', 'fr', '--bogus', 'x'], {}, 'selfassess: option inconnue\u00a0: --bogus'],
      [['validate', '--jobs', 'abc', 'x'], { LANG: 'fr_FR.UTF-8' }, 'n’est pas valide. Un nombre entier, 1 ou plus, est attendu.'],
      [['render', '--lang', 'fr'], {}, 'selfassess: argument obligatoire manquant\u00a0: rapport'],
    ];
    for (const [args, env, expected] of cases) {
      const result = runCli(args, { env });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(expected);
      expect(result.stderr).not.toMatch(/unknown option|is invalid|missing required/);
    }
  });

  it('keeps commander’s English words without a French locale', () => {
    const result = runCli(['validate', '--bogus', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("selfassess: unknown option '--bogus'");
  });
});
