// The same dashboards and alerts deployed to two environments from one definition (service-health.ts): dev on
// ClickStack OSS, prod on Managed ClickStack, side by side in one stack. Each environment finds its sources and
// webhook by name, so their ids may differ from one environment to the other.
//
// Connection settings are Terraform variables (secrets sensitive, without defaults), set as TF_VAR_<name>:
//   TF_VAR_dev_endpoint, TF_VAR_dev_api_key;
//   TF_VAR_prod_organization_id, TF_VAR_prod_service_id, TF_VAR_prod_api_key_id, TF_VAR_prod_api_key_secret
//   (and TF_VAR_prod_api_url for another API than https://api.clickhouse.cloud).
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { ClickStackEnvironment } from 'clickstack-cdktf';
import { ServiceHealth } from './service-health';

const app = new App();
const stack = new TerraformStack(app, 'multi-environment');
const setting = (name: string) => new TerraformVariable(stack, name, { type: 'string' }).stringValue;
const secret = (name: string) => new TerraformVariable(stack, name, { type: 'string', sensitive: true });

const dev = new ClickStackEnvironment(stack, 'dev', { flavor: 'oss', alias: 'dev', endpoint: setting('dev_endpoint'), apiKey: secret('dev_api_key') });
const prod = new ClickStackEnvironment(stack, 'prod', {
  flavor: 'cloud',
  alias: 'prod',
  organizationId: setting('prod_organization_id'),
  serviceId: setting('prod_service_id'),
  apiKeyId: setting('prod_api_key_id'),
  apiKeySecret: secret('prod_api_key_secret'),
  apiUrl: new TerraformVariable(stack, 'prod_api_url', { type: 'string', default: 'https://api.clickhouse.cloud' }).stringValue,
});

new ServiceHealth(dev, 'service_health', { errorThreshold: 10 });
new ServiceHealth(prod, 'service_health', { errorThreshold: 100 });
app.synth();
