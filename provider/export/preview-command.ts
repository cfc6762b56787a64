// `clickstack-preview`: SVG pictures of dashboard layouts, from a saved plan (before and after of every dashboard it
// changes, for reviewing a pull request), a state, a Terraform JSON configuration, an export folder, or the live
// dashboards of a deployment. Each picture is written whole (temp file, then rename) into the output folder.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClickStackClient } from '../client';
import { dashboardFromApi } from '../resources/dashboard/documents';
import { type CommandIo, parseCommandLine, runCommand, selectionOf } from './command';
import { connectionHelp, resolveConnection, UsageError } from './connection';
import { dashboardFileStem } from './hcl-files';
import { layoutOf } from './layout';
import { assignIdentifiers } from './names';
import { type Picture, picturesOf } from './preview-inputs';
import { type Selection, selects } from './selection';
import { dashboardSvg } from './svg';

const COMMAND = 'clickstack-preview';

const HELP = `Usage: ${COMMAND} [options] INPUT...
       ${COMMAND} --live [--name PATTERN] [--tag TAG] [options]

Draws each dashboard's layout as an SVG picture: tiles at their place on the 24-column grid with name and display
type, containers and tabs as the UI shows them.

INPUT is one of:
  a saved plan, as \`terraform show -json PLANFILE\` writes it: for every dashboard the plan creates, changes or
    deletes, its layout before and after side by side, with added, removed, moved and changed tiles outlined
  a state (\`terraform show -json\`) or a Terraform JSON configuration (cdktf's cdk.tf.json): each dashboard
  an export folder of clickstack-export: each dashboard it exported
  - : standard input (\`terraform show -json tfplan | ${COMMAND} -\`)

  --live               draw the deployment's dashboards instead (connection as below)
  --tag TAG, --name PATTERN
                       with --live: only these dashboards (as clickstack-export selects them)
  --out DIR            where the pictures go (default: clickstack-preview); files of the same name are replaced
  -h, --help           this help

${connectionHelp()}
`;

/** Pictures of the deployment's dashboards, named as the exporter names them, with the alerts on their tiles. */
async function livePictures(client: ClickStackClient, selection: Selection, signal?: AbortSignal): Promise<Picture[]> {
  const [all, alerts] = await Promise.all([client.dashboards.list({ signal }), client.alerts.list({ signal })]);
  const dashboards = all.filter(selects(selection));
  const identifiers = assignIdentifiers(dashboards, 'dashboard');
  return dashboards.map((dashboard) => {
    const watching = alerts.filter((alert) => alert.source === 'tile' && alert.dashboardId === dashboard.id && alert.tileId);
    const tileAlerts = watching.map((alert) => ({ name: alert.name ?? 'unnamed alert', tile: { id: alert.tileId! } }));
    return { file: `${dashboardFileStem(identifiers.get(dashboard.id)!)}.svg`, svg: dashboardSvg(layoutOf(dashboardFromApi(dashboard), tileAlerts)) };
  });
}

function writePicture(folder: string, { file, svg }: Picture): string {
  const path = join(folder, file);
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, svg);
  renameSync(partial, path);
  return path;
}

export function runPreview(argv: string[], io: CommandIo & { readStdin?: () => string }): Promise<number> {
  return runCommand(COMMAND, io, async (connect) => {
    const { values, positionals } = parseCommandLine(argv, { live: { type: 'boolean' } }, true);
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (values.live && positionals.length) throw new UsageError('Give either --live or inputs, not both.');
    if (!values.live && positionals.length === 0) throw new UsageError('Give an input (a plan, state, configuration or export folder), or --live.');
    if (!values.live && (values.tag || values.name)) throw new UsageError('--tag and --name choose live dashboards: use them with --live.');
    const readStdin = io.readStdin ?? (() => readFileSync(0, 'utf8'));
    let pictures: Picture[];
    if (values.live) {
      const config = resolveConnection(values as Record<string, string | boolean | undefined>, io.env, values.flavor as string | undefined);
      pictures = await livePictures(connect(config), selectionOf(values), io.signal);
    } else pictures = positionals.flatMap((input) => picturesOf(input, readStdin));

    const folder = (values.out as string | undefined) ?? 'clickstack-preview';
    if (pictures.length === 0) {
      io.stdout.write('No dashboard to draw: the input holds none (or the plan changes none).\n');
      return 0;
    }
    mkdirSync(folder, { recursive: true });
    const written = pictures.map((picture) => writePicture(folder, picture));
    io.stdout.write(`${written.map((path) => `wrote ${path}`).join('\n')}\n`);
    return 0;
  });
}
