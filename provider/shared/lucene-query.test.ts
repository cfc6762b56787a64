import { DiagnosticsCollector } from '../runtime/diagnostics';
import { Unknown, type TfValue } from '../runtime/types';
import { checkLuceneQuery, luceneQueryIn, luceneSyntaxProblem } from './lucene-query';

describe('luceneSyntaxProblem', () => {
  it.each(['', '   ', 'level:error', 'level:error AND service:api', 'a:b c:d', 'NOT level:debug', 'duration:>500', 'a:[1 TO 5]', '"exact phrase"', 'a*', 'a~2'])(
    'accepts %j',
    (query) => {
      expect(luceneSyntaxProblem(query)).toBeUndefined();
    },
  );

  it('reads URLs, localhost ports and escaped colons as ClickStack does, not as field separators', () => {
    for (const query of ['url:http://example.com/a', 'url:https://example.com/a', 'host:localhost:8080', 'path:a\\:b', 'text:a\\\\b']) {
      expect(luceneSyntaxProblem(query)).toBeUndefined();
    }
  });

  it.each<[string, string]>([
    ['a:b)', 'unexpected ")" at character 4'],
    [':x', 'unexpected ":" at character 1'],
    ['a:(b', `the query ends where more is expected (is a "(", "[", "{" or '"' not closed?)`],
    ['"unclosed', `the query ends where more is expected (is a "(", "[", "{" or '"' not closed?)`],
    ['a:[1 TO', `the query ends where more is expected (is a "(", "[", "{" or '"' not closed?)`],
  ])('explains %j', (query, problem) => {
    expect(luceneSyntaxProblem(query)).toBe(problem);
  });

  it('leaves out a position that the preparation of URLs shifted', () => {
    expect(luceneSyntaxProblem('url:http://x AND a:b)')).toBe('unexpected ")"');
  });
});

describe('checking queries in objects', () => {
  const diagnosticsOf = (check: (diagnostics: DiagnosticsCollector) => void) => {
    const diagnostics = new DiagnosticsCollector();
    check(diagnostics);
    return diagnostics.all;
  };
  const where = { query: 'where', language: 'where_language' };

  it('checks a query whose language is Lucene, or unset where Lucene is the default', () => {
    const problem = {
      severity: 'error',
      summary: 'Invalid Lucene query',
      detail: '"a:(b" is not valid Lucene: the query ends where more is expected (is a "(", "[", "{" or \'"\' not closed?). For a SQL condition set `where_language = "sql"`.',
      path: ['select', 0, 'where'],
    };
    expect(diagnosticsOf((d) => checkLuceneQuery({ where: 'a:(b', where_language: 'lucene' }, ['select', 0], where, d))).toEqual([problem]);
    expect(diagnosticsOf((d) => checkLuceneQuery({ where: 'a:(b', where_language: null }, ['select', 0], where, d))).toEqual([problem]);
  });

  it('leaves alone SQL, an unknown language or query, and an unset language without a default', () => {
    const cases: [TfValue, TfValue, 'lucene' | null][] = [
      ['a:(b', 'sql', 'lucene'],
      ['a:(b', new Unknown(), 'lucene'],
      [new Unknown(), 'lucene', 'lucene'],
      ['a:(b', null, null],
    ];
    for (const [query, language, defaultLanguage] of cases)
      expect(diagnosticsOf((d) => checkLuceneQuery({ where: query, where_language: language }, [], { ...where, defaultLanguage }, d))).toEqual([]);
  });

  it('as a validator, checks each object of a list at its index, or a single object', () => {
    const validator = luceneQueryIn(where);
    const list = [{ where: 'ok:1', where_language: null }, { where: 'a:b)', where_language: null }];
    expect(diagnosticsOf((d) => validator.validate(list, ['line_tiles', 0, 'select'], d)).map((x) => x.path)).toEqual([
      ['line_tiles', 0, 'select', 1, 'where'],
    ]);
    expect(diagnosticsOf((d) => validator.validate({ where: 'a:b)', where_language: 'lucene' }, ['config', 'search'], d)).map((x) => x.path)).toEqual([
      ['config', 'search', 'where'],
    ]);
  });
});
