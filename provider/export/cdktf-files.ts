// An export as a CDKTF app (work in progress).
import { UsageError } from './connection';
import type { Export } from './model';
import type { Files } from './output-folder';

export function cdktfFiles(_exported: Export, _stack: string): Files {
  throw new UsageError('--format cdktf is not available yet: use --format hcl.');
}
