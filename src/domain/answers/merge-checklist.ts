import { questionIndex } from '../checklist-model.js';
import type { Finding } from '../diagnostic.js';
import type { Answer } from '../schemas/answers.js';
import type { Checklist, RespondentType } from '../schemas/checklist.js';
import { checkAnswers } from './check-answers.js';
import type { ToolWords } from './tool-words.js';

/**
 * What a merge checks and writes once its checklist is known (`mergeAnswers`
 * needs none): the answers each department may not give, and the sections
 * the merged file shows.
 */

/** "Not applicable" reserved to some kinds of respondent, refused in one department's answers. */
export function refusedForRespondent(
  checklist: Checklist,
  answers: Record<string, Answer>,
  respondent: RespondentType | undefined,
  words: ToolWords,
): Finding[] {
  return checkAnswers(checklist, answers, words, '/answers', respondent).filter(
    (f) => f.code === 'answer-not-applicable-not-for-respondent',
  );
}

/** The id of every section a department answered: written in full, so that the merged file shows what is still open. */
export function answeredSections(checklist: Checklist, answers: Record<string, Answer>): string[] {
  const questions = questionIndex(checklist);
  return [...new Set(Object.keys(answers).flatMap((id) => questions.get(id)?.section.id ?? []))];
}
