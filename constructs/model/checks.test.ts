import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { atMost, eachOf, isNumberToken, isToken, lengthBetween, nonEmpty, oneOf, wholeNumber } from './checks';

const TOKEN = '${TfToken[TOKEN.1]}';

describe('synth-time checks', () => {
  it('isToken recognises cdktf string tokens anywhere in a string', () => {
    expect(isToken(TOKEN)).toBe(true);
    expect(isToken(`prefix-${TOKEN}`)).toBe(true);
    expect(isToken('${var.name}')).toBe(false);
    expect(isToken(undefined)).toBe(false);
  });

  it('isNumberToken recognises cdktf number tokens and nothing else', () => {
    const variable = new TerraformVariable(new TerraformStack(Testing.app(), 'stack'), 'width', { type: 'number' });
    expect(isNumberToken(variable.numberValue)).toBe(true);
    for (const value of [0, 24, -1, 1e300, -8e298, Number.NaN, Number.POSITIVE_INFINITY, '24', undefined]) expect(isNumberToken(value)).toBe(false);
  });

  it('wholeNumber names the prop, the value and the range; unset values and number tokens pass', () => {
    expect(wholeNumber('width', 30, 1, 24)).toEqual(['`width` is 30; expected a whole number from 1 to 24.']);
    expect(wholeNumber('width', 2.5, 1, 24)).toEqual(['`width` is 2.5; expected a whole number from 1 to 24.']);
    expect(wholeNumber('limit', -1, 0)).toEqual(['`limit` is -1; expected a whole number of at least 0.']);
    expect(wholeNumber('limit', 7, 0)).toEqual([]);
    expect(wholeNumber('limit', undefined, 0)).toEqual([]);
    const variable = new TerraformVariable(new TerraformStack(Testing.app(), 'stack'), 'limit', { type: 'number' });
    expect(wholeNumber('limit', variable.numberValue, 0, 10)).toEqual([]);
  });

  it('oneOf names the prop, the value and what is allowed; unset values and tokens pass', () => {
    expect(oneOf('service', 'teams', ['slack', 'generic'])).toEqual(['`service` is "teams"; expected one of "slack", "generic".']);
    expect(oneOf('service', 'slack', ['slack', 'generic'])).toEqual([]);
    expect(oneOf('service', undefined, ['slack'])).toEqual([]);
    expect(oneOf('service', TOKEN, ['slack'])).toEqual([]);
    expect(oneOf('level', 0.8, [0.5, 0.9])).toEqual(['`level` is 0.8; expected one of "0.5", "0.9".']);
  });

  it('lengthBetween reports an empty value or the length over the limit', () => {
    expect(lengthBetween('name', '', 1, 3)).toEqual(['`name` must not be empty.']);
    expect(lengthBetween('name', 'abcd', 1, 3)).toEqual(['`name` is 4 characters long; at most 3 are allowed.']);
    expect(lengthBetween('name', 'abc', 1, 3)).toEqual([]);
    expect(lengthBetween('name', '', 0, 3)).toEqual([]);
    expect(lengthBetween('name', TOKEN, 1, 3)).toEqual([]);
  });

  it('nonEmpty refuses only the empty string', () => {
    expect(nonEmpty('name', '')).toEqual(['`name` must not be empty.']);
    expect(nonEmpty('name', ' ')).toEqual([]);
    expect(nonEmpty('name', undefined)).toEqual([]);
  });

  it('atMost counts items; eachOf names each item by index', () => {
    expect(atMost('tags', ['a', 'b', 'c'], 2, 'tags')).toEqual(['`tags` has 3 tags; at most 2 are allowed.']);
    expect(atMost('tags', ['a', 'b'], 2, 'tags')).toEqual([]);
    expect(atMost('tags', undefined, 2, 'tags')).toEqual([]);
    expect(eachOf('tags', ['ok', ''], (prop, tag) => nonEmpty(prop, tag))).toEqual(['`tags[1]` must not be empty.']);
  });
});
