// The ClickStack provider as the runtime sees it. Its configuration schema and resources arrive with the
// resources issue (issue 4); until then it serves an empty provider block and no resources.
import type { ProviderDefinition } from './runtime/provider';

export const PROVIDER_ADDRESS = 'registry.terraform.io/clickstack-iac/clickstack';

export const clickstackProvider: ProviderDefinition = {
  typeName: 'clickstack',
  schema: { version: 0, block: { attributes: {} } },
  configure: async () => ({}),
  resources: {},
  dataSources: {},
};
