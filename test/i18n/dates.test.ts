import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/dates.js';

describe('formatDate', () => {
  it('keeps the calendar day the author wrote, whatever the offset', () => {
    expect(formatDate('2026-03-01T00:30:00+01:00', 'fr')).toBe('1 mars 2026');
    expect(formatDate('2026-03-01T23:30:00-05:00', 'en')).toBe('1 March 2026');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});
