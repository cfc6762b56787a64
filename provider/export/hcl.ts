// HCL text for exported values and blocks, laid out as `terraform fmt` lays them out (two-space indents, `=` aligned
// within runs of one-line attributes), so that a formatter run on the export changes nothing. Multi-line strings
// become heredocs; a literal id carries its note as a comment at the end of its line.
import { addressText, type BlockAddress, type ExportObject, type ExportValue, Expression, Literal } from './model';

/** Width below which a list or object is written on one line. */
const LINE_WIDTH = 100;

const IDENTIFIER = /^[a-zA-Z_][a-zA-Z0-9_-]*$/;

/** A quoted HCL string; `${` and `%{` are escaped so that nothing is read as a template. */
export function quoted(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    // eslint-disable-next-line no-control-regex -- control characters are what this escapes
    .replace(/[\u0000-\u001f\u007f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escapeTemplates(escaped)}"`;
}

const escapeTemplates = (text: string) => text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');

/**
 * A multi-line string as a heredoc, which keeps it readable (markdown, SQL). A heredoc ends with a newline; for a text
 * that does not, `chomp()` removes it. Texts a heredoc cannot hold exactly (carriage returns, other control
 * characters, trailing spaces that editors strip) stay quoted.
 */
function heredoc(text: string, indent: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters other than the newline rule heredocs out
  if (!text.includes('\n') || /[\u0000-\u0009\u000b-\u001f\u007f]/.test(text) || /[ \t]\n|[ \t]$/.test(text)) return undefined;
  let marker = 'EOT';
  while (text.split('\n').some((line) => line.trim() === marker)) marker = `${marker}_`;
  const closed = `<<${marker}\n${escapeTemplates(text.endsWith('\n') ? text : `${text}\n`)}${marker}`;
  return text.endsWith('\n') ? closed : `chomp(${closed}\n${indent})`;
}

function expressionText(expression: Expression): string {
  const { reference } = expression;
  if (reference.kind === 'variable') return `var.${reference.name}`;
  const base = `${addressText(reference.of)}.${reference.attribute}`;
  return reference.key === undefined ? base : `${base}[${quoted(reference.key)}]`;
}

const key = (name: string) => (IDENTIFIER.test(name) ? name : quoted(name));

/** The value on one line, or undefined when it cannot be (a heredoc, a note). */
function inline(value: ExportValue): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string') return value.includes('\n') ? undefined : quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Expression) return expressionText(value);
  if (value instanceof Literal) return undefined;
  const parts = Array.isArray(value) ? value.map(inline) : Object.entries(value).map(([name, element]) => {
    const text = inline(element);
    return text === undefined ? undefined : `${key(name)} = ${text}`;
  });
  if (parts.some((part) => part === undefined)) return undefined;
  if (parts.length === 0) return Array.isArray(value) ? '[]' : '{}';
  return Array.isArray(value) ? `[${parts.join(', ')}]` : `{ ${parts.join(', ')} }`;
}

/** A value as it follows `name = `, at `indent`; its lines after the first are indented. */
function valueText(value: ExportValue, indent: string): string {
  // A reference cannot be broken over lines, whatever its length (a tile's title is its key).
  if (value instanceof Expression) return expressionText(value);
  const single = inline(value);
  if (single !== undefined && indent.length + single.length <= LINE_WIDTH) return single;
  if (typeof value === 'string') return heredoc(value, indent) ?? quoted(value);
  if (value instanceof Literal) return quoted(value.value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((element) => `${inner}${valueText(element, inner)},${noteOf(element)}`);
    return `[\n${items.join('\n')}\n${indent}]`;
  }
  return `{\n${body(value as ExportObject, inner)}\n${indent}}`;
}

const noteOf = (value: ExportValue) => (value instanceof Literal ? ` # ${value.note}` : '');

/**
 * The attributes of an object or block, one per line. As `terraform fmt` does, the `=` of consecutive one-line
 * attributes line up; a multi-line attribute ends the run.
 */
export function body(object: ExportObject, indent: string): string {
  const entries = Object.entries(object).map(([name, value]) => ({ name: key(name), text: valueText(value, indent), note: noteOf(value) }));
  const lines: string[] = [];
  let run: typeof entries = [];
  const flush = () => {
    const width = Math.max(...run.map(({ name }) => name.length));
    for (const { name, text, note } of run) lines.push(`${indent}${name.padEnd(width)} = ${text}${note}`);
    run = [];
  };
  for (const entry of entries) {
    if (entry.text.includes('\n')) {
      if (run.length) flush();
      lines.push(`${indent}${entry.name} = ${entry.text}${entry.note}`);
    } else run.push(entry);
  }
  if (run.length) flush();
  return lines.join('\n');
}

/** `resource "type" "name" { ... }` or `data "type" "name" { ... }`. */
export function block(address: BlockAddress, attributes: ExportObject, comment?: string): string {
  const header = `${address.mode === 'data' ? 'data' : 'resource'} ${quoted(address.type)} ${quoted(address.name)}`;
  return `${comment ? commentLines(comment) : ''}${header} {\n${body(attributes, '  ')}\n}\n`;
}

/** A comment of one or more `# ` lines, wrapped at the line width. */
export function commentLines(text: string, indent = ''): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && indent.length + 2 + line.length + 1 + word.length > LINE_WIDTH) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines.map((line) => `${indent}#${line ? ` ${line}` : ''}\n`).join('');
}
