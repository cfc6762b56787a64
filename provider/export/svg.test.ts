// Snapshots of the pictures: a fixed dashboard (ungrouped tiles, tabs, a collapsed container, names that need
// escaping and shortening, tile alerts) and a fixed plan (a dashboard updated, one created, one deleted, alerts kept,
// replaced and deleted). A change to how pictures look shows here as a snapshot difference to review.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { picturesOf } from './preview-inputs';

const fixture = (name: string) => join(__dirname, '..', '..', 'test', 'fixtures', 'export', name);
const noStdin = () => {
  throw new Error('no stdin in this test');
};

/** The alert badges of a picture, in drawing order (the legend's sample has no count). */
const badges = (svg: string) =>
  [...svg.matchAll(/<g class="alerts( lost)?"><title>(.*?)<\/title>\n<circle[^>]*\/>\n<text[^>]*>(\d+)<\/text>/g)].map(([, lost, title, count]) => ({ lost: lost !== undefined, count, title }));

describe('pictures', () => {
  it('of a fixed dashboard', () => {
    const [picture] = picturesOf(fixture('dashboard.json'), noStdin);
    expect(picture.file).toBe('clickstack_dashboard.checkout.svg');
    expect(picture.svg).toContain('<title>Dashboard layout: Checkout &lt;prod&gt; &amp; &quot;staging&quot;</title>');
    expect(picture.svg).toContain('>A tile whose title i…<');
    // Two alerts on "Orders per minute", none from another dashboard on the tile of the same id here.
    expect(picture.svg).toContain('2 alerts (badges) on a 24-column grid');
    expect(badges(picture.svg)).toEqual([{ lost: false, count: '2', title: 'Alerts: Orders dip; Orders spike' }]);
    expect(picture.svg).toMatchSnapshot();
  });

  it('of a fixed plan: one per dashboard created, updated or deleted; before and after with the changes outlined', () => {
    const pictures = picturesOf(fixture('plan.json'), noStdin);
    expect(pictures.map((picture) => picture.file)).toEqual([
      'clickstack_dashboard.main.svg',
      'clickstack_dashboard.new.svg',
      'module.legacy.clickstack_dashboard.old.svg',
    ]);
    const [updated, created, deleted] = pictures.map((picture) => picture.svg);
    for (const legend of ['added: 1', 'removed: 1', 'moved or resized: 1', 'changed: 1', 'alerts deleted or replaced: 1']) expect(updated).toContain(legend);
    // Before: the kept alert on "Errors", and the replaced one on the removed tile; after: the kept one, and the new one
    // on the added tile, found by its configuration's reference while the tile's id is unknown.
    expect(badges(updated)).toEqual([
      { lost: false, count: '1', title: 'Alerts: Error spike' },
      { lost: true, count: '1', title: 'Alerts: Runbook &lt;changed&gt; (deleted or replaced)' },
      { lost: false, count: '1', title: 'Alerts: Error spike' },
      { lost: false, count: '1', title: 'Alerts: Runbook &lt;changed&gt;' },
    ]);
    expect(badges(deleted)).toEqual([{ lost: true, count: '1', title: 'Alerts: Legacy (deleted or replaced)' }]);
    expect(deleted).toContain('alerts deleted or replaced: 1');
    expect(created).toContain('Before: does not exist');
    expect(created).toContain('added: 1');
    expect(deleted).toContain('After: deleted');
    expect(deleted).toContain('removed: 1');
    expect(updated).toMatchSnapshot();
  });

  it('of a Terraform JSON configuration (cdk.tf.json): alerts on the tiles their `tile_id` references name, by key or as a list element', () => {
    const tile = (name: string, x: number, key?: string) => ({ ...(key ? { key } : {}), name, x, y: 0, w: 4, h: 2 });
    const alert = (name: string, tileId: string) => ({ name, dashboard_id: '${clickstack_dashboard.health.id}', tile_id: tileId });
    const config = {
      resource: {
        clickstack_dashboard: { health: { name: 'Health', line_tiles: [tile('Errors', 0, 'errors'), tile('Errors', 4), tile('Quiet', 8)] }, other: { name: 'Other', line_tiles: [tile('Errors', 0, 'errors')] } },
        clickstack_alert: {
          keyed: alert('By key', '${clickstack_dashboard.health.tile_ids["errors"]}'),
          listed: alert('By element', '${clickstack_dashboard.health.line_tiles[1].id}'),
        },
      },
    };
    const [health, other] = picturesOf('-', () => JSON.stringify(config));
    expect(badges(health.svg)).toEqual([
      { lost: false, count: '1', title: 'Alerts: By key' },
      { lost: false, count: '1', title: 'Alerts: By element' },
    ]);
    expect(badges(other.svg)).toEqual([]);
  });

  it('reads standard input as well', () => {
    const pictures = picturesOf('-', () => readFileSync(fixture('plan.json'), 'utf8'));
    expect(pictures).toHaveLength(3);
  });
});
