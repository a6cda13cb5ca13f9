import { resolveOptions } from '../../domain/checklist-model.js';
import { localize } from '../../domain/localize.js';
import type { AnswerValue } from '../../domain/schemas/answers.js';
import type { Catalogue } from '../../domain/schemas/catalogue.js';
import type { Band, Checklist, Question, SourceReference } from '../../domain/schemas/checklist.js';
import type { LocalizedText } from '../../domain/schemas/common.js';
import { intlLocale, localeOf } from '../../i18n/locale.js';
import { formatDate } from '../../i18n/dates.js';
import { formatDecimal, formatPercent } from '../../i18n/numbers.js';
import { toolLanguage, translator, type Translate } from '../../i18n/translate.js';
import { builtinLabel } from '../../i18n/tool-words.js';
import { isBuiltinCode } from '../../domain/answers/tool-words.js';
import { RENDER_MESSAGES, type RenderKey } from './messages.js';

/** Everything a formatter needs to say things in the report's language. */
export interface Words {
  language: string;
  t: Translate<RenderKey>;
  text(value: LocalizedText | undefined): string;
  percent(score: number): string;
  decimal(value: number, digits?: number): string;
  date(iso: string): string;
  band(id: string | null): string;
  option(question: Question, code: string): string;
  answer(question: Question, value: AnswerValue | undefined): string;
  citation(source: SourceReference, withTitle?: boolean): string;
  /** Several provisions, grouped by instrument: "Protocol, art. 16.1, 16.3; Working Group (2009), para. 3". */
  citations(sources: readonly SourceReference[]): string;
  /** Items joined as the language writes a list ("a; b" — "a ; b" in French). */
  list(items: readonly string[]): string;
}

/** A label set for print: the typographic apostrophe (Don’t know), as the rest of a rendered report writes it. */
const typeset = (label: string): string => label.replace(/'/g, '’');

/** Short citation forms of the bundled catalogues; any other is cited by its id. */
const CITATIONS: ReadonlyMap<string, RenderKey> = new Map([
  ['un-tip-protocol', 'citation.un-tip-protocol'],
  ['un-wg-tip-2009', 'citation.un-wg-tip-2009'],
]);

export function makeWords(
  language: string,
  checklist: Checklist,
  bands: readonly Band[],
  catalogues: ReadonlyMap<string, Catalogue>,
): Words {
  const t = translator(RENDER_MESSAGES, language);
  const fallback = checklist.languages[0] ?? 'en';
  const text = (value: LocalizedText | undefined): string => localize(value, language, fallback);
  // The tool's own words for built-in codes, unless the checklist supplies them for a language the tool does not speak.
  const speaks = toolLanguage(language) === language.toLowerCase().split('-')[0];

  const option = (question: Question, code: string): string => {
    const declared = resolveOptions(question).find((o) => o.code === code)?.declared;
    if (declared !== undefined) return text(declared.label);
    if (!isBuiltinCode(code)) return code;
    const own = Object.entries(checklist.builtinLabels ?? {}).find(([name]) => name === code)?.[1];
    return own !== undefined && !speaks ? text(own) : typeset(builtinLabel(code, language));
  };

  const answer = (question: Question, value: AnswerValue | undefined): string => {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return t('answer.unanswered');
    if (Array.isArray(value)) return value.map((code) => option(question, code)).join('; ');
    if (typeof value === 'number') {
      const number = new Intl.NumberFormat(intlLocale(language)).format(value);
      const unit = text(question.unit);
      return unit ? `${number} ${unit}` : number;
    }
    if (value === 'dont-know' || value === 'not-applicable') return option(question, value);
    if (question.type === 'date') return formatDate(value, language);
    if (question.type === 'text') return value;
    return option(question, value);
  };

  const citation = (source: SourceReference, withTitle = true): string => {
    const key = CITATIONS.get(source.catalogue);
    const cited = key ? t(key, { path: source.provision }) : t('citation.other', { catalogue: source.catalogue, path: source.provision });
    const catalogue = catalogues.get(source.catalogue);
    const provision = catalogue?.provisions.find((p) => p.path === source.provision);
    if (!withTitle || !catalogue || !provision) return cited;
    return `${cited} — ${localize(provision.title, language, catalogue.languages[0] ?? 'en')}`;
  };

  const list = (items: readonly string[]): string => items.join(localeOf(language)['list-separator']);

  const citations = (sources: readonly SourceReference[]): string => {
    const groups: Array<{ catalogue: string; paths: string[] }> = [];
    for (const source of sources) {
      const last = groups[groups.length - 1];
      if (last?.catalogue === source.catalogue) last.paths.push(source.provision);
      else groups.push({ catalogue: source.catalogue, paths: [source.provision] });
    }
    return list(groups.map((g) => citation({ catalogue: g.catalogue, provision: g.paths.join(', ') }, false)));
  };

  return {
    language,
    t,
    text,
    percent: (score) => formatPercent(score, language),
    decimal: (value, digits = 2) => formatDecimal(value, language, digits),
    date: (iso) => formatDate(iso, language),
    band: (id) => (id === null ? '' : text(bands.find((b) => b.id === id)?.label) || id),
    option,
    answer,
    citation,
    citations,
    list,
  };
}
