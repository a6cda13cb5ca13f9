import type { Catalogue } from '../../domain/schemas/catalogue.js';
import { Document, Pair, Scalar, YAMLMap, isMap, isScalar, isSeq, visit, type Node } from 'yaml';
import { TEMPLATE_MESSAGES, type TemplateKey } from '../../i18n/template-messages.js';
import { translator, type Translate } from '../../i18n/translate.js';
import { questionIndex } from '../../domain/checklist-model.js';
import type { Answer, AnswersDocument, Respondent } from '../../domain/schemas/answers.js';
import type { Checklist, Section } from '../../domain/schemas/checklist.js';
import { checklistTexts, describeQuestion, type TemplateWords } from './describe-question.js';
import { compactRespondent, RESPONDENT_FIELDS } from '../../domain/answers/respondent.js';
import { escapeCharacter, terminalSafe } from '../../domain/visible-text.js';

export interface TemplateOptions {
  /** Language of the comments; the checklist's texts fall back to its default language. */
  language: string;
  /** SHA-256 of the checklist's canonical content, written into the checklist reference. */
  checklistHash: string;
  /** Ids of the sections to include, for a file per department; all when absent. */
  sections?: readonly string[];
  /** The instrument catalogues, to state each question's level of obligation; without them it is stated only where the question states it. */
  catalogues?: ReadonlyMap<string, Catalogue>;
  /** What is already known (merge writes its result as a filled template); blank otherwise. */
  filled?: Partial<Pick<AnswersDocument, 'answers' | 'respondent' | 'period'>>;
}

/** Comment lines are wrapped here so that an editor shows them without scrolling sideways. */
const COMMENT_WIDTH = 96;
// Plain scalars that a YAML 1.1 reader (older editors, other tools) would take for booleans or null.
const YAML11_WORDS = /^(y|n|yes|no|on|off|true|false|null|~)$/i;

/** Wraps at spaces with a hanging indent, keeping the padding that aligns columns of codes. */
function wrap(line: string, width = COMMENT_WIDTH): string[] {
  const indent = /^ */.exec(line)?.[0] ?? '';
  const out: string[] = [];
  let current = indent;
  // Words are split at ASCII spaces only: a non-breaking space (French « : ») stays inside its word.
  for (const [, space = '', word = ''] of line.slice(indent.length).matchAll(/( *)([^ ]+)/g)) {
    if (current.trim() !== '' && current.length + space.length + word.length > width) {
      out.push(current);
      current = `${indent}  ${word}`;
    } else current += space + word;
  }
  out.push(current);
  return out;
}

/**
 * yaml prints each line of a comment after "#": a leading space keeps "# text" readable.
 * Every line-break form is split here (a lone CR is a line break to a YAML reader, and would
 * end the comment), and controls are written visibly, so that no checklist text can add
 * structure to the file or act on the terminal it is printed to.
 */
function comment(lines: readonly string[]): string {
  return lines
    .flatMap((line) => line.split(/\r\n|[\r\n\u2028\u2029]/).map(terminalSafe))
    .flatMap((line) => (line === '' ? [''] : wrap(line).map((l) => ` ${l}`)))
    .join('\n');
}

function keyNode(key: string, lines: readonly string[] = [], spaceBefore = false): Scalar {
  const node = new Scalar(key);
  if (lines.length > 0) node.commentBefore = comment(lines);
  if (spaceBefore) node.spaceBefore = true;
  return node;
}

