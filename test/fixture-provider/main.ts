#!/usr/bin/env node
// terraform-provider-fixture: the runtime's end-to-end test provider.
import { serve } from '../../provider/runtime/serve';
import { FIXTURE_ADDRESS, fixtureProvider } from './provider';

void serve(fixtureProvider, { providerAddress: FIXTURE_ADDRESS });
