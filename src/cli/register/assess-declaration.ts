import type { AssessOptions, assessCommand } from '../commands/assess.js';
import { helpNote } from '../help.js';
import type { Registration } from './registration.js';

/**
 * The declaration of `assess` (its arguments, options and help), its code got from `command`:
 * imported when it runs in the full program (register/assess.ts), at hand in the command's own
 * (cli/single/assess.ts). Apart from register/assess.ts, so that the command's own bundle holds
 * no import() of it: esbuild makes a file of every import() it sees, called or not, and splits
 * what that file shares into more files, each one more for Node to load before the first prompt.
 */
export function declareAssess({ program, context, setExit }: Registration, command: () => Promise<typeof assessCommand>): void {
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
      helpNote(
        context,
        `
Drafts are kept in $SELFASSESS_HOME/drafts, else $XDG_STATE_HOME/selfassess/drafts
(~/.local/state/selfassess/drafts; %LOCALAPPDATA%\\selfassess\\drafts on Windows).
Needs a terminal: without one, use "selfassess template" and "selfassess score".`,
      ),
    )
    .action(async (checklist: string | undefined, options: AssessOptions) => {
      const run = await command();
      setExit(await run(checklist, options, context));
    });
}
