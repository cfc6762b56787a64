// Source.fromName: sources are made in ClickStack, not in code. A lookup finds one by name (and kind) in its
// environment when Terraform plans; tiles, filters and saved searches take what it returns.
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { ClickStackEnvironment, Source } from 'clickstack-cdktf';

const app = new App();
const stack = new TerraformStack(app, 'source');
new ClickStackEnvironment(stack, 'clickstack'); // CLICKSTACK_ENDPOINT and CLICKSTACK_API_KEY
const logs = Source.fromName(stack, 'logs', { name: 'Logs', kind: 'log' });
const traces = Source.fromName(stack, 'traces', { name: 'Traces', kind: 'trace' });

// The lookup's other attributes (table, expressions...) are on `lookup`.
new TerraformOutput(stack, 'sources', {
  value: { logs: logs.sourceId, traces: traces.sourceId, traces_table: traces.lookup.table, connection: logs.connectionId },
});
app.synth();
