// A JSON parser that never rounds numbers, the number normalisation the codec shares with it, and the one JSON
// encoder of the provider (Terraform's jsonencode(), which writes what the parser reads without rounding).
// Terraform keeps numbers as arbitrary-precision decimals; JSON.parse would round 9007199254740993 and
// 123456789012345678901234567890.5, and the rounded value sent back shows up as a perpetual diff.
import { BigDecimal } from './types';

/** Integers with more digits than this stay BigDecimal text instead of growing a giant bigint (`1e999999`). */
const MAX_BIGINT_DIGITS = 400;

const DECIMAL_PATTERN = /^(-)?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** A decimal as sign, significant digits without leading or trailing zeros, and a power of ten. */
interface Decimal {
  negative: boolean;
  digits: string;
  exponent: number;
}

function parseDecimal(text: string): Decimal | undefined {
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = '', exponentText = '0'] = match;
  let digits = (whole + fraction).replace(/^0+/, '');
  let exponent = Number(exponentText) - fraction.length;
  const trailingZeros = digits.length - digits.replace(/0+$/, '').length;
  digits = digits.slice(0, digits.length - trailingZeros);
  exponent += trailingZeros;
  if (digits === '') return { negative: false, digits: '', exponent: 0 };
  return { negative: sign === '-', digits, exponent };
}

function decimalKey(decimal: Decimal): string {
  if (decimal.digits === '') return '0';
  return `${decimal.negative ? '-' : ''}${decimal.digits}e${decimal.exponent}`;
}

/**
 * The runtime's representation of a decimal number text: a JS number when that is exact (safe integers and
 * fractions whose shortest double form is the same decimal), a bigint for larger integers, BigDecimal otherwise.
 * Throws on text that is not a decimal number.
 */
export function numberFromText(text: string): number | bigint | BigDecimal {
  const decimal = parseDecimal(text);
  if (!decimal) throw new SyntaxError(`not a number: ${JSON.stringify(text)}`);
  if (decimal.exponent >= 0) {
    if (decimal.digits.length + decimal.exponent > MAX_BIGINT_DIGITS) return new BigDecimal(text);
    const magnitude = BigInt(decimal.digits + '0'.repeat(decimal.exponent));
    return exactNumber(decimal.negative ? -magnitude : magnitude);
  }
  const double = Number(text);
  const doubleDecimal = parseDecimal(String(double));
  return doubleDecimal && decimalKey(doubleDecimal) === decimalKey(decimal) ? double : new BigDecimal(text);
}

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Safe integers as numbers, larger integers as bigint, whichever way they arrived (int64, float64, text). */
export function exactNumber(value: number | bigint): number | bigint {
  if (typeof value === 'bigint') return value >= MIN_SAFE && value <= MAX_SAFE ? Number(value) : value;
  return Number.isInteger(value) && !Number.isSafeInteger(value) ? BigInt(value) : value;
}

/**
 * A canonical text for a number in any representation, so that equal values compare equal as strings
 * (`1.50` as BigDecimal, `1.5` as number). Infinities map to themselves; non-decimal BigDecimal text is kept as is.
 */
export function numberKey(value: number | bigint | BigDecimal): string {
  const text = value instanceof BigDecimal ? value.text : String(value);
  const decimal = parseDecimal(text);
  return decimal ? decimalKey(decimal) : text;
}

/** Sets an own property even for the key `__proto__`, which plain assignment would treat as the prototype. */
export function setOwnProperty(target: { [key: string]: unknown }, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/**
 * Parses JSON like JSON.parse, except that numbers become `numberFromText` values: a number when exact,
 * otherwise bigint or BigDecimal. Throws SyntaxError with the offending position.
 */
export function parseJsonLossless(text: string): unknown {
  if (numbersExactAsDoubles(text)) {
    try {
      return JSON.parse(text);
    } catch {
      // The lossless parser says where the text goes wrong.
    }
  }
  return new LosslessParser(text).parseDocument();
}

const [BACKSLASH, QUOTE, MINUS, DOT, ZERO, NINE, LOWER_E, UPPER_E] = ['\\', '"', '-', '.', '0', '9', 'e', 'E'].map((char) => char.charCodeAt(0));

/**
 * Whether JSON.parse gives every number of the text as `numberFromText` does: no number has 16 digits or more (at most
 * 15 significant digits are exact as a double), an exponent (`1e400`) or the value negative zero (which numberFromText
 * makes 0). A scan of the text that jumps over strings; it need not validate, as JSON.parse does that.
 */
function numbersExactAsDoubles(text: string): boolean {
  for (let at = 0; at < text.length; ) {
    const char = text.charCodeAt(at);
    if (char === MINUS || (char >= ZERO && char <= NINE)) {
      let digits = 0;
      let nonZeroDigit = false;
      for (; at < text.length; at++) {
        const inNumber = text.charCodeAt(at);
        if (inNumber >= ZERO && inNumber <= NINE) {
          digits++;
          if (inNumber !== ZERO) nonZeroDigit = true;
        } else if (inNumber === LOWER_E || inNumber === UPPER_E) return false;
        else if (inNumber !== MINUS && inNumber !== DOT) break;
      }
      if (digits >= 16 || (char === MINUS && !nonZeroDigit)) return false;
    } else if (char === QUOTE) {
      at = stringEnd(text, at) + 1;
    } else {
      at++;
    }
  }
  return true;
}

/** The position of the quote that closes the string opening at `start` (the text's length when none does). */
function stringEnd(text: string, start: number): number {
  for (let end = text.indexOf('"', start + 1); end !== -1; end = text.indexOf('"', end + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
  }
  return text.length;
}

const NUMBER_AT = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// A JSON string literal: escapes are validated by JSON.parse, which then decodes the literal. Raw control characters
// are not allowed in one.
// eslint-disable-next-line no-control-regex -- matching them is the point
const STRING_AT = /"(?:[^"\\\u0000-\u001f]|\\.)*"/y;
const WHITESPACE_AT = /[ \t\n\r]*/y;

