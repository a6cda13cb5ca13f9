#!/usr/bin/env node
// CommonJS (bin/package.json): Node's ES module loader starts only for the commands that need it.
require('../dist/main.cjs');
