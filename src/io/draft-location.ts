import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/*
 * Where drafts are and what they are called, apart from drafts.ts (which reads
 * and writes them with yaml and the schemas): `assess` needs these before its
 * first prompt, and the rest only once there is a draft to read or to save.
 */

/**
 * Where drafts live: $SELFASSESS_HOME/drafts if set, else the XDG state folder
 * ($XDG_STATE_HOME/selfassess/drafts, by default ~/.local/state/selfassess/drafts),
 * or %LOCALAPPDATA%\selfassess\drafts on Windows. A state folder rather than a
 * config or cache one: drafts are work in progress that must survive, not be cleaned.
 */
export function draftsDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  const own = env['SELFASSESS_HOME'];
  if (own) return path.join(own, 'drafts');
  if (platform === 'win32') {
    return path.win32.join(env['LOCALAPPDATA'] || path.win32.join(home, 'AppData', 'Local'), 'selfassess', 'drafts');
  }
  const state = env['XDG_STATE_HOME'];
  // The XDG specification says to ignore a relative path.
  if (state && path.isAbsolute(state)) return path.join(state, 'selfassess', 'drafts');
  return path.join(home, '.local', 'state', 'selfassess', 'drafts');
}

/** `tip-protocol-1.0.0-20260301T093000Z.draft.yaml`: the checklist, its version and when the assessment began. */
export function draftFileName(checklistId: string, version: string, started: Date): string {
  const stamp = started
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
  return `${checklistId}-${version}-${stamp}.draft.yaml`;
}

/** The names of the draft files in `dir`, sorted; none when it does not exist. */
export async function draftNames(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => []);
  return names.filter((n) => n.endsWith('.draft.yaml') && !n.startsWith('.')).sort();
}
