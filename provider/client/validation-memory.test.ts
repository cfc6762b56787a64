// The memory of verdicts of "valid" that spares the apply after a plan a second validate request, in a directory of
// the test's own.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SWEPT_MARKER } from './rate-limit-ledger';
import { VALIDATION_MEMORY_MS, validationMemory } from './validation-memory';

const VALID = { valid: true, errors: [], normalized: { name: 'Errors', tiles: [] } };
let root: string;
let directory: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'validations-'));
  directory = join(root, 'private');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('recalls a verdict in another process (another memory) of the same server and credential, for the same body only', () => {
  validationMemory('https://a.example.com', 'key-1', directory)!.remember({ name: 'Errors' }, VALID);
  const apply = validationMemory('https://a.example.com', 'key-1', directory)!;
  expect(apply.recall({ name: 'Errors' })).toEqual(VALID);
  expect(apply.recall({ name: 'Errors', tags: [] })).toBeUndefined();
  expect(validationMemory('https://b.example.com', 'key-1', directory)!.recall({ name: 'Errors' })).toBeUndefined();
  expect(validationMemory('https://a.example.com', 'key-2', directory)!.recall({ name: 'Errors' })).toBeUndefined();
});

it('keeps neither the credential nor the body in file names, in a directory of this user only', () => {
  validationMemory('https://a.example.com', 'secret-key', directory)!.remember({ name: 'Errors' }, VALID);
  const [file] = readdirSync(directory).filter((name) => name !== SWEPT_MARKER);
  expect(file).toMatch(/^[0-9a-f]{64}$/);
  expect(readFileSync(join(directory, file), 'utf8')).not.toContain('secret-key');
  expect(statSync(directory).mode & 0o777).toBe(0o700);
  expect(statSync(join(directory, file)).mode & 0o777).toBe(0o600);
});

it('forgets a verdict older than its expiry', () => {
  const memory = validationMemory('https://a.example.com', 'key', directory)!;
  memory.remember({ name: 'Errors' }, VALID);
  const [file] = readdirSync(directory).filter((name) => name !== SWEPT_MARKER);
  const old = new Date(Date.now() - VALIDATION_MEMORY_MS - 1000);
  utimesSync(join(directory, file), old, old);
  expect(memory.recall({ name: 'Errors' })).toBeUndefined();
});

it('is off where the directory is open to others', () => {
  validationMemory('https://a.example.com', 'key', directory);
  chmodSync(directory, 0o777);
  expect(validationMemory('https://a.example.com', 'key', directory)).toBeUndefined();
});
