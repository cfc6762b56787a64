// Entry of the single executable's start-up snapshot (scripts/release.mjs): the provider's modules are evaluated and
// the protocol's definitions built when the executable is built, and every process starts from that heap.
import { startupSnapshot } from 'node:v8';
import { clickstackProvider, PROVIDER_ADDRESS } from './provider';
import { serve } from './runtime/serve';
import { loadProtocol } from './runtime/server';

loadProtocol();
// Schemas are derived when first read (provider.ts); the snapshot holds them derived.
for (const definition of [...Object.values(clickstackProvider.resources), ...Object.values(clickstackProvider.dataSources)]) void definition.schema;
startupSnapshot.setDeserializeMainFunction(() => void serve(clickstackProvider, { providerAddress: PROVIDER_ADDRESS }));
