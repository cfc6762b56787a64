// ClickStackEnvironment: the ClickStack deployment the constructs inside it manage. Settings left out are read by
// the provider from its environment variables when Terraform runs; secrets are sensitive Terraform variables without
// a default (set TF_VAR_clickstack_api_key), never strings, which cdktf would write into cdk.tf.json.
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { ClickStackEnvironment, Webhook } from 'clickstack-cdktf';

const app = new App();
const stack = new TerraformStack(app, 'environment');
const clickstack = new ClickStackEnvironment(stack, 'clickstack', {
  flavor: 'oss',
  endpoint: new TerraformVariable(stack, 'clickstack_endpoint', { type: 'string' }).stringValue,
  apiKey: new TerraformVariable(stack, 'clickstack_api_key', { type: 'string', sensitive: true }),
  timeoutSeconds: 10,
  maxRetries: 3,
});

// Created inside the environment, so it uses that environment's provider configuration.
const oncall = new Webhook(clickstack, 'oncall', { name: 'On call', service: 'generic', url: 'https://hooks.example.com/oncall' });
new TerraformOutput(stack, 'webhook_id', { value: oncall.webhookId });
app.synth();
