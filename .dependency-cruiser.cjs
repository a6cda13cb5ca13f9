/**
 * The walls between the layers of src/ (CONTRIBUTING.md, "Layers", is the same table in prose;
 * change both together). `npm run lint:deps` fails on any import that crosses one.
 * The use of the `process` and `console` globals, which no import shows, is checked by eslint.
 */

/** Core modules that reach the outside world: files, processes, threads, the network, the terminal. */
const OUTSIDE_WORLD = '^(node:)?(fs|fs/promises|process|child_process|worker_threads|os|net|http|https|readline|tty)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ is data and pure functions: it imports no other layer of src/ (version.ts aside).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(io|ui|format|cli|main[.]ts)' },
    },
    {
      name: 'domain-writes-no-sentence',
      comment: 'The domain never writes a sentence or YAML: words come from i18n/, text from format/.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: ['^src/i18n/', '(^|/)node_modules/yaml/'] },
    },
    {
      name: 'no-outside-world-in-pure-layers',
      comment: 'domain/, format/ and i18n/ never touch files, processes or the terminal (node:crypto is fine).',
      severity: 'error',
      from: { path: '^src/(domain|format|i18n)/' },
      to: { dependencyTypes: ['core'], path: OUTSIDE_WORLD },
    },
    {
      name: 'i18n-knows-only-the-domain',
      comment: 'i18n/ holds words and Intl formatting; it may read domain types, nothing else of src/.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/(io|ui|format|cli|main[.]ts)' },
    },
    {
      name: 'format-is-pure',
      comment: 'format/ turns data into text or bytes: it reads no file (io/) and asks nothing (ui/).',
      severity: 'error',
      from: { path: '^src/format/' },
      to: { path: '^src/(io|ui|cli|main[.]ts)' },
    },
    {
      name: 'io-does-not-format',
      comment: 'io/ reads and writes; what the text looks like is decided in format/, what is asked in ui/.',
      severity: 'error',
      from: { path: '^src/io/' },
      to: { path: '^src/(ui|format|cli|main[.]ts)' },
    },
    {
      name: 'ui-does-not-read-files',
      comment: 'ui/ asks what the walk says to ask; the commands read and write the files.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: '^src/(io|cli|main[.]ts)' },
    },
    {
      name: 'only-main-imports-cli',
      comment: 'cli/ is the top of the house: only main.ts (and cli/ itself) may import it.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/cli/', '^src/main[.]ts$'] },
      to: { path: '^src/cli/' },
    },
    {
      name: 'one-library-reader',
      comment:
        'Every command reads the checklists and catalogues through io/library.ts (the build-time copy of the bundled ones, plus --checklists and --catalogues): the YAML folder reader and the bundled copy are its parts, used nowhere else (but the build entry point).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/io/(library|validate-bundled|validate-precompile)[.]ts$' },
      to: { path: '^src/io/(library-folders|validate-bundled)[.]ts$' },
    },
    {
      name: 'one-report-reader',
      comment:
        'Commands read a report through io/read-report-file.ts; of cli/, only lint (any document) and answers-input (answers files) read documents with readDocument itself.',
      severity: 'error',
      from: { path: '^src/cli/', pathNot: '^src/cli/(commands/lint|answers-input)[.]ts$' },
      to: { path: '^src/io/read-document[.]ts$' },
    },
    {
      name: 'nothing-imports-main',
      comment: 'main.ts is the entry point: it sets process.exitCode, so nothing may import it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/main[.]ts$' },
    },
    {
      name: 'only-ui-prompts',
      comment: 'ui/ is the only place that talks to the prompt library.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/ui/' },
      to: { path: '(^|/)node_modules/@inquirer/' },
    },
    {
      name: 'process-only-at-the-edges',
      comment: 'node:process is imported only by main.ts and the I/O edges (io/, ui/terminal.ts); eslint checks the global.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/main[.]ts$', '^src/io/', '^src/ui/terminal[.]ts$'] },
      to: { dependencyTypes: ['core'], path: '^(node:)?process$' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle between modules makes their load order matter (cycles through type-only imports do not).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    combinedDependencies: true,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
