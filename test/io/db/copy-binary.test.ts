import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryRow, binaryTypeOf, idRows, setIds, type BinaryType } from '../../../src/io/db/copy-binary.js';
import { decodeRows } from './binary-rows.js';

const TYPES: readonly BinaryType[] = ['int4', 'text', 'float8', 'bool', 'text'];

const row = fc.tuple(
  fc.option(fc.integer({ min: -2147483648, max: 2147483647 })),
  fc.option(fc.string({ unit: 'grapheme' })),
  fc.option(fc.double({ noNaN: true })),
  fc.option(fc.boolean()),
  fc.option(fc.string({ unit: 'binary' })),
);

describe("COPY's binary format", () => {
  it('reads back every value it was given: integers, any text (tabs, backslashes, line breaks as they are), doubles, booleans, NULL', () => {
    fc.assert(
      fc.property(row, (values) => {
        const text = (v: string | null) => (v === null ? null : Buffer.from(v, 'utf8').toString('utf8'));
        // -0 as 0, as the text format's "0" was read.
        const double = values[2] === 0 ? 0 : values[2];
        expect(decodeRows(binaryRow(TYPES, values), TYPES)).toEqual([[values[0], values[1], double, values[3], text(values[4])]]);
      }),
    );
  });

  it('leaves each row a slot for its submission id, filled in afterwards', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), fc.integer({ min: 1, max: 2147483647 }), (rows, id) => {
        const made = idRows(TYPES, rows);
        expect(made.starts).toHaveLength(rows.length);
        setIds(made, id);
        const read = decodeRows(made.bytes, ['int4', ...TYPES]);
        expect(read.map((r) => r[0])).toEqual(rows.map(() => id));
        expect(read.map((r) => r.slice(1))).toEqual(decodeRows(Buffer.concat(rows.map((r) => binaryRow(TYPES, r))), TYPES));
      }),
    );
  });

  it('writes in a text column what the text format wrote: an object as its JSON, a number as its digits, a boolean as t or f', () => {
    expect(decodeRows(binaryRow(['text', 'text', 'text'], [{ a: [1, 'x'] }, 1.5, true]), ['text', 'text', 'text'])).toEqual([
      ['{"a":[1,"x"]}', '1.5', 't'],
    ]);
  });

  it('writes -0 as 0, as the text format did', () => {
    expect(Object.is(decodeRows(binaryRow(['float8'], [-0]), ['float8'])[0]?.[0], 0)).toBe(true);
  });

  it('refuses what the column cannot hold, as the text format would have', () => {
    expect(() => binaryRow(['int4'], [1.5])).toThrow(/not an integer/);
    expect(() => binaryRow(['int4'], [2 ** 31])).toThrow(/not an integer/);
    expect(() => binaryRow(['float8'], ['1'])).toThrow(/not a number/);
    expect(() => binaryRow(['bool'], [1])).toThrow(/not a boolean/);
    expect(() => binaryTypeOf('jsonb')).toThrow(/no binary COPY/);
  });
});
