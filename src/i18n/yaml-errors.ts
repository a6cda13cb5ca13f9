import { phrase, type Phrase } from '../domain/diagnostic.js';

/**
 * The `yaml` library writes its syntax errors in English. The commonest are
 * recognised here by their words and said again in the language asked — the
 * files officials edit by hand are YAML, and these are the errors they make;
 * any other is named by its kind (the library's code), with the library's own
 * words kept in brackets, so that nothing it said is lost.
 */
type Shape = readonly [RegExp, (m: RegExpExecArray) => Phrase];

const collection = (name: string | undefined): Phrase =>
  phrase(name === 'flow map' || name === 'Flow map' ? 'file.yaml.detail.flow-map' : 'file.yaml.detail.flow-sequence');

const SHAPES: readonly Shape[] = [
  [/^Missing closing (['"])quote/, (m) => phrase('file.yaml.detail.missing-quote', { quote: m[1] ?? '"' })],
  [/^Implicit map keys need to be followed by map values/, () => phrase('file.yaml.detail.key-without-value')],
  [/^Implicit keys (?:of flow sequence pairs )?need to be on a single line/, () => phrase('file.yaml.detail.key-on-one-line')],
  [/^Nested mappings are not allowed in compact mappings/, () => phrase('file.yaml.detail.nested-compact-mapping')],
  [/^A block sequence may not be used as an implicit map key/, () => phrase('file.yaml.detail.list-as-key')],
  [/^Tabs are not allowed as indentation/, () => phrase('file.yaml.detail.tab-indent')],
  [
    /^All (sequence|mapping) items must start at the same column/,
    (m) => phrase(m[1] === 'sequence' ? 'file.yaml.detail.sequence-column' : 'file.yaml.detail.mapping-column'),
  ],
  [/^Sequence item without - indicator/, () => phrase('file.yaml.detail.item-without-dash')],
  [/^Comments must be separated from other tokens by white space/, () => phrase('file.yaml.detail.comment-space')],
  // The library names the character in words ("reserved character @"): the character alone is kept, the last word.
  [
    /^Plain value cannot start with a tab character/,
    () => phrase('file.yaml.detail.plain-start', { char: phrase('file.yaml.detail.tab') }),
  ],
  [
    /^Plain value cannot start with .*?(\S)$/,
    (m) => phrase('file.yaml.detail.plain-start', { char: phrase('file.yaml.detail.character', { char: m[1] ?? '' }) }),
  ],
  [/^Missing , between (flow map|flow sequence) items/, (m) => phrase('file.yaml.detail.missing-comma', { collection: collection(m[1]) })],
  [
    /^Missing , or : between (flow map|flow sequence) items/,
    (m) => phrase('file.yaml.detail.missing-comma-or-colon', { collection: collection(m[1]) }),
  ],
  [/^Missing space after : in (flow map|flow sequence)/, () => phrase('file.yaml.detail.space-after-colon')],
  [
    /^(Flow map|Flow sequence) (?:in block collection must be sufficiently indented and )?(?:must )?end with an? (.)$/,
    (m) => phrase('file.yaml.detail.flow-end', { collection: collection(m[1]), end: m[2] ?? '' }),
  ],
  [/^Block collections are not allowed within flow collections/, () => phrase('file.yaml.detail.block-in-flow')],
  [/^Source contains multiple documents/, () => phrase('file.yaml.detail.multiple-documents')],
  [/^Invalid escape sequence (.+)$/, (m) => phrase('file.yaml.detail.bad-escape', { sequence: m[1] ?? '' })],
];

/** What went wrong, as a phrase of the catalogues; `message` is the library's English, `code` its kind. */
export function yamlErrorDetail(code: string, message: string): Phrase {
  // With `prettyErrors` the library appends " at line L, column C:" and an excerpt; the position is the diagnostic's own.
  const text = (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').trim();
  for (const [shape, toPhrase] of SHAPES) {
    const match = shape.exec(text);
    if (match) return toPhrase(match);
  }
  return phrase('file.yaml.detail.other', { kind: phrase(kindKey(code)), words: text });
}

const KINDS: Readonly<Record<string, string>> = {
  BAD_INDENT: 'indent',
  MISSING_CHAR: 'missing-char',
  UNEXPECTED_TOKEN: 'unexpected',
  BAD_SCALAR_START: 'scalar-start',
  BAD_ALIAS: 'alias',
  ALIAS_PROPS: 'alias',
  MULTIPLE_ANCHORS: 'anchor-or-tag',
  MULTIPLE_TAGS: 'anchor-or-tag',
  BAD_PROP_ORDER: 'anchor-or-tag',
  BAD_DIRECTIVE: 'directive',
  TAG_RESOLVE_FAILED: 'tag',
  BAD_COLLECTION_TYPE: 'tag',
  KEY_OVER_1024_CHARS: 'long-key',
  NON_STRING_KEY: 'key',
  BLOCK_AS_IMPLICIT_KEY: 'key',
};

function kindKey(code: string): string {
  return `file.yaml.kind.${KINDS[code] ?? 'syntax'}`;
}
