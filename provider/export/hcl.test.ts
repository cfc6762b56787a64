// HCL text of exported values: strings that are never templates, heredocs for multi-line text, `=` aligned as
// `terraform fmt` aligns it, references, variables and literal ids with their notes.
import { block, body, commentLines, quoted } from './hcl';
import { Expression, Literal } from './model';

describe('quoted', () => {
  it('escapes what HCL reads in a quoted string: quotes, backslashes, control characters and template sequences', () => {
    expect(quoted('say "hi" \\ now')).toBe('"say \\"hi\\" \\\\ now"');
    expect(quoted('a\tb\r\u0001')).toBe('"a\\tb\\r\\u0001"');
    expect(quoted('${var} %{if} $x {{macro}}')).toBe('"$${var} %%{if} $x {{macro}}"');
  });
});

describe('body', () => {
  it('aligns the `=` of consecutive one-line attributes; a multi-line one ends the run', () => {
    const text = body(
      {
        name: 'Errors',
        x: 0,
        select: [{ agg_fn: 'count', where: 'SeverityText = "error" and a very long condition that does not fit on one line at all' }],
        group_by: 'ServiceName',
        as_ratio: true,
      },
      '  ',
    );
    expect(text).toBe(
      [
        '  name = "Errors"',
        '  x    = 0',
        '  select = [',
        '    {',
        '      agg_fn = "count"',
        '      where  = "SeverityText = \\"error\\" and a very long condition that does not fit on one line at all"',
        '    },',
        '  ]',
        '  group_by = "ServiceName"',
        '  as_ratio = true',
      ].join('\n'),
    );
  });

  it('writes short lists and objects on one line, empty ones as [] and {}', () => {
    expect(body({ tags: ['a', 'b'], filters: [], on_click: { type: 'external', url_template: 'https://x' }, empty: {} }, '')).toBe(
      ['tags     = ["a", "b"]', 'filters  = []', 'on_click = { type = "external", url_template = "https://x" }', 'empty    = {}'].join('\n'),
    );
  });

  it('writes multi-line text as a heredoc, with chomp() when it does not end with a newline', () => {
    expect(body({ text: '# Title\n\n${not a template}' }, '    ')).toBe('    text = chomp(<<EOT\n# Title\n\n$${not a template}\nEOT\n    )');
    expect(body({ text: 'a\nb\n' }, '')).toBe('text = <<EOT\na\nb\nEOT');
    // A line equal to the marker, trailing spaces (editors strip them) and carriage returns rule a heredoc out.
    expect(body({ text: 'EOT\nx' }, '')).toBe('text = chomp(<<EOT_\nEOT\nx\nEOT_\n)');
    expect(body({ text: 'a \nb' }, '')).toBe('text = "a \\nb"');
    expect(body({ text: 'a\r\nb' }, '')).toBe('text = "a\\r\\nb"');
  });

  it('writes references and variables as expressions, a literal id with its note at the end of its line', () => {
    const logs = { mode: 'data' as const, type: 'clickstack_source', name: 'logs' };
    const dashboard = { mode: 'resource' as const, type: 'clickstack_dashboard', name: 'main' };
    expect(
      body(
        {
          source_id: new Expression({ kind: 'attribute', of: logs, attribute: 'id' }),
          tile_id: new Expression({ kind: 'attribute', of: dashboard, attribute: 'tile_ids', key: 'Errors "5xx"' }),
          url: new Expression({ kind: 'variable', name: 'webhook_url' }),
          other: new Literal('abc', 'no source has this id'),
          ids: [new Literal('x', 'gone'), 'y'],
        },
        '',
      ),
    ).toBe(
      [
        'source_id = data.clickstack_source.logs.id',
        'tile_id   = clickstack_dashboard.main.tile_ids["Errors \\"5xx\\""]',
        'url       = var.webhook_url',
        'other     = "abc" # no source has this id',
        'ids = [',
        '  "x", # gone',
        '  "y",',
        ']',
      ].join('\n'),
    );
  });

  it('writes a reference longer than a line on its line, as the expression it is', () => {
    const dashboard = { mode: 'resource' as const, type: 'clickstack_dashboard', name: 'd'.repeat(48) };
    const key = 't'.repeat(300);
    expect(body({ tile_id: new Expression({ kind: 'attribute', of: dashboard, attribute: 'tile_ids', key }) }, '  ')).toBe(`  tile_id = clickstack_dashboard.${'d'.repeat(48)}.tile_ids["${key}"]`);
  });

  it('quotes attribute names that are not identifiers', () => {
    expect(body({ 'a b': 1, ok_name: 2 }, '')).toBe('"a b"   = 1\nok_name = 2');
  });
});

describe('block and comments', () => {
  it('writes a block with a comment above it, wrapped', () => {
    const text = block({ mode: 'resource', type: 'clickstack_webhook', name: 'hook' }, { name: 'Hook' }, `${'word '.repeat(30)}end`);
    expect(text.split('\n').every((line) => line.length <= 100)).toBe(true);
    expect(text).toMatch(/^# word word .*\n# word .*end\nresource "clickstack_webhook" "hook" \{\n {2}name = "Hook"\n\}\n$/);
    expect(commentLines('one\n\ntwo', '  ')).toBe('  # one\n  #\n  # two\n');
  });
});
