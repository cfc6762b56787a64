// The other half of the rule for construct checks (ARCHITECTURE.md, "Checks follow the server"): what ClickStack
// refuses fails synth (a definition's `validate()`, registered with `node.addValidation`); what it takes but is probably
// a mistake is a warning (a definition's `warnings()`), which cdktf keeps in the synth manifest and `cdktf synth` prints.
import { Annotations, Aspects } from 'cdktf';
import type { IConstruct } from 'constructs';

/** A definition that can say what it takes but finds suspicious. */
export interface Advisory {
  warnings(): string[];
}

/**
 * Adds the warnings of `definition` to `construct` when the stack synthesizes (aspects run first, once per synth, so
 * tiles added after construction count).
 */
export function warnAtSynth(construct: IConstruct, definition: Advisory): void {
  Aspects.of(construct).add({
    visit: (node) => {
      if (node === construct) for (const warning of definition.warnings()) Annotations.of(construct).addWarning(warning);
    },
  });
}
