import { secretProblems } from './secret';

describe('secretProblems', () => {
  it('accepts a sensitive reference without a default', () => {
    expect(secretProblems('apiKey', { sensitive: true, stringValue: '${var.key}' })).toEqual([]);
  });

  it('refuses a string, a reference that is not sensitive, and one with a default', () => {
    expect(secretProblems('apiKey', 'abc')).toEqual([
      '`apiKey` must be a sensitive TerraformVariable, not a string: cdktf writes strings into cdk.tf.json in plain text.',
    ]);
    expect(secretProblems('apiKey', { stringValue: '${var.key}', default: 'abc' })).toEqual([
      '`apiKey` must be a TerraformVariable declared with `sensitive: true`.',
      '`apiKey` is a TerraformVariable with a `default`, which cdktf writes into cdk.tf.json: leave the default out and set TF_VAR_<name>.',
    ]);
  });
});
