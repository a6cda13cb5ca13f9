import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkerDiedError, WorkerPool } from '../../src/io/validate-pool.js';
import { FIXTURES_DIR } from '../fixtures/validate/generate.js';

const script = (name: string): string => path.join(FIXTURES_DIR, 'workers', name);

/** Each task's answer, or "died" for a task its worker died on. */
const outcomes = (results: readonly PromiseSettledResult<string>[]): string[] =>
  results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason instanceof WorkerDiedError ? 'died' : 'other'));

describe('WorkerPool (real worker threads)', () => {
  it('fails only the task of a worker that dies, replaces the worker, and goes on', async () => {
    const pool = new WorkerPool<string, string>({ script: script('echo-worker.mjs'), size: 2 });
    const inputs = ['a', 'crash', 'slow', 'throw', 'b', 'c', 'crash', 'd'];
    const results = await Promise.allSettled(inputs.map((input) => pool.run(input)));
    await pool.close();
    expect(outcomes(results)).toEqual(['echo a', 'died', 'echo slow', 'died', 'echo b', 'echo c', 'died', 'echo d']);
    const thrown = results[3];
    expect(thrown?.status === 'rejected' && thrown.reason instanceof WorkerDiedError && thrown.reason.message).toBe('thrown on purpose');
  });

  it('gives up on a worker script that cannot start, rejecting every task', async () => {
    const pool = new WorkerPool<string, string>({ script: script('broken-worker.mjs'), size: 1 });
    await expect(pool.run('a')).rejects.toThrow(/the validation workers cannot start: this worker cannot start/);
    await expect(pool.run('b')).rejects.toThrow(/closed/);
  });
});

describe('WorkerPool: tasks sent ahead (depth 2)', () => {
  it('gives the tasks sent ahead to a worker that dies to its replacement, failing only the one it was on', async () => {
    const pool = new WorkerPool<string, string>({ script: script('queue-worker.mjs'), size: 1, depth: 2 });
    const results = await Promise.allSettled(['a', 'crash', 'b', 'c', 'crash', 'd'].map((input) => pool.run(input)));
    await pool.close();
    expect(outcomes(results)).toEqual(['echo a', 'died', 'echo b', 'echo c', 'died', 'echo d']);
  });

  it('times only the task under way: the one behind a stuck task is answered by the next worker', async () => {
    const pool = new WorkerPool<string, string>({ script: script('stuck-worker.mjs'), size: 1, depth: 2, taskTimeoutMs: 300 });
    const results = await Promise.allSettled(['a', 'stuck', 'b'].map((input) => pool.run(input)));
    await pool.close();
    expect(results[0]).toEqual({ status: 'fulfilled', value: 'echo a' });
    const stuck = results[1];
    expect(stuck?.status === 'rejected' && stuck.reason instanceof WorkerDiedError && stuck.reason.timedOut).toBe(true);
    expect(results[2]).toEqual({ status: 'fulfilled', value: 'echo b' });
  }, 20_000);

  it('spreads tasks over every worker before sending any worker a second', async () => {
    const pool = new WorkerPool<string, string>({ script: script('who-worker.mjs'), size: 3, depth: 2 });
    // Wait until every worker is ready, so that the three first tasks find three idle workers.
    await Promise.all(['warm-1', 'warm-2', 'warm-3'].map((input) => pool.run(input)));
    const answers = await Promise.all(['a', 'b', 'c'].map((input) => pool.run(input)));
    await pool.close();
    expect(new Set(answers.map((answer) => answer.split(' ')[0])).size).toBe(3);
  });
});

describe('WorkerPool: wall-clock limit', () => {
  it('terminates a worker stuck past the limit, fails only its task as timed out, and goes on', async () => {
    const pool = new WorkerPool<string, string>({ script: script('stuck-worker.mjs'), size: 1, taskTimeoutMs: 300 });
    const results = await Promise.allSettled(['a', 'stuck', 'b'].map((input) => pool.run(input)));
    await pool.close();
    expect(results[0]).toEqual({ status: 'fulfilled', value: 'echo a' });
    const stuck = results[1];
    expect(stuck?.status === 'rejected' && stuck.reason instanceof WorkerDiedError && stuck.reason.timedOut).toBe(true);
    expect(stuck?.status === 'rejected' && stuck.reason instanceof WorkerDiedError && stuck.reason.outOfMemory).toBe(false);
    expect(results[2]).toEqual({ status: 'fulfilled', value: 'echo b' });
  }, 20_000);
});
