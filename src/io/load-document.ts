import type { Diagnostic, Finding, Position } from '../domain/diagnostic.js';
import { colonCount, dataCensus, indentBeyond, jsonShape, textCensus } from './depth.js';
import { MAX_NESTING_DEPTH, MAX_SEPARATORS } from './limits.js';
import { readTextSync } from './read-text.js';
import { jsonSyntaxError } from './json-syntax.js';
import { filePhrase } from '../i18n/file-messages.js';
import { failure, MAX_FINDINGS_PER_FILE, tooDeep, type LoadedDocument, type LoadResult } from './load-result.js';
import { jsonLocator } from './validate-json-positions.js';

const t = filePhrase;

export { MAX_FINDINGS_PER_FILE, type LoadedDocument, type LoadResult };

/** The YAML part of the loader (and the yaml package), imported when a document needs it. */
const yamlLoader = async (): Promise<typeof import('./load-yaml.js')> => import('./load-yaml.js');

export interface LoadOptions {
  /**
   * JSON files are parsed with JSON.parse, and positions are computed only when
   * asked for (a second, slower parse). For batches of reports. A duplicate key
   * comes back as an error diagnostic with its position, beside the data (in
   * which the last of the two values won), so that the rest is still checked.
   */
  fastJson?: boolean;
  /**
   * What a short JSON text's bounds need to know of its data (see
   * parseShortJson), when the caller walks the data anyway and can say it
   * more cheaply than the loader's own walk (jsonShape); undefined to leave it
   * to that walk. `validate` checks a report's schema and writes its digest,
   * which counts them (domain/validate/report-digest.ts).
   */
  census?: (data: unknown) => JsonCensus | undefined;
}

export interface JsonCensus {
  /** The ":" of the data written as JSON: one per key, and those inside keys and strings. */
  colons: number;
  /** An upper bound on the nesting of its arrays and objects (a scalar 0, `[]` 1). */
  nesting: number;
}

/**
 * Reads and parses a YAML or JSON file, never throwing on its content. Read synchronously
 * (readTextSync: the same checks and diagnostics): a document is read whole before anything is
 * done with it, and the five steps of an asynchronous read each went through libuv's threads.
 */
export async function loadDocument(file: string, options: LoadOptions = {}): Promise<LoadResult> {
  const text = readTextSync(file);
  if (!text.ok) return { ok: false, diagnostics: [text.diagnostic] };
  return parseText(file, text.text, options);
}

/** Parses a YAML or JSON text, never throwing on its content; yaml is loaded only if it is needed. */
export async function parseText(file: string, source: string, options: LoadOptions = {}): Promise<LoadResult> {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const isJson = /\.json$/i.test(file);
  if (isJson && text.length <= MAX_SEPARATORS) {
    const parsed = parseShortJson(file, text, options.census);
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
    const duplicates = census.members === shape.keys ? null : (await yamlLoader()).loadYaml(file, text);
    const found = duplicates && !duplicates.ok ? duplicates.diagnostics.filter((d) => d.code === 'yaml-duplicate-key') : [];
    // Without fastJson a duplicate key fails the load, as in YAML; with it, it is reported beside the data.
    if (found.length > 0 && !options.fastJson) return { ok: false, diagnostics: found };
    return { ok: true, document, diagnostics: found };
  }
  return (await yamlLoader()).loadYaml(file, text);
}

/**
 * A document JSON.parse read; positions only when asked for, by scanning the text
 * (validate-json-positions.ts: the ranges a YAML parse of it would give, without yaml).
 */
function jsonDocument(file: string, text: string, data: unknown): LoadedDocument {
  let locate: ReturnType<typeof jsonLocator> | null = null;
  return {
    file,
    data,
    locate(pointer, at) {
      locate ??= jsonLocator(text);
      return locate(pointer, at);
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
function parseShortJson(file: string, text: string, census?: (data: unknown) => JsonCensus | undefined): LoadResult | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  // A \u escape can write a ":" in a string without one in the text: the members would not add up.
  if (text.includes('\\u')) return undefined;
  const shape = census?.(data) ?? shapeCensus(data);
  // Strings hold the same ":" in the text as in the data; outside them, the text has one per member, the data one per
  // key: as many exactly when no key was repeated (members = keys), and the data then holds every value of the text,
  // so that its nesting is the text's.
  if (colonCount(text) !== shape.colons || shape.nesting > MAX_NESTING_DEPTH) return undefined;
  if (indentBeyond(text, MAX_NESTING_DEPTH * 4)) return undefined;
  return { ok: true, document: jsonDocument(file, text, data), diagnostics: [] };
}

/** The census of data, by the loader's own walk (partial past MAX_NESTING_DEPTH, where only the nesting counts). */
function shapeCensus(data: unknown): JsonCensus {
  const shape = jsonShape(data, MAX_NESTING_DEPTH);
  return { colons: shape.keys + shape.colons, nesting: shape.nesting };
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
