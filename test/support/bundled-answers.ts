import path from 'node:path';
import { resolveOptions } from '../../src/domain/checklist-model.js';
import { canonicalHash } from '../../src/domain/canonical.js';
import type { Answer, AnswerValue } from '../../src/domain/schemas/answers.js';
import { Checklist, type Question } from '../../src/domain/schemas/checklist.js';
import { loadDocument } from '../../src/io/load-document.js';
import { ROOT } from './run-cli.js';

/** A bundled checklist (or an archived version) as the tool reads it, with its hash. */
export async function bundledChecklist(file: string): Promise<{ checklist: Checklist; hash: string }> {
  const loaded = await loadDocument(path.join(ROOT, file));
  if (!loaded.ok) throw new Error(`${file} cannot be read`);
  return { checklist: Checklist.parse(loaded.document.data), hash: canonicalHash(loaded.document.data) };
}

/** The answer that scores best: "yes", the best option, or every option of positive score. */
export function bestValue(question: Question): AnswerValue {
  const options = resolveOptions(question);
  switch (question.type) {
    case 'yes-no':
    case 'tri-state':
    case 'single':
      return [...options].sort((a, b) => (b.score ?? 0) - (a.score ?? 0))[0]?.code ?? null;
    case 'multiple':
      return options.filter((o) => !o.exclusive && (o.score ?? 0) > 0).map((o) => o.code);
    case 'number':
      return 1;
    case 'date':
      return '2004-01-01';
    case 'text':
      return 'Law 1/2004';
  }
}

/** The answer that scores least: "no", the worst option (an exclusive one alone, for multiple choice). */
export function worstValue(question: Question): AnswerValue {
  const options = resolveOptions(question);
  const worst = [...options].sort((a, b) => (a.score ?? 0) - (b.score ?? 0))[0];
  if (question.type === 'multiple') return worst ? [worst.code] : [];
  if (question.type === 'number' || question.type === 'date' || question.type === 'text') return bestValue(question);
  return worst?.code ?? null;
}

/** Every question answered with its best answer, except those `worse` picks, answered with their worst. */
export function answersWhere(checklist: Checklist, worse: (question: Question) => boolean): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const section of checklist.sections) {
    for (const question of section.questions) {
      answers[question.id] = { value: worse(question) ? worstValue(question) : bestValue(question) };
    }
  }
  return answers;
}

/** Whether a question cites one of these provisions (or a subdivision) of a catalogue. */
export function cites(question: Question, catalogue: string, articles: readonly string[]): boolean {
  return (question.sources ?? []).some(
    (s) => s.catalogue === catalogue && articles.some((a) => s.provision === a || s.provision.startsWith(`${a}.`)),
  );
}
