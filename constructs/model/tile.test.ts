import { ANY_SOURCE, LOGS, SESSIONS, TRACES } from '../../test/support/source-refs';
import { BarTile, NumberTile, PieTile, TableTile } from './aggregate-tiles';
import { EventPatternsTile, HeatmapTile, SearchTile } from './event-tiles';
import { MarkdownTile } from './markdown-tile';
import { Select } from './select';
import { SqlBarTile, SqlLineTile, SqlNumberTile, SqlPieTile, SqlStackedBarTile, SqlTableTile } from './sql-tiles';
import { formulaProblems, formulaSourceProblems, ossOnlyProblems, ratioProblems, selectProblems } from './tile';
import { LineTile, StackedBarTile } from './time-series-tiles';

const select = [Select.count()];
const sql = { sql: 'SELECT 1', source: LOGS };

describe('Tile', () => {
  it('can alert exactly for line, stacked bar and number tiles, raw SQL or not', () => {
    const alertable = [
      new LineTile('a', { source: LOGS, select }),
      new StackedBarTile('b', { source: LOGS, select }),
      new NumberTile('c', { source: LOGS, select }),
      new SqlLineTile('d', sql),
      new SqlStackedBarTile('e', sql),
      new SqlNumberTile('f', sql),
    ];
    const silent = [
      new TableTile('g', { source: LOGS, select }),
      new PieTile('h', { source: LOGS, select }),
      new BarTile('i', { source: LOGS, select }),
      new HeatmapTile('j', { source: TRACES, valueExpression: 'Duration' }),
      new SearchTile('k', { source: LOGS }),
      new EventPatternsTile('l', { source: LOGS }),
      new MarkdownTile('m', {}),
      new SqlTableTile('n', sql),
      new SqlPieTile('o', sql),
      new SqlBarTile('p', sql),
    ];
    expect(alertable.map((tile) => tile.canAlert)).toEqual(alertable.map(() => true));
    expect(silent.map((tile) => tile.canAlert)).toEqual(silent.map(() => false));
  });

  it('has an empty title unless given one, of at most 1024 characters', () => {
    expect(new MarkdownTile('notes', {}).title).toBe('');
    expect(new MarkdownTile('notes', { title: 'x'.repeat(1025) }).validate()).toEqual(['`title` is 1025 characters long; at most 1024 are allowed.']);
  });
});

describe('rules shared by tile kinds', () => {
  it('selectProblems counts the items against the range of the tile kind, then checks each item', () => {
    expect(selectProblems([], 1, 20)).toEqual(['`select` has 0 items; this tile takes 1 to 20.']);
    expect(selectProblems([Select.count(), Select.count()], 1, 1)).toEqual(['`select` has 2 items; this tile takes exactly 1.']);
    expect(selectProblems([Select.count(), Select.of({ aggFn: 'avg' })], 1, 20)).toEqual(['`select[1]` aggregates with "avg", which needs a `valueExpression`.']);
  });

  it('formulaProblems limits their number and checks each expression and number format', () => {
    expect(formulaProblems('formulas', [{ expression: '' }, { expression: 'A / B', numberFormat: { output: 'ratio' as never } }], 1)).toEqual([
      '`formulas` has 2 formulas; at most 1 are allowed.',
      '`formulas[0].expression` must not be empty.',
      '`formulas[1].numberFormat.output` is "ratio"; expected one of "currency", "percent", "byte", "time", "duration", "number", "data_rate", "throughput".',
    ]);
  });

  it('ratioProblems: asRatio needs exactly 2 select items and no formulas', () => {
    expect(ratioProblems(true, [Select.count()], [{ expression: 'A' }])).toEqual([
      '`asRatio` divides the first select item by the second: it needs exactly 2, not 1.',
      '`formulas` cannot be combined with `asRatio`.',
    ]);
    expect(ratioProblems(true, [Select.count(), Select.count()], undefined)).toEqual([]);
    expect(ratioProblems(false, [Select.count()], [{ expression: 'A' }])).toEqual([]);
  });

  it('ossOnlyProblems refuses the settings that are set, on Managed ClickStack only', () => {
    expect(ossOnlyProblems('cloud', { formulas: [], seriesLimit: undefined })).toEqual(['`formulas` exists only on ClickStack OSS; this environment is Managed ClickStack.']);
    expect(ossOnlyProblems('oss', { formulas: [] })).toEqual([]);
    expect(ossOnlyProblems(undefined, { formulas: [] })).toEqual([]);
  });

  it('formulaSourceProblems: formulas need a metric, log or trace source, when the kind is known', () => {
    expect(formulaSourceProblems([{ expression: 'A' }], SESSIONS)).toEqual(['`formulas` need a metric, log or trace source; `source` is a session source.']);
    expect(formulaSourceProblems([{ expression: 'A' }], ANY_SOURCE)).toEqual([]);
    expect(formulaSourceProblems([], SESSIONS)).toEqual([]);
  });
});
