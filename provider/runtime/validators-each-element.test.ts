import { DiagnosticsCollector } from './diagnostics';
import { eachElement, stringLength } from './validators';
import { Unknown } from './types';

describe('eachElement', () => {
  const rule = eachElement(stringLength(0, 3));

  it('checks every known element of a list at its own index', () => {
    const diagnostics = new DiagnosticsCollector();
    rule.validate(['ok', 'too long', new Unknown(), null, 'abcd'], ['tags'], diagnostics);
    expect(diagnostics.all.map((d) => [d.path, d.detail])).toEqual([
      [['tags', 1], 'Must be at most 3 characters long, got 8.'],
      [['tags', 4], 'Must be at most 3 characters long, got 4.'],
    ]);
  });

  it('checks map elements at their key', () => {
    const diagnostics = new DiagnosticsCollector();
    rule.validate({ a: 'fine', b: 'x' }, ['labels'], diagnostics);
    expect(diagnostics.all.map((d) => d.path)).toEqual([['labels', { key: 'a' }]]);
    expect(rule.description).toBe('each element at most 3 characters long');
  });
});
