// Options of some tile kinds: what clicking a table row opens, the colours of a number tile, its background chart.
import { PALETTE_TOKENS, type PaletteToken, QUERY_LANGUAGES, type QueryLanguage } from '../../provider/values';
import { atMost, eachOf, lengthBetween, nonEmpty, oneOf } from './checks';
import type { SourceRef } from './tile';
import type { OnClickData } from './tile-lists';

/** A filter applied on the page a click opens, its value taken from the clicked row. */
export interface OnClickFilter {
  /** Expression filtered on, such as `ServiceName`. */
  readonly expression: string;
  /** Template of the value, from the clicked row, such as `{{ServiceName}}`. */
  readonly template: string;
}

/** What a search or dashboard opened by a click is filtered by. */
export interface OnClickOptions {
  /**
   * Template of the query applied on the page opened.
   * @default none
   */
  readonly whereTemplate?: string;
  /**
   * Language of `whereTemplate`: `lucene` or `sql`.
   * @default ClickStack's default
   */
  readonly whereLanguage?: QueryLanguage;
  /**
   * Filters applied on the page opened (up to 50).
   * @default none
   */
  readonly filters?: OnClickFilter[];
}

/** A name template resolved when the row is clicked, instead of a fixed source or dashboard. */
export interface NameTemplate {
  /** Template resolving to a source or dashboard name, such as `{{ServiceName}} logs`. */
  readonly template: string;
}

/** A dashboard a click opens. */
export interface DashboardRef {
  /** The dashboard's id (`dashboard.dashboardId`). */
  readonly dashboardId: string;
}

/** What clicking a row of a table tile opens: a search, another dashboard or a URL. */
export class OnClick {
  /** Opens a search of `target` (a log or trace source, or a name template). */
  static search(target: SourceRef | NameTemplate, options: OnClickOptions = {}): OnClick {
    return new OnClick('search', target, options);
  }

  /** Opens the dashboard `target` (or the one a name template resolves to). */
  static dashboard(target: DashboardRef | NameTemplate, options: OnClickOptions = {}): OnClick {
    return new OnClick('dashboard', target, options);
  }

  /** Opens a URL, from a template over the clicked row such as `https://status.example.com/{{ServiceName}}`. */
  static external(urlTemplate: string): OnClick {
    return new OnClick('external', undefined, {}, urlTemplate);
  }

  private constructor(
    readonly type: 'search' | 'dashboard' | 'external',
    readonly target: SourceRef | DashboardRef | NameTemplate | undefined,
    readonly options: OnClickOptions,
    readonly urlTemplate?: string,
  ) {}

  /** The source a search opens, when fixed. */
  get source(): SourceRef | undefined {
    return this.target && 'sourceId' in this.target ? this.target : undefined;
  }

  /** What ClickStack would refuse, naming this on-click as `prop`. */
  validate(prop: string): string[] {
    const { target, options } = this;
    return [
      ...(target && 'template' in target ? lengthBetween(`${prop}.template`, target.template, 1, 10000) : []),
      ...(this.source?.kind && !['log', 'trace'].includes(this.source.kind) ? [`\`${prop}\` searches a ${this.source.kind} source; a search opens a log or trace source.`] : []),
      ...nonEmpty(`${prop}.urlTemplate`, this.urlTemplate),
      ...oneOf(`${prop}.whereLanguage`, options.whereLanguage, QUERY_LANGUAGES),
      ...atMost(`${prop}.filters`, options.filters, 50, 'filters'),
    ];
  }

  /** The on-click in the bindings' shape. */
  toConfig(): OnClickData {
    const { target, options } = this;
    return {
      type: this.type,
      target:
        target === undefined
          ? undefined
          : 'template' in target
            ? { mode: 'template', template: target.template }
            : { mode: 'id', id: 'sourceId' in target ? target.sourceId : target.dashboardId },
      whereTemplate: options.whereTemplate,
      whereLanguage: options.whereLanguage,
      filters: options.filters?.map(({ expression, template }) => ({ kind: 'expressionTemplate', expression, template })),
      urlTemplate: this.urlTemplate,
    };
  }
}

/** How a colour rule compares: greater than, at least, less than, at most, between, equal, not equal. */
export type ColorRuleOperator = 'gt' | 'gte' | 'lt' | 'lte' | 'between' | 'eq' | 'neq';

