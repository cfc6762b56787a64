#!/usr/bin/env node
// Launcher: runs the TypeScript CLI through tsx (a runtime dependency).
require('tsx/cjs');
require('../warm-cli.ts');
