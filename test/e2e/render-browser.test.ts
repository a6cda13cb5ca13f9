import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { sampleReport, writeSampleReport } from '../support/sample-reports.js';

/**
 * The rendered page in a real browser: Debian's Chromium, driven by
 * playwright-core (which downloads no browser of its own). Where Chromium
 * is absent the tests say so and are skipped; CI installs it (.ci/run).
 * Screenshots go to a temporary folder, or to $SELFASSESS_SCREENSHOTS to keep them.
 */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) {
  console.warn(
    `render-browser: ${CHROMIUM} is absent, so the browser tests are skipped — install Debian's chromium package (apt-get install chromium) to run them`,
  );
}

const HOSTILE = '<script>window.__pwned = true; document.title = "pwned"</script><img src=x onerror="window.__pwned = true">';

let dir: string;
let shots: string;
let browser: Browser;

interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
}

/** Opens a page, recording console errors, page errors and every request other than the page itself. */
async function open(file: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const url = pathToFileURL(file).href;
  await page.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, requests };
}

describe.skipIf(!available)('a rendered report in Chromium', () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-browser-'));
    shots = process.env['SELFASSESS_SCREENSHOTS'] ?? path.join(dir, 'screenshots');
    await mkdir(shots, { recursive: true });
    for (const [code, language] of [
      ['FRA', 'fr'],
      ['GBR', 'en'],
    ] as const) {
      const report = await sampleReport(code, '2025', {
        tweak: (answers) => {
          answers['art5-1-penalties'] = { value: 'partly', notes: HOSTILE, evidence: 'Penal Code, s. 12' };
        },
      });
      await writeSampleReport(dir, report, `${language}.report.json`);
      const r = runCli(['render', `${language}.report.json`, '-o', `${language}.html`], { cwd: dir });
      expect(r.status, r.stderr).toBe(0);
    }
    browser = await chromium.launch({
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
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const language of ['fr', 'en'] as const) {
    it(`renders the ${language} page with no console error and nothing fetched`, async () => {
      const { page, errors, requests } = await open(path.join(dir, `${language}.html`));
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('main h2').count()).toBeGreaterThanOrEqual(15);
      await page.emulateMedia({ media: 'print' });
      const file = path.join(shots, `report-${language}.png`);
      await page.screenshot({ path: file, fullPage: false });
      expect((await stat(file)).size).toBeGreaterThan(10_000);
      await page.close();
    });
  }

  it('draws the charts, with a bar for each assessed section and pillar', async () => {
    const { page } = await open(path.join(dir, 'en.html'));
    const sections = page.locator('svg#chart-sections');
    await expect(sections.isVisible()).resolves.toBe(true);
    expect(await sections.getAttribute('role')).toBe('img');
    expect(await sections.locator('g.row').count()).toBe(12);
    const bars = await sections.locator('g.row rect[fill]').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().width));
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.every((w) => w > 0)).toBe(true);
    expect(await page.locator('svg#chart-pillars g.column').count()).toBe(4);
    expect(await page.locator('#chart-pillars-desc').textContent()).toMatch(/Prevention: \d+\.\d%/);
    await page.locator('svg#chart-sections').screenshot({ path: path.join(shots, 'chart-sections.png') });
    await page.close();
  });

  it('shows a script placed in a note as text, and never runs it', async () => {
    const { page, errors } = await open(path.join(dir, 'en.html'));
    expect(await page.evaluate(() => Reflect.get(globalThis, '__pwned'))).toBeUndefined();
    expect(await page.title()).not.toBe('pwned');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    await expect(page.getByText('<script>window.__pwned = true;', { exact: false }).first().isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints to an A4 PDF through Chromium (render --format pdf)', async () => {
    const r = runCli(['render', 'fr.report.json', '--format', 'pdf', '-o', 'fr.pdf', '--browser', CHROMIUM], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const pdf = (await readFile(path.join(dir, 'fr.pdf'))).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const pages = pdf.match(/\/Type \/Page\b(?!s)/g) ?? [];
    // Cover, summary, eleven sections, gaps and needs: more than fourteen A4 pages.
    expect(pages.length).toBeGreaterThan(14);
    expect(pdf).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 841(\.\d+)?\]/);
  });
});
