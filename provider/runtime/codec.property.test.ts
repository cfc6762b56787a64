// Property tests of the value codec over generated types and values (seeded, so a failure reproduces): every value
// survives msgpack, unknowns and refinements included; every known value survives Terraform's JSON form, as a
// DynamicValue and as raw state; and the msgpack reader agrees with @msgpack/msgpack wherever that one can read.
import { decode } from '@msgpack/msgpack';
import { holdsUnknown, Random, randomType, randomValue, toTerraformJson } from '../../test/support/cty-values';
import { decodeDynamicValue, decodeRawState, encodeDynamicValue } from './codec';
import { jsonencode, numberKey, setOwnProperty } from './lossless-json';
import { type Extension, MsgpackReader } from './msgpack-reader';
import { BigDecimal, type CtyType, Dynamic, isTfObject, type TfValue, Unknown } from './types';

const SEED = 20_260_101;
const CASES = 100_000;

/**
 * Equal as Terraform values: numbers by value whatever their representation, unknowns with the same refinements, the
 * types of dynamic values whatever the order of their attributes (JSON sorts them).
 */
function sameValue(a: TfValue, b: TfValue): boolean {
  if (a === null || b === null) return a === b;
  if (a instanceof Unknown || b instanceof Unknown)
    return a instanceof Unknown && b instanceof Unknown && Buffer.from(a.refinements ?? []).equals(Buffer.from(b.refinements ?? []));
  if (a instanceof Dynamic || b instanceof Dynamic)
    return a instanceof Dynamic && b instanceof Dynamic && jsonencode(a.type) === jsonencode(b.type) && sameValue(a.value, b.value);
  const isNumber = (v: TfValue) => typeof v === 'number' || typeof v === 'bigint' || v instanceof BigDecimal;
  if (isNumber(a) || isNumber(b)) return isNumber(a) && isNumber(b) && numberKey(a as number) === numberKey(b as number);
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isTfObject(a) || isTfObject(b)) {
    if (!isTfObject(a) || !isTfObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
  }
  return a === b;
}

/** Whether a decoded tree has the key `__proto__` anywhere (the library reader refuses those). */
function hasProtoKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasProtoKey);
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array || value instanceof Unknown) return false;
  return Object.keys(value).some((key) => key === '__proto__' || hasProtoKey((value as Record<string, unknown>)[key]));
}

/** The library's reading, with extensions as Unknown (plain, or refined with its payload), for comparison. */
function libraryReading(bytes: Uint8Array): unknown {
  const mapped = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(mapped);
    if (value && typeof value === 'object' && 'type' in value && 'data' in value && (value as { data: unknown }).data instanceof Uint8Array) {
      const ext = value as { type: number; data: Uint8Array };
      return ext.type === 12 ? new Unknown(new Uint8Array(ext.data)) : new Unknown();
    }
    if (value && typeof value === 'object' && !(value instanceof Uint8Array))
      return Object.fromEntries(Object.entries(value).map(([key, element]) => [key, mapped(element)]));
    return value;
  };
  return mapped(decode(bytes, { useBigInt64: true }));
}

/** What the codec's reader reads as plain data, with extensions as Unknown as the codec reads them, for comparison. */
function readerReading(bytes: Uint8Array): unknown {
  const reader = new MsgpackReader(bytes);
  const asUnknowns = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(asUnknowns);
    if (value && typeof value === 'object' && 'payload' in value && 'type' in value) {
      const { type, payload } = value as Extension;
      return type === 12 ? new Unknown(payload) : new Unknown();
    }
    if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(value)) setOwnProperty(copy, key, asUnknowns((value as Record<string, unknown>)[key]));
      return copy;
    }
    return value;
  };
  const value = asUnknowns(reader.value());
  if (!reader.atEnd) throw new Error(`${bytes.length - reader.offset} bytes after the value`);
  return value;
}

function readerAgrees(ours: unknown, theirs: unknown): boolean {
  if (ours instanceof Unknown || theirs instanceof Unknown) return sameValue(ours as TfValue, theirs as TfValue);
  if (ours instanceof Uint8Array || theirs instanceof Uint8Array)
    return ours instanceof Uint8Array && theirs instanceof Uint8Array && Buffer.from(ours).equals(Buffer.from(theirs));
  if (Array.isArray(ours)) return Array.isArray(theirs) && ours.length === theirs.length && ours.every((x, i) => readerAgrees(x, theirs[i]));
  if (ours !== null && typeof ours === 'object') {
    if (theirs === null || typeof theirs !== 'object') return false;
    const keys = Object.keys(ours);
    return keys.length === Object.keys(theirs).length && keys.every((key) => readerAgrees((ours as Record<string, unknown>)[key], (theirs as Record<string, unknown>)[key]));
  }
  return Object.is(ours, theirs) || (typeof ours === 'number' && ours === theirs);
}

describe(`the codec over ${CASES} generated values (seed ${SEED})`, () => {
  it('round trips every value through msgpack and every known value through JSON, and reads msgpack as the library does', () => {
    const random = new Random(SEED);
    const counts = { msgpack: 0, json: 0, unknowns: 0, comparedWithLibrary: 0 };
    const failures: string[] = [];
    const fail = (index: number, what: string, type: CtyType, value: TfValue) =>
      failures.length < 5 && failures.push(`case ${index}: ${what}\n  type ${JSON.stringify(type)}\n  value ${String(toTerraformJsonSafe(value, type))}`);

    for (let index = 0; index < CASES; index++) {
      const type = randomType(random);
      const withUnknowns = random.chance(0.5);
      const value = randomValue(random, type, { unknowns: withUnknowns });
      const { msgpack } = encodeDynamicValue(value, type);
      counts.msgpack++;
      if (!sameValue(decodeDynamicValue({ msgpack }, type), value)) fail(index, 'msgpack round trip', type, value);

      const ours = readerReading(msgpack);
      if (!hasProtoKey(ours)) {
        counts.comparedWithLibrary++;
        if (!readerAgrees(ours, libraryReading(msgpack))) fail(index, 'reader differs from @msgpack/msgpack', type, value);
      }

      if (holdsUnknown(value)) {
        counts.unknowns++;
        continue;
      }
      const json = toTerraformJson(value, type);
      counts.json++;
      if (!sameValue(decodeDynamicValue({ json: Buffer.from(json) }, type), value)) fail(index, 'JSON DynamicValue round trip', type, value);
      if (!sameValue(decodeRawState(json, type), value)) fail(index, 'raw state round trip', type, value);
    }

    expect(failures).toEqual([]);
    expect(counts.msgpack).toBe(CASES);
    // The mix the generator is meant to give: a good share of each kind of case.
    expect(counts.unknowns).toBeGreaterThan(CASES / 10);
    expect(counts.json).toBeGreaterThan(CASES / 2);
    expect(counts.comparedWithLibrary).toBeGreaterThan(CASES / 2);
  });
});

function toTerraformJsonSafe(value: TfValue, type: CtyType): string {
  try {
    return holdsUnknown(value) ? '(holds unknowns)' : toTerraformJson(value, type);
  } catch (error) {
    return `(not printable: ${(error as Error).message})`;
  }
}
