import { readLibrary } from '../../../src/io/library.js';
import type { Catalogue } from '../../../src/domain/schemas/catalogue.js';
import type { Report } from '../../../src/domain/schemas/report.js';
import { reportView, type RenderInput, type ReportView } from '../../../src/format/render/index.js';
import { catalogueValues } from '../../../src/io/catalogues.js';
import { bundledChecklist, sampleReport, type SampleOptions } from '../../support/sample-reports.js';

let catalogues: Map<string, Catalogue> | undefined;

/** The bundled instrument catalogues, read once. */
async function bundledCatalogues(): Promise<Map<string, Catalogue>> {
  catalogues ??= catalogueValues(await readLibrary([], 'catalogues'));
  return catalogues;
}

/** A note no page may ever run. */
export const HOSTILE_NOTE = '<script>window.__pwned = true; document.title = "pwned"</script> & "quotes" | *stars* =1+1';

/** A sample report with a hostile note and evidence, and its view. */
export async function sampleView(
  code: string,
  period: string,
  options: SampleOptions & { input?: Partial<RenderInput>; report?: (report: Report) => Report } = {},
): Promise<ReportView> {
  const { checklist } = await bundledChecklist();
  let report = await sampleReport(code, period, {
    ...options,
    tweak: (answers) => {
      const first = answers['art5-1-criminalization-offence'];
      answers['art5-1-criminalization-offence'] = { ...first, notes: HOSTILE_NOTE, evidence: '=HYPERLINK("http://evil.example")' };
      options.tweak?.(answers);
    },
  });
  if (options.report) report = options.report(report);
  return reportView({
    report,
    checklist,
    catalogues: await bundledCatalogues(),
    language: options.language ?? report.language,
    integrityOk: true,
    signature: { status: 'not-signed' },
    ...options.input,
  });
}
