import { LOGS } from '../../test/support/source-refs';
import { TableTile } from './aggregate-tiles';
import { AlertChannel, AlertDefinition, type AlertDefinitionProps, Threshold } from './alert-definition';
import { Select } from './select';
import { SqlLineTile, SqlNumberTile, SqlTableTile } from './sql-tiles';
import { LineTile } from './time-series-tiles';

const hook = { webhookId: 'hook-1' };
const errors = new LineTile('errors', { source: LOGS, select: [Select.count()] });
const base: AlertDefinitionProps = { threshold: Threshold.above(100), interval: '5m', channels: [AlertChannel.webhook(hook)] };
const onTile = (props: Partial<AlertDefinitionProps>, flavor?: 'oss' | 'cloud') => new AlertDefinition({ ...base, ...props }, { tile: errors, savedSearch: false }, flavor);

describe('Threshold', () => {
  it('has a factory per threshold type, named as ClickStack names them; ranges take both bounds', () => {
    expect([Threshold.above(1), Threshold.aboveExclusive(1), Threshold.below(1), Threshold.belowOrEqual(1), Threshold.equal(1), Threshold.notEqual(1)].map((t) => t.type)).toEqual([
      'above',
      'above_exclusive',
      'below',
      'below_or_equal',
      'equal',
      'not_equal',
    ]);
    expect(Threshold.between(1, 5)).toEqual({ type: 'between', value: 1, max: 5 });
    expect(Threshold.notBetween(1, 5)).toEqual({ type: 'not_between', value: 1, max: 5 });
  });
});

describe('AlertDefinition.toConfig', () => {
  it('writes a tile alert with every setting in the bindings\' shape', () => {
    const definition = onTile({
      threshold: Threshold.between(10, 20),
      channels: [AlertChannel.webhook(hook), AlertChannel.webhook({ webhookId: 'hook-2' })],
      name: 'Errors',
      message: 'Too many errors',
      note: 'See the runbook.',
      consecutiveWindows: 2,
      scheduleStartAt: '2026-01-01T09:00:00Z',
    });
    expect(definition.validate()).toEqual([]);
    expect(definition.toConfig({ dashboardId: 'd', tileId: 't' })).toEqual({
      dashboardId: 'd',
      tileId: 't',
      threshold: 10,
      thresholdType: 'between',
      thresholdMax: 20,
      interval: '5m',
      scheduleStartAt: '2026-01-01T09:00:00Z',
      channels: [{ webhookId: 'hook-1', webhookService: undefined, slackChannelId: undefined, severity: undefined, emailRecipients: undefined }, expect.objectContaining({ webhookId: 'hook-2' })],
      name: 'Errors',
      message: 'Too many errors',
      note: 'See the runbook.',
      numConsecutiveWindows: 2,
    });
  });

  it('writes a saved-search alert with its group-by and a Cloud channel with its settings', () => {
    const definition = new AlertDefinition(
      { ...base, groupBy: 'ServiceName', scheduleOffsetMinutes: 2, channels: [AlertChannel.webhook(hook, { webhookService: 'slack_api', slackChannelId: 'C1', severity: 'error' })] },
      { savedSearch: true },
      'cloud',
    );
    expect(definition.validate()).toEqual([]);
    expect(definition.toConfig({ savedSearchId: 's' })).toEqual(
      expect.objectContaining({ savedSearchId: 's', groupBy: 'ServiceName', scheduleOffsetMinutes: 2, channels: [expect.objectContaining({ webhookId: 'hook-1', webhookService: 'slack_api', slackChannelId: 'C1', severity: 'error' })] }),
    );
    expect(AlertChannel.email('oncall@example.com').toConfig()).toEqual(expect.objectContaining({ emailRecipients: ['oncall@example.com'], webhookId: undefined }));
  });
});

