// JSON documents the API returns as text (a webhook body template): kept in state in the spelling the configuration
// gave, so that a server that re-spells the same document shows no change.
import { jsonencode, parseJsonLossless } from '../runtime/lossless-json';
import { type AttributeValidator, BigDecimal, type TfValue } from '../runtime/types';

/**
 * A JSON text from the API, as state should hold it: the known (planned or prior) spelling when both are the same
 * document, else, when state has none yet (import), the spelling of Terraform's jsonencode(). `-generate-config-out`
 * writes JSON strings as jsonencode(...), and that configuration must plan with no changes.
 */
export function jsonTextForState(known: TfValue, fromApi: TfValue): TfValue {
  if (typeof fromApi !== 'string') return fromApi;
  const canonical = jsonencodedDocument(fromApi);
  if (canonical === undefined) return fromApi;
  if (typeof known !== 'string') return canonical;
  return jsonencodedDocument(known) === canonical ? known : fromApi;
}

/** jsonencode() of the object or array in `text` (numbers kept exact); undefined when `text` holds neither. */
function jsonencodedDocument(text: string): string | undefined {
  try {
    const value = parseJsonLossless(text);
    return typeof value === 'object' && value !== null && !(value instanceof BigDecimal) ? jsonencode(value) : undefined;
  } catch {
    return undefined;
  }
}

/** A JSON object as text (written with jsonencode()), for free-form documents such as a role permission's conditions. */
export const jsonObjectText: AttributeValidator = {
  description: 'a JSON object, such as `jsonencode({ teamId = "..." })`',
  validate(value, path, diagnostics) {
    if (typeof value !== 'string') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      diagnostics.error('Invalid attribute value', `Must be a JSON object: ${(error as Error).message}.`, path);
      return;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      diagnostics.error('Invalid attribute value', 'Must be a JSON object, such as `jsonencode({ teamId = "..." })`.', path);
  },
};
