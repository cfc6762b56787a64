// A saved search (a named search over a source, which alerts can watch) as plain data: its props, what ClickStack
// would refuse, and the configuration of the `clickstack_saved_search` resource.
import { QUERY_LANGUAGES, type QueryLanguage } from '../../provider/values';
import { atMost, eachOf, isToken, lengthBetween, nonEmpty, oneOf } from './checks';

/** A filter pinned to the search: a condition, or a comparison made in ClickStack's UI. */
export type SavedSearchFilter = SavedSearchCondition | SavedSearchComparison;

/** A condition pinned to the search. */
export interface SavedSearchCondition {
  /** The condition, such as `ServiceName IN ('api', 'web')` for `sql`, or `level:error` for `lucene`. */
  readonly condition: string;
  /**
   * Language of the condition.
   * @default 'sql'
   */
  readonly type?: QueryLanguage;
}

/**
 * A comparison pinned by ClickStack's UI (`type: 'sql_ast'`), such as `SeverityText != 'debug'`. ClickStack's API
 * accepts one only unchanged from the stored search: keep it as exported in a saved search adopted with `importFrom`;
 * a new or changed one is refused by the provider.
 */
export interface SavedSearchComparison {
  /** Marks the filter as a comparison. */
  readonly type: 'sql_ast';
  /** The comparison operator, such as `=` or `!=`. */
  readonly operator: string;
  /** The left operand, such as `SeverityText`. */
  readonly left: string;
  /** The right operand, such as `'debug'`. */
  readonly right: string;
}

const isComparison = (filter: SavedSearchFilter): filter is SavedSearchComparison => filter.type === 'sql_ast';

export interface SavedSearchDefinitionProps {
  /** Name of the saved search, without leading or trailing spaces. */
  readonly name: string;
  /**
   * Columns shown, comma-separated.
   * @default the source's default columns
   */
  readonly select?: string;
  /**
   * Condition rows must meet, in `whereLanguage`.
   * @default every row
   */
  readonly where?: string;
  /**
   * Language of `where`: `lucene` or `sql`.
   * @default 'lucene'
   */
  readonly whereLanguage?: QueryLanguage;
  /**
   * ORDER BY expression.
   * @default the source's default order
   */
  readonly orderBy?: string;
  /**
   * Tags (up to 50, each up to 32 characters).
   * @default none
   */
  readonly tags?: string[];
  /**
   * Filters pinned to the search (up to 100).
   * @default none
   */
  readonly filters?: SavedSearchFilter[];
}

/** The `clickstack_saved_search` configuration, in the shape of the bindings' SavedSearchConfig. */
export interface SavedSearchConfigData {
  name: string;
  sourceId: string;
  select?: string;
  where?: string;
  whereLanguage?: string;
  orderBy?: string;
  tags?: string[];
  filters?: { type: string; condition?: string; operator?: string; left?: string; right?: string }[];
}

export class SavedSearchDefinition {
  constructor(
    readonly props: SavedSearchDefinitionProps,
    /** Id of the source searched (a token until Terraform plans). */
    readonly sourceId: string,
  ) {}

  validate(): string[] {
    const { props } = this;
    return [
      ...lengthBetween('name', props.name, 1, 1024),
      ...(isToken(props.name) || props.name.trim() === props.name ? [] : ['`name` has leading or trailing spaces, which ClickStack trims.']),
      ...lengthBetween('select', props.select, 0, 4096),
      ...lengthBetween('where', props.where, 0, 8192),
      ...oneOf('whereLanguage', props.whereLanguage, QUERY_LANGUAGES),
      ...lengthBetween('orderBy', props.orderBy, 0, 1024),
      ...atMost('tags', props.tags, 50, 'tags'),
      ...eachOf('tags', props.tags, (prop, tag) => lengthBetween(prop, tag, 0, 32)),
      ...atMost('filters', props.filters, 100, 'filters'),
      ...eachOf('filters', props.filters, (prop, filter) =>
        isComparison(filter)
          ? (['operator', 'left', 'right'] as const).flatMap((operand) => nonEmpty(`${prop}.${operand}`, filter[operand]))
          : [...oneOf(`${prop}.type`, filter.type, QUERY_LANGUAGES), ...lengthBetween(`${prop}.condition`, filter.condition, 1, 8192)],
      ),
    ];
  }

  toConfig(): SavedSearchConfigData {
    const { name, select, where, whereLanguage, orderBy, tags, filters } = this.props;
    return {
      name,
      sourceId: this.sourceId,
      select,
      where,
      whereLanguage,
      orderBy,
      tags,
      filters: filters?.map((filter) => (isComparison(filter) ? { ...filter } : { type: filter.type ?? 'sql', condition: filter.condition })),
    };
  }
}
