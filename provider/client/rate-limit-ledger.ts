// The requests of one server and API key, shared by the processes of one user: Terraform starts the provider anew for
// each step of a command (plan, then apply), and the server counts the requests of all of them. Each process appends
// its requests to log files in a private temp directory, one file per window-long period, and reads what the others
// appended since it last looked. Files are only ever appended to, and appends of one short line are atomic, so
// processes running at once lose nothing. Any file-system failure turns the ledger off: the limiter then counts only
// its own process's requests, as it would without a ledger.
import { appendFileSync, closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RequestLedger {
  /** Requests appended since the last read (by any process, this one included): their key and when they count as made. */
  read(now: number): Array<[string, number]>;
  /** Appends a request, or a later time for one already recorded. */
  record(key: string, at: number): void;
}

/** Files untouched this long belong to runs long over. */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * The ledger `<name>` in this user's private temp directory, for a window of `windowMs`; undefined when that directory
 * cannot be trusted.
 */
export function ledgerFile(name: string, windowMs: number, directory: string = defaultDirectory()): RequestLedger | undefined {
  try {
    if (!privateDirectory(directory)) return undefined;
    sweepStale(directory, STALE_MS);
    return new FileLedger(directory, name, windowMs);
  } catch {
    return undefined;
  }
}

function defaultDirectory(): string {
  return join(tmpdir(), `clickstack-rate-limits-${process.getuid?.() ?? 'user'}`);
}

/** Creates the directory, or accepts an existing one only if it is a real directory of this user that only they can use. */
export function privateDirectory(directory: string): boolean {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const stats = lstatSync(directory);
  const ownedByUs = process.getuid === undefined || stats.uid === process.getuid();
  return stats.isDirectory() && ownedByUs && (stats.mode & 0o077) === 0;
}

const sweptDirectories = new Set<string>();

/** The file whose time says when `directory` was last swept, by any process. */
export const SWEPT_MARKER = '.swept';
/** How often a directory is swept at most: every provider process opens it, and a sweep reads every file in it. */
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Removes the files of `directory` untouched for longer than `maxAgeMs`: once per process, and only when no process
 * swept it within SWEEP_INTERVAL_MS (the marker's time), so that most starts cost one stat, not one per file.
 */
export function sweepStale(directory: string, maxAgeMs: number, now = Date.now()): void {
  if (sweptDirectories.has(directory)) return;
  sweptDirectories.add(directory);
  const marker = join(directory, SWEPT_MARKER);
  try {
    if (now - statSync(marker).mtimeMs < SWEEP_INTERVAL_MS) return;
  } catch {
    // never swept
  }
  writeFileSync(marker, '', { mode: 0o600 }); // first: the processes starting meanwhile skip the sweep
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (name !== SWEPT_MARKER && now - statSync(path).mtimeMs > maxAgeMs) unlinkSync(path);
  }
}

/** How far this process has read one period's file. */
interface ReadPosition {
  offset: number;
  /** The start of a line whose end was not written yet. */
  partialLine: string;
}

/**
 * One file per period of `windowMs`: the requests that still count at any moment are in the files of the current period
 * and the one before, so older files are deleted as periods go by.
 */
class FileLedger implements RequestLedger {
  private enabled = true;
  private readonly positions = new Map<number, ReadPosition>();
  /** The latest period whose file this process appended to; the file two periods before it is deleted once. */
  private latestPeriod: number | undefined;

  constructor(
    private readonly directory: string,
    private readonly name: string,
    private readonly windowMs: number,
  ) {}

  read(now: number): Array<[string, number]> {
    if (!this.enabled) return [];
    const current = this.period(now);
    for (const period of this.positions.keys()) if (period < current - 1) this.positions.delete(period);
    try {
      return [...this.readPeriod(current - 1), ...this.readPeriod(current)];
    } catch {
      this.enabled = false;
      return [];
    }
  }

  record(key: string, at: number): void {
    if (!this.enabled) return;
    const period = this.period(at);
    try {
      appendFileSync(this.path(period), `${key} ${at}\n`, { mode: 0o600 });
      if (this.latestPeriod === undefined || period > this.latestPeriod) {
        this.latestPeriod = period;
        unlinkSync(this.path(period - 2));
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.enabled = false;
    }
  }

  private period(at: number): number {
    return Math.floor(at / this.windowMs);
  }

  private path(period: number): string {
    return join(this.directory, `${this.name}-${period}.log`);
  }

  private readPeriod(period: number): Array<[string, number]> {
    let fd: number;
    try {
      fd = openSync(this.path(period), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    try {
      const position = this.positions.get(period) ?? { offset: 0, partialLine: '' };
      this.positions.set(period, position);
      const { size } = fstatSync(fd);
      if (size <= position.offset) return [];
      const buffer = Buffer.alloc(size - position.offset);
      const length = readSync(fd, buffer, 0, buffer.length, position.offset);
      position.offset += length;
      const lines = (position.partialLine + buffer.toString('utf8', 0, length)).split('\n');
      position.partialLine = lines.pop() ?? '';
      return lines.flatMap((line): Array<[string, number]> => {
        const [key, at] = line.split(' ');
        const time = Number(at);
        return key && Number.isFinite(time) ? [[key, time]] : [];
      });
    } finally {
      closeSync(fd);
    }
  }
}
