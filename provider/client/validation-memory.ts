// Dashboards the server has already found valid. Terraform plans a dashboard when it plans and again when it applies,
// in separate provider processes, and the content is the same both times: asking the validate endpoint once is
// enough. A verdict of "valid" is remembered, as the server gave it, in a file in a private temp directory (like the
// rate-limit ledger's: this user's only, mode 0700) named by a hash of the server, the credential and team (never the
// credential itself) and the body, for a limited time; an invalid verdict is never remembered, so that its
// diagnostics come from the server every time. Any file-system failure only means asking the server again.
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { privateDirectory, sweepStale } from './rate-limit-ledger';

/** How long a verdict of "valid" holds: long enough for a plan, its review and the apply, short enough to follow a server that changes its rules. */
export const VALIDATION_MEMORY_MS = 12 * 60 * 60 * 1000;

export interface ValidationMemory {
  /** The verdict of "valid" the server gave `body` within the last VALIDATION_MEMORY_MS, if any. */
  recall(body: unknown): unknown;
  /** Remembers the server's verdict of "valid" on `body`. */
  remember(body: unknown, verdict: unknown): void;
}

/**
 * The memory of one server and credential (`identity`: whatever tells apart who asks, such as the key and team), in
 * this user's private temp directory; undefined when that directory cannot be trusted.
 */
export function validationMemory(server: string, identity: string, directory: string = defaultDirectory()): ValidationMemory | undefined {
  try {
    if (!privateDirectory(directory)) return undefined;
    sweepStale(directory, VALIDATION_MEMORY_MS);
  } catch {
    return undefined;
  }
  const asker = createHash('sha256').update(`${server}\n${identity}`).digest('hex');
  const fileOf = (body: unknown) => join(directory, createHash('sha256').update(`${asker}\n${JSON.stringify(body)}`).digest('hex'));
  return {
    recall(body) {
      try {
        const file = fileOf(body);
        return Date.now() - statSync(file).mtimeMs < VALIDATION_MEMORY_MS ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
      } catch {
        return undefined;
      }
    },
    remember(body, verdict) {
      try {
        writeFileSync(fileOf(body), JSON.stringify(verdict), { mode: 0o600 });
      } catch {
        // Not remembered: the next plan asks the server again.
      }
    },
  };
}

function defaultDirectory(): string {
  return join(tmpdir(), `clickstack-validations-${process.getuid?.() ?? 'user'}`);
}
