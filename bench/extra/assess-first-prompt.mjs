// Time from launching `selfassess assess` (bundled Protocol checklist) to its
// first prompt on a real pseudo-terminal, against `node -e 0`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { report } from '../measure.mjs';

function firstPromptMs(pty, node, bin, env) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = pty.spawn(node, [bin, 'assess', '--lang', 'en'], { cols: 120, rows: 40, env });
    let screen = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no prompt after 15 s; the screen shows: ${screen}`));
    }, 15_000);
    child.onData((data) => {
      screen += data;
      if (screen.includes('?')) {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        clearTimeout(timer);
        child.kill();
        resolve(ms);
      }
    });
  });
}

export async function run({ bin, node, env, nodeMs }) {
  const { default: pty } = await import('node-pty');
  const home = mkdtempSync(path.join(tmpdir(), 'selfassess-bench-'));
  const ptyEnv = { PATH: env.PATH, HOME: home, SELFASSESS_HOME: path.join(home, 'state'), TERM: 'xterm-256color', LANG: 'en_GB.UTF-8' };
  await firstPromptMs(pty, node, bin, ptyEnv);
  const times = [];
  for (let i = 0; i < 9; i++) times.push(await firstPromptMs(pty, node, bin, ptyEnv));
  times.sort((a, b) => a - b);
  console.log('');
  report('assess: first prompt on a terminal', times[4], 'node -e 0', nodeMs, 3);
}
