import { ANY_SOURCE, LOGS, METRICS, TRACES } from '../../test/support/source-refs';
import { PLACE } from '../../test/support/tile-place';
import { EventPatternsTile, HeatmapTile, SearchTile } from './event-tiles';
import { NumberFormat } from './number-format';

describe('HeatmapTile', () => {
  it('maps onto an element of `heatmapTiles`: its expressions are the one select item ClickStack stores', () => {
    const tile = new HeatmapTile('latency', {
      source: TRACES,
      valueExpression: 'Duration',
      countExpression: 'count()',
      scale: 'log',
      where: 'SpanKind:Server',
      numberFormat: NumberFormat.duration({ inputUnit: 'nanoseconds' }),
    });
    expect(tile.validate()).toEqual([]);
    expect(tile.toConfig(PLACE)).toEqual({
      heatmapTiles: [{
        key: 'latency',
        name: '',
        ...PLACE,
        sourceId: 'traces-id',
        select: [{ valueExpression: 'Duration', countExpression: 'count()', heatmapScaleType: 'log' }],
        where: 'SpanKind:Server',
        numberFormat: { output: 'duration', factor: 0.000000001 },
      }],
    });
  });

  it('refuses a source known not to be a trace source; a source of unknown kind passes', () => {
    expect(new HeatmapTile('h', { source: LOGS, valueExpression: 'Duration' }).validate()).toEqual(['`source` is a log source; heatmap tiles need a trace source.']);
    expect(new HeatmapTile('h', { source: ANY_SOURCE, valueExpression: 'Duration' }).validate()).toEqual([]);
  });

  it('refuses an empty value expression and an unknown scale', () => {
    expect(new HeatmapTile('h', { source: TRACES, valueExpression: '', scale: 'sqrt' as never, whereLanguage: 'kql' as never }).validate()).toEqual([
      '`valueExpression` must not be empty.',
      '`scale` is "sqrt"; expected one of "log", "linear".',
      '`whereLanguage` is "kql"; expected one of "lucene", "sql".',
    ]);
  });
});

describe('SearchTile and EventPatternsTile', () => {
  it('map onto elements of `searchTiles` (whose columns ClickStack requires, empty for the default) and `eventPatternsTiles`', () => {
    const common = { key: 'errors', name: '', ...PLACE };
    expect(new SearchTile('errors', { source: LOGS, where: 'SeverityText:error' }).toConfig(PLACE)).toEqual({
      searchTiles: [{ ...common, sourceId: 'logs-id', select: '', where: 'SeverityText:error' }],
    });
    expect(new SearchTile('errors', { source: LOGS, select: 'Timestamp, Body', whereLanguage: 'sql' }).toConfig(PLACE)).toEqual({
      searchTiles: [{ ...common, sourceId: 'logs-id', select: 'Timestamp, Body', whereLanguage: 'sql' }],
    });
    const patterns = new EventPatternsTile('patterns', { source: LOGS, select: 'Body' });
    expect(patterns.displayType).toBe('event_patterns');
    expect(patterns.toConfig(PLACE)).toEqual({ eventPatternsTiles: [{ ...common, key: 'patterns', sourceId: 'logs-id', select: 'Body' }] });
    expect(patterns.sources()).toEqual([LOGS]);
  });

  it('refuse expressions over 10,000 characters', () => {
    expect(new SearchTile('s', { source: METRICS, select: 'x'.repeat(10001), where: 'y'.repeat(10001) }).validate()).toEqual([
      '`select` is 10001 characters long; at most 10000 are allowed.',
      '`where` is 10001 characters long; at most 10000 are allowed.',
    ]);
  });
});
