// Entry point run by scripts/build.mjs once the bundle is written: pre-parses
// the bundled checklists and catalogues into dist/bundled-library/.
export { precompileBundledLibrary } from './validate-bundled.js';
