import { DiagnosticsCollector } from './diagnostics';
import { matches, numberBetween, oneOf, rfc3339Instant, rfc3339Time, runValidators, sizeBetween, stringLength, wholeNumber } from './validators';
import { type Block, Unknown } from './types';

const schema: Block = {
  attributes: {
    name: { type: 'string', required: true, validators: [stringLength(1, 5)] },
    kind: { type: 'string', optional: true, validators: [oneOf('log', 'trace')] },
    tiles: {
      optional: true,
      validators: [sizeBetween(1, 2)],
      nested: {
        nesting: 'list',
        attributes: {
          w: { type: 'number', required: true, validators: [numberBetween(1, 24), wholeNumber] },
          config: {
            optional: true,
            nested: {
              nesting: 'single',
              attributes: { line: { type: 'string', optional: true, validators: [oneOf('area', 'bar')] }, markdown: { type: 'string', optional: true } },
            },
          },
        },
      },
    },
    labels: {
      optional: true,
      nested: { nesting: 'map', attributes: { value: { type: 'string', required: true, validators: [matches(/^[a-z]+$/, 'lower-case letters')] } } },
    },
  },
};

function validate(value: Record<string, unknown>) {
  const diagnostics = new DiagnosticsCollector();
  const full = { name: null, kind: null, tiles: null, labels: null, ...value };
  runValidators(schema, full as never, diagnostics);
  return diagnostics.all.map((d) => ({ path: d.path, detail: d.detail }));
}

describe('runValidators', () => {
  it('accepts a valid value', () => {
    expect(validate({ name: 'ok', kind: 'log', tiles: [{ w: 3, config: { line: 'area', markdown: null } }] })).toEqual([]);
  });

  it('reports each broken rule with its attribute path', () => {
    expect(
      validate({
        name: 'too long',
        kind: 'metric',
        tiles: [
          { w: 30, config: { line: null, markdown: null } },
          { w: 2.5, config: { line: 'pie', markdown: 'b' } },
          { w: 1, config: null },
        ],
        labels: { env: { value: 'Prod' } },
      }),
    ).toEqual([
      { path: ['name'], detail: 'Must be between 1 and 5 characters long, got 8.' },
      { path: ['kind'], detail: 'Must be one of "log", "trace", got "metric".' },
      { path: ['tiles'], detail: 'Must have between 1 and 2 elements, got 3.' },
      { path: ['tiles', 0, 'w'], detail: 'Must be between 1 and 24, got 30.' },
      { path: ['tiles', 1, 'w'], detail: 'Must be a whole number, got 2.5.' },
      { path: ['tiles', 1, 'config', 'line'], detail: 'Must be one of "area", "bar", got "pie".' },
      { path: ['labels', { key: 'env' }, 'value'], detail: 'Must be lower-case letters, got "Prod".' },
    ]);
  });

  it('skips unknown and null values, which the API checks at apply time', () => {
    expect(validate({ name: new Unknown(), kind: null, tiles: [{ w: new Unknown(), config: { line: new Unknown(), markdown: 'x' } }] })).toEqual([]);
  });
});

describe('rfc3339Time', () => {
  const problems = (value: string) => {
    const diagnostics = new DiagnosticsCollector();
    rfc3339Time.validate(value, ['at'], diagnostics);
    return diagnostics.all.map((d) => d.detail);
  };

  it('accepts times with a time zone, fractions and lower-case separators', () => {
    for (const value of ['2026-01-01T00:00:00Z', '2026-01-01T01:30:00.250+01:30', '2026-01-01t00:00:00z']) expect(problems(value)).toEqual([]);
    expect(rfc3339Instant('2026-01-01T01:00:00+01:00')).toBe(Date.UTC(2026, 0, 1));
  });

  it('refuses a time without a time zone, and a date that does not exist', () => {
    expect(problems('2026-01-01 00:00')).toEqual(['Must be an RFC 3339 time such as "2026-01-01T00:00:00Z", got "2026-01-01 00:00".']);
    expect(problems('2026-01-01T00:00:00')).toHaveLength(1);
    expect(problems('2026-13-01T00:00:00Z')).toEqual(['"2026-13-01T00:00:00Z" is not a valid date and time.']);
    expect(rfc3339Instant('2026-01-01')).toBeNaN();
  });
});
