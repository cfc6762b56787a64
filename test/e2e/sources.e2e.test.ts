// Managed sources end to end through the real terraform against the in-process suite.emulator, once per flavor: a log, a
// trace, a metric and a session source linked both ways in one apply; a clean replan; edits made in the UI showing as
// drift of the resource that owns the field; import of a seeded source and its links; destroy leaving nothing. The
// steps run in order in one workspace.
import { SEED_IDS } from '../../emulator';
import type { Source } from '../../provider/client';
import { type FlavorTarget, emulatorAndProvider, flavorWorkspace, targetFor } from '../support/clickstack-workspaces';
import { FLAVORS } from '../support/emulator-clients';
import { resourceValues, type Workspace } from '../support/terraform-cli';
import { editLikeTheUi } from '../support/ui-edit';

// A step runs terraform two or three times (1 to 3 s each on 2 shared cores).
jest.setTimeout(120_000);

const suite = emulatorAndProvider();

/** Names carry the flavor: both flavors share the emulator's one team. */
const configuration = (flavor: string) => `
data "clickstack_source" "seeded" {
  id = "${SEED_IDS.logSource}"
}

locals {
  connection_id = data.clickstack_source.seeded.connection
}

resource "clickstack_source" "logs" {
  name                       = "e2e ${flavor} logs"
  kind                       = "log"
  connection_id              = local.connection_id
  database                   = "default"
  table                      = "otel_logs"
  timestamp_value_expression = "TimestampTime"
  log = {
    default_table_select_expression = "Timestamp, ServiceName, Body"
    body_expression                 = "Body"
    trace_id_expression             = "TraceId"
    span_id_expression              = "SpanId"
  }
}

resource "clickstack_source" "traces" {
  name                       = "e2e ${flavor} traces"
  kind                       = "trace"
  connection_id              = local.connection_id
  database                   = "default"
  table                      = "otel_traces"
  timestamp_value_expression = "Timestamp"
  trace = {
    default_table_select_expression = "Timestamp, ServiceName, SpanName"
    duration_expression             = "Duration"
    duration_precision              = 9
    trace_id_expression             = "TraceId"
    span_id_expression              = "SpanId"
    parent_span_id_expression       = "ParentSpanId"
    span_name_expression            = "SpanName"
    span_kind_expression            = "SpanKind"
  }
}

resource "clickstack_source" "metrics" {
  name                       = "e2e ${flavor} metrics"
  kind                       = "metric"
  connection_id              = local.connection_id
  database                   = "default"
  timestamp_value_expression = "TimeUnix"
  metric = {
    tables                         = { gauge = "otel_metrics_gauge", exponential_histogram = "otel_metrics_exponential_histogram" }
    resource_attributes_expression = "ResourceAttributes"
  }
}

resource "clickstack_source" "sessions" {
  name                       = "e2e ${flavor} sessions"
  kind                       = "session"
  connection_id              = local.connection_id
  database                   = "default"
  table                      = "hyperdx_sessions"
  timestamp_value_expression = "TimestampTime"
  session                    = { trace_source_id = clickstack_source.traces.id }
}

resource "clickstack_source_links" "logs" {
  source_id        = clickstack_source.logs.id
  trace_source_id  = clickstack_source.traces.id
  metric_source_id = clickstack_source.metrics.id
}

resource "clickstack_source_links" "traces" {
  source_id         = clickstack_source.traces.id
  log_source_id     = clickstack_source.logs.id
  session_source_id = clickstack_source.sessions.id
  metric_source_id  = clickstack_source.metrics.id
}

resource "clickstack_source_links" "metrics" {
  source_id     = clickstack_source.metrics.id
  log_source_id = clickstack_source.logs.id
}
`;

async function expectNoChanges(ws: Workspace): Promise<void> {
  const plan = await ws.plan();
  expect(plan.stderr).toBe('');
  expect(plan.stdout).toContain('No changes.');
  expect(plan.code).toBe(0);
}

async function expectApplied(ws: Workspace, summary: string): Promise<void> {
  const apply = await ws.apply();
  expect(apply.stderr).toBe('');
  expect(apply.code).toBe(0);
  expect(apply.stdout).toContain(summary);
}

