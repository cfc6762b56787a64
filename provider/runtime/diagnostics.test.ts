import { DiagnosticsCollector, diagnosticsToProto, pathToProto, pathToString } from './diagnostics';
import type { AttributePath } from './types';

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
