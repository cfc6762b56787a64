import { PLACE } from '../../test/support/tile-place';
import { MarkdownTile } from './markdown-tile';

describe('MarkdownTile', () => {
  it('maps its key, title, place and text onto an element of `markdownTiles` and refers to no source', () => {
    const tile = new MarkdownTile('about', { title: 'About', text: '**Owned by** the platform team.' });
    expect(tile.toConfig({ ...PLACE, containerId: 'team', tabId: 'notes' })).toEqual({
      markdownTiles: [{ key: 'about', name: 'About', ...PLACE, containerId: 'team', tabId: 'notes', text: '**Owned by** the platform team.' }],
    });
    expect(tile.sources()).toEqual([]);
  });

  it('refuses text over 50,000 characters', () => {
    expect(new MarkdownTile('about', { text: 'x'.repeat(50001) }).validate()).toEqual(['`text` is 50001 characters long; at most 50000 are allowed.']);
  });
});
