// Formula expressions are checked with the server's grammar and messages (RULES §5.6).
import { formulaProblems } from './formula';

describe('formulaProblems', () => {
  it('accepts arithmetic over the series letters, unary minus, decimals and parentheses', () => {
    expect(formulaProblems('A / (A + B) * 100', 2)).toEqual([]);
    expect(formulaProblems('-A * .5 - -(B / 2.25)', 2)).toEqual([]);
  });

  it.each([
    ['', 'Expression is empty'],
    ['  ', 'Expression is empty'],
    ['a + B', 'Unexpected "a" — series references are uppercase letters (A, B, C, ...)'],
    ['AB', 'Unexpected "AB" — series references are single letters (A, B, C, ...) and functions are not supported'],
    ['A % B', 'Unexpected character "%"'],
    ['A +', 'Unexpected end of expression'],
    ['(A', 'Missing closing parenthesis'],
    ['A)', 'Unmatched closing parenthesis'],
    ['A B', 'Unexpected series reference "B"'],
    ['1 2 + A', 'Unexpected number "2"'],
    ['+A', 'Unexpected operator "+"'],
    ['()', 'Unexpected closing parenthesis'],
  ])('refuses %j: %s', (expression, message) => {
    expect(formulaProblems(expression, 2)).toEqual([message]);
  });

  it('names each unknown letter once, then a constant-only expression', () => {
    expect(formulaProblems('C + C + D', 2)).toEqual([
      'Unknown series "C" — this chart only has series A through B',
      'Unknown series "D" — this chart only has series A through B',
    ]);
    expect(formulaProblems('A', 0)).toEqual(['Unknown series "A" — this chart has no series']);
    expect(formulaProblems('1 + 2', 2)).toEqual(['Expression must reference at least one series (A, B, C, ...)']);
  });

  it('bounds length and nesting', () => {
    expect(formulaProblems(`A${' '.repeat(1024)}`, 1)).toEqual(['Expression is too long (1025 characters, max 1024)']);
    expect(formulaProblems(`${'('.repeat(65)}A${')'.repeat(65)}`, 1)).toEqual(['Expression is nested too deeply (max 64 levels)']);
  });
});
