// Wire tests: data "clickstack_webhook" and "clickstack_webhooks" against the in-process emulator, both flavors.
import { SEED_IDS } from '../../emulator';
import { readDataSource } from '../../test/support/clickstack';
import { FLAVORS, useEmulator } from '../../test/support/emulator-clients';

const SEED_TIME = '2026-01-01T00:00:00.000Z';
const seededWebhook = {
  id: SEED_IDS.webhook,
  name: 'Alerts channel',
  service: 'generic',
  url: 'https://hooks.example.com/clickstack',
  description: 'Seeded generic webhook',
  body: '{"text":"{{title}}"}',
  created_at: SEED_TIME,
  updated_at: SEED_TIME,
};

describe.each(FLAVORS)('webhook data sources against the %s emulator', (flavor) => {
  const suite = useEmulator(flavor);
  /** A Slack webhook named like the seeded generic one: the name alone is ambiguous. */
  let slackTwin: string;

  beforeAll(async () => {
    slackTwin = (await suite.client.webhooks.create({ name: 'Alerts channel', service: 'slack', url: 'https://hooks.slack.com/services/T0/B0/secret' })).id;
  });

  describe('clickstack_webhook', () => {
    it('reads a webhook by id', async () => {
      expect(await readDataSource(suite.client, 'clickstack_webhook', { id: SEED_IDS.webhook })).toEqual({ state: seededWebhook, diagnostics: [] });
    });

    it('reads a webhook by name and service', async () => {
      const { state, diagnostics } = await readDataSource(suite.client, 'clickstack_webhook', { name: 'Alerts channel', service: 'slack' });
      expect(diagnostics).toEqual([]);
      expect(state).toMatchObject({ id: slackTwin, service: 'slack', url: 'https://hooks.slack.com/services/T0/B0/secret', body: null });
    });

    it('lists the candidates of an ambiguous name', async () => {
      expect((await readDataSource(suite.client, 'clickstack_webhook', { name: 'Alerts channel' })).diagnostics).toEqual([
        {
          severity: 'error',
          summary: 'Webhook lookup is ambiguous',
          detail:
            `2 webhooks have name "Alerts channel": "Alerts channel" (service generic, id ${SEED_IDS.webhook}), ` +
            `"Alerts channel" (service slack, id ${slackTwin}). Narrow the lookup with \`service\`, or look one up by \`id\`.`,
          path: ['name'],
        },
      ]);
    });

    it('lists every webhook when none matches', async () => {
      expect((await readDataSource(suite.client, 'clickstack_webhook', { name: 'Alerts channel', service: 'incidentio' })).diagnostics).toEqual([
        {
          severity: 'error',
          summary: 'Webhook not found',
          detail:
            'No webhook has name "Alerts channel" and service "incidentio". Webhooks: ' +
            `"Alerts channel" (service generic, id ${SEED_IDS.webhook}), "Alerts channel" (service slack, id ${slackTwin}).`,
          path: ['name'],
        },
      ]);
    });

    it('reports an id no webhook has', async () => {
      expect((await readDataSource(suite.client, 'clickstack_webhook', { id: '64f0000000000000000000ff' })).diagnostics).toEqual([
        { severity: 'error', summary: 'Webhook not found', detail: 'No webhook has the id "64f0000000000000000000ff".', path: ['id'] },
      ]);
    });
  });

  describe('clickstack_webhooks', () => {
    it('lists every webhook', async () => {
      const { state } = await readDataSource(suite.client, 'clickstack_webhooks', {});
      expect(state).toEqual({ service: null, webhooks: [seededWebhook, expect.objectContaining({ id: slackTwin })] });
    });

    it('lists the webhooks of one service', async () => {
      expect(await readDataSource(suite.client, 'clickstack_webhooks', { service: 'generic' })).toEqual({
        state: { service: 'generic', webhooks: [seededWebhook] },
        diagnostics: [],
      });
    });
  });
});
