import { createPrompt, isDownKey, isEnterKey, isSpaceKey, isUpKey, useKeypress, useMemo, usePagination, useState } from '@inquirer/core';
import { foldForSearch } from '../domain/walk/fold.js';

export interface ListItem {
  value: string;
  name: string;
  description?: string;
}

/** What a list gives back: the choices made, or a typed command. */
export type ListResult = { kind: 'choice'; values: string[] } | { kind: 'command'; command: string };

/** The words and styles of the prompt, in the session's language; the prompt itself has none. */
export interface ListLook {
  /** Enter with nothing highlighted and nothing typed. */
  noChoice: string;
  /** Enter with typed text that names no choice. */
  noMatch: (typed: string) => string;
  /** Lines under the list: the keys, then the commands. */
  help: string;
  /** How a chosen or ticked item is drawn, and the rest. */
  highlight: (text: string) => string;
  dim: (text: string) => string;
  error: (text: string) => string;
  description: (text: string) => string;
}

export interface ListConfig {
  message: string;
  /**
   * 'single': one choice; 'multiple': ticks; 'search': typed text filters the
   * items through `source` and Enter takes the highlighted one.
   */
  mode: 'single' | 'multiple' | 'search';
  source: (term: string) => readonly ListItem[];
  /** Highlighted at the start: a choice the official made before. Absent: nothing is. */
  active?: string | undefined;
  checked?: readonly string[] | undefined;
  pageSize: number;
  /** A typed text starting with ":" is a command: its result, or a message refusing it. */
  command: (typed: string) => { ok: string } | { refused: string };
  validate?: ((values: string[]) => true | string) | undefined;
  /** A search's own sentence when a term finds nothing; `look.noMatch` otherwise. */
  noResult?: ((typed: string) => string) | undefined;
  look: ListLook;
}

/** The first item whose label begins with what was typed, accents and case ignored. */
function matching(items: readonly ListItem[], typed: string): number {
  const folded = foldForSearch(typed.trim());
  if (folded === '') return -1;
  return items.findIndex((item) => foldForSearch(item.name).startsWith(folded));
}

/**
 * A list with nothing chosen until the official chooses: no first item
 * highlighted, so that Enter alone, or Enter after text that names no choice,
 * answers nothing and says so. Typing a choice's first letters highlights it;
 * typing ":" starts a command (navigation lives there, not among the answers).
 */
export const listPrompt = createPrompt<ListResult, ListConfig>((config, done) => {
  const { look, mode } = config;
  const [typed, setTyped] = useState('');
  const items = useMemo(() => config.source(mode === 'search' && !typed.startsWith(':') ? typed : ''), [typed]);
  const initial = config.active === undefined ? -1 : items.findIndex((i) => i.value === config.active);
  const [active, setActive] = useState(initial);
  const [checked, setChecked] = useState<readonly string[]>(config.checked ?? []);
  const [error, setError] = useState<string | undefined>();
  const [finished, setFinished] = useState<string | undefined>();

  const finish = (result: ListResult, shown: string): void => {
    setFinished(shown);
    done(result);
  };
  const nameOf = (value: string): string => items.find((i) => i.value === value)?.name ?? value;

  useKeypress((key, rl) => {
    if (finished !== undefined) return;
    setError(undefined);
    if (isEnterKey(key)) {
      const text = typed.trim();
      rl.clearLine(0);
      setTyped('');
      if (text.startsWith(':')) {
        const command = config.command(text);
        if ('ok' in command) finish({ kind: 'command', command: command.ok }, text);
        else setError(command.refused);
        return;
      }
      // A search takes its highlighted result; a list, the choice the typed text names, else the highlighted one.
      const chosen = mode === 'search' || text === '' ? active : matching(items, text);
      if (text !== '' && chosen < 0) {
        setError(look.noMatch(text));
        if (mode !== 'search') setActive(-1);
        return;
      }
      if (mode === 'multiple') {
        if (text !== '') {
          // Typed letters then Enter tick the choice they name; Enter alone confirms.
          const value = items[chosen]?.value;
          if (value !== undefined) setChecked(checked.includes(value) ? checked.filter((v) => v !== value) : [...checked, value]);
          setActive(chosen);
          return;
        }
        const values = items.map((i) => i.value).filter((v) => checked.includes(v));
        const verdict = config.validate ? config.validate(values) : true;
        if (verdict !== true) setError(verdict);
        else finish({ kind: 'choice', values }, values.map(nameOf).join(', '));
        return;
      }
      const item = items[chosen];
      if (!item) {
        setError(look.noChoice);
        return;
      }
      finish({ kind: 'choice', values: [item.value] }, item.name);
      return;
    }
    if (isUpKey(key) || isDownKey(key)) {
      // Arrows move the highlight; what was typed stays as it was.
      rl.clearLine(0);
      rl.write(typed);
      if (items.length === 0) return;
      const up = isUpKey(key);
      if (active < 0) setActive(up ? items.length - 1 : 0);
      else setActive(Math.max(0, Math.min(items.length - 1, active + (up ? -1 : 1))));
      return;
    }
    if (mode === 'multiple' && isSpaceKey(key) && !typed.startsWith(':')) {
      rl.clearLine(0);
      setTyped('');
      const value = items[active]?.value;
      if (value === undefined) setError(look.noChoice);
      else setChecked(checked.includes(value) ? checked.filter((v) => v !== value) : [...checked, value]);
      return;
    }
    const line = rl.line;
    setTyped(line);
    if (line.startsWith(':')) return;
    // A search highlights its first result once something is typed, never on an empty term.
    if (mode === 'search') setActive(line.trim() !== '' && config.source(line).length > 0 ? 0 : -1);
    else if (line.trim() !== '') setActive(matching(items, line));
  });

  const mark = (item: ListItem): string => (mode === 'multiple' ? (checked.includes(item.value) ? '◉ ' : '◯ ') : '');
  const page = usePagination({
    items,
    active: Math.max(0, active),
    // The highlight is drawn here, so that "nothing highlighted" (-1) shows as such.
    renderItem: ({ item, index }) => {
      const line = `${mark(item)}${item.name}`;
      return index === active ? look.highlight(`❯ ${line}`) : `  ${line}`;
    },
    pageSize: config.pageSize,
    loop: false,
  });
  const header = `${config.message}${typed === '' ? '' : ` ${typed}`}`;
  if (finished !== undefined) return `${config.message} ${finished}`;
  const description = items[active]?.description;
  const body = [
    page,
    ' ',
    description ? look.description(description) : '',
    error ? look.error(error) : '',
    mode === 'search' && typed.trim() !== '' && !typed.startsWith(':') && items.length === 0
      ? look.error((config.noResult ?? look.noMatch)(typed.trim()))
      : '',
    look.dim(look.help),
  ]
    .filter(Boolean)
    .join('\n');
  return [header, body];
});
