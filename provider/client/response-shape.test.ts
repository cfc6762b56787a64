import { dashboardShape } from './models/dashboards';
import { boolean, checkShape, either, finiteNumber, id, list, object, optional, record, type Shape, ShapeProblem, text } from './response-shape';

function problemOf(shape: Shape, value: unknown): string | undefined {
  try {
    checkShape(shape, value);
    return undefined;
  } catch (error) {
    if (error instanceof ShapeProblem) return error.message;
    throw error;
  }
}

describe('response shapes', () => {
  const thing = object({ id, name: text, size: optional(finiteNumber), tags: optional(list(text)), on: optional(boolean) });

  it('passes a conforming document, with fields the shape does not name', () => {
    expect(problemOf(thing, { id: '64f0000000000000000000a1', name: 'n', size: 2, tags: ['a'], on: true, newer: { anything: 1 } })).toBeUndefined();
    expect(problemOf(thing, { id: 'a1b2c3d4-e5f6-4789-8abc-def012345678', name: '', size: null })).toBeUndefined();
  });

  it.each<[string, unknown, string]>([
    ['nothing at all', undefined, 'expected an object, got nothing'],
    ['a list for an object', [], 'expected an object, got a list'],
    ['a missing id', { name: 'n' }, '`id` must be a well-formed id, got nothing'],
    ['an empty id', { id: '', name: 'n' }, '`id` must be a well-formed id, got the string ""'],
    ['an id with a slash', { id: '../x', name: 'n' }, '`id` must be a well-formed id, got the string "../x"'],
    ['a number for a string', { id: 'a', name: 3 }, '`name` must be a string, got the number 3'],
    ['a string for a number', { id: 'a', name: 'n', size: '3' }, '`size` must be a number, got the string "3"'],
    ['an infinite number', { id: 'a', name: 'n', size: Infinity }, '`size` must be a number, got the number Infinity'],
    ['a wrong element', { id: 'a', name: 'n', tags: ['x', 7] }, '`tags[1]` must be a string, got the number 7'],
    ['a long string, unquoted', { id: 'a', name: 'n', on: 'x'.repeat(41) }, '`on` must be true or false, got a string'],
  ])('names the field at fault: %s', (_name, value, message) => {
    expect(problemOf(thing, value)).toBe(message);
  });

  it('writes keys that are not identifiers in brackets', () => {
    expect(problemOf(object({ tables: record(finiteNumber) }), { tables: { 'a b': 'x' } })).toBe('`tables["a b"]` must be a number, got the string "x"');
  });

  it('tries each option of either, and reports a problem inside the option that fits', () => {
    const select = either(text, list(object({ aggFn: text })));
    expect(problemOf(select, 'a, b')).toBeUndefined();
    expect(problemOf(select, [{ aggFn: 'count' }])).toBeUndefined();
    expect(problemOf(select, 3)).toBe('expected a string or a list, got the number 3');
    expect(problemOf(select, [{ aggFn: 1 }])).toBe('`[0].aggFn` must be a string, got the number 1');
  });

  it('checks a dashboard down to its select items', () => {
    const tile = { id: 't1', name: 'T', x: 0, y: 0, w: 6, h: 4, config: { displayType: 'line', sourceId: 's', select: [{ aggFn: 'count' }] } };
    expect(problemOf(dashboardShape, { id: 'd1', name: 'D', tiles: [tile] })).toBeUndefined();
    expect(problemOf(dashboardShape, { id: 'd1', name: 'D', tiles: 'none' })).toBe('`tiles` must be a list, got the string "none"');
    const badSelect = { ...tile, config: { ...tile.config, select: [{ aggFn: 'sum', valueExpression: 5 }] } };
    expect(problemOf(dashboardShape, { id: 'd1', name: 'D', tiles: [badSelect] })).toBe(
      '`tiles[0].config.select[0].valueExpression` must be a string, got the number 5',
    );
  });
});
