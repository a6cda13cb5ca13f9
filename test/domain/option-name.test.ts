import { describe, expect, it } from 'vitest';
import { nameWithoutInstruction } from '../../src/domain/option-name.js';

describe('nameWithoutInstruction', () => {
  it('drops the final instruction of an option that asks for a text', () => {
    expect(nameWithoutInstruction('Autres formes (veuillez préciser)')).toBe('Autres formes');
    expect(nameWithoutInstruction('Other (please specify)')).toBe('Other');
  });
  it('keeps a label without a final parenthesis, and one that is nothing but a parenthesis', () => {
    expect(nameWithoutInstruction('Travail forcé')).toBe('Travail forcé');
    expect(nameWithoutInstruction('Loi (2003) sur la traite des personnes, art. 4')).toBe('Loi (2003) sur la traite des personnes, art. 4');
    expect(nameWithoutInstruction('(autre)')).toBe('(autre)');
  });
});
