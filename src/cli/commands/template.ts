import { commandLine } from '../command-line.js';
import { phrase, phraseList, quotedWord } from '../../domain/diagnostic.js';
import { say } from '../context.js';
import { catalogueValues } from '../../io/catalogues.js';
import { unknownSections } from '../../domain/answers/respondent.js';
import { answersTemplate, templateText } from '../../format/answers-template/template.js';
import { defaultLanguage } from '../../domain/checklist-model.js';
import type { Checklist } from '../../domain/schemas/checklist.js';
import { LanguageTag } from '../../domain/schemas/common.js';
import { suggest } from '../../domain/suggest.js';
import { localeLanguage } from '../../i18n/language.js';
import { writeOutput } from '../answers-input.js';
import { checklistArgument } from '../checklist-arg.js';
import type { CliContext } from '../context.js';
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
    if (!LanguageTag.safeParse(options.lang).success) throw new UsageError(phrase('cli.lang-not-a-tag', { lang: options.lang }));
    if (!checklist.languages.includes(options.lang)) {
      const fallback = defaultLanguage(checklist);
      say(
        context,
        phrase('cli.template.no-texts', { id: checklist.id, lang: options.lang, languages: phraseList(checklist.languages), fallback }),
      );
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
        return close ? phrase('cli.template.section-hint', { id, close }) : quotedWord(id);
      });
      throw new UsageError(
        phrase('cli.template.unknown-section', {
          id: checklist.id,
          count: unknown.length,
          sections: phraseList(hints),
          known: phraseList(known),
        }),
      );
    }
  }
  const text = templateText(
    answersTemplate(checklist, {
      language,
      checklistHash: resolved.hash,
      catalogues: catalogueValues(library),
      ...(sections ? { sections } : {}),
    }),
  );

  await writeOutput(options.output ?? '-', text, options.force ?? false, context);
  if (options.output === undefined || options.output === '-') return EXIT.ok;
  const chosen = sections ? checklist.sections.filter((s) => sections.includes(s.id)) : checklist.sections;
  const count = chosen.reduce((n, s) => n + s.questions.length, 0);
  const questions = phrase('cli.template.questions', { count });
  say(
    context,
    phrase('cli.template.wrote', {
      file: options.output,
      questions,
      sections: phrase('cli.template.sections', { count: chosen.length }),
      language,
    }),
  );
  // Written as the user can type it where they are: `selfassess` only when that is this program on the PATH.
  say(context, phrase('cli.template.next', { command: commandLine(context, 'score', [options.output]) }));
  return EXIT.ok;
}
