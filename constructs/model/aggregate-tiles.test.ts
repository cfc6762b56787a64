import { LOGS, METRICS, TRACES } from '../../test/support/source-refs';
import { PLACE } from '../../test/support/tile-place';
import { BarTile, NumberTile, PieTile, TableTile } from './aggregate-tiles';
import { NumberFormat } from './number-format';
import { Select } from './select';
import { ColorRule, OnClick } from './tile-options';

describe('TableTile', () => {
  it('maps onto an element of `tableTiles`, on-click included', () => {
    const tile = new TableTile('slowest', {
      source: TRACES,
      select: [Select.quantile('Duration', 0.95, { alias: 'p95' }), Select.count({ alias: 'calls' })],
      groupBy: 'SpanName',
      having: 'calls > 10',
      orderBy: 'p95 DESC',
      numberFormat: NumberFormat.number(),
      groupByColumnsOnLeft: true,
      onClick: OnClick.search(TRACES, { whereTemplate: "SpanName = '{{SpanName}}'", whereLanguage: 'sql' }),
      formulas: [{ expression: 'A * B' }],
      showOperandSeries: false,
    });
    expect(tile.validate('oss')).toEqual([]);
    expect(tile.toConfig(PLACE)).toEqual({
      tableTiles: [{
        key: 'slowest',
        name: '',
        ...PLACE,
        sourceId: 'traces-id',
        select: [
          { aggFn: 'quantile', valueExpression: 'Duration', level: 0.95, alias: 'p95' },
          { aggFn: 'count', alias: 'calls' },
        ],
        groupBy: 'SpanName',
        having: 'calls > 10',
        orderBy: 'p95 DESC',
        numberFormat: { output: 'number' },
        groupByColumnsOnLeft: true,
        onClick: { type: 'search', target: { mode: 'id', id: 'traces-id' }, whereTemplate: "SpanName = '{{SpanName}}'", whereLanguage: 'sql' },
        formulas: [{ expression: 'A * B' }],
        showOperandSeries: false,
      }],
    });
    expect(tile.sources()).toEqual([TRACES, TRACES]);
  });

  it('checks its on-click and refuses formulas on Managed ClickStack', () => {
    const tile = new TableTile('t', { source: LOGS, select: [Select.count()], onClick: OnClick.search(METRICS), formulas: [{ expression: 'A' }] });
    expect(tile.validate('cloud')).toEqual([
      '`onClick` searches a metric source; a search opens a log or trace source.',
      '`formulas` exists only on ClickStack OSS; this environment is Managed ClickStack.',
    ]);
  });
});

describe('NumberTile', () => {
  it('maps onto an element of `numberTiles`; its one formula is the list of one ClickStack stores', () => {
    const tile = new NumberTile('error_rate', {
      source: LOGS,
      select: [Select.count({ where: 'SeverityText:error' }), Select.count()],
      formula: { expression: 'A / B' },
      numberFormat: NumberFormat.percent(),
      color: 'chart-green',
      colorRules: [ColorRule.gt(0.05, 'chart-error', 'high'), ColorRule.between(0.01, 0.05, 'chart-warning')],
      backgroundChart: { type: 'area', color: 'chart-gray' },
    });
    expect(tile.validate('oss')).toEqual([]);
    expect(tile.toConfig(PLACE)).toEqual({
      numberTiles: [{
        key: 'error_rate',
        name: '',
        ...PLACE,
        sourceId: 'logs-id',
        select: [{ aggFn: 'count', where: 'SeverityText:error' }, { aggFn: 'count' }],
        numberFormat: { output: 'percent' },
        formulas: [{ expression: 'A / B' }],
        color: 'chart-green',
        colorRules: [
          { operator: 'gt', value: 0.05, color: 'chart-error', label: 'high' },
          { operator: 'between', value: 0.01, valueMax: 0.05, color: 'chart-warning' },
        ],
        backgroundChart: { type: 'area', color: 'chart-gray' },
      }],
    });
  });

  it('takes exactly 1 select item without a formula, up to 20 with one; refuses unknown colours and the formula on Cloud', () => {
    expect(new NumberTile('n', { source: LOGS, select: [Select.count(), Select.count()] }).validate()).toEqual(['`select` has 2 items; this tile takes exactly 1.']);
    const tile = new NumberTile('n', {
      source: LOGS,
      select: [Select.count(), Select.count()],
      formula: { expression: 'A / B' },
      color: 'red' as never,
      backgroundChart: { type: 'bar' as never },
    });
    expect(tile.validate('cloud')).toEqual([
      expect.stringMatching(/^`color` is "red"; expected one of "chart-blue", /),
      '`backgroundChart.type` is "bar"; expected one of "line", "area".',
      '`formula` exists only on ClickStack OSS; this environment is Managed ClickStack.',
    ]);
  });
});

describe('PieTile and BarTile', () => {
  it('map onto elements of `pieTiles` and `barTiles` and take exactly one select item', () => {
    const props = { source: LOGS, select: [Select.count()], groupBy: 'ServiceName', orderBy: 'count() DESC', limit: 5, numberFormat: NumberFormat.number() };
    const config = { key: 'by_service', name: '', ...PLACE, sourceId: 'logs-id', select: [{ aggFn: 'count' }], groupBy: 'ServiceName', orderBy: 'count() DESC', limit: 5, numberFormat: { output: 'number' } };
    expect(new PieTile('by_service', props).toConfig(PLACE)).toEqual({ pieTiles: [config] });
    expect(new BarTile('by_service', props).toConfig(PLACE)).toEqual({ barTiles: [config] });
    expect(new PieTile('p', { source: LOGS, select: [] }).validate()).toEqual(['`select` has 0 items; this tile takes exactly 1.']);
    expect(new BarTile('b', { ...props, limit: 2.5 }).validate()).toEqual(['`limit` is 2.5; expected a whole number of at least 0.']);
  });
});
