import type { DiagnosticCode } from '../domain/codes.js';
import { isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Diagnostic, Finding, Phrase, Position } from '../domain/diagnostic.js';
import { colonCount, dataCensus, dataDepth, indentBeyond, jsonShape, textCensus } from './depth.js';
import { MAX_ALIAS_COUNT, MAX_EXPANDED_VALUES, MAX_NESTING_DEPTH, MAX_SEPARATORS } from './limits.js';
import { expandedSize } from './yaml-expansion.js';
import { readText } from './read-text.js';
import { jsonSyntaxError } from './json-syntax.js';
import { filePhrase } from '../i18n/file-messages.js';
import { yamlErrorDetail } from '../i18n/yaml-errors.js';

const t = filePhrase;
import { keyAtPointer, nodeAtPointer, rangeOf, type Range } from './yaml-locate.js';

export interface LoadedDocument {
  file: string;
  data: unknown;
  /** Line and column of the value a JSON pointer names (nearest existing parent otherwise). */
  locate(pointer: string, at?: 'value' | 'key'): Range | undefined;
}

export type LoadResult = { ok: true; document: LoadedDocument; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export interface LoadOptions {
  /**
   * JSON files are parsed with JSON.parse, and positions are computed only when
   * asked for (a second, slower parse). For batches of reports. A duplicate key
   * comes back as an error diagnostic with its position, beside the data (in
   * which the last of the two values won), so that the rest is still checked.
   */
  fastJson?: boolean;
}

function failure(file: string, code: DiagnosticCode, message: Phrase, start?: Position): LoadResult {
  const diagnostic: Diagnostic = { code, severity: 'error', message, file, pointer: '' };
  if (start) diagnostic.start = start;
  return { ok: false, diagnostics: [diagnostic] };
}

function tooDeep(file: string): LoadResult {
  return failure(file, 'document-too-deep', t('too-deep', { depth: MAX_NESTING_DEPTH }));
}

/** Reads and parses a YAML or JSON file, never throwing on its content. */
export async function loadDocument(file: string, options: LoadOptions = {}): Promise<LoadResult> {
  const text = await readText(file);
  if (!text.ok) return { ok: false, diagnostics: [text.diagnostic] };
  return parseText(file, text.text, options);
}

export function parseText(file: string, source: string, options: LoadOptions = {}): LoadResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const isJson = /\.json$/i.test(file);
  if (isJson && text.length <= MAX_SEPARATORS) {
    const parsed = parseShortJson(file, text);
    if (parsed !== undefined) return parsed;
  }
  // The four bounds in one pass over the text (see textCensus).
  const census = textCensus(text);
  if (census.flowDepth > MAX_NESTING_DEPTH || census.blockBound > MAX_NESTING_DEPTH * 4) {
    return tooDeep(file);
  }
  if (census.separators > MAX_SEPARATORS) {
    return failure(file, 'document-too-many-values', t('too-many-values', { count: MAX_SEPARATORS }));
  }
  // A .json file is JSON only: a YAML reading of it could accept what no JSON reader does.
  if (isJson) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return jsonFailure(file, text);
    }
    const shape = dataCensus(data, MAX_NESTING_DEPTH);
    if (shape.depth > MAX_NESTING_DEPTH) return tooDeep(file);
    const document = jsonDocument(file, text, data);
    // JSON.parse keeps the last of two equal keys silently: fewer keys than members means a duplicate.
    const duplicates = census.members === shape.keys ? null : loadYaml(file, text);
    const found = duplicates && !duplicates.ok ? duplicates.diagnostics.filter((d) => d.code === 'yaml-duplicate-key') : [];
    // Without fastJson a duplicate key fails the load, as in YAML; with it, it is reported beside the data.
    if (found.length > 0 && !options.fastJson) return { ok: false, diagnostics: found };
    return { ok: true, document, diagnostics: found };
  }
  return loadYaml(file, text);
}

/** A document JSON.parse read; positions (a YAML parse of the text, 40 times slower) only when asked for. */
function jsonDocument(file: string, text: string, data: unknown): LoadedDocument {
  let yaml: ParsedYaml | null = null;
  return {
    file,
    data,
    locate(pointer, at) {
      yaml ??= parseYaml(text);
      return locateIn(yaml, pointer, at);
    },
  };
}

/**
 * A JSON text of at most MAX_SEPARATORS characters, parsed before any scan:
 * it cannot hold more values than the limit, and V8's JSON.parse does not
 * recurse, so that nesting cannot harm it; its bounds are then read on the
 * data (jsonShape) instead of a scan of every character (which cost more than
 * JSON.parse). Only a text the full path would accept without a finding is
 * accepted here; for any other (not JSON, too deep, a duplicate key, a \u
 * escape that could hide a ":") the answer is undefined, and the full path,
 * which orders the bounds' diagnostics, reads it again.
 */
