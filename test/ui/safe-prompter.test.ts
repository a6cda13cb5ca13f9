import { describe, expect, it } from 'vitest';
import type { Asked, CheckboxPrompt, InputPrompt, Prompter, SearchPrompt, SelectPrompt } from '../../src/ui/prompter.js';
import { safePrompter } from '../../src/ui/safe-prompter.js';

// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const HOSTILE = 'Kenya\u001b]0;pwned\u0007\r\u009b2J\u202e';

/** A prompter that records what it was asked to show. */
function recorder(): { prompter: Prompter; shown: unknown[] } {
  const shown: unknown[] = [];
  const answer = <T>(value: T): Promise<Asked<T>> => Promise.resolve({ kind: 'answer', value });
  const prompter: Prompter = {
    select: <T extends string>(p: SelectPrompt<T>) => (shown.push(p), answer(p.choices[0]?.value as T)),
    checkbox: <T extends string>(p: CheckboxPrompt<T>) => (shown.push(p), answer([] as T[])),
    search: <T extends string>(p: SearchPrompt<T>) => (shown.push(p.search('k')), answer('x' as T)),
    input: (p: InputPrompt) => (shown.push(p), answer(p.default ?? '')),
    write: (text) => void shown.push(text),
    setLanguage: () => undefined,
    close: () => undefined,
  };
  return { prompter, shown };
}

describe('safePrompter', () => {
  it('every text shown is terminal-safe; defaults, which are values, are untouched', async () => {
    const { prompter, shown } = recorder();
    const safe = safePrompter(prompter);
    await safe.select({ header: HOSTILE, message: HOSTILE, nav: [], choices: [{ value: 'a', label: HOSTILE, hint: HOSTILE }] });
    await safe.checkbox({ message: HOSTILE, nav: [], choices: [{ value: 'a', label: HOSTILE }] });
    await safe.search({ message: HOSTILE, nav: [], search: () => [{ value: 'k', label: HOSTILE }] });
    const typed = await safe.input({ message: HOSTILE, nav: [], default: HOSTILE });
    safe.write(HOSTILE);
    const { default: _kept, ...input } = shown[3] as InputPrompt;
    for (const text of strings([...shown.slice(0, 3), input, shown[4]])) expect(text).not.toMatch(RAW);
    expect(shown[4]).toBe('Kenya\\u001b]0;pwned\\u0007\\u000d\\u009b2J\\u202e');
    expect((shown[3] as InputPrompt).default).toBe(HOSTILE);
    expect(typed).toEqual({ kind: 'answer', value: HOSTILE });
  });
});

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
