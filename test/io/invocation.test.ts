import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessCommandLine, howInvoked, npmStartReportsDir, shellQuote, toolCommandLine } from '../../src/io/invocation.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-invocation-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('howInvoked', () => {
  it('recognises npm start (and npm run start) by its lifecycle event, not npm test', () => {
    expect(howInvoked({ npm_lifecycle_event: 'start' }, '/nowhere/bin/selfassess.js')).toEqual({ kind: 'npm-start' });
    expect(howInvoked({ npm_lifecycle_event: 'test', PATH: '' }, '/nowhere/bin/selfassess.js')).toEqual({
      kind: 'node',
      bin: '/nowhere/bin/selfassess.js',
    });
  });

  it.runIf(process.platform !== 'win32')('says "installed" only when the first selfassess on the PATH is this very program', async () => {
    const bin = path.join(dir, 'pkg', 'bin', 'selfassess.js');
    await mkdir(path.dirname(bin), { recursive: true });
    await writeFile(bin, '');
    const linked = path.join(dir, 'linked');
    const other = path.join(dir, 'other');
    await mkdir(linked);
    await mkdir(other);
    await symlink(bin, path.join(linked, 'selfassess'));
    await writeFile(path.join(other, 'selfassess'), '');
    expect(howInvoked({ PATH: [linked, other].join(path.delimiter) }, bin)).toEqual({ kind: 'installed' });
    // Another selfassess comes first: the shell would run that one.
    expect(howInvoked({ PATH: [other, linked].join(path.delimiter) }, bin)).toEqual({ kind: 'node', bin });
    expect(howInvoked({ PATH: '' }, bin)).toEqual({ kind: 'node', bin });
  });
});

describe('assessCommandLine', () => {
  it('prints the form that works where the official is', () => {
    const args = ['--resume', '/home/a b/x.draft.yaml'];
    expect(assessCommandLine({ kind: 'npm-start' }, args)).toBe('npm start -- --resume "/home/a b/x.draft.yaml"');
    expect(assessCommandLine({ kind: 'installed' }, args)).toBe('selfassess assess --resume "/home/a b/x.draft.yaml"');
    expect(assessCommandLine({ kind: 'node', bin: '/opt/sa/bin/selfassess.js' }, args)).toBe(
      'node "/opt/sa/bin/selfassess.js" assess --resume "/home/a b/x.draft.yaml"',
    );
    expect(assessCommandLine({ kind: 'npm-start' }, [])).toBe('npm start');
  });

  it('quotes what the shell would otherwise expand', () => {
    expect(shellQuote('/tmp/$HOME/`x`/"q".yaml')).toBe('"/tmp/\\$HOME/\\`x\\`/\\"q\\".yaml"');
    expect(shellQuote('--resume')).toBe('--resume');
  });
});

describe('toolCommandLine', () => {
  it('prints any command as it can be typed where the user is; after npm start, only assess goes through npm', () => {
    expect(toolCommandLine({ kind: 'installed' }, 'score', ['answers.yaml'])).toBe('selfassess score "answers.yaml"');
    expect(toolCommandLine({ kind: 'node', bin: '/opt/sa/bin/selfassess.js' }, 'score', ['a b.yaml'])).toBe(
      'node "/opt/sa/bin/selfassess.js" score "a b.yaml"',
    );
    expect(toolCommandLine({ kind: 'npm-start' }, 'assess', ['--resume'])).toBe('npm start -- --resume');
    // `npm start` runs assess and nothing else: score is reached through node and this package's own bin.
    expect(toolCommandLine({ kind: 'npm-start' }, 'score', ['answers.yaml'])).toMatch(
      /^node ".*bin[\\/]selfassess\.js" score "answers\.yaml"$/,
    );
  });
});

describe('npmStartReportsDir', () => {
  it('is outside the clone: $SELFASSESS_HOME/reports, else ~/selfassess', () => {
    expect(npmStartReportsDir({ SELFASSESS_HOME: '/srv/sa' }, '/home/a')).toBe(path.join('/srv/sa', 'reports'));
    expect(npmStartReportsDir({}, '/home/a')).toBe(path.join('/home/a', 'selfassess'));
  });
});
