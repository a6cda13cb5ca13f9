import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';

/**
 * The V8 code cache of one of dist/'s scripts, named for the V8 that made it: V8 rejects the
 * cache of another version, and a script compiled without its cache costs more than the ES
 * modules it stands for (scripts/build.mjs), so another V8 takes them and never reads the script.
 */
export function codeCacheFile(script: string): string {
  return script.replace(/\.cjs$/, '') + `.${process.arch}-v8-${process.versions.v8}.cache`;
}

/** How the last runScript went: for the tests (SELFASSESS_CODE_CACHE_REPORT), never for the output. */
type CacheUse = 'accepted' | 'rejected';

/**
 * Runs one of dist/'s CommonJS scripts compiled with its V8 code cache, and returns its exports;
 * undefined, having run nothing, when this V8 has no cache for it (no file, or one unreadable).
 * The script is a function (exports, require, module, __filename, __dirname), as Node wraps a
 * CommonJS module, compiled by vm.Script: on Node 20 the only compilation that takes a cache
 * (`require` and the ES module loader take none). A cache V8 rejects (a V8 flag, a damaged file)
 * only costs its compilation: V8 then compiles the source, which behaves the same.
 */
export function runScript(file: string, report?: (use: CacheUse) => void): unknown {
  let cachedData: Buffer;
  let source: string;
  try {
    cachedData = readFileSync(codeCacheFile(file));
    // esbuild writes ASCII only (its default charset): latin1 reads it without decoding UTF-8.
    source = readFileSync(file, 'latin1');
  } catch {
    return undefined;
  }
  const script = new Script(source, { filename: file, cachedData });
  report?.(script.cachedDataRejected === true ? 'rejected' : 'accepted');
  const wrapper = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: { exports: object },
    filename: string,
    dirname: string,
  ) => void;
  const module = { exports: {} };
  wrapper(module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}
