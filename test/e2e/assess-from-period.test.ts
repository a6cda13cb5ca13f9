import { useTerminalHome } from '../support/terminal-home.js';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { KEY, Terminal } from '../support/pty.js';
import { ROOT, runCli } from '../support/run-cli.js';

const CHECKLIST = path.join(ROOT, 'test/fixtures/checklists/conditional-branches-all-types.yaml');
const BACKSPACE = '\u007f';

let dir: string;
let env: Record<string, string>;
useTerminalHome('selfassess-from-', 'fr_FR.UTF-8', (home) => {
  ({ dir, env } = home);
});

describe('assess --from a previous report', () => {
  it("refuses the previous report's period however it is typed, and keeps the new one canonical", async () => {
    const answers = {
      kind: 'answers',
      formatVersion: 1,
      checklist: { id: 'branches', version: '1.0.0' },
      language: 'fr',
      respondent: { party: { type: 'state', code: 'SEN', name: 'Sénégal' } },
      period: '2024/2025',
      answers: {},
    };
    await writeFile(path.join(dir, 'previous.yaml'), stringify(answers));
    expect(runCli(['score', 'previous.yaml', '--checklist', CHECKLIST, '-o', 'previous.report.json'], { cwd: dir }).status).toBe(0);

    const t = new Terminal(['assess', CHECKLIST, '--from', 'previous.report.json'], { cwd: dir, env });
    await t.waitFor('Dans quelle langue souhaitez-vous répondre\u00a0?');
    await t.type(KEY.enter);
    await t.waitFor('État ou organisation');
    await t.type(...'SEN');
    await t.waitFor('❯ Sénégal (SEN)');
    await t.type(KEY.enter);
    for (const field of ['Votre institution', 'Vos nom et prénom', 'Comment vous joindre', 'Vos fonctions']) {
      await t.waitFor(field);
      await t.type(KEY.enter);
    }
    await t.waitFor('Période considérée');
    await t.type(...'2024–2025', KEY.enter);
    await t.waitFor('Le rapport précédent porte déjà sur la période 2024-2025');
    await t.type(...BACKSPACE.repeat(9), ...'2025/2026', KEY.enter);
    await t.waitFor('Question 1.1');
    await t.type(KEY.ctrlC);
    expect(await t.exited).toBe(130);

    const folder = path.join(dir, 'home', 'drafts');
    const files = existsSync(folder) ? await readdir(folder) : [];
    expect(files).toHaveLength(1);
    const draft = parse(await readFile(path.join(folder, files[0] ?? ''), 'utf8')) as { period?: string };
    expect(draft.period).toBe('2025-2026');
  }, 60_000);
});
