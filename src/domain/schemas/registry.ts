import { z } from 'zod';
import { AnswersDocument } from './answers.js';
import { Catalogue } from './catalogue.js';
import { Checklist } from './checklist.js';
import { MeasuresDocument } from './measures.js';
import { Report } from './report.js';
import { SignatureDocument } from './signature.js';
import { ValidateOutput } from './validate-output.js';

/** The document kinds whose JSON Schemas are generated into schemas/. */
export const SCHEMA_DOCUMENTS: ReadonlyArray<{ name: string; schema: z.ZodType }> = [
  { name: 'checklist', schema: Checklist },
  { name: 'catalogue', schema: Catalogue },
  { name: 'answers', schema: AnswersDocument },
  { name: 'measures', schema: MeasuresDocument },
  { name: 'report', schema: Report },
  { name: 'signature', schema: SignatureDocument },
  { name: 'validate-output', schema: ValidateOutput },
];

/** JSON Schema (draft 2020-12) text of one document kind, stable byte for byte. */
export function jsonSchemaText(name: string, schema: z.ZodType): string {
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
  const withId = { $id: `https://selfassess.example/schemas/${name}.schema.json`, ...generated };
  return JSON.stringify(withId, null, 2) + '\n';
}
