// Plan modifiers: small reusable rules attached to schema attributes, applied by the server after a resource's
// plan has been computed. They decide what the user sees in `terraform plan`: a kept value instead of
// "(known after apply)", or "# forces replacement".
import { valuesEqual } from './plan';
import { attributesConcerned, forEachNestedObject, isKnown } from './validators';
import { type AttributePath, type Block, type NestingMode, type PlanModifier, type TfObject, type TfValue, Unknown, isTfObject } from './types';

/** Keeps the prior state's value when the plan would otherwise show "(known after apply)" (ids, timestamps). */
export const useStateForUnknown: PlanModifier = {
  description: 'kept from the prior state when unknown in the plan',
  modify: ({ prior, planned, creating }) => ({
    planned: !creating && planned instanceof Unknown && prior !== null ? prior : planned,
  }),
};

/**
 * The value a server fills in when the attribute is omitted, planned as such so that `plan` shows it and the
 * server's echo never shows as a diff. Use it on optional+computed attributes.
 */
export function defaultTo(value: TfValue): PlanModifier {
  return {
    description: `defaults to \`${JSON.stringify(value)}\``,
    modify: ({ planned, config }) => ({ planned: config === null ? value : planned }),
  };
}

/** A change of this attribute destroys the object and creates a new one. */
export const requiresReplace: PlanModifier = requiresReplaceIf('changing it forces replacement', () => true);

export function requiresReplaceIf(
  description: string,
  when: (prior: TfValue, planned: TfValue) => boolean,
): PlanModifier {
  return {
    description,
    modify: ({ prior, planned, creating }) => ({
      planned,
      requiresReplace: !creating && !valuesEqual(prior, planned) && when(prior, planned),
    }),
  };
}

const attributesWithModifiers = attributesConcerned((attribute) => (attribute.planModifiers?.length ?? 0) > 0);

/** The object at one list index or map key of a nested value (or the value itself for single nesting), if known. */
function objectAt(value: TfValue, step: AttributePath[number] | undefined): TfObject | null {
  if (step === undefined) return isTfObject(value) ? value : null;
  const element =
    typeof step === 'number' ? (Array.isArray(value) ? value[step] : undefined) : typeof step === 'object' && isTfObject(value) ? value[step.key] : undefined;
  return isTfObject(element) ? element : null;
}

/**
 * Applies the plan modifiers of every attribute, top-down, through nested attributes and nested blocks alike;
 * elements of nested lists and maps are paired with the prior element at the same index or key (set elements have
 * no such partner and are left alone). Returns the modified plan and the paths that force replacement.
 */
export function applyPlanModifiers(
  block: Block,
  prior: TfObject | null,
  planned: TfObject,
  config: TfObject,
): { planned: TfObject; requiresReplace: AttributePath[] } {
  const requiresReplacePaths: AttributePath[] = [];
  const creating = prior === null;

  const modifyObject = (schema: Block, priorObject: TfObject | null, plannedObject: TfObject, configObject: TfObject | null, path: AttributePath): TfObject => {
    const result: TfObject = { ...plannedObject };
    for (const [name, attribute] of attributesWithModifiers(schema.attributes)) {
      const attributePath = [...path, name];
      for (const modifier of attribute.planModifiers ?? []) {
        const outcome = modifier.modify({ path: attributePath, prior: priorObject?.[name] ?? null, planned: result[name], config: configObject?.[name] ?? null, creating });
        result[name] = outcome.planned;
        if (outcome.requiresReplace) requiresReplacePaths.push(attributePath);
      }
      if (attribute.nested) {
        const nestedSchema: Block = { attributes: attribute.nested.attributes };
        result[name] = modifyNested(attribute.nested.nesting, nestedSchema, name);
      }
    }
    for (const [name, nested] of Object.entries(schema.blocks ?? {})) {
      result[name] = modifyNested(nested.nesting === 'group' ? 'single' : nested.nesting, nested.block, name);
    }
    return result;

    /** The objects of one nested attribute or block, each modified against its prior and config counterpart. */
    function modifyNested(nesting: NestingMode, nestedSchema: Block, name: string): TfValue {
      const container: TfValue = result[name];
      if (nesting === 'set' || !isKnown(container)) return container;
      const priorValue = priorObject?.[name] ?? null;
      const configValue = configObject?.[name] ?? null;
      // Copies, so that the plan handed in is never mutated.
      let rebuilt: TfValue = Array.isArray(container) ? [...container] : isTfObject(container) ? { ...(container as TfObject) } : container;
      forEachNestedObject({ nesting }, container, [...path, name], (object, elementPath) => {
        const step = nesting === 'single' ? undefined : elementPath[elementPath.length - 1];
        const modifiedElement = modifyObject(nestedSchema, objectAt(priorValue, step), object, objectAt(configValue, step), elementPath);
        if (step === undefined) rebuilt = modifiedElement;
        else if (typeof step === 'number') (rebuilt as TfValue[])[step] = modifiedElement;
        else if (typeof step === 'object') (rebuilt as TfObject)[step.key] = modifiedElement;
      });
      return rebuilt;
    }
  };

  const modified = modifyObject(block, prior, planned, config, []);
  return { planned: modified, requiresReplace: requiresReplacePaths };
}
