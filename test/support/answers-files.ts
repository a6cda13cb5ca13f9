import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse, parseDocument } from 'yaml';
import type { Answer } from '../../src/domain/schemas/answers.js';
import { ROOT } from './run-cli.js';

/** Fixtures of the worked example of docs/scoring.md, for answers files filled as a user would. */
export const WORKED_CHECKLIST = path.join(ROOT, 'test/fixtures/checklists/scoring-worked-example.yaml');
export const WORKED_ANSWERS: Record<string, Answer> = (
  parse(readFileSync(path.join(ROOT, 'test/fixtures/answers/scoring-worked-example.answers.yaml'), 'utf8')) as {
    answers: Record<string, Answer>;
  }
).answers;
export const FRANCE = { type: 'state', code: 'FRA', name: 'France' } as const;

export interface Filling {
  party?: object;
  period?: string;
  answers?: Record<string, Answer>;
}

/**
 * Fills an answers file as an editor would: the YAML is edited in place, so
 * that the template's comments stay where they were; only answers to
 * questions already in the file are set.
 */
export async function fillAnswersFile(file: string, filling: Filling): Promise<void> {
  const doc = parseDocument(await readFile(file, 'utf8'));
  if (filling.party) doc.setIn(['respondent', 'party'], doc.createNode(filling.party, { flow: true }));
  if (filling.period) doc.set('period', filling.period);
  for (const [id, answer] of Object.entries(filling.answers ?? {})) {
    if (!doc.hasIn(['answers', id])) continue;
    for (const [field, value] of Object.entries(answer)) doc.setIn(['answers', id, field], value);
  }
  await writeFile(file, doc.toString());
}

/** The report's JSON Schema, checked by an independent validator (ajv, strict). */
export function reportValidator(): (data: unknown) => { valid: boolean; errors: string } {
  const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas/report.schema.json'), 'utf8')));
  return (data) => {
    const valid = validate(data);
    return { valid, errors: ajv.errorsText(validate.errors) };
  };
}

/** Line (1-based) of the first line of `text` that equals `line`. */
export function lineOf(text: string, line: string): number {
  const index = text.split('\n').indexOf(line);
  if (index < 0) throw new Error(`no line ${JSON.stringify(line)}`);
  return index + 1;
}
