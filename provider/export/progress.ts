// Progress on stderr, so that stdout stays for the summary. On a terminal a bar redraws in place; elsewhere (CI logs,
// pipes) each phase writes one line when it starts and one when it ends, never a line per object.

export interface Progress {
  /** A phase of `total` steps begins. */
  start(phase: string, total: number): void;
  /** One more step of the phase: under way where steps run one at a time, done where they run together (the reads); `detail` names it. */
  step(detail: string): void;
  finish(): void;
}

export const silentProgress: Progress = { start() {}, step() {}, finish() {} };

const BAR_WIDTH = 24;

/** Progress written to `stream` (stderr): a bar on a terminal, phase lines otherwise. */
export function streamProgress(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }): Progress {
  let phase = '';
  let total = 0;
  let done = 0;
  const bar = (detail: string) => {
    const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
    const line = `${phase} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${detail}`;
    stream.write(`\r${line.slice(0, (stream.columns ?? 100) - 1).padEnd((stream.columns ?? 100) - 1)}`);
  };
  return {
    start(name, steps) {
      [phase, total, done] = [name, steps, 0];
      if (stream.isTTY) bar('');
      else stream.write(`${phase}: ${total} step${total === 1 ? '' : 's'}\n`);
    },
    step(detail) {
      done++;
      if (stream.isTTY) bar(detail);
    },
    finish() {
      if (stream.isTTY) {
        bar('done');
        stream.write('\n');
      } else stream.write(`${phase}: done\n`);
    },
  };
}
