// Identifiers derived from names: readable, valid in HCL and TypeScript, unique within their kind, stable.
import { assignIdentifiers, snakeCase } from './names';

describe('snakeCase', () => {
  it.each([
    ['Service health', 'service_health'],
    ['Service health (prod) — EU', 'service_health_prod_eu'],
    ['HTTPErrors by ServiceName', 'httperrors_by_service_name'],
    ['Café déjà vu', 'cafe_deja_vu'],
    ['  --  ', 'dashboard'],
    ['日本語', 'dashboard'],
    ['5xx rate', 'dashboard_5xx_rate'],
    ['count', 'count_dashboard'],
    ['default', 'default_dashboard'],
  ])('%j → %s', (name, identifier) => {
    expect(snakeCase(name, 'dashboard')).toBe(identifier);
  });

  it('keeps identifiers short', () => {
    expect(snakeCase('a very long dashboard name that goes on and on about everything it shows', 'd')).toBe('a_very_long_dashboard_name_that_goes_on_and_on');
    expect(snakeCase('x'.repeat(60), 'd')).toBe('x'.repeat(48));
  });
});

describe('assignIdentifiers', () => {
  it('gives namesakes suffixes in server id order, so that the oldest keeps the bare name whatever the list order', () => {
    const objects = [
      { id: '3', name: 'Errors' },
      { id: '1', name: 'errors' },
      { id: '2', name: 'Latency' },
    ];
    const identifiers = assignIdentifiers(objects, 'dashboard');
    expect(Object.fromEntries(identifiers)).toEqual({ '1': 'errors', '3': 'errors_2', '2': 'latency' });
    expect(assignIdentifiers([...objects].reverse(), 'dashboard')).toEqual(identifiers);
  });

  it('skips a suffix that another object derives from its own name', () => {
    const identifiers = assignIdentifiers([{ id: '1', name: 'Errors' }, { id: '2', name: 'Errors' }, { id: '3', name: 'Errors 2' }], 'd');
    expect(Object.fromEntries(identifiers)).toEqual({ '1': 'errors', '2': 'errors_3', '3': 'errors_2' });
  });
});
