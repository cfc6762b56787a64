// Terraform's human-readable diagnostics (`-no-color` output) parsed back into data, so that a test can compare
// the whole list exactly: severity, summary, the configuration line it points at, and detail.
//
//   Error: Invalid tile configuration
//
//     with clickstack_dashboard.bad,
//     on main.tf line 12, in resource "clickstack_dashboard" "bad":
//     12:         value_expression = "Duration"
//
//   `value_expression` must not be set when `agg_fn` is "count".

export interface TerraformDiagnostic {
  severity: 'Error' | 'Warning';
  summary: string;
  /** The file and line Terraform points at, with the source line shown there (trimmed); absent for diagnostics without a place. */
  at?: { file: string; line: number; source: string };
  /** With whitespace runs collapsed to one space. */
  detail: string;
}

const HEADING = /^(Error|Warning): (.*)$/;
const LOCATION = /^ {2}on (\S+) line (\d+)(?:, in .*)?:$/;

/** Every diagnostic in terraform's output (stdout and stderr may both hold some), in order. */
export function parseDiagnostics(output: string): TerraformDiagnostic[] {
  const lines = output.split('\n');
  const starts = lines.flatMap((line, i) => (HEADING.test(line) ? [i] : []));
  return starts.map((start, n) => parseOne(lines.slice(start, starts[n + 1] ?? lines.length)));
}

function parseOne(lines: string[]): TerraformDiagnostic {
  const [, severity, summary] = HEADING.exec(lines[0]) as RegExpExecArray;
  let at: TerraformDiagnostic['at'];
  let rest = lines.slice(1);
  const located = rest.findIndex((line) => LOCATION.test(line));
  if (located >= 0) {
    const [, file, line] = LOCATION.exec(rest[located]) as RegExpExecArray;
    // The snippet: one or more `  N: text` lines (an expression over several lines shows them all), then a blank line.
    const snippet = rest.slice(located + 1).findIndex((text) => text.trim() === '');
    const snippetLines = rest.slice(located + 1, located + 1 + (snippet < 0 ? rest.length : snippet));
    const pointed = snippetLines.find((text) => new RegExp(`^\\s*${line}: `).test(text)) ?? '';
    at = { file, line: Number(line), source: pointed.replace(/^\s*\d+: /, '').trim() };
    rest = rest.slice(located + 1 + snippetLines.length);
  }
  return { severity: severity as TerraformDiagnostic['severity'], summary, ...(at ? { at } : {}), detail: unwrap(rest.join('\n')) };
}

/** Terraform wraps details at the output width (78 columns off a terminal): the words, not the line breaks, are the text. */
function unwrap(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
