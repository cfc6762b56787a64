// Which dashboards and saved searches an export takes.
import { isEverything, selects } from './selection';

describe('selects', () => {
  const objects = [
    { name: 'Service health', tags: ['prod', 'team-a'] },
    { name: 'Checkout errors', tags: ['team-b'] },
    { name: 'Scratch' },
  ];
  const names = (tags: string[], patterns: string[]) => objects.filter(selects({ tags, names: patterns })).map((object) => object.name);

  it('takes everything when nothing is asked for', () => {
    expect(names([], [])).toEqual(['Service health', 'Checkout errors', 'Scratch']);
    expect(isEverything({ tags: [], names: [] })).toBe(true);
    expect(isEverything({ tags: ['x'], names: [] })).toBe(false);
  });

  it('takes objects with any of the tags', () => {
    expect(names(['team-b', 'prod'], [])).toEqual(['Service health', 'Checkout errors']);
  });

  it('matches names whole, case ignored, with * and ? as wildcards and other characters as themselves', () => {
    expect(names([], ['service HEALTH'])).toEqual(['Service health']);
    expect(names([], ['*errors', 'scr?tch'])).toEqual(['Checkout errors', 'Scratch']);
    expect(names([], ['Service'])).toEqual([]);
    expect(names([], ['(.*)'])).toEqual([]);
  });

  it('needs both a tag and a name when both are asked for', () => {
    expect(names(['team-a', 'team-b'], ['check*'])).toEqual(['Checkout errors']);
  });
});
