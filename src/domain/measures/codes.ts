import type { Severity } from '../diagnostic.js';

/** Every code the measures rules can report, with its severity and what it checks. */
export const MEASURES_RULES = {
  'measure-unknown-provision': ['error', 'A measure cites a provision its catalogue does not have, or a catalogue not listed.'],
  'measure-unknown-actor': ['error', 'A measure names an actor that is not declared.'],
  'measure-unknown-tool': ['error', 'A measure names a tool that is not declared.'],
  'measure-indicator-unknown-question': ['error', 'An indicator names a question its checklist does not have.'],
  'measure-duplicate-id': ['error', 'Two measures, actors or tools share an id.'],
  'measure-missing-translation': ['error', 'A text lacks one of the declared languages.'],
  'provision-without-measure': ['warning', 'A provision in the scope of a checklist has no measure.'],
} as const satisfies Record<string, readonly [Severity, string]>;
