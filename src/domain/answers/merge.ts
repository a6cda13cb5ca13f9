import { pendingCount } from './pending.js';
import type { DiagnosticCode } from '../codes.js';
import { canonicalJson } from '../canonical.js';
import { phrase, pointerSegment, type Finding, type PhraseParam } from '../diagnostic.js';
import { quotedJsonText } from '../clipped.js';
import type { Answer, AnswersDocument, ChecklistReference, Respondent } from '../schemas/answers.js';
import { periodKey } from '../period.js';
import { isEmptyValue } from '../scoring/question-state.js';

/** The codes of this module, from the table of `codes.ts`. */
type MergeFindingCode = Extract<DiagnosticCode, `merge-${string}`>;

interface MergePlace {
  /** Index of the input document. */
  input: number;
  /** JSON pointer into it. */
  pointer: string;
}

/**
 * A finding about input `input`. When another input says otherwise, `other`
 * is where, and the message's phrase has a parameter `{other}`, which the caller
 * replaces with that file's name, line and column.
 */
export interface MergeFinding extends Finding {
  code: MergeFindingCode;
  input: number;
  other?: MergePlace;
}

export interface MergeResult {
  document: AnswersDocument;
  findings: MergeFinding[];
}

const ANSWER_FIELDS = ['value', 'justification', 'optionText', 'notes', 'evidence', 'assistance'] as const;
const RESPONDENT_FIELDS = ['party', 'institution', 'name', 'contact', 'role'] as const;

/** Whether a field says anything: null, blanks and empty lists are what a template leaves to fill. */
function isGiven(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return !isEmptyValue(value);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(isGiven);
  return value !== null && value !== undefined;
}

/** Two answers are the same when they differ only in order of choices, surrounding spaces or blank entries. */
function normalize(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value))
    return value
      .map(normalize)
      .map((v) => canonicalJson(v))
      .sort();
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => isGiven(v))
        .map(([k, v]) => [k, normalize(v)]),
    );
  }
  return value;
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(normalize(a)) === canonicalJson(normalize(b));

/** How a value reads in a message: "yes" (« yes » in French), [housing, medical], 3. */
function show(value: unknown): PhraseParam {
  if (typeof value === 'string') return quotedJsonText(value.length > 60 ? `${value.slice(0, 57)}...` : value, Number.POSITIVE_INFINITY);
  return shownPart(value);
}

