import { phrase, type PhraseParam } from '../../diagnostic.js';
import { conditionReferences, evaluateCondition, type ConditionSubject } from '../../conditions.js';
import { allowsDontKnow, isScored, listQuestions, questionIndex, resolveOptions, type LocatedQuestion } from '../../checklist-model.js';
import type { AnswerValue } from '../../schemas/answers.js';
import type { Question } from '../../schemas/checklist.js';
import type { Condition } from '../../schemas/condition.js';
import { answerScore } from '../../scoring/question-score.js';
import type { ChecklistRuleContext } from '../context.js';
import { questionPointer } from '../pointers.js';
import { firstMove, type Example } from './first-move.js';

/** Above this many combinations of the other questions a condition reads, the check is skipped (conditions are small in practice). */
const MAX_COMBINATIONS = 4096;
const MAX_SUBSET_OPTIONS = 8;

/** The literals a condition compares a question with. */
function literals(condition: Condition, id: string): string[] {
  if ('not' in condition) return literals(condition.not, id);
  if ('all' in condition) return condition.all.flatMap((c) => literals(c, id));
  if ('any' in condition) return condition.any.flatMap((c) => literals(c, id));
  if ('answered' in condition || condition.question !== id) return [];
  return 'equals' in condition ? [String(condition.equals)] : condition.in.map(String);
}

/** The valid selections of a multiple-choice question: non-empty sets of combinable options, or an exclusive option alone. */
function selections(question: Question): string[][] {
  const options = resolveOptions(question);
  const combinable = options.filter((o) => !o.exclusive).map((o) => o.code);
  const alone = options.filter((o) => o.exclusive).map((o) => [o.code]);
  if (combinable.length > MAX_SUBSET_OPTIONS) return [...combinable.map((c) => [c]), combinable, ...alone];
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << combinable.length; mask++) out.push(combinable.filter((_, i) => (mask & (1 << i)) !== 0));
  return [...out, ...alone];
}

/** Every value that matters to a condition: each answer, "don't know" and no answer. */
function candidateValues(question: Question, condition: Condition): AnswerValue[] {
  const codes = resolveOptions(question).map((o) => o.code);
  const values: AnswerValue[] =
    question.type === 'multiple' ? selections(question) : [...codes, ...literals(condition, question.id), '\u0000other'];
  if (allowsDontKnow(question)) values.push('dont-know');
  values.push(null);
  return values;
}

/** The score a value gives a question: a "don't know" or no answer counts 0. */
function valueScore(question: Question, value: AnswerValue): number {
  if (value === null || value === 'dont-know') return 0;
  return answerScore(question, value);
}

interface Findings {
  shownByWorse?: Example;
  hiddenByWorse?: Example;
}

function* combinations(axes: ReadonlyArray<{ id: string; values: AnswerValue[] }>): Generator<Map<string, AnswerValue>> {
  const [first, ...rest] = axes;
  if (!first) {
    yield new Map();
    return;
  }
  for (const tail of combinations(rest)) {
    for (const value of first.values) yield new Map(tail).set(first.id, value);
  }
}

/**
 * How a question's visibility moves when one scored question it depends on is
 * answered better, the others held: shown by a worse answer and hidden by a
 * better one, or hidden by a worse answer and shown by a better one.
 */
function visibilityMoves(located: LocatedQuestion, byId: ReadonlyMap<string, LocatedQuestion>): Findings {
  const when = located.question.when as Condition;
  const ids = [...new Set(conditionReferences(when))].filter((id) => (byId.get(id)?.order ?? Infinity) < located.order);
  const axes = ids
    .map((id) => ({ id, question: (byId.get(id) as LocatedQuestion).question }))
    .map((a) => ({ ...a, values: candidateValues(a.question, when) }));
  const found: Findings = {};
  for (const axis of axes) {
    if (!isScored(axis.question)) continue;
    const others = axes.filter((a) => a !== axis);
    if (others.reduce((n, a) => n * a.values.length, 1) > MAX_COMBINATIONS) continue;
    const scored = axis.values.map((value) => ({ value, score: valueScore(axis.question, value) }));
    for (const held of combinations(others)) {
      const visible = (value: AnswerValue): boolean =>
        evaluateCondition(when, (id): ConditionSubject | undefined => ({
          visible: true,
          value: id === axis.id ? value : (held.get(id) ?? null),
        }));
      // Whether each value shows the question, evaluated once per value rather than once per pair.
      const shown = scored.map((s) => visible(s.value));
      found.shownByWorse ??= firstMove(scored, shown, true, axis.id);
      found.hiddenByWorse ??= firstMove(scored, shown, false, axis.id);
      if (found.shownByWorse && found.hiddenByWorse) return found;
    }
  }
  return found;
}

const show = (value: AnswerValue): PhraseParam =>
  value === null ? phrase('words.no-answer') : Array.isArray(value) ? `[${value.join(', ')}]` : String(value);

/**
 * Follow-up questions never reward a worse answer. A scored question with a
 * condition says what being hidden means; one that a worse answer hides and a
 * better one shows must count as unmet (else "no" scores better than "partly"),
 * and one that a better answer hides cannot be scored at all.
 */
export function followUpRules(context: ChecklistRuleContext): void {
  const byId = questionIndex(context.document);
  for (const located of listQuestions(context.document)) {
    const q = located.question;
    if (q.when === undefined || !isScored(q)) continue;
    if (q.whenHidden === undefined) {
      context.report('when-hidden-missing', questionPointer(located, 'when'), phrase('when-hidden-missing', { question: q.id }));
    }
    const moves = visibilityMoves(located, byId);
    if (moves.shownByWorse) {
      const { parent, worse, better } = moves.shownByWorse;
      context.report(
        'hidden-shown-by-worse-answer',
        questionPointer(located, 'when'),
        phrase('hidden-shown-by-worse-answer', { question: q.id, parent, worse: show(worse), better: show(better) }),
      );
    }
    if (moves.hiddenByWorse && q.whenHidden !== 'unmet') {
      const { parent, worse, better } = moves.hiddenByWorse;
      context.report(
        'hidden-excluded-rewards-worse',
        questionPointer(located, q.whenHidden === undefined ? 'when' : 'whenHidden'),
        phrase('hidden-excluded-rewards-worse', { question: q.id, parent, worse: show(worse), better: show(better) }),
      );
    }
  }
}
