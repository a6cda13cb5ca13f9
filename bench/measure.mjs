import { spawnSync } from 'node:child_process';

/** Median wall time, in milliseconds, of running a command `runs` times (after one warm-up). */
export function timeCommand(command, args, { runs = 15, env = process.env, expectStatus } = {}) {
  const once = () => {
    const start = process.hrtime.bigint();
    const r = spawnSync(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (expectStatus !== undefined && r.status !== expectStatus) {
      throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    }
    return ms;
  };
  once();
  const times = Array.from({ length: runs }, once).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function report(name, ms, baselineName, baselineMs, target) {
  const ratio = ms / baselineMs;
  // A measure without a target of its own (e.g. how a cost grows) prints its ratio only.
  const verdict =
    target === undefined
      ? 'no target of its own'
      : `target ≤ ${target}x: ${ratio <= target ? 'meets' : `MISSES by ${((ratio / target - 1) * 100).toFixed(0)}%`}`;
  console.log(
    `${name.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms   ${baselineName.padEnd(28)} ${baselineMs.toFixed(1).padStart(8)} ms   ratio ${ratio.toFixed(2)}x (${verdict})`,
  );
  return target === undefined || ratio <= target;
}
