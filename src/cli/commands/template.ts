import { catalogueValues } from '../../io/catalogues.js';
import { answersTemplate, templateText, unknownSections } from '../../domain/answers/template.js';
import { defaultLanguage } from '../../domain/checklist-model.js';
import type { Checklist } from '../../domain/schemas/checklist.js';
import { LanguageTag } from '../../domain/schemas/common.js';
import { suggest } from '../../domain/suggest.js';
import { localeLanguage } from '../../i18n/language.js';
import { writeOutput } from '../answers-input.js';
import { checklistArgument } from '../checklist-arg.js';
import { writeLine, type CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../exit-codes.js';

export interface TemplateCommandOptions {
  lang?: string;
  /** Section ids, from `--sections a,b` (repeatable). */
  sections?: string[];
  output?: string;
  force?: boolean;
  checklists?: string;
}

/**
 * The language of the template: `--lang`, else the user's locale when the
 * checklist has it, else the checklist's default language.
 */
function chooseLanguage(checklist: Checklist, options: TemplateCommandOptions, context: CliContext): string {
  if (options.lang !== undefined) {
    if (!LanguageTag.safeParse(options.lang).success) throw new UsageError(`--lang "${options.lang}" is not a language tag — write it like en, fr or es`);
    if (!checklist.languages.includes(options.lang)) {
      const fallback = defaultLanguage(checklist);
      writeLine(context.stderr, `warning: checklist ${checklist.id} has no texts in "${options.lang}" (it has ${checklist.languages.join(', ')}): its texts are shown in "${fallback}"`);
    }
    return options.lang;
  }
  const locale = localeLanguage(context.env)?.split('-')[0];
  return locale !== undefined && checklist.languages.includes(locale) ? locale : defaultLanguage(checklist);
}

/**
 * `selfassess template <checklist>`: an answers file to fill in an editor,
 * every question commented in the chosen language; to stdout, or atomically to
 * `-o file` (never over an existing file without --force).
 */
export async function templateCommand(ref: string, options: TemplateCommandOptions, context: CliContext): Promise<number> {
  const { resolved, library } = await checklistArgument(ref, context, { checklists: options.checklists });
  const { checklist } = resolved;
  const language = chooseLanguage(checklist, options, context);
  const sections = options.sections && options.sections.length > 0 ? options.sections : undefined;
  if (sections) {
    const known = checklist.sections.map((s) => s.id);
    const unknown = unknownSections(checklist, sections);
    if (unknown.length > 0) {
      const hints = unknown.map((id) => {
        const close = suggest(id, known);
        return close ? `"${id}" (did you mean "${close}"?)` : `"${id}"`;
      });
      throw new UsageError(`checklist ${checklist.id} has no section ${hints.join(', ')} — its sections are: ${known.join(', ')}`);
    }
  }
  const text = templateText(answersTemplate(checklist, { language, checklistHash: resolved.hash, catalogues: catalogueValues(library), ...(sections ? { sections } : {}) }));

  await writeOutput(options.output ?? '-', text, options.force ?? false, context);
  if (options.output === undefined || options.output === '-') return EXIT.ok;
  const chosen = sections ? checklist.sections.filter((s) => sections.includes(s.id)) : checklist.sections;
  const count = chosen.reduce((n, s) => n + s.questions.length, 0);
  writeLine(context.stderr, `wrote ${options.output}: ${count} question(s) in ${chosen.length} section(s), in "${language}"`);
  writeLine(context.stderr, `fill it in, add respondent.party and period, then run: selfassess score ${options.output}`);
  return EXIT.ok;
}
