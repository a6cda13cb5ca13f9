import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultStoreDir, describeTarget, storeTarget } from '../../../src/io/db/target.js';

describe('where the store is', () => {
  it('is --db, else SELFASSESS_DB, else the data folder', () => {
    expect(storeTarget('postgres://u@h/db', { SELFASSESS_DB: '/x' }, '/cwd')).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(storeTarget(undefined, { SELFASSESS_DB: 'store' }, '/cwd')).toEqual({ kind: 'embedded', dir: path.resolve('/cwd', 'store') });
    expect(storeTarget(undefined, { SELFASSESS_HOME: '/home/me/sa' }, '/cwd')).toEqual({
      kind: 'embedded',
      dir: path.join('/home/me/sa', 'db'),
    });
  });

  it('follows the XDG data folder, ignoring a relative one, as drafts follow the state folder', () => {
    expect(defaultStoreDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/me')).toBe('/data/selfassess/db');
    expect(defaultStoreDir({ XDG_DATA_HOME: 'relative' }, 'linux', '/home/me')).toBe('/home/me/.local/share/selfassess/db');
    expect(defaultStoreDir({ LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' }, 'win32', 'C:\\Users\\me')).toBe(
      'C:\\Users\\me\\AppData\\Local\\selfassess\\db',
    );
  });

  it('never prints a password', () => {
    expect(describeTarget({ kind: 'postgres', url: 'postgres://u:secret@h:5432/db' })).toBe('postgres://u:***@h:5432/db');
  });
});
