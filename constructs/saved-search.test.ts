import { synth, synthError } from '../test/support/cdktf';
import { ClickStackEnvironment } from './environment';
import { SavedSearch } from './saved-search';
import { Source } from './source';

describe('SavedSearch', () => {
  it('synthesizes a clickstack_saved_search over a source looked up in the same environment', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      const logs = Source.fromName(stack, 'logs', { name: 'Logs', kind: 'log' });
      new SavedSearch(stack, 'errors', {
        source: logs,
        name: 'Errors',
        select: 'Timestamp, ServiceName, Body',
        where: 'SeverityText:error',
        orderBy: 'Timestamp DESC',
        tags: ['oncall'],
        filters: [{ condition: "ServiceName IN ('api', 'web')" }],
      });
    });
    expect(json.resource).toMatchSnapshot();
  });

  it('takes a source known only by id, and adopts an existing saved search with importFrom', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      new SavedSearch(stack, 'errors', { source: { sourceId: 's1' }, name: 'Errors' }).importFrom('ss1');
    });
    expect(json.resource.clickstack_saved_search.errors.source_id).toBe('s1');
    expect(json.import).toEqual([{ id: 'ss1', to: 'clickstack_saved_search.errors' }]);
  });

  it('fails synth, naming the construct, on a source of another environment and on invalid props', () => {
    const error = synthError((stack) => {
      const dev = new ClickStackEnvironment(stack, 'dev', { flavor: 'oss', alias: 'dev' });
      const prod = new ClickStackEnvironment(stack, 'prod', { flavor: 'oss', alias: 'prod' });
      const devLogs = Source.fromName(dev, 'logs', { name: 'Logs' });
      new SavedSearch(prod, 'errors', { source: devLogs, name: 'Errors ', whereLanguage: 'kql' as never });
    });
    expect(error).toContain('[stack/prod/errors] `source` belongs to environment stack/dev; this construct belongs to stack/prod.');
    expect(error).toContain('[stack/prod/errors] `name` has leading or trailing spaces, which ClickStack trims.');
    expect(error).toContain('[stack/prod/errors] `whereLanguage` is "kql"; expected one of "lucene", "sql".');
  });
});
