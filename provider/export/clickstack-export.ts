#!/usr/bin/env node
// Entry point of the `clickstack-export` bin. Ctrl-C stops the reading; nothing is written then.
import { runExport } from './export-command';

const interrupted = new AbortController();
process.once('SIGINT', () => interrupted.abort());
void runExport(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, signal: interrupted.signal }).then((code) => {
  process.exitCode = code;
});
