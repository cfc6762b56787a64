// Formula expressions of builder tiles (RULES §5.6): arithmetic over series letters, `A` being the first select
// item. The server parses them to reject what its query renderer could not compile; the emulator checks the same
// grammar and answers with the same messages:
//   expression := term (('+' | '-') term)*      term := factor (('*' | '/') factor)*
//   factor := '-' factor | primary               primary := number | letter | '(' expression ')'

const MAX_LENGTH = 1024;
const MAX_DEPTH = 64;

type Token = { kind: 'number' | 'letter' | 'operator'; text: string } | { kind: '(' | ')' };

type Node = { letter: string } | { number: number } | { operand: Node } | { left: Node; right: Node };

class FormulaError extends Error {}

const letterOf = (index: number) => String.fromCharCode(65 + index);

function describe(token: Token): string {
  if (!('text' in token)) return token.kind === '(' ? 'opening parenthesis' : 'closing parenthesis';
  return `${token.kind === 'letter' ? 'series reference' : token.kind} "${token.text}"`;
}

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const run = (accepts: (ch: string) => boolean) => {
    const start = at;
    while (at < expression.length && accepts(expression[at])) at += 1;
    return expression.slice(start, at);
  };
  const digit = (ch: string) => ch >= '0' && ch <= '9';
  const letter = (ch: string) => /[A-Za-z]/.test(ch);
  while (at < expression.length) {
    const ch = expression[at];
    if (/\s/.test(ch) || '+-*/()'.includes(ch)) {
      if ('+-*/'.includes(ch)) tokens.push({ kind: 'operator', text: ch });
      else if (ch === '(' || ch === ')') tokens.push({ kind: ch });
      at += 1;
    } else if (digit(ch) || (ch === '.' && digit(expression[at + 1] ?? ''))) {
      let text = run(digit);
      if (expression[at] === '.') {
        at += 1;
        text += `.${run(digit)}`;
      }
      tokens.push({ kind: 'number', text });
    } else if (letter(ch)) {
      const text = run(letter);
      if (ch >= 'a' && ch <= 'z') throw new FormulaError(`Unexpected "${text}" — series references are uppercase letters (A, B, C, ...)`);
      if (text.length > 1) throw new FormulaError(`Unexpected "${text}" — series references are single letters (A, B, C, ...) and functions are not supported`);
      tokens.push({ kind: 'letter', text });
    } else throw new FormulaError(`Unexpected character "${ch}"`);
  }
  return tokens;
}

function parseTokens(tokens: Token[]): Node {
  let position = 0;
  let depth = 0;
  const peek = () => tokens[position];
  const nested = <T>(parse: () => T): T => {
    depth += 1;
    if (depth > MAX_DEPTH) throw new FormulaError(`Expression is nested too deeply (max ${MAX_DEPTH} levels)`);
    const result = parse();
    depth -= 1;
    return result;
  };
  const binary = (operators: string, operand: () => Node) => (): Node => {
    let left = operand();
    for (let token = peek(); token?.kind === 'operator' && operators.includes(token.text); token = peek()) {
      position += 1;
      left = { left, right: operand() };
    }
    return left;
  };
  const primary = (): Node => {
    const token = tokens[position++];
    if (token === undefined) throw new FormulaError('Unexpected end of expression');
    if (token.kind === 'number') return { number: Number(token.text) };
    if (token.kind === 'letter') return { letter: token.text };
    if (token.kind !== '(') throw new FormulaError(`Unexpected ${describe(token)}`);
    const inner = nested(() => expression());
    if (tokens[position++]?.kind !== ')') throw new FormulaError('Missing closing parenthesis');
    return inner;
  };
  const factor = (): Node => {
    const token = peek();
    if (token?.kind !== 'operator' || token.text !== '-') return primary();
    position += 1;
    return { operand: nested(factor) };
  };
  const expression = binary('+-', binary('*/', factor));
  const tree = expression();
  const trailing = peek();
  if (trailing) throw new FormulaError(trailing.kind === ')' ? 'Unmatched closing parenthesis' : `Unexpected ${describe(trailing)}`);
  return tree;
}

function lettersOf(node: Node): string[] {
  if ('letter' in node) return [node.letter];
  if ('operand' in node) return lettersOf(node.operand);
  if ('left' in node) return [...lettersOf(node.left), ...lettersOf(node.right)];
  return [];
}

/** The problems of `expression` over `seriesCount` select items, as the server lists them; none when valid. */
export function formulaProblems(expression: string, seriesCount: number): string[] {
  if (expression.trim() === '') return ['Expression is empty'];
  if (expression.length > MAX_LENGTH) return [`Expression is too long (${expression.length} characters, max ${MAX_LENGTH})`];
  let tree: Node;
  try {
    tree = parseTokens(tokenize(expression));
  } catch (error) {
    if (error instanceof FormulaError) return [error.message];
    throw error;
  }
  const letters = lettersOf(tree);
  const unknown = [...new Set(letters.filter((letter) => letter.charCodeAt(0) - 65 >= seriesCount))];
  const problems = unknown.map((letter) =>
    seriesCount > 0
      ? `Unknown series "${letter}" — this chart only has series A through ${letterOf(seriesCount - 1)}`
      : `Unknown series "${letter}" — this chart has no series`,
  );
  if (!letters.length) problems.push('Expression must reference at least one series (A, B, C, ...)');
  return problems;
}
