import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

function ajv(): Ajv2020 {
  // Strict mode: an unknown keyword in a generated schema fails the test. Union types
  // (["string", "number"]) are valid JSON Schema, which strict mode only asks us to allow.
  const instance = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(instance);
  return instance;
}

function schema(name: string): object {
  return JSON.parse(readFileSync(path.join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'));
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f));
}

describe('generated JSON Schemas, checked by an independent validator (ajv, strict)', () => {
  it('compile in strict mode', () => {
    for (const file of readdirSync(path.join(ROOT, 'schemas')).filter((f) => f.endsWith('.schema.json'))) {
      expect(() => ajv().compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas', file), 'utf8'))), file).not.toThrow();
    }
  });

  it('accept every bundled checklist', () => {
    const validate = ajv().compile(schema('checklist'));
    for (const file of yamlFiles(path.join(ROOT, 'checklists'))) {
      const ok = validate(parse(readFileSync(file, 'utf8')));
      expect(validate.errors ?? [], file).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('accept every bundled catalogue', () => {
    const validate = ajv().compile(schema('catalogue'));
    for (const file of yamlFiles(path.join(ROOT, 'checklists', 'instruments'))) {
      validate(parse(readFileSync(file, 'utf8')));
      expect(validate.errors ?? [], file).toEqual([]);
    }
  });

  it('reject what the zod schema rejects: an unknown field', () => {
    const validate = ajv().compile(schema('checklist'));
    const checklist = parse(readFileSync(path.join(ROOT, 'test/fixtures/checklists/valid-minimal.yaml'), 'utf8'));
    expect(validate(checklist)).toBe(true);
    expect(validate({ ...checklist, titel: 'typo' })).toBe(false);
  });

  it('bundled YAML files point editors at their schema', () => {
    for (const file of yamlFiles(path.join(ROOT, 'checklists'))) {
      expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/checklist.schema.json');
    }
    for (const file of yamlFiles(path.join(ROOT, 'checklists', 'instruments'))) {
      expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/catalogue.schema.json');
    }
  });
});
