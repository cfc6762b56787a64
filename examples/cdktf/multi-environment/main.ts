// Two whole environments from one definition (service-health.ts): dev on ClickStack OSS, prod on Managed ClickStack,
// side by side in one stack. Each is built from nothing but its ClickHouse: the sources over the OpenTelemetry
// collector's tables (linked both ways), the alerts' webhook, a dashboard, a saved search and two alerts. Dev makes its
// ClickHouse connection; on Managed ClickStack, ClickHouse Cloud owns the service's connection, which prod names by id.
//
// Connection settings are Terraform variables (secrets sensitive, without defaults), set as TF_VAR_<name>:
//   TF_VAR_dev_endpoint, TF_VAR_dev_api_key, TF_VAR_dev_clickhouse_host, TF_VAR_dev_clickhouse_password;
//   TF_VAR_prod_organization_id, TF_VAR_prod_service_id, TF_VAR_prod_api_key_id, TF_VAR_prod_api_key_secret,
//   TF_VAR_prod_connection_id (and TF_VAR_prod_api_url for another API than https://api.clickhouse.cloud).
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

new ServiceHealth(dev, 'service_health', {
  clickhouse: { host: setting('dev_clickhouse_host'), username: 'hyperdx', password: secret('dev_clickhouse_password') },
  alertsUrl: 'https://hooks.example.com/clickstack/dev',
  errorThreshold: 10,
});
new ServiceHealth(prod, 'service_health', {
  connectionId: setting('prod_connection_id'),
  alertsUrl: 'https://hooks.example.com/clickstack/prod',
  errorThreshold: 100,
});
app.synth();
