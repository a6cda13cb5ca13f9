import { formatChecklistList, summarizeChecklist } from '../../format/checklist-list.js';
import { readLibrary } from '../../io/library.js';
import { bundledChecklistsDir } from '../../io/package-root.js';
import { contextLanguage, wantsColor, type CliContext } from '../context.js';
import { terminalWidth } from '../terminal-width.js';
import { EXIT } from '../exit-codes.js';

export interface ListOptions {
  format: 'table' | 'json';
  lang?: string;
}

/** `selfassess list`: the bundled checklists. */
export async function listCommand(options: ListOptions, context: CliContext): Promise<number> {
  const library = await readLibrary([]);
  const items = [...library.checklists.values()]
    .map(({ file, value }) => summarizeChecklist(value, file.slice(bundledChecklistsDir().length + 1), options.lang))
    .sort((a, b) => a.id.localeCompare(b.id));
  context.stdout.write(
    formatChecklistList(items, options.format, {
      color: wantsColor(context, 'stdout'),
      language: contextLanguage(context),
      width: terminalWidth(context),
    }),
  );
  return EXIT.ok;
}
