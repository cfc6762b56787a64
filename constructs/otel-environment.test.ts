import { TerraformVariable } from 'cdktf';
import { synth, synthError } from '../test/support/cdktf';
import { ClickStackEnvironment } from './environment';
import { OtelEnvironment } from './otel-environment';

describe('OtelEnvironment', () => {
  it('makes the connection with a write-only password reference, and three sources on it linked both ways', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      const password = new TerraformVariable(stack, 'clickhouse_password', { type: 'string', sensitive: true });
      new OtelEnvironment(stack, 'otel', { clickhouse: { host: 'http://clickhouse:8123', username: 'hyperdx', password } });
    });
    const connection = Object.values(json.resource.clickstack_connection as Record<string, any>);
    expect(connection).toHaveLength(1);
    expect(connection[0]).toMatchObject({ name: 'ClickHouse', host: 'http://clickhouse:8123', username: 'hyperdx', password: '${var.clickhouse_password}', password_version: '1' });
    const sources = Object.values(json.resource.clickstack_source as Record<string, any>);
    expect(sources.map((source) => [source.name, source.kind, source.table ?? null])).toEqual([
      ['Logs', 'log', 'otel_logs'],
      ['Metrics', 'metric', null],
      ['Traces', 'trace', 'otel_traces'],
    ]);
    for (const source of sources) expect(source.connection_id).toMatch(/^\$\{clickstack_connection\.otel_connection_[A-Z0-9]+\.id\}$/);
    const links = Object.values(json.resource.clickstack_source_links as Record<string, any>);
    const ref = (name: string) => expect.stringMatching(new RegExp(`^\\$\\{clickstack_source\\.otel_${name}_[A-Z0-9]+\\.id\\}$`));
    expect(links).toEqual([
      expect.objectContaining({ source_id: ref('logs'), trace_source_id: ref('traces'), metric_source_id: ref('metrics') }),
      expect.objectContaining({ source_id: ref('metrics'), log_source_id: ref('logs') }),
      expect.objectContaining({ source_id: ref('traces'), log_source_id: ref('logs'), metric_source_id: ref('metrics') }),
    ]);
  });

  it('takes an existing connection instead (Managed ClickStack), with other source names', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'cloud' });
      new OtelEnvironment(stack, 'otel', { connectionId: 'c1', database: 'otel', sourceNames: { logs: 'App logs' } });
    });
    expect(json.resource.clickstack_connection).toBeUndefined();
    const sources = Object.values(json.resource.clickstack_source as Record<string, any>);
    expect(sources.map((source) => [source.name, source.connection_id, source.database])).toEqual([
      ['App logs', 'c1', 'otel'],
      ['Metrics', 'c1', 'otel'],
      ['Traces', 'c1', 'otel'],
    ]);
  });

  it('fails synth for a password in plain text, and for a connection to make on Managed ClickStack', () => {
    const error = synthError((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'cloud' });
      new OtelEnvironment(stack, 'otel', { clickhouse: { host: 'h', username: 'u', password: 'hunter2' as never } });
    });
    expect(error).toContain('`clickhouse.password` must be a sensitive TerraformVariable, not a string');
    expect(error).toContain("Managed ClickStack has no connections to make (ClickHouse Cloud owns the service's): give `connectionId` instead of `clickhouse`.");
  });

  it('refuses neither or both of clickhouse and connectionId', () => {
    expect(() => synth((stack) => { new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' }); new OtelEnvironment(stack, 'otel', {}); })).toThrow('give `clickhouse` (a connection to make) or `connectionId` (an existing one)');
  });
});
