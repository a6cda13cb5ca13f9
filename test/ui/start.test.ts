import { questionLabel } from '../../src/domain/walk/step.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswersDocument } from '../../src/domain/schemas/answers.js';
import type { Checklist } from '../../src/domain/schemas/checklist.js';
import type { Report } from '../../src/domain/schemas/report.js';
import { translator } from '../../src/i18n/translate.js';
import { MESSAGES } from '../../src/ui/messages.js';
import { chooseStart, type StartIo } from '../../src/ui/start.js';
import { ScriptedPrompter } from '../support/scripted-prompter.js';
import { loadFixtureChecklist } from '../support/walk-fixture.js';

let checklist: Checklist;
let hash: string;
beforeAll(async () => {
  ({ checklist, hash } = await loadFixtureChecklist());
});

const t = translator(MESSAGES, 'en');

function draft(id: string, savedAt: string, answers: AnswersDocument['answers'] = {}, language = 'fr'): AnswersDocument {
  return {
    kind: 'answers',
    formatVersion: 1,
    checklist: { id, version: '1.0.0' },
    language,
    respondent: { party: { type: 'state', code: 'FRA', name: 'France' } },
    period: '2025',
    answers,
    draft: { position: 'forms', savedAt },
  };
}

function io(
  drafts: Array<{ file: string; draft: AnswersDocument }>,
  report?: Partial<Report>,
): StartIo & { asked: string[]; discarded: string[] } {
  const asked: string[] = [];
  const discarded: string[] = [];
  return {
    asked,
    discarded,
    discard: async (file) => {
      discarded.push(file);
    },
    drafts: async () => drafts,
    draft: async (file) => {
      const found = drafts.find((d) => d.file === file);
      if (!found) throw new Error(`no draft ${file}`);
      return found.draft;
    },
    checklist: async (ref) => {
      asked.push(ref);
      if (ref !== 'branches' && ref !== 'tip-protocol') throw new Error(`unknown checklist ${ref}`);
      return { checklist, hash };
    },
    report: async () =>
      ({
        answers: { party: { value: 'party' } },
        respondent: { party: { type: 'state', code: 'BEN', name: 'Bénin' } },
        period: '2024',
        language: 'fr',
        checklist: { id: 'branches', version: '1.0.0', hash },
        ...report,
      }) as Report,
    noDrafts: () => {
      throw new Error('no drafts');
    },
    checklistChanged: (facts) => {
      throw new Error(`checklist changed: ${facts.id} ${facts.version}`);
    },
    facts: async () => undefined,
  };
}

