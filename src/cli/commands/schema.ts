import { commandLine } from '../command-line.js';
import { phrase } from '../../domain/diagnostic.js';
import path from 'node:path';
import { SCHEMA_DOCUMENTS, jsonSchemaText } from '../../domain/schemas/registry.js';
import { ensureDir } from '../../io/ensure-dir.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { say, type CliContext } from '../context.js';
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
      throw new UserError(
        phrase('cli.schema.cannot-write', { file: shown, reason: error instanceof Error ? error.message : String(error) }),
        EXIT.usage,
      );
    }
    say(context, phrase('cli.wrote', { file: shown }));
  }
  if (options.check) {
    if (stale.length === 0) {
      say(context, phrase('cli.schema.up-to-date', { dir: options.out }));
      return EXIT.ok;
    }
    say(
      context,
      phrase('cli.schema.out-of-date', { files: stale.join(', '), command: commandLine(context, 'schema', ['--out', options.out]) }),
    );
    return EXIT.findings;
  }
  return EXIT.ok;
}
