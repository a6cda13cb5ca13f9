/*
 * What `assess` needs only after its first prompt, or only on a path other than a new assessment
 * of a bundled checklist (a previous report, a checklist file, a problem to print): imported in
 * one go, so that the first prompt is drawn without loading the schemas, yaml and the report's
 * checks, and so that the bundle keeps few chunks (each import of its own splits them further,
 * which every other command then pays for in files to load).
 */
export { buildReport, reportInputFindings } from '../../domain/report/build-report.js';
export { newReportInput } from '../../domain/report/report-input.js';
export { reportFileName } from '../../domain/report/file-name.js';
export { readReport } from '../../domain/report/read-report.js';
export { validateReport } from '../../domain/validate/validate-document.js';
export { printDiagnostics } from '../print-diagnostics.js';
export { toolWords } from '../../i18n/tool-words.js';
export { attachPositions } from '../../io/load-document.js';
export { readReportFile } from '../../io/read-report-file.js';
export { loadChecklistFile } from '../../io/resolve-checklist.js';
export { FileExistsError } from '../../io/write-atomic.js';
export { availablePath, writeReport } from '../../io/write-report.js';
export { writeReportInteractively } from '../../ui/write-report-interactively.js';
export { checklistArgument } from '../checklist-arg.js';
