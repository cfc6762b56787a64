#!/usr/bin/env node
// Entry point of terraform-provider-clickstack: Terraform starts this and talks gRPC to it.
import { clickstackProvider, PROVIDER_ADDRESS } from './provider';
import { serve } from './runtime/serve';

void serve(clickstackProvider, { providerAddress: PROVIDER_ADDRESS });
