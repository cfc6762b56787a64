import { synth, synthError } from '../test/support/cdktf';
import { ClickStackEnvironment } from './environment';
import { Source } from './source';

describe('Source.fromName', () => {
  it('looks a source up by name and kind in each environment, so one definition works where ids differ', () => {
    const json = synth((stack) => {
      for (const name of ['dev', 'prod']) {
        const environment = new ClickStackEnvironment(stack, name, { flavor: 'oss', alias: name });
        const logs = Source.fromName(environment, 'logs', { name: 'Logs', kind: 'log' });
        expect(logs.kind).toBe('log');
        expect(logs.environment).toBe(environment);
      }
    });
    expect(json.data).toMatchSnapshot();
  });

  it('fails synth on an empty name or an unknown kind', () => {
    const error = synthError((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      Source.fromName(stack, 'logs', { name: '', kind: 'logs' as never });
    });
    expect(error).toContain('[stack/logs] `name` must not be empty.');
    expect(error).toContain('[stack/logs] `kind` is "logs"; expected one of "log", "trace", "metric", "session", "promql".');
  });
});
