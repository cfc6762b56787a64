// Counterexamples the property test found, each kept as a named deployment that every run of the regression test
// seeds again (export-property.e2e.test.ts). Shrunk by hand to what broke.
import { SEED_IDS } from '../../../emulator';
import type { Deployment } from './deployments';

const count = { aggFn: 'count' };
const markdown = (name: string, [x, y, w, h]: number[], place = {}) => ({ name, x, y, w, h, config: { displayType: 'markdown', markdown: name }, ...place });

/**
 * Found on the first run (seed 1, OSS): layouts the API takes but the constructs refused at synth, so the exported
 * app failed `synth` while the HCL export of the same deployment planned clean. Overlapping tiles, tiles past the
 * 24th column and far below the visible rows, a tile of a container of two tabs that sits in none of them; and an alert on
 * an overlapped tile, which must still find its tile.
 */
const layoutsTheServerTakes: Deployment = {
  webhooks: [],
  savedSearches: [],
  dashboards: [
    {
      body: {
        name: 'Layouts the server takes',
        tiles: [
          { name: 'Under', x: 0, y: 0, w: 12, h: 4, config: { displayType: 'line', sourceId: SEED_IDS.logSource, select: [count] } },
          { name: 'Over', x: 6, y: 2, w: 12, h: 4, config: { displayType: 'number', sourceId: SEED_IDS.logSource, select: [count] } },
          markdown('Past the edge', [20, 6, 10, 2]),
          { name: 'Far below', x: 0, y: 400, w: 8, h: 3, config: { displayType: 'heatmap', sourceId: SEED_IDS.traceSource, select: [{ valueExpression: 'Duration' }] } },
          markdown('In no tab', [0, 0, 6, 2], { containerId: 'tabbed' }),
          markdown('In a tab', [0, 0, 6, 2], { containerId: 'tabbed', tabId: 'first' }),
          markdown("Also in a tab", [18, 0, 12, 2], { containerId: 'tabbed', tabId: 'second' }),
        ],
        containers: [{ id: 'tabbed', title: 'Tabbed', collapsed: false, tabs: [{ id: 'first', title: 'First' }, { id: 'second', title: 'Second' }] }],
      },
      alerts: [{ tile: 1, alert: { settings: { interval: '5m', thresholdType: 'above', threshold: 1 }, channels: [{ webhook: 0, options: {} }] } }],
    },
  ],
};

/**
 * Found by the second OSS run (seed 3): an alert on a tile whose title ends in a newline. The CDKTF app referred to
 * the tile as `tile_ids["<title>"]` with the title as it is, which Terraform cannot parse ("Invalid multi-line
 * string"); quotes and backslashes broke it alike. The key is now escaped for the quoted string.
 */
const alertOnAnAwkwardTitle: Deployment = {
  webhooks: [],
  savedSearches: [],
  dashboards: [
    {
      body: {
        name: 'Awkward titles',
        tiles: [
          { name: 'trailing newline\n', x: 0, y: 0, w: 12, h: 4, config: { displayType: 'line', sourceId: SEED_IDS.logSource, select: [count] } },
          { name: 'a "quoted" \\ back${slash}', x: 12, y: 0, w: 12, h: 4, config: { displayType: 'number', sourceId: SEED_IDS.logSource, select: [count] } },
        ],
      },
      alerts: [0, 1].map((tile) => ({ tile, alert: { settings: { interval: '5m', thresholdType: 'above', threshold: 1 }, channels: [{ webhook: 0, options: {} }] } })),
    },
  ],
};

/**
 * Found by a long run (OSS): a container stored with `tabs: []`. The import read the empty list as `[]`, which the HCL
 * export wrote back but the constructs cannot (a container without tabs leaves them out), so the CDKTF export planned
 * `tabs = [] -> null`. The server shows `[]` and no tabs alike; the provider now reads either as the state has it.
 * The integration run's case "10 to import, 1 to change" (seed 2055945195 under the generator of c7890e3^: two
 * dashboards with containers, two saved searches, an incidentio webhook named with 300 characters) replayed to the same
 * change, `containers.1.tabs: [] -> null`, and nothing else; its webhook stays here beside the container.
 */
const containerWithEmptyTabs: Deployment = {
  webhooks: [{ name: 'x'.repeat(300), service: 'incidentio', url: 'https://hooks.example.com/generated?token=${x}', body: '{"text":"{{title}}"}' }],
  savedSearches: [],
  dashboards: [
    {
      body: {
        name: 'A container with an empty tab list',
        tiles: [markdown('In the container', [0, 0, 6, 2], { containerId: 'untabbed' })],
        containers: [{ id: 'untabbed', title: 'Untabbed', collapsed: false, tabs: [] }],
      },
      alerts: [],
    },
  ],
};

/**
 * Found by a long run (OSS, seed 21777993): alerts on a tile titled with 300 characters and on a tile of a dashboard
 * named with 300 characters. A reference longer than a line (`clickstack_dashboard.<name>.tile_ids["<title>"]`) was
 * written as the fields of the reference object (`tile_id = { reference = { kind = "attribute" ... } }`), which
 * Terraform refuses; the HCL writer (and the TypeScript one alike) now writes a reference on its line whatever its length.
 */
const alertOnALongTitle: Deployment = {
  webhooks: [],
  savedSearches: [],
  dashboards: [
    {
      body: {
        name: 'y'.repeat(300),
        tiles: [
          { name: 'z'.repeat(300), x: 0, y: 0, w: 12, h: 4, config: { displayType: 'number', sourceId: SEED_IDS.logSource, select: [count] } },
          { name: '%{ a directive }', x: 12, y: 0, w: 12, h: 4, config: { displayType: 'line', sourceId: SEED_IDS.logSource, select: [count] } },
        ],
      },
      alerts: [0, 1].map((tile) => ({ tile, alert: { settings: { interval: '5m', thresholdType: 'above', threshold: 1 }, channels: [{ webhook: 0, options: {} }] } })),
    },
  ],
};

export const REGRESSIONS: Record<string, Deployment> = { layoutsTheServerTakes, alertOnAnAwkwardTitle, containerWithEmptyTabs, alertOnALongTitle };

/** The regressions as one deployment, so that one round trip checks them all. */
export function allRegressions(): Deployment {
  const all = Object.values(REGRESSIONS);
  return { webhooks: all.flatMap((d) => d.webhooks), savedSearches: all.flatMap((d) => d.savedSearches), dashboards: all.flatMap((d) => d.dashboards) };
}
