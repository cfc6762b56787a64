import { SavedSearchDefinition } from './saved-search-definition';

describe('SavedSearchDefinition', () => {
  it('maps its props to the clickstack_saved_search configuration; a filter is sql unless it says otherwise', () => {
    const definition = new SavedSearchDefinition(
      { name: 'Errors', where: 'level:error', tags: ['oncall'], filters: [{ condition: "ServiceName IN ('api')" }, { condition: 'level:error', type: 'lucene' }] },
      '${data.clickstack_source.logs.id}',
    );
    expect(definition.validate()).toEqual([]);
    expect(definition.toConfig()).toEqual({
      name: 'Errors',
      sourceId: '${data.clickstack_source.logs.id}',
      where: 'level:error',
      tags: ['oncall'],
      filters: [
        { type: 'sql', condition: "ServiceName IN ('api')" },
        { type: 'lucene', condition: 'level:error' },
      ],
    });
  });

  it('keeps a comparison made in the UI (sql_ast) as it is, and requires its operator and operands', () => {
    const comparison = { type: 'sql_ast', operator: '!=', left: 'SeverityText', right: "'debug'" } as const;
    const definition = new SavedSearchDefinition({ name: 'Errors', filters: [{ condition: 'a = 1' }, comparison] }, 'id');
    expect(definition.validate()).toEqual([]);
    expect(definition.toConfig().filters).toEqual([{ type: 'sql', condition: 'a = 1' }, comparison]);
    expect(new SavedSearchDefinition({ name: 'Errors', filters: [{ ...comparison, operator: '', right: '' }] }, 'id').validate()).toEqual([
      '`filters[0].operator` must not be empty.',
      '`filters[0].right` must not be empty.',
    ]);
  });

  it('refuses what ClickStack refuses, naming each prop', () => {
    const definition = new SavedSearchDefinition(
      {
        name: ' Errors',
        whereLanguage: 'kql' as never,
        tags: [...Array.from({ length: 50 }, () => 't'), 'x'.repeat(33)],
        filters: [{ condition: '' }, { condition: 'a', type: 'promql' as never }],
      },
      'id',
    );
    expect(definition.validate()).toEqual([
      '`name` has leading or trailing spaces, which ClickStack trims.',
      '`whereLanguage` is "kql"; expected one of "lucene", "sql".',
      '`tags` has 51 tags; at most 50 are allowed.',
      '`tags[50]` is 33 characters long; at most 32 are allowed.',
      '`filters[0].condition` must not be empty.',
      '`filters[1].type` is "promql"; expected one of "lucene", "sql".',
    ]);
  });
});
