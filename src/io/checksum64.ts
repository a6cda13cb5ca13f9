/**
 * A 64-bit checksum of bytes, to tell a damaged file from a sound one (the V8 code caches,
 * io/cached-script.ts): not a cryptographic digest, as whoever could forge a cache could write the
 * script beside it. The bytes, padded with zeros to a multiple of 32, are read as little-endian
 * 64-bit words, and, modulo 2^64,
 *
 *   h = P2 ^ length;  for each word w: h = rotl(h ^ (w * P1), 31) * P2
 *
 * Each step is a bijection of h for a given word, and of the word for a given h: bytes that differ
 * from the sound ones in one word, or in their length, never have their checksum.
 *
 * Run as WebAssembly, written out below: a code cache is 0.7 MB, which node:crypto's SHA-256 read
 * in ≈ 22 M instructions (after ≈ 13 M to load node:crypto), and a loop in JavaScript, cold, in
 * ≈ 13 M; the module, compiled and run, takes ≈ 5 M. test/io/checksum64.test.ts holds the same
 * function in JavaScript, the reference it is compared with.
 */
export const CHECKSUM_P1 = 0x9e3779b185ebca87n;
export const CHECKSUM_P2 = 0xc2b2ae3d27d4eb4fn;

/** Unsigned LEB128, as WebAssembly writes sizes and indices. */
function unsigned(n: number): number[] {
  const out: number[] = [];
  do {
    const low = n & 0x7f;
    n >>>= 7;
    out.push(n === 0 ? low : low | 0x80);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 of a 64-bit constant (i64.const reads its bits as signed). */
function signed(value: bigint): number[] {
  const out: number[] = [];
  let v = BigInt.asIntN(64, value);
  for (;;) {
    const low = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && (low & 0x40) === 0) || (v === -1n && (low & 0x40) !== 0)) return [...out, low];
    out.push(low | 0x80);
  }
}

const section = (id: number, bytes: number[]): number[] => [id, ...unsigned(bytes.length), ...bytes];

// The function h(length: i32) -> i64 over memory[0, length), zero-padded to whole 32 bytes, four
// words a turn. Locals: 0 length (the parameter), 1 position, 2 end (i32), 3 h, 4 t (i64).
// rotl is written with shifts: Liftoff (V8's first WebAssembly compiler) calls out to C for i64.rotl.
const STEP = (offset: number) => [
  0x20,
  3,
  0x20,
  1,
  0x29,
  3,
  offset,
  0x42,
  ...signed(CHECKSUM_P1),
  0x7e,
  0x85,
  0x22,
  4, // t = h ^ (i64.load(position + offset) * P1)
  0x42,
  31,
  0x86,
  0x20,
  4,
  0x42,
  33,
  0x88,
  0x84, // rotl(t, 31): (t << 31) | (t >>> 33)
  0x42,
  ...signed(CHECKSUM_P2),
  0x7e,
  0x21,
  3, // h = that * P2
];
// prettier-ignore
const BODY = [
  0x02, 0x02, 0x7f, 0x02, 0x7e, // locals: two i32, two i64
  0x20, 0, 0x41, 31, 0x6a, 0x41, ...signed(-32n), 0x71, 0x21, 2, // end = (length + 31) & -32
  0x42, ...signed(CHECKSUM_P2), 0x20, 0, 0xad, 0x85, 0x21, 3, // h = P2 ^ u64(length)
  0x02, 0x40, 0x03, 0x40, // block, loop
  0x20, 1, 0x20, 2, 0x4f, 0x0d, 1, // position >= end: out of the block
  ...STEP(0), ...STEP(8), ...STEP(16), ...STEP(24),
  0x20, 1, 0x41, 32, 0x6a, 0x21, 1, // position += 32
  0x0c, 0, 0x0b, 0x0b, // again; end of the loop and of the block
  0x20, 3, 0x0b, // return h
];

// prettier-ignore
const MODULE = Uint8Array.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
  ...section(1, [1, 0x60, 1, 0x7f, 1, 0x7e]), // one type: (i32) -> i64
  ...section(2, [1, 1, 0x6d, 1, 0x6d, 0x02, 0x00, 1]), // import "m" "m": a memory of at least one page
  ...section(3, [1, 0]), // one function, of type 0
  ...section(7, [1, 1, 0x68, 0x00, 0]), // export "h": function 0
  ...section(10, [1, ...unsigned(BODY.length), ...BODY]), // its code
]);

const PAGE = 65536;

/** The little of the WebAssembly global used here (@types/node 20 declares its types, not the global). */
declare const WebAssembly:
  | {
      Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
    }
  | undefined;

/**
 * The checksum of `bytes`, or undefined where this Node runs no WebAssembly (V8's --jitless):
 * the caller then cannot tell a sound file, and does without it.
 */
export function checksum64(bytes: Uint8Array): bigint | undefined {
  if (typeof WebAssembly !== 'object') return undefined;
  const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil((bytes.length + 32) / PAGE)) });
  new Uint8Array(memory.buffer).set(bytes);
  const instance = new WebAssembly.Instance(new WebAssembly.Module(MODULE), { m: { m: memory } });
  const h = instance.exports['h'];
  if (typeof h !== 'function') return undefined;
  return BigInt.asUintN(64, (h as (length: number) => bigint)(bytes.length));
}
