// A string as it must be written inside a quoted string of a Terraform expression that cdktf renders as it is, such
// as the key of `tile_ids["<key>"]`: a tile title may hold quotes, backslashes and newlines. Template sequences need
// nothing more: a cdktf string already writes a literal `${` as `$${` (and `%{` as `%%{`), in the title as in the key.

/** `text` escaped for a quoted string inside a Terraform expression: `\`, `"` and control characters. */
export function terraformStringContent(text: string): string {
  const escapes: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  // eslint-disable-next-line no-control-regex -- control characters are what must be escaped
  return text.replace(/[\\"\u0000-\u001f]/g, (character) => escapes[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
