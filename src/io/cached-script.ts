import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Script } from 'node:vm';
import { checksum64 } from './checksum64.js';

/**
 * The V8 code cache of one of dist/'s scripts, named for the V8 that made it: V8 rejects the
 * cache of another version, and a script compiled without its cache costs more than the ES
 * modules it stands for (scripts/build.mjs), so another V8 takes them and never reads the script.
 */
function codeCacheFile(script: string): string {
  return script.replace(/\.cjs$/, '') + `.${process.arch}-v8-${process.versions.v8}.cache`;
}

/** How the last runScript went: for the tests (SELFASSESS_CODE_CACHE_REPORT), never for the output. */
type CacheUse = 'accepted' | 'rejected';

/**
 * A cache file is the checksum of the rest (8 bytes, little-endian: io/checksum64.ts), the script's
 * own digest as its last line says it (64 characters, scripts/build.mjs), then V8's data. V8 11
 * checks neither (a damaged cache crashed it, the script's length is all it compares): a cache whose
 * bytes or script do not match is not given to V8. A checksum rather than node:crypto's SHA-256,
 * which cost more than the rest of the check (io/checksum64.ts says how much).
 */
const CHECKSUM_BYTES = 8;
const SCRIPT_DIGEST_CHARS = 64;
const HEADER_BYTES = CHECKSUM_BYTES + SCRIPT_DIGEST_CHARS;

function checkedCache(file: Buffer, source: string): Buffer | undefined {
  if (file.length <= HEADER_BYTES) return undefined;
  const sum = checksum64(file.subarray(CHECKSUM_BYTES));
  if (sum === undefined || sum !== file.readBigUInt64LE(0)) return undefined;
  const scriptDigest = file.toString('latin1', CHECKSUM_BYTES, HEADER_BYTES);
  if (!source.endsWith(`// ${scriptDigest}\n`)) return undefined;
  return file.subarray(HEADER_BYTES);
}

/**
 * Runs one of dist/'s CommonJS scripts compiled with its V8 code cache, and returns its exports;
 * undefined, having run nothing, when this V8 has no cache for it (no file, or one unreadable).
 * The script is a function (exports, require, module, __filename, __dirname), as Node wraps a
 * CommonJS module, compiled by vm.Script: on Node 20 the only compilation that takes a cache
 * (`require` and the ES module loader take none). A cache that does not match, or that V8 rejects
 * (a V8 flag such as --max-old-space-size), only costs the script's compilation, which behaves the same.
 * `requireFrom` is the script's `require`: the caller's own (dist/main.cjs), which resolves what the
 * script requires as one made for it would (Node's modules; every package is bundled, but for one
 * that fdir looks for and does without, in the same node_modules from either folder), where
 * node:module's createRequire loaded Node's ES module loader with it.
 */
export function runScript(file: string, requireFrom: NodeJS.Require, report?: (use: CacheUse) => void): unknown {
  let cacheFile: Buffer;
  let source: string;
  try {
    cacheFile = readFileSync(codeCacheFile(file));
    // esbuild writes ASCII only (its default charset): latin1 reads it without decoding UTF-8.
    source = readFileSync(file, 'latin1');
  } catch {
    return undefined;
  }
  const cachedData = checkedCache(cacheFile, source);
  const script = new Script(source, { filename: file, cachedData });
  report?.(cachedData === undefined || script.cachedDataRejected === true ? 'rejected' : 'accepted');
  const wrapper = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: { exports: object },
    filename: string,
    dirname: string,
  ) => void;
  const module = { exports: {} };
  wrapper(module.exports, requireFrom, module, file, path.dirname(file));
  return module.exports;
}
