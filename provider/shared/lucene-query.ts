// Lucene query syntax, checked at plan time with the parser ClickStack itself uses (@hyperdx/lucene): a query the
// server cannot parse is stored all the same and only shows as a broken chart or search in the UI (api-behaviour §14).
import type { AttributePath, AttributeValidator, TfObject, TfValue } from '../runtime/types';
import { isTfObject, Unknown } from '../runtime/types';
import type { Diagnostics } from '../runtime/provider';

interface LuceneSyntaxError {
  found: string | null;
  location: { start: { offset: number } };
}

let parser: { parse(query: string): unknown } | undefined;

/** Loaded on first use: most provider processes never check a query. */
function lucene(): { parse(query: string): unknown } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  parser ??= require('@hyperdx/lucene') as { parse(query: string): unknown };
  return parser;
}

/**
 * What ClickStack does to a query before parsing it (api-behaviour §14): an escaped backslash, URLs, `localhost:port`
 * and an escaped colon become plain tokens, so that their colons are not read as field separators.
 */
function asClickStackParses(query: string): string {
  return query
    .replace(/\\\\/g, 'BACKSLASH_LITERAL')
    .replace(/http:\/\//g, 'http_COLON_//')
    .replace(/https:\/\//g, 'https_COLON_//')
    .replace(/localhost:(\d{1,5})/g, 'localhost_COLON_$1')
    .replace(/\\:/g, 'ESCAPED_COLON');
}

/** Verdicts by query: a plan checks the same few queries in every dashboard, and parsing is the costly part. */
const verdicts = new Map<string, string | undefined>();
const MAX_VERDICTS = 10_000;

/** Why ClickStack cannot parse `query` as Lucene; undefined when it can. */
export function luceneSyntaxProblem(query: string): string | undefined {
  if (verdicts.has(query)) return verdicts.get(query);
  const verdict = parseProblem(query);
  if (verdicts.size < MAX_VERDICTS) verdicts.set(query, verdict);
  return verdict;
}

function parseProblem(query: string): string | undefined {
  const prepared = asClickStackParses(query);
  try {
    lucene().parse(prepared);
    return undefined;
  } catch (error) {
    const { found, location } = error as LuceneSyntaxError;
    if (found === undefined || location === undefined) throw error;
    // The position is only meaningful where the preparation changed nothing before it.
    const at = prepared.slice(0, location.start.offset) === query.slice(0, location.start.offset) ? ` at character ${location.start.offset + 1}` : '';
    return found === null
      ? `the query ends where more is expected (is a "(", "[", "{" or '"' not closed?)`
      : `unexpected ${JSON.stringify(found)}${at}`;
  }
}

/** Where a query and the attribute naming its language sit in an object. */
export interface QueryAttributes {
  query: string;
  language: string;
  /** The language when `language` is null (the server's default): Lucene unless said otherwise; null: none. */
  defaultLanguage?: 'lucene' | null;
}

/** Reports, at the query attribute, a query in Lucene that ClickStack cannot parse. */
export function checkLuceneQuery(object: TfObject, path: AttributePath, { query, language, defaultLanguage = 'lucene' }: QueryAttributes, diagnostics: Diagnostics): void {
  const text = object[query];
  const languageValue = object[language] ?? defaultLanguage;
  if (typeof text !== 'string' || languageValue instanceof Unknown || languageValue !== 'lucene') return;
  const problem = luceneSyntaxProblem(text);
  if (problem)
    diagnostics.error(
      'Invalid Lucene query',
      `${JSON.stringify(text)} is not valid Lucene: ${problem}. For a SQL condition set \`${language} = "sql"\`.`,
      [...path, query],
    );
}

/**
 * A validator for a nested attribute whose objects hold a query and its language (a select item, a filter): each
 * object's query is parsed when its language is Lucene.
 */
export function luceneQueryIn(attributes: QueryAttributes): AttributeValidator {
  return {
    description: `\`${attributes.query}\` valid Lucene when \`${attributes.language}\` is \`lucene\``,
    validate(value: TfValue, path: AttributePath, diagnostics: Diagnostics) {
      const objects: [TfValue, AttributePath][] = Array.isArray(value) ? value.map((element, i) => [element, [...path, i]]) : [[value, path]];
      for (const [object, objectPath] of objects) if (isTfObject(object)) checkLuceneQuery(object, objectPath, attributes, diagnostics);
    },
  };
}
