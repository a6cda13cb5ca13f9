import { describe, expect, it, vi, beforeEach } from 'vitest';
import type { Command } from 'commander';
import { buildProgram, runProgram } from '../../../src/cli/program.js';
import { fakeContext } from '../fake-context.js';

/**
 * argv → the arguments each command's function receives. The commands are
 * mocked (as changesets tests its CLI): what is checked here is the
 * registration, i.e. commander's parsing, defaults and option names.
 */
const recorder = vi.hoisted(() => {
  const calls: Array<{ name: string; args: unknown[] }> = [];
  const state = { exit: 0 };
  const fake =
    (name: string) =>
    async (...args: unknown[]): Promise<number> => {
      calls.push({ name, args });
      return state.exit;
    };
  return { calls, state, fake };
});

vi.mock('../../../src/cli/commands/lint.js', () => ({ lintCommand: recorder.fake('lintCommand') }));
vi.mock('../../../src/cli/commands/validate.js', () => ({ validateCommand: recorder.fake('validateCommand') }));
vi.mock('../../../src/cli/commands/coverage.js', () => ({ coverageCommand: recorder.fake('coverageCommand') }));
vi.mock('../../../src/cli/commands/list.js', () => ({ listCommand: recorder.fake('listCommand') }));
vi.mock('../../../src/cli/commands/schema.js', () => ({ schemaCommand: recorder.fake('schemaCommand') }));
vi.mock('../../../src/cli/commands/keygen.js', () => ({ keygenCommand: recorder.fake('keygenCommand') }));
vi.mock('../../../src/cli/commands/sign.js', () => ({ signCommand: recorder.fake('signCommand') }));
vi.mock('../../../src/cli/commands/verify.js', () => ({ verifyCommand: recorder.fake('verifyCommand') }));
vi.mock('../../../src/cli/commands/assess.js', () => ({ assessCommand: recorder.fake('assessCommand') }));
vi.mock('../../../src/cli/commands/plan.js', () => ({ planCommand: recorder.fake('planCommand') }));
vi.mock('../../../src/cli/commands/render.js', () => ({ renderCommand: recorder.fake('renderCommand') }));
vi.mock('../../../src/cli/commands/show.js', () => ({ showCommand: recorder.fake('showCommand') }));
vi.mock('../../../src/cli/commands/template.js', () => ({ templateCommand: recorder.fake('templateCommand') }));
vi.mock('../../../src/cli/commands/score.js', () => ({ scoreCommand: recorder.fake('scoreCommand') }));
vi.mock('../../../src/cli/commands/merge.js', () => ({ mergeCommand: recorder.fake('mergeCommand') }));
vi.mock('../../../src/cli/commands/compare.js', () => ({ compareCommand: recorder.fake('compareCommand') }));
vi.mock('../../../src/cli/commands/db-ingest.js', () => ({
  dbIngestCommand: recorder.fake('dbIngestCommand'),
  dbRebuildCommand: recorder.fake('dbRebuildCommand'),
}));
vi.mock('../../../src/cli/commands/db-queries.js', () => ({
  dbQuestionCommand: recorder.fake('dbQuestionCommand'),
  dbExportCommand: recorder.fake('dbExportCommand'),
  dbSqlCommand: recorder.fake('dbSqlCommand'),
}));

interface Case {
  /** The command as typed after `selfassess`, e.g. "db ingest". */
  command: string;
  argv: string[];
  fn: string;
  /** The arguments before the options (patterns, file, or the db question's name). */
  args: unknown[];
  options: Record<string, unknown>;
}

