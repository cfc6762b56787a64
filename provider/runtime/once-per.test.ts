import { oncePer } from './once-per';

it('derives once per key object, and again for another key', () => {
  const calls: object[] = [];
  const keysOf = oncePer((object: object) => {
    calls.push(object);
    return Object.keys(object);
  });
  const [a, b] = [{ x: 1 }, { y: 2, z: 3 }];
  expect(keysOf(a)).toEqual(['x']);
  expect(keysOf(a)).toBe(keysOf(a));
  expect(keysOf(b)).toEqual(['y', 'z']);
  expect(calls).toEqual([a, b]);
});
