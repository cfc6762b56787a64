// A call context as the runtime gives one to each provider call: signals that never abort (unless a test passes its
// own), a logger that writes nothing and diagnostics of its own.
import { DiagnosticsCollector } from '../../provider/runtime/diagnostics';
import type { CallContext } from '../../provider/runtime/provider';

export function callContext(signals: Partial<Pick<CallContext, 'stop' | 'signal'>> = {}): CallContext {
  const quiet = () => undefined;
  return {
    stop: signals.stop ?? new AbortController().signal,
    signal: signals.signal ?? new AbortController().signal,
    log: { trace: quiet, debug: quiet, info: quiet, warn: quiet, error: quiet },
    diagnostics: new DiagnosticsCollector(),
  };
}
