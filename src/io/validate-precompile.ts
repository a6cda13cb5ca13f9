// Entry point run by scripts/build.mjs once the bundle is written: pre-parses
// the bundled checklists and catalogues into dist/bundled-library/, then
// records the facts `assess` asks about before reading a checklist.
export { precompileBundledLibrary } from './validate-bundled.js';
export { writeChecklistFacts } from './checklist-facts.js';
