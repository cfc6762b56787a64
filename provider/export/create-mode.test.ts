// `--mode create`: code that creates the exported objects anew rather than adopting them. No server id is written
// (no import blocks, no `importFrom`, no ids in comments), references between the exported objects stay, webhook
// URLs are required sensitive variables, and tiles that share a name get keys when an alert must refer to them.
import type { Alert, Dashboard, Webhook } from '../client';
import { buildExport } from './build';
import { cdktfFiles } from './cdktf-files';
import type { Deployment } from './deployment';
import { hclFiles } from './hcl-files';
import { type ExportObject, Expression } from './model';
import { readme, summaryLines } from './summary';

const line = { displayType: 'line', sourceId: 's1', select: [{ aggFn: 'count' }], asRatio: false };
const tile = (id: string, name: string, y: number) => ({ id, name, x: 0, y, w: 12, h: 4, config: line });
const dashboard = {
  id: '6650000000000000000000d1',
  name: 'Service health',
  tags: [],
  filters: [],
  savedQuery: null,
  savedQueryLanguage: null,
  savedFilterValues: [],
  // Two tiles named "Errors": tile_ids leaves them out, so the watched one needs a key.
  tiles: [tile('t1', 'Errors', 0), tile('t2', 'Errors', 4), tile('t3', 'Errors 2', 8)],
} as unknown as Dashboard;
const webhook = { id: '6650000000000000000000b1', name: 'On-call', service: 'generic', url: 'https://hooks.example.com/secret-token' } as Webhook;
const alert = {
  id: '6650000000000000000000f1',
  name: 'Error spike',
  source: 'tile',
  dashboardId: dashboard.id,
  tileId: 't2',
  threshold: 100,
  thresholdType: 'above',
  interval: '5m',
  channels: [{ type: 'webhook', webhookId: webhook.id }],
} as Alert;
const deployment: Deployment = {
  flavor: 'oss',
  dashboards: [dashboard],
  alerts: [alert],
  savedSearches: [],
  webhooks: [webhook],
  sources: [{ id: 's1', name: 'Logs', kind: 'log', connection: 'c1' } as never],
  connections: [],
  roles: [],
  teamMembers: [],
  teamInvitations: [],
};
const everything = { tags: [], names: [] };
const ids = [dashboard.id, webhook.id, alert.id, 't1', 't2', 't3'];

