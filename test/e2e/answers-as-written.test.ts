import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { Report } from '../../src/domain/schemas/report.js';
import { lineOf } from '../support/answers-files.js';
import { hasStackTrace, runCli, type RunResult } from '../support/run-cli.js';

let dir: string;
const run = (...args: string[]): RunResult => runCli(args, { cwd: dir });
const file = (name: string): string => path.join(dir, name);

/** An answers file of the bundled checklist, as an official would write it by hand. */
async function answersFile(
  name: string,
  fields: { language?: string; party?: object; period?: string; answers: Record<string, unknown> },
): Promise<string> {
  const document = {
    kind: 'answers',
    formatVersion: 1,
    checklist: { id: 'tip-protocol', version: '2.0.0' },
    ...(fields.language ? { language: fields.language } : {}),
    respondent: { party: fields.party ?? { type: 'state', code: 'SEN', name: 'Sénégal' } },
    period: fields.period ?? '2025',
    answers: Object.fromEntries(Object.entries(fields.answers).map(([id, value]) => [id, { value }])),
  };
  const text = stringify(document);
  await writeFile(file(name), text);
  return text;
}

const FRENCH_ANSWERS = {
  'adherence-protocol-status': 'ratification',
  'adherence-protocol-deposit-date': '27/10/2003',
  'art3-a-acts': 'oui',
  'art3-a-means': 'En partie',
  'wg18-data-collection': 'OUI',
  'data-victims-identified': '1 234',
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-written-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('answers files accept what people write', () => {
  it('scores French labels, a day-first date, spaced thousands and a period with a slash, stored canonical', async () => {
    await answersFile('fr.yaml', { language: 'fr', period: '2024/2025', answers: FRENCH_ANSWERS });
    const r = run('score', 'fr.yaml', '-o', 'fr.report.json');
    expect(r.stderr).not.toContain('error');
    expect(r.status).toBe(0);
    const report = Report.parse(JSON.parse(await readFile(file('fr.report.json'), 'utf8')));
    expect(report.period).toBe('2024-2025');
    expect(report.respondent.party).toEqual({ type: 'state', code: 'SEN', name: 'Sénégal' });
    expect(report.answers['adherence-protocol-deposit-date']?.value).toBe('2003-10-27');
    expect(report.answers['art3-a-acts']?.value).toBe('yes');
    expect(report.answers['art3-a-means']?.value).toBe('partly');
    expect(report.answers['data-victims-identified']?.value).toBe(1234);
    expect(run('validate', 'fr.yaml').status).toBe(0);
  });

  it("names the respondent from the data in the report's language", async () => {
    await answersFile('en.yaml', { language: 'en', party: { type: 'state', code: 'KOR', name: 'Corée du Sud' }, answers: {} });
    expect(run('score', 'en.yaml', '-o', 'en.report.json').status).toBe(0);
    const report = Report.parse(JSON.parse(await readFile(file('en.report.json'), 'utf8')));
    expect(report.respondent.party.name).toBe('Republic of Korea');
  });

  it('answers an unknown label with "did you mean", at its line and column', async () => {
    const text = await answersFile('partly.yaml', { language: 'fr', answers: { 'art3-a-acts': 'partly', 'art3-a-means': 'en partei' } });
    const r = run('score', 'partly.yaml');
    expect(r.status).toBe(1);
    const line = lineOf(text, '  art3-a-means:') + 1;
    expect(r.stderr).toMatch(
      new RegExp(
        `\\n  ${line}:12 +error +"en partei" is not an option of question "art3-a-means" \\(did you mean \`partly\` \\(En partie\\)\\?\\)`,
      ),
    );
    // The code itself is accepted in any file, whatever its language.
    expect(r.stderr).not.toMatch(/question "art3-a-acts"/);
    expect(r.stderr).toContain('no report written');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('refuses a deposit date in the future, in score and in validate', async () => {
    const text = await answersFile('future.yaml', {
      language: 'fr',
      answers: { 'adherence-protocol-status': 'ratification', 'adherence-protocol-deposit-date': '01/01/2999' },
    });
    const line = lineOf(text, '  adherence-protocol-deposit-date:') + 1;
    for (const command of ['score', 'validate']) {
      const r = run(command, 'future.yaml');
      expect(r.status).toBe(1);
      // validate prints its findings with its table, on stdout.
      expect(r.stdout + r.stderr).toMatch(new RegExp(`\\n  ${line}:12 +error +2999-01-01 is after today`));
    }
  });

  it('refuses a name that contradicts its code, and a period that is not one, at their positions', async () => {
    const text = await answersFile('mali.yaml', {
      party: { type: 'state', code: 'SEN', name: 'Mali' },
      period: 'premier semestre 2025',
      answers: {},
    });
    const r = run('score', 'mali.yaml');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`\\n  ${lineOf(text, '    name: Mali')}:11 +error +"Mali" is not the name of SEN \\(Senegal, Sénégal\\)`),
    );
    expect(r.stderr).toMatch(
      new RegExp(`\\n  ${lineOf(text, 'period: premier semestre 2025')}:9 +error +"premier semestre 2025" is not a reporting period`),
    );
    expect(r.stderr).not.toContain('Mali (SEN)');
    await expect(readFile(file('mali.report.json'))).rejects.toThrow();
  });
});

describe('merge compares codes and periods, not spellings', () => {
  it('merges "Senegal" and "Sénégal" with code SEN, and "2024/2025" with "2024-2025"', async () => {
    await answersFile('a.yaml', {
      language: 'fr',
      party: { type: 'state', code: 'SEN', name: 'Sénégal' },
      period: '2024-2025',
      answers: { 'art3-a-acts': 'yes' },
    });
    await answersFile('b.yaml', {
      language: 'fr',
      party: { type: 'state', code: 'SEN', name: 'Senegal' },
      period: '2024/2025',
      answers: { 'art3-a-means': 'partly' },
    });
    const r = run('merge', 'a.yaml', 'b.yaml', '-o', 'merged.yaml');
    expect(r.stderr).not.toContain('error');
    expect(r.status).toBe(0);
    const merged = parse(await readFile(file('merged.yaml'), 'utf8')) as {
      respondent: { party: unknown };
      period: string;
      answers: Record<string, { value: unknown }>;
    };
    expect(merged.respondent.party).toEqual({ type: 'state', code: 'SEN', name: 'Sénégal' });
    expect(merged.period).toBe('2024-2025');
    expect(merged.answers['art3-a-means']?.value).toBe('partly');
  });

  it('still refuses two different States', async () => {
    await answersFile('c.yaml', { language: 'fr', party: { type: 'state', code: 'MLI', name: 'Mali' }, answers: { 'art3-a-acts': 'yes' } });
    await answersFile('d.yaml', {
      language: 'fr',
      party: { type: 'state', code: 'SEN', name: 'Sénégal' },
      answers: { 'art3-a-means': 'partly' },
    });
    const r = run('merge', 'c.yaml', 'd.yaml', '-o', 'nope.yaml');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('respondent.party is { type: state, code: SEN } here but { type: state, code: MLI }');
  });
});
