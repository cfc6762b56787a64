// JSON documents the API returns as text (a webhook body template): kept in state in the spelling the configuration
// gave, so that a server that re-spells the same document shows no change.
import { jsonencode, parseJsonLossless } from '../runtime/lossless-json';
import { BigDecimal, type TfValue } from '../runtime/types';

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
