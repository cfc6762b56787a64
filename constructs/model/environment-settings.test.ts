import { EnvironmentSettings } from './environment-settings';

const variable = { sensitive: true, stringValue: '${var.key}' };

describe('EnvironmentSettings flavor', () => {
  it('is the explicit flavor, else the flavor of the settings given, else the one whose variables are set at synth', () => {
    expect(new EnvironmentSettings({ flavor: 'cloud' }, { CLICKSTACK_ENDPOINT: 'http://x' }).flavor).toBe('cloud');
    expect(new EnvironmentSettings({ endpoint: 'http://x' }, { CLICKHOUSE_ORG_ID: 'o' }).flavor).toBe('oss');
    expect(new EnvironmentSettings({ serviceId: 's', apiKeySecret: variable }, {}).flavor).toBe('cloud');
    expect(new EnvironmentSettings({}, { CLICKHOUSE_CLOUD_API_SECRET: 's' }).flavor).toBe('cloud');
    expect(new EnvironmentSettings({}, { CLICKSTACK_API_KEY: 'k', CLICKSTACK_TEAM: '' }).flavor).toBe('oss');
  });

  it('cannot be told from settings of both flavors, or variables of both, or nothing', () => {
    const fromProps = new EnvironmentSettings({ endpoint: 'http://x', organizationId: 'o' }, {});
    expect(fromProps.flavor).toBeUndefined();
    expect(fromProps.validate()).toEqual(['Settings of both flavors are present: ClickStack OSS: `endpoint`; Managed ClickStack (cloud): `organizationId`.']);

    const fromEnv = new EnvironmentSettings({}, { CLICKSTACK_ENDPOINT: 'http://x', CLICKHOUSE_ORG_ID: 'o', CLICKHOUSE_CLOUD_API_KEY: 'k' });
    expect(fromEnv.validate()).toEqual([
      'Settings of both flavors are present: ClickStack OSS: CLICKSTACK_ENDPOINT; Managed ClickStack (cloud): CLICKHOUSE_ORG_ID, CLICKHOUSE_CLOUD_API_KEY. ' +
        'Set `flavor`, or the variables of one flavor only.',
    ]);

    expect(new EnvironmentSettings({}, {}).validate()).toEqual([expect.stringMatching(/^The flavor cannot be told: set `flavor`/)]);
  });

  it('refuses settings of the other flavor than the explicit one', () => {
    expect(new EnvironmentSettings({ flavor: 'oss', endpoint: 'http://x', serviceId: 's', apiUrl: 'https://api' }, {}).validate()).toEqual([
      '`serviceId` is a Managed ClickStack (cloud) setting; this environment is ClickStack OSS.',
      '`apiUrl` is a Managed ClickStack (cloud) setting; this environment is ClickStack OSS.',
    ]);
  });
});

describe('EnvironmentSettings', () => {
  it('accepts an alias that Terraform accepts, and names one it refuses', () => {
    expect(new EnvironmentSettings({ flavor: 'oss', alias: 'prod_eu-1' }, {}).validate()).toEqual([]);
    expect(new EnvironmentSettings({ flavor: 'oss', alias: '1prod' }, {}).validate()).toEqual([
      '`alias` is "1prod"; a provider alias starts with a letter or `_` and holds letters, digits, `_` and `-`.',
    ]);
  });

  it('writes secrets as their references and leaves out what is not set', () => {
    const settings = new EnvironmentSettings({ endpoint: 'http://x', apiKey: variable, rateLimit: { requests: 5, windowSeconds: 1 }, serverValidation: false }, {});
    expect(settings.validate()).toEqual([]);
    expect(settings.toConfig()).toEqual({ endpoint: 'http://x', apiKey: '${var.key}', rateLimit: { requests: 5, windowSeconds: 1 }, serverValidation: false });
  });

  it('passes the TLS and proxy settings to the provider', () => {
    const network = { caCertificates: '/etc/company-ca.pem', clientCertificate: 'c.pem', clientKey: 'k.pem', insecureSkipVerify: false, proxyUrl: 'http://proxy:3128' };
    expect(new EnvironmentSettings({ endpoint: 'https://x', ...network }, {}).toConfig()).toEqual({ endpoint: 'https://x', ...network });
  });
});
