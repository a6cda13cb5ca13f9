import { phrase } from '../../domain/diagnostic.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { renderReport, reportView, type RenderFormat, type SignatureView } from '../../format/render/index.js';
import { catalogueValues } from '../../io/catalogues.js';
import { KeyFileError, loadTrustedKeys } from '../../io/keys.js';
import { findBrowser, printPdf } from '../../io/print-pdf.js';
import { checkSignature, signatureFileFor } from '../../io/signatures.js';
import type { CliContext } from '../context.js';
import { writeOutput } from '../write-output.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { printDiagnostics, reportArgument, reportLibrary, type LoadedReport } from '../report-arg.js';

export interface RenderOptions {
  format: RenderFormat | 'pdf';
  lang?: string;
  output?: string;
  force?: boolean;
  checklists?: string;
  catalogues?: string;
  trustedKeys?: string;
  browser?: string;
}

async function signatureOf(loaded: LoadedReport, options: RenderOptions, context: CliContext): Promise<SignatureView> {
  if (options.trustedKeys === undefined) {
    return existsSync(signatureFileFor(loaded.absolute)) ? { status: 'not-checked' } : { status: 'not-signed' };
  }
  try {
    const keys = await loadTrustedKeys(path.resolve(context.cwd, options.trustedKeys));
    const check = await checkSignature(loaded.absolute, loaded.data, keys);
    return { status: check.status, fingerprint: check.fingerprint, signedAt: check.signedAt };
  } catch (error) {
    if (error instanceof KeyFileError) throw new UsageError(error.text);
    throw error;
  }
}

async function write(file: string, content: string | Uint8Array, options: RenderOptions, context: CliContext): Promise<void> {
  await writeOutput(file, content, options.force ?? false, context, { announce: true });
}

/**
 * `selfassess render <report>`: the report as a page to print (HTML or PDF),
 * a Markdown document or one CSV row per question, in the report's language
 * or --lang. A report changed since it was produced is still rendered, with
 * the warning on the page, and the command exits 1.
 */
export async function renderCommand(file: string, options: RenderOptions, context: CliContext): Promise<number> {
  if (options.format === 'pdf' && options.output === undefined) throw new UsageError(phrase('cli.render.pdf-needs-output'));
  const browser =
    options.format === 'pdf' ? findBrowser(options.browser && path.resolve(context.cwd, options.browser), context.env) : undefined;
  if (options.format === 'pdf' && browser === undefined) {
    throw new UsageError(phrase('cli.render.no-chromium'));
  }
  const library = await reportLibrary(options, context);
  const loaded = await reportArgument(file, library, context);
  if (loaded.integrity.length > 0) printDiagnostics(loaded.integrity, context);
  const view = reportView({
    report: loaded.report,
    checklist: loaded.checklist,
    catalogues: catalogueValues(library),
    language: options.lang ?? loaded.report.language,
    integrityOk: !loaded.integrity.some((d) => d.code === 'report-integrity-mismatch'),
    figuresOk: loaded.integrity.length === 0,
    signature: await signatureOf(loaded, options, context),
  });
  const text = renderReport(view, options.format === 'pdf' ? 'html' : options.format);
  if (browser !== undefined && options.output !== undefined) await write(options.output, await printPdf(text, browser), options, context);
  else if (options.output !== undefined) await write(options.output, text, options, context);
  else context.stdout.write(text);
  return loaded.integrity.length > 0 ? EXIT.findings : EXIT.ok;
}
