// Texts that are hard to write back as code: empty and whitespace-only, very long, quotes and backslashes, newlines,
// unicode, and the template sequences of Terraform and HCL (`${`, `%{`) and TypeScript (`${`, backticks).
import fc from 'fast-check';

/** Each an edge a writer of HCL or TypeScript string literals has to get right. */
export const TRICKY_TEXTS = [
  '',
  ' ',
  ' \t ',
  'Errors',
  'a "quoted" title',
  "it's",
  'back\\slash \\n not a newline',
  'line one\nline two',
  'trailing newline\n',
  'crlf\r\nline',
  'ünïcødé ✓ 日本語 🚀',
  '${var.secret}',
  '$${already escaped}',
  '%{ if true }x%{ endif }',
  '%%{ escaped directive }',
  '`backticks` and ${template}',
  '\\${escaped in ts}',
  '{{title}} {{link}}',
  '$',
  '%',
  '<<EOF\nheredoc\nEOF',
  'x'.repeat(300),
] as const;

/** Any text: mostly the tricky ones, sometimes arbitrary graphemes. */
export const text = (): fc.Arbitrary<string> =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TRICKY_TEXTS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) });

/** A text with something other than white space in it (what a `trim().min(1)` rule of the server takes). */
export const nonBlankText = (): fc.Arbitrary<string> => text().filter((value) => value.trim().length > 0);

/** A text of at least one character and at most `max` (`min(1).max(max)`). */
export const nonEmptyText = (max = 10000): fc.Arbitrary<string> => text().filter((value) => value.length > 0 && value.length <= max);

/** A Lucene query the provider's syntax check takes, or SQL with any text in a string literal. */
export const condition = (): fc.Arbitrary<{ where: string; whereLanguage: 'lucene' | 'sql' }> =>
  fc.oneof(
    fc.record({ where: fc.constantFrom('', 'ServiceName:checkout', 'SeverityText:error AND ServiceName:"api gateway"', 'Duration:>1000'), whereLanguage: fc.constant('lucene' as const) }),
    fc.record({ where: nonEmptyText().map((value) => `Body = '${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`), whereLanguage: fc.constant('sql' as const) }),
  );
