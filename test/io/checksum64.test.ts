import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKSUM_P1, CHECKSUM_P2, checksum64 } from '../../src/io/checksum64.js';

const MASK = (1n << 64n) - 1n;

/** The checksum as src/io/checksum64.ts defines it, in plain JavaScript (BigInt): the reference. */
function checksum64Reference(bytes: Uint8Array): bigint {
  const padded = new Uint8Array(Math.ceil(bytes.length / 32) * 32);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let h = CHECKSUM_P2 ^ BigInt(bytes.length);
  for (let i = 0; i < padded.length; i += 8) {
    const mixed = h ^ ((view.getBigUint64(i, true) * CHECKSUM_P1) & MASK);
    h = ((((mixed << 31n) | (mixed >> 33n)) & MASK) * CHECKSUM_P2) & MASK;
  }
  return h;
}

describe('checksum64', () => {
  it('is the function its comment defines, on any bytes (the WebAssembly against the reference)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(checksum64(bytes)).toBe(checksum64Reference(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('is the reference on inputs of more than one memory page, around the 32-byte turns', () => {
    for (const extra of [0, 1, 7, 8, 9, 24, 31, 32, 33]) {
      const bytes = Uint8Array.from({ length: 65536 * 2 + extra }, (_, i) => (i * 7919 + extra) & 0xff);
      expect(checksum64(bytes)).toBe(checksum64Reference(bytes));
    }
  });

  it('changes when one byte changes, and when zeros are added or taken away', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, at, flip) => {
        const changed = Uint8Array.from(bytes);
        const i = at % bytes.length;
        changed[i] = (changed[i] ?? 0) ^ flip;
        expect(checksum64(changed)).not.toBe(checksum64(bytes));
        expect(checksum64(Uint8Array.from([...bytes, 0]))).not.toBe(checksum64(bytes));
        expect(checksum64(bytes.subarray(0, bytes.length - 1))).not.toBe(checksum64(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('of nothing is P2', () => {
    expect(checksum64(new Uint8Array(0))).toBe(CHECKSUM_P2);
  });
});
