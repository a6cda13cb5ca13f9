// Entry point run by scripts/build.mjs once the bundle is written: pre-parses
// the bundled checklists and catalogues into dist/bundled-library.json.
export { precompileBundledLibrary } from './validate-bundled.js';