describe('an export in create mode', () => {
  const exported = buildExport(deployment, { selection: everything, mode: 'create' });

  it('keys the watched tile of a shared name, unique among names, and refers to it by that key', () => {
    const tiles = exported.dashboards[0].resource.config.line_tiles as ExportObject[];
    // "Errors 2" is another tile's name: the key goes on to "Errors 3".
    expect(tiles.map((element) => element.key)).toEqual([undefined, 'Errors 3', undefined]);
    const { tile_id } = exported.dashboards[0].alerts[0].config;
    expect(tile_id).toEqual(new Expression({ kind: 'attribute', of: { mode: 'resource', type: 'clickstack_dashboard', name: 'service_health' }, attribute: 'tile_ids', key: 'Errors 3' }));
    expect(exported.tileIdNotes).toEqual([]);
  });

  it('as HCL: no import blocks, no ids, the webhook URL a required sensitive variable, references kept', () => {
    const files = hclFiles(exported);
    expect([...files.keys()]).toEqual(['providers.tf', 'variables.tf', 'sources.tf', 'webhooks.tf', 'dashboard_service_health.tf']);
    const text = [...files.values()].join('\n');
    for (const id of ids) expect(text).not.toContain(id);
    expect(text).not.toContain('hooks.example.com');
    expect(files.get('variables.tf')).toContain(
      'variable "webhook_on_call_url" {\n  description = "URL of the webhook \\"On-call\\"."\n  type        = string\n  sensitive   = true\n}\n',
    );
    expect(files.get('variables.tf')).toContain('variable "webhook_on_call_headers" {');
    expect(files.get('dashboard_service_health.tf')).toContain('tile_id        = clickstack_dashboard.service_health.tile_ids["Errors 3"]');
    expect(files.get('dashboard_service_health.tf')).toContain('webhook_id = clickstack_webhook.on_call.id');
    expect(files.get('dashboard_service_health.tf')).toContain('# "Error spike"\nresource "clickstack_alert" "error_spike" {');
  });

  it('as CDKTF: no importFrom, no ids, tiles keyed by their construct ids, the URL variable required', () => {
    const main = cdktfFiles(exported, 'clone').get('main.ts')!;
    for (const id of ids) expect(main).not.toContain(id);
    expect(main).not.toContain('importFrom');
    expect(main).not.toContain('tileKeys');
    expect(main).toContain('const serviceHealth = new Dashboard(stack, "service_health", { name: "Service health" });');
    expect(main).toContain('const webhookOnCallUrl = secret("webhook_on_call_url", "string", "URL of the webhook \\"On-call\\".", { required: true });');
    expect(main).toMatch(/new Alert\(stack, "error_spike", \{\n {2}tile: serviceHealthErrors3,/);
  });

  it('says in its summary and README that the plan adds every object', () => {
    expect(summaryLines(exported, 'hcl', 'out', 'terraform plan').at(-1)).toBe('Next: terraform plan (the plan should add 4 and import, change and destroy nothing).');
    const text = readme(exported, 'hcl', new Map(), []);
    expect(text).toContain('`clickstack-export --format hcl --mode create`');
    expect(text).toContain('## Creating the objects');
    expect(text).toContain('Those without a default are required');
  });
});

describe('an export in import mode (the default) of the same deployment', () => {
  const exported = buildExport(deployment, { selection: everything });

  it('keeps the ids it adopts, and keys every tile by its name (numbered where shared) as the dashboard\'s import id does', () => {
    const files = hclFiles(exported);
    expect(files.get('imports.tf')).toContain(`id = "${alert.id}"`);
    expect(files.get('imports.tf')).toContain(`id = "${dashboard.id}?tile_keys=name"`);
    expect((exported.dashboards[0].resource.config.line_tiles as ExportObject[]).map((element) => element.key)).toEqual(['Errors', 'Errors 3', 'Errors 2']);
    expect(exported.dashboards[0].alerts[0].config.tile_id).toEqual(
      new Expression({ kind: 'attribute', of: { mode: 'resource', type: 'clickstack_dashboard', name: 'service_health' }, attribute: 'tile_ids', key: 'Errors 3' }),
    );
    expect(files.get('variables.tf')).toMatch(/variable "webhook_on_call_url" \{[^}]*default {5}= null/);
  });
});

describe('what ClickStack creates only in its UI', () => {
  it('leaves out sql_ast filters of saved searches, and finds Cloud-only webhooks by name, each with a note', () => {
    const search = { id: 'e1', name: 'Checkout', sourceId: 's1', where: '', filters: [{ type: 'sql', condition: "A IN ('x')" }, { type: 'sql_ast', operator: '!=', left: 'Level', right: "'debug'" }] };
    const pager = { id: 'b9', name: 'PagerDuty', service: 'pagerduty_api', url: 'https://events.pagerduty.com/v2/enqueue' } as Webhook;
    const onSearch = { ...alert, source: 'saved_search', savedSearchId: 'e1', dashboardId: undefined, tileId: undefined, channels: [{ type: 'webhook', webhookId: 'b9' }] } as unknown as Alert;
    const exported = buildExport({ ...deployment, flavor: 'cloud', dashboards: [], savedSearches: [search as never], webhooks: [webhook, pager], alerts: [onSearch] }, { selection: everything, mode: 'create' });
    expect(exported.savedSearches[0].resource.config.filters).toEqual([{ condition: "A IN ('x')" }]); // sql, the default type, is left out
    expect(exported.webhooks.map(({ title }) => title)).toEqual(['On-call']);
    expect(exported.lookups.map(({ address, config }) => [address.name, config])).toContainEqual(['pager_duty', { name: 'PagerDuty', service: 'pagerduty_api' }]);
    expect(exported.notes).toEqual([
      'Webhook "PagerDuty" (pagerduty_api): looked up by name, since ClickStack\'s API does not create this service\'s webhooks; make it in the UI first.',
      "clickstack_saved_search.checkout: left out the filter `Level != 'debug'`: ClickStack's API creates no `sql_ast` filter; make it in the search UI.",
    ]);
  });
});

describe('what lies under the sources', () => {
  const withAccess = {
    ...deployment,
    connections: [{ id: 'c1', name: 'Local ClickHouse', host: 'http://localhost:8123', username: 'default' } as never],
    teamInvitations: [{ id: 'i1', email: 'newcomer@example.com' } as never],
  };
  const connection = new Expression({ kind: 'attribute', of: { mode: 'resource', type: 'clickstack_connection', name: 'local_click_house' }, attribute: 'id' });

  it('is exported to adopt: the connection (its password a sensitive variable, null unless set) and the team', () => {
    const exported = buildExport(withAccess, { selection: everything });
    expect(exported.connections.map(({ id }) => id)).toEqual(['c1']);
    expect(exported.sources[0].config.connection_id).toEqual(connection);
    expect(exported.variables.find(({ name }) => name === 'connection_local_click_house_password')?.required).toBeUndefined();
    expect(exported.teamMembers.map(({ id }) => id)).toEqual(['newcomer@example.com']);
  });

  it('creates the connection, its password a required sensitive variable, and invites the team again', () => {
    const exported = buildExport(withAccess, { selection: everything, mode: 'create' });
    expect(exported.connections.map(({ config }) => config.name)).toEqual(['Local ClickHouse']);
    expect(exported.sources[0].config.connection_id).toEqual(connection);
    expect(exported.variables.find(({ name }) => name === 'connection_local_click_house_password')).toMatchObject({ required: true });
    expect(hclFiles(exported).get('variables.tf')).toMatch(/variable "connection_local_click_house_password" \{[^}]*sensitive *= true/);
    expect(exported.teamMembers.map(({ config }) => config)).toEqual([{ email: 'newcomer@example.com' }]);
    expect(hclFiles(exported).get('team.tf')).toContain('resource "clickstack_team_member" "newcomer" {\n  email = "newcomer@example.com"\n}');
    expect(exported.notes).toEqual([]);
  });

  it('invites joined members again with their names, says they must accept, and leaves out the API key’s own user', () => {
    const exported = buildExport(
      {
        ...withAccess,
        teamMembers: [{ id: 'u1', email: 'admin@example.com', name: 'Admin', isCurrentUser: true } as never, { id: 'u2', email: 'teammate@example.com', name: 'Teammate' } as never],
        teamInvitations: [{ id: 'i1', email: 'newcomer@example.com', name: 'Newcomer' } as never],
      },
      { selection: everything, mode: 'create' },
    );
    expect(exported.teamMembers.map(({ config }) => config)).toEqual([
      { email: 'newcomer@example.com', name: 'Newcomer' },
      { email: 'teammate@example.com', name: 'Teammate' },
    ]);
    expect(exported.notes).toEqual([
      'Team member admin@example.com is the user of the API key the export ran with: left out, since a destroy could not remove it.',
      '1 team member has joined this team: the new server invites them again, and they join it when they accept.',
    ]);
    const main = cdktfFiles(exported, 'clone').get('main.ts')!;
    expect(main).toContain('new TeamMember(stack, "teammate", { name: "Teammate", email: "teammate@example.com" });');
    expect(main).not.toContain('importFrom');
  });

  it('creates custom roles (Managed ClickStack), in both formats, with no id', () => {
    const role = { id: '6650000000000000000000c1', name: 'Deploy bot', description: 'From CI', permissions: [{ action: 'manage', subject: 'Dashboard' }], isPredefined: false };
    const predefined = { id: '6650000000000000000000c2', name: 'Admin', permissions: [{ action: 'manage', subject: 'all' }], isPredefined: true };
    const exported = buildExport({ ...deployment, flavor: 'cloud', roles: [role, predefined] as never }, { selection: everything, mode: 'create' });
    expect(exported.roles.map(({ config }) => config)).toEqual([{ name: 'Deploy bot', description: 'From CI', permissions: [{ action: 'manage', subject: 'Dashboard' }] }]);
    const hcl = hclFiles(exported);
    expect(hcl.get('roles.tf')).toContain('resource "clickstack_role" "deploy_bot" {');
    expect(hcl.has('imports.tf')).toBe(false);
    const main = cdktfFiles(exported, 'clone').get('main.ts')!;
    expect(main).toContain('new Role(stack, "deploy_bot", { name: "Deploy bot", description: "From CI", permissions: [{ action: "manage", subject: "Dashboard" }] });');
    for (const text of [...hcl.values(), main]) expect(text).not.toContain(role.id);
  });
});
