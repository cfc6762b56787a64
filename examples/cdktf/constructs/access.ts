// Connection and TeamMember (ClickStack OSS): the ClickHouse connection, its password from a sensitive variable
// (set TF_VAR_clickhouse_password), and a member invited by email. `Connection.fromName` refers to one made elsewhere.
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { ClickStackEnvironment, Connection, TeamMember } from 'clickstack-cdktf';

const app = new App();
const stack = new TerraformStack(app, 'access');
new ClickStackEnvironment(stack, 'clickstack');
const password = new TerraformVariable(stack, 'clickhouse_password', { type: 'string', sensitive: true });

const warehouse = new Connection(stack, 'warehouse', {
  name: 'Warehouse',
  host: 'http://clickhouse:8123',
  username: 'hyperdx',
  password, // write-only: never in state
  passwordVersion: '1', // change it to send the password again
});
const local = Connection.fromName(stack, 'local', { name: 'Local ClickHouse' });
const alice = new TeamMember(stack, 'alice', { email: 'alice@example.com', name: 'Alice' });

new TerraformOutput(stack, 'connections', { value: { warehouse: warehouse.connectionId, local: local.connectionId } });
new TerraformOutput(stack, 'alice_status', { value: alice.resource.status });
app.synth();