describe('chooseStart', () => {
  it('starts afresh when there is no draft', async () => {
    const start = await chooseStart({ checklist: 'branches', locale: 'en' }, io([]), new ScriptedPrompter([]), t);
    expect(start).toMatchObject({ askRespondent: true });
    expect(await start?.opened()).toMatchObject({ state: { cursor: { kind: 'question', id: 'party' } } });
    expect(start?.draftFile).toBeUndefined();
  });

  it('asks explicitly which draft to resume, showing when it was saved and how far it got', async () => {
    const drafts = [
      { file: 'b.draft.yaml', draft: draft('branches', '2026-02-01T10:00:00Z', { party: { value: 'party' } }, 'en') },
      { file: 'other.draft.yaml', draft: draft('other', '2026-02-02T10:00:00Z', {}, 'en') },
    ];
    const prompter = new ScriptedPrompter(['b.draft.yaml']);
    const start = await chooseStart({ checklist: 'branches', locale: 'en' }, io(drafts), prompter, t);
    // Only the drafts of this checklist, plus "start a new assessment" and "discard".
    expect(prompter.asked[0]?.choices).toEqual(['b.draft.yaml', ':new', ':discard']);
    // Saved at 10:00 UTC: the same day in every time zone, at the local hour.
    expect(prompter.asked[0]?.labels?.[0]).toMatch(
      /^Saved on 1 February 2026 at \d\d:\d\d — France, 2025 — 1 of 6 answered — branches 1\.0\.0$/,
    );
    expect(start).toMatchObject({ draftFile: 'b.draft.yaml', language: 'en', askRespondent: false });
    expect(await start?.opened()).toMatchObject({ state: { cursor: { id: 'forms' } } });
  });

  it('asks the respondent again when a draft holds a period written freely by an older version', async () => {
    const old = { ...draft('branches', '2026-02-01T10:00:00Z'), period: 'premier semestre 2025' };
    const start = await chooseStart(
      { checklist: 'branches', resume: 'old.draft.yaml', locale: 'fr' },
      io([{ file: 'old.draft.yaml', draft: old }]),
      new ScriptedPrompter([]),
      t,
    );
    expect(start?.askRespondent).toBe(true);
  });

  it('starts a new assessment when asked to, even with drafts around', async () => {
    const drafts = [{ file: 'b.draft.yaml', draft: draft('branches', '2026-02-01T10:00:00Z') }];
    const start = await chooseStart({ checklist: 'branches', locale: 'en' }, io(drafts), new ScriptedPrompter([':new']), t);
    expect(start?.draftFile).toBeUndefined();
  });

  it("lists every checklist's drafts for --resume alone, and resolves the chosen draft's checklist", async () => {
    const drafts = [
      { file: 'b.draft.yaml', draft: draft('branches', '2026-02-01T10:00:00Z') },
      { file: 'tip.draft.yaml', draft: draft('tip-protocol', '2026-02-02T10:00:00Z') },
    ];
    const store = io(drafts);
    const prompter = new ScriptedPrompter(['b.draft.yaml']);
    await chooseStart({ resume: true, locale: 'en' }, store, prompter, t);
    expect(prompter.asked[0]?.choices).toEqual(['b.draft.yaml', 'tip.draft.yaml', ':discard']);
    expect(store.asked).toEqual(['branches']);
    await expect(chooseStart({ resume: true, locale: 'en' }, io([]), new ScriptedPrompter([]), t)).rejects.toThrow('no drafts');
  });

  it("starts a new cycle on the previous report's checklist, its answers pending", async () => {
    const store = io([]);
    const start = await chooseStart({ from: 'old.report.json', locale: 'en' }, store, new ScriptedPrompter([]), t);
    expect(store.asked).toEqual(['branches']);
    // The previous period is carried to the respondent's questions, which refuse to repeat it.
    expect(start).toMatchObject({
      suggestedLanguage: 'fr',
      respondent: { respondent: { party: { code: 'BEN' } }, previousPeriod: '2024' },
    });
    expect((await start?.opened())?.state.pending).toEqual({ party: { value: 'party' } });
    expect(start?.notices?.(t)).toEqual([
      'The answers of the previous report (2024) are proposed as defaults: confirm or change each one.',
    ]);
  });
});

describe('a new assessment of a bundled checklist, before the checklist is read', () => {
  const facts = async (ref: string) =>
    ref === 'branches' ? { id: 'branches', version: checklist.version, languages: checklist.languages } : undefined;

  it('starts from its facts, and reads the checklist only when first opened, once', async () => {
    const store = { ...io([]), facts };
    const start = await chooseStart({ checklist: 'branches', locale: 'en' }, store, new ScriptedPrompter([]), t);
    expect(start?.checklist).toEqual({ id: 'branches', version: checklist.version, languages: checklist.languages });
    expect(store.asked).toEqual([]);
    const [first, second] = await Promise.all([start?.opened(), start?.opened()]);
    expect(first).toBe(second);
    expect(first).toMatchObject({ hash, state: { cursor: { kind: 'question', id: 'party' } } });
    expect(store.asked).toEqual(['branches']);
  });

  it('reads the checklist before listing its drafts, which say how far each got', async () => {
    const store = {
      ...io([{ file: 'b.draft.yaml', draft: draft('branches', '2026-02-01T10:00:00Z', { party: { value: 'party' } }, 'en') }]),
      facts,
    };
    const prompter = new ScriptedPrompter([':new']);
    await chooseStart({ checklist: 'branches', locale: 'en' }, store, prompter, t);
    expect(store.asked).toEqual(['branches']);
    expect(prompter.asked[0]?.labels?.[0]).toContain('1 of 6 answered');
  });

  it('never goes on with a checklist that is not the one its facts describe', async () => {
    const store = { ...io([]), facts: async () => ({ id: 'branches', version: '9.9.9', languages: checklist.languages }) };
    const start = await chooseStart({ checklist: 'branches', locale: 'en' }, store, new ScriptedPrompter([]), t);
    await expect(start?.opened()).rejects.toThrow('checklist changed: branches 9.9.9');
  });
});

