// clickstack_saved_search, unit: validation, plan defaults and API bodies.
import { SEED_IDS } from '../../emulator';
import { clickstackHarness } from '../../test/support/clickstack';
import { differences } from '../../test/support/terraform-rules';
import { savedSearchToApi } from './saved-search';
import { errors, filter } from '../../test/support/saved-searches';

describe('clickstack_saved_search, unit', () => {
  const lifecycle = clickstackHarness(() => undefined).resource('clickstack_saved_search');

  it('plans the server defaults of unset attributes', async () => {
    const { planned } = await lifecycle.plan(null, errors({ filters: [filter({ condition: "ServiceName IN ('api')" })] }));
    expect(planned).toMatchObject({ select: '', where: 'level:error', where_language: 'lucene', order_by: '', tags: [], filters: [{ type: 'sql' }] });
  });

  it('plans a removed value back to its default, because PUT resets what it omits', async () => {
    const state = { ...(await lifecycle.plan(null, errors({ order_by: 'Timestamp DESC' }))).planned!, id: 's1' };
    const { planned } = await lifecycle.plan(state, errors());
    expect(differences(state, planned!)).toEqual(['.order_by: "Timestamp DESC" -> ""']);
  });

  it('requires the fields of each filter type and refuses the others, and refuses names the server would trim', async () => {
    const sqlAst = { type: 'sql_ast', operator: '=', left: 'ServiceName', right: "'api'" };
    const { diagnostics } = await lifecycle.plan(
      null,
      errors({
        name: ' Errors',
        filters: [filter({}), filter({ type: 'sql_ast', left: 'a' }), filter({ condition: 'x', operator: '=' }), filter({ ...sqlAst, condition: 'x' }), filter(sqlAst)],
      }),
    );
    expect(diagnostics.map((d) => [d.summary, d.detail, d.path])).toEqual([
      ['Invalid attribute value', expect.any(String), ['name']],
      ['Invalid filter', '`condition` is required unless `type` is `sql_ast`.', ['filters', 0, 'condition']],
      ['Invalid filter', '`operator` is required when `type` is `sql_ast`.', ['filters', 1, 'operator']],
      ['Invalid filter', '`right` is required when `type` is `sql_ast`.', ['filters', 1, 'right']],
      ['Invalid filter', '`operator` must be unset unless `type` is `sql_ast`.', ['filters', 2, 'operator']],
      ['Invalid filter', '`condition` must be unset when `type` is `sql_ast`.', ['filters', 3, 'condition']],
    ]);
  });

  it('sends the planned filters, whatever the current document holds at their positions', () => {
    const sqlAst = { type: 'sql_ast' as const, operator: '=', left: 'ServiceName', right: "'api'" };
    const planned = errors({ filters: [filter({ type: 'sql', condition: "Level IN ('error')" }), filter(sqlAst)] });
    const current = { id: 's1', name: 'Errors', sourceId: SEED_IDS.logSource, filters: [sqlAst] };
    expect(savedSearchToApi(planned, current).filters).toEqual([{ type: 'sql', condition: "Level IN ('error')" }, sqlAst]);
  });

  it('keeps unmodeled fields from the current document, never server bookkeeping', () => {
    const current = { id: 's1', teamId: 't', createdAt: 'c', updatedAt: 'u', name: 'Errors', sourceId: SEED_IDS.logSource, futureField: 1 };
    expect(savedSearchToApi(errors({ tags: [] }), current)).toEqual({
      name: 'Errors', sourceId: SEED_IDS.logSource, where: 'level:error', tags: [], futureField: 1,
    });
  });

  describe('sql_ast filters, which the API takes only unchanged', () => {
    const sqlAst = { type: 'sql_ast', operator: '=', left: 'ServiceName', right: "'api'" };
    const refusal = (index: number, action: string) => ({
      severity: 'error',
      summary: 'sql_ast filter not creatable',
      detail:
        "ClickStack's API takes a `sql_ast` filter only unchanged from the stored saved search: such filters are made in the search UI. " +
        `${action}, or use a \`sql\` filter (\`col IN (...)\`, \`col NOT IN (...)\` or \`col BETWEEN a AND b\`).`,
      path: ['filters', index, 'type'],
    });

    it('refuses to create a saved search with one', async () => {
      const { planned, diagnostics } = await lifecycle.plan(null, errors({ filters: [filter(sqlAst)] }));
      expect(planned).toBeUndefined();
      expect(diagnostics).toEqual([refusal(0, 'Make the saved search with the filter in the UI and import it')]);
    });

    it('keeps the ones an imported saved search has, and refuses one added or changed', async () => {
      const imported = { ...(await lifecycle.plan(null, errors())).planned!, id: 's1', filters: [{ ...filter(sqlAst), type: 'sql_ast', condition: null }] };
      expect((await lifecycle.plan(imported, errors({ filters: [filter(sqlAst)], order_by: 'Timestamp' }))).diagnostics).toEqual([]);
      const added = await lifecycle.plan(imported, errors({ filters: [filter(sqlAst), filter({ ...sqlAst, right: "'web'" })] }));
      expect(added.diagnostics).toEqual([refusal(1, 'Add or change the filter in the UI and refresh')]);
    });
  });

  it('refuses a search or a lucene filter that is not valid Lucene, at plan time', async () => {
    const diagnostics = await lifecycle.validate(errors({ where: 'level:(error', filters: [filter({ type: 'lucene', condition: 'a:b)' }), filter({ condition: 'a:b)' })] }));
    expect(diagnostics.map((d) => [d.summary, d.detail, d.path])).toEqual([
      [
        'Invalid Lucene query',
        '"level:(error" is not valid Lucene: the query ends where more is expected (is a "(", "[", "{" or \'"\' not closed?). For a SQL condition set `where_language = "sql"`.',
        ['where'],
      ],
      ['Invalid Lucene query', '"a:b)" is not valid Lucene: unexpected ")" at character 4. For a SQL condition set `type = "sql"`.', ['filters', 0, 'condition']],
    ]);
  });
});
