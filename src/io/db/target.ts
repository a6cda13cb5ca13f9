import os from 'node:os';
import path from 'node:path';

export type StoreTarget = { kind: 'embedded'; dir: string } | { kind: 'postgres'; url: string };

/**
 * Where the embedded store lives by default: $SELFASSESS_HOME/db, else the
 * XDG data folder ($XDG_DATA_HOME/selfassess/db, by default
 * ~/.local/share/selfassess/db), or %LOCALAPPDATA%\selfassess\db on Windows.
 * As drafts do (io/drafts.ts), but under data rather than state: received
 * submissions are kept, not work in progress.
 */
export function defaultStoreDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  const own = env['SELFASSESS_HOME'];
  if (own) return path.join(own, 'db');
  if (platform === 'win32') {
    return path.win32.join(env['LOCALAPPDATA'] || path.win32.join(home, 'AppData', 'Local'), 'selfassess', 'db');
  }
  const data = env['XDG_DATA_HOME'];
  // The XDG specification says to ignore a relative path.
  if (data && path.isAbsolute(data)) return path.join(data, 'selfassess', 'db');
  return path.join(home, '.local', 'share', 'selfassess', 'db');
}

function isPostgresUrl(text: string): boolean {
  return /^postgres(ql)?:\/\//i.test(text);
}

/** --db, else SELFASSESS_DB, else the default folder; a postgres:// URL names a server, anything else a folder. */
export function storeTarget(option: string | undefined, env: NodeJS.ProcessEnv, cwd: string): StoreTarget {
  const given = option ?? (env['SELFASSESS_DB'] || undefined);
  if (given === undefined) return { kind: 'embedded', dir: defaultStoreDir(env) };
  if (isPostgresUrl(given)) return { kind: 'postgres', url: given };
  return { kind: 'embedded', dir: path.resolve(cwd, given) };
}

/** The target as it may be printed: a URL without its password. */
export function describeTarget(target: StoreTarget): string {
  if (target.kind === 'embedded') return target.dir;
  try {
    const url = new URL(target.url);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}