const CASES: Case[] = [
  { command: 'lint', argv: ['lint', 'a.yaml'], fn: 'lintCommand', args: [['a.yaml']], options: { format: 'stylish', failOn: 'error' } },
  {
    command: 'lint',
    argv: ['lint', 'a.yaml', 'b/*.yaml', '-f', 'sarif', '--fail-on', 'warning', '--max-warnings', '0', '--catalogues', 'cat'],
    fn: 'lintCommand',
    args: [['a.yaml', 'b/*.yaml']],
    options: { format: 'sarif', failOn: 'warning', maxWarnings: 0, catalogues: 'cat' },
  },
  {
    command: 'validate',
    argv: ['validate', 'r.json'],
    fn: 'validateCommand',
    args: [['r.json']],
    options: { format: 'table', failOn: 'error' },
  },
  {
    command: 'validate',
    argv: [
      'validate',
      'r/',
      '-f',
      'ndjson',
      '-j',
      '4',
      '--checklists',
      'c',
      '--catalogues',
      'k',
      '--trusted-keys',
      'keys',
      '--max-warnings',
      '2',
    ],
    fn: 'validateCommand',
    args: [['r/']],
    options: { format: 'ndjson', failOn: 'error', jobs: 4, checklists: 'c', catalogues: 'k', trustedKeys: 'keys', maxWarnings: 2 },
  },
  { command: 'coverage', argv: ['coverage', 'protocol'], fn: 'coverageCommand', args: ['protocol'], options: { format: 'table' } },
  {
    command: 'coverage',
    argv: ['coverage', 'protocol', '--level', 'mandatory', '--measures', '--lang', 'fr', '-f', 'json', '--catalogues', 'k'],
    fn: 'coverageCommand',
    args: ['protocol'],
    options: { format: 'json', level: 'mandatory', measures: true, lang: 'fr', catalogues: 'k' },
  },
  {
    command: 'coverage',
    argv: ['coverage', 'protocol', '--measures', 'm.yaml'],
    fn: 'coverageCommand',
    args: ['protocol'],
    options: { format: 'table', measures: 'm.yaml' },
  },
  { command: 'list', argv: ['list', '-f', 'json', '--lang', 'fr'], fn: 'listCommand', args: [], options: { format: 'json', lang: 'fr' } },
  { command: 'schema', argv: ['schema'], fn: 'schemaCommand', args: [], options: { out: 'schemas' } },
  { command: 'schema', argv: ['schema', '--out', 'tmp', '--check'], fn: 'schemaCommand', args: [], options: { out: 'tmp', check: true } },
  { command: 'keygen', argv: ['keygen', '-o', 'me'], fn: 'keygenCommand', args: [], options: { output: 'me', format: 'text' } },
  {
    command: 'sign',
    argv: ['sign', 'r.json', '--key', 'me.key', '--force'],
    fn: 'signCommand',
    args: ['r.json'],
    options: { key: 'me.key', force: true },
  },
  {
    command: 'verify',
    argv: ['verify', 'r.json', '--key', 'me.pub', '--signature', 'r.sig', '-f', 'json'],
    fn: 'verifyCommand',
    args: ['r.json'],
    options: { key: 'me.pub', signature: 'r.sig', format: 'json' },
  },
  { command: 'assess', argv: ['assess'], fn: 'assessCommand', args: [undefined], options: {} },
  {
    command: 'assess',
    argv: [
      'assess',
      'protocol',
      '--lang',
      'fr',
      '--from',
      'old.json',
      '--resume',
      '-o',
      'out.json',
      '--plain',
      '--force',
      '--publisher-key',
      'p.pub',
    ],
    fn: 'assessCommand',
    args: ['protocol'],
    options: { lang: 'fr', from: 'old.json', resume: true, output: 'out.json', plain: true, force: true, publisherKey: 'p.pub' },
  },
  {
    command: 'assess',
    argv: ['assess', '--resume', 'd.draft.json'],
    fn: 'assessCommand',
    args: [undefined],
    options: { resume: 'd.draft.json' },
  },
  { command: 'plan', argv: ['plan', 'r.json'], fn: 'planCommand', args: ['r.json'], options: { format: 'md', group: 'none' } },
  {
    command: 'plan',
    argv: [
      'plan',
      'r.json',
      '--measures',
      'm/',
      '-f',
      'xlsx',
      '--group',
      'pillar',
      '--progress',
      'p.json',
      '--lang',
      'fr',
      '-o',
      'p.xlsx',
      '--force',
      '--checklists',
      'c',
      '--catalogues',
      'k',
    ],
    fn: 'planCommand',
    args: ['r.json'],
    options: {
      measures: 'm/',
      format: 'xlsx',
      group: 'pillar',
      progress: 'p.json',
      lang: 'fr',
      output: 'p.xlsx',
      force: true,
      checklists: 'c',
      catalogues: 'k',
    },
  },
  { command: 'render', argv: ['render', 'r.json'], fn: 'renderCommand', args: ['r.json'], options: { format: 'html' } },
  {
    command: 'render',
    argv: [
      'render',
      'r.json',
      '-f',
      'pdf',
      '-o',
      'r.pdf',
      '--force',
      '--lang',
      'en',
      '--trusted-keys',
      'keys',
      '--checklists',
      'c',
      '--catalogues',
      'k',
      '--browser',
      '/usr/bin/chromium',
    ],
    fn: 'renderCommand',
    args: ['r.json'],
    options: {
      format: 'pdf',
      output: 'r.pdf',
      force: true,
      lang: 'en',
      trustedKeys: 'keys',
      checklists: 'c',
      catalogues: 'k',
      browser: '/usr/bin/chromium',
    },
  },
  {
    command: 'show',
    argv: ['show', 'r.json', '--lang', 'fr', '--checklists', 'c', '--catalogues', 'k'],
    fn: 'showCommand',
    args: ['r.json'],
    options: { lang: 'fr', checklists: 'c', catalogues: 'k' },
  },
  {
    command: 'template',
    argv: [
      'template',
      'protocol',
      '--sections',
      'a, b,',
      '--sections',
      'c',
      '--lang',
      'fr',
      '-o',
      't.yaml',
      '--force',
      '--checklists',
      'c',
    ],
    fn: 'templateCommand',
    args: ['protocol'],
    options: { sections: ['a', 'b', 'c'], lang: 'fr', output: 't.yaml', force: true, checklists: 'c' },
  },
  {
    command: 'score',
    argv: ['score', 'a.yaml', '--checklist', 'protocol', '--checklists', 'c', '-o', '-', '--force'],
    fn: 'scoreCommand',
    args: ['a.yaml'],
    options: { checklist: 'protocol', checklists: 'c', output: '-', force: true },
  },
  {
    command: 'merge',
    argv: ['merge', 'a.yaml', 'b.yaml', '-o', 'm.yaml', '--force', '--checklist', 'protocol', '--checklists', 'c'],
    fn: 'mergeCommand',
    args: [['a.yaml', 'b.yaml']],
    options: { output: 'm.yaml', force: true, checklist: 'protocol', checklists: 'c' },
  },
  {
    command: 'compare',
    argv: ['compare', 'a.json', 'b.json'],
    fn: 'compareCommand',
    args: [['a.json', 'b.json']],
    options: { format: 'table' },
  },
  {
    command: 'compare',
    argv: [
      'compare',
      'a.json',
      'b.json',
      '-f',
      'xlsx',
      '-o',
      'c.xlsx',
      '--force',
      '--lang',
      'fr',
      '--checklists',
      'c',
      '--catalogues',
      'k',
    ],
    fn: 'compareCommand',
    args: [['a.json', 'b.json']],
    options: { format: 'xlsx', output: 'c.xlsx', force: true, lang: 'fr', checklists: 'c', catalogues: 'k' },
  },
  {
    command: 'db ingest',
    argv: [
      'db',
      'ingest',
      'r/*.json',
      '--db',
      'store',
      '-f',
      'json',
      '--lang',
      'fr',
      '-j',
      '2',
      '--checklists',
      'c',
      '--catalogues',
      'k',
      '--trusted-keys',
      'keys',
    ],
    fn: 'dbIngestCommand',
    args: [['r/*.json']],
    options: { db: 'store', format: 'json', lang: 'fr', jobs: 2, checklists: 'c', catalogues: 'k', trustedKeys: 'keys' },
  },
  {
    command: 'db rebuild',
    argv: ['db', 'rebuild', 'd1', 'd2'],
    fn: 'dbRebuildCommand',
    args: [['d1', 'd2']],
    options: { format: 'table' },
  },
  {
    command: 'db status',
    argv: ['db', 'status', '--db', 'postgres://u@h/d', '--cycle', '2025', '--checklist', 'protocol', '--party', 'FRA', '--region', '002'],
    fn: 'dbQuestionCommand',
    args: ['status'],
    options: { db: 'postgres://u@h/d', format: 'table', cycle: '2025', checklist: 'protocol', party: 'FRA', region: '002' },
  },
  { command: 'db trend', argv: ['db', 'trend', '-f', 'csv'], fn: 'dbQuestionCommand', args: ['trend'], options: { format: 'csv' } },
  {
    command: 'db needs',
    argv: ['db', 'needs', '--lang', 'fr'],
    fn: 'dbQuestionCommand',
    args: ['needs'],
    options: { format: 'table', lang: 'fr' },
  },
  {
    command: 'db matrix',
    argv: ['db', 'matrix', '-f', 'xlsx', '-o', 'm.xlsx', '--force'],
    fn: 'dbQuestionCommand',
    args: ['matrix'],
    options: { format: 'xlsx', output: 'm.xlsx', force: true },
  },
  { command: 'db export', argv: ['db', 'export'], fn: 'dbExportCommand', args: [], options: { format: 'table', shape: 'long' } },
  {
    command: 'db export',
    argv: ['db', 'export', '--shape', 'wide', '--redact', '--party', 'FRA'],
    fn: 'dbExportCommand',
    args: [],
    options: { format: 'table', shape: 'wide', redact: true, party: 'FRA' },
  },
  {
    command: 'db query',
    argv: ['db', 'query', 'SELECT 1', '--lang', 'fr'],
    fn: 'dbSqlCommand',
    args: ['SELECT 1'],
    options: { format: 'table', lang: 'fr' },
  },
  // --lang given before the command, to the program or to its group, is the command's own.
  { command: 'show', argv: ['--lang', 'fr', 'show', 'r.json'], fn: 'showCommand', args: ['r.json'], options: { lang: 'fr' } },
  {
    command: 'db status',
    argv: ['db', '--lang', 'fr', 'status'],
    fn: 'dbQuestionCommand',
    args: ['status'],
    options: { format: 'table', lang: 'fr' },
  },
  {
    command: 'validate',
    argv: ['--lang', 'fr', 'validate', 'r.json', '--lang', 'en'],
    fn: 'validateCommand',
    args: [['r.json']],
    options: { format: 'table', failOn: 'error', lang: 'en' },
  },
];

