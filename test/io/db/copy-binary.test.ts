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
        expect(decodeRows(binaryRow(TYPES, values), TYPES)).toEqual([[values[0], values[1], values[2], values[3], text(values[4])]]);
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

  it('writes an object of a text column as its JSON', () => {
    expect(decodeRows(binaryRow(['text'], [{ a: [1, 'x'] }]), ['text'])).toEqual([['{"a":[1,"x"]}']]);
  });

  it('refuses what the column cannot hold, as the text format would have', () => {
    expect(() => binaryRow(['int4'], [1.5])).toThrow(/not an integer/);
    expect(() => binaryRow(['int4'], [2 ** 31])).toThrow(/not an integer/);
    expect(() => binaryRow(['float8'], ['1'])).toThrow(/not a number/);
    expect(() => binaryRow(['bool'], [1])).toThrow(/not a boolean/);
    expect(() => binaryTypeOf('jsonb')).toThrow(/no binary COPY/);
  });
});