describe('chooseStart on a newer checklist version', () => {
  it('resumes a draft of the previous version and says which answers must be confirmed because their question changed in meaning', async () => {
    const newer: Checklist = { ...checklist, version: '2.0.0', history: [{ version: '1.0.0', meaningChanged: ['offence'] }] };
    const base = io([
      {
        file: 'old.draft.yaml',
        draft: draft('branches', '2026-02-01T10:00:00Z', { party: { value: 'party' }, offence: { value: 'yes' } }),
      },
    ]);
    const start = await chooseStart(
      { checklist: 'branches', resume: 'old.draft.yaml', locale: 'fr' },
      { ...base, checklist: async () => ({ checklist: newer, hash }) },
      new ScriptedPrompter([]),
      t,
    );
    const fr = translator(MESSAGES, 'fr');
    const notices = start?.notices?.(fr) ?? [];
    expect(notices.join('\n')).toContain(
      'La liste de contrôle est passée de la version 1.0.0 à la version 2.0.0\u00a0: l’une de vos réponses porte sur une question dont le sens a changé',
    );
    const opened = await start?.opened();
    expect(opened?.state.pending['offence']).toEqual({ value: 'yes' });
    expect(opened?.state.answers['offence']).toBeUndefined();
    // Named as the screen and the report number it, never by its internal id.
    const offence = questionLabel(newer, 'offence');
    expect(offence).toMatch(/^\d+\.\d+$/);
    expect(notices.join('\n')).toContain(`: ${offence}`);
    expect(notices.join('\n')).not.toContain('offence');
  });

  it('says that a draft of the previous version continues on the installed one when no answer is to confirm, in the draft’s language', async () => {
    const newer: Checklist = { ...checklist, version: '1.0.1', history: [{ version: '1.0.0', meaningChanged: [] }] };
    const base = io([{ file: 'old.draft.yaml', draft: draft('branches', '2026-02-01T10:00:00Z', { offence: { value: 'yes' } }) }]);
    const start = await chooseStart(
      { checklist: 'branches', resume: 'old.draft.yaml', locale: 'fr' },
      { ...base, checklist: async () => ({ checklist: newer, hash }) },
      new ScriptedPrompter([]),
      t,
    );
    expect(start?.notices?.(translator(MESSAGES, 'fr'))).toContain(
      'Ce brouillon a été commencé avec la version 1.0.0 de la liste de contrôle\u00a0; il se poursuit avec la version 1.0.1, celle qui est désormais installée.',
    );
    expect(start?.notices?.(t)).toContain(
      'This draft was begun with version 1.0.0 of the checklist; it continues with version 1.0.1, the one now installed.',
    );
    expect((await start?.opened())?.state.answers['offence']).toEqual({ value: 'yes' });
  });

  it('says nothing of versions when a draft resumes on the version it was begun with', async () => {
    const base = io([{ file: 'old.draft.yaml', draft: draft('branches', '2026-02-01T10:00:00Z', { offence: { value: 'yes' } }) }]);
    const start = await chooseStart({ checklist: 'branches', resume: 'old.draft.yaml', locale: 'en' }, base, new ScriptedPrompter([]), t);
    expect((start?.notices?.(t) ?? []).join('\n')).not.toMatch(/version/);
  });

  it('starts a new cycle from a report of the previous version, flagging the same answers', async () => {
    const newer: Checklist = { ...checklist, version: '2.0.0', history: [{ version: '1.0.0', meaningChanged: ['party'] }] };
    const base = io([]);
    const start = await chooseStart(
      { checklist: 'branches', from: 'old.report.json', locale: 'en' },
      { ...base, checklist: async () => ({ checklist: newer, hash }) },
      new ScriptedPrompter([]),
      t,
    );
    expect((start?.notices?.(t) ?? []).join('\n')).toContain(
      'The checklist changed from version 1.0.0 to 2.0.0: one of your answers belongs to a question whose meaning changed',
    );
  });
});

