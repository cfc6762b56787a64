#!/usr/bin/env node
// Launcher: runs the TypeScript CLI through tsx (a runtime dependency).
process.env.CLICKSTACK_EMULATOR_CLI = '1';
require('tsx/cjs');
require('../cli.ts');
