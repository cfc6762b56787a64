import { atMost, eachOf, isToken, lengthBetween, nonEmpty, oneOf } from './checks';

const TOKEN = '${TfToken[TOKEN.1]}';

describe('synth-time checks', () => {
  it('isToken recognises cdktf string tokens anywhere in a string', () => {
    expect(isToken(TOKEN)).toBe(true);
    expect(isToken(`prefix-${TOKEN}`)).toBe(true);
    expect(isToken('${var.name}')).toBe(false);
    expect(isToken(undefined)).toBe(false);
  });

  it('oneOf names the prop, the value and what is allowed; unset values and tokens pass', () => {
    expect(oneOf('service', 'teams', ['slack', 'generic'])).toEqual(['`service` is "teams"; expected one of "slack", "generic".']);
    expect(oneOf('service', 'slack', ['slack', 'generic'])).toEqual([]);
    expect(oneOf('service', undefined, ['slack'])).toEqual([]);
    expect(oneOf('service', TOKEN, ['slack'])).toEqual([]);
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
