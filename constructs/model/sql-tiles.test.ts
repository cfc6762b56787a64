import { LOGS, TRACES } from '../../test/support/source-refs';
import { PLACE } from '../../test/support/tile-place';
import { NumberFormat } from './number-format';
import { SqlBarTile, SqlLineTile, SqlNumberTile, SqlPieTile, SqlStackedBarTile, SqlTableTile } from './sql-tiles';
import { OnClick } from './tile-options';

const common = (key: string) => ({ key, name: '', ...PLACE });
const sql = 'SELECT toStartOfInterval(Timestamp, INTERVAL {{interval}}) AS t, count() FROM otel_logs GROUP BY t';

describe('raw SQL tiles', () => {
  it('run on the connection of their source unless given one; the query maps to `sqlTemplate`', () => {
    expect(new SqlPieTile('pie', { sql, source: LOGS }).toConfig(PLACE)).toEqual({
      sqlPieTiles: [{ ...common('pie'), connectionId: 'connection-id', sqlTemplate: sql, sourceId: 'logs-id' }],
    });
    expect(new SqlBarTile('bar', { sql, connectionId: 'other', numberFormat: NumberFormat.number() }).toConfig(PLACE)).toEqual({
      sqlBarTiles: [{ ...common('bar'), connectionId: 'other', sqlTemplate: sql, numberFormat: { output: 'number' } }],
    });
  });

  it('need a connection: `connectionId` or a source that has one', () => {
    expect(new SqlBarTile('bar', { sql }).validate()).toEqual([
      'A raw SQL tile needs a connection: set `connectionId`, or a `source` looked up with `Source.fromName` (its connection runs the query).',
    ]);
    expect(new SqlBarTile('bar', { sql: '', connectionId: 'c' }).validate()).toEqual(['`sql` must not be empty.']);
  });

  it('each maps onto an element of its own list with the settings of its display type', () => {
    const line = new SqlLineTile('line', { sql, source: LOGS, fillNulls: true, alignDateRangeToGranularity: true, seriesLimit: 3, fitYAxisToData: true, compareToPreviousPeriod: true });
    expect([line.displayType, line.rawSql]).toEqual(['line', true]);
    expect(line.toConfig(PLACE)).toEqual({
      sqlLineTiles: [{ ...common('line'), connectionId: 'connection-id', sqlTemplate: sql, sourceId: 'logs-id', fillNulls: true, alignDateRangeToGranularity: true, seriesLimit: 3, fitYAxisToData: true, compareToPreviousPeriod: true }],
    });
    expect(new SqlStackedBarTile('bars', { sql, source: LOGS, fillNulls: false }).toConfig(PLACE)).toEqual({
      sqlStackedBarTiles: [{ ...common('bars'), connectionId: 'connection-id', sqlTemplate: sql, sourceId: 'logs-id', fillNulls: false }],
    });
    expect(new SqlNumberTile('total', { sql, source: LOGS, color: 'chart-red' }).toConfig(PLACE)).toEqual({
      sqlNumberTiles: [{ ...common('total'), connectionId: 'connection-id', sqlTemplate: sql, sourceId: 'logs-id', color: 'chart-red' }],
    });
    const table = new SqlTableTile('rows', { sql, source: LOGS, onClick: OnClick.external('https://example.com/{{ServiceName}}') });
    expect(table.toConfig(PLACE)).toEqual({
      sqlTableTiles: [{ ...common('rows'), connectionId: 'connection-id', sqlTemplate: sql, sourceId: 'logs-id', onClick: { type: 'external', urlTemplate: 'https://example.com/{{ServiceName}}' } }],
    });
    expect(new SqlTableTile('rows', { sql, source: LOGS, onClick: OnClick.search(TRACES) }).sources()).toEqual([LOGS, TRACES]);
  });

  it('check the settings of their display type: series limit (OSS only), colour, on-click', () => {
    expect(new SqlLineTile('line', { sql, source: LOGS, seriesLimit: 1.5 }).validate('cloud')).toEqual([
      '`seriesLimit` is 1.5; expected a whole number of at least 0.',
      '`seriesLimit` exists only on ClickStack OSS; this environment is Managed ClickStack.',
    ]);
    expect(new SqlNumberTile('n', { sql, source: LOGS, color: 'teal' as never }).validate()).toEqual([expect.stringMatching(/^`color` is "teal"; expected one of /)]);
    expect(new SqlTableTile('t', { sql, source: LOGS, onClick: OnClick.external('') }).validate()).toEqual(['`onClick.urlTemplate` must not be empty.']);
  });
});
