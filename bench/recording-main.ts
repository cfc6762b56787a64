// A build of the provider for bench/cpu.ts that also records every tfplugin6 request it receives, as JSON lines in the
// file named by CLICKSTACK_BENCH_RECORDING (bytes as base64), so that bench/replay-calls.ts can replay a real plan's
// calls in process, without Terraform or gRPC.
import { appendFileSync } from 'node:fs';
import { clickstackProvider, PROVIDER_ADDRESS } from '../provider/provider';
import { ProviderServer } from '../provider/runtime/server';
import { serve } from '../provider/runtime/serve';

type Handler = (call: { request: unknown }, callback: unknown) => void;

const implementation = ProviderServer.prototype.implementation;
ProviderServer.prototype.implementation = function recording(this: ProviderServer) {
  const handlers = implementation.call(this) as Record<string, Handler>;
  for (const [name, handler] of Object.entries(handlers)) {
    handlers[name] = (call, callback) => {
      const line = JSON.stringify({ name, pid: process.pid, request: call.request }, (_key, value) =>
        value?.type === 'Buffer' && Array.isArray(value.data) ? { base64: Buffer.from(value.data).toString('base64') } : value,
      );
      appendFileSync(process.env.CLICKSTACK_BENCH_RECORDING!, `${line}\n`);
      handler(call, callback);
    };
  }
  return handlers as ReturnType<typeof implementation>;
};

void serve(clickstackProvider, { providerAddress: PROVIDER_ADDRESS });
