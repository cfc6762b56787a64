import { LOGS, METRICS, TRACES } from '../../test/support/source-refs';
import { DashboardDefinition, MAX_TILES } from './dashboard-definition';
import { MarkdownTile } from './markdown-tile';
import { NumberTile } from './aggregate-tiles';
import { Select } from './select';
import { LineTile } from './time-series-tiles';

const note = (id: string, title = '') => new MarkdownTile(id, { title, text: id, width: 6, height: 2 });

describe('DashboardDefinition.toConfig', () => {
  it('writes each tile in the list of its kind with its id as key, its title as name and its place; rows given as props come first', () => {
    const definition = new DashboardDefinition({ name: 'Health', tags: ['team'], rows: [[note('a', 'A'), note('b')]] });
    definition.addRow(new LineTile('errors', { title: 'Errors', source: LOGS, select: [Select.count()] }));
    expect(definition.toConfig()).toEqual({
      name: 'Health',
      tags: ['team'],
      markdownTiles: [
        { key: 'a', name: 'A', x: 0, y: 0, w: 6, h: 2, text: 'a' },
        { key: 'b', name: '', x: 6, y: 0, w: 6, h: 2, text: 'b' },
      ],
      lineTiles: [{ key: 'errors', name: 'Errors', x: 0, y: 2, w: 24, h: 10, sourceId: 'logs-id', select: [{ aggFn: 'count' }] }],
    });
  });

  it('writes containers and their tabs; their tiles carry the container and tab ids and are placed on grids of their own', () => {
    const definition = new DashboardDefinition({ name: 'Health' });
    definition.addRow(note('top'));
    definition.addContainer('infra', { title: 'Infrastructure', collapsed: true, bordered: true }).addRow(note('cpu'));
    const services = definition.addContainer('services', { title: 'Services', collapsible: false });
    services.addTab('api', { title: 'API' }).addRow(note('api_errors'));
    services.addTab('web', { title: 'Web' }).addTiles(note('web_errors'));
    const config = definition.toConfig();
    expect(config.containers).toEqual([
      { id: 'infra', title: 'Infrastructure', collapsed: true, bordered: true },
      { id: 'services', title: 'Services', collapsible: false, tabs: [{ id: 'api', title: 'API' }, { id: 'web', title: 'Web' }] },
    ]);
    expect(config.markdownTiles!.map(({ key, x, y, containerId, tabId }) => ({ key, x, y, containerId, tabId }))).toEqual([
      { key: 'top', x: 0, y: 0 },
      { key: 'cpu', x: 0, y: 0, containerId: 'infra' },
      { key: 'api_errors', x: 0, y: 0, containerId: 'services', tabId: 'api' },
      { key: 'web_errors', x: 0, y: 0, containerId: 'services', tabId: 'web' },
    ]);
    expect(definition.validate()).toEqual([]);
  });

  it('lists tiles in the order they were added, whichever grid took them', () => {
    const definition = new DashboardDefinition({ name: 'Health' });
    const storage = definition.addContainer('storage', { title: 'Storage' });
    storage.addRow(note('first'));
    definition.addRow(note('second'));
    storage.addTab('only', { title: 'Only' }).addRow(note('third'));
    expect(definition.toConfig().markdownTiles!.map(({ key }) => key)).toEqual(['first', 'second', 'third']);
    expect(definition.validate()).toEqual([]);
  });

  it('with tileKeys "title", writes no keys and refers to a tile by its title, or by its place in its list when the title is shared', () => {
    const definition = new DashboardDefinition({ name: 'Health', tileKeys: 'title' });
    const [a, b, c] = [note('a', 'Errors'), new NumberTile('b', { title: 'Errors', source: LOGS, select: [Select.count()] }), note('c', 'Errors')];
    const unique = note('d', 'Notes');
    definition.addRow(a, b, c, unique);
    expect(definition.toConfig().markdownTiles!.map((tile) => 'key' in tile)).toEqual([false, false, false]);
    expect([a, b, c, unique].map((tile) => definition.tileReference(tile))).toEqual([
      { list: 'markdownTiles', index: 0 },
      { list: 'numberTiles', index: 0 },
      { list: 'markdownTiles', index: 1 },
      { key: 'Notes' },
    ]);
    expect(new DashboardDefinition({ name: 'Health' }).addRow(a).tileReference(a)).toEqual({ key: 'a' });
    expect(new DashboardDefinition({ name: 'Health', tileKeys: 'name' as 'id' }).validate()).toEqual(['`tileKeys` is "name"; expected one of "id", "title".']);
  });

  it('writes filters, the saved query and saved filter values in the bindings\' shape', () => {
    const definition = new DashboardDefinition({
      name: 'Health',
      filters: [
        { name: 'Service', expression: 'ServiceName', source: LOGS, appliesTo: [LOGS, TRACES], where: "ServiceName != ''", whereLanguage: 'sql' },
        { name: 'Metric', expression: 'MetricName', source: METRICS, sourceMetricType: 'gauge', broadcast: false, variable: true, variableName: 'metric' },
      ],
      savedQuery: 'SeverityText:error',
      savedQueryLanguage: 'lucene',
      savedFilterValues: ["ServiceName = 'api'"],
    });
    expect(definition.validate()).toEqual([]);
    const { filters, savedQuery, savedQueryLanguage, savedFilterValues } = definition.toConfig();
    expect({ filters, savedQuery, savedQueryLanguage, savedFilterValues }).toEqual({
      filters: [
        { name: 'Service', expression: 'ServiceName', sourceId: 'logs-id', appliesToSourceIds: ['logs-id', 'traces-id'], where: "ServiceName != ''", whereLanguage: 'sql' },
        { name: 'Metric', expression: 'MetricName', sourceId: 'metrics-id', sourceMetricType: 'gauge', isBroadcastEnabled: false, isVariableEnabled: true, variableName: 'metric' },
      ],
      savedQuery: 'SeverityText:error',
      savedQueryLanguage: 'lucene',
      savedFilterValues: [{ type: 'sql', condition: "ServiceName = 'api'" }],
    });
    expect(definition.sourceReferences().map(([what, source]) => [what, source.sourceId])).toEqual([
      ['A source of `filters[0]`', 'logs-id'],
      ['A source of `filters[0]`', 'logs-id'],
      ['A source of `filters[0]`', 'traces-id'],
      ['A source of `filters[1]`', 'metrics-id'],
    ]);
  });
});