describe('AlertDefinition.validate', () => {
  it('refuses an alert on a tile type that cannot alert, naming the tile and its type', () => {
    const table = new TableTile('slowest', { source: LOGS, select: [Select.count()] });
    const sqlTable = new SqlTableTile('rows', { sql: 'SELECT 1', connectionId: 'c' });
    expect(new AlertDefinition(base, { tile: table, savedSearch: false }).validate()).toEqual([
      '`tile` "slowest" shows a table chart; ClickStack alerts only on line, stacked bar and number tiles.',
    ]);
    expect(new AlertDefinition(base, { tile: sqlTable, savedSearch: false }).validate()).toEqual([
      '`tile` "rows" shows a raw SQL table chart; ClickStack alerts only on line, stacked bar and number tiles.',
    ]);
  });

  it('refuses an alert on a raw SQL chart over time whose query does not bucket by the interval', () => {
    const bare = new SqlLineTile('bare', { sql: 'SELECT Timestamp, count() FROM otel_logs GROUP BY Timestamp', connectionId: 'c' });
    expect(new AlertDefinition(base, { tile: bare, savedSearch: false }).validate()).toEqual([
      '`tile` "bare" runs a query without the alert\'s interval; ClickStack alerts on a raw SQL line tile only when its query buckets by it: use `$__timeInterval(column)`, `$__interval_s` or `{intervalSeconds:Int64}`.',
    ]);
    for (const sql of ['SELECT $__timeInterval(Timestamp) AS t, count() FROM otel_logs GROUP BY t', 'SELECT toStartOfInterval(Timestamp, INTERVAL {intervalSeconds:Int64} second)', 'SELECT count() FROM $__sourceTable'])
      expect(new AlertDefinition(base, { tile: new SqlLineTile('t', { sql, connectionId: 'c' }), savedSearch: false }).validate()).toEqual([]);
    expect(new AlertDefinition(base, { tile: new SqlNumberTile('n', { sql: 'SELECT count() FROM otel_logs', connectionId: 'c' }), savedSearch: false }).validate()).toEqual([]);
  });

  it('watches a tile or a saved search: exactly one; group-by only for saved searches', () => {
    expect(new AlertDefinition(base, { savedSearch: false }).validate()).toEqual(['An alert watches something: set `tile` (a tile of a Dashboard) or `savedSearch`.']);
    expect(new AlertDefinition(base, { tile: errors, savedSearch: true }).validate()).toEqual(['An alert watches a tile or a saved search: set `tile` or `savedSearch`, not both.']);
    expect(onTile({ groupBy: 'ServiceName' }).validate()).toEqual(['`groupBy` is for saved-search alerts only.']);
  });

  it('refuses between without its upper bound, an upper bound elsewhere, and bounds in the wrong order', () => {
    expect(onTile({ threshold: { type: 'between', value: 5 } }).validate()).toEqual(['`threshold` is "between" and needs its upper bound `max` (use `Threshold.between(min, max)`).']);
    expect(onTile({ threshold: { type: 'not_between', value: 5 } }).validate()).toEqual(['`threshold` is "not_between" and needs its upper bound `max` (use `Threshold.notBetween(min, max)`).']);
    expect(onTile({ threshold: { type: 'above', value: 5, max: 6 } }).validate()).toEqual(['`threshold.max` is only for "between" and "not_between" thresholds, not "above".']);
    expect(onTile({ threshold: Threshold.between(5, 1) }).validate()).toEqual(['`threshold.max` (1) must be at least the lower bound (5).']);
    expect(onTile({ threshold: { type: 'over' as never, value: 5 } }).validate()).toEqual([expect.stringMatching(/^`threshold.type` is "over"; expected one of "above", /)]);
  });

  it('refuses schedules ClickStack refuses', () => {
    expect(onTile({ scheduleOffsetMinutes: 5 }).validate()).toEqual(['`scheduleOffsetMinutes` (5) must be less than the interval (5 minutes).']);
    expect(onTile({ scheduleOffsetMinutes: 2.5 }).validate()).toEqual(['`scheduleOffsetMinutes` is 2.5; expected a whole number from 0 to 1439.']);
    expect(onTile({ scheduleOffsetMinutes: 1, scheduleStartAt: '2026-01-01T00:00:00Z' }).validate()).toEqual(['Set `scheduleStartAt` or a non-zero `scheduleOffsetMinutes`, not both.']);
    expect(onTile({ scheduleStartAt: '2026-01-30 10:00' }).validate()).toEqual(['`scheduleStartAt` is "2026-01-30 10:00"; expected an RFC 3339 time such as 2026-01-01T09:00:00Z.']);
    expect(onTile({ scheduleStartAt: '2026-02-30T10:00:00Z' }).validate()).toEqual(['`scheduleStartAt` is "2026-02-30T10:00:00Z"; expected an RFC 3339 time such as 2026-01-01T09:00:00Z.']);
    expect(onTile({ scheduleStartAt: '2028-02-29T23:59:59.5+01:00' }).validate()).toEqual([]);
    expect(onTile({ interval: '2m' as never }).validate()).toEqual([expect.stringMatching(/^`interval` is "2m"; expected one of "1m", "5m", /)]);
  });

  it('refuses no channel, more than 10, the same webhook twice, and more than one on Managed ClickStack', () => {
    expect(onTile({ channels: [] }).validate()).toEqual(['`channels` is empty; an alert notifies at least one channel.']);
    const eleven = Array.from({ length: 11 }, (_, i) => AlertChannel.webhook({ webhookId: `h${i}` }));
    expect(onTile({ channels: eleven }).validate()).toEqual(['`channels` has 11 channels; at most 10 are allowed.']);
    expect(onTile({ channels: [AlertChannel.webhook(hook), AlertChannel.webhook(hook)] }).validate()).toEqual(['`channels` names the same webhook more than once.']);
    expect(onTile({ channels: [AlertChannel.webhook(hook), AlertChannel.webhook({ webhookId: 'h2' })] }, 'cloud').validate()).toEqual([
      '`channels` has 2 channels; Managed ClickStack alerts have exactly one.',
    ]);
  });

  it('refuses email and the Cloud webhook settings on ClickStack OSS; email needs a recipient', () => {
    const channels = [AlertChannel.email('oncall@example.com'), AlertChannel.webhook(hook, { severity: 'critical' })];
    expect(onTile({ channels }, 'oss').validate()).toEqual([
      '`channels[0]` uses `email`, which exists only on Managed ClickStack; ClickStack OSS alerts notify webhooks.',
      '`channels[1]` uses `severity`, which exists only on Managed ClickStack; ClickStack OSS alerts notify webhooks.',
    ]);
    expect(onTile({ channels: [AlertChannel.email()] }, 'cloud').validate()).toEqual(['`channels[0]` emails nobody; give at least one recipient.']);
  });

  it('refuses empty texts and fewer than one consecutive window', () => {
    expect(onTile({ name: '', message: 'x'.repeat(4097), consecutiveWindows: 0 }).validate()).toEqual([
      '`name` must not be empty.',
      '`message` is 4097 characters long; at most 4096 are allowed.',
      '`consecutiveWindows` is 0; expected a whole number of at least 1.',
    ]);
  });
});
