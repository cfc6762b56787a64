// The app of issue 22, generated: per service one dashboard of 10 typed tiles (one of them in a tab), 3 tile alerts,
// a saved search and 2 source lookups, all in one stack beside one environment and one webhook lookup. Written twice:
// with the typed constructs, as the docs show, and with the generated bindings directly (the same resources, their
// configuration spelled out), so that the bench can set the constructs' synth beside the floor the bindings allow.
//   node synth-app.js <constructs|bindings> <services> <outdir>
// prints {"ms": wall time of the synth, "cpuMs": its CPU time (user and system), "rss": the process's peak RSS in MB}
import { App, TerraformStack } from 'cdktf';
import {
  Alert,
  AlertChannel,
  BarTile,
  bindings,
  ClickStackEnvironment,
  Dashboard,
  LineTile,
  MarkdownTile,
  NumberTile,
  PieTile,
  SavedSearch,
  SearchTile,
  Select,
  Source,
  TableTile,
  Threshold,
  Webhook,
} from '../constructs';

export type AppStyle = 'constructs' | 'bindings';

function withConstructs(stack: TerraformStack, services: number): void {
  new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
  const channel = AlertChannel.webhook(Webhook.fromName(stack, 'alerts', { name: 'Alerts channel' }));
  for (let s = 0; s < services; s++) {
    const service = `svc${s}`;
    const logs = Source.fromName(stack, `${service}_logs`, { name: 'Logs', kind: 'log' });
    const traces = Source.fromName(stack, `${service}_traces`, { name: 'Traces', kind: 'trace' });
    const where = `ServiceName:${service}`;
    const errors = new LineTile('errors', { title: 'Errors', source: logs, select: [Select.count({ where: `${where} SeverityText:error` })] });
    const warnings = new LineTile('warnings', { title: 'Warnings', source: logs, select: [Select.count({ where: `${where} SeverityText:warn` })] });
    const latency = new LineTile('latency', { title: 'Latency', source: traces, select: [Select.quantile('Duration', 0.95, { where })] });
    const requests = new NumberTile('requests', { title: 'Requests', source: traces, select: [Select.count({ where })] });
    const slow = new NumberTile('slow', { title: 'Slow requests', source: traces, select: [Select.count({ where: `${where} Duration:>1000` })] });
    const operations = new TableTile('operations', { title: 'Operations', source: traces, select: [Select.count({ where })], groupBy: 'SpanName' });
    const levels = new PieTile('levels', { title: 'Levels', source: logs, select: [Select.count({ where })], groupBy: 'SeverityText' });
    const hosts = new BarTile('hosts', { title: 'Hosts', source: logs, select: [Select.count({ where })], groupBy: 'Host' });
    const events = new SearchTile('events', { title: 'Events', source: logs, where });
    const about = new MarkdownTile('about', { title: 'About', text: `Service ${service}, managed by CDKTF.` });
    const dashboard = new Dashboard(stack, `${service}_health`, { name: `${service} health`, tags: ['generated'] })
      .addRow(errors, warnings, latency)
      .addRow(requests, slow, operations)
      .addRow(levels, hosts, events);
    dashboard.addContainer('more', { title: 'More' }).addTab('about', { title: 'About' }).addRow(about);
    for (const [name, tile] of [['errors', errors], ['latency', latency], ['requests', requests]] as const)
      new Alert(stack, `${service}_${name}`, { tile, name: `${service} ${name}`, threshold: Threshold.above(100), interval: '5m', channels: [channel] });
    new SavedSearch(stack, `${service}_search`, { name: `${service} errors`, source: logs, where: `${where} SeverityText:error` });
  }
}

function withBindings(stack: TerraformStack, services: number): void {
  const provider = new bindings.provider.ClickstackProvider(stack, 'clickstack', {});
  const webhook = new bindings.dataClickstackWebhook.DataClickstackWebhook(stack, 'alerts', { provider, name: 'Alerts channel' });
  const cell = (x: number, y: number) => ({ x, y, w: 8, h: 10 });
  for (let s = 0; s < services; s++) {
    const service = `svc${s}`;
    const source = (id: string, name: string, kind: string) => new bindings.dataClickstackSource.DataClickstackSource(stack, `${service}_${id}`, { provider, name, kind });
    const logs = source('logs', 'Logs', 'log').id;
    const traces = source('traces', 'Traces', 'trace').id;
    const where = `ServiceName:${service}`;
    const count = (condition: string) => [{ aggFn: 'count', where: condition }];
    const dashboard = new bindings.dashboard.Dashboard(stack, `${service}_health`, {
      provider,
      name: `${service} health`,
      tags: ['generated'],
      lineTiles: [
        { key: 'errors', name: 'Errors', ...cell(0, 0), sourceId: logs, select: count(`${where} SeverityText:error`) },
        { key: 'warnings', name: 'Warnings', ...cell(8, 0), sourceId: logs, select: count(`${where} SeverityText:warn`) },
        { key: 'latency', name: 'Latency', ...cell(16, 0), sourceId: traces, select: [{ aggFn: 'quantile', valueExpression: 'Duration', level: 0.95, where }] },
      ],
      numberTiles: [
        { key: 'requests', name: 'Requests', ...cell(0, 10), sourceId: traces, select: count(where) },
        { key: 'slow', name: 'Slow requests', ...cell(8, 10), sourceId: traces, select: count(`${where} Duration:>1000`) },
      ],
      tableTiles: [{ key: 'operations', name: 'Operations', ...cell(16, 10), sourceId: traces, select: count(where), groupBy: 'SpanName' }],
      pieTiles: [{ key: 'levels', name: 'Levels', ...cell(0, 20), sourceId: logs, select: count(where), groupBy: 'SeverityText' }],
      barTiles: [{ key: 'hosts', name: 'Hosts', ...cell(8, 20), sourceId: logs, select: count(where), groupBy: 'Host' }],
      searchTiles: [{ key: 'events', name: 'Events', ...cell(16, 20), sourceId: logs, where, select: '' }],
      markdownTiles: [{ key: 'about', name: 'About', x: 0, y: 0, w: 24, h: 10, containerId: 'more', tabId: 'about', text: `Service ${service}, managed by CDKTF.` }],
      containers: [{ id: 'more', title: 'More', tabs: [{ id: 'about', title: 'About' }] }],
    });
    for (const name of ['errors', 'latency', 'requests'])
      new bindings.alert.Alert(stack, `${service}_${name}`, {
        provider,
        name: `${service} ${name}`,
        dashboardId: dashboard.id,
        tileId: dashboard.tileIds.lookup(name),
        thresholdType: 'above',
        threshold: 100,
        interval: '5m',
        channels: [{ webhookId: webhook.id }],
      });
    new bindings.savedSearch.SavedSearch(stack, `${service}_search`, { provider, name: `${service} errors`, sourceId: logs, where: `${where} SeverityText:error` });
  }
}

/** Synthesizes the app of `services` services into `outdir`. */
export function synthApp(style: AppStyle, services: number, outdir: string): void {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'services');
  (style === 'constructs' ? withConstructs : withBindings)(stack, services);
  app.synth();
}

if (require.main === module) {
  const [style, services, outdir] = process.argv.slice(2);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  synthApp(style as AppStyle, Number(services), outdir);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  process.stdout.write(`${JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, rss: process.resourceUsage().maxRSS / 1024 })}\n`);
}