class LosslessParser {
  private position = 0;

  constructor(private readonly text: string) {}

  parseDocument(): unknown {
    const value = this.parseValue();
    this.skipWhitespace();
    if (this.position < this.text.length) this.fail('unexpected text after the JSON value');
    return value;
  }

  private parseValue(): unknown {
    this.skipWhitespace();
    const char = this.text[this.position];
    if (char === '{') return this.parseObject();
    if (char === '[') return this.parseArray();
    if (char === '"') return this.parseString();
    if (char === '-' || (char >= '0' && char <= '9')) return numberFromText(this.match(NUMBER_AT, 'a number'));
    for (const [literal, value] of LITERALS) {
      if (this.text.startsWith(literal, this.position)) {
        this.position += literal.length;
        return value;
      }
    }
    return this.fail(char === undefined ? 'unexpected end of JSON' : `unexpected character ${JSON.stringify(char)}`);
  }

  private parseObject(): { [key: string]: unknown } {
    const result: { [key: string]: unknown } = {};
    this.position++; // {
    if (this.consumeAfterWhitespace('}')) return result;
    do {
      this.skipWhitespace();
      if (this.text[this.position] !== '"') this.fail('expected a string key');
      const key = this.parseString();
      if (!this.consumeAfterWhitespace(':')) this.fail('expected ":"');
      setOwnProperty(result, key, this.parseValue());
    } while (this.consumeAfterWhitespace(','));
    if (!this.consumeAfterWhitespace('}')) this.fail('expected "," or "}"');
    return result;
  }

  private parseArray(): unknown[] {
    const result: unknown[] = [];
    this.position++; // [
    if (this.consumeAfterWhitespace(']')) return result;
    do {
      result.push(this.parseValue());
    } while (this.consumeAfterWhitespace(','));
    if (!this.consumeAfterWhitespace(']')) this.fail('expected "," or "]"');
    return result;
  }

  private parseString(): string {
    const literal = this.match(STRING_AT, 'a string');
    try {
      return JSON.parse(literal) as string;
    } catch {
      return this.fail('invalid escape in string');
    }
  }

  private match(pattern: RegExp, what: string): string {
    pattern.lastIndex = this.position;
    const match = pattern.exec(this.text);
    if (!match || match[0] === '') return this.fail(`expected ${what}`);
    this.position += match[0].length;
    return match[0];
  }

  private consumeAfterWhitespace(char: string): boolean {
    this.skipWhitespace();
    if (this.text[this.position] !== char) return false;
    this.position++;
    return true;
  }

  private skipWhitespace(): void {
    WHITESPACE_AT.lastIndex = this.position;
    WHITESPACE_AT.exec(this.text);
    this.position = WHITESPACE_AT.lastIndex;
  }

  private fail(message: string): never {
    throw new SyntaxError(`${message} at position ${this.position} of JSON`);
  }
}

const LITERALS: [string, unknown][] = [
  ['true', true],
  ['false', false],
  ['null', null],
];

/**
 * Terraform's jsonencode(): compact, object keys sorted, and `<`, `>`, `&`, U+2028, U+2029 escaped as Go does. Numbers
 * from parseJsonLossless (bigint, BigDecimal) are written exactly; an undefined member (JS only) is written as null.
 */
export function jsonencode(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsonencode).join(',')}]`;
  if (typeof value === 'bigint' || value instanceof BigDecimal) return value.toString();
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value).sort().map((key) => `${jsonencode(key)}:${jsonencode((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
