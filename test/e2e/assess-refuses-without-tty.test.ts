import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../support/run-cli.js';

describe('selfassess assess without a terminal', () => {
  it('refuses when standard input is not a terminal, pointing to template and score (exit 2)', () => {
    const r = runCli(['assess'], { input: 'yes\n' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('needs a terminal (standard input is not a terminal)');
    // As it can be typed here: the test runs bin/selfassess.js with node, and no selfassess is on the PATH.
    expect(r.stderr).toMatch(/node "[^"]*bin\/selfassess\.js" template "tip-protocol" -o "answers\.yaml"/);
    expect(r.stderr).toMatch(/node "[^"]*bin\/selfassess\.js" score "answers\.yaml"/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('refuses in CI, in the language of the locale, naming the checklist given', () => {
    const r = runCli(['assess', 'tip-wg-2009'], { env: { CI: 'true', LANG: 'fr_FR.UTF-8' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('la variable d’environnement CI est définie');
    expect(r.stderr).toMatch(/selfassess\.js" template "tip-wg-2009" -o "reponses\.yaml"/);
  });

  it('is listed in the help with its options', () => {
    const r = runCli(['assess', '--help']);
    expect(r.status).toBe(0);
    for (const option of ['--lang', '--from', '--resume', '--output', '--plain', '--force']) expect(r.stdout).toContain(option);
    expect(r.stdout).toContain('selfassess/drafts');
  });
});
