// The runtime core's order of steps in PlanResourceChange: the resource's plan, then the schema's plan modifiers (once),
// then the resource's check of the final plan. The rest of the core is tested through server.test.ts and the harness.
import { callContext } from '../../test/support/call-context';
import { ProviderCore, type RequestValue } from './core';
import type { ResourceDefinition } from './provider';
import type { PlanModifier, TfObject } from './types';
import { Unknown } from './types';

/** A request value already decoded, as the server's would be. */
const given = (value: TfObject | null): RequestValue => () => value;

function coreWith(resource: Partial<ResourceDefinition>, modifier: PlanModifier): ProviderCore {
  return new ProviderCore({
    typeName: 'test',
    schema: { version: 0, block: { attributes: {} } },
    configure: async () => undefined,
    dataSources: {},
    resources: {
      test_thing: {
        schema: {
          version: 0,
          block: {
            attributes: {
              id: { type: 'string', computed: true },
              name: { type: 'string', required: true },
              size: { type: 'number', optional: true, computed: true, planModifiers: [modifier] },
            },
          },
        },
        create: async () => null,
        read: async () => null,
        update: async () => null,
        delete: async () => undefined,
        ...resource,
      },
    },
  });
}

describe('PlanResourceChange in the core', () => {
  const config = { id: null, name: 'a', size: null };

  it('runs the resource plan, then each plan modifier once, then the plan check with the final plan', async () => {
    const steps: string[] = [];
    const defaultSize: PlanModifier = {
      description: 'defaults to 3',
      modify: ({ planned, config: configured }) => (steps.push('modifier'), { planned: configured === null ? 3 : planned }),
    };
    const core = coreWith(
      {
        plan: ({ config: configured }) => (steps.push('plan'), { planned: { ...configured, id: new Unknown() } }),
        checkPlan: ({ planned }, ctx) => {
          steps.push('check');
          ctx.diagnostics.warning('Checked', `size ${String(planned.size)}`);
        },
      },
      defaultSize,
    );
    const ctx = callContext();
    const change = await core.planResourceChange('test_thing', { prior: given(null), proposed: given(config), config: given(config) }, ctx);
    expect(steps).toEqual(['plan', 'modifier', 'check']);
    expect(change!.planned).toEqual({ id: expect.any(Unknown), name: 'a', size: 3 });
    expect(ctx.diagnostics.all).toEqual([{ severity: 'warning', summary: 'Checked', detail: 'size 3' }]);
  });

  it('neither plans nor checks a destroy', async () => {
    const checkPlan = jest.fn();
    const core = coreWith({ checkPlan }, { description: 'keeps', modify: ({ planned }) => ({ planned }) });
    const prior = { id: 'x', name: 'a', size: 1 };
    const change = await core.planResourceChange('test_thing', { prior: given(prior), proposed: given(null), config: given(null) }, callContext());
    expect(change).toEqual({ planned: null, requiresReplace: [] });
    expect(checkPlan).not.toHaveBeenCalled();
  });
});