/** Every command a user can run, as "name" or "group name": the leaves of the program. */
function leafCommands(command: Command, prefix = ''): string[] {
  return command.commands.flatMap((sub) => {
    const name = prefix + sub.name();
    return sub.commands.length > 0 ? leafCommands(sub, name + ' ') : [name];
  });
}

beforeEach(() => {
  recorder.calls.length = 0;
  recorder.state.exit = 0;
});

describe('the registry of commands', () => {
  it('has an argv → options case for every command the program declares', () => {
    const program = buildProgram(fakeContext().context, () => undefined);
    expect(new Set(CASES.map((c) => c.command))).toEqual(new Set(leafCommands(program)));
  });

  it.each(CASES.map((c) => [c.argv.join(' '), c] as const))('selfassess %s', async (_line, c) => {
    const { context, stderr } = fakeContext();
    const code = await runProgram(c.argv, context);
    expect(stderr()).toBe('');
    expect(code).toBe(0);
    expect(recorder.calls).toHaveLength(1);
    const [call] = recorder.calls;
    expect(call?.name).toBe(c.fn);
    // commander's options object has a null prototype: compare its own entries.
    const args = call?.args ?? [];
    expect(args.slice(0, c.args.length)).toEqual(c.args);
    expect({ ...(args[c.args.length] as object) }).toEqual(c.options);
    expect(args[c.args.length + 1]).toBe(context);
    expect(args).toHaveLength(c.args.length + 2);
  });

  it('speaks the language of --lang given before the command, the command’s own first', async () => {
    for (const [argv, language] of [
      [['--lang', 'fr', 'validate', 'r.json'], 'fr'],
      [['db', '--lang', 'fr', 'needs'], 'fr'],
      [['--lang', 'fr', 'validate', 'r.json', '--lang', 'en'], 'en'],
    ] as const) {
      const { context } = fakeContext();
      expect(await runProgram([...argv], context)).toBe(0);
      expect(context.language).toBe(language);
    }
  });

  it('takes --lang alone, without a command: the help in that language, on stderr, exit 2 (no command is a usage error)', async () => {
    const { context, stdout, stderr } = fakeContext();
    expect(await runProgram(['--lang', 'fr'], context)).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr()).toContain('Utilisation\u00a0: selfassess [options] [commande]');
  });

  it("returns the command's exit code", async () => {
    recorder.state.exit = 1;
    expect(await runProgram(['show', 'r.json'], fakeContext().context)).toBe(1);
  });
});

