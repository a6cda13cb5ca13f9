/**
 * The tool's diagnostics in English: the source of every key. `{name}` is
 * filled from the phrase's params; a key with `.one` / `.other` forms is
 * chosen by its `count` (Intl.PluralRules). Other languages are typed to have
 * every key of this one (see fr.ts).
 */
export const en = {
  // Words put in sentences.
  'value.list': 'a list',
  'value.number': 'the number {value}',
  'value.text': 'the text {value}',
  'hint.did-you-mean': ' (did you mean "{close}"?)',
  'hint.one-code-not-list': ' — this question takes one code, not a list',
  'hint.code-in-quotes': ' — write the code in quotes',
  'hint.without-quotes': ' — write it without quotes',
  'hint.in-quotes': ' — put it in quotes',
  'bound.below-minimum': 'below the minimum {min}',
  'bound.above-maximum': 'above the maximum {max}',
  'bound.not-integer': 'not a whole number',
  'respondent.state': 'a State',
  'respondent.organization': 'a regional economic integration organization',

  // Answers checked against their checklist.
  'answer-invalid-option': '{code} is not an option of question "{question}"{hint}; allowed: {allowed}',
  'answer-invalid-option.reserved-in-list': '"{code}" cannot be one of several choices: write value: {code} on its own',
  'answer-missing-option-text': 'option "{code}" of question "{question}" asks for a text: add optionText: { {code}: "…" }',
  'answer-wrong-type.single': 'expected one option code of question "{question}", got {got}{hint}',
  'answer-wrong-type.multiple': 'expected a list of option codes for question "{question}", got {got} — write it as [{value}]',
  'answer-wrong-type.number': 'expected a number for question "{question}", got {got}{hint}',
  'answer-wrong-type.date': 'expected a date (YYYY-MM-DD) for question "{question}", got {got}',
  'answer-wrong-type.text': 'expected a text for question "{question}", got {got}{hint}',
  'answer-duplicate-option': 'option "{code}" is chosen twice: remove this one',
  'answer-exclusive-combined': 'option "{code}" cannot be combined with other options: keep it alone or remove it',
  'answer-out-of-bounds': '{value} is {problems} for question "{question}"',
  'answer-invalid-date': '"{value}" is not a real date: write it as YYYY-MM-DD, e.g. 2025-03-31',
  'answer-not-applicable-not-for-respondent': 'only {who} may answer question "{question}" "not applicable" (see its help); {respondent} answers it',
  'answer-dont-know-not-allowed': 'question "{question}" does not offer "don\'t know": answer it or leave it empty',
  'answer-not-applicable-not-allowed': 'question "{question}" cannot be answered "not applicable"',
  'answer-missing-justification': 'a "not applicable" answer needs a justification: say why question "{question}" does not apply',
  'answer-unknown-assistance-category.none': 'question "{question}" does not ask for technical-assistance needs: remove "{category}"',
  'answer-unknown-assistance-category': '"{category}" is not an assistance category of question "{question}"; allowed: {allowed}',
  'answer-unknown-question': 'checklist "{checklist}" has no question {id}{hint}: remove this answer or correct its id',
  'answer-hidden-question': 'question "{question}" is not asked (its condition is false): this answer is ignored',

  // Answers files joined by merge; {other} is the other file's place.
  'merge-checklist-mismatch': 'these answers are for checklist {id} {version}, those of {other} for {baseId} {baseVersion} — merge only files made from the same checklist',
  'merge-checklist-mismatch.hash': 'these answers were made from another edition of checklist {id} {version} than those of {other} (its content hash differs) — make every file from the same checklist file',
  'merge-conflicting-respondent': 'respondent.{field} is {value} here but {first} in {other} — a merged file has one respondent: write the same in every file, or leave it empty in all but one',
  'merge-conflicting-period': 'the period is {value} here but {first} in {other} — answers for different periods are separate assessments: correct the period of one file',
  'merge-different-language': 'these answers are in {value}, those of {other} in {first}: the merged file is marked {first} and its texts are kept as written',
  'merge-draft-pending.one': 'this draft has {count} answer carried over from a previous report and not yet confirmed: it is not merged — confirm it in the assessment first',
  'merge-draft-pending.other': 'this draft has {count} answers carried over from a previous report and not yet confirmed: they are not merged — confirm them in the assessment first',
  'merge-conflicting-answer': 'conflicting answers to question "{question}": {field} is {value} here but {first} in {other} — agree on one answer, then correct or empty the other',

  // The stylish list of diagnostics.
  'stylish.no-problems.one': '{count} file checked, no problems',
  'stylish.no-problems.other': '{count} files checked, no problems',
  'stylish.problems.one': '{count} problem',
  'stylish.problems.other': '{count} problems',
  'stylish.errors.one': '{count} error',
  'stylish.errors.other': '{count} errors',
  'stylish.warnings.one': '{count} warning',
  'stylish.warnings.other': '{count} warnings',
  'stylish.infos.one': '{count} info',
  'stylish.infos.other': '{count} info',
  'stylish.severity.error': 'error',
  'stylish.severity.warning': 'warning',
  'stylish.severity.info': 'info',
} as const;

export type MessageKey = keyof typeof en;
