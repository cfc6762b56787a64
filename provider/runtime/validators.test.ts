import { DiagnosticsCollector } from './diagnostics';
import { jsonNumber, matches, numberBetween, oneOf, rfc3339Instant, rfc3339Time, runValidators, sizeBetween, stringLength, wholeNumber } from './validators';
import { type AttributeValidator, BigDecimal, type Block, type TfValue, Unknown } from './types';
import { numberFromText } from './lossless-json';

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

/** The details of what `validator` says of `value`. */
function problemsOf(validator: AttributeValidator, value: TfValue): string[] {
  const diagnostics = new DiagnosticsCollector();
  validator.validate(value, ['at'], diagnostics);
  return diagnostics.all.map((d) => d.detail!);
}

describe('rfc3339Time', () => {
  const problems = (value: string) => problemsOf(rfc3339Time, value);

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

describe('jsonNumber', () => {
  const problems = (value: TfValue) => problemsOf(jsonNumber, value);

  it('accepts every number a double holds, in any representation the codec gives it', () => {
    for (const text of ['0', '-12.5', '0.1', '1e20', '9007199254740992e3', '5e-324']) expect(problems(numberFromText(text))).toEqual([]);
    expect(problems(2n ** 60n)).toEqual([]);
    expect(problems(BigInt(Number.MAX_VALUE))).toEqual([]);
  });

  it('refuses a number beyond the largest double', () => {
    expect(problems(numberFromText('1e400'))).toEqual(['Must be at most 1.7976931348623157e+308 in magnitude, the largest number JSON carries, got 1e400.']);
    // As Terraform sends it: every digit written out.
    expect(problems(numberFromText(`-25${'0'.repeat(399)}`))).toEqual([
      'Must be at most 1.7976931348623157e+308 in magnitude, the largest number JSON carries, got -2.5e400.',
    ]);
  });

  it('refuses a whole number or a fraction a double would round, saying what would reach the API', () => {
    expect(problems(numberFromText('1e26'))).toEqual([
      'Must be a number JSON carries exactly (a 64-bit double, about 15 significant digits), got 100000000000000000000000000, which would reach the API as 100000000000000004764729344.',
    ]);
    expect(problems(numberFromText(`0.${'0'.repeat(399)}1`))).toEqual([
      'Must be a number JSON carries exactly (a 64-bit double, about 15 significant digits), got 1e-400, which would reach the API as 0.',
    ]);
    expect(problems(new BigDecimal('0.1000000000000000000001'))).toEqual([
      'Must be a number JSON carries exactly (a 64-bit double, about 15 significant digits), got 0.1000000000000000000001, which would reach the API as 0.1.',
    ]);
  });
});
