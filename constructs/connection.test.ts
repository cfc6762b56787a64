import { TerraformVariable } from 'cdktf';
import { synth, synthError } from '../test/support/cdktf';
import { Connection } from './connection';
import { ClickStackEnvironment } from './environment';

describe('Connection', () => {
  it('synthesizes a clickstack_connection whose password is a variable reference, never a value', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      const password = new TerraformVariable(stack, 'clickhouse_password', { type: 'string', sensitive: true });
      new Connection(stack, 'warehouse', { name: 'Warehouse', host: 'http://clickhouse:8123', username: 'hyperdx', password, passwordVersion: '1', hyperdxSettingPrefix: 'hdx' });
    });
    expect(json.resource).toMatchSnapshot();
    expect(json.resource.clickstack_connection.warehouse.password).toBe('${var.clickhouse_password}');
  });

  it('fails synth for a password that is not a sensitive variable, a bad prefix, and on Managed ClickStack', () => {
    const error = synthError((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'cloud' });
      const plain = new TerraformVariable(stack, 'plain', { type: 'string' });
      new Connection(stack, 'warehouse', { name: '', host: 'http://clickhouse:8123', username: 'u', password: plain, hyperdxSettingPrefix: 'has-dash' });
    });
    expect(error).toContain('[stack/warehouse] A Connection exists on ClickStack OSS only');
    expect(error).toContain('[stack/warehouse] `name` must not be empty.');
    expect(error).toContain('[stack/warehouse] `password` must be a TerraformVariable declared with `sensitive: true`.');
    expect(error).toContain('[stack/warehouse] `hyperdxSettingPrefix` is "has-dash"; expected letters, digits and `_` only.');
  });

  it('refuses a password given as a string', () => {
    const error = synthError((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      new Connection(stack, 'warehouse', { name: 'W', host: 'h', username: 'u', password: 'literal' as never });
    });
    expect(error).toContain('`password` must be a sensitive TerraformVariable, not a string');
  });
});

describe('Connection.fromName', () => {
  it('looks the connection up by name in the environment of its scope', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      expect(Connection.fromName(stack, 'local', { name: 'Local ClickHouse' }).connectionId).toContain('TfToken');
    });
    expect(json.data.clickstack_connection.local).toMatchObject({ name: 'Local ClickHouse' });
  });

  it('fails synth on Managed ClickStack', () => {
    const error = synthError((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'cloud' });
      Connection.fromName(stack, 'local', { name: 'Local ClickHouse' });
    });
    expect(error).toContain('[stack/local] Connection.fromName exists on ClickStack OSS only');
  });
});
