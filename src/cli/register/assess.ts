import type { AssessOptions } from '../commands/assess.js';
import type { Registration } from './registration.js';

/** `selfassess assess`: its arguments and options; the command's module is imported only when it runs. */
export function registerAssess({ program, context, setExit }: Registration): void {
  program
    .command('assess')
    .description('answer a checklist question by question in a terminal, and get the scored report (drafts are saved after every answer)')
    .argument('[checklist]', 'a checklist file, or the id of a bundled checklist', undefined)
    .option('--lang <language>', "language of the assessment (default: asked, proposing your locale's)")
    .option('--from <report>', 'start a new cycle from a previous report: its answers are proposed, to confirm or change')
    .option('--resume [draft]', 'resume a saved draft (without a file: choose among the saved ones)')
    .option('-o, --output <file>', 'where to write the report (default: <country>-<checklist>-<period>.report.json)')
    .option('--plain', 'line-by-line prompts without colour or cursor movement (screen readers, logs)')
    .option('--force', 'replace an existing report file')
    .option('--publisher-key <public>', "refuse the checklist unless its .sig holds for this publisher's public key (.pub)")
    .addHelpText(
      'after',
      `
Drafts are kept in $SELFASSESS_HOME/drafts, else $XDG_STATE_HOME/selfassess/drafts
(~/.local/state/selfassess/drafts; %LOCALAPPDATA%\\selfassess\\drafts on Windows).
Needs a terminal: without one, use "selfassess template" and "selfassess score".`,
    )
    .action(async (checklist: string | undefined, options: AssessOptions) => {
      const { assessCommand } = await import('../commands/assess.js');
      setExit(await assessCommand(checklist, options, context));
    });
}
