/**
 * The codes of the answers: those of `checkAnswers`, of the respondent and
 * period, of `matchChecklist` and of `merge`. Stable: CI configurations and
 * SARIF consumers refer to them.
 */
export const ANSWER_CODES = {
  'answer-unknown-question': 'An answer names a question the checklist does not have.',
  'answer-invalid-option': 'An answer gives an option code the question does not have.',
  'answer-duplicate-option': 'A multiple-choice answer gives the same option twice.',
  'answer-wrong-type': 'An answer is of the wrong type for its question.',
  'answer-out-of-bounds': 'A number answer is outside the bounds of its question.',
  'answer-invalid-date': 'A date answer is not a valid YYYY-MM-DD date.',
  'answer-future-date': 'A date answer is in the future.',
  'answer-dont-know-not-allowed': 'An answer is "dont-know" where the question does not allow it.',
  'answer-not-applicable-not-allowed': 'An answer is "not-applicable" where the question does not allow it.',
  'answer-not-applicable-not-for-respondent': 'An answer is "not-applicable" where the question does not allow it for this respondent.',
  'answer-missing-justification': 'An answer that needs a justification has none.',
  'answer-exclusive-combined': 'An exclusive option is combined with others.',
  'answer-missing-option-text': 'An option that asks for a text is chosen without one.',
  'answer-unknown-assistance-category': 'An answer names a technical-assistance category that is not declared.',
  'answer-hidden-question': 'A question is answered although its condition hides it.',
  'answer-invalid-period': 'The period is not a valid year or range of years.',
  'answer-unknown-party': 'The respondent names a State party code that is not known.',
  'answer-party-name-mismatch': 'The name of the State party does not match its code.',
  'checklist-mismatch': 'The answers belong to another checklist than the one given.',
  'merge-checklist-mismatch': 'The files to merge belong to different checklists.',
  'merge-conflicting-answer': 'Two files to merge answer the same question differently.',
  'merge-conflicting-respondent': 'The files to merge name different respondents.',
  'merge-conflicting-period': 'The files to merge name different periods.',
  'merge-different-language': 'The files to merge are written in different languages.',
  'merge-draft-pending': 'A draft to merge has answers still pending.',
} as const satisfies Record<string, string>;
