import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Names under which Chromium-based browsers are installed, tried in this order on the PATH. */
const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];

/** The browser to print with: the one named, else the first Chromium-based browser found on the PATH. */
export function findBrowser(named: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (named) return existsSync(named) ? named : undefined;
  const dirs = (env['PATH'] ?? '').split(path.delimiter).filter(Boolean);
  for (const name of BROWSER_NAMES) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

const PRINT_TIMEOUT_MS = 90_000;

/**
 * Prints a self-contained HTML page to PDF with headless Chromium's own
 * print-to-PDF, so the PDF is the page exactly as the browser prints it
 * (A4, running footer, page breaks). The page and a throw-away browser
 * profile live in a temporary folder that is removed afterwards.
 */
export async function printPdf(htmlText: string, browser: string): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-pdf-'));
  try {
    const page = path.join(dir, 'report.html');
    const pdf = path.join(dir, 'report.pdf');
    await writeFile(page, htmlText);
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      pathToFileURL(page).href,
    ];
    const { code, stderr } = await run(browser, args);
    if (!existsSync(pdf)) {
      const detail = stderr.trim().split('\n').slice(-3).join(' ');
      throw new Error(
        `${browser} did not produce a PDF (exit ${code ?? 'killed'}${detail ? `: ${detail}` : ''}) — render --format html and print it from a browser instead`,
      );
    }
    return await readFile(pdf);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), PRINT_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}
