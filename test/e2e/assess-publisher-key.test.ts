import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY, Terminal } from '../support/pty.js';
import { ROOT, runCli } from '../support/run-cli.js';

/** assess --publisher-key answers only a checklist signed by that key and unchanged since. */
describe('selfassess assess --publisher-key', () => {
  function signedChecklist(): { dir: string; env: Record<string, string> } {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'selfassess-publisher-'));
    copyFileSync(path.join(ROOT, 'test/fixtures/checklists/valid-minimal.yaml'), path.join(dir, 'checklist.yaml'));
    expect(runCli(['keygen', '-o', 'publisher'], { cwd: dir }).status).toBe(0);
    expect(runCli(['keygen', '-o', 'other'], { cwd: dir }).status).toBe(0);
    expect(runCli(['sign', 'checklist.yaml', '--key', 'publisher.key'], { cwd: dir }).status).toBe(0);
    const env = {
      PATH: process.env['PATH'] ?? '',
      HOME: dir,
      SELFASSESS_HOME: path.join(dir, 'home'),
      TERM: 'xterm-256color',
      LANG: 'en_GB.UTF-8',
    };
    return { dir, env };
  }

  it('starts when the signature holds', async () => {
    const { dir, env } = signedChecklist();
    const terminal = new Terminal(['assess', 'checklist.yaml', '--publisher-key', 'publisher.pub', '--lang', 'en'], { cwd: dir, env });
    await terminal.waitFor('State or organization');
    await terminal.type(KEY.ctrlC);
    expect(await terminal.exited).toBe(130);
  });

  it('refuses a checklist changed after signing, and one signed by another key', async () => {
    const { dir, env } = signedChecklist();
    const other = new Terminal(['assess', 'checklist.yaml', '--publisher-key', 'other.pub', '--lang', 'en'], { cwd: dir, env });
    await other.waitFor(/checklist\.yaml is refused: signed with key [0-9a-f]{64}, which is not the public key given/);
    expect(await other.exited).toBe(1);

    writeFileSync(
      path.join(dir, 'checklist.yaml'),
      readFileSync(path.join(dir, 'checklist.yaml'), 'utf8').replace('Minimal checklist', 'Altered checklist'),
    );
    const altered = new Terminal(['assess', 'checklist.yaml', '--publisher-key', 'publisher.pub', '--lang', 'en'], { cwd: dir, env });
    await altered.waitFor(/checklist\.yaml is refused: .*(changed|altered)/s);
    expect(await altered.exited).toBe(1);
  });
});
