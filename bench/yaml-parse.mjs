// Baseline: what parsing the file with the yaml package alone costs, in a fresh process.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
parse(readFileSync(process.argv[2], 'utf8'));
