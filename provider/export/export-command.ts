// `clickstack-export`: reads a ClickStack deployment and writes it as code that plans with zero changes, with one
// picture per dashboard. Run by bin/clickstack-export (the bundle) and, in process, by the tests.
import { buildExport, type ObjectMode } from './build';
import { type CommandIo, parseCommandLine, runCommand, selectionOf } from './command';
import { connectionHelp, resolveConnection, UsageError } from './connection';
import { readDeployment } from './deployment';
import { exportFiles } from './export-files';
import type { ExportMode } from './model';
import { writeFolder } from './output-folder';
import { silentProgress, streamProgress } from './progress';
import type { Format } from './summary';

const COMMAND = 'clickstack-export';
const FORMATS: readonly Format[] = ['cdktf', 'hcl'];
const OBJECT_MODES: readonly ObjectMode[] = ['manage', 'lookup'];
const MODES: readonly ExportMode[] = ['import', 'create'];

const HELP = `Usage: ${COMMAND} [options]

Writes the sources (with their links), dashboards (with their tile alerts), saved searches (with their alerts) and
webhooks of a ClickStack deployment, and with everything its connections, custom roles and team members, as code
whose first plan imports them and changes nothing, with an SVG picture of each dashboard's layout.

  --format cdktf|hcl   CDKTF TypeScript (default) or Terraform HCL
  --mode import|create code that adopts the objects (default), or that creates them anew, with no ids and no import
                       blocks: applied to an empty server, it clones the deployment
  --out DIR            output folder (default: clickstack-export); written whole, or not at all
  --force              replace DIR when it exists and is not empty
  --tag TAG            only dashboards and saved searches with this tag (repeatable: any of them)
  --name PATTERN       only those whose name matches (* and ? wildcards, case ignored; repeatable)
  --webhooks manage|lookup
                       write webhooks as resources (default for a full export), or look them up by name
                       (default with --tag or --name: they serve objects outside the selection too)
  --sources manage|lookup
                       write sources and their links as resources (default for a full export), or look them up by
                       name (default with --tag or --name)
  --stack NAME         name of the CDKTF stack (default: clickstack)
  --quiet              no progress on stderr
  -h, --help           this help

${connectionHelp()}
`;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback?: T): T | undefined {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be ${allowed.join(' or ')}, not ${JSON.stringify(value)}.`);
  return value as T;
}

export function runExport(argv: string[], io: CommandIo): Promise<number> {
  return runCommand(COMMAND, io, async (connect) => {
    const { values } = parseCommandLine(
      argv,
      { format: { type: 'string' }, mode: { type: 'string' }, force: { type: 'boolean' }, webhooks: { type: 'string' }, sources: { type: 'string' }, stack: { type: 'string' }, quiet: { type: 'boolean' } },
      false,
    );
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    const format = oneOf('format', values.format as string | undefined, FORMATS, 'cdktf')!;
    const mode = oneOf('mode', values.mode as string | undefined, MODES, 'import')!;
    const webhooks = oneOf('webhooks', values.webhooks as string | undefined, OBJECT_MODES);
    const sources = oneOf('sources', values.sources as string | undefined, OBJECT_MODES);
    const out = (values.out as string | undefined) ?? 'clickstack-export';
    const stack = (values.stack as string | undefined) ?? 'clickstack';
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(stack)) throw new UsageError(`--stack must be a letter followed by letters, digits, _ or -, not ${JSON.stringify(stack)}.`);
    const config = resolveConnection(values as Record<string, string | boolean | undefined>, io.env, values.flavor as string | undefined);
    const client = connect(config);
    const progress = values.quiet ? silentProgress : streamProgress(io.stderr);
    const deployment = await readDeployment(client, progress, io.signal);
    const exported = buildExport(deployment, { selection: selectionOf(values), webhooks, sources, mode });
    const { files, summary } = exportFiles(exported, { format, folder: out, stack }, progress);
    writeFolder(out, files, values.force === true);
    io.stdout.write(`${summary.join('\n')}\n`);
    return 0;
  });
}
