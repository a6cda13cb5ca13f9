import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_FORMATS, getDiagnosticFormatter, isDiagnosticFormat } from '../../../src/format/diagnostics/index.js';
import { formatSarif } from '../../../src/format/diagnostics/sarif.js';
import { plural } from '../../../src/format/diagnostics/summary.js';

describe('diagnostic format registry', () => {
  it('knows every format and nothing else', () => {
    expect(DIAGNOSTIC_FORMATS).toEqual(['stylish', 'json', 'github', 'junit', 'sarif']);
    for (const name of DIAGNOSTIC_FORMATS) expect(typeof getDiagnosticFormatter(name)).toBe('function');
    expect(getDiagnosticFormatter('sarif')).toBe(formatSarif);
    expect(isDiagnosticFormat('junit')).toBe(true);
    expect(isDiagnosticFormat('xml')).toBe(false);
    expect(isDiagnosticFormat('toString')).toBe(false);
  });

  it('pluralises', () => {
    expect([plural(0, 'problem'), plural(1, 'problem'), plural(2, 'info', 'info')]).toEqual(['0 problems', '1 problem', '2 info']);
  });
});
