// An export of a deployment made in the UI, read from the emulator of each flavor: every exported configuration, with
// its references resolved as Terraform would resolve them, plans no change against the state its import reads
// (driven through the provider's own core); ids become references, the ones that cannot stay literal with a note, and
// no secret is written.
import { type EmulatorHandle, SEED_IDS, startEmulator } from '../../emulator';
import { clickstackHarness } from '../../test/support/clickstack';
import { emulatorClient, FLAVORS } from '../../test/support/emulator-clients';
import { complete } from '../../test/support/objects';
import { differences } from '../../test/support/terraform-rules';
import { storeUiMadeDeployment, UI_IDS } from '../../test/support/ui-made-deployment';
import type { ClickStackClient } from '../client';
import { clickstackProvider } from '../provider';
import type { TfObject, TfValue } from '../runtime/types';
import { buildExport } from './build';
import { cdktfFiles } from './cdktf-files';
import { hclFiles } from './hcl-files';
import { type Deployment, readDeployment } from './deployment';
import { addressText, type Export, type ExportedResource, type ExportObject, type ExportValue, Expression, importIdOf, Literal, resourcesOf } from './model';
import { silentProgress } from './progress';
import { tilesIn } from './references';

/** The value Terraform gives an exported configuration: references resolved against the deployment, variables unset. */
function resolved(value: ExportValue, deployment: Deployment, exported: Export): TfValue {
  if (value instanceof Literal) return value.value;
  if (value instanceof Expression) {
    const { reference } = value;
    if (reference.kind === 'variable') return null;
    const { of, attribute, key } = reference;
    if (of.mode === 'data') {
      const lookup = exported.lookups.find((candidate) => addressText(candidate.address) === addressText(of))!;
      const found = [...deployment.sources, ...deployment.webhooks].find(
        (object) => object.name === lookup.config.name && (('kind' in object && object.kind === lookup.config.kind) || ('service' in object && object.service === lookup.config.service)),
      )!;
      return (found as unknown as Record<string, string>)[attribute];
    }
    const resource = resourcesOf(exported).find((candidate) => addressText(candidate.address) === addressText(of))!;
    if (attribute === 'id') return resource.id;
    if (attribute === 'connection_id') return deployment.sources.find((source) => source.id === resource.id)!.connection;
    // `tile_ids[key]`: the server's tile with the name and place of the tile element with that key.
    const element = tilesIn(resource.config).find((candidate) => (candidate.key ?? candidate.name) === key)!;
    const dashboard = deployment.dashboards.find((candidate) => candidate.id === resource.id)!;
    return dashboard.tiles.find((tile) => tile.name === element.name && tile.x === element.x && tile.y === element.y)!.id;
  }
  if (Array.isArray(value)) return value.map((element) => resolved(element, deployment, exported));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, element]) => [name, resolved(element, deployment, exported)]));
  return value;
}

const TYPES = ['clickstack_source', 'clickstack_source_links', 'clickstack_webhook', 'clickstack_saved_search', 'clickstack_dashboard', 'clickstack_alert'];
/** What lies under them, on the flavor that has each. */
const ACCESS_TYPES = { oss: ['clickstack_connection', 'clickstack_team_member'], cloud: ['clickstack_role'] };

