import { LOGS } from '../../test/support/source-refs';
import { ColorRule, colorRuleProblems, OnClick } from './tile-options';

describe('OnClick', () => {
  it('opens a search of a source or of a name template, with filters from the clicked row', () => {
    expect(OnClick.search(LOGS, { filters: [{ expression: 'ServiceName', template: '{{ServiceName}}' }] }).toConfig()).toEqual({
      type: 'search',
      target: { mode: 'id', id: 'logs-id' },
      filters: [{ kind: 'expressionTemplate', expression: 'ServiceName', template: '{{ServiceName}}' }],
    });
    expect(OnClick.search({ template: '{{ServiceName}} logs' }).toConfig()).toEqual({ type: 'search', target: { mode: 'template', template: '{{ServiceName}} logs' } });
  });

  it('opens a dashboard by id or name template, or a URL', () => {
    expect(OnClick.dashboard({ dashboardId: 'd1' }, { whereTemplate: 'ServiceName:{{ServiceName}}' }).toConfig()).toEqual({
      type: 'dashboard',
      target: { mode: 'id', id: 'd1' },
      whereTemplate: 'ServiceName:{{ServiceName}}',
    });
    expect(OnClick.external('https://example.com').toConfig()).toEqual({ type: 'external', urlTemplate: 'https://example.com' });
  });

  it('refuses an empty template and more than 50 filters', () => {
    const filters = Array.from({ length: 51 }, () => ({ expression: 'a', template: 'b' }));
    expect(OnClick.dashboard({ template: '' }, { filters }).validate('onClick')).toEqual([
      '`onClick.template` must not be empty.',
      '`onClick.filters` has 51 filters; at most 50 are allowed.',
    ]);
  });
});

describe('ColorRule', () => {
  it('has a factory per operator; eq and neq compare numbers or text', () => {
    expect(ColorRule.gte(10, 'chart-warning')).toEqual({ operator: 'gte', value: 10, color: 'chart-warning', label: undefined });
    expect(ColorRule.between(1, 2, 'chart-blue', 'ok')).toEqual({ operator: 'between', value: 1, valueMax: 2, color: 'chart-blue', label: 'ok' });
    expect(ColorRule.eq('down', 'chart-error')).toEqual({ operator: 'eq', valueText: 'down', color: 'chart-error', label: undefined });
    expect(ColorRule.neq(0, 'chart-success')).toEqual({ operator: 'neq', value: 0, color: 'chart-success', label: undefined });
    expect(colorRuleProblems('colorRules', [ColorRule.gt(1, 'chart-red'), ColorRule.lt(1, 'chart-blue'), ColorRule.lte(0, 'chart-cyan'), ColorRule.eq('x', 'chart-pink')])).toEqual([]);
  });

  it('refuses what ClickStack refuses: a between without both bounds, bounds or text on the wrong operator, no value, both values', () => {
    expect(
      colorRuleProblems('colorRules', [
        { operator: 'between', value: 1, color: 'chart-red' },
        { operator: 'gt', value: 1, valueMax: 2, color: 'chart-red' },
        { operator: 'lt', valueText: 'x', color: 'chart-red' },
        { operator: 'gte', color: 'chart-red' },
        { operator: 'eq', value: 1, valueText: 'x', color: 'chart-red' },
        { operator: 'eq', value: 1, color: 'red' as never, label: 'x'.repeat(41) },
      ]),
    ).toEqual([
      '`colorRules[0]` is a "between" rule and needs both `value` and `valueMax`.',
      '`colorRules[1].valueMax` is only for the "between" operator.',
      '`colorRules[2].valueText` is only for the "eq" and "neq" operators.',
      '`colorRules[3]` needs a `value` (or `valueText` for "eq" and "neq").',
      '`colorRules[4]` sets both `value` and `valueText`; set one.',
      expect.stringMatching(/^`colorRules\[5\]\.color` is "red"; expected one of /),
      '`colorRules[5].label` is 41 characters long; at most 40 are allowed.',
    ]);
    expect(colorRuleProblems('colorRules', Array.from({ length: 11 }, () => ColorRule.gt(1, 'chart-red')))).toEqual(['`colorRules` has 11 rules; at most 10 are allowed.']);
  });
});