function parseShortJson(file: string, text: string): LoadResult | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  // A \u escape can write a ":" in a string without one in the text: the members would not add up.
  if (text.includes('\\u')) return undefined;
  const shape = jsonShape(data, MAX_NESTING_DEPTH);
  // Without a duplicate key (members = keys), the data holds every value of the text: its nesting is the text's.
  const members = colonCount(text) - shape.colons;
  if (members !== shape.keys || shape.nesting > MAX_NESTING_DEPTH) return undefined;
  if (indentBeyond(text, MAX_NESTING_DEPTH * 4)) return undefined;
  return { ok: true, document: jsonDocument(file, text, data), diagnostics: [] };
}

/**
 * One diagnostic for a .json file that is not JSON, at the first character
 * that cannot be there — never a reading of it as YAML, whose errors (four
 * for a truncated report) would point where nothing is wrong.
 */
function jsonFailure(file: string, text: string): LoadResult {
  const error = jsonSyntaxError(text);
  if (!error) return failure(file, 'json-syntax', t('json.syntax', { expected: t('json.expected.value') }));
  const truncated = error.offset >= text.trimEnd().length;
  const message = truncated ? t('json.truncated') : t('json.syntax', { expected: t(`json.expected.${error.expected}`) });
  return failure(file, 'json-syntax', message, positionOf(text, Math.min(error.offset, text.length)));
}

/** 1-based line and column (in UTF-16 units, as the YAML positions) of an offset. */
function positionOf(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

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

/** Offsets of the second (and later) occurrences of a scalar key in a mapping, in one pass. */
function duplicateKeyOffsets(doc: Document): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value: unknown = pair.key.value;
        const id = `${typeof value}:${String(value)}`;
        if (seen.has(id)) offsets.push(pair.key.range?.[0] ?? 0);
        else seen.add(id);
      }
    },
  });
  return offsets;
}

function locateIn(parsed: ParsedYaml, pointer: string, at: 'value' | 'key' = 'value'): Range | undefined {
  const node =
    at === 'key' ? (keyAtPointer(parsed.doc, pointer) ?? nodeAtPointer(parsed.doc, pointer)) : nodeAtPointer(parsed.doc, pointer);
  return rangeOf(node, parsed.lineCounter);
}

function loadYaml(file: string, text: string): LoadResult {
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
  const errors = [
    ...doc.errors.map((error) => ({ code: error.code, message: error.message, pos: error.pos })),
    ...duplicateKeyOffsets(doc).map((offset) => ({ code: 'DUPLICATE_KEY', message: '', pos: [offset, offset + 1] as const })),
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
  const tags = unsupportedTags(file, doc, text, position);
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

function unsupportedTags(file: string, doc: Document, text: string, position: (offset: number) => Position): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(doc, {
    Node(_key, node) {
      if (node.tag === undefined || CORE_TAGS.has(node.tag) || found.length >= 20) return;
      const diagnostic: Diagnostic = {
        code: 'yaml-unsupported-tag',
        severity: 'error',
        message: t('yaml.tag', { tag: node.tag.replace(/^tag:yaml\.org,2002:/, '!!') }),
        file,
        pointer: '',
      };
      if (node.range) {
        // The node starts after its tag (a block collection, on the next line): point at the tag.
        const tagStart = text.lastIndexOf('!', node.range[0]);
        diagnostic.start = position(tagStart >= 0 ? tagStart : node.range[0]);
        diagnostic.end = position(node.range[1]);
      }
      found.push(diagnostic);
    },
  });
  return found;
}

function aliasBomb(file: string): LoadResult {
  return failure(file, 'yaml-alias-bomb', t('yaml.alias-bomb', { aliases: MAX_ALIAS_COUNT, values: MAX_EXPANDED_VALUES }));
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Findings shown per file: a hostile file may produce one per key, and past
 * this many the rest says nothing new (and would cost time to locate).
 */
export const MAX_FINDINGS_PER_FILE = 1000;

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

/** Gives pure findings a file and a position; past MAX_FINDINGS_PER_FILE, one "and N more". */
export function attachPositions(document: LoadedDocument, all: readonly Finding[]): Diagnostic[] {
  const findings = all.length > MAX_FINDINGS_PER_FILE ? all.slice(0, MAX_FINDINGS_PER_FILE) : all;
  const located = findings.map((finding) => {
    const at = finding.code === 'schema-unknown-field' ? 'key' : 'value';
    const range = document.locate(finding.pointer, at);
    const diagnostic: Diagnostic = { ...finding, file: document.file };
    if (range) {
      diagnostic.start = range.start;
      diagnostic.end = range.end;
    }
    return diagnostic;
  });
  const rest = all.slice(findings.length);
  if (rest.length === 0) return located;
  const severity = rest.some((f) => f.severity === 'error') ? 'error' : rest.some((f) => f.severity === 'warning') ? 'warning' : 'info';
  located.push({
    code: 'too-many-findings',
    severity,
    message: t('findings.more', { count: rest.length, shown: findings.length }),
    file: document.file,
    pointer: '',
  });
  return located;
}