describe.each(FLAVORS)('%s', (flavor) => {
  let target: FlavorTarget;
  let ws: Workspace;
  beforeAll(async () => {
    target = targetFor(suite.emulator, flavor);
    ws = flavorWorkspace(suite.provider, target);
    ws.write('main.tf', configuration(flavor));
    const init = await ws.terraform('init');
    if (init.code !== 0) throw new Error(`terraform init failed:\n${init.stderr}`);
  });
  afterAll(async () => {
    ws?.dispose();
    await target?.client.close();
  });

  const ours = async () => (await target.client.sources.list()).filter((source) => source.name.startsWith(`e2e ${flavor} `));
  const idOf = async (address: string) => String(resourceValues(await ws.show(), address)!.id);

  test('one apply creates four sources linked both ways', async () => {
    await expectApplied(ws, 'Apply complete! Resources: 7 added, 0 changed, 0 destroyed.');
    const byName = new Map((await ours()).map((source) => [source.name.replace(`e2e ${flavor} `, ''), source as Source & Record<string, unknown>]));
    const [logs, traces, metrics, sessions] = ['logs', 'traces', 'metrics', 'sessions'].map((name) => byName.get(name)!);
    expect(logs).toMatchObject({ traceSourceId: traces.id, metricSourceId: metrics.id, bodyExpression: 'Body' });
    expect(traces).toMatchObject({ logSourceId: logs.id, sessionSourceId: sessions.id, metricSourceId: metrics.id, durationPrecision: 9 });
    expect(metrics).toMatchObject({ logSourceId: logs.id });
    expect(sessions).toMatchObject({ traceSourceId: traces.id });
  });

  test('a second plan finds no changes', async () => {
    await expectNoChanges(ws);
  });

  test('edits made in the UI show as drift of the resource owning the field, and apply reverts them', async () => {
    const traces = await idOf('clickstack_source.traces');
    await editLikeTheUi(suite.emulator, flavor, 'sources', traces, (current) => {
      current.logSourceId = SEED_IDS.logSource;
      current.spanNameExpression = 'Name';
    });
    const plan = await ws.plan();
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('# clickstack_source.traces will be updated in-place');
    expect(plan.stdout).toMatch(/~ span_name_expression\s+= "Name" -> "SpanName"/);
    expect(plan.stdout).toContain('# clickstack_source_links.traces will be updated in-place');
    expect(plan.stdout).toMatch(new RegExp(`~ log_source_id\\s+= "${SEED_IDS.logSource}" -> "[0-9a-f]{24}"`));
    expect(plan.stdout).toContain('Plan: 0 to add, 2 to change, 0 to destroy.');
    await expectApplied(ws, 'Apply complete! Resources: 0 added, 2 changed, 0 destroyed.');
    expect(await target.client.sources.get(traces)).toMatchObject({ logSourceId: await idOf('clickstack_source.logs'), spanNameExpression: 'SpanName' });
    await expectNoChanges(ws);
  });

  test('import blocks with -generate-config-out adopt a seeded source and its links, which then plan no changes', async () => {
    ws.write(
      'imports.tf',
      ['clickstack_source', 'clickstack_source_links'].map((type) => `import {\n  to = ${type}.seeded_traces\n  id = "${SEED_IDS.traceSource}"\n}\n`).join('\n'),
    );
    const generate = await ws.plan('-generate-config-out=generated.tf');
    expect(generate.stderr).toBe('');
    expect(generate.stdout).toContain('Plan: 2 to import, 0 to add, 0 to change, 0 to destroy.');
    await expectApplied(ws, 'Apply complete! Resources: 2 imported, 0 added, 0 changed, 0 destroyed.');
    ws.remove('imports.tf');
    await expectNoChanges(ws);
    // The seeded source stays: only what this suite made is destroyed next.
    const removed = await ws.terraform('state', 'rm', 'clickstack_source.seeded_traces', 'clickstack_source_links.seeded_traces');
    expect(removed.code).toBe(0);
    ws.remove('generated.tf');
  });

  test('destroy deletes every source it made', async () => {
    const destroy = await ws.terraform('destroy', '-auto-approve');
    expect(destroy.stderr).toBe('');
    expect(destroy.stdout).toContain('Destroy complete! Resources: 7 destroyed.');
    expect(await ours()).toEqual([]);
    expect(await target.client.sources.get(SEED_IDS.traceSource)).toMatchObject({ logSourceId: SEED_IDS.logSource, sessionSourceId: SEED_IDS.sessionSource });
  });
});
