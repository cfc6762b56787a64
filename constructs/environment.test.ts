import { TerraformStack, TerraformVariable } from 'cdktf';
import { synth, synthError, withEnv } from '../test/support/cdktf';
import { ClickStackEnvironment } from './environment';
import { Webhook } from './webhook';

const secret = (stack: TerraformStack, id: string) => new TerraformVariable(stack, id, { type: 'string', sensitive: true });

/** No provider variables from the developer's shell: the flavor must come from the props. */
const CLEAN_ENV = Object.fromEntries(
  ['CLICKSTACK_ENDPOINT', 'CLICKSTACK_API_KEY', 'CLICKSTACK_TEAM', 'CLICKHOUSE_ORG_ID', 'CLICKSTACK_SERVICE_ID', 'CLICKHOUSE_CLOUD_API_KEY', 'CLICKHOUSE_CLOUD_API_SECRET', 'CLICKHOUSE_API_URL'].map((name) => [name, undefined]),
);

describe('ClickStackEnvironment', () => {
  it('configures the provider for OSS with the key as a sensitive variable reference', () => {
    const json = synth((stack) => new ClickStackEnvironment(stack, 'dev', { endpoint: 'http://localhost:8000', apiKey: secret(stack, 'dev_api_key') }));
    expect(json.provider).toMatchSnapshot();
    expect(json.variable).toEqual({ dev_api_key: { sensitive: true, type: 'string' } });
    expect(json.terraform.required_providers).toEqual({ clickstack: { source: 'registry.terraform.io/clickstack-iac/clickstack', version: '0.1.0' } });
  });

  it('configures the provider for Managed ClickStack, with the client knobs', () => {
    const json = synth(
      (stack) =>
        new ClickStackEnvironment(stack, 'prod', {
          organizationId: 'org',
          serviceId: 'svc',
          apiKeyId: 'key',
          apiKeySecret: secret(stack, 'prod_key_secret'),
          timeoutSeconds: 10,
          maxRetries: 2,
          rateLimit: { requests: 10, windowSeconds: 10 },
        }),
    );
    expect(json.provider).toMatchSnapshot();
  });

  it('leaves every setting to the provider\'s environment variables when none is given (the flavor comes from them at synth)', () => {
    const env = new Map<string, string | undefined>();
    const json = withEnv({ ...CLEAN_ENV, CLICKSTACK_ENDPOINT: 'http://x', CLICKSTACK_API_KEY: 'k' }, () =>
      synth((stack) => env.set('flavor', new ClickStackEnvironment(stack, 'clickstack').flavor)),
    );
    expect(env.get('flavor')).toBe('oss');
    expect(json.provider).toEqual({ clickstack: [{}] });
  });

  it('keeps several environments in one stack apart by alias; each construct uses its own environment\'s provider', () => {
    const json = synth((stack) => {
      for (const [name, endpoint] of [['dev', 'http://dev:8000'], ['staging', 'http://staging:8000']]) {
        const environment = new ClickStackEnvironment(stack, name, { alias: name, endpoint, apiKey: secret(stack, `${name}_api_key`) });
        new Webhook(environment, 'alerts', { name: 'Alerts', service: 'generic', url: `https://hooks.example.com/${name}` });
      }
    });
    expect(json.provider).toMatchSnapshot();
    expect(Object.values(json.resource.clickstack_webhook).map((webhook: any) => webhook.provider)).toEqual(['clickstack.dev', 'clickstack.staging']);
  });

  it('fails synth, naming the environment, when two environments of a stack share a provider configuration', () => {
    const error = synthError((stack) => {
      new ClickStackEnvironment(stack, 'a', { flavor: 'oss' });
      new ClickStackEnvironment(stack, 'b', { flavor: 'oss' });
      new ClickStackEnvironment(stack, 'c', { flavor: 'oss', alias: 'x' });
      new ClickStackEnvironment(stack, 'd', { flavor: 'oss', alias: 'x' });
    });
    expect(error).toContain('[stack/a] Environment stack/b also uses the default provider configuration: give each environment of a stack its own `alias`.');
    expect(error).toContain('[stack/b] Environment stack/a also uses the default provider configuration');
    expect(error).toContain('[stack/c] Environment stack/d uses the same `alias` "x": give each environment of a stack its own.');
  });

  it('fails synth, naming the environment, on a secret given as a string or a variable that is not sensitive or has a default', () => {
    const error = synthError((stack) => {
      new ClickStackEnvironment(stack, 'literal', { apiKey: 'abc' as never, endpoint: 'http://x' });
      new ClickStackEnvironment(stack, 'plain', { alias: 'plain', apiKey: new TerraformVariable(stack, 'plain_key', { type: 'string' }), endpoint: 'http://x' });
      new ClickStackEnvironment(stack, 'defaulted', {
        alias: 'defaulted',
        organizationId: 'o',
        apiKeySecret: new TerraformVariable(stack, 'defaulted_secret', { type: 'string', sensitive: true, default: 's3cr3t' }),
      });
    });
    expect(error).toContain('[stack/literal] `apiKey` must be a sensitive TerraformVariable, not a string: cdktf writes strings into cdk.tf.json in plain text.');
    expect(error).toContain('[stack/plain] `apiKey` must be a TerraformVariable declared with `sensitive: true`.');
    expect(error).toContain('[stack/defaulted] `apiKeySecret` is a TerraformVariable with a `default`, which cdktf writes into cdk.tf.json');
  });

  it('fails synth when the app writes HCL, whose nested-attribute blocks Terraform rejects', () => {
    for (const setting of ['true', '1']) {
      const error = withEnv({ SYNTH_HCL_OUTPUT: setting }, () => synthError((stack) => new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' })));
      expect(error).toContain('[stack/clickstack] HCL synth (`cdktf synth --hcl`, SYNTH_HCL_OUTPUT) writes nested attributes such as dashboard tiles as blocks');
    }
  });

  it('fails synth when the flavor cannot be told', () => {
    const error = withEnv(CLEAN_ENV, () => synthError((stack) => new ClickStackEnvironment(stack, 'clickstack')));
    expect(error).toContain('[stack/clickstack] The flavor cannot be told: set `flavor` (`oss` or `cloud`)');
  });
});

describe('ClickStackEnvironment.of', () => {
  it('is the environment containing the construct, else the only one of its stack, else the one passed', () => {
    synth((stack) => {
      const dev = new ClickStackEnvironment(stack, 'dev', { flavor: 'oss', alias: 'dev' });
      const inside = new Webhook(dev, 'inside', { name: 'a', service: 'generic', url: 'https://a.example.com' });
      const outside = new Webhook(stack, 'outside', { name: 'b', service: 'generic', url: 'https://b.example.com' });
      expect(inside.environment).toBe(dev);
      expect(outside.environment).toBe(dev);
      const prod = new ClickStackEnvironment(stack, 'prod', { flavor: 'cloud', alias: 'prod' });
      expect(new Webhook(dev, 'explicit', { name: 'c', service: 'generic', url: 'https://c.example.com', environment: prod }).environment).toBe(prod);
    });
  });

  it('throws, naming the construct, when the stack has no environment or several and none encloses the construct', () => {
    const props = { name: 'a', service: 'generic', url: 'https://a.example.com' } as const;
    expect(() => synth((stack) => new Webhook(stack, 'orphan', props))).toThrow(
      'stack/orphan: stack stack has no ClickStackEnvironment; create one before the constructs that use it.',
    );
    expect(() =>
      synth((stack) => {
        new ClickStackEnvironment(stack, 'dev', { flavor: 'oss', alias: 'dev' });
        new ClickStackEnvironment(stack, 'prod', { flavor: 'oss', alias: 'prod' });
        new Webhook(stack, 'ambiguous', props);
      }),
    ).toThrow('stack/ambiguous: stack stack has several ClickStackEnvironments (stack/dev, stack/prod); create the construct inside one of them, or pass it as `environment`.');
  });

  it('refuses an environment of another stack', () => {
    expect(() =>
      synth((stack) => {
        const other = new TerraformStack(stack.node.scope!, 'other');
        const foreign = new ClickStackEnvironment(other, 'dev', { flavor: 'oss' });
        new ClickStackEnvironment(stack, 'local', { flavor: 'oss' });
        new Webhook(stack, 'hook', { name: 'a', service: 'generic', url: 'https://a.example.com', environment: foreign });
      }),
    ).toThrow('stack/hook: environment other/dev belongs to another stack; a construct can only use an environment of its own stack.');
  });
});
