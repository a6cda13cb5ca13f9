/**
 * An option that asks for a text says so in its label ("Other forms (please
 * specify)", « Autres formes (veuillez préciser) »). Once the text is given,
 * the instruction is no longer the option's name: the report reads « Autres
 * formes : mendicité forcée », not « Autres formes (veuillez préciser) : … ».
 * Only a final parenthesis is an instruction; a label without one is kept whole.
 */
export function nameWithoutInstruction(label: string): string {
  const stripped = label.replace(/\s*\([^()]*\)\s*$/u, '');
  return stripped.length > 0 ? stripped : label;
}
