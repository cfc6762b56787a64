// TypeScript text for exported values, in the shape the CDKTF bindings take: attribute names in camelCase, references
// as the bindings' attributes (`logs.id`, `main.tileIds.lookup("Errors")`), variables as tokens, multi-line text as
// template literals, and a literal id with its note as a comment at the end of its line.
import { camelCase } from '../shared/api-mapping';
import type { BlockAddress, ExportObject, ExportValue } from './model';
import { Expression, Literal } from './model';

/** Width below which an array or object is written on one line. */
const LINE_WIDTH = 120;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** How the code names what a value refers to: a block's TypeScript variable, a Terraform variable's type. */
export interface Names {
  variableOf(address: BlockAddress): string;
  secretVariable(name: string): { variable: string; type: 'string' | 'map(string)' };
}

/**
 * A string literal; multi-line text as a template literal, which keeps it readable (markdown, SQL). cdktf writes
 * strings into Terraform JSON as they are, where `${` and `%{` start templates: they are escaped as `$${` and `%%{`.
 */
export function stringLiteral(text: string): string {
  const literal = text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
  // eslint-disable-next-line no-control-regex -- carriage returns would be normalized in a template literal, other controls unreadable
  if (literal.includes('\n') && !/[\u0000-\u0009\u000b-\u001f\u007f]/.test(literal))
    return `\`${literal.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
  return JSON.stringify(literal);
}

function expressionText({ reference }: Expression, names: Names): string {
  if (reference.kind === 'variable') {
    const { variable, type } = names.secretVariable(reference.name);
    return type === 'string' ? `${variable}.stringValue` : `Token.asStringMap(${variable}.value)`;
  }
  const base = names.variableOf(reference.of);
  if (reference.attribute === 'tile_ids') return `${base}.tileIds.lookup(${JSON.stringify(reference.key)})`;
  return `${base}.${camelCase(reference.attribute)}`;
}

const key = (name: string) => {
  const property = camelCase(name);
  return IDENTIFIER.test(property) ? property : JSON.stringify(property);
};

function inline(value: ExportValue, names: Names): string | undefined {
  if (value === null) return 'undefined';
  if (typeof value === 'string') return value.includes('\n') ? undefined : stringLiteral(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Expression) return expressionText(value, names);
  if (value instanceof Literal) return undefined;
  const parts = Array.isArray(value)
    ? value.map((element) => inline(element, names))
    : Object.entries(value).map(([name, element]) => {
        const text = inline(element, names);
        return text === undefined ? undefined : `${key(name)}: ${text}`;
      });
  if (parts.some((part) => part === undefined)) return undefined;
  if (parts.length === 0) return Array.isArray(value) ? '[]' : '{}';
  return Array.isArray(value) ? `[${parts.join(', ')}]` : `{ ${parts.join(', ')} }`;
}

const noteOf = (value: ExportValue) => (value instanceof Literal ? ` // ${value.note}` : '');

/** A value at `indent`; its lines after the first are indented. */
export function valueText(value: ExportValue, indent: string, names: Names): string {
  const single = inline(value, names);
  if (single !== undefined && indent.length + single.length <= LINE_WIDTH) return single;
  if (typeof value === 'string') return stringLiteral(value);
  if (value instanceof Literal) return JSON.stringify(value.value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((element) => `${inner}${valueText(element, inner, names)},${noteOf(element)}`).join('\n')}\n${indent}]`;
  return `{\n${properties(value as ExportObject, inner, names)}\n${indent}}`;
}

/** The properties of an object, one per line, each with a trailing comma. */
export function properties(object: ExportObject, indent: string, names: Names): string {
  return Object.entries(object)
    .map(([name, value]) => `${indent}${key(name)}: ${valueText(value, indent, names)},${noteOf(value)}`)
    .join('\n');
}
