import { useTerminalHome } from '../support/terminal-home.js';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY, Terminal } from '../support/pty.js';
import { ROOT } from '../support/run-cli.js';

const CHECKLIST = path.join(ROOT, 'test/fixtures/checklists/conditional-branches-all-types.yaml');

let dir: string;
let env: Record<string, string>;
useTerminalHome('selfassess-npm-start-', 'en_GB.UTF-8', (home) => {
  ({ dir, env } = home);
});

describe('assess started by npm start', () => {
  // npm runs the script in the package folder and says where the official typed the command in INIT_CWD.
  it("reads the paths typed after `npm start --` from the official's folder, not the package's", async () => {
    const typedIn = path.join(dir, 'ministry');
    const packageFolder = path.join(dir, 'package');
    await mkdir(typedIn);
    await mkdir(packageFolder);
    await copyFile(CHECKLIST, path.join(typedIn, 'national.yaml'));
    const t = new Terminal(['assess', 'national.yaml'], {
      cwd: packageFolder,
      env: { ...env, npm_lifecycle_event: 'start', INIT_CWD: typedIn },
    });
    await t.waitFor('In which language');
    await t.type(KEY.ctrlC);
    expect(await t.exited).toBe(130);
    expect(t.text).toContain('checklist branches 1.0.0 from national.yaml');
    // The same command outside npm start is read from where it runs, where there is no such file.
    const outside = new Terminal(['assess', 'national.yaml'], { cwd: packageFolder, env: { ...env, INIT_CWD: typedIn } });
    expect(await outside.exited).toBe(2);
    expect(outside.text).toContain('national.yaml');
    expect(outside.text).not.toContain('In which language');
  }, 60_000);
});
