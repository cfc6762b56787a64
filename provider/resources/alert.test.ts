// clickstack_alert, unit: validation, plan (replacement when leaving a tile, server-owned attributes) and API bodies.
import type { ClickStackClient } from '../client';
import type { Alert } from '../client/models/alerts';
import { SEED_IDS } from '../../emulator';
import { type TfObject, Unknown } from '../runtime/types';
import { alertFromApi, alertToApi, needsOffsetAfterClearing } from './alert';
import { clickstackHarness } from '../../test/support/clickstack';
import { differences } from '../../test/support/terraform-rules';
import { channel, onSearch } from '../../test/support/alerts';

describe('clickstack_alert, unit', () => {
  const lifecycle = clickstackHarness(() => undefined).resource('clickstack_alert');
  const problems = async (config: TfObject) => (await lifecycle.plan(null, config)).diagnostics.map((d) => [d.summary, d.path]);

  it.each([
    ['no target', onSearch({ saved_search_id: null }), [['Invalid alert target', undefined]]],
    ['both targets', onSearch({ dashboard_id: 'd', tile_id: 't' }), [['Invalid alert target', ['saved_search_id']]]],
    ['a dashboard without a tile', onSearch({ saved_search_id: null, dashboard_id: 'd' }), [['Invalid alert target', ['tile_id']]]],
    ['group_by on a tile alert', onSearch({ saved_search_id: null, dashboard_id: 'd', tile_id: 't', group_by: 'x' }), [['Invalid alert target', ['group_by']]]],
    ['a range without its maximum', onSearch({ threshold_type: 'between' }), [['Invalid threshold', ['threshold_max']]]],
    ['a maximum below the threshold', onSearch({ threshold_type: 'not_between', threshold_max: 1 }), [['Invalid threshold', ['threshold_max']]]],
    ['a maximum without a range', onSearch({ threshold_max: 10 }), [['Invalid threshold', ['threshold_max']]]],
    ['an offset as long as the interval', onSearch({ schedule_offset_minutes: 5 }), [['Invalid schedule', ['schedule_offset_minutes']]]],
    ['a start time that is not RFC 3339', onSearch({ schedule_start_at: '2026-01-01 00:00' }), [['Invalid attribute value', ['schedule_start_at']]]],
    ['a start time on a day that does not exist', onSearch({ schedule_start_at: '2026-13-01T00:00:00Z' }), [['Invalid attribute value', ['schedule_start_at']]]],
    ['a start time and an offset', onSearch({ schedule_start_at: '2026-01-01T00:00:00Z', schedule_offset_minutes: 2 }), [['Invalid schedule', ['schedule_offset_minutes']]]],
    ['a channel with both kinds', onSearch({ channels: [channel({ webhook_id: 'w', email_recipients: ['a@b.c'] })] }), [['Invalid channel', ['channels', 0, 'email_recipients']]]],
    ['a channel with neither', onSearch({ channels: [channel({})] }), [['Invalid channel', ['channels', 0]]]],
    ['webhook settings on an email channel', onSearch({ channels: [channel({ email_recipients: ['a@b.c'], severity: 'info' })] }), [['Invalid channel', ['channels', 0, 'severity']]]],
    ['a webhook twice', onSearch({ channels: [channel({ webhook_id: 'w' }), channel({ webhook_id: 'w' })] }), [['Invalid channel', ['channels', 1, 'webhook_id']]]],
    ['eleven channels', onSearch({ channels: Array.from({ length: 11 }, (_, i) => channel({ webhook_id: `w${i}` })) }), [['Invalid attribute value', ['channels']]]],
    ['an unknown interval', onSearch({ interval: '7m' }), [['Invalid attribute value', ['interval']]]],
  ])('refuses %s, at the attribute', async (_name, config, expected) => {
    expect(await problems(config)).toEqual(expected);
  });

  it('accepts a valid range, schedule and email channel without a client', async () => {
    expect(await problems(onSearch({ threshold_type: 'between', threshold_max: 5, schedule_start_at: '2026-01-01T00:00:00Z' }))).toEqual([]);
  });

  it('refuses channel settings of the other flavor when the client is known, naming the attribute', async () => {
    const on = (flavor: 'oss' | 'cloud') => clickstackHarness(() => ({ flavor }) as ClickStackClient).resource('clickstack_alert');
    const email = onSearch({ channels: [channel({ email_recipients: ['oncall@example.com'] })] });
    expect((await on('oss').plan(null, email)).diagnostics.map((d) => [d.summary, d.path])).toEqual([
      ['Not available on ClickStack OSS', ['channels', 0, 'email_recipients']],
    ]);
    const two = onSearch({ channels: [channel({ webhook_id: 'a' }), channel({ webhook_id: 'b' })] });
    expect((await on('cloud').plan(null, two)).diagnostics.map((d) => [d.summary, d.path])).toEqual([['Not available on Managed ClickStack', ['channels']]]);
    expect((await on('cloud').plan(null, email)).diagnostics).toEqual([]);
  });

  it("keeps the prior state's spelling of the same start time, and plans server-owned attributes unknown on a change", async () => {
    const prior = { ...onSearch({ schedule_start_at: '2026-01-01T00:00:00.000Z' }), id: 'a1', schedule_offset_minutes: 0, state: 'OK', execution_errors: [] };
    const same = await lifecycle.plan(prior, onSearch({ schedule_start_at: '2026-01-01T00:00:00Z' }));
    expect(differences(prior, same.planned!)).toEqual([]);
    const changed = await lifecycle.plan(prior, onSearch({ schedule_start_at: '2026-01-01T00:00:00Z', threshold: 6 }));
    expect(differences(prior, changed.planned!)).toEqual([
      '.threshold: 5 -> 6',
      '.state: "OK" -> (known after apply)',
      '.silenced: null -> (known after apply)',
      '.execution_errors: [] -> (known after apply)',
    ]);
  });

  it('is replaced when it leaves its tile (a new tile id, another dashboard, a saved search), updated in place when it moves onto one', async () => {
    const prior = { ...onSearch({ saved_search_id: null, dashboard_id: 'd1', tile_id: 't1' }), id: 'a1', schedule_offset_minutes: 0, state: 'OK', execution_errors: [] };
    const onTile = (extra: { [name: string]: unknown }) => onSearch({ saved_search_id: null, dashboard_id: 'd1', tile_id: 't1', ...extra });
    const replaced = async (config: TfObject, from: TfObject = prior) => (await lifecycle.plan(from, config)).requiresReplace;
    expect(await replaced(onTile({ tile_id: 't2' }))).toEqual([['tile_id']]);
    expect(await replaced(onTile({ tile_id: new Unknown() }))).toEqual([['tile_id']]);
    expect(await replaced(onTile({ dashboard_id: 'd2', tile_id: 't2' }))).toEqual([['dashboard_id'], ['tile_id']]);
    expect(await replaced(onSearch())).toEqual([['dashboard_id'], ['tile_id']]);
    expect(await replaced(onTile({ threshold: 6 }))).toEqual([]);
    expect(await replaced(onTile({}), { ...prior, dashboard_id: null, tile_id: null, saved_search_id: 's1' })).toEqual([]);
  });

  describe('the API body', () => {
    const current = (fields: Partial<Alert>): Alert => ({ id: 'a1', source: 'saved_search', threshold: 5, thresholdType: 'above', interval: '5m', ...fields });

    it('sends thresholdMax only for ranges, and omits unset optionals so that PUT nulls them', () => {
      const body = alertToApi(onSearch({}), 'oss');
      expect(body).toEqual({
        source: 'saved_search', savedSearchId: 's1', threshold: 5, thresholdType: 'above', interval: '5m',
        channel: { type: 'webhook', webhookId: SEED_IDS.webhook }, channels: [{ type: 'webhook', webhookId: SEED_IDS.webhook }],
      });
      expect(alertToApi(onSearch({ threshold_type: 'between', threshold_max: 9 }), 'cloud')).toMatchObject({ thresholdMax: 9 });
      expect(alertToApi(onSearch({}), 'cloud')).not.toHaveProperty('channels');
    });

    it('clears a stored groupBy with "" (null is refused) and a stored start time with null', () => {
      const body = alertToApi(onSearch({ schedule_offset_minutes: 0 }), 'oss', current({ groupBy: 'ServiceName', scheduleStartAt: '2026-01-01T00:00:00.000Z' }));
      expect(body).toMatchObject({ groupBy: '', scheduleStartAt: null });
      expect(body).not.toHaveProperty('scheduleOffsetMinutes');
    });

    it('sets the offset explicitly on update, zeroes a stale one beside a start time, and needs a second PUT after clearing a start time', () => {
      expect(alertToApi(onSearch({ schedule_offset_minutes: 0 }), 'oss', current({ scheduleOffsetMinutes: 3 }))).toMatchObject({ scheduleOffsetMinutes: 0 });
      const anchored = alertToApi(onSearch({ schedule_start_at: '2026-01-01T00:00:00Z', schedule_offset_minutes: 0 }), 'oss', current({ scheduleOffsetMinutes: 3 }));
      expect(anchored).toMatchObject({ scheduleStartAt: '2026-01-01T00:00:00Z', scheduleOffsetMinutes: 0 });
      const planned = onSearch({ schedule_offset_minutes: 2 });
      const body = alertToApi(planned, 'oss', current({ scheduleStartAt: '2026-01-01T00:00:00.000Z' }));
      expect(needsOffsetAfterClearing(body, planned)).toBe(true);
      expect(needsOffsetAfterClearing(alertToApi(planned, 'oss', current({})), planned)).toBe(false);
    });

    it('reads what the server keeps but no longer uses as unset', () => {
      const state = alertFromApi(current({ thresholdMax: 10, groupBy: '', scheduleOffsetMinutes: undefined, channel: { type: 'email', emailRecipients: ['a@b.c'] } }), null);
      expect(state).toMatchObject({ threshold_max: null, group_by: null, schedule_offset_minutes: 0, execution_errors: [] });
      expect(state.channels).toEqual([{ webhook_id: null, email_recipients: ['a@b.c'], webhook_service: null, slack_channel_id: null, severity: null }]);
    });
  });
});