/** Codes quoted where another YAML reader would misread them, lists of codes on one line. */
function tidy(node: unknown): void {
  if (isScalar(node) && typeof node.value === 'string' && YAML11_WORDS.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
  if (isSeq(node)) {
    node.flow = node.items.every(isScalar);
    node.items.forEach(tidy);
  }
  if (isMap(node)) node.items.forEach((pair) => tidy(pair.value));
}

function answerNode(doc: Document, answer: Answer): Node {
  const node = doc.createNode(answer.value === undefined ? { value: null, ...answer } : answer) as Node;
  tidy(node);
  return node;
}

function headerLines(
  checklist: Checklist,
  options: TemplateOptions,
  t: Translate<TemplateKey>,
  text: TemplateWords['text'],
  subset: Section[] | undefined,
): string[] {
  const lines = [
    t('header.title', { title: text(checklist.title), id: checklist.id, version: checklist.version, language: options.language }),
    t('header.fill'),
    t('header.command'),
    t('header.null'),
    t('header.keep'),
  ];
  if (subset) lines.push(t('header.sections', { list: subset.map((s) => s.id).join(', ') }), t('header.merge'));
  const categories = checklist.assistanceCategories ?? [];
  if (categories.length > 0) {
    const width = Math.max(...categories.map((c) => c.id.length)) + 2;
    lines.push('', t('header.categories'), ...categories.map((c) => `  ${c.id.padEnd(width)}${text(c.title)}`));
  }
  return lines;
}

function respondentPair(doc: Document, respondent: Respondent | undefined, t: Translate<TemplateKey>): Pair {
  const map = new YAMLMap();
  const hints = [
    t('respondent.state'),
    t('respondent.state-example'),
    t('respondent.organization'),
    t('respondent.organization-example'),
    t('respondent.details'),
  ];
  if (respondent?.party) {
    const party = doc.createNode(respondent.party) as Node;
    if (isMap(party)) party.flow = true;
    map.items.push(new Pair(keyNode('party'), party));
  }
  RESPONDENT_FIELDS.forEach((field, i) => {
    const lines = i === 0 && !respondent?.party ? hints : [];
    map.items.push(new Pair(keyNode(field, lines), doc.createNode(respondent?.[field] ?? '')));
  });
  return new Pair(keyNode('respondent', respondent?.party ? [] : [t('respondent')]), map);
}

/**
 * An answers document to fill in an editor: every question of the chosen
 * sections with `value: null`, and above each, as comments in the chosen
 * language, what it asks and which codes it takes. Pure; `String(doc)` is the
 * file. It parses back as a valid answers document.
 */
export function answersTemplate(checklist: Checklist, options: TemplateOptions): Document {
  const t = translator(TEMPLATE_MESSAGES, options.language);
  const text = checklistTexts(checklist, options.language);
  const words: TemplateWords = { t, language: options.language, text, catalogues: options.catalogues ?? new Map() };
  const chosen = options.sections ? new Set(options.sections) : undefined;
  const sections = chosen ? checklist.sections.filter((s) => chosen.has(s.id)) : checklist.sections;
  const subset = chosen && sections.length < checklist.sections.length ? sections : undefined;
  const filled = options.filled ?? {};

  const doc = new Document(null);
  doc.commentBefore = comment(headerLines(checklist, options, t, text, subset));
  const root = new YAMLMap();
  doc.contents = root;
  const add = (key: string, value: unknown, lines: string[] = []): void => {
    root.items.push(new Pair(keyNode(key, lines), value));
  };
  add('kind', 'answers');
  add('formatVersion', 1);
  add('checklist', doc.createNode({ id: checklist.id, version: checklist.version, hash: options.checklistHash }), [t('checklist')]);
  add('language', options.language, [t('language')]);
  root.items.push(respondentPair(doc, compactRespondent(filled.respondent), t));
  if (filled.period) add('period', doc.createNode(filled.period));

  const answers = new YAMLMap();
  const given = filled.answers ?? {};
  const written = new Set<string>();
  const entry = (id: string, lines: string[]): void => {
    const answer = Object.hasOwn(given, id) ? given[id] : undefined;
    answers.items.push(new Pair(keyNode(id, lines, answers.items.length > 0), answerNode(doc, answer ?? { value: null })));
    written.add(id);
  };
  for (const section of sections) {
    section.questions.forEach((question, i) => {
      const title =
        i === 0
          ? [
              `── ${t('section', { id: section.id, title: text(section.title) })}`,
              ...(text(section.description) ? [text(section.description)] : []),
              '',
            ]
          : [];
      entry(question.id, [...title, ...describeQuestion(checklist, question, words)]);
    });
  }
  // Nothing given is dropped: answers outside the chosen sections, or to no question at all, come last.
  const questions = questionIndex(checklist);
  for (const id of Object.keys(given).filter((id) => !written.has(id))) {
    const located = questions.get(id);
    entry(id, located ? describeQuestion(checklist, located.question, words) : [t('unknown')]);
  }
  add('answers', answers, filled.period ? [] : [t('period'), t('period.example')]);
  return doc;
}

/** What the yaml library leaves raw even in double quotes: DEL, C1 controls, bidirectional controls, U+2028/U+2029. */
// eslint-disable-next-line no-control-regex
const ESCAPED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const ESCAPED_ALL = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The text of a template document, as written to a file. */
export function templateText(doc: Document): string {
  // A text holding a control or a line or paragraph separator is written double-quoted, where
  // YAML allows \u escapes: the same value, which cannot act on a terminal nor be misread.
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && ESCAPED.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0 }).replace(ESCAPED_ALL, escapeCharacter);
}
