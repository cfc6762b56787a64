// The ledger files that carry recent requests from one provider process to the next, in a directory of the test's own.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ledgerFile, SWEEP_INTERVAL_MS, sweepStale, SWEPT_MARKER } from './rate-limit-ledger';

const WINDOW = 1_000;
let root: string;
let directory: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ledger-'));
  directory = join(root, 'private');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('hands each reader what any process appended since it last read, its own lines included', () => {
  const plan = ledgerFile('key', WINDOW, directory)!;
  const apply = ledgerFile('key', WINDOW, directory)!;
  plan.record('plan-1', 10_000);
  plan.record('plan-1', 10_250);
  expect(apply.read(10_300)).toEqual([
    ['plan-1', 10_000],
    ['plan-1', 10_250],
  ]);
  expect(apply.read(10_300)).toEqual([]);
  apply.record('apply-1', 10_400);
  expect(apply.read(10_500)).toEqual([['apply-1', 10_400]]);
  expect(plan.read(10_500)).toEqual([
    ['plan-1', 10_000],
    ['plan-1', 10_250],
    ['apply-1', 10_400],
  ]);
});

it('reads the requests of the current period and the one before, which hold every request still in the window', () => {
  const writer = ledgerFile('key', WINDOW, directory)!;
  writer.record('a', 8_500);
  writer.record('b', 9_500);
  writer.record('c', 10_100);
  expect(ledgerFile('key', WINDOW, directory)!.read(10_200)).toEqual([
    ['b', 9_500],
    ['c', 10_100],
  ]);
});

it('deletes the file of a period once no request in it can count any more', () => {
  const writer = ledgerFile('key', WINDOW, directory)!;
  writer.record('a', 8_500);
  writer.record('b', 9_500);
  expect(ledgerFiles()).toEqual(['key-8.log', 'key-9.log']);
  writer.record('c', 10_100);
  expect(ledgerFiles()).toEqual(['key-10.log', 'key-9.log']);
});

describe('sweeping files of runs long over', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const ageFile = (name: string, ageMs: number) => {
    const at = new Date(Date.now() - ageMs);
    utimesSync(join(directory, name), at, at);
  };
  const sweptDirectory = () => {
    const swept = join(root, `swept-${Math.random()}`); // a directory this process has not swept yet
    mkdirSync(swept, { mode: 0o700 });
    return swept;
  };

  it('removes files untouched for longer than the age, keeps the others, and marks when it swept', () => {
    directory = sweptDirectory();
    for (const name of ['old.log', 'recent.log']) writeFileSync(join(directory, name), '');
    ageFile('old.log', 2 * DAY);
    sweepStale(directory, DAY);
    expect(readdirSync(directory).sort()).toEqual([SWEPT_MARKER, 'recent.log']);
  });

  it('leaves the directory alone when another process swept it within the interval, and sweeps once it is past', () => {
    directory = sweptDirectory();
    writeFileSync(join(directory, 'old.log'), '');
    ageFile('old.log', 2 * DAY);
    writeFileSync(join(directory, SWEPT_MARKER), '');
    ageFile(SWEPT_MARKER, SWEEP_INTERVAL_MS / 2);
    sweepStale(directory, DAY);
    expect(existsSync(join(directory, 'old.log'))).toBe(true);

    const later = sweptDirectory();
    writeFileSync(join(later, 'old.log'), '');
    writeFileSync(join(later, SWEPT_MARKER), '');
    directory = later;
    ageFile('old.log', 2 * DAY);
    ageFile(SWEPT_MARKER, SWEEP_INTERVAL_MS + 1000);
    sweepStale(later, DAY);
    expect(readdirSync(later)).toEqual([SWEPT_MARKER]);
    expect(Date.now() - statSync(join(later, SWEPT_MARKER)).mtimeMs).toBeLessThan(SWEEP_INTERVAL_MS);
  });
});

function ledgerFiles(): string[] {
  return readdirSync(directory)
    .filter((name) => name !== SWEPT_MARKER)
    .sort();
}

it('keeps the files readable by their owner only, in a directory only its owner can enter', () => {
  ledgerFile('key', WINDOW, directory)!.record('a', 1);
  expect(statSync(join(directory, 'key-0.log')).mode & 0o777).toBe(0o600);
  expect(statSync(directory).mode & 0o777).toBe(0o700);
});

it('is off where the directory could be another user’s: open to others, or a symbolic link', () => {
  mkdirSync(directory, { mode: 0o755 });
  chmodSync(directory, 0o755);
  expect(ledgerFile('key', WINDOW, directory)).toBeUndefined();
  const target = join(root, 'elsewhere');
  mkdirSync(target, { mode: 0o700 });
  const link = join(root, 'link');
  symlinkSync(target, link);
  expect(ledgerFile('key', WINDOW, link)).toBeUndefined();
});
