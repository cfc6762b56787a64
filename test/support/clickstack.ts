// The ClickStack provider in the test harness: its own registry of resources and data sources, configured with the
// client a test gives it instead of one built from the provider block and the environment.
import type { ClickStackClient } from '../../provider/client';
import { clickstackProvider } from '../../provider/provider';
import { ProviderHarness } from './harness';

/**
 * The provider with `client()` as its configured client (read on first use, so that wire suites can make theirs in
 * beforeAll); undefined plays a provider whose configuration is not known yet. A test that only plans may hand in a
 * partial client.
 */
export function clickstackHarness(client: () => ClickStackClient | undefined): ProviderHarness<ClickStackClient | undefined> {
  return new ProviderHarness({ ...clickstackProvider, configure: async () => client() });
}

/** ReadDataSource (after validation) of the data source `typeName`, with `client` as the configured client. */
export function readDataSource(client: ClickStackClient, typeName: string, partial: { [name: string]: unknown }) {
  return clickstackHarness(() => client).dataSource(typeName).read(partial);
}

/** ValidateDataResourceConfig of the data source `typeName`, for a configuration given as the attributes it sets. */
export function validateDataSource(typeName: string, partial: { [name: string]: unknown }) {
  return clickstackHarness(() => undefined).dataSource(typeName).validate(partial);
}
