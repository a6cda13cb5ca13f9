import path from 'node:path';
import { SCHEMA_DOCUMENTS, jsonSchemaText } from '../../domain/schemas/registry.js';
import { ensureDir } from '../../io/ensure-dir.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { writeLine, type CliContext } from '../context.js';
import { UserError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { readText } from '../../io/read-text.js';

export interface SchemaOptions {
  out: string;
  check?: boolean;
}

/** `selfassess schema`: JSON Schemas generated from the zod schemas, never edited by hand. */
export async function schemaCommand(options: SchemaOptions, context: CliContext): Promise<number> {
  const dir = path.resolve(context.cwd, options.out);
  const stale: string[] = [];
  for (const { name, schema } of SCHEMA_DOCUMENTS) {
    const file = path.join(dir, `${name}.schema.json`);
    const shown = path.join(options.out, `${name}.schema.json`);
    const text = jsonSchemaText(name, schema);
    const read = await readText(file);
    const current = read.ok ? read.text : undefined;
    if (current === text) continue;
    if (options.check) {
      stale.push(shown);
      continue;
    }
    try {
      await ensureDir(dir);
      await writeFileAtomic(file, text, { force: true });
    } catch (error) {
      throw new UserError(`cannot write ${shown}: ${error instanceof Error ? error.message : String(error)} — name a folder you can write to with --out`, EXIT.usage);
    }
    writeLine(context.stderr, `wrote ${shown}`);
  }
  if (options.check) {
    if (stale.length === 0) {
      writeLine(context.stderr, `${options.out} is up to date`);
      return EXIT.ok;
    }
    writeLine(context.stderr, `out of date: ${stale.join(', ')} — run "selfassess schema --out ${options.out}" and commit the result`);
    return EXIT.findings;
  }
  return EXIT.ok;
}
