import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** What a terminal session of a test runs in: its own folder, and an environment with no CI variable (assess refuses to run in CI). */
export interface TerminalHome {
  dir: string;
  env: Record<string, string>;
}

/**
 * Gives each test a home of its own (drafts under `home/`, reports in the
 * folder), removed after the test; `use` receives it before each test.
 */
export function useTerminalHome(prefix: string, locale: string, use: (home: TerminalHome) => void): void {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), prefix));
    use({
      dir,
      env: { PATH: process.env['PATH'] ?? '', HOME: dir, SELFASSESS_HOME: path.join(dir, 'home'), TERM: 'xterm-256color', LANG: locale },
    });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
}