function shownPart(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `[${value.map(String).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : shownPart(v)}`)
      .join(', ')} }`;
  }
  return String(value);
}

/**
 * Keeps the first value given for each field and reports every later value
 * that differs, so that no answer is dropped or overwritten without a word.
 */
class FieldMerger {
  private readonly seen = new Map<string, { value: unknown; place: MergePlace }>();
  constructor(private readonly findings: MergeFinding[]) {}

  /** True when this is the first value given for `key`: the caller keeps it. */
  offer(
    key: string,
    value: unknown,
    place: MergePlace,
    conflict: (value: unknown, first: unknown) => Pick<MergeFinding, 'code' | 'severity' | 'message'>,
  ): boolean {
    if (!isGiven(value)) return false;
    const first = this.seen.get(key);
    if (!first) {
      this.seen.set(key, { value, place });
      return true;
    }
    if (!same(first.value, value))
      this.findings.push({ ...conflict(value, first.value), input: place.input, pointer: place.pointer, other: first.place });
    return false;
  }
}

function copy<T, K extends keyof T>(target: T, source: T, key: K): void {
  target[key] = source[key];
}

function checklistReference(inputs: readonly AnswersDocument[], findings: MergeFinding[]): ChecklistReference {
  const base = inputs[0]?.checklist ?? { id: '', version: '' };
  const reference: ChecklistReference = { id: base.id, version: base.version };
  let hashFrom: MergePlace | undefined;
  inputs.forEach(({ checklist }, input) => {
    if (checklist.id !== base.id || checklist.version !== base.version) {
      findings.push({
        code: 'merge-checklist-mismatch',
        severity: 'error',
        message: phrase('merge-checklist-mismatch', {
          id: checklist.id,
          version: checklist.version,
          baseId: base.id,
          baseVersion: base.version,
        }),
        input,
        pointer: '/checklist',
        other: { input: 0, pointer: '/checklist' },
      });
    } else if (checklist.hash !== undefined && reference.hash === undefined) {
      reference.hash = checklist.hash;
      hashFrom = { input, pointer: '/checklist/hash' };
    } else if (checklist.hash !== undefined && checklist.hash !== reference.hash && hashFrom) {
      findings.push({
        code: 'merge-checklist-mismatch',
        severity: 'error',
        message: phrase('merge-checklist-mismatch.hash', { id: base.id, version: base.version }),
        input,
        pointer: '/checklist/hash',
        other: hashFrom,
      });
    }
  });
  return reference;
}

/**
 * Joins answers documents filled by different departments. The same answer in
 * two files is fine; two different answers to one question — its value,
 * justification, option text, notes, evidence or assistance — are errors
 * naming both places, as are different checklists, respondents or periods.
 * Blank fields never conflict: they are what another department left to fill.
 * Answers keep the order in which they were first met; the draft position of
 * a draft is not carried over.
 */
export function mergeAnswers(inputs: readonly AnswersDocument[]): MergeResult {
  const findings: MergeFinding[] = [];
  const merger = new FieldMerger(findings);
  const document: AnswersDocument = { kind: 'answers', formatVersion: 1, checklist: checklistReference(inputs, findings), answers: {} };
  const respondent: Respondent = {};

  inputs.forEach((source, input) => {
    const given: Respondent = source.respondent ?? {};
    for (const field of RESPONDENT_FIELDS) {
      // A party is its type and code: "Senegal" and "Sénégal" with code SEN are one respondent, named as the first file names it.
      const compared = field === 'party' && given.party ? { type: given.party.type, code: given.party.code.toUpperCase() } : given[field];
      const kept = merger.offer(`\0respondent.${field}`, compared, { input, pointer: `/respondent/${field}` }, (value, first) => ({
        code: 'merge-conflicting-respondent',
        severity: 'error',
        message: phrase('merge-conflicting-respondent', { field, value: show(value), first: show(first) }),
      }));
      if (kept) copy(respondent, given, field);
    }
    // "2024/2025" and "2024-2025" are one period, written the canonical way in the merged file.
    const written = source.period === undefined ? undefined : periodKey(source.period);
    const period = merger.offer('\0period', written, { input, pointer: '/period' }, (value, first) => ({
      code: 'merge-conflicting-period',
      severity: 'error',
      message: phrase('merge-conflicting-period', { value: show(value), first: show(first) }),
    }));
    if (period) document.period = written;
    const language = merger.offer('\0language', source.language, { input, pointer: '/language' }, (value, first) => ({
      code: 'merge-different-language',
      severity: 'warning',
      message: phrase('merge-different-language', { value: show(value), first: show(first) }),
    }));
    if (language) copy(document, source, 'language');
    const pending = pendingCount(source);
    if (pending > 0) {
      findings.push({
        code: 'merge-draft-pending',
        severity: 'warning',
        message: phrase('merge-draft-pending', { count: pending }),
        input,
        pointer: '/draft/pending',
      });
    }
    for (const [id, answer] of Object.entries(source.answers)) {
      const merged: Answer = Object.hasOwn(document.answers, id) ? (document.answers[id] ?? { value: null }) : { value: null };
      document.answers[id] = merged;
      for (const field of ANSWER_FIELDS) {
        const pointer = `/answers/${pointerSegment(id)}/${field}`;
        const kept = merger.offer(`${id}\0${field}`, answer[field], { input, pointer }, (value, first) => ({
          code: 'merge-conflicting-answer',
          severity: 'error',
          message: phrase('merge-conflicting-answer', { question: id, field, value: show(value), first: show(first) }),
        }));
        if (kept) copy(merged, answer, field);
      }
    }
  });

  if (Object.keys(respondent).length > 0) document.respondent = respondent;
  return { document, findings };
}
