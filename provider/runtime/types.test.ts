import { asObject, BigDecimal, indexedObjects, Unknown } from './types';

describe('asObject', () => {
  it('accepts only known objects', () => {
    expect(asObject({ a: 1 })).toEqual({ a: 1 });
    for (const other of [null, undefined, new Unknown(), [1], 'x', new BigDecimal('1')]) expect(asObject(other)).toBeUndefined();
  });
});

describe('indexedObjects', () => {
  it('lists the objects of a known list with their index, skipping what is not an object', () => {
    expect(indexedObjects([{ a: 1 }, null, { b: 2 }])).toEqual([[{ a: 1 }, 0], [{ b: 2 }, 2]]);
    for (const other of [null, undefined, new Unknown(), { a: 1 }]) expect(indexedObjects(other)).toEqual([]);
  });
});
