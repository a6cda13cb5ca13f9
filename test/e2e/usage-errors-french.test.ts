import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

describe('usage errors of the command line itself, in French', () => {
  it('says an unknown option, a bad value and a missing argument in French with --lang fr or a French locale, exit 2', () => {
    const cases: Array<[string[], Record<string, string>, string]> = [
      [['validate', '--lang', 'fr', '--bogus', 'x'], {}, 'selfassess: option inconnue\u00a0: --bogus'],
      [['validate', '--jobs', 'abc', 'x'], { LANG: 'fr_FR.UTF-8' }, 'n’est pas valide. Un nombre entier, 1 ou plus, est attendu.'],
      [['render', '--lang', 'fr'], {}, 'selfassess: argument obligatoire manquant\u00a0: rapport'],
      // A pattern quoted as French quotes, --lang given before the command.
      [['--lang', 'fr', 'validate', 'nothing-*.json'], {}, 'selfassess: le motif «\u00a0nothing-*.json\u00a0» ne désigne aucun fichier'],
    ];
    for (const [args, env, expected] of cases) {
      const result = runCli(args, { env });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(expected);
      expect(result.stderr).not.toMatch(/unknown option|is invalid|missing required/);
    }
  });

  // assess, show and validate start from programs of their own (src/cli/single/, with a code cache): their help too.
  it('writes the help of every command in French with --lang fr or a French locale, the single programs included', () => {
    for (const [args, env] of [
      [['assess', '--help', '--lang', 'fr'], {}],
      [['show', '--help'], { LANG: 'fr_FR.UTF-8' }],
      [['validate', '--help', '--lang', 'fr'], {}],
      [['db', 'ingest', '--help', '--lang', 'fr'], {}],
    ] as Array<[string[], Record<string, string>]>) {
      const result = runCli(args, { env });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(
        `Utilisation\u00a0: selfassess ${args.filter((a) => !a.startsWith('-') && a !== 'fr').join(' ')} [options]`,
      );
      expect(result.stdout).toContain('afficher l’aide');
      expect(result.stdout).not.toMatch(/Usage:|Options:|show help/);
    }
  });

  it('keeps commander’s English words without a French locale', () => {
    const result = runCli(['validate', '--bogus', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("selfassess: unknown option '--bogus'");
  });
});
