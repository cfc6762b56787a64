import { ConnectionDefinition } from './connection-definition';

const password = { sensitive: true, stringValue: '${TfToken[TOKEN.1]}' };

describe('ConnectionDefinition', () => {
  it('maps to the configuration with the password as its reference, and leaves unset props out', () => {
    const definition = new ConnectionDefinition({ name: 'W', host: 'http://h:8123', username: 'u', password, passwordVersion: '2' }, 'oss');
    expect(definition.validate()).toEqual([]);
    expect(definition.toConfig()).toEqual({ name: 'W', host: 'http://h:8123', username: 'u', password: '${TfToken[TOKEN.1]}', passwordVersion: '2', hyperdxSettingPrefix: undefined, isPrometheusEndpoint: undefined });
  });

  it('lets a prefix that is a token pass, and checks it only when known; without a known flavor, checks nothing of the flavor', () => {
    expect(new ConnectionDefinition({ name: 'W', host: 'h', username: 'u', hyperdxSettingPrefix: '${TfToken[TOKEN.2]}' }).validate()).toEqual([]);
    expect(new ConnectionDefinition({ name: 'W', host: 'h', username: 'u', hyperdxSettingPrefix: 'a b' }).validate()).toEqual([
      '`hyperdxSettingPrefix` is "a b"; expected letters, digits and `_` only.',
    ]);
  });

  it('refuses a password variable with a default, which cdktf would write into cdk.tf.json', () => {
    expect(new ConnectionDefinition({ name: 'W', host: 'h', username: 'u', password: { ...password, default: 'x' } }, 'oss').validate()).toEqual([
      expect.stringContaining('`password` is a TerraformVariable with a `default`'),
    ]);
  });
});
