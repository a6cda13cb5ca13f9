import type { Severity } from '../diagnostic.js';

/**
 * Every rule code that lint can report, with its severity and what it checks.
 * Codes are stable: CI configurations and SARIF consumers refer to them.
 */
export const RULES = {
  'duplicate-id': ['error', 'Two questions, sections, options, pillars, categories or bands share an id.'],
  'id-case-conflict': ['error', 'Two ids differ only by letter case.'],
  'condition-unknown-question': ['error', 'A condition names a question that does not exist.'],
  'condition-forward-reference': ['error', 'A condition names a later question, or the question itself.'],
  'condition-unknown-option': ['error', 'A condition compares with an option code the question does not have.'],
  'condition-unsatisfiable': ['error', 'A condition can never be true, so the question is never asked.'],
  'duplicate-option-code': ['error', 'Two options of a question share a code.'],
  'reserved-option-code': ['error', 'An option uses a reserved code (dont-know, not-applicable).'],
  'options-required': ['error', 'A single or multiple choice question has no options.'],
  'options-not-allowed': ['error', 'A number, date or text question declares options.'],
  'unknown-builtin-option': ['error', 'A yes-no or tri-state question overrides an option code it does not have.'],
  'option-score-missing': ['error', 'An option of a scored question has no score.'],
  'options-same-score': ['warning', 'Every option of a scored question has the same score.'],
  'negative-weight': ['error', 'A question has a negative weight.'],
  'unscorable-weight': ['error', 'A number, date or text question has a weight above 0.'],
  'field-not-applicable': ['warning', 'A field has no effect on this question type.'],
  'invalid-bounds': ['error', 'A number question has min above max.'],
  'missing-translation': ['error', 'A text lacks one of the declared languages.'],
  'undeclared-language': ['warning', 'A text is given in a language the document does not declare.'],
  'missing-builtin-label': ['warning', 'A declared language has no built-in label for yes / partly / no.'],
  'catalogue-not-found': ['error', 'A cited catalogue is neither bundled nor in --catalogues.'],
  'source-unknown-catalogue': ['error', 'A question cites a catalogue the checklist does not list.'],
  'source-unknown-provision': ['error', 'A question cites a provision the catalogue does not have.'],
  'scope-unknown-provision': ['error', 'The scope lists a provision the catalogue does not have.'],
  'scope-uncovered': ['warning', 'A provision in scope is cited by no scored question.'],
  'empty-section': ['warning', 'A section has no questions.'],
  'bands-gap': ['error', 'The maturity bands leave a gap in [0, 1].'],
  'bands-overlap': ['error', 'Two maturity bands overlap.'],
  'band-empty': ['error', 'A maturity band has min greater than or equal to max.'],
  'unknown-pillar': ['error', 'A question names a pillar that is not declared.'],
  'unknown-assistance-category': ['error', 'A question names a technical-assistance category that is not declared.'],
  'unused-assistance-category': ['warning', 'A declared technical-assistance category is never used.'],
  'duplicate-provision-path': ['error', 'Two provisions of a catalogue share a path.'],
  'missing-title': ['error', 'A provision has no title in a declared language.'],
  'orphan-provision': ['warning', 'A provision\'s parent (e.g. "6.3" for "6.3.b") is not in the catalogue.'],
  'provision-level-missing': ['warning', 'A provision does not state its level of obligation.'],
  'provision-level-parts': ['error', "A provision's level is not the strongest level of its parts."],
  'question-level-below-sources': ['warning', 'A question states a level below that of the provisions it cites, without a levelReason.'],
  'question-level-unknown': ['warning', 'Under a doctrine, a scored question cites no provision with a level and states none.'],
  'weight-contradicts-doctrine': [
    'warning',
    "A weight differs from the one the doctrine gives the question's level, without a weightReason.",
  ],
  'when-hidden-missing': ['warning', 'A scored question with a condition does not say whether being hidden means unmet or excluded.'],
  'hidden-excluded-rewards-worse': [
    'error',
    'An excluded question is hidden by a worse answer and shown by a better one: "no" would score better than "partly".',
  ],
  'hidden-shown-by-worse-answer': [
    'error',
    'A scored question is shown by a worse answer and hidden by a better one: a better answer could lower the score.',
  ],
  'core-unknown-question': ['error', 'A core obligation names a question that does not exist or is not scored.'],
  'core-unknown-option': ['error', 'A core obligation counts as met an option code its question does not have.'],
  'core-cap-unknown-band': ['error', 'The core-obligation cap names a band that is not declared.'],
  'history-unknown-question': ['error', 'The history names, as changed in meaning, a question the checklist does not have.'],
  'band-bound-precision': [
    'error',
    'A band bound has more than three decimals, so a percentage printed to one decimal could contradict its band.',
  ],
} as const satisfies Record<string, readonly [Severity, string]>;

export type RuleCode = keyof typeof RULES;

export function ruleSeverity(code: RuleCode): Severity {
  return RULES[code][0];
}