describe.each(FLAVORS)('an export of a deployment made in the UI (%s)', (flavor) => {
  let emulator: EmulatorHandle;
  let client: ClickStackClient;
  let deployment: Deployment;
  let exported: Export;
  const harness = clickstackHarness(() => client);

  beforeAll(async () => {
    emulator = await startEmulator({ flavor, rateLimit: false, extraFields: true });
    storeUiMadeDeployment(emulator, flavor);
    client = emulatorClient(emulator, flavor);
    deployment = await readDeployment(client, silentProgress);
    exported = buildExport(deployment, { selection: { tags: [], names: [] } });
  });
  afterAll(async () => {
    await client.close();
    await emulator.close();
  });

  const find = (address: string): ExportedResource => resourcesOf(exported).find((resource) => addressText(resource.address) === address)!;
  const tile = (address: string, name: string) => tilesIn(find(address).config).find((candidate) => candidate.name === name)!;

  it('exports every connection, custom role, team member, source with its links, dashboard, saved search and webhook with the alerts of their tiles and searches', () => {
    const addresses = resourcesOf(exported).map((resource) => addressText(resource.address));
    expect(addresses).toEqual([
      ...(flavor === 'oss' ? ['clickstack_connection.local_click_house', 'clickstack_team_member.newcomer', 'clickstack_team_member.teammate'] : ['clickstack_role.deploy_bot']),
      ...['audit', 'audit_2', 'logs', 'metrics', 'traces', 'sessions'].map((name) => `clickstack_source.${name}`),
      ...['logs', 'metrics', 'traces'].map((name) => `clickstack_source_links.${name}`),
      'clickstack_webhook.alerts_channel',
      'clickstack_webhook.on_call',
      ...(flavor === 'cloud' ? ['clickstack_webhook.pager_duty'] : []),
      'clickstack_webhook.team_channel',
      'clickstack_saved_search.checkout_errors',
      'clickstack_saved_search.slow_spans',
      'clickstack_dashboard.database_raw_sql',
      'clickstack_dashboard.service_overview',
      'clickstack_alert.checkout_errors',
      'clickstack_alert.slow_spans',
      'clickstack_alert.query_storm',
      'clickstack_alert.traffic_drop',
      'clickstack_alert.errors_alert',
    ]);
  });

  it('plans no change: each configuration, resolved as Terraform resolves it, against the state its import reads', async () => {
    for (const resource of resourcesOf(exported)) {
      const driver = harness.resource(resource.address.type);
      const state = await driver.import(importIdOf(resource));
      const attributes = clickstackProvider.resources[resource.address.type].schema.block.attributes;
      const configuration = complete(attributes, resolved(resource.config, deployment, exported) as TfObject);
      const { planned, diagnostics } = await driver.plan(state, configuration);
      expect([addressText(resource.address), diagnostics.filter((d) => d.severity === 'error')]).toEqual([addressText(resource.address), []]);
      expect([addressText(resource.address), differences(state!, planned!)]).toEqual([addressText(resource.address), []]);
    }
    expect(new Set(resourcesOf(exported).map((resource) => resource.address.type))).toEqual(new Set([...TYPES, ...ACCESS_TYPES[flavor]]));
  });

  it('refers to exported sources by address: tiles, a connection through a source that uses it, a session\'s trace source, links, a source\'s connection', () => {
    const source = (name: string, attribute = 'id') => new Expression({ kind: 'attribute', of: { mode: 'resource', type: 'clickstack_source', name }, attribute });
    expect(exported.lookups.filter((lookup) => lookup.address.type === 'clickstack_source')).toEqual([]);
    expect(tile('clickstack_dashboard.service_overview', 'Request rate').source_id).toEqual(source('traces'));
    expect(tile('clickstack_dashboard.service_overview', 'Audit trail').source_id).toEqual(source('audit'));
    expect(tile('clickstack_dashboard.database_raw_sql', 'Queries').connection_id).toEqual(source('audit', 'connection_id'));
    expect(find('clickstack_source.sessions').config.session).toMatchObject({ trace_source_id: source('traces') });
    expect(find('clickstack_source_links.traces').config).toEqual({ source_id: source('traces'), log_source_id: source('logs'), metric_source_id: source('metrics'), session_source_id: source('sessions') });
    // OSS lists its connections, which the export writes; Managed ClickStack's belong to the service.
    expect(find('clickstack_source.logs').config.connection_id).toEqual(
      flavor === 'oss'
        ? new Expression({ kind: 'attribute', of: { mode: 'resource', type: 'clickstack_connection', name: 'local_click_house' }, attribute: 'id' })
        : new Literal(SEED_IDS.connection, 'the ClickHouse connection the source queries'),
    );
  });

  if (flavor === 'oss')
    it('writes a connection password as a sensitive variable, never a value, and leaves the API key’s own user out', () => {
      const connection = find('clickstack_connection.local_click_house').config;
      expect(connection).toEqual({ name: 'Local ClickHouse', host: 'http://localhost:8123', username: 'default', password: new Expression({ kind: 'variable', name: 'connection_local_click_house_password' }) });
      expect(exported.variables.find((variable) => variable.name === 'connection_local_click_house_password')).toMatchObject({ type: 'string' });
      expect(find('clickstack_team_member.newcomer')).toMatchObject({ id: 'newcomer@example.com', config: { email: 'newcomer@example.com' } });
      expect(resourcesOf(exported).map((resource) => resource.id)).not.toContain('admin@example.com');
    });

  if (flavor === 'cloud')
    it('writes custom roles with their description and conditions, and no predefined role, in both formats', () => {
      expect(exported.roles.map((role) => role.id)).toEqual([UI_IDS.deployRole]);
      const { config } = find('clickstack_role.deploy_bot');
      expect(config.description).toBe('Deploys dashboards from CI');
      expect(config.permissions).toEqual([
        { action: 'manage', subject: 'Dashboard' },
        { action: 'delete', subject: 'Alert', inverted: true, conditions: '{"name":"Paging","tags":["prod"]}' },
      ]);
      expect(hclFiles(exported).get('roles.tf')).toContain('description = "Deploys dashboards from CI"');
      expect(cdktfFiles(exported, 'export').get('main.ts')).toMatch(/new Role\([^)]*description: "Deploys dashboards from CI"/);
    });

  describe('with sources looked up (--sources lookup)', () => {
    let lookedUp: Export;
    beforeAll(() => {
      lookedUp = buildExport(deployment, { selection: { tags: [], names: [] }, sources: 'lookup' });
    });
    const lookedUpTile = (address: string, name: string) => tilesIn(resourcesOf(lookedUp).find((resource) => addressText(resource.address) === address)!.config).find((candidate) => candidate.name === name)!;

    it('looks sources up by name and kind, and a connection through a source that uses it', () => {
      expect(lookedUp.sources).toEqual([]);
      expect(lookedUp.lookups.map((lookup) => [addressText(lookup.address), lookup.config])).toEqual([
        ['data.clickstack_source.logs', { name: 'Logs', kind: 'log' }],
        ['data.clickstack_source.traces', { name: 'Traces', kind: 'trace' }],
      ]);
      expect(lookedUpTile('clickstack_dashboard.service_overview', 'Request rate').source_id).toEqual(new Expression({ kind: 'attribute', of: lookedUp.lookups[1].address, attribute: 'id' }));
      expect(lookedUpTile('clickstack_dashboard.database_raw_sql', 'Queries').connection_id).toEqual(new Expression({ kind: 'attribute', of: lookedUp.lookups[0].address, attribute: 'connection' }));
    });

    it('keeps an id a lookup cannot find unambiguously, with a note beside it and in the notes', () => {
      expect(lookedUpTile('clickstack_dashboard.service_overview', 'Audit trail').source_id).toEqual(new Literal(UI_IDS.auditLogs, '2 sources are named "Audit" with kind log: a lookup by name would be ambiguous'));
      expect(lookedUp.notes).toEqual([
        ...(flavor === 'oss' ? ['Team member admin@example.com is the user of the API key the export ran with: left out, since a destroy could not remove it.'] : []),
        `clickstack_dashboard.service_overview, tile "Audit trail": kept the id ${UI_IDS.auditLogs} (2 sources are named "Audit" with kind log: a lookup by name would be ambiguous).`,
      ]);
    });
  });

  it('keys each tile by its name, numbering the names tiles share, so that an alert refers to any tile by key, with no id kept literal', () => {
    const overview = { mode: 'resource', type: 'clickstack_dashboard', name: 'service_overview' } as const;
    expect(find('clickstack_dashboard.service_overview').importId).toBe(`${UI_IDS.overview}?tile_keys=name`);
    // The number tiles' list comes after the line tiles': its "Errors" is the second.
    expect((find('clickstack_dashboard.service_overview').config.number_tiles as ExportObject[]).map((element) => element.key)).toEqual(['Errors 2']);
    expect(find('clickstack_alert.errors_alert').config.tile_id).toEqual(new Expression({ kind: 'attribute', of: overview, attribute: 'tile_ids', key: 'Errors 2' }));
    expect(exported.tileIdNotes).toEqual([]);
    expect(exported.notes).toEqual(
      flavor === 'oss' ? ['Team member admin@example.com is the user of the API key the export ran with: left out, since a destroy could not remove it.'] : [],
    );
  });

  it('refers to exported objects by address: dashboards, tiles through tile_ids, saved searches, webhooks', () => {
    const dashboard = (name: string) => ({ mode: 'resource', type: 'clickstack_dashboard', name });
    const reference = (of: object, attribute: string, key?: string) => new Expression({ kind: 'attribute', of, attribute, ...(key ? { key } : {}) } as never);
    const traffic = find('clickstack_alert.traffic_drop').config;
    expect(traffic.dashboard_id).toEqual(reference(dashboard('service_overview'), 'id'));
    expect(traffic.tile_id).toEqual(reference(dashboard('service_overview'), 'tile_ids', 'Request rate'));
    const webhooks = (traffic.channels as Record<string, ExportValue>[]).map((channel) => channel.webhook_id);
    const webhook = (name: string) => reference({ mode: 'resource', type: 'clickstack_webhook', name }, 'id');
    expect(webhooks).toEqual(flavor === 'oss' ? [webhook('on_call'), webhook('team_channel'), webhook('alerts_channel')] : [webhook('pager_duty')]);
    expect(find('clickstack_alert.checkout_errors').config.saved_search_id).toEqual(reference({ mode: 'resource', type: 'clickstack_saved_search', name: 'checkout_errors' }, 'id'));
    const topEndpoints = tile('clickstack_dashboard.service_overview', 'Top endpoints');
    expect((topEndpoints.on_click as Record<string, Record<string, ExportValue>>).target.id).toEqual(reference(dashboard('database_raw_sql'), 'id'));
  });

  it('writes no secret: webhook URLs and write-only maps become sensitive variables that default to keeping them', () => {
    const text = JSON.stringify(exported);
    for (const secret of ['secret-in-url', 'secret-header', 'hooks.slack.com', emulator.apiKey, emulator.keySecret]) expect(text).not.toContain(secret);
    const onCall = find('clickstack_webhook.on_call').config;
    expect([onCall.url, onCall.headers, onCall.query_params]).toEqual(
      ['url', 'headers', 'query_params'].map((attribute) => new Expression({ kind: 'variable', name: `webhook_on_call_${attribute}` })),
    );
    // Slack webhooks take no headers or query parameters.
    expect(Object.keys(find('clickstack_webhook.team_channel').config)).toEqual(['name', 'service', 'url']);
    expect(exported.variables.map((variable) => variable.name)).toContain('webhook_team_channel_url');
    expect(exported.variables.map((variable) => variable.name)).not.toContain('webhook_team_channel_headers');
  });

  it('exports a selection: by tag, by name pattern; its alerts look webhooks up by name, which are managed elsewhere', () => {
    const teamB = buildExport(deployment, { selection: { tags: ['team-b'], names: [] } });
    expect(resourcesOf(teamB).map((resource) => addressText(resource.address))).toEqual(['clickstack_dashboard.database_raw_sql', 'clickstack_alert.query_storm']);
    const storm = teamB.dashboards[0].alerts[0].config;
    expect((storm.channels as Record<string, ExportValue>[])[0].webhook_id).toEqual(
      new Expression({ kind: 'attribute', of: { mode: 'data', type: 'clickstack_webhook', name: 'team_channel' }, attribute: 'id' }),
    );
    expect(teamB.lookups.find((lookup) => lookup.address.type === 'clickstack_webhook')!.config).toEqual({ name: 'Team channel', service: 'slack' });
    // The seeded webhook keeps its lookup name whatever the selection: identifiers are given over all webhooks.
    const slow = buildExport(deployment, { selection: { tags: [], names: ['slow*'] } });
    expect(resourcesOf(slow).map((resource) => addressText(resource.address))).toEqual(['clickstack_saved_search.slow_spans', 'clickstack_alert.slow_spans']);
    expect(slow.lookups.map((lookup) => addressText(lookup.address))).toEqual(['data.clickstack_source.traces', 'data.clickstack_webhook.alerts_channel']);
    expect(buildExport(deployment, { selection: { tags: ['team-b'], names: [] }, webhooks: 'manage' }).webhooks.map((webhook) => webhook.id)).toEqual([UI_IDS.slack]);
  });

  it('identifies objects the same way on every run', () => {
    expect(buildExport(deployment, { selection: { tags: [], names: [] } })).toEqual(exported);
    expect(SEED_IDS.webhook).toBe(find('clickstack_webhook.alerts_channel').id);
  });
});