describe('usage errors run no command and exit 2', () => {
  it.each([
    ['an unknown command', ['lnit', 'a.yaml'], /unknown command 'lnit'[\s\S]*lint/],
    ['a format not offered', ['lint', 'a.yaml', '-f', 'html'], /argument 'html' is invalid/],
    ['a negative --max-warnings', ['validate', 'r.json', '--max-warnings', '-1'], /whole number, 0 or more/],
    ['--jobs 0', ['validate', 'r.json', '-j', '0'], /whole number, 1 or more/],
    ['a --fail-on other than error or warning', ['lint', 'a.yaml', '--fail-on', 'info'], /"error" or "warning"/],
    ['a missing required option', ['keygen'], /required option '-o, --output <name>'/],
    ['a missing argument', ['show'], /missing required argument 'report'/],
    ['an unknown option', ['list', '--colour'], /unknown option '--colour'/],
  ])('%s', async (_what, argv, message) => {
    const { context, stderr } = fakeContext();
    expect(await runProgram(argv, context)).toBe(2);
    expect(recorder.calls).toEqual([]);
    expect(stderr()).toMatch(message);
    // Not "selfassess --help": that command may not exist where the user is (see io/invocation.ts).
    expect(stderr()).toMatch(/For usage, run: node ".*selfassess\.js" --help/);
  });
});
