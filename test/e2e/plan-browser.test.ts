import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { sampleReport, writeSampleReport } from '../support/sample-reports.js';

/** The action plan as a page, in Debian's Chromium like the report (skipped, and said, where Chromium is absent). */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available)
  console.warn(`plan-browser: ${CHROMIUM} is absent, so the browser test is skipped — install Debian's chromium package to run it`);

let dir: string;

describe.skipIf(!available)('an action plan in Chromium', () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-plan-browser-'));
    await writeSampleReport(dir, await sampleReport('SEN', '2025'), 'sen.report.json');
    const r = runCli(['plan', 'sen.report.json', '--format', 'html', '--group', 'pillar', '--lang', 'fr', '-o', 'plan.html'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('opens without errors or requests, in French, with a part per item and the empty columns for the State', async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      const url = pathToFileURL(path.join(dir, 'plan.html')).href;
      await page.route('**/*', (route) => {
        if (route.request().url() === url) return route.continue();
        requests.push(route.request().url());
        return route.abort();
      });
      await page.goto(url, { waitUntil: 'load' });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      expect(await page.locator('h1').textContent()).toMatch(/^Projet de plan d’action national\u00a0: /);
      expect(await page.locator('section.part').count()).toBeGreaterThan(3);
      expect(await page.locator('th', { hasText: 'Institution responsable' }).count()).toBeGreaterThan(0);
      await page.pdf({ path: path.join(dir, 'plan.pdf'), format: 'A4' }).catch(() => undefined);
    } finally {
      await browser.close();
    }
  });
});
