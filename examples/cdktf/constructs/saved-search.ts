// SavedSearch: a named search over a source, which alerts can watch.
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { ClickStackEnvironment, SavedSearch, Source } from 'clickstack-cdktf';

const app = new App();
const stack = new TerraformStack(app, 'saved-search');
new ClickStackEnvironment(stack, 'clickstack');
const logs = Source.fromName(stack, 'logs', { name: 'Logs', kind: 'log' });

const errors = new SavedSearch(stack, 'api_errors', {
  source: logs,
  name: 'API errors',
  select: 'Timestamp, ServiceName, SeverityText, Body',
  where: 'SeverityText:error',
  orderBy: 'Timestamp DESC',
  tags: ['api'],
  filters: [{ condition: "ServiceName IN ('api', 'gateway')" }],
});
new TerraformOutput(stack, 'saved_search_id', { value: errors.savedSearchId });
app.synth();