/** Colours a number tile's value when it meets a condition; the first rule that matches wins. */
export interface ColorRule {
  /** `gt`, `gte`, `lt`, `lte`, `between`, `eq` or `neq`. */
  readonly operator: ColorRuleOperator;
  /**
   * Number compared with (the lower bound for `between`).
   * @default none (for `eq` and `neq` on text, set `valueText`)
   */
  readonly value?: number;
  /**
   * Upper bound, for `between` only.
   * @default none
   */
  readonly valueMax?: number;
  /**
   * Text compared with, for `eq` and `neq` on text values.
   * @default none
   */
  readonly valueText?: string;
  /** Palette token of the colour, such as `chart-red`. */
  readonly color: PaletteToken;
  /**
   * Label shown with the value (up to 40 characters).
   * @default none
   */
  readonly label?: string;
}

const compare =
  (operator: ColorRuleOperator) =>
  (value: number, color: PaletteToken, label?: string): ColorRule => ({ operator, value, color, label });
const equality =
  (operator: 'eq' | 'neq') =>
  (value: number | string, color: PaletteToken, label?: string): ColorRule =>
    typeof value === 'string' ? { operator, valueText: value, color, label } : { operator, value, color, label };

/** Factories of colour rules: `ColorRule.gt(100, 'chart-red', 'high')`. */
export const ColorRule = {
  /** Colours the value when it is more than `value`. */
  gt: compare('gt'),
  /** Colours the value when it is at least `value`. */
  gte: compare('gte'),
  /** Colours the value when it is less than `value`. */
  lt: compare('lt'),
  /** Colours the value when it is at most `value`. */
  lte: compare('lte'),
  /** Colours the value when it is from `value` to `valueMax`. */
  between: (value: number, valueMax: number, color: PaletteToken, label?: string): ColorRule => ({ operator: 'between', value, valueMax, color, label }),
  /** Colours the value when it equals `value` (a number or a text). */
  eq: equality('eq'),
  /** Colours the value when it differs from `value` (a number or a text). */
  neq: equality('neq'),
};

/** What ClickStack would refuse in the colour rules of a number tile. */
export function colorRuleProblems(prop: string, rules: readonly ColorRule[] | undefined): string[] {
  return [
    ...atMost(prop, rules, 10, 'rules'),
    ...eachOf(prop, rules, (at, rule) => {
      const { operator, value, valueMax, valueText } = rule;
      return [
        ...oneOf(`${at}.operator`, operator, ['gt', 'gte', 'lt', 'lte', 'between', 'eq', 'neq']),
        ...oneOf(`${at}.color`, rule.color, PALETTE_TOKENS),
        ...lengthBetween(`${at}.label`, rule.label, 0, 40),
        ...lengthBetween(`${at}.valueText`, valueText, 0, 200),
        ...(operator === 'between' && (value === undefined || valueMax === undefined) ? [`\`${at}\` is a "between" rule and needs both \`value\` and \`valueMax\`.`] : []),
        ...(operator !== 'between' && valueMax !== undefined ? [`\`${at}.valueMax\` is only for the "between" operator.`] : []),
        ...(valueText !== undefined && operator !== 'eq' && operator !== 'neq' ? [`\`${at}.valueText\` is only for the "eq" and "neq" operators.`] : []),
        ...(operator !== 'between' && value === undefined && valueText === undefined ? [`\`${at}\` needs a \`value\` (or \`valueText\` for "eq" and "neq").`] : []),
        ...(value !== undefined && valueText !== undefined ? [`\`${at}\` sets both \`value\` and \`valueText\`; set one.`] : []),
      ];
    }),
  ];
}

export const colorRulesConfig = (rules: readonly ColorRule[] | undefined) =>
  rules?.map(({ operator, value, valueMax, valueText, color, label }) => ({ operator, value, valueMax, valueText, color, label }));

/** A small chart drawn behind a number tile's value. */
export interface BackgroundChart {
  /** `line` or `area`. */
  readonly type: 'line' | 'area';
  /**
   * Palette token of the chart's colour.
   * @default ClickStack's default colour
   */
  readonly color?: PaletteToken;
}
