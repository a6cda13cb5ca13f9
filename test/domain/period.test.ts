import { describe, expect, it } from 'vitest';
import { parsePeriod, periodKey, samePeriod } from '../../src/domain/period.js';

describe('parsePeriod', () => {
  it('keeps a year, and writes a range of years with a hyphen', () => {
    expect(parsePeriod('2025')).toBe('2025');
    expect(parsePeriod(' 2025 ')).toBe('2025');
    expect(parsePeriod('2024-2025')).toBe('2024-2025');
    expect(parsePeriod('2024/2025')).toBe('2024-2025');
    expect(parsePeriod('2024–2025')).toBe('2024-2025');
    expect(parsePeriod('2024 — 2025')).toBe('2024-2025');
    expect(parsePeriod('2024 - 2026')).toBe('2024-2026');
    expect(parsePeriod('2024/25')).toBe('2024-2025');
    expect(parsePeriod('2025-2025')).toBe('2025');
  });

  it('refuses what is not a year or a range of years in order', () => {
    for (const text of ['', '25', 'first half of 2025', '2025-2024', '2024/23', '20245', '2024-2025-2026', '0999', 'S1 2025']) {
      expect(parsePeriod(text), text).toBeUndefined();
    }
  });
});

describe('samePeriod', () => {
  it('compares periods however they are written, and older free texts as written', () => {
    expect(samePeriod('2024/2025', '2024-2025')).toBe(true);
    expect(samePeriod('2024', '2024-2025')).toBe(false);
    expect(samePeriod('Cycle 3 ', 'Cycle 3')).toBe(true);
    expect(periodKey('2024–2025')).toBe('2024-2025');
  });
});
