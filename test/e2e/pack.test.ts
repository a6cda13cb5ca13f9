import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';

/**
 * A user can install selfassess without cloning: `npm pack` makes a tarball
 * that installs a working binary. dist/ is a self-contained bundle, so the
 * install needs no registry.
 */
describe('npm pack', () => {
  it('produces a package that installs a working selfassess', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'selfassess-pack-'));
    const npmEnv = {
      ...process.env,
      npm_config_loglevel: 'error',
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    };
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, env: npmEnv, stdio: 'pipe' });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const prefix = path.join(work, 'prefix');
    execFileSync('npm', ['install', '--global', '--offline', '--prefix', prefix, path.join(work, tarball as string)], {
      env: npmEnv,
      stdio: 'pipe',
    });
    const bin = path.join(prefix, 'bin', 'selfassess');
    const env = { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' };
    const version = spawnSync(bin, ['--version'], { cwd: work, env, encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
    const list = spawnSync(bin, ['list', '--format', 'json'], { cwd: work, env, encoding: 'utf8' });
    expect(list.status).toBe(0);
    expect(JSON.parse(list.stdout).map((c: { id: string }) => c.id)).toContain('tip-protocol');
    const installedChecklists = path.join(prefix, 'lib', 'node_modules', 'selfassess', 'checklists');
    const lint = spawnSync(bin, ['lint', installedChecklists, '--fail-on', 'warning'], { cwd: work, env, encoding: 'utf8' });
    expect(lint.stdout).toContain('no problems');
    expect(lint.status).toBe(0);
    // The single programs' scripts and V8 code caches are in the package, and the installed copy uses them.
    const report = path.join(ROOT, 'scripts', 'code-cache-training.report.json');
    const validate = spawnSync(bin, ['validate', report], {
      cwd: work,
      env: { ...env, SELFASSESS_CODE_CACHE_REPORT: '1' },
      encoding: 'utf8',
    });
    expect(validate.stderr).toBe('code cache: accepted\n');
    expect(validate.status).toBe(0);
    // So do the workers of a batch.
    const fixtures = path.join(ROOT, 'test', 'fixtures', 'validate');
    const batch = spawnSync(
      bin,
      ['validate', path.join(fixtures, 'reports'), '--checklists', path.join(fixtures, 'checklists'), '-j', '2'],
      {
        cwd: work,
        env: { ...env, SELFASSESS_CODE_CACHE_REPORT: '1' },
        encoding: 'utf8',
      },
    );
    expect(batch.stderr.split('\n').filter((line) => line.startsWith('worker code cache:'))).toEqual([
      'worker code cache: accepted',
      'worker code cache: accepted',
    ]);
  }, 120_000);
});
