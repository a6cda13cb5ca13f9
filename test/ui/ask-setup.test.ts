import { describe, expect, it } from 'vitest';
import { partyList, searchParties } from '../../src/domain/parties/parties.js';
import { translator } from '../../src/i18n/translate.js';
import { askRespondent, type RespondentAnswers } from '../../src/ui/ask-setup.js';
import { MESSAGES } from '../../src/ui/messages.js';
import { ScriptedPrompter, type Reply } from '../support/scripted-prompter.js';

async function setup(replies: Reply[], initial: RespondentAnswers = { respondent: {} }) {
  const prompter = new ScriptedPrompter(replies);
  const entries = partyList('fr');
  const saved: RespondentAnswers[] = [];
  const result = await askRespondent(initial, {
    prompter,
    t: translator(MESSAGES, 'fr'),
    searchParties: (term) => searchParties(entries, term).map((e) => e.party),
    save: async (answers) => {
      saved.push(structuredClone(answers));
    },
  });
  return { result, saved, prompter };
}

describe('askRespondent', () => {
  it('finds the State by its UN name without accents and stores the period canonical', async () => {
    const { result, saved } = await setup([
      'republique de coree',
      '',
      '',
      '',
      '',
      { refused: 'premier semestre 2025' },
      { refused: '2025-2024' },
      '2024/2025',
    ]);
    expect(result?.respondent.party).toEqual({ type: 'state', code: 'KOR', name: 'République de Corée' });
    expect(result?.period).toBe('2024-2025');
    expect(saved.at(-1)?.period).toBe('2024-2025');
  });

  it('says when no State matches, and asks again', async () => {
    // "zzqx" matches nothing: a sentence says so (not a line that could be chosen), and the search goes on.
    const { result, prompter } = await setup([{ refused: 'zzqx' }, 'SEN', '', '', '', '', '2025']);
    expect(prompter.asked.filter((a) => a.kind === 'search')).toHaveLength(1);
    expect(prompter.refusals).toEqual([expect.stringContaining('«\u00a0zzqx\u00a0»')]);
    expect(result?.respondent.party?.code).toBe('SEN');
  });

  it('with a previous report, refuses its period however it is written', async () => {
    const previous = { respondent: { party: { type: 'state', code: 'SEN', name: 'Sénégal' } }, previousPeriod: '2024-2025' } as const;
    const { result, prompter } = await setup(
      ['SEN', '', '', '', '', { refused: '2024/2025' }, { refused: '2024–2025' }, '2025-2026'],
      previous,
    );
    expect(result?.period).toBe('2025-2026');
    expect(prompter.refusals.join('\n')).toContain('Le rapport précédent porte déjà sur la période 2024-2025');
  });
});
