// A call context as the runtime gives one to each provider call: a signal that never aborts, a logger that writes
// nothing and diagnostics of its own.
import { DiagnosticsCollector } from '../../provider/runtime/diagnostics';
import type { CallContext } from '../../provider/runtime/provider';

export function callContext(): CallContext {
  const quiet = () => undefined;
  return {
    signal: new AbortController().signal,
    log: { trace: quiet, debug: quiet, info: quiet, warn: quiet, error: quiet },
    diagnostics: new DiagnosticsCollector(),
  };
}
