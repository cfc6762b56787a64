// Writing a folder of files all at once: into a temporary folder beside the target, renamed into place when every
// file is written, so that a failure leaves no half-written export and a reader never sees one.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './connection';

export type Files = Map<string, string>;

/**
 * Writes `files` (relative paths) as the folder `target`. An existing non-empty folder is replaced only with
 * `replace`; it is moved aside first and removed once the new one is in place.
 */
export function writeFolder(target: string, files: Files, replace: boolean): void {
  const destination = resolve(target);
  const exists = existsSync(destination);
  if (exists && readdirSync(destination).length > 0 && !replace)
    throw new UsageError(`${target} exists and is not empty: choose another --out, or pass --force to replace it.`);
  mkdirSync(dirname(destination), { recursive: true });
  const staging = mkdtempSync(join(dirname(destination), `.${basename(destination)}.partial-`));
  try {
    for (const [path, content] of files) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), content);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = exists ? mkdtempSync(join(dirname(destination), `.${basename(destination)}.previous-`)) : undefined;
  if (previous) renameSync(destination, join(previous, 'folder'));
  renameSync(staging, destination);
  if (previous) rmSync(previous, { recursive: true, force: true });
}
