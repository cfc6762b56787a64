import { DiagnosticsCollector, diagnosticsToProto, locateInConfig, pathToProto, pathToString } from './diagnostics';
import type { AttributePath, Block, Diagnostic } from './types';

describe('DiagnosticsCollector', () => {
  it('collects warnings and errors in order and reports whether any is an error', () => {
    const diagnostics = new DiagnosticsCollector();
    diagnostics.warning('Deprecated', 'use tiles instead', ['charts']);
    expect(diagnostics.hasErrors()).toBe(false);
    diagnostics.error('Invalid name');
    expect(diagnostics.hasErrors()).toBe(true);
    expect(diagnostics.all).toEqual([
      { severity: 'warning', summary: 'Deprecated', detail: 'use tiles instead', path: ['charts'] },
      { severity: 'error', summary: 'Invalid name' },
    ]);
  });

  it('keeps its own copy of a path the caller goes on to change', () => {
    const diagnostics = new DiagnosticsCollector();
    const path: AttributePath = ['tiles', 0];
    diagnostics.error('Bad tile', undefined, path);
    path[1] = 5;
    expect(diagnostics.all[0].path).toEqual(['tiles', 0]);
  });
});

describe('diagnosticsToProto', () => {
  it('maps severities, fills detail and turns paths into attribute steps', () => {
    const proto = diagnosticsToProto([
      { severity: 'error', summary: 'Bad', detail: 'very', path: ['tiles', 2, 'tags', { key: 'env' }] },
      { severity: 'warning', summary: 'Hmm' },
    ]);
    expect(proto).toEqual([
      {
        severity: 'ERROR',
        summary: 'Bad',
        detail: 'very',
        attribute: {
          steps: [{ attribute_name: 'tiles' }, { element_key_int: 2 }, { attribute_name: 'tags' }, { element_key_string: 'env' }],
        },
      },
      { severity: 'WARNING', summary: 'Hmm', detail: '' },
    ]);
  });

  it('leaves out an empty path, which would point at nothing', () => {
    expect(diagnosticsToProto([{ severity: 'error', summary: 'x', path: [] }])[0]).not.toHaveProperty('attribute');
  });

  it('exposes the path conversion on its own (requires_replace uses it)', () => {
    expect(pathToProto(['name'])).toEqual({ steps: [{ attribute_name: 'name' }] });
  });
});

describe('pathToString', () => {
  it.each<[AttributePath, string]>([
    [[], ''],
    [['name'], 'name'],
    [['tiles', 2, 'config', 'line', 'select', 0], 'tiles[2].config.line.select[0]'],
    [['tags', { key: 'team "a"' }], 'tags["team \\"a\\""]'],
  ])('%j -> %s', (path, text) => {
    expect(pathToString(path)).toBe(text);
  });
});

describe('locateInConfig', () => {
  const block: Block = {
    attributes: {
      name: { type: 'string', required: true },
      tiles: { optional: true, nested: { nesting: 'list', attributes: { name: { type: 'string', required: true } } } },
      labels: { type: ['map', 'string'], optional: true },
    },
    blocks: {
      rule: { nesting: 'list', block: { attributes: { threshold: { type: 'number', required: true } } } },
      settings: { nesting: 'single', block: { attributes: { size: { type: 'number', optional: true } } } },
    },
  };
  const error = (path: AttributePath): Diagnostic => ({ severity: 'error', summary: 'Invalid attribute value', detail: 'Must be short.', path });

  it('keeps paths Terraform can place: through blocks, and one index into an attribute', () => {
    for (const path of [['name'], ['tiles', 1], ['labels', { key: 'env' }], ['rule', 0, 'threshold'], ['settings', 'size']] as AttributePath[])
      expect(locateInConfig(block, error(path))).toEqual(error(path));
  });

  it('cuts a path into a nested attribute at the element, naming the full path in the detail', () => {
    expect(locateInConfig(block, error(['tiles', 1, 'name']))).toEqual({
      severity: 'error',
      summary: 'Invalid attribute value',
      detail: 'tiles[1].name: Must be short.',
      path: ['tiles', 1],
    });
  });

  it('leaves diagnostics without a path alone', () => {
    const plain: Diagnostic = { severity: 'warning', summary: 'Heads up' };
    expect(locateInConfig(block, plain)).toBe(plain);
  });
});
