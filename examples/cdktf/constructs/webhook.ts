// Webhook: where alerts send notifications. `new Webhook` manages one; `Webhook.fromName` refers to one made
// elsewhere. Headers are write-only: pass secret values as sensitive variables (set TF_VAR_hook_token).
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { ClickStackEnvironment, Webhook } from 'clickstack-cdktf';

const app = new App();
const stack = new TerraformStack(app, 'webhook');
new ClickStackEnvironment(stack, 'clickstack');
const token = new TerraformVariable(stack, 'hook_token', { type: 'string', sensitive: true });

const incidents = new Webhook(stack, 'incidents', {
  name: 'Incidents',
  service: 'generic',
  url: 'https://hooks.example.com/incidents',
  description: 'Pages the on-call engineer',
  body: '{"text": "{{title}}: {{body}}"}',
  headers: { Authorization: `Bearer ${token.stringValue}` },
  headersVersion: '1', // change it to send the headers again
});
const existing = Webhook.fromName(stack, 'alerts', { name: 'Alerts channel', service: 'generic' });

new TerraformOutput(stack, 'webhooks', { value: { incidents: incidents.webhookId, existing: existing.webhookId } });
app.synth();
