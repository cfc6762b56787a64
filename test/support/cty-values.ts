// Seeded random cty types and values, for property tests of the codec: the same seed gives the same cases, so a
// failure names a seed and a case number that reproduce it. Values are in the runtime's canonical form (numbers as
// the decoders produce them), with unknowns, refined unknowns, nulls, awkward keys and numbers beyond a double.
import { exactNumber, jsonencode, setOwnProperty } from '../../provider/runtime/lossless-json';
import { BigDecimal, type CtyType, Dynamic, isTfObject, type TfValue, Unknown } from '../../provider/runtime/types';

/** mulberry32: a small, fast, well-spread 32-bit generator. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

/** Keys that trip naive code: prototype names, empty, spaces, non-ASCII. */
const AWKWARD_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', ' ', 'a b', 'é', '😀', 'x.y', '0'];
const ALPHABET = 'abcxyz019 _-.:/"\\\n\tÀé中😀\u0000';

function text(random: Random, maxLength = 12): string {
  let result = '';
  for (let length = random.int(maxLength + 1); length > 0; length--) result += random.pick([...ALPHABET]);
  return result;
}

function key(random: Random): string {
  return random.chance(0.3) ? random.pick(AWKWARD_KEYS) : text(random, 6);
}

/** Refinement payloads as Terraform writes them (a msgpack map keyed by small integers); the codec echoes them as bytes. */
const REFINEMENTS = [
  [0x81, 0x01, 0xc2],
  [0x81, 0x02, 0xa3, 0x61, 0x62, 0x63],
  [0x82, 0x01, 0xc2, 0x03, 0x92, 0x01, 0xc3],
  [0x81, 0x05, 0x92, 0x00, 0xc2],
];

/** A number in the form the decoders give it (`exactNumber`: integers beyond 2^53 as bigint). */
function number(random: Random): number | bigint | BigDecimal {
  const value = anyNumber(random);
  return value instanceof BigDecimal ? value : exactNumber(value);
}

function anyNumber(random: Random): number | bigint | BigDecimal {
  switch (random.int(7)) {
    case 0:
      return random.int(256) - 128;
    case 1:
      return random.int(2 ** 31) * (random.chance(0.5) ? -1 : 1);
    case 2:
      return (random.next() - 0.5) * 10 ** random.int(30);
    case 3:
      return random.pick([0, -0.5, 0.1, 1e-300, 5e-324, 1.7976931348623157e308, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);
    case 4: // beyond a double's integers: int64 and beyond
      return (BigInt(random.int(2 ** 30)) << BigInt(54 + random.int(60))) + 1n;
    case 5: // more digits than a double holds
      return new BigDecimal(`${random.int(10 ** 9)}.${String(random.int(10 ** 9)).padStart(9, '0')}123456789`);
    default:
      return new BigDecimal(`1e${400 + random.int(100)}`);
  }
}

/** A random type; `depth` bounds nesting. */
export function randomType(random: Random, depth = 3): CtyType {
  const primitive = (): CtyType => random.pick(['string', 'number', 'bool', 'dynamic'] as const);
  if (depth === 0 || random.chance(0.35)) return primitive();
  switch (random.int(5)) {
    case 0:
      return ['list', randomType(random, depth - 1)];
    case 1:
      return ['set', randomType(random, depth - 1)];
    case 2:
      return ['map', randomType(random, depth - 1)];
    case 3:
      return ['tuple', Array.from({ length: random.int(4) }, () => randomType(random, depth - 1))];
    default: {
      const attributes: { [name: string]: CtyType } = {};
      for (let i = random.int(5); i > 0; i--) setOwnProperty(attributes, key(random), randomType(random, depth - 1));
      const names = Object.keys(attributes);
      const optional = names.filter(() => random.chance(0.3));
      return optional.length > 0 ? ['object', attributes, optional] : ['object', attributes];
    }
  }
}

export interface ValueOptions {
  /** Unknown values (plain and refined) may appear; the JSON form cannot carry them. */
  unknowns: boolean;
}

/** A random value of `type`. */
export function randomValue(random: Random, type: CtyType, options: ValueOptions, depth = 0): TfValue {
  if (random.chance(0.08)) return null;
  if (options.unknowns && random.chance(0.1)) return random.chance(0.5) ? new Unknown() : new Unknown(new Uint8Array(random.pick(REFINEMENTS)));
  const element = (elementType: CtyType) => randomValue(random, elementType, options, depth + 1);
  if (type === 'string') return text(random);
  if (type === 'number') return number(random);
  if (type === 'bool') return random.chance(0.5);
  if (type === 'dynamic') {
    const concrete = randomType(random, Math.max(0, 2 - depth));
    return new Dynamic(concrete, concrete === 'dynamic' ? null : element(concrete));
  }
  switch (type[0]) {
    case 'list':
    case 'set':
      return Array.from({ length: random.int(4) }, () => element(type[1]));
    case 'tuple':
      return type[1].map(element);
    case 'map': {
      const result: { [key: string]: TfValue } = {};
      for (let i = random.int(4); i > 0; i--) setOwnProperty(result, key(random), element(type[1]));
      return result;
    }
    case 'object': {
      const result: { [key: string]: TfValue } = {};
      for (const [name, attributeType] of Object.entries(type[1])) setOwnProperty(result, name, element(attributeType));
      return result;
    }
  }
}

/** Whether a value holds an unknown anywhere (then it has no JSON form). */
export function holdsUnknown(value: TfValue): boolean {
  if (value instanceof Unknown) return true;
  if (value instanceof Dynamic) return holdsUnknown(value.value);
  if (Array.isArray(value)) return value.some(holdsUnknown);
  return isTfObject(value) && Object.values(value).some(holdsUnknown);
}

/**
 * The JSON form Terraform writes of a known value (go-cty's json.Marshal): numbers as exact decimals, dynamic values as
 * `{"value": ..., "type": ...}`, and each object with exactly its type's attributes.
 */
export function toTerraformJson(value: TfValue, type: CtyType): string {
  return jsonencode(plainJson(value, type));
}

function plainJson(value: TfValue, type: CtyType): unknown {
  if (value === null) return null;
  if (value instanceof Dynamic) return { value: plainJson(value.value, value.type), type: value.type };
  if (typeof value !== 'object' || value instanceof BigDecimal || typeof type === 'string') return value;
  if (Array.isArray(value)) return value.map((element, index) => plainJson(element, type[0] === 'tuple' ? type[1][index] : (type[1] as CtyType)));
  const result: { [key: string]: unknown } = {};
  for (const [name, element] of Object.entries(value as { [key: string]: TfValue })) {
    const elementType = type[0] === 'object' ? type[1][name] : (type[1] as CtyType);
    setOwnProperty(result, name, plainJson(element, elementType));
  }
  return result;
}
