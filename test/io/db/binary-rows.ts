import type { BinaryType } from '../../../src/io/db/copy-binary.js';

/** Rows of COPY's binary format read back (what PostgreSQL's binary input reads), for the tests. */
export function decodeRows(bytes: Uint8Array, types: readonly BinaryType[]): unknown[][] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rows: unknown[][] = [];
  let at = 0;
  while (at < buf.length) {
    const count = buf.readInt16BE(at);
    at += 2;
    if (count !== types.length) throw new Error(`a row of ${count} fields where ${types.length} were expected`);
    const row: unknown[] = [];
    for (const type of types) {
      const length = buf.readInt32BE(at);
      at += 4;
      if (length === -1) {
        row.push(null);
        continue;
      }
      const field = buf.subarray(at, at + length);
      at += length;
      if (type === 'text') row.push(field.toString('utf8'));
      else if (type === 'int4') row.push(field.readInt32BE(0));
      else if (type === 'float8') row.push(field.readDoubleBE(0));
      else row.push(field[0] === 1);
    }
    rows.push(row);
  }
  return rows;
}
