#!/usr/bin/env node
// Entry point of the `clickstack-preview` bin.
import { runPreview } from './preview-command';

const interrupted = new AbortController();
process.once('SIGINT', () => interrupted.abort());
void runPreview(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, signal: interrupted.signal }).then((code) => {
  process.exitCode = code;
});