describe('DashboardDefinition.validate', () => {
  it(`refuses more than ${MAX_TILES} tiles`, () => {
    const definition = new DashboardDefinition({ name: 'Big' });
    for (let row = 0; row < 126; row++) definition.addRow(note(`${row}a`), note(`${row}b`), note(`${row}c`), note(`${row}d`));
    expect(definition.validate()).toEqual(['The dashboard has 504 tiles; ClickStack takes at most 500.']);
  });

  it('refuses tile ids used twice, the same tile object placed twice, and empty ids', () => {
    const twice = note('twice');
    const definition = new DashboardDefinition({ name: 'Health' }).addRow(note('same'), note('same'), twice, twice, note(''));
    expect(definition.validate()).toEqual([
      'Tile "twice" is placed more than once; create one tile object per place.',
      'Several tiles have the id "same"; tile ids are keys and must be unique within a dashboard.',
      'Tile "": a tile id is 1 to 256 characters long.',
    ]);
  });

  it('names the tile in the problems of its props and its place', () => {
    const definition = new DashboardDefinition({ name: 'Health' }).addRow(
      new LineTile('errors', { source: LOGS, select: [Select.of({ aggFn: 'count', valueExpression: 'Body' })], width: 30 }),
    );
    expect(definition.validate()).toEqual([
      'Tile "errors": `select[0]` counts rows and takes no value expression; remove `valueExpression` ("Body") or use another aggregation.',
      'Tile "errors" is 30 columns wide; a tile is 1 to 24 columns wide.',
    ]);
  });

  it('checks tiles with the API of the environment', () => {
    const tile = new NumberTile('rate', { source: LOGS, select: [Select.count(), Select.count()], formula: { expression: 'A / B' } });
    expect(new DashboardDefinition({ name: 'Health' }, 'cloud').addRow(tile).validate()).toEqual([
      'Tile "rate": `formula` exists only on ClickStack OSS; this environment is Managed ClickStack.',
    ]);
    expect(new DashboardDefinition({ name: 'Health' }, 'oss').addRow(tile).validate()).toEqual([]);
  });

  it('refuses an empty name, too many or repeated tags', () => {
    const tags = Array.from({ length: 51 }, (_, i) => `t${i % 50}`);
    expect(new DashboardDefinition({ name: '', tags: [...tags.slice(0, 50), 'x'.repeat(33)] }).validate()).toEqual([
      '`name` must not be empty.',
      '`tags` has 51 tags; at most 50 are allowed.',
      '`tags[50]` is 33 characters long; at most 32 are allowed.',
    ]);
    expect(new DashboardDefinition({ name: 'Health', tags: ['a', 'b', 'a'] }).validate()).toEqual(['`tags` has "a" more than once.']);
  });

  it('refuses containers and tabs ClickStack refuses; warns of tiles of a container with tabs outside its tabs, and of tiles past the edge', () => {
    const definition = new DashboardDefinition({ name: 'Health' });
    definition.addContainer('c', { title: 'C' });
    const tabbed = definition.addContainer('c', { title: '' });
    tabbed.addTab('t', { title: 'T' }).addRow(note('inside'), note('clash', ''));
    tabbed.addTab('t', { title: 'T again' }).addAt({ x: 20, y: 0 }, note('late'));
    tabbed.addRow(note('loose'));
    expect(definition.validate()).toEqual([
      'Several containers have the id "c".',
      'Container "c": `title` must not be empty.',
      'Container "c" has several tabs with the id "t".',
    ]);
    expect(definition.warnings()).toEqual([
      'Container "c" has several tabs and tiles of its own ("loose"); ClickStack keeps them but shows only the tiles of its tabs: add these to a tab.',
      'In tab "t" of container "c": Tile "late" ends at column 26 (x 20 + width 6); the grid has 24 columns, and the UI cuts it off.',
    ]);
  });

  it('refuses filters that neither broadcast nor are variables, misplaced variable settings, and OSS settings on Cloud', () => {
    const definition = new DashboardDefinition(
      {
        name: 'Health',
        filters: [
          { name: '', expression: 'ServiceName', source: LOGS, broadcast: false, appliesTo: [LOGS] },
          { name: 'Svc', expression: 'ServiceName', source: LOGS, variableName: '1svc' },
        ],
        savedQueryLanguage: 'kql' as never,
      },
      'cloud',
    );
    expect(definition.validate()).toEqual([
      '`filters[0].name` must not be empty.',
      '`filters[0]` neither broadcasts nor is a variable; set `variable: true` or leave `broadcast` out.',
      '`filters[0].appliesTo` is only for filters that broadcast.',
      '`filters[0].broadcast` exists only on ClickStack OSS; this environment is Managed ClickStack.',
      '`filters[1].variableName` needs `variable: true`.',
      '`filters[1].variableName` is "1svc"; a variable name is a letter followed by up to 63 letters, digits or `_`.',
      '`filters[1].variableName` exists only on ClickStack OSS; this environment is Managed ClickStack.',
      '`savedQueryLanguage` is "kql"; expected one of "lucene", "sql".',
    ]);
  });
});
