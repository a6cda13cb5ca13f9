import { isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Diagnostic, Position } from '../domain/diagnostic.js';
import { filePhrase } from '../i18n/file-messages.js';
import { yamlErrorDetail } from '../i18n/yaml-errors.js';
import { dataDepth } from './depth.js';
import { MAX_ALIAS_COUNT, MAX_EXPANDED_VALUES, MAX_NESTING_DEPTH } from './limits.js';
import { failure, MAX_FINDINGS_PER_FILE, tooDeep, type LoadedDocument, type LoadResult } from './load-result.js';
import { expandedSize } from './yaml-expansion.js';
import { keyAtPointer, nodeAtPointer, rangeOf, type Range } from './yaml-locate.js';

// The YAML part of the loader, with the yaml package: load-document.ts imports it only for a
// document that needs it (YAML, or JSON with a duplicate key), so that reading a JSON report
// does not load (≈ 150 kB of code) what it never runs.

const t = filePhrase;

interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
}

function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // yaml's own duplicate-key check compares each key with every earlier one (quadratic in a wide
  // mapping): duplicateKeyOffsets does it with one set per mapping.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  return { doc, lineCounter };
}

/**
 * One walk of the document for what the loader refuses in it: the offsets of
 * the second (and later) occurrences of a scalar key in a mapping (one set per
 * mapping), and the nodes with a tag outside the core schema (the first 20).
 */
function scanNodes(doc: Document): { duplicateKeys: number[]; tagged: Node[] } {
  const duplicateKeys: number[] = [];
  const tagged: Node[] = [];
  visit(doc, (_key, node) => {
    if (!isNode(node)) return;
    if (node.tag !== undefined && !CORE_TAGS.has(node.tag) && tagged.length < 20) tagged.push(node);
    if (!isMap(node)) return;
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const value: unknown = pair.key.value;
      const id = `${typeof value}:${String(value)}`;
      if (seen.has(id)) duplicateKeys.push(pair.key.range?.[0] ?? 0);
      else seen.add(id);
    }
  });
  return { duplicateKeys, tagged };
}

/** The ranges of a text parsed as YAML (JSON is YAML), whatever it holds: what jsonLocator is tested against. */
export function yamlLocator(text: string): (pointer: string, at?: 'value' | 'key') => Range | undefined {
  const parsed = parseYaml(text);
  return (pointer, at) => locateIn(parsed, pointer, at);
}

function locateIn(parsed: ParsedYaml, pointer: string, at: 'value' | 'key' = 'value'): Range | undefined {
  const node =
    at === 'key' ? (keyAtPointer(parsed.doc, pointer) ?? nodeAtPointer(parsed.doc, pointer)) : nodeAtPointer(parsed.doc, pointer);
  return rangeOf(node, parsed.lineCounter);
}

export function loadYaml(file: string, text: string): LoadResult {
  let parsed: ParsedYaml;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    if (error instanceof RangeError) return tooDeep(file);
    throw error;
  }
  const { doc, lineCounter } = parsed;
  // yaml reports a stack overflow while composing as RESOURCE_EXHAUSTION: nesting the text pre-check
  // did not see (brackets after a stray quote in a comment or a plain scalar).
  if (doc.errors.some((error) => error.code === 'RESOURCE_EXHAUSTION')) return tooDeep(file);
  const position = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const scanned = scanNodes(doc);
  const errors = [
    ...doc.errors.map((error) => ({ code: error.code, message: error.message, pos: error.pos })),
    ...scanned.duplicateKeys.map((offset) => ({ code: 'DUPLICATE_KEY', message: '', pos: [offset, offset + 1] as const })),
  ].sort((a, b) => a.pos[0] - b.pos[0]);
  const syntax: Diagnostic[] = errors.map((error) => ({
    code: error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax',
    severity: 'error',
    message:
      error.code === 'DUPLICATE_KEY' ? t('yaml.duplicate-key') : t('yaml.syntax', { detail: yamlErrorDetail(error.code, error.message) }),
    file,
    pointer: '',
    start: position(error.pos[0]),
    end: position(error.pos[1]),
  }));
  if (syntax.length > MAX_FINDINGS_PER_FILE) return { ok: false, diagnostics: capped(file, syntax) };
  if (syntax.length > 0) return { ok: false, diagnostics: syntax };
  const tags = unsupportedTags(file, scanned.tagged, text, position);
  if (tags.length > 0) return { ok: false, diagnostics: tags };
  // Counted in values produced, not aliases used: a few aliases of a large node are a bomb too.
  if (expandedSize(doc, MAX_EXPANDED_VALUES) > MAX_EXPANDED_VALUES) return aliasBomb(file);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof RangeError) return tooDeep(file);
    if (error instanceof ReferenceError) return aliasBomb(file);
    const reason = error instanceof Error ? error.message : String(error);
    return failure(file, 'yaml-syntax', t('yaml.error', { detail: firstLine(reason) }));
  }
  if (dataDepth(data, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) return tooDeep(file);
  const document: LoadedDocument = { file, data, locate: (pointer, at) => locateIn(parsed, pointer, at) };
  return { ok: true, document, diagnostics: [] };
}

/**
 * Only the YAML core schema's plain values are read: a tag such as !!omap,
 * !!set, !!timestamp, !!binary or a custom one would turn into a value JSON
 * cannot hold (and canonical JSON would drop), so the file would say more
 * than what is hashed and signed. `!` and the core tags are harmless.
 */
const CORE_TAGS = new Set(['!', ...['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`)]);

function unsupportedTags(file: string, tagged: readonly Node[], text: string, position: (offset: number) => Position): Diagnostic[] {
  return tagged.map((node) => {
    const tag = node.tag ?? '';
    const diagnostic: Diagnostic = {
      code: 'yaml-unsupported-tag',
      severity: 'error',
      message: t('yaml.tag', { tag: tag.replace(/^tag:yaml\.org,2002:/, '!!') }),
      file,
      pointer: '',
    };
    if (node.range) {
      // The node starts after its tag (a block collection, on the next line): point at the tag.
      const tagStart = text.lastIndexOf('!', node.range[0]);
      diagnostic.start = position(tagStart >= 0 ? tagStart : node.range[0]);
      diagnostic.end = position(node.range[1]);
    }
    return diagnostic;
  });
}

function aliasBomb(file: string): LoadResult {
  return failure(file, 'yaml-alias-bomb', t('yaml.alias-bomb', { aliases: MAX_ALIAS_COUNT, values: MAX_EXPANDED_VALUES }));
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** The first MAX_FINDINGS_PER_FILE diagnostics, then one "and N more". */
function capped(file: string, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const kept = diagnostics.slice(0, MAX_FINDINGS_PER_FILE);
  const rest = diagnostics.length - kept.length;
  kept.push({
    code: 'too-many-findings',
    severity: 'error',
    message: t('findings.more', { count: rest, shown: kept.length }),
    file,
    pointer: '',
  });
  return kept;
}
