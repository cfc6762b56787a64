import { LOGS, SESSIONS } from '../../test/support/source-refs';
import { PLACE } from '../../test/support/tile-place';
import { NumberFormat } from './number-format';
import { Select } from './select';
import { LineTile, StackedBarTile } from './time-series-tiles';

const everything = {
  title: 'Latency',
  source: LOGS,
  select: [Select.avg('Duration', { alias: 'avg' }), Select.quantile('Duration', 0.99, { alias: 'p99' })],
  groupBy: 'ServiceName',
  fillNulls: false,
  alignDateRangeToGranularity: true,
  seriesLimit: 5,
  numberFormat: NumberFormat.duration({ inputUnit: 'nanoseconds' }),
  formulas: [{ expression: 'B / A', alias: 'skew' }],
  showOperandSeries: true,
};

describe('LineTile', () => {
  it('maps onto an element of `lineTiles`, every setting included', () => {
    const tile = new LineTile('latency', { ...everything, fitYAxisToData: true, compareToPreviousPeriod: true });
    expect(tile.displayType).toBe('line');
    expect(tile.validate('oss')).toEqual([]);
    expect(tile.toConfig(PLACE)).toEqual({
      lineTiles: [{
        key: 'latency',
        name: 'Latency',
        ...PLACE,
        sourceId: 'logs-id',
        select: [
          { aggFn: 'avg', valueExpression: 'Duration', alias: 'avg' },
          { aggFn: 'quantile', valueExpression: 'Duration', level: 0.99, alias: 'p99' },
        ],
        groupBy: 'ServiceName',
        fillNulls: false,
        alignDateRangeToGranularity: true,
        seriesLimit: 5,
        numberFormat: { output: 'duration', factor: 0.000000001 },
        formulas: [{ expression: 'B / A', alias: 'skew' }],
        showOperandSeries: true,
        fitYAxisToData: true,
        compareToPreviousPeriod: true,
      }],
    });
    expect(tile.sources()).toEqual([LOGS]);
  });

  it('takes 1 to 20 select items; asRatio needs exactly 2 and no formulas', () => {
    expect(new LineTile('a', { source: LOGS, select: [] }).validate()).toEqual(['`select` has 0 items; this tile takes 1 to 20.']);
    expect(new LineTile('b', { source: LOGS, select: [Select.count()], asRatio: true, formulas: [{ expression: 'A' }] }).validate()).toEqual([
      '`asRatio` divides the first select item by the second: it needs exactly 2, not 1.',
      '`formulas` cannot be combined with `asRatio`.',
    ]);
  });

  it('refuses a series limit that is not a whole number, more than 10 formulas, and formulas over a session source', () => {
    const formulas = Array.from({ length: 11 }, () => ({ expression: 'A' }));
    expect(new LineTile('a', { source: SESSIONS, select: [Select.count()], seriesLimit: -2, formulas }).validate()).toEqual([
      '`seriesLimit` is -2; expected a whole number of at least 0.',
      '`formulas` has 11 formulas; at most 10 are allowed.',
      '`formulas` need a metric, log or trace source; `source` is a session source.',
    ]);
  });

  it('refuses formulas, series limit and operand series on Managed ClickStack, which does not have them', () => {
    expect(new LineTile('latency', everything).validate('cloud')).toEqual([
      '`formulas` exists only on ClickStack OSS; this environment is Managed ClickStack.',
      '`seriesLimit` exists only on ClickStack OSS; this environment is Managed ClickStack.',
      '`showOperandSeries` exists only on ClickStack OSS; this environment is Managed ClickStack.',
    ]);
  });
});

describe('StackedBarTile', () => {
  it('maps onto an element of `stackedBarTiles`, with the settings line and stacked bar share', () => {
    const tile = new StackedBarTile('requests', { source: LOGS, select: [Select.count()], groupBy: 'ServiceName', asRatio: false });
    expect(tile.displayType).toBe('stacked_bar');
    expect(tile.toConfig(PLACE)).toEqual({
      stackedBarTiles: [{ key: 'requests', name: '', ...PLACE, sourceId: 'logs-id', select: [{ aggFn: 'count' }], groupBy: 'ServiceName', asRatio: false }],
    });
  });
});
