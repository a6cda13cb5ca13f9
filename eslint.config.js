// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * A modest recommended set, plus the two walls that no import shows and dependency-cruiser
 * therefore cannot see: the `console` and `process` globals (CONTRIBUTING.md, "Layers").
 */
export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'bench/.corpus/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // tsc's noUnusedLocals says it, and accepts a list kept only to derive a union type from.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    // bin/ is CommonJS (bin/package.json), so that the commands with a cached script (src/main.ts)
    // never start Node's ES module loader.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests look for escape sequences in what the tool prints; src/ marks each such pattern.
    files: ['test/**/*.ts'],
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: { 'no-control-regex': 'off' },
  },
  {
    // The tool writes through the streams of its CliContext (cli/context.ts `writeLine`, the
    // reporters of format/ return strings), never through `console`: tests run commands in process
    // and the end-to-end tests check stdout and stderr apart.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/context.ts', 'src/ui/inquirer-prompter.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // `process` belongs to main.ts (the exit code, the real streams) and to the I/O edges;
    // everything else gets what it needs through its arguments or the CliContext.
    files: ['src/**/*.ts'],
    ignores: ['src/main.ts', 'src/io/**', 'src/ui/terminal.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Take it from the CliContext or an argument; only main.ts and the I/O edges use process.' },
      ],
    },
  },
);
