import { TerraformOutput } from 'cdktf';
import { synth, synthError } from '../test/support/cdktf';
import { Dashboard } from './dashboard';
import { ClickStackEnvironment } from './environment';

describe('Dashboard.fromName', () => {
  it('looks a dashboard up by name; its ids, and tile ids by name, resolve when Terraform plans', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      const health = Dashboard.fromName(stack, 'health', { name: 'Service health' });
      new TerraformOutput(stack, 'ids', { value: { dashboard: health.dashboardId, errors: health.tileId('Errors') } });
    });
    expect(json.data).toMatchSnapshot();
    expect(json.output.ids.value).toEqual({
      dashboard: '${data.clickstack_dashboard.health.id}',
      errors: '${data.clickstack_dashboard.health.tile_ids["Errors"]}',
    });
  });

  it('fails synth on an empty name', () => {
    const error = synthError((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      Dashboard.fromName(stack, 'health', { name: '' });
    });
    expect(error).toContain('[stack/health] `name` must not be empty.');
  });
});
