// Building an export from hand-made API documents: what only odd deployments show (dashboards that open each other,
// alerts on tiles that are gone) and the order the code declares dashboards in.
import type { Alert, Dashboard } from '../client';
import { buildExport, dependencyOrder } from './build';
import type { Deployment } from './deployment';
import { type ExportObject, Expression, Literal } from './model';

const markdown = { displayType: 'markdown', markdown: '' };
const opening = (target: string) => ({ displayType: 'table', sourceId: 's1', select: [{ aggFn: 'count' }], asRatio: false, onClick: { type: 'dashboard', target: { mode: 'id', id: target } } });
const dashboard = (id: string, name: string, configs: object[]): Dashboard =>
  ({ id, name, tags: [], filters: [], savedQuery: null, savedQueryLanguage: null, savedFilterValues: [], tiles: configs.map((config, i) => ({ id: `${id}-t${i}`, name: `Tile ${i}`, x: 0, y: i, w: 4, h: 1, config })) }) as unknown as Dashboard;

function deployment(dashboards: Dashboard[], alerts: Alert[] = []): Deployment {
  return { flavor: 'oss', dashboards, alerts, savedSearches: [], webhooks: [], connections: [], roles: [], teamMembers: [], teamInvitations: [], sources: [{ id: 's1', name: 'Logs', kind: 'log', connection: 'c1' } as never] };
}

const targetOf = (exported: ReturnType<typeof buildExport>, name: string, tile = 0) => {
  const tiles = exported.dashboards.find((candidate) => candidate.resource.address.name === name)!.resource.config.table_tiles as ExportObject[];
  return (tiles[tile].on_click as ExportObject).target as ExportObject;
};

describe('dashboards whose tiles open other dashboards', () => {
  it('refer to the dashboard they open by address, and come after it in the code', () => {
    const exported = buildExport(deployment([dashboard('d1', 'Alpha', [opening('d2')]), dashboard('d2', 'Beta', [markdown])]), { selection: { tags: [], names: [] } });
    expect(targetOf(exported, 'alpha').id).toEqual(new Expression({ kind: 'attribute', of: { mode: 'resource', type: 'clickstack_dashboard', name: 'beta' }, attribute: 'id' }));
    expect(dependencyOrder(exported.dashboards).map(({ resource }) => resource.address.name)).toEqual(['beta', 'alpha']);
    expect(exported.notes).toEqual([]);
  });

  it('keep the id, with a note, where a reference would close a cycle: two that open each other, one that opens itself', () => {
    const exported = buildExport(
      deployment([dashboard('d1', 'Alpha', [opening('d2')]), dashboard('d2', 'Beta', [opening('d1')]), dashboard('d3', 'Gamma', [opening('d3'), opening('d1')])]),
      { selection: { tags: [], names: [] } },
    );
    expect(targetOf(exported, 'alpha').id).toBeInstanceOf(Expression);
    expect(targetOf(exported, 'beta').id).toEqual(new Literal('d1', 'dashboards that open each other cannot refer to each other: Terraform would see a cycle'));
    expect(targetOf(exported, 'gamma').id).toBeInstanceOf(Literal);
    expect(targetOf(exported, 'gamma', 1).id).toBeInstanceOf(Expression);
    expect(exported.notes).toEqual([
      'clickstack_dashboard.beta: kept the id d1 of the dashboard a tile opens, which opens this one in turn (a reference would be a cycle).',
      'clickstack_dashboard.gamma: kept the id d3 of the dashboard a tile opens, which opens this one in turn (a reference would be a cycle).',
    ]);
    expect(dependencyOrder(exported.dashboards).map(({ resource }) => resource.address.name)).toEqual(['beta', 'alpha', 'gamma']);
  });

  it('keep the id of a dashboard outside the export, with a note', () => {
    const exported = buildExport(deployment([dashboard('d1', 'Alpha', [opening('elsewhere')])]), { selection: { tags: [], names: [] } });
    expect(targetOf(exported, 'alpha').id).toEqual(new Literal('elsewhere', 'the dashboard opened is not part of this export'));
  });
});

describe('alerts', () => {
  const alert = (id: string, tileId: string, name: string | null = 'Alert'): Alert =>
    ({ id, name, source: 'tile', dashboardId: 'd1', tileId, threshold: 1, thresholdType: 'above', interval: '5m', channels: [{ type: 'webhook', webhookId: 'w1' }] }) as Alert;

  it('leave out an alert whose tile is gone, with a note, and name an unnamed alert after its tile', () => {
    const exported = buildExport(deployment([dashboard('d1', 'Alpha', [markdown])], [alert('a1', 'gone'), alert('a2', 'd1-t0', null)]), { selection: { tags: [], names: [] } });
    expect(exported.dashboards[0].alerts.map((resource) => [resource.address.name, resource.title])).toEqual([['tile_0_alert', 'unnamed alert on tile "Tile 0"']]);
    // The webhook is not in the deployment: its id stays, with a note.
    expect(exported.notes).toEqual([
      'Alert "Alert" watches tile gone of dashboard "Alpha", which has no such tile: left out.',
      'clickstack_alert.tile_0_alert: kept the id w1 (no webhook has this id).',
    ]);
    expect((exported.dashboards[0].alerts[0].config.channels as ExportObject[])[0].webhook_id).toEqual(new Literal('w1', 'no webhook has this id'));
  });
});
