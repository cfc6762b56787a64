// TypeScript text for exported values and the construct calls made of them: property names in camelCase, calls and
// names the writer composes (`new LineTile(...)`, `Select.of({...})`, `logs`), variables as tokens, multi-line text as
// template literals, and a literal id with its note as a comment at the end of its line.
import { camelCase } from '../shared/api-mapping';
import type { BlockAddress, ExportValue } from './model';
import { Expression, Literal } from './model';

/** Width below which an array or object is written on one line. */
export const LINE_WIDTH = 120;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * TypeScript the writer composes: a name (`logs`, `onCall.webhookId`), or a call with its arguments when `args` is set
 * (`Select.of({ ... })`, `new LineTile("errors", { ... })`).
 */
export class Code {
  constructor(
    readonly head: string,
    readonly args?: readonly TypeScriptValue[],
  ) {}
}

/** An exported value in which some parts have become composed code. */
export type TypeScriptValue = ExportValue | Code | readonly TypeScriptValue[] | { readonly [key: string]: TypeScriptValue };

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

function inline(value: TypeScriptValue, names: Names): string | undefined {
  if (value === null) return 'undefined';
  if (value instanceof Code) {
    if (!value.args) return value.head;
    const args = value.args.map((arg) => inline(arg, names));
    return args.some((arg) => arg === undefined) ? undefined : `${value.head}(${args.join(', ')})`;
  }
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

const noteOf = (value: TypeScriptValue) => (value instanceof Literal ? ` // ${value.note}` : '');

/**
 * A value at `indent`; its lines after the first are indented. A call too long for one line keeps its arguments on its
 * first line but the last, which opens onto the following lines (`new LineTile("errors", {`).
 */
export function valueText(value: TypeScriptValue, indent: string, names: Names): string {
  // A reference or a name cannot be broken over lines, whatever its length (a tile's title is its key).
  if (value instanceof Expression) return expressionText(value, names);
  if (value instanceof Code && !value.args) return value.head;
  const single = inline(value, names);
  if (single !== undefined && indent.length + single.length <= LINE_WIDTH) return single;
  if (typeof value === 'string') return stringLiteral(value);
  if (value instanceof Literal) return JSON.stringify(value.value);
  const inner = `${indent}  `;
  if (value instanceof Code) {
    const args = value.args ?? [];
    const leading = args.slice(0, -1).map((arg) => inline(arg, names));
    if (args.length && leading.every((arg) => arg !== undefined) && !(args[args.length - 1] instanceof Literal))
      return `${value.head}(${[...leading, valueText(args[args.length - 1], indent, names)].join(', ')})`;
    return `${value.head}(\n${args.map((arg) => `${inner}${valueText(arg, inner, names)},${noteOf(arg)}`).join('\n')}\n${indent})`;
  }
  if (Array.isArray(value)) return `[\n${value.map((element) => `${inner}${valueText(element, inner, names)},${noteOf(element)}`).join('\n')}\n${indent}]`;
  return `{\n${properties(value as { [key: string]: TypeScriptValue }, inner, names)}\n${indent}}`;
}

/** The properties of an object, one per line, each with a trailing comma. */
export function properties(object: { readonly [key: string]: TypeScriptValue }, indent: string, names: Names): string {
  return Object.entries(object)
    .map(([name, value]) => `${indent}${key(name)}: ${valueText(value, indent, names)},${noteOf(value)}`)
    .join('\n');
}
