// Hostile inputs (run by bench/run.mjs): the time of lint, validate and score on
// generated hostile files of size N and 2N. A cost linear in the input's size
// doubles (ratio about 2); a quadratic one quadruples. Target: ratio ≤ 2.6.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { report, timeCommand } from '../measure.mjs';

const RUNS = 3;

const answers = (entries) =>
  `{"kind":"answers","formatVersion":1,"checklist":{"id":"tip-protocol","version":"1.0.0"},"language":"en","period":"2025",` +
  `"respondent":{"party":{"type":"state","code":"FRA","name":"France"}},"answers":{${entries.join(',')}}}`;

const CASES = [
  // Many unknown answer ids: suggestions, findings, positions.
  [
    'unknown ids',
    (n) => answers(Array.from({ length: n }, (_, i) => `"unknown-answer-${i}":{"value":"yes"}`)),
    'json',
    ['score', '-o', '-'],
    1,
  ],
  // Many keys of one mapping, of the wrong type: schema findings and their positions, in YAML.
  [
    'wide YAML mapping',
    (n) => `kind: answers\nformatVersion: 1\nanswers:\n${Array.from({ length: n }, (_, i) => `  k${i}: 1`).join('\n')}\n`,
    'yaml',
    ['validate'],
    1,
  ],
  // Long unknown keys: no suggestion is computed for them.
  [
    'long unknown ids',
    (n) => answers(Array.from({ length: n / 100 }, (_, i) => `"${'x'.repeat(2000)}${i}":{"value":"yes"}`)),
    'json',
    ['score', '-o', '-'],
    1,
  ],
  // Aliases of a large node, under the alias count: counted in values produced.
  [
    'amplified aliases',
    (n) =>
      `kind: answers\nformatVersion: 1\nbase: &b [${Array.from({ length: n / 100 }, (_, i) => `v${i}`).join(', ')}]\nmany: [${Array.from({ length: 500 }, () => '*b').join(', ')}]\n`,
    'yaml',
    ['validate'],
    1,
  ],
  // Unknown fields of a checklist: lint.
  [
    'unknown fields',
    (n) => `{"kind":"checklist","formatVersion":1,${Array.from({ length: n }, (_, i) => `"field${i}":1`).join(',')}}`,
    'json',
    ['lint'],
    1,
  ],
];

export async function run({ corpus, bin, node, env }) {
  console.log('');
  for (const [name, make, ext, command, status] of CASES) {
    const times = [];
    for (const n of [40_000, 80_000]) {
      const file = path.join(corpus, `hostile-${name.replace(/ /g, '-')}-${n}.${ext}`);
      writeFileSync(file, make(n));
      times.push(timeCommand(node, [bin, command[0], file, ...command.slice(1)], { runs: RUNS, env, expectStatus: status }));
    }
    report(`${name}: 80,000`, times[1], `${name}: 40,000`, times[0], 2.6);
  }
}
