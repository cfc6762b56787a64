// What the two commands share around their work: standard streams and environment passed in (so that tests run them
// in process), one client at most, closed at the end, and every failure reported as one line with its exit code.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { type ClickStackClient, type ClientConfig, createClient } from '../client';
import { CONNECTION_OPTIONS, UsageError } from './connection';
import { describeFailure } from './failures';
import type { Selection } from './selection';

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  /** Aborted on Ctrl-C. */
  signal?: AbortSignal;
}

/** Connects to ClickStack; the command closes the client when it ends. */
export type Connect = (config: ClientConfig) => ClickStackClient;

/** util.parseArgs's errors, told by their code (not their class: it may come from another realm, as under jest). */
const isParseError = (error: unknown) => typeof error === 'object' && error !== null && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');

/** Runs a command's `work`; returns its exit code, or the failure's after writing `<command>: <message>` to stderr. */
export async function runCommand(command: string, io: CommandIo, work: (connect: Connect) => Promise<number>): Promise<number> {
  let client: ClickStackClient | undefined;
  const connect: Connect = (config) => {
    if (config.network?.insecureSkipVerify)
      io.stderr.write(`${command}: warning: TLS certificate verification is off (--insecure-skip-verify or CLICKSTACK_INSECURE_SKIP_VERIFY): anyone on the network path can read and change the traffic.\n`);
    return (client = createClient(config));
  };
  try {
    return await work(connect);
  } catch (error) {
    const failure = describeFailure(isParseError(error) ? new UsageError((error as Error).message) : error, client?.flavor, command);
    io.stderr.write(`${command}: ${failure.message}\n`);
    return failure.exitCode;
  } finally {
    await client?.close();
  }
}

export type Values = Record<string, string | string[] | boolean | undefined>;

/** The options both commands take: the connection, the flavor, a selection by tag and name, the output folder, help. */
const SHARED_OPTIONS: ParseArgsConfig['options'] = {
  ...CONNECTION_OPTIONS,
  flavor: { type: 'string' },
  tag: { type: 'string', multiple: true },
  name: { type: 'string', multiple: true },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/** The command line, strictly: an unknown option is a usage problem. */
export function parseCommandLine(argv: string[], options: ParseArgsConfig['options'], allowPositionals: boolean): { values: Values; positionals: string[] } {
  const { values, positionals } = parseArgs({ args: argv, strict: true, allowPositionals, options: { ...SHARED_OPTIONS, ...options } });
  return { values: values as Values, positionals };
}

export const selectionOf = (values: Values): Selection => ({ tags: (values.tag as string[] | undefined) ?? [], names: (values.name as string[] | undefined) ?? [] });
