import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { writeText } from '../../src/i18n/write-text.js';
import { yamlErrorDetail } from '../../src/i18n/yaml-errors.js';

/** The mistakes people make when they edit a YAML file by hand, each as the `yaml` library reports it. */
const MISTAKES: ReadonlyArray<readonly [string, string]> = [
  ['an unclosed quote', 'a: "x\nb: 1\n'],
  ['a tab as indentation', 'a:\n\t- 1\n'],
  ['an unclosed bracket', 'a: [1, 2\nb: 3\n'],
  ['a value that begins with @', 'a: @x\n'],
  ['a key indented under a value', 'a: 1\n  b: 2\n'],
  ['a key without its colon', 'a: 1\nb\nc: 2\n'],
  ['two documents', 'a: 1\n---\nb: 2\n'],
  ['a bad escape in double quotes', 'a: "\\q"\n'],
  ['a missing comma in braces', 'a: { x: 1 y: 2 }\n'],
  ['a list item out of column', 'list:\n  - a\n - b\n'],
  ['a comment glued to a value', 'a: "x"# note\n'],
];

const errorsOf = (text: string) => parseDocument(text).errors;

describe('YAML syntax errors in the language asked', () => {
  it.each(MISTAKES)('%s: recognised, and said in French without the library’s English', (_what, text) => {
    const errors = errorsOf(text);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      const detail = yamlErrorDetail(error.code, error.message);
      expect(detail.key, error.message).not.toBe('file.yaml.detail.other');
      const french = writeText(detail, 'fr');
      expect(french).not.toContain(error.message.split('\n')[0] ?? '');
      expect(french).not.toMatch(/\{\w+\}/);
      expect(writeText(detail, 'en')).not.toMatch(/\{\w+\}/);
    }
  });

  it('an error it does not recognise is named by its kind, with the library’s words kept', () => {
    const detail = yamlErrorDetail('BAD_INDENT', 'Flow end indicator should be more indented than parent');
    expect(writeText(detail, 'fr')).toBe(
      'retrait incorrect (selon l’analyseur\u00a0: Flow end indicator should be more indented than parent)',
    );
    expect(writeText(yamlErrorDetail('SOMETHING_NEW', 'A new complaint'), 'en')).toBe(
      'construction not recognised (the parser says: A new complaint)',
    );
  });

  it('names the character a plain value cannot begin with, not the library’s words for it', () => {
    const [error] = errorsOf('a: @x\n');
    expect(writeText(yamlErrorDetail(error?.code ?? '', error?.message ?? ''), 'fr')).toBe(
      'une valeur sans guillemets ne peut pas commencer par le caractère «\u00a0@\u00a0»\u00a0; mettez la valeur entre guillemets',
    );
  });
});