describe('the draft picker', () => {
  it("speaks the drafts' language when they share one, whatever the locale, and says so to the caller", async () => {
    const drafts = [{ file: 'b.draft.yaml', draft: draft('branches', '2026-02-01T10:00:00Z', { party: { value: 'party' } }) }];
    const prompter = new ScriptedPrompter([{ nav: 'quit' }]);
    const spoken: string[] = [];
    const start = await chooseStart({ checklist: 'branches', locale: 'en', spoken: (l) => spoken.push(l) }, io(drafts), prompter, t);
    expect(start).toBeUndefined();
    expect(prompter.asked[0]?.message).toMatch(
      /^Des auto-évaluations enregistrées ont été trouvées\. Laquelle souhaitez-vous reprendre\s\?$/,
    );
    expect(prompter.asked[0]?.labels?.[0]).toMatch(
      /^Enregistrée le 1 février 2026 à \d\d:\d\d — France, 2025 — 1 sur 6 traitées — branches 1\.0\.0$/,
    );
    expect(prompter.asked[0]?.labels?.slice(1)).toEqual([
      'Commencer une nouvelle auto-évaluation',
      'Supprimer une auto-évaluation enregistrée…',
    ]);
    // The key hints and navigation labels follow.
    expect(prompter.language).toBe('fr');
    expect(spoken).toEqual(['fr']);
  });

  it("speaks the locale's language when the drafts are in different languages", async () => {
    const drafts = [
      { file: 'a.draft.yaml', draft: draft('branches', '2026-02-01T10:00:00Z', {}, 'fr') },
      { file: 'b.draft.yaml', draft: draft('branches', '2026-02-02T10:00:00Z', {}, 'en') },
    ];
    const prompter = new ScriptedPrompter([{ nav: 'quit' }]);
    await chooseStart({ checklist: 'branches', locale: 'en', spoken: () => undefined }, io(drafts), prompter, t);
    expect(prompter.asked[0]?.message).toBe('Saved assessments were found. Which one do you want to resume?');
    expect(prompter.asked[0]?.labels?.[0]).toMatch(/^Saved on 1 February 2026 at \d\d:\d\d — France, 2025 — 0 of 5 answered/);
  });

  it('discards a draft only once confirmed, then offers the others again', async () => {
    const drafts = [
      { file: 'a.draft.yaml', draft: draft('branches', '2026-02-01T10:00:00Z', {}, 'en') },
      { file: 'b.draft.yaml', draft: draft('branches', '2026-02-02T10:00:00Z', {}, 'en') },
    ];
    const store = io(drafts);
    // Discard a (declined), then discard a (confirmed), then resume b.
    const prompter = new ScriptedPrompter([':discard', 'a.draft.yaml', '', ':discard', 'a.draft.yaml', 'yes', 'b.draft.yaml']);
    const start = await chooseStart({ checklist: 'branches', locale: 'en' }, store, prompter, t);
    // The confirmation defaults to No: Enter keeps the draft.
    expect(prompter.asked[2]).toMatchObject({
      message: expect.stringMatching(/^Discard this assessment for good\? It cannot be recovered\.\n {2}Saved on /),
      choices: ['no', 'yes'],
      default: 'no',
    });
    expect(store.discarded).toEqual(['a.draft.yaml']);
    expect(prompter.lines).toEqual(['Discarded: a.draft.yaml']);
    expect(prompter.asked[6]?.choices).toEqual(['b.draft.yaml', ':new', ':discard']);
    expect(start?.draftFile).toBe('b.draft.yaml');
  });

  it('goes back to the list when no draft is chosen for discarding, and starts afresh once every draft is discarded', async () => {
    const drafts = [{ file: 'a.draft.yaml', draft: draft('branches', '2026-02-01T10:00:00Z', {}, 'en') }];
    const store = io(drafts);
    const prompter = new ScriptedPrompter([':discard', ':back', ':discard', 'a.draft.yaml', 'yes']);
    const start = await chooseStart({ checklist: 'branches', locale: 'en' }, store, prompter, t);
    expect(store.discarded).toEqual(['a.draft.yaml']);
    expect(await start?.opened()).toMatchObject({ state: { cursor: { kind: 'question', id: 'party' } } });
    expect(start?.draftFile).toBeUndefined();
  });
});
