// Snapshots of the pictures: a fixed dashboard (ungrouped tiles, tabs, a collapsed container, names that need
// escaping and shortening) and a fixed plan (a dashboard updated, one created, one deleted). A change to how pictures
// look shows here as a snapshot difference to review.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { picturesOf } from './preview-inputs';

const fixture = (name: string) => join(__dirname, '..', '..', 'test', 'fixtures', 'export', name);
const noStdin = () => {
  throw new Error('no stdin in this test');
};

describe('pictures', () => {
  it('of a fixed dashboard', () => {
    const [picture] = picturesOf(fixture('dashboard.json'), noStdin);
    expect(picture.file).toBe('clickstack_dashboard.checkout.svg');
    expect(picture.svg).toContain('<title>Dashboard layout: Checkout &lt;prod&gt; &amp; &quot;staging&quot;</title>');
    expect(picture.svg).toContain('>A tile whose title i…<');
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
    for (const legend of ['added: 1', 'removed: 1', 'moved or resized: 1', 'changed: 1']) expect(updated).toContain(legend);
    expect(created).toContain('Before: does not exist');
    expect(created).toContain('added: 1');
    expect(deleted).toContain('After: deleted');
    expect(deleted).toContain('removed: 1');
    expect(updated).toMatchSnapshot();
  });

  it('reads standard input as well', () => {
    const pictures = picturesOf('-', () => readFileSync(fixture('plan.json'), 'utf8'));
    expect(pictures).toHaveLength(3);
  });
});
