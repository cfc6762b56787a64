import { defaultTo } from '../runtime/plan-modifiers';
import type { Attributes } from '../runtime/types';
import { stringLength } from '../runtime/validators';
import { computedOnly, nullObject } from './schema-derivation';

/** A schema with what computedOnly must drop (required, validators, plan modifiers) at both levels. */
const attributes: Attributes = {
  display_name: { type: 'string', required: true, description: 'Name.', validators: [stringLength(1)] },
  series: {
    optional: true,
    computed: true,
    planModifiers: [defaultTo([])],
    nested: { nesting: 'list', attributes: { agg_fn: { type: 'string', required: true } } },
  },
};

describe('computedOnly', () => {
  it('makes every attribute computed, without validators or modifiers, keeping descriptions and nesting', () => {
    const computed = computedOnly(attributes);
    expect(computed.display_name).toEqual(expect.objectContaining({ type: 'string', computed: true, description: 'Name.' }));
    expect(computed.display_name.required).toBeUndefined();
    expect(computed.display_name.validators).toBeUndefined();
    expect(computed.series.planModifiers).toBeUndefined();
    expect(computed.series.nested!.attributes.agg_fn).toEqual(expect.objectContaining({ computed: true }));
    expect(computed.series.nested!.attributes.agg_fn.required).toBeUndefined();
  });
});

describe('nullObject', () => {
  it('has every top-level attribute, null', () => {
    expect(nullObject(attributes)).toEqual({ display_name: null, series: null });
  });
});
