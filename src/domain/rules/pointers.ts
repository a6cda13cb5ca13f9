import { toPointer } from '../diagnostic.js';
import type { LocatedQuestion } from '../checklist-model.js';

export function questionPointer(located: Pick<LocatedQuestion, 'sectionIndex' | 'questionIndex'>, ...rest: Array<string | number>): string {
  return toPointer(['sections', located.sectionIndex, 'questions', located.questionIndex, ...rest]);
}
