// The ledger files that carry recent requests from one provider process to the next, in a directory of the test's own.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ledgerFile } from './rate-limit-ledger';

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
  expect(readdirSync(directory).sort()).toEqual(['key-8.log', 'key-9.log']);
  writer.record('c', 10_100);
  expect(readdirSync(directory).sort()).toEqual(['key-10.log', 'key-9.log']);
});

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
