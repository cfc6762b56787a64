// https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface SourceConfig extends cdktn.TerraformMetaArguments {
  /**
  * Id of the ClickHouse connection queried: a `clickstack_connection` (OSS). On Managed ClickStack the service owns its connection: take its id from an existing source (`data.clickstack_source.<name>.connection`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#connection_id Source#connection_id}
  */
  readonly connectionId: string;
  /**
  * Database of the source's table.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#database Source#database}
  */
  readonly database: string;
  /**
  * Whether the source is hidden from searches and charts. Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#disabled Source#disabled}
  */
  readonly disabled?: boolean | cdktn.IResolvable;
  /**
  * Kind of data: `log`, `trace`, `metric`, `session`, `promql`. The nested attribute named as the kind holds its fields (a `promql` source has none). Changing it replaces the source: the server stores a source of another kind as a new document.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#kind Source#kind}
  */
  readonly kind: string;
  /**
  * Fields of a `log` source: search columns and the expressions of severity, body, service and correlation. Set exactly when `kind` is `log`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#log Source#log}
  */
  readonly log?: SourceLog;
  /**
  * Fields of a `metric` source: the table of each metric type. Set exactly when `kind` is `metric`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#metric Source#metric}
  */
  readonly metric?: SourceMetric;
  /**
  * Name of the source, as the UI lists it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#name Source#name}
  */
  readonly name: string;
  /**
  * ClickHouse settings sent with every query of the source (up to 10). Defaults to `[]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#query_settings Source#query_settings}
  */
  readonly querySettings?: SourceQuerySettings[] | cdktn.IResolvable;
  /**
  * Section of the source list the UI shows it under.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#section Source#section}
  */
  readonly section?: string;
  /**
  * Fields of a `session` source: the correlated trace source. Set exactly when `kind` is `session`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#session Source#session}
  */
  readonly session?: SourceSession;
  /**
  * Table the source reads; required except for `metric` sources, whose tables are in `metric.tables`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#table Source#table}
  */
  readonly table?: string;
  /**
  * SQL expression of the event time, used for time ranges.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#timestamp_value_expression Source#timestamp_value_expression}
  */
  readonly timestampValueExpression: string;
  /**
  * Fields of a `trace` source: the span fields, duration and search columns. Set exactly when `kind` is `trace`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#trace Source#trace}
  */
  readonly trace?: SourceTrace;
}
export interface SourceLogFilterSettingsColumns {
  /**
  * Label shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#label Source#label}
  */
  readonly label: string;
  /**
  * Column name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#name Source#name}
  */
  readonly name: string;
}

export function sourceLogFilterSettingsColumnsToTerraform(struct?: SourceLogFilterSettingsColumns | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    label: cdktn.stringToTerraform(struct!.label),
    name: cdktn.stringToTerraform(struct!.name),
  }
}


export function sourceLogFilterSettingsColumnsToHclTerraform(struct?: SourceLogFilterSettingsColumns | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    label: {
      value: cdktn.stringToHclTerraform(struct!.label),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktn.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceLogFilterSettingsColumnsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): SourceLogFilterSettingsColumns | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._label !== undefined) {
      hasAnyValues = true;
      internalValueResult.label = this._label;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceLogFilterSettingsColumns | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._label = undefined;
      this._name = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._label = value.label;
      this._name = value.name;
    }
  }

  // label - computed: false, optional: false, required: true
  private _label?: string; 
  public get label() {
    return this.getStringAttribute('label');
  }
  public set label(value: string) {
    this._label = value;
  }
  // Temporarily expose input value. Use with caution.
  public get labelInput() {
    return this._label;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }
}

export class SourceLogFilterSettingsColumnsList extends cdktn.ComplexList {
  public internalValue? : SourceLogFilterSettingsColumns[] | cdktn.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): SourceLogFilterSettingsColumnsOutputReference {
    return new SourceLogFilterSettingsColumnsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface SourceLogFilterSettings {
  /**
  * Columns shown as filters (up to 10).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#columns Source#columns}
  */
  readonly columns: SourceLogFilterSettingsColumns[] | cdktn.IResolvable;
  /**
  * Database of the table.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#database Source#database}
  */
  readonly database: string;
  /**
  * Table of filter values.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#table Source#table}
  */
  readonly table: string;
}

export function sourceLogFilterSettingsToTerraform(struct?: SourceLogFilterSettings | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    columns: cdktn.listMapper(sourceLogFilterSettingsColumnsToTerraform, false)(struct!.columns),
    database: cdktn.stringToTerraform(struct!.database),
    table: cdktn.stringToTerraform(struct!.table),
  }
}


export function sourceLogFilterSettingsToHclTerraform(struct?: SourceLogFilterSettings | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    columns: {
      value: cdktn.listMapperHcl(sourceLogFilterSettingsColumnsToHclTerraform, false)(struct!.columns),
      isBlock: true,
      type: "list",
      storageClassType: "SourceLogFilterSettingsColumnsList",
    },
    database: {
      value: cdktn.stringToHclTerraform(struct!.database),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    table: {
      value: cdktn.stringToHclTerraform(struct!.table),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceLogFilterSettingsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceLogFilterSettings | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._columns?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.columns = this._columns?.internalValue;
    }
    if (this._database !== undefined) {
      hasAnyValues = true;
      internalValueResult.database = this._database;
    }
    if (this._table !== undefined) {
      hasAnyValues = true;
      internalValueResult.table = this._table;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceLogFilterSettings | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._columns.internalValue = undefined;
      this._database = undefined;
      this._table = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._columns.internalValue = value.columns;
      this._database = value.database;
      this._table = value.table;
    }
  }

  // columns - computed: false, optional: false, required: true
  private _columns = new SourceLogFilterSettingsColumnsList(this, "columns", false);
  public get columns() {
    return this._columns;
  }
  public putColumns(value: SourceLogFilterSettingsColumns[] | cdktn.IResolvable) {
    this._columns.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get columnsInput() {
    return this._columns.internalValue;
  }

  // database - computed: false, optional: false, required: true
  private _database?: string; 
  public get database() {
    return this.getStringAttribute('database');
  }
  public set database(value: string) {
    this._database = value;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseInput() {
    return this._database;
  }

  // table - computed: false, optional: false, required: true
  private _table?: string; 
  public get table() {
    return this.getStringAttribute('table');
  }
  public set table(value: string) {
    this._table = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tableInput() {
    return this._table;
  }
}
export interface SourceLogHighlightedRowAttributeExpressions {
  /**
  * Name shown for the attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#alias Source#alias}
  */
  readonly alias?: string;
  /**
  * The same attribute as a Lucene field, for searches.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#lucene_expression Source#lucene_expression}
  */
  readonly luceneExpression?: string;
  /**
  * SQL expression of the attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#sql_expression Source#sql_expression}
  */
  readonly sqlExpression: string;
}

export function sourceLogHighlightedRowAttributeExpressionsToTerraform(struct?: SourceLogHighlightedRowAttributeExpressions | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    alias: cdktn.stringToTerraform(struct!.alias),
    lucene_expression: cdktn.stringToTerraform(struct!.luceneExpression),
    sql_expression: cdktn.stringToTerraform(struct!.sqlExpression),
  }
}


export function sourceLogHighlightedRowAttributeExpressionsToHclTerraform(struct?: SourceLogHighlightedRowAttributeExpressions | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    alias: {
      value: cdktn.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    lucene_expression: {
      value: cdktn.stringToHclTerraform(struct!.luceneExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sql_expression: {
      value: cdktn.stringToHclTerraform(struct!.sqlExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceLogHighlightedRowAttributeExpressionsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): SourceLogHighlightedRowAttributeExpressions | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._luceneExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.luceneExpression = this._luceneExpression;
    }
    if (this._sqlExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlExpression = this._sqlExpression;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceLogHighlightedRowAttributeExpressions | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alias = undefined;
      this._luceneExpression = undefined;
      this._sqlExpression = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alias = value.alias;
      this._luceneExpression = value.luceneExpression;
      this._sqlExpression = value.sqlExpression;
    }
  }

  // alias - computed: true, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // lucene_expression - computed: true, optional: true, required: false
  private _luceneExpression?: string; 
  public get luceneExpression() {
    return this.getStringAttribute('lucene_expression');
  }
  public set luceneExpression(value: string) {
    this._luceneExpression = value;
  }
  public resetLuceneExpression() {
    this._luceneExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get luceneExpressionInput() {
    return this._luceneExpression;
  }

  // sql_expression - computed: true, optional: false, required: true
  private _sqlExpression?: string; 
  public get sqlExpression() {
    return this.getStringAttribute('sql_expression');
  }
  public set sqlExpression(value: string) {
    this._sqlExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlExpressionInput() {
    return this._sqlExpression;
  }
}

export class SourceLogHighlightedRowAttributeExpressionsList extends cdktn.ComplexList {
  public internalValue? : SourceLogHighlightedRowAttributeExpressions[] | cdktn.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): SourceLogHighlightedRowAttributeExpressionsOutputReference {
    return new SourceLogHighlightedRowAttributeExpressionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface SourceLogHighlightedTraceAttributeExpressions {
  /**
  * Name shown for the attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#alias Source#alias}
  */
  readonly alias?: string;
  /**
  * The same attribute as a Lucene field, for searches.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#lucene_expression Source#lucene_expression}
  */
  readonly luceneExpression?: string;
  /**
  * SQL expression of the attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#sql_expression Source#sql_expression}
  */
  readonly sqlExpression: string;
}

export function sourceLogHighlightedTraceAttributeExpressionsToTerraform(struct?: SourceLogHighlightedTraceAttributeExpressions | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    alias: cdktn.stringToTerraform(struct!.alias),
    lucene_expression: cdktn.stringToTerraform(struct!.luceneExpression),
    sql_expression: cdktn.stringToTerraform(struct!.sqlExpression),
  }
}


export function sourceLogHighlightedTraceAttributeExpressionsToHclTerraform(struct?: SourceLogHighlightedTraceAttributeExpressions | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    alias: {
      value: cdktn.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    lucene_expression: {
      value: cdktn.stringToHclTerraform(struct!.luceneExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sql_expression: {
      value: cdktn.stringToHclTerraform(struct!.sqlExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceLogHighlightedTraceAttributeExpressionsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): SourceLogHighlightedTraceAttributeExpressions | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._luceneExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.luceneExpression = this._luceneExpression;
    }
    if (this._sqlExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlExpression = this._sqlExpression;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceLogHighlightedTraceAttributeExpressions | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alias = undefined;
      this._luceneExpression = undefined;
      this._sqlExpression = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alias = value.alias;
      this._luceneExpression = value.luceneExpression;
      this._sqlExpression = value.sqlExpression;
    }
  }

  // alias - computed: true, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // lucene_expression - computed: true, optional: true, required: false
  private _luceneExpression?: string; 
  public get luceneExpression() {
    return this.getStringAttribute('lucene_expression');
  }
  public set luceneExpression(value: string) {
    this._luceneExpression = value;
  }
  public resetLuceneExpression() {
    this._luceneExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get luceneExpressionInput() {
    return this._luceneExpression;
  }

  // sql_expression - computed: true, optional: false, required: true
  private _sqlExpression?: string; 
  public get sqlExpression() {
    return this.getStringAttribute('sql_expression');
  }
  public set sqlExpression(value: string) {
    this._sqlExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlExpressionInput() {
    return this._sqlExpression;
  }
}

export class SourceLogHighlightedTraceAttributeExpressionsList extends cdktn.ComplexList {
  public internalValue? : SourceLogHighlightedTraceAttributeExpressions[] | cdktn.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): SourceLogHighlightedTraceAttributeExpressionsOutputReference {
    return new SourceLogHighlightedTraceAttributeExpressionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface SourceLogMaterializedViewsAggregatedColumns {
  /**
  * Aggregation: `avg`, `count`, `count_distinct`, `last_value`, `max`, `min`, `quantile`, `sum`, `any`, `none`, `increase`, `histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#agg_fn Source#agg_fn}
  */
  readonly aggFn: string;
  /**
  * Column of the view's table holding the aggregate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#mv_column Source#mv_column}
  */
  readonly mvColumn: string;
  /**
  * Column of the source aggregated; required unless `agg_fn` is `count`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#source_column Source#source_column}
  */
  readonly sourceColumn?: string;
}

export function sourceLogMaterializedViewsAggregatedColumnsToTerraform(struct?: SourceLogMaterializedViewsAggregatedColumns): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    agg_fn: cdktn.stringToTerraform(struct!.aggFn),
    mv_column: cdktn.stringToTerraform(struct!.mvColumn),
    source_column: cdktn.stringToTerraform(struct!.sourceColumn),
  }
}


export function sourceLogMaterializedViewsAggregatedColumnsToHclTerraform(struct?: SourceLogMaterializedViewsAggregatedColumns): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    agg_fn: {
      value: cdktn.stringToHclTerraform(struct!.aggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mv_column: {
      value: cdktn.stringToHclTerraform(struct!.mvColumn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    source_column: {
      value: cdktn.stringToHclTerraform(struct!.sourceColumn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceLogMaterializedViewsAggregatedColumnsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): SourceLogMaterializedViewsAggregatedColumns | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggFn = this._aggFn;
    }
    if (this._mvColumn !== undefined) {
      hasAnyValues = true;
      internalValueResult.mvColumn = this._mvColumn;
    }
    if (this._sourceColumn !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceColumn = this._sourceColumn;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceLogMaterializedViewsAggregatedColumns | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._aggFn = undefined;
      this._mvColumn = undefined;
      this._sourceColumn = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._aggFn = value.aggFn;
      this._mvColumn = value.mvColumn;
      this._sourceColumn = value.sourceColumn;
    }
  }

  // agg_fn - computed: true, optional: false, required: true
  private _aggFn?: string; 
  public get aggFn() {
    return this.getStringAttribute('agg_fn');
  }
  public set aggFn(value: string) {
    this._aggFn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get aggFnInput() {
    return this._aggFn;
  }

  // mv_column - computed: true, optional: false, required: true
  private _mvColumn?: string; 
  public get mvColumn() {
    return this.getStringAttribute('mv_column');
  }
  public set mvColumn(value: string) {
    this._mvColumn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mvColumnInput() {
    return this._mvColumn;
  }

  // source_column - computed: true, optional: true, required: false
  private _sourceColumn?: string; 
  public get sourceColumn() {
    return this.getStringAttribute('source_column');
  }
  public set sourceColumn(value: string) {
    this._sourceColumn = value;
  }
  public resetSourceColumn() {
    this._sourceColumn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceColumnInput() {
    return this._sourceColumn;
  }
}

export class SourceLogMaterializedViewsAggregatedColumnsList extends cdktn.ComplexList {
  public internalValue? : SourceLogMaterializedViewsAggregatedColumns[] | cdktn.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): SourceLogMaterializedViewsAggregatedColumnsOutputReference {
    return new SourceLogMaterializedViewsAggregatedColumnsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface SourceLogMaterializedViews {
  /**
  * The aggregates the view holds (at least one).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#aggregated_columns Source#aggregated_columns}
  */
  readonly aggregatedColumns: SourceLogMaterializedViewsAggregatedColumns[] | cdktn.IResolvable;
  /**
  * Database of the view's table.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#database Source#database}
  */
  readonly database: string;
  /**
  * Columns the view groups by, comma-separated.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#dimension_columns Source#dimension_columns}
  */
  readonly dimensionColumns: string;
  /**
  * Earliest time the view covers, RFC 3339 (`2026-01-01T00:00:00Z`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#min_date Source#min_date}
  */
  readonly minDate?: string;
  /**
  * Smallest time bucket the view holds: a number and a unit, `s`, `m`, `h` or `d` (`15m`, `1h`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#min_granularity Source#min_granularity}
  */
  readonly minGranularity: string;
  /**
  * Table the view writes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#table Source#table}
  */
  readonly table: string;
  /**
  * Time column of the view's table.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#timestamp_column Source#timestamp_column}
  */
  readonly timestampColumn: string;
}

export function sourceLogMaterializedViewsToTerraform(struct?: SourceLogMaterializedViews | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    aggregated_columns: cdktn.listMapper(sourceLogMaterializedViewsAggregatedColumnsToTerraform, false)(struct!.aggregatedColumns),
    database: cdktn.stringToTerraform(struct!.database),
    dimension_columns: cdktn.stringToTerraform(struct!.dimensionColumns),
    min_date: cdktn.stringToTerraform(struct!.minDate),
    min_granularity: cdktn.stringToTerraform(struct!.minGranularity),
    table: cdktn.stringToTerraform(struct!.table),
    timestamp_column: cdktn.stringToTerraform(struct!.timestampColumn),
  }
}


export function sourceLogMaterializedViewsToHclTerraform(struct?: SourceLogMaterializedViews | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    aggregated_columns: {
      value: cdktn.listMapperHcl(sourceLogMaterializedViewsAggregatedColumnsToHclTerraform, false)(struct!.aggregatedColumns),
      isBlock: true,
      type: "list",
      storageClassType: "SourceLogMaterializedViewsAggregatedColumnsList",
    },
    database: {
      value: cdktn.stringToHclTerraform(struct!.database),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    dimension_columns: {
      value: cdktn.stringToHclTerraform(struct!.dimensionColumns),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    min_date: {
      value: cdktn.stringToHclTerraform(struct!.minDate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    min_granularity: {
      value: cdktn.stringToHclTerraform(struct!.minGranularity),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    table: {
      value: cdktn.stringToHclTerraform(struct!.table),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    timestamp_column: {
      value: cdktn.stringToHclTerraform(struct!.timestampColumn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceLogMaterializedViewsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): SourceLogMaterializedViews | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggregatedColumns?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggregatedColumns = this._aggregatedColumns?.internalValue;
    }
    if (this._database !== undefined) {
      hasAnyValues = true;
      internalValueResult.database = this._database;
    }
    if (this._dimensionColumns !== undefined) {
      hasAnyValues = true;
      internalValueResult.dimensionColumns = this._dimensionColumns;
    }
    if (this._minDate !== undefined) {
      hasAnyValues = true;
      internalValueResult.minDate = this._minDate;
    }
    if (this._minGranularity !== undefined) {
      hasAnyValues = true;
      internalValueResult.minGranularity = this._minGranularity;
    }
    if (this._table !== undefined) {
      hasAnyValues = true;
      internalValueResult.table = this._table;
    }
    if (this._timestampColumn !== undefined) {
      hasAnyValues = true;
      internalValueResult.timestampColumn = this._timestampColumn;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceLogMaterializedViews | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggregatedColumns.internalValue = undefined;
      this._database = undefined;
      this._dimensionColumns = undefined;
      this._minDate = undefined;
      this._minGranularity = undefined;
      this._table = undefined;
      this._timestampColumn = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aggregatedColumns.internalValue = value.aggregatedColumns;
      this._database = value.database;
      this._dimensionColumns = value.dimensionColumns;
      this._minDate = value.minDate;
      this._minGranularity = value.minGranularity;
      this._table = value.table;
      this._timestampColumn = value.timestampColumn;
    }
  }

  // aggregated_columns - computed: true, optional: false, required: true
  private _aggregatedColumns = new SourceLogMaterializedViewsAggregatedColumnsList(this, "aggregated_columns", false);
  public get aggregatedColumns() {
    return this._aggregatedColumns;
  }
  public putAggregatedColumns(value: SourceLogMaterializedViewsAggregatedColumns[] | cdktn.IResolvable) {
    this._aggregatedColumns.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get aggregatedColumnsInput() {
    return this._aggregatedColumns.internalValue;
  }

  // database - computed: true, optional: false, required: true
  private _database?: string; 
  public get database() {
    return this.getStringAttribute('database');
  }
  public set database(value: string) {
    this._database = value;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseInput() {
    return this._database;
  }

  // dimension_columns - computed: true, optional: false, required: true
  private _dimensionColumns?: string; 
  public get dimensionColumns() {
    return this.getStringAttribute('dimension_columns');
  }
  public set dimensionColumns(value: string) {
    this._dimensionColumns = value;
  }
  // Temporarily expose input value. Use with caution.
  public get dimensionColumnsInput() {
    return this._dimensionColumns;
  }

  // min_date - computed: true, optional: true, required: false
  private _minDate?: string; 
  public get minDate() {
    return this.getStringAttribute('min_date');
  }
  public set minDate(value: string) {
    this._minDate = value;
  }
  public resetMinDate() {
    this._minDate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minDateInput() {
    return this._minDate;
  }

  // min_granularity - computed: true, optional: false, required: true
  private _minGranularity?: string; 
  public get minGranularity() {
    return this.getStringAttribute('min_granularity');
  }
  public set minGranularity(value: string) {
    this._minGranularity = value;
  }
  // Temporarily expose input value. Use with caution.
  public get minGranularityInput() {
    return this._minGranularity;
  }

  // table - computed: true, optional: false, required: true
  private _table?: string; 
  public get table() {
    return this.getStringAttribute('table');
  }
  public set table(value: string) {
    this._table = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tableInput() {
    return this._table;
  }

  // timestamp_column - computed: true, optional: false, required: true
  private _timestampColumn?: string; 
  public get timestampColumn() {
    return this.getStringAttribute('timestamp_column');
  }
  public set timestampColumn(value: string) {
    this._timestampColumn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get timestampColumnInput() {
    return this._timestampColumn;
  }
}

export class SourceLogMaterializedViewsList extends cdktn.ComplexList {
  public internalValue? : SourceLogMaterializedViews[] | cdktn.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): SourceLogMaterializedViewsOutputReference {
    return new SourceLogMaterializedViewsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface SourceLogMetadataMaterializedViews {
  /**
  * Time bucket of the roll-ups: a number and a unit, `s`, `m`, `h` or `d` (`15m`, `1h`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#granularity Source#granularity}
  */
  readonly granularity: string;
  /**
  * Table of attribute keys.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#key_rollup_table Source#key_rollup_table}
  */
  readonly keyRollupTable?: string;
  /**
  * Table of attribute keys and values.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#kv_rollup_table Source#kv_rollup_table}
  */
  readonly kvRollupTable: string;
}

export function sourceLogMetadataMaterializedViewsToTerraform(struct?: SourceLogMetadataMaterializedViews | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    granularity: cdktn.stringToTerraform(struct!.granularity),
    key_rollup_table: cdktn.stringToTerraform(struct!.keyRollupTable),
    kv_rollup_table: cdktn.stringToTerraform(struct!.kvRollupTable),
  }
}


export function sourceLogMetadataMaterializedViewsToHclTerraform(struct?: SourceLogMetadataMaterializedViews | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    granularity: {
      value: cdktn.stringToHclTerraform(struct!.granularity),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key_rollup_table: {
      value: cdktn.stringToHclTerraform(struct!.keyRollupTable),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    kv_rollup_table: {
      value: cdktn.stringToHclTerraform(struct!.kvRollupTable),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceLogMetadataMaterializedViewsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceLogMetadataMaterializedViews | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._granularity !== undefined) {
      hasAnyValues = true;
      internalValueResult.granularity = this._granularity;
    }
    if (this._keyRollupTable !== undefined) {
      hasAnyValues = true;
      internalValueResult.keyRollupTable = this._keyRollupTable;
    }
    if (this._kvRollupTable !== undefined) {
      hasAnyValues = true;
      internalValueResult.kvRollupTable = this._kvRollupTable;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceLogMetadataMaterializedViews | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._granularity = undefined;
      this._keyRollupTable = undefined;
      this._kvRollupTable = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._granularity = value.granularity;
      this._keyRollupTable = value.keyRollupTable;
      this._kvRollupTable = value.kvRollupTable;
    }
  }

  // granularity - computed: false, optional: false, required: true
  private _granularity?: string; 
  public get granularity() {
    return this.getStringAttribute('granularity');
  }
  public set granularity(value: string) {
    this._granularity = value;
  }
  // Temporarily expose input value. Use with caution.
  public get granularityInput() {
    return this._granularity;
  }

  // key_rollup_table - computed: false, optional: true, required: false
  private _keyRollupTable?: string; 
  public get keyRollupTable() {
    return this.getStringAttribute('key_rollup_table');
  }
  public set keyRollupTable(value: string) {
    this._keyRollupTable = value;
  }
  public resetKeyRollupTable() {
    this._keyRollupTable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyRollupTableInput() {
    return this._keyRollupTable;
  }

  // kv_rollup_table - computed: false, optional: false, required: true
  private _kvRollupTable?: string; 
  public get kvRollupTable() {
    return this.getStringAttribute('kv_rollup_table');
  }
  public set kvRollupTable(value: string) {
    this._kvRollupTable = value;
  }
  // Temporarily expose input value. Use with caution.
  public get kvRollupTableInput() {
    return this._kvRollupTable;
  }
}
export interface SourceLog {
  /**
  * SQL expression of the log message.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#body_expression Source#body_expression}
  */
  readonly bodyExpression?: string;
  /**
  * Columns a search shows by default, comma-separated SQL.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#default_table_select_expression Source#default_table_select_expression}
  */
  readonly defaultTableSelectExpression: string;
  /**
  * SQL expression of the time shown in result rows.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#displayed_timestamp_value_expression Source#displayed_timestamp_value_expression}
  */
  readonly displayedTimestampValueExpression?: string;
  /**
  * SQL expression of the log or span attributes map.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#event_attributes_expression Source#event_attributes_expression}
  */
  readonly eventAttributesExpression?: string;
  /**
  * The table the search sidebar reads its filter values from, and the columns it shows. Managed ClickStack only: not available on OSS.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#filter_settings Source#filter_settings}
  */
  readonly filterSettings?: SourceLogFilterSettings;
  /**
  * Attributes highlighted in each row of a search, each an SQL expression with an optional Lucene form and alias. Defaults to `[]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#highlighted_row_attribute_expressions Source#highlighted_row_attribute_expressions}
  */
  readonly highlightedRowAttributeExpressions?: SourceLogHighlightedRowAttributeExpressions[] | cdktn.IResolvable;
  /**
  * Attributes highlighted in the trace view, each an SQL expression with an optional Lucene form and alias. Defaults to `[]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#highlighted_trace_attribute_expressions Source#highlighted_trace_attribute_expressions}
  */
  readonly highlightedTraceAttributeExpressions?: SourceLogHighlightedTraceAttributeExpressions[] | cdktn.IResolvable;
  /**
  * SQL expression of the column a search without a field name matches.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#implicit_column_expression Source#implicit_column_expression}
  */
  readonly implicitColumnExpression?: string;
  /**
  * SQL expression of the columns a search suggests.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#known_columns_list_expression Source#known_columns_list_expression}
  */
  readonly knownColumnsListExpression?: string;
  /**
  * Materialized views that answer aggregate queries of the source faster. Defaults to `[]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#materialized_views Source#materialized_views}
  */
  readonly materializedViews?: SourceLogMaterializedViews[] | cdktn.IResolvable;
  /**
  * Roll-up tables of attribute keys and values that the search sidebar reads.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#metadata_materialized_views Source#metadata_materialized_views}
  */
  readonly metadataMaterializedViews?: SourceLogMetadataMaterializedViews;
  /**
  * SQL expression of the order of search results.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#order_by_expression Source#order_by_expression}
  */
  readonly orderByExpression?: string;
  /**
  * SQL expression of the resource attributes map.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#resource_attributes_expression Source#resource_attributes_expression}
  */
  readonly resourceAttributesExpression?: string;
  /**
  * SQL expression of the service name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#service_name_expression Source#service_name_expression}
  */
  readonly serviceNameExpression?: string;
  /**
  * SQL expression of the service version. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#service_version_expression Source#service_version_expression}
  */
  readonly serviceVersionExpression?: string;
  /**
  * SQL expression of the severity level.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#severity_text_expression Source#severity_text_expression}
  */
  readonly severityTextExpression?: string;
  /**
  * SQL expression of the span id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#span_id_expression Source#span_id_expression}
  */
  readonly spanIdExpression?: string;
  /**
  * SQL expression of the trace id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#trace_id_expression Source#trace_id_expression}
  */
  readonly traceIdExpression?: string;
  /**
  * Whether searches on the implicit column use a text index: `auto`, `enabled`, `disabled`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#use_text_index_for_implicit_column Source#use_text_index_for_implicit_column}
  */
  readonly useTextIndexForImplicitColumn?: string;
}

export function sourceLogToTerraform(struct?: SourceLog | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    body_expression: cdktn.stringToTerraform(struct!.bodyExpression),
    default_table_select_expression: cdktn.stringToTerraform(struct!.defaultTableSelectExpression),
    displayed_timestamp_value_expression: cdktn.stringToTerraform(struct!.displayedTimestampValueExpression),
    event_attributes_expression: cdktn.stringToTerraform(struct!.eventAttributesExpression),
    filter_settings: sourceLogFilterSettingsToTerraform(struct!.filterSettings),
    highlighted_row_attribute_expressions: cdktn.listMapper(sourceLogHighlightedRowAttributeExpressionsToTerraform, false)(struct!.highlightedRowAttributeExpressions),
    highlighted_trace_attribute_expressions: cdktn.listMapper(sourceLogHighlightedTraceAttributeExpressionsToTerraform, false)(struct!.highlightedTraceAttributeExpressions),
    implicit_column_expression: cdktn.stringToTerraform(struct!.implicitColumnExpression),
    known_columns_list_expression: cdktn.stringToTerraform(struct!.knownColumnsListExpression),
    materialized_views: cdktn.listMapper(sourceLogMaterializedViewsToTerraform, false)(struct!.materializedViews),
    metadata_materialized_views: sourceLogMetadataMaterializedViewsToTerraform(struct!.metadataMaterializedViews),
    order_by_expression: cdktn.stringToTerraform(struct!.orderByExpression),
    resource_attributes_expression: cdktn.stringToTerraform(struct!.resourceAttributesExpression),
    service_name_expression: cdktn.stringToTerraform(struct!.serviceNameExpression),
    service_version_expression: cdktn.stringToTerraform(struct!.serviceVersionExpression),
    severity_text_expression: cdktn.stringToTerraform(struct!.severityTextExpression),
    span_id_expression: cdktn.stringToTerraform(struct!.spanIdExpression),
    trace_id_expression: cdktn.stringToTerraform(struct!.traceIdExpression),
    use_text_index_for_implicit_column: cdktn.stringToTerraform(struct!.useTextIndexForImplicitColumn),
  }
}


export function sourceLogToHclTerraform(struct?: SourceLog | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    body_expression: {
      value: cdktn.stringToHclTerraform(struct!.bodyExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    default_table_select_expression: {
      value: cdktn.stringToHclTerraform(struct!.defaultTableSelectExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    displayed_timestamp_value_expression: {
      value: cdktn.stringToHclTerraform(struct!.displayedTimestampValueExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    event_attributes_expression: {
      value: cdktn.stringToHclTerraform(struct!.eventAttributesExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filter_settings: {
      value: sourceLogFilterSettingsToHclTerraform(struct!.filterSettings),
      isBlock: true,
      type: "struct",
      storageClassType: "SourceLogFilterSettings",
    },
    highlighted_row_attribute_expressions: {
      value: cdktn.listMapperHcl(sourceLogHighlightedRowAttributeExpressionsToHclTerraform, false)(struct!.highlightedRowAttributeExpressions),
      isBlock: true,
      type: "list",
      storageClassType: "SourceLogHighlightedRowAttributeExpressionsList",
    },
    highlighted_trace_attribute_expressions: {
      value: cdktn.listMapperHcl(sourceLogHighlightedTraceAttributeExpressionsToHclTerraform, false)(struct!.highlightedTraceAttributeExpressions),
      isBlock: true,
      type: "list",
      storageClassType: "SourceLogHighlightedTraceAttributeExpressionsList",
    },
    implicit_column_expression: {
      value: cdktn.stringToHclTerraform(struct!.implicitColumnExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    known_columns_list_expression: {
      value: cdktn.stringToHclTerraform(struct!.knownColumnsListExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    materialized_views: {
      value: cdktn.listMapperHcl(sourceLogMaterializedViewsToHclTerraform, false)(struct!.materializedViews),
      isBlock: true,
      type: "list",
      storageClassType: "SourceLogMaterializedViewsList",
    },
    metadata_materialized_views: {
      value: sourceLogMetadataMaterializedViewsToHclTerraform(struct!.metadataMaterializedViews),
      isBlock: true,
      type: "struct",
      storageClassType: "SourceLogMetadataMaterializedViews",
    },
    order_by_expression: {
      value: cdktn.stringToHclTerraform(struct!.orderByExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    resource_attributes_expression: {
      value: cdktn.stringToHclTerraform(struct!.resourceAttributesExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_name_expression: {
      value: cdktn.stringToHclTerraform(struct!.serviceNameExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_version_expression: {
      value: cdktn.stringToHclTerraform(struct!.serviceVersionExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    severity_text_expression: {
      value: cdktn.stringToHclTerraform(struct!.severityTextExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    span_id_expression: {
      value: cdktn.stringToHclTerraform(struct!.spanIdExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    trace_id_expression: {
      value: cdktn.stringToHclTerraform(struct!.traceIdExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    use_text_index_for_implicit_column: {
      value: cdktn.stringToHclTerraform(struct!.useTextIndexForImplicitColumn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceLogOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceLog | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bodyExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.bodyExpression = this._bodyExpression;
    }
    if (this._defaultTableSelectExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultTableSelectExpression = this._defaultTableSelectExpression;
    }
    if (this._displayedTimestampValueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.displayedTimestampValueExpression = this._displayedTimestampValueExpression;
    }
    if (this._eventAttributesExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.eventAttributesExpression = this._eventAttributesExpression;
    }
    if (this._filterSettings?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.filterSettings = this._filterSettings?.internalValue;
    }
    if (this._highlightedRowAttributeExpressions?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.highlightedRowAttributeExpressions = this._highlightedRowAttributeExpressions?.internalValue;
    }
    if (this._highlightedTraceAttributeExpressions?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.highlightedTraceAttributeExpressions = this._highlightedTraceAttributeExpressions?.internalValue;
    }
    if (this._implicitColumnExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.implicitColumnExpression = this._implicitColumnExpression;
    }
    if (this._knownColumnsListExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.knownColumnsListExpression = this._knownColumnsListExpression;
    }
    if (this._materializedViews?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.materializedViews = this._materializedViews?.internalValue;
    }
    if (this._metadataMaterializedViews?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.metadataMaterializedViews = this._metadataMaterializedViews?.internalValue;
    }
    if (this._orderByExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.orderByExpression = this._orderByExpression;
    }
    if (this._resourceAttributesExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceAttributesExpression = this._resourceAttributesExpression;
    }
    if (this._serviceNameExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceNameExpression = this._serviceNameExpression;
    }
    if (this._serviceVersionExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceVersionExpression = this._serviceVersionExpression;
    }
    if (this._severityTextExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.severityTextExpression = this._severityTextExpression;
    }
    if (this._spanIdExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.spanIdExpression = this._spanIdExpression;
    }
    if (this._traceIdExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.traceIdExpression = this._traceIdExpression;
    }
    if (this._useTextIndexForImplicitColumn !== undefined) {
      hasAnyValues = true;
      internalValueResult.useTextIndexForImplicitColumn = this._useTextIndexForImplicitColumn;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceLog | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._bodyExpression = undefined;
      this._defaultTableSelectExpression = undefined;
      this._displayedTimestampValueExpression = undefined;
      this._eventAttributesExpression = undefined;
      this._filterSettings.internalValue = undefined;
      this._highlightedRowAttributeExpressions.internalValue = undefined;
      this._highlightedTraceAttributeExpressions.internalValue = undefined;
      this._implicitColumnExpression = undefined;
      this._knownColumnsListExpression = undefined;
      this._materializedViews.internalValue = undefined;
      this._metadataMaterializedViews.internalValue = undefined;
      this._orderByExpression = undefined;
      this._resourceAttributesExpression = undefined;
      this._serviceNameExpression = undefined;
      this._serviceVersionExpression = undefined;
      this._severityTextExpression = undefined;
      this._spanIdExpression = undefined;
      this._traceIdExpression = undefined;
      this._useTextIndexForImplicitColumn = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._bodyExpression = value.bodyExpression;
      this._defaultTableSelectExpression = value.defaultTableSelectExpression;
      this._displayedTimestampValueExpression = value.displayedTimestampValueExpression;
      this._eventAttributesExpression = value.eventAttributesExpression;
      this._filterSettings.internalValue = value.filterSettings;
      this._highlightedRowAttributeExpressions.internalValue = value.highlightedRowAttributeExpressions;
      this._highlightedTraceAttributeExpressions.internalValue = value.highlightedTraceAttributeExpressions;
      this._implicitColumnExpression = value.implicitColumnExpression;
      this._knownColumnsListExpression = value.knownColumnsListExpression;
      this._materializedViews.internalValue = value.materializedViews;
      this._metadataMaterializedViews.internalValue = value.metadataMaterializedViews;
      this._orderByExpression = value.orderByExpression;
      this._resourceAttributesExpression = value.resourceAttributesExpression;
      this._serviceNameExpression = value.serviceNameExpression;
      this._serviceVersionExpression = value.serviceVersionExpression;
      this._severityTextExpression = value.severityTextExpression;
      this._spanIdExpression = value.spanIdExpression;
      this._traceIdExpression = value.traceIdExpression;
      this._useTextIndexForImplicitColumn = value.useTextIndexForImplicitColumn;
    }
  }

  // body_expression - computed: false, optional: true, required: false
  private _bodyExpression?: string; 
  public get bodyExpression() {
    return this.getStringAttribute('body_expression');
  }
  public set bodyExpression(value: string) {
    this._bodyExpression = value;
  }
  public resetBodyExpression() {
    this._bodyExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bodyExpressionInput() {
    return this._bodyExpression;
  }

  // default_table_select_expression - computed: false, optional: false, required: true
  private _defaultTableSelectExpression?: string; 
  public get defaultTableSelectExpression() {
    return this.getStringAttribute('default_table_select_expression');
  }
  public set defaultTableSelectExpression(value: string) {
    this._defaultTableSelectExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultTableSelectExpressionInput() {
    return this._defaultTableSelectExpression;
  }

  // displayed_timestamp_value_expression - computed: false, optional: true, required: false
  private _displayedTimestampValueExpression?: string; 
  public get displayedTimestampValueExpression() {
    return this.getStringAttribute('displayed_timestamp_value_expression');
  }
  public set displayedTimestampValueExpression(value: string) {
    this._displayedTimestampValueExpression = value;
  }
  public resetDisplayedTimestampValueExpression() {
    this._displayedTimestampValueExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get displayedTimestampValueExpressionInput() {
    return this._displayedTimestampValueExpression;
  }

  // event_attributes_expression - computed: false, optional: true, required: false
  private _eventAttributesExpression?: string; 
  public get eventAttributesExpression() {
    return this.getStringAttribute('event_attributes_expression');
  }
  public set eventAttributesExpression(value: string) {
    this._eventAttributesExpression = value;
  }
  public resetEventAttributesExpression() {
    this._eventAttributesExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eventAttributesExpressionInput() {
    return this._eventAttributesExpression;
  }

  // filter_settings - computed: false, optional: true, required: false
  private _filterSettings = new SourceLogFilterSettingsOutputReference(this, "filter_settings");
  public get filterSettings() {
    return this._filterSettings;
  }
  public putFilterSettings(value: SourceLogFilterSettings) {
    this._filterSettings.internalValue = value;
  }
  public resetFilterSettings() {
    this._filterSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterSettingsInput() {
    return this._filterSettings.internalValue;
  }

  // highlighted_row_attribute_expressions - computed: true, optional: true, required: false
  private _highlightedRowAttributeExpressions = new SourceLogHighlightedRowAttributeExpressionsList(this, "highlighted_row_attribute_expressions", false);
  public get highlightedRowAttributeExpressions() {
    return this._highlightedRowAttributeExpressions;
  }
  public putHighlightedRowAttributeExpressions(value: SourceLogHighlightedRowAttributeExpressions[] | cdktn.IResolvable) {
    this._highlightedRowAttributeExpressions.internalValue = value;
  }
  public resetHighlightedRowAttributeExpressions() {
    this._highlightedRowAttributeExpressions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get highlightedRowAttributeExpressionsInput() {
    return this._highlightedRowAttributeExpressions.internalValue;
  }

  // highlighted_trace_attribute_expressions - computed: true, optional: true, required: false
  private _highlightedTraceAttributeExpressions = new SourceLogHighlightedTraceAttributeExpressionsList(this, "highlighted_trace_attribute_expressions", false);
  public get highlightedTraceAttributeExpressions() {
    return this._highlightedTraceAttributeExpressions;
  }
  public putHighlightedTraceAttributeExpressions(value: SourceLogHighlightedTraceAttributeExpressions[] | cdktn.IResolvable) {
    this._highlightedTraceAttributeExpressions.internalValue = value;
  }
  public resetHighlightedTraceAttributeExpressions() {
    this._highlightedTraceAttributeExpressions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get highlightedTraceAttributeExpressionsInput() {
    return this._highlightedTraceAttributeExpressions.internalValue;
  }

  // implicit_column_expression - computed: false, optional: true, required: false
  private _implicitColumnExpression?: string; 
  public get implicitColumnExpression() {
    return this.getStringAttribute('implicit_column_expression');
  }
  public set implicitColumnExpression(value: string) {
    this._implicitColumnExpression = value;
  }
  public resetImplicitColumnExpression() {
    this._implicitColumnExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get implicitColumnExpressionInput() {
    return this._implicitColumnExpression;
  }

  // known_columns_list_expression - computed: false, optional: true, required: false
  private _knownColumnsListExpression?: string; 
  public get knownColumnsListExpression() {
    return this.getStringAttribute('known_columns_list_expression');
  }
  public set knownColumnsListExpression(value: string) {
    this._knownColumnsListExpression = value;
  }
  public resetKnownColumnsListExpression() {
    this._knownColumnsListExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get knownColumnsListExpressionInput() {
    return this._knownColumnsListExpression;
  }

  // materialized_views - computed: true, optional: true, required: false
  private _materializedViews = new SourceLogMaterializedViewsList(this, "materialized_views", false);
  public get materializedViews() {
    return this._materializedViews;
  }
  public putMaterializedViews(value: SourceLogMaterializedViews[] | cdktn.IResolvable) {
    this._materializedViews.internalValue = value;
  }
  public resetMaterializedViews() {
    this._materializedViews.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get materializedViewsInput() {
    return this._materializedViews.internalValue;
  }

  // metadata_materialized_views - computed: false, optional: true, required: false
  private _metadataMaterializedViews = new SourceLogMetadataMaterializedViewsOutputReference(this, "metadata_materialized_views");
  public get metadataMaterializedViews() {
    return this._metadataMaterializedViews;
  }
  public putMetadataMaterializedViews(value: SourceLogMetadataMaterializedViews) {
    this._metadataMaterializedViews.internalValue = value;
  }
  public resetMetadataMaterializedViews() {
    this._metadataMaterializedViews.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metadataMaterializedViewsInput() {
    return this._metadataMaterializedViews.internalValue;
  }

  // order_by_expression - computed: false, optional: true, required: false
  private _orderByExpression?: string; 
  public get orderByExpression() {
    return this.getStringAttribute('order_by_expression');
  }
  public set orderByExpression(value: string) {
    this._orderByExpression = value;
  }
  public resetOrderByExpression() {
    this._orderByExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderByExpressionInput() {
    return this._orderByExpression;
  }

  // resource_attributes_expression - computed: false, optional: true, required: false
  private _resourceAttributesExpression?: string; 
  public get resourceAttributesExpression() {
    return this.getStringAttribute('resource_attributes_expression');
  }
  public set resourceAttributesExpression(value: string) {
    this._resourceAttributesExpression = value;
  }
  public resetResourceAttributesExpression() {
    this._resourceAttributesExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceAttributesExpressionInput() {
    return this._resourceAttributesExpression;
  }

  // service_name_expression - computed: false, optional: true, required: false
  private _serviceNameExpression?: string; 
  public get serviceNameExpression() {
    return this.getStringAttribute('service_name_expression');
  }
  public set serviceNameExpression(value: string) {
    this._serviceNameExpression = value;
  }
  public resetServiceNameExpression() {
    this._serviceNameExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceNameExpressionInput() {
    return this._serviceNameExpression;
  }

  // service_version_expression - computed: false, optional: true, required: false
  private _serviceVersionExpression?: string; 
  public get serviceVersionExpression() {
    return this.getStringAttribute('service_version_expression');
  }
  public set serviceVersionExpression(value: string) {
    this._serviceVersionExpression = value;
  }
  public resetServiceVersionExpression() {
    this._serviceVersionExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceVersionExpressionInput() {
    return this._serviceVersionExpression;
  }

  // severity_text_expression - computed: false, optional: true, required: false
  private _severityTextExpression?: string; 
  public get severityTextExpression() {
    return this.getStringAttribute('severity_text_expression');
  }
  public set severityTextExpression(value: string) {
    this._severityTextExpression = value;
  }
  public resetSeverityTextExpression() {
    this._severityTextExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get severityTextExpressionInput() {
    return this._severityTextExpression;
  }

  // span_id_expression - computed: false, optional: true, required: false
  private _spanIdExpression?: string; 
  public get spanIdExpression() {
    return this.getStringAttribute('span_id_expression');
  }
  public set spanIdExpression(value: string) {
    this._spanIdExpression = value;
  }
  public resetSpanIdExpression() {
    this._spanIdExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get spanIdExpressionInput() {
    return this._spanIdExpression;
  }

  // trace_id_expression - computed: false, optional: true, required: false
  private _traceIdExpression?: string; 
  public get traceIdExpression() {
    return this.getStringAttribute('trace_id_expression');
  }
  public set traceIdExpression(value: string) {
    this._traceIdExpression = value;
  }
  public resetTraceIdExpression() {
    this._traceIdExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get traceIdExpressionInput() {
    return this._traceIdExpression;
  }

  // use_text_index_for_implicit_column - computed: false, optional: true, required: false
  private _useTextIndexForImplicitColumn?: string; 
  public get useTextIndexForImplicitColumn() {
    return this.getStringAttribute('use_text_index_for_implicit_column');
  }
  public set useTextIndexForImplicitColumn(value: string) {
    this._useTextIndexForImplicitColumn = value;
  }
  public resetUseTextIndexForImplicitColumn() {
    this._useTextIndexForImplicitColumn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get useTextIndexForImplicitColumnInput() {
    return this._useTextIndexForImplicitColumn;
  }
}
export interface SourceMetricTables {
  /**
  * Table of exponential histogram metrics.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#exponential_histogram Source#exponential_histogram}
  */
  readonly exponentialHistogram?: string;
  /**
  * Table of gauge metrics.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#gauge Source#gauge}
  */
  readonly gauge?: string;
  /**
  * Table of histogram metrics.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#histogram Source#histogram}
  */
  readonly histogram?: string;
  /**
  * Table of sum metrics.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#sum Source#sum}
  */
  readonly sum?: string;
  /**
  * Table of summary metrics.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#summary Source#summary}
  */
  readonly summary?: string;
}

export function sourceMetricTablesToTerraform(struct?: SourceMetricTables | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    exponential_histogram: cdktn.stringToTerraform(struct!.exponentialHistogram),
    gauge: cdktn.stringToTerraform(struct!.gauge),
    histogram: cdktn.stringToTerraform(struct!.histogram),
    sum: cdktn.stringToTerraform(struct!.sum),
    summary: cdktn.stringToTerraform(struct!.summary),
  }
}


export function sourceMetricTablesToHclTerraform(struct?: SourceMetricTables | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    exponential_histogram: {
      value: cdktn.stringToHclTerraform(struct!.exponentialHistogram),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    gauge: {
      value: cdktn.stringToHclTerraform(struct!.gauge),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    histogram: {
      value: cdktn.stringToHclTerraform(struct!.histogram),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sum: {
      value: cdktn.stringToHclTerraform(struct!.sum),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    summary: {
      value: cdktn.stringToHclTerraform(struct!.summary),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceMetricTablesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceMetricTables | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._exponentialHistogram !== undefined) {
      hasAnyValues = true;
      internalValueResult.exponentialHistogram = this._exponentialHistogram;
    }
    if (this._gauge !== undefined) {
      hasAnyValues = true;
      internalValueResult.gauge = this._gauge;
    }
    if (this._histogram !== undefined) {
      hasAnyValues = true;
      internalValueResult.histogram = this._histogram;
    }
    if (this._sum !== undefined) {
      hasAnyValues = true;
      internalValueResult.sum = this._sum;
    }
    if (this._summary !== undefined) {
      hasAnyValues = true;
      internalValueResult.summary = this._summary;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceMetricTables | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._exponentialHistogram = undefined;
      this._gauge = undefined;
      this._histogram = undefined;
      this._sum = undefined;
      this._summary = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._exponentialHistogram = value.exponentialHistogram;
      this._gauge = value.gauge;
      this._histogram = value.histogram;
      this._sum = value.sum;
      this._summary = value.summary;
    }
  }

  // exponential_histogram - computed: false, optional: true, required: false
  private _exponentialHistogram?: string; 
  public get exponentialHistogram() {
    return this.getStringAttribute('exponential_histogram');
  }
  public set exponentialHistogram(value: string) {
    this._exponentialHistogram = value;
  }
  public resetExponentialHistogram() {
    this._exponentialHistogram = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get exponentialHistogramInput() {
    return this._exponentialHistogram;
  }

  // gauge - computed: false, optional: true, required: false
  private _gauge?: string; 
  public get gauge() {
    return this.getStringAttribute('gauge');
  }
  public set gauge(value: string) {
    this._gauge = value;
  }
  public resetGauge() {
    this._gauge = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gaugeInput() {
    return this._gauge;
  }

  // histogram - computed: false, optional: true, required: false
  private _histogram?: string; 
  public get histogram() {
    return this.getStringAttribute('histogram');
  }
  public set histogram(value: string) {
    this._histogram = value;
  }
  public resetHistogram() {
    this._histogram = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get histogramInput() {
    return this._histogram;
  }

  // sum - computed: false, optional: true, required: false
  private _sum?: string; 
  public get sum() {
    return this.getStringAttribute('sum');
  }
  public set sum(value: string) {
    this._sum = value;
  }
  public resetSum() {
    this._sum = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sumInput() {
    return this._sum;
  }

  // summary - computed: false, optional: true, required: false
  private _summary?: string; 
  public get summary() {
    return this.getStringAttribute('summary');
  }
  public set summary(value: string) {
    this._summary = value;
  }
  public resetSummary() {
    this._summary = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get summaryInput() {
    return this._summary;
  }
}
export interface SourceMetric {
  /**
  * SQL expression of the resource attributes map.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#resource_attributes_expression Source#resource_attributes_expression}
  */
  readonly resourceAttributesExpression: string;
  /**
  * Table of metric series.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#series_table Source#series_table}
  */
  readonly seriesTable?: string;
  /**
  * SQL expression of the service name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#service_name_expression Source#service_name_expression}
  */
  readonly serviceNameExpression?: string;
  /**
  * Table of each metric type; at least one.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#tables Source#tables}
  */
  readonly tables: SourceMetricTables;
}

export function sourceMetricToTerraform(struct?: SourceMetric | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    resource_attributes_expression: cdktn.stringToTerraform(struct!.resourceAttributesExpression),
    series_table: cdktn.stringToTerraform(struct!.seriesTable),
    service_name_expression: cdktn.stringToTerraform(struct!.serviceNameExpression),
    tables: sourceMetricTablesToTerraform(struct!.tables),
  }
}


export function sourceMetricToHclTerraform(struct?: SourceMetric | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    resource_attributes_expression: {
      value: cdktn.stringToHclTerraform(struct!.resourceAttributesExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    series_table: {
      value: cdktn.stringToHclTerraform(struct!.seriesTable),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_name_expression: {
      value: cdktn.stringToHclTerraform(struct!.serviceNameExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tables: {
      value: sourceMetricTablesToHclTerraform(struct!.tables),
      isBlock: true,
      type: "struct",
      storageClassType: "SourceMetricTables",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceMetricOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceMetric | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._resourceAttributesExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceAttributesExpression = this._resourceAttributesExpression;
    }
    if (this._seriesTable !== undefined) {
      hasAnyValues = true;
      internalValueResult.seriesTable = this._seriesTable;
    }
    if (this._serviceNameExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceNameExpression = this._serviceNameExpression;
    }
    if (this._tables?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.tables = this._tables?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceMetric | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._resourceAttributesExpression = undefined;
      this._seriesTable = undefined;
      this._serviceNameExpression = undefined;
      this._tables.internalValue = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._resourceAttributesExpression = value.resourceAttributesExpression;
      this._seriesTable = value.seriesTable;
      this._serviceNameExpression = value.serviceNameExpression;
      this._tables.internalValue = value.tables;
    }
  }

  // resource_attributes_expression - computed: false, optional: false, required: true
  private _resourceAttributesExpression?: string; 
  public get resourceAttributesExpression() {
    return this.getStringAttribute('resource_attributes_expression');
  }
  public set resourceAttributesExpression(value: string) {
    this._resourceAttributesExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceAttributesExpressionInput() {
    return this._resourceAttributesExpression;
  }

  // series_table - computed: false, optional: true, required: false
  private _seriesTable?: string; 
  public get seriesTable() {
    return this.getStringAttribute('series_table');
  }
  public set seriesTable(value: string) {
    this._seriesTable = value;
  }
  public resetSeriesTable() {
    this._seriesTable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get seriesTableInput() {
    return this._seriesTable;
  }

  // service_name_expression - computed: false, optional: true, required: false
  private _serviceNameExpression?: string; 
  public get serviceNameExpression() {
    return this.getStringAttribute('service_name_expression');
  }
  public set serviceNameExpression(value: string) {
    this._serviceNameExpression = value;
  }
  public resetServiceNameExpression() {
    this._serviceNameExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceNameExpressionInput() {
    return this._serviceNameExpression;
  }

  // tables - computed: false, optional: false, required: true
  private _tables = new SourceMetricTablesOutputReference(this, "tables");
  public get tables() {
    return this._tables;
  }
  public putTables(value: SourceMetricTables) {
    this._tables.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tablesInput() {
    return this._tables.internalValue;
  }
}
export interface SourceQuerySettings {
  /**
  * Setting name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#setting Source#setting}
  */
  readonly setting: string;
  /**
  * Setting value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#value Source#value}
  */
  readonly value: string;
}

export function sourceQuerySettingsToTerraform(struct?: SourceQuerySettings | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    setting: cdktn.stringToTerraform(struct!.setting),
    value: cdktn.stringToTerraform(struct!.value),
  }
}


export function sourceQuerySettingsToHclTerraform(struct?: SourceQuerySettings | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    setting: {
      value: cdktn.stringToHclTerraform(struct!.setting),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktn.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceQuerySettingsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): SourceQuerySettings | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._setting !== undefined) {
      hasAnyValues = true;
      internalValueResult.setting = this._setting;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceQuerySettings | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._setting = undefined;
      this._value = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._setting = value.setting;
      this._value = value.value;
    }
  }

  // setting - computed: true, optional: false, required: true
  private _setting?: string; 
  public get setting() {
    return this.getStringAttribute('setting');
  }
  public set setting(value: string) {
    this._setting = value;
  }
  // Temporarily expose input value. Use with caution.
  public get settingInput() {
    return this._setting;
  }

  // value - computed: true, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class SourceQuerySettingsList extends cdktn.ComplexList {
  public internalValue? : SourceQuerySettings[] | cdktn.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): SourceQuerySettingsOutputReference {
    return new SourceQuerySettingsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface SourceSession {
  /**
  * SQL expression of the resource attributes map.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#resource_attributes_expression Source#resource_attributes_expression}
  */
  readonly resourceAttributesExpression?: string;
  /**
  * Id of the trace source the sessions correlate with (the server requires it).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#trace_source_id Source#trace_source_id}
  */
  readonly traceSourceId: string;
}

export function sourceSessionToTerraform(struct?: SourceSession | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    resource_attributes_expression: cdktn.stringToTerraform(struct!.resourceAttributesExpression),
    trace_source_id: cdktn.stringToTerraform(struct!.traceSourceId),
  }
}


export function sourceSessionToHclTerraform(struct?: SourceSession | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    resource_attributes_expression: {
      value: cdktn.stringToHclTerraform(struct!.resourceAttributesExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    trace_source_id: {
      value: cdktn.stringToHclTerraform(struct!.traceSourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceSessionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceSession | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._resourceAttributesExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceAttributesExpression = this._resourceAttributesExpression;
    }
    if (this._traceSourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.traceSourceId = this._traceSourceId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceSession | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._resourceAttributesExpression = undefined;
      this._traceSourceId = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._resourceAttributesExpression = value.resourceAttributesExpression;
      this._traceSourceId = value.traceSourceId;
    }
  }

  // resource_attributes_expression - computed: false, optional: true, required: false
  private _resourceAttributesExpression?: string; 
  public get resourceAttributesExpression() {
    return this.getStringAttribute('resource_attributes_expression');
  }
  public set resourceAttributesExpression(value: string) {
    this._resourceAttributesExpression = value;
  }
  public resetResourceAttributesExpression() {
    this._resourceAttributesExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceAttributesExpressionInput() {
    return this._resourceAttributesExpression;
  }

  // trace_source_id - computed: false, optional: false, required: true
  private _traceSourceId?: string; 
  public get traceSourceId() {
    return this.getStringAttribute('trace_source_id');
  }
  public set traceSourceId(value: string) {
    this._traceSourceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get traceSourceIdInput() {
    return this._traceSourceId;
  }
}
export interface SourceTraceFilterSettingsColumns {
  /**
  * Label shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#label Source#label}
  */
  readonly label: string;
  /**
  * Column name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#name Source#name}
  */
  readonly name: string;
}

export function sourceTraceFilterSettingsColumnsToTerraform(struct?: SourceTraceFilterSettingsColumns | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    label: cdktn.stringToTerraform(struct!.label),
    name: cdktn.stringToTerraform(struct!.name),
  }
}


export function sourceTraceFilterSettingsColumnsToHclTerraform(struct?: SourceTraceFilterSettingsColumns | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    label: {
      value: cdktn.stringToHclTerraform(struct!.label),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktn.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceTraceFilterSettingsColumnsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): SourceTraceFilterSettingsColumns | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._label !== undefined) {
      hasAnyValues = true;
      internalValueResult.label = this._label;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceTraceFilterSettingsColumns | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._label = undefined;
      this._name = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._label = value.label;
      this._name = value.name;
    }
  }

  // label - computed: false, optional: false, required: true
  private _label?: string; 
  public get label() {
    return this.getStringAttribute('label');
  }
  public set label(value: string) {
    this._label = value;
  }
  // Temporarily expose input value. Use with caution.
  public get labelInput() {
    return this._label;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }
}

export class SourceTraceFilterSettingsColumnsList extends cdktn.ComplexList {
  public internalValue? : SourceTraceFilterSettingsColumns[] | cdktn.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): SourceTraceFilterSettingsColumnsOutputReference {
    return new SourceTraceFilterSettingsColumnsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface SourceTraceFilterSettings {
  /**
  * Columns shown as filters (up to 10).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#columns Source#columns}
  */
  readonly columns: SourceTraceFilterSettingsColumns[] | cdktn.IResolvable;
  /**
  * Database of the table.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#database Source#database}
  */
  readonly database: string;
  /**
  * Table of filter values.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#table Source#table}
  */
  readonly table: string;
}

export function sourceTraceFilterSettingsToTerraform(struct?: SourceTraceFilterSettings | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    columns: cdktn.listMapper(sourceTraceFilterSettingsColumnsToTerraform, false)(struct!.columns),
    database: cdktn.stringToTerraform(struct!.database),
    table: cdktn.stringToTerraform(struct!.table),
  }
}


export function sourceTraceFilterSettingsToHclTerraform(struct?: SourceTraceFilterSettings | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    columns: {
      value: cdktn.listMapperHcl(sourceTraceFilterSettingsColumnsToHclTerraform, false)(struct!.columns),
      isBlock: true,
      type: "list",
      storageClassType: "SourceTraceFilterSettingsColumnsList",
    },
    database: {
      value: cdktn.stringToHclTerraform(struct!.database),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    table: {
      value: cdktn.stringToHclTerraform(struct!.table),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceTraceFilterSettingsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceTraceFilterSettings | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._columns?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.columns = this._columns?.internalValue;
    }
    if (this._database !== undefined) {
      hasAnyValues = true;
      internalValueResult.database = this._database;
    }
    if (this._table !== undefined) {
      hasAnyValues = true;
      internalValueResult.table = this._table;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceTraceFilterSettings | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._columns.internalValue = undefined;
      this._database = undefined;
      this._table = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._columns.internalValue = value.columns;
      this._database = value.database;
      this._table = value.table;
    }
  }

  // columns - computed: false, optional: false, required: true
  private _columns = new SourceTraceFilterSettingsColumnsList(this, "columns", false);
  public get columns() {
    return this._columns;
  }
  public putColumns(value: SourceTraceFilterSettingsColumns[] | cdktn.IResolvable) {
    this._columns.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get columnsInput() {
    return this._columns.internalValue;
  }

  // database - computed: false, optional: false, required: true
  private _database?: string; 
  public get database() {
    return this.getStringAttribute('database');
  }
  public set database(value: string) {
    this._database = value;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseInput() {
    return this._database;
  }

  // table - computed: false, optional: false, required: true
  private _table?: string; 
  public get table() {
    return this.getStringAttribute('table');
  }
  public set table(value: string) {
    this._table = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tableInput() {
    return this._table;
  }
}
export interface SourceTraceHighlightedRowAttributeExpressions {
  /**
  * Name shown for the attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#alias Source#alias}
  */
  readonly alias?: string;
  /**
  * The same attribute as a Lucene field, for searches.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#lucene_expression Source#lucene_expression}
  */
  readonly luceneExpression?: string;
  /**
  * SQL expression of the attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#sql_expression Source#sql_expression}
  */
  readonly sqlExpression: string;
}

export function sourceTraceHighlightedRowAttributeExpressionsToTerraform(struct?: SourceTraceHighlightedRowAttributeExpressions | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    alias: cdktn.stringToTerraform(struct!.alias),
    lucene_expression: cdktn.stringToTerraform(struct!.luceneExpression),
    sql_expression: cdktn.stringToTerraform(struct!.sqlExpression),
  }
}


export function sourceTraceHighlightedRowAttributeExpressionsToHclTerraform(struct?: SourceTraceHighlightedRowAttributeExpressions | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    alias: {
      value: cdktn.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    lucene_expression: {
      value: cdktn.stringToHclTerraform(struct!.luceneExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sql_expression: {
      value: cdktn.stringToHclTerraform(struct!.sqlExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceTraceHighlightedRowAttributeExpressionsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): SourceTraceHighlightedRowAttributeExpressions | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._luceneExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.luceneExpression = this._luceneExpression;
    }
    if (this._sqlExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlExpression = this._sqlExpression;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceTraceHighlightedRowAttributeExpressions | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alias = undefined;
      this._luceneExpression = undefined;
      this._sqlExpression = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alias = value.alias;
      this._luceneExpression = value.luceneExpression;
      this._sqlExpression = value.sqlExpression;
    }
  }

  // alias - computed: true, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // lucene_expression - computed: true, optional: true, required: false
  private _luceneExpression?: string; 
  public get luceneExpression() {
    return this.getStringAttribute('lucene_expression');
  }
  public set luceneExpression(value: string) {
    this._luceneExpression = value;
  }
  public resetLuceneExpression() {
    this._luceneExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get luceneExpressionInput() {
    return this._luceneExpression;
  }

  // sql_expression - computed: true, optional: false, required: true
  private _sqlExpression?: string; 
  public get sqlExpression() {
    return this.getStringAttribute('sql_expression');
  }
  public set sqlExpression(value: string) {
    this._sqlExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlExpressionInput() {
    return this._sqlExpression;
  }
}

export class SourceTraceHighlightedRowAttributeExpressionsList extends cdktn.ComplexList {
  public internalValue? : SourceTraceHighlightedRowAttributeExpressions[] | cdktn.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): SourceTraceHighlightedRowAttributeExpressionsOutputReference {
    return new SourceTraceHighlightedRowAttributeExpressionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface SourceTraceHighlightedTraceAttributeExpressions {
  /**
  * Name shown for the attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#alias Source#alias}
  */
  readonly alias?: string;
  /**
  * The same attribute as a Lucene field, for searches.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#lucene_expression Source#lucene_expression}
  */
  readonly luceneExpression?: string;
  /**
  * SQL expression of the attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#sql_expression Source#sql_expression}
  */
  readonly sqlExpression: string;
}

export function sourceTraceHighlightedTraceAttributeExpressionsToTerraform(struct?: SourceTraceHighlightedTraceAttributeExpressions | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    alias: cdktn.stringToTerraform(struct!.alias),
    lucene_expression: cdktn.stringToTerraform(struct!.luceneExpression),
    sql_expression: cdktn.stringToTerraform(struct!.sqlExpression),
  }
}


export function sourceTraceHighlightedTraceAttributeExpressionsToHclTerraform(struct?: SourceTraceHighlightedTraceAttributeExpressions | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    alias: {
      value: cdktn.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    lucene_expression: {
      value: cdktn.stringToHclTerraform(struct!.luceneExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sql_expression: {
      value: cdktn.stringToHclTerraform(struct!.sqlExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceTraceHighlightedTraceAttributeExpressionsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): SourceTraceHighlightedTraceAttributeExpressions | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._luceneExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.luceneExpression = this._luceneExpression;
    }
    if (this._sqlExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlExpression = this._sqlExpression;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceTraceHighlightedTraceAttributeExpressions | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alias = undefined;
      this._luceneExpression = undefined;
      this._sqlExpression = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alias = value.alias;
      this._luceneExpression = value.luceneExpression;
      this._sqlExpression = value.sqlExpression;
    }
  }

  // alias - computed: true, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // lucene_expression - computed: true, optional: true, required: false
  private _luceneExpression?: string; 
  public get luceneExpression() {
    return this.getStringAttribute('lucene_expression');
  }
  public set luceneExpression(value: string) {
    this._luceneExpression = value;
  }
  public resetLuceneExpression() {
    this._luceneExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get luceneExpressionInput() {
    return this._luceneExpression;
  }

  // sql_expression - computed: true, optional: false, required: true
  private _sqlExpression?: string; 
  public get sqlExpression() {
    return this.getStringAttribute('sql_expression');
  }
  public set sqlExpression(value: string) {
    this._sqlExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlExpressionInput() {
    return this._sqlExpression;
  }
}

export class SourceTraceHighlightedTraceAttributeExpressionsList extends cdktn.ComplexList {
  public internalValue? : SourceTraceHighlightedTraceAttributeExpressions[] | cdktn.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): SourceTraceHighlightedTraceAttributeExpressionsOutputReference {
    return new SourceTraceHighlightedTraceAttributeExpressionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface SourceTraceMaterializedViewsAggregatedColumns {
  /**
  * Aggregation: `avg`, `count`, `count_distinct`, `last_value`, `max`, `min`, `quantile`, `sum`, `any`, `none`, `increase`, `histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#agg_fn Source#agg_fn}
  */
  readonly aggFn: string;
  /**
  * Column of the view's table holding the aggregate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#mv_column Source#mv_column}
  */
  readonly mvColumn: string;
  /**
  * Column of the source aggregated; required unless `agg_fn` is `count`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#source_column Source#source_column}
  */
  readonly sourceColumn?: string;
}

export function sourceTraceMaterializedViewsAggregatedColumnsToTerraform(struct?: SourceTraceMaterializedViewsAggregatedColumns): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    agg_fn: cdktn.stringToTerraform(struct!.aggFn),
    mv_column: cdktn.stringToTerraform(struct!.mvColumn),
    source_column: cdktn.stringToTerraform(struct!.sourceColumn),
  }
}


export function sourceTraceMaterializedViewsAggregatedColumnsToHclTerraform(struct?: SourceTraceMaterializedViewsAggregatedColumns): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    agg_fn: {
      value: cdktn.stringToHclTerraform(struct!.aggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mv_column: {
      value: cdktn.stringToHclTerraform(struct!.mvColumn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    source_column: {
      value: cdktn.stringToHclTerraform(struct!.sourceColumn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceTraceMaterializedViewsAggregatedColumnsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): SourceTraceMaterializedViewsAggregatedColumns | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggFn = this._aggFn;
    }
    if (this._mvColumn !== undefined) {
      hasAnyValues = true;
      internalValueResult.mvColumn = this._mvColumn;
    }
    if (this._sourceColumn !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceColumn = this._sourceColumn;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceTraceMaterializedViewsAggregatedColumns | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._aggFn = undefined;
      this._mvColumn = undefined;
      this._sourceColumn = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._aggFn = value.aggFn;
      this._mvColumn = value.mvColumn;
      this._sourceColumn = value.sourceColumn;
    }
  }

  // agg_fn - computed: true, optional: false, required: true
  private _aggFn?: string; 
  public get aggFn() {
    return this.getStringAttribute('agg_fn');
  }
  public set aggFn(value: string) {
    this._aggFn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get aggFnInput() {
    return this._aggFn;
  }

  // mv_column - computed: true, optional: false, required: true
  private _mvColumn?: string; 
  public get mvColumn() {
    return this.getStringAttribute('mv_column');
  }
  public set mvColumn(value: string) {
    this._mvColumn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mvColumnInput() {
    return this._mvColumn;
  }

  // source_column - computed: true, optional: true, required: false
  private _sourceColumn?: string; 
  public get sourceColumn() {
    return this.getStringAttribute('source_column');
  }
  public set sourceColumn(value: string) {
    this._sourceColumn = value;
  }
  public resetSourceColumn() {
    this._sourceColumn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceColumnInput() {
    return this._sourceColumn;
  }
}

export class SourceTraceMaterializedViewsAggregatedColumnsList extends cdktn.ComplexList {
  public internalValue? : SourceTraceMaterializedViewsAggregatedColumns[] | cdktn.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): SourceTraceMaterializedViewsAggregatedColumnsOutputReference {
    return new SourceTraceMaterializedViewsAggregatedColumnsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface SourceTraceMaterializedViews {
  /**
  * The aggregates the view holds (at least one).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#aggregated_columns Source#aggregated_columns}
  */
  readonly aggregatedColumns: SourceTraceMaterializedViewsAggregatedColumns[] | cdktn.IResolvable;
  /**
  * Database of the view's table.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#database Source#database}
  */
  readonly database: string;
  /**
  * Columns the view groups by, comma-separated.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#dimension_columns Source#dimension_columns}
  */
  readonly dimensionColumns: string;
  /**
  * Earliest time the view covers, RFC 3339 (`2026-01-01T00:00:00Z`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#min_date Source#min_date}
  */
  readonly minDate?: string;
  /**
  * Smallest time bucket the view holds: a number and a unit, `s`, `m`, `h` or `d` (`15m`, `1h`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#min_granularity Source#min_granularity}
  */
  readonly minGranularity: string;
  /**
  * Table the view writes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#table Source#table}
  */
  readonly table: string;
  /**
  * Time column of the view's table.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#timestamp_column Source#timestamp_column}
  */
  readonly timestampColumn: string;
}

export function sourceTraceMaterializedViewsToTerraform(struct?: SourceTraceMaterializedViews | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    aggregated_columns: cdktn.listMapper(sourceTraceMaterializedViewsAggregatedColumnsToTerraform, false)(struct!.aggregatedColumns),
    database: cdktn.stringToTerraform(struct!.database),
    dimension_columns: cdktn.stringToTerraform(struct!.dimensionColumns),
    min_date: cdktn.stringToTerraform(struct!.minDate),
    min_granularity: cdktn.stringToTerraform(struct!.minGranularity),
    table: cdktn.stringToTerraform(struct!.table),
    timestamp_column: cdktn.stringToTerraform(struct!.timestampColumn),
  }
}


export function sourceTraceMaterializedViewsToHclTerraform(struct?: SourceTraceMaterializedViews | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    aggregated_columns: {
      value: cdktn.listMapperHcl(sourceTraceMaterializedViewsAggregatedColumnsToHclTerraform, false)(struct!.aggregatedColumns),
      isBlock: true,
      type: "list",
      storageClassType: "SourceTraceMaterializedViewsAggregatedColumnsList",
    },
    database: {
      value: cdktn.stringToHclTerraform(struct!.database),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    dimension_columns: {
      value: cdktn.stringToHclTerraform(struct!.dimensionColumns),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    min_date: {
      value: cdktn.stringToHclTerraform(struct!.minDate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    min_granularity: {
      value: cdktn.stringToHclTerraform(struct!.minGranularity),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    table: {
      value: cdktn.stringToHclTerraform(struct!.table),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    timestamp_column: {
      value: cdktn.stringToHclTerraform(struct!.timestampColumn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceTraceMaterializedViewsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): SourceTraceMaterializedViews | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggregatedColumns?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggregatedColumns = this._aggregatedColumns?.internalValue;
    }
    if (this._database !== undefined) {
      hasAnyValues = true;
      internalValueResult.database = this._database;
    }
    if (this._dimensionColumns !== undefined) {
      hasAnyValues = true;
      internalValueResult.dimensionColumns = this._dimensionColumns;
    }
    if (this._minDate !== undefined) {
      hasAnyValues = true;
      internalValueResult.minDate = this._minDate;
    }
    if (this._minGranularity !== undefined) {
      hasAnyValues = true;
      internalValueResult.minGranularity = this._minGranularity;
    }
    if (this._table !== undefined) {
      hasAnyValues = true;
      internalValueResult.table = this._table;
    }
    if (this._timestampColumn !== undefined) {
      hasAnyValues = true;
      internalValueResult.timestampColumn = this._timestampColumn;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceTraceMaterializedViews | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggregatedColumns.internalValue = undefined;
      this._database = undefined;
      this._dimensionColumns = undefined;
      this._minDate = undefined;
      this._minGranularity = undefined;
      this._table = undefined;
      this._timestampColumn = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aggregatedColumns.internalValue = value.aggregatedColumns;
      this._database = value.database;
      this._dimensionColumns = value.dimensionColumns;
      this._minDate = value.minDate;
      this._minGranularity = value.minGranularity;
      this._table = value.table;
      this._timestampColumn = value.timestampColumn;
    }
  }

  // aggregated_columns - computed: true, optional: false, required: true
  private _aggregatedColumns = new SourceTraceMaterializedViewsAggregatedColumnsList(this, "aggregated_columns", false);
  public get aggregatedColumns() {
    return this._aggregatedColumns;
  }
  public putAggregatedColumns(value: SourceTraceMaterializedViewsAggregatedColumns[] | cdktn.IResolvable) {
    this._aggregatedColumns.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get aggregatedColumnsInput() {
    return this._aggregatedColumns.internalValue;
  }

  // database - computed: true, optional: false, required: true
  private _database?: string; 
  public get database() {
    return this.getStringAttribute('database');
  }
  public set database(value: string) {
    this._database = value;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseInput() {
    return this._database;
  }

  // dimension_columns - computed: true, optional: false, required: true
  private _dimensionColumns?: string; 
  public get dimensionColumns() {
    return this.getStringAttribute('dimension_columns');
  }
  public set dimensionColumns(value: string) {
    this._dimensionColumns = value;
  }
  // Temporarily expose input value. Use with caution.
  public get dimensionColumnsInput() {
    return this._dimensionColumns;
  }

  // min_date - computed: true, optional: true, required: false
  private _minDate?: string; 
  public get minDate() {
    return this.getStringAttribute('min_date');
  }
  public set minDate(value: string) {
    this._minDate = value;
  }
  public resetMinDate() {
    this._minDate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minDateInput() {
    return this._minDate;
  }

  // min_granularity - computed: true, optional: false, required: true
  private _minGranularity?: string; 
  public get minGranularity() {
    return this.getStringAttribute('min_granularity');
  }
  public set minGranularity(value: string) {
    this._minGranularity = value;
  }
  // Temporarily expose input value. Use with caution.
  public get minGranularityInput() {
    return this._minGranularity;
  }

  // table - computed: true, optional: false, required: true
  private _table?: string; 
  public get table() {
    return this.getStringAttribute('table');
  }
  public set table(value: string) {
    this._table = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tableInput() {
    return this._table;
  }

  // timestamp_column - computed: true, optional: false, required: true
  private _timestampColumn?: string; 
  public get timestampColumn() {
    return this.getStringAttribute('timestamp_column');
  }
  public set timestampColumn(value: string) {
    this._timestampColumn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get timestampColumnInput() {
    return this._timestampColumn;
  }
}

export class SourceTraceMaterializedViewsList extends cdktn.ComplexList {
  public internalValue? : SourceTraceMaterializedViews[] | cdktn.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): SourceTraceMaterializedViewsOutputReference {
    return new SourceTraceMaterializedViewsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface SourceTraceMetadataMaterializedViews {
  /**
  * Time bucket of the roll-ups: a number and a unit, `s`, `m`, `h` or `d` (`15m`, `1h`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#granularity Source#granularity}
  */
  readonly granularity: string;
  /**
  * Table of attribute keys.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#key_rollup_table Source#key_rollup_table}
  */
  readonly keyRollupTable?: string;
  /**
  * Table of attribute keys and values.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#kv_rollup_table Source#kv_rollup_table}
  */
  readonly kvRollupTable: string;
}

export function sourceTraceMetadataMaterializedViewsToTerraform(struct?: SourceTraceMetadataMaterializedViews | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    granularity: cdktn.stringToTerraform(struct!.granularity),
    key_rollup_table: cdktn.stringToTerraform(struct!.keyRollupTable),
    kv_rollup_table: cdktn.stringToTerraform(struct!.kvRollupTable),
  }
}


export function sourceTraceMetadataMaterializedViewsToHclTerraform(struct?: SourceTraceMetadataMaterializedViews | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    granularity: {
      value: cdktn.stringToHclTerraform(struct!.granularity),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key_rollup_table: {
      value: cdktn.stringToHclTerraform(struct!.keyRollupTable),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    kv_rollup_table: {
      value: cdktn.stringToHclTerraform(struct!.kvRollupTable),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceTraceMetadataMaterializedViewsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceTraceMetadataMaterializedViews | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._granularity !== undefined) {
      hasAnyValues = true;
      internalValueResult.granularity = this._granularity;
    }
    if (this._keyRollupTable !== undefined) {
      hasAnyValues = true;
      internalValueResult.keyRollupTable = this._keyRollupTable;
    }
    if (this._kvRollupTable !== undefined) {
      hasAnyValues = true;
      internalValueResult.kvRollupTable = this._kvRollupTable;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceTraceMetadataMaterializedViews | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._granularity = undefined;
      this._keyRollupTable = undefined;
      this._kvRollupTable = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._granularity = value.granularity;
      this._keyRollupTable = value.keyRollupTable;
      this._kvRollupTable = value.kvRollupTable;
    }
  }

  // granularity - computed: false, optional: false, required: true
  private _granularity?: string; 
  public get granularity() {
    return this.getStringAttribute('granularity');
  }
  public set granularity(value: string) {
    this._granularity = value;
  }
  // Temporarily expose input value. Use with caution.
  public get granularityInput() {
    return this._granularity;
  }

  // key_rollup_table - computed: false, optional: true, required: false
  private _keyRollupTable?: string; 
  public get keyRollupTable() {
    return this.getStringAttribute('key_rollup_table');
  }
  public set keyRollupTable(value: string) {
    this._keyRollupTable = value;
  }
  public resetKeyRollupTable() {
    this._keyRollupTable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyRollupTableInput() {
    return this._keyRollupTable;
  }

  // kv_rollup_table - computed: false, optional: false, required: true
  private _kvRollupTable?: string; 
  public get kvRollupTable() {
    return this.getStringAttribute('kv_rollup_table');
  }
  public set kvRollupTable(value: string) {
    this._kvRollupTable = value;
  }
  // Temporarily expose input value. Use with caution.
  public get kvRollupTableInput() {
    return this._kvRollupTable;
  }
}
export interface SourceTrace {
  /**
  * Columns a search shows by default, comma-separated SQL.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#default_table_select_expression Source#default_table_select_expression}
  */
  readonly defaultTableSelectExpression: string;
  /**
  * SQL expression of the time shown in result rows.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#displayed_timestamp_value_expression Source#displayed_timestamp_value_expression}
  */
  readonly displayedTimestampValueExpression?: string;
  /**
  * SQL expression of the span duration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#duration_expression Source#duration_expression}
  */
  readonly durationExpression: string;
  /**
  * Decimal digits of a second that `duration_expression` counts: 3 for milliseconds, 9 for nanoseconds (0 to 9). Defaults to `3`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#duration_precision Source#duration_precision}
  */
  readonly durationPrecision?: number;
  /**
  * SQL expression of the log or span attributes map.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#event_attributes_expression Source#event_attributes_expression}
  */
  readonly eventAttributesExpression?: string;
  /**
  * The table the search sidebar reads its filter values from, and the columns it shows. Managed ClickStack only: not available on OSS.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#filter_settings Source#filter_settings}
  */
  readonly filterSettings?: SourceTraceFilterSettings;
  /**
  * Attributes highlighted in each row of a search, each an SQL expression with an optional Lucene form and alias. Defaults to `[]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#highlighted_row_attribute_expressions Source#highlighted_row_attribute_expressions}
  */
  readonly highlightedRowAttributeExpressions?: SourceTraceHighlightedRowAttributeExpressions[] | cdktn.IResolvable;
  /**
  * Attributes highlighted in the trace view, each an SQL expression with an optional Lucene form and alias. Defaults to `[]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#highlighted_trace_attribute_expressions Source#highlighted_trace_attribute_expressions}
  */
  readonly highlightedTraceAttributeExpressions?: SourceTraceHighlightedTraceAttributeExpressions[] | cdktn.IResolvable;
  /**
  * SQL expression of the column a search without a field name matches.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#implicit_column_expression Source#implicit_column_expression}
  */
  readonly implicitColumnExpression?: string;
  /**
  * SQL expression of the columns a search suggests.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#known_columns_list_expression Source#known_columns_list_expression}
  */
  readonly knownColumnsListExpression?: string;
  /**
  * Materialized views that answer aggregate queries of the source faster. Defaults to `[]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#materialized_views Source#materialized_views}
  */
  readonly materializedViews?: SourceTraceMaterializedViews[] | cdktn.IResolvable;
  /**
  * Roll-up tables of attribute keys and values that the search sidebar reads.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#metadata_materialized_views Source#metadata_materialized_views}
  */
  readonly metadataMaterializedViews?: SourceTraceMetadataMaterializedViews;
  /**
  * SQL expression of the order of search results.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#order_by_expression Source#order_by_expression}
  */
  readonly orderByExpression?: string;
  /**
  * SQL expression of the parent span id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#parent_span_id_expression Source#parent_span_id_expression}
  */
  readonly parentSpanIdExpression: string;
  /**
  * SQL expression of the resource attributes map.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#resource_attributes_expression Source#resource_attributes_expression}
  */
  readonly resourceAttributesExpression?: string;
  /**
  * SQL expression of the sample rate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#sample_rate_expression Source#sample_rate_expression}
  */
  readonly sampleRateExpression?: string;
  /**
  * SQL expression of the service name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#service_name_expression Source#service_name_expression}
  */
  readonly serviceNameExpression?: string;
  /**
  * SQL expression of the service version. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#service_version_expression Source#service_version_expression}
  */
  readonly serviceVersionExpression?: string;
  /**
  * SQL expression of the span events.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#span_events_value_expression Source#span_events_value_expression}
  */
  readonly spanEventsValueExpression?: string;
  /**
  * SQL expression of the span id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#span_id_expression Source#span_id_expression}
  */
  readonly spanIdExpression: string;
  /**
  * SQL expression of the span kind.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#span_kind_expression Source#span_kind_expression}
  */
  readonly spanKindExpression: string;
  /**
  * SQL expression of the span links.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#span_links_value_expression Source#span_links_value_expression}
  */
  readonly spanLinksValueExpression?: string;
  /**
  * SQL expression of the span name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#span_name_expression Source#span_name_expression}
  */
  readonly spanNameExpression: string;
  /**
  * SQL expression of the span status code.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#status_code_expression Source#status_code_expression}
  */
  readonly statusCodeExpression?: string;
  /**
  * SQL expression of the span status message.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#status_message_expression Source#status_message_expression}
  */
  readonly statusMessageExpression?: string;
  /**
  * SQL expression of the trace id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#trace_id_expression Source#trace_id_expression}
  */
  readonly traceIdExpression: string;
  /**
  * Whether searches on the implicit column use a text index: `auto`, `enabled`, `disabled`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#use_text_index_for_implicit_column Source#use_text_index_for_implicit_column}
  */
  readonly useTextIndexForImplicitColumn?: string;
}

export function sourceTraceToTerraform(struct?: SourceTrace | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    default_table_select_expression: cdktn.stringToTerraform(struct!.defaultTableSelectExpression),
    displayed_timestamp_value_expression: cdktn.stringToTerraform(struct!.displayedTimestampValueExpression),
    duration_expression: cdktn.stringToTerraform(struct!.durationExpression),
    duration_precision: cdktn.numberToTerraform(struct!.durationPrecision),
    event_attributes_expression: cdktn.stringToTerraform(struct!.eventAttributesExpression),
    filter_settings: sourceTraceFilterSettingsToTerraform(struct!.filterSettings),
    highlighted_row_attribute_expressions: cdktn.listMapper(sourceTraceHighlightedRowAttributeExpressionsToTerraform, false)(struct!.highlightedRowAttributeExpressions),
    highlighted_trace_attribute_expressions: cdktn.listMapper(sourceTraceHighlightedTraceAttributeExpressionsToTerraform, false)(struct!.highlightedTraceAttributeExpressions),
    implicit_column_expression: cdktn.stringToTerraform(struct!.implicitColumnExpression),
    known_columns_list_expression: cdktn.stringToTerraform(struct!.knownColumnsListExpression),
    materialized_views: cdktn.listMapper(sourceTraceMaterializedViewsToTerraform, false)(struct!.materializedViews),
    metadata_materialized_views: sourceTraceMetadataMaterializedViewsToTerraform(struct!.metadataMaterializedViews),
    order_by_expression: cdktn.stringToTerraform(struct!.orderByExpression),
    parent_span_id_expression: cdktn.stringToTerraform(struct!.parentSpanIdExpression),
    resource_attributes_expression: cdktn.stringToTerraform(struct!.resourceAttributesExpression),
    sample_rate_expression: cdktn.stringToTerraform(struct!.sampleRateExpression),
    service_name_expression: cdktn.stringToTerraform(struct!.serviceNameExpression),
    service_version_expression: cdktn.stringToTerraform(struct!.serviceVersionExpression),
    span_events_value_expression: cdktn.stringToTerraform(struct!.spanEventsValueExpression),
    span_id_expression: cdktn.stringToTerraform(struct!.spanIdExpression),
    span_kind_expression: cdktn.stringToTerraform(struct!.spanKindExpression),
    span_links_value_expression: cdktn.stringToTerraform(struct!.spanLinksValueExpression),
    span_name_expression: cdktn.stringToTerraform(struct!.spanNameExpression),
    status_code_expression: cdktn.stringToTerraform(struct!.statusCodeExpression),
    status_message_expression: cdktn.stringToTerraform(struct!.statusMessageExpression),
    trace_id_expression: cdktn.stringToTerraform(struct!.traceIdExpression),
    use_text_index_for_implicit_column: cdktn.stringToTerraform(struct!.useTextIndexForImplicitColumn),
  }
}


export function sourceTraceToHclTerraform(struct?: SourceTrace | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    default_table_select_expression: {
      value: cdktn.stringToHclTerraform(struct!.defaultTableSelectExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    displayed_timestamp_value_expression: {
      value: cdktn.stringToHclTerraform(struct!.displayedTimestampValueExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    duration_expression: {
      value: cdktn.stringToHclTerraform(struct!.durationExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    duration_precision: {
      value: cdktn.numberToHclTerraform(struct!.durationPrecision),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    event_attributes_expression: {
      value: cdktn.stringToHclTerraform(struct!.eventAttributesExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filter_settings: {
      value: sourceTraceFilterSettingsToHclTerraform(struct!.filterSettings),
      isBlock: true,
      type: "struct",
      storageClassType: "SourceTraceFilterSettings",
    },
    highlighted_row_attribute_expressions: {
      value: cdktn.listMapperHcl(sourceTraceHighlightedRowAttributeExpressionsToHclTerraform, false)(struct!.highlightedRowAttributeExpressions),
      isBlock: true,
      type: "list",
      storageClassType: "SourceTraceHighlightedRowAttributeExpressionsList",
    },
    highlighted_trace_attribute_expressions: {
      value: cdktn.listMapperHcl(sourceTraceHighlightedTraceAttributeExpressionsToHclTerraform, false)(struct!.highlightedTraceAttributeExpressions),
      isBlock: true,
      type: "list",
      storageClassType: "SourceTraceHighlightedTraceAttributeExpressionsList",
    },
    implicit_column_expression: {
      value: cdktn.stringToHclTerraform(struct!.implicitColumnExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    known_columns_list_expression: {
      value: cdktn.stringToHclTerraform(struct!.knownColumnsListExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    materialized_views: {
      value: cdktn.listMapperHcl(sourceTraceMaterializedViewsToHclTerraform, false)(struct!.materializedViews),
      isBlock: true,
      type: "list",
      storageClassType: "SourceTraceMaterializedViewsList",
    },
    metadata_materialized_views: {
      value: sourceTraceMetadataMaterializedViewsToHclTerraform(struct!.metadataMaterializedViews),
      isBlock: true,
      type: "struct",
      storageClassType: "SourceTraceMetadataMaterializedViews",
    },
    order_by_expression: {
      value: cdktn.stringToHclTerraform(struct!.orderByExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    parent_span_id_expression: {
      value: cdktn.stringToHclTerraform(struct!.parentSpanIdExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    resource_attributes_expression: {
      value: cdktn.stringToHclTerraform(struct!.resourceAttributesExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sample_rate_expression: {
      value: cdktn.stringToHclTerraform(struct!.sampleRateExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_name_expression: {
      value: cdktn.stringToHclTerraform(struct!.serviceNameExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_version_expression: {
      value: cdktn.stringToHclTerraform(struct!.serviceVersionExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    span_events_value_expression: {
      value: cdktn.stringToHclTerraform(struct!.spanEventsValueExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    span_id_expression: {
      value: cdktn.stringToHclTerraform(struct!.spanIdExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    span_kind_expression: {
      value: cdktn.stringToHclTerraform(struct!.spanKindExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    span_links_value_expression: {
      value: cdktn.stringToHclTerraform(struct!.spanLinksValueExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    span_name_expression: {
      value: cdktn.stringToHclTerraform(struct!.spanNameExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    status_code_expression: {
      value: cdktn.stringToHclTerraform(struct!.statusCodeExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    status_message_expression: {
      value: cdktn.stringToHclTerraform(struct!.statusMessageExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    trace_id_expression: {
      value: cdktn.stringToHclTerraform(struct!.traceIdExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    use_text_index_for_implicit_column: {
      value: cdktn.stringToHclTerraform(struct!.useTextIndexForImplicitColumn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceTraceOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceTrace | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._defaultTableSelectExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultTableSelectExpression = this._defaultTableSelectExpression;
    }
    if (this._displayedTimestampValueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.displayedTimestampValueExpression = this._displayedTimestampValueExpression;
    }
    if (this._durationExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.durationExpression = this._durationExpression;
    }
    if (this._durationPrecision !== undefined) {
      hasAnyValues = true;
      internalValueResult.durationPrecision = this._durationPrecision;
    }
    if (this._eventAttributesExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.eventAttributesExpression = this._eventAttributesExpression;
    }
    if (this._filterSettings?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.filterSettings = this._filterSettings?.internalValue;
    }
    if (this._highlightedRowAttributeExpressions?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.highlightedRowAttributeExpressions = this._highlightedRowAttributeExpressions?.internalValue;
    }
    if (this._highlightedTraceAttributeExpressions?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.highlightedTraceAttributeExpressions = this._highlightedTraceAttributeExpressions?.internalValue;
    }
    if (this._implicitColumnExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.implicitColumnExpression = this._implicitColumnExpression;
    }
    if (this._knownColumnsListExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.knownColumnsListExpression = this._knownColumnsListExpression;
    }
    if (this._materializedViews?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.materializedViews = this._materializedViews?.internalValue;
    }
    if (this._metadataMaterializedViews?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.metadataMaterializedViews = this._metadataMaterializedViews?.internalValue;
    }
    if (this._orderByExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.orderByExpression = this._orderByExpression;
    }
    if (this._parentSpanIdExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.parentSpanIdExpression = this._parentSpanIdExpression;
    }
    if (this._resourceAttributesExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceAttributesExpression = this._resourceAttributesExpression;
    }
    if (this._sampleRateExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.sampleRateExpression = this._sampleRateExpression;
    }
    if (this._serviceNameExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceNameExpression = this._serviceNameExpression;
    }
    if (this._serviceVersionExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceVersionExpression = this._serviceVersionExpression;
    }
    if (this._spanEventsValueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.spanEventsValueExpression = this._spanEventsValueExpression;
    }
    if (this._spanIdExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.spanIdExpression = this._spanIdExpression;
    }
    if (this._spanKindExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.spanKindExpression = this._spanKindExpression;
    }
    if (this._spanLinksValueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.spanLinksValueExpression = this._spanLinksValueExpression;
    }
    if (this._spanNameExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.spanNameExpression = this._spanNameExpression;
    }
    if (this._statusCodeExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.statusCodeExpression = this._statusCodeExpression;
    }
    if (this._statusMessageExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.statusMessageExpression = this._statusMessageExpression;
    }
    if (this._traceIdExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.traceIdExpression = this._traceIdExpression;
    }
    if (this._useTextIndexForImplicitColumn !== undefined) {
      hasAnyValues = true;
      internalValueResult.useTextIndexForImplicitColumn = this._useTextIndexForImplicitColumn;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceTrace | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._defaultTableSelectExpression = undefined;
      this._displayedTimestampValueExpression = undefined;
      this._durationExpression = undefined;
      this._durationPrecision = undefined;
      this._eventAttributesExpression = undefined;
      this._filterSettings.internalValue = undefined;
      this._highlightedRowAttributeExpressions.internalValue = undefined;
      this._highlightedTraceAttributeExpressions.internalValue = undefined;
      this._implicitColumnExpression = undefined;
      this._knownColumnsListExpression = undefined;
      this._materializedViews.internalValue = undefined;
      this._metadataMaterializedViews.internalValue = undefined;
      this._orderByExpression = undefined;
      this._parentSpanIdExpression = undefined;
      this._resourceAttributesExpression = undefined;
      this._sampleRateExpression = undefined;
      this._serviceNameExpression = undefined;
      this._serviceVersionExpression = undefined;
      this._spanEventsValueExpression = undefined;
      this._spanIdExpression = undefined;
      this._spanKindExpression = undefined;
      this._spanLinksValueExpression = undefined;
      this._spanNameExpression = undefined;
      this._statusCodeExpression = undefined;
      this._statusMessageExpression = undefined;
      this._traceIdExpression = undefined;
      this._useTextIndexForImplicitColumn = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._defaultTableSelectExpression = value.defaultTableSelectExpression;
      this._displayedTimestampValueExpression = value.displayedTimestampValueExpression;
      this._durationExpression = value.durationExpression;
      this._durationPrecision = value.durationPrecision;
      this._eventAttributesExpression = value.eventAttributesExpression;
      this._filterSettings.internalValue = value.filterSettings;
      this._highlightedRowAttributeExpressions.internalValue = value.highlightedRowAttributeExpressions;
      this._highlightedTraceAttributeExpressions.internalValue = value.highlightedTraceAttributeExpressions;
      this._implicitColumnExpression = value.implicitColumnExpression;
      this._knownColumnsListExpression = value.knownColumnsListExpression;
      this._materializedViews.internalValue = value.materializedViews;
      this._metadataMaterializedViews.internalValue = value.metadataMaterializedViews;
      this._orderByExpression = value.orderByExpression;
      this._parentSpanIdExpression = value.parentSpanIdExpression;
      this._resourceAttributesExpression = value.resourceAttributesExpression;
      this._sampleRateExpression = value.sampleRateExpression;
      this._serviceNameExpression = value.serviceNameExpression;
      this._serviceVersionExpression = value.serviceVersionExpression;
      this._spanEventsValueExpression = value.spanEventsValueExpression;
      this._spanIdExpression = value.spanIdExpression;
      this._spanKindExpression = value.spanKindExpression;
      this._spanLinksValueExpression = value.spanLinksValueExpression;
      this._spanNameExpression = value.spanNameExpression;
      this._statusCodeExpression = value.statusCodeExpression;
      this._statusMessageExpression = value.statusMessageExpression;
      this._traceIdExpression = value.traceIdExpression;
      this._useTextIndexForImplicitColumn = value.useTextIndexForImplicitColumn;
    }
  }

  // default_table_select_expression - computed: false, optional: false, required: true
  private _defaultTableSelectExpression?: string; 
  public get defaultTableSelectExpression() {
    return this.getStringAttribute('default_table_select_expression');
  }
  public set defaultTableSelectExpression(value: string) {
    this._defaultTableSelectExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultTableSelectExpressionInput() {
    return this._defaultTableSelectExpression;
  }

  // displayed_timestamp_value_expression - computed: false, optional: true, required: false
  private _displayedTimestampValueExpression?: string; 
  public get displayedTimestampValueExpression() {
    return this.getStringAttribute('displayed_timestamp_value_expression');
  }
  public set displayedTimestampValueExpression(value: string) {
    this._displayedTimestampValueExpression = value;
  }
  public resetDisplayedTimestampValueExpression() {
    this._displayedTimestampValueExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get displayedTimestampValueExpressionInput() {
    return this._displayedTimestampValueExpression;
  }

  // duration_expression - computed: false, optional: false, required: true
  private _durationExpression?: string; 
  public get durationExpression() {
    return this.getStringAttribute('duration_expression');
  }
  public set durationExpression(value: string) {
    this._durationExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get durationExpressionInput() {
    return this._durationExpression;
  }

  // duration_precision - computed: true, optional: true, required: false
  private _durationPrecision?: number; 
  public get durationPrecision() {
    return this.getNumberAttribute('duration_precision');
  }
  public set durationPrecision(value: number) {
    this._durationPrecision = value;
  }
  public resetDurationPrecision() {
    this._durationPrecision = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get durationPrecisionInput() {
    return this._durationPrecision;
  }

  // event_attributes_expression - computed: false, optional: true, required: false
  private _eventAttributesExpression?: string; 
  public get eventAttributesExpression() {
    return this.getStringAttribute('event_attributes_expression');
  }
  public set eventAttributesExpression(value: string) {
    this._eventAttributesExpression = value;
  }
  public resetEventAttributesExpression() {
    this._eventAttributesExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eventAttributesExpressionInput() {
    return this._eventAttributesExpression;
  }

  // filter_settings - computed: false, optional: true, required: false
  private _filterSettings = new SourceTraceFilterSettingsOutputReference(this, "filter_settings");
  public get filterSettings() {
    return this._filterSettings;
  }
  public putFilterSettings(value: SourceTraceFilterSettings) {
    this._filterSettings.internalValue = value;
  }
  public resetFilterSettings() {
    this._filterSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterSettingsInput() {
    return this._filterSettings.internalValue;
  }

  // highlighted_row_attribute_expressions - computed: true, optional: true, required: false
  private _highlightedRowAttributeExpressions = new SourceTraceHighlightedRowAttributeExpressionsList(this, "highlighted_row_attribute_expressions", false);
  public get highlightedRowAttributeExpressions() {
    return this._highlightedRowAttributeExpressions;
  }
  public putHighlightedRowAttributeExpressions(value: SourceTraceHighlightedRowAttributeExpressions[] | cdktn.IResolvable) {
    this._highlightedRowAttributeExpressions.internalValue = value;
  }
  public resetHighlightedRowAttributeExpressions() {
    this._highlightedRowAttributeExpressions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get highlightedRowAttributeExpressionsInput() {
    return this._highlightedRowAttributeExpressions.internalValue;
  }

  // highlighted_trace_attribute_expressions - computed: true, optional: true, required: false
  private _highlightedTraceAttributeExpressions = new SourceTraceHighlightedTraceAttributeExpressionsList(this, "highlighted_trace_attribute_expressions", false);
  public get highlightedTraceAttributeExpressions() {
    return this._highlightedTraceAttributeExpressions;
  }
  public putHighlightedTraceAttributeExpressions(value: SourceTraceHighlightedTraceAttributeExpressions[] | cdktn.IResolvable) {
    this._highlightedTraceAttributeExpressions.internalValue = value;
  }
  public resetHighlightedTraceAttributeExpressions() {
    this._highlightedTraceAttributeExpressions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get highlightedTraceAttributeExpressionsInput() {
    return this._highlightedTraceAttributeExpressions.internalValue;
  }

  // implicit_column_expression - computed: false, optional: true, required: false
  private _implicitColumnExpression?: string; 
  public get implicitColumnExpression() {
    return this.getStringAttribute('implicit_column_expression');
  }
  public set implicitColumnExpression(value: string) {
    this._implicitColumnExpression = value;
  }
  public resetImplicitColumnExpression() {
    this._implicitColumnExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get implicitColumnExpressionInput() {
    return this._implicitColumnExpression;
  }

  // known_columns_list_expression - computed: false, optional: true, required: false
  private _knownColumnsListExpression?: string; 
  public get knownColumnsListExpression() {
    return this.getStringAttribute('known_columns_list_expression');
  }
  public set knownColumnsListExpression(value: string) {
    this._knownColumnsListExpression = value;
  }
  public resetKnownColumnsListExpression() {
    this._knownColumnsListExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get knownColumnsListExpressionInput() {
    return this._knownColumnsListExpression;
  }

  // materialized_views - computed: true, optional: true, required: false
  private _materializedViews = new SourceTraceMaterializedViewsList(this, "materialized_views", false);
  public get materializedViews() {
    return this._materializedViews;
  }
  public putMaterializedViews(value: SourceTraceMaterializedViews[] | cdktn.IResolvable) {
    this._materializedViews.internalValue = value;
  }
  public resetMaterializedViews() {
    this._materializedViews.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get materializedViewsInput() {
    return this._materializedViews.internalValue;
  }

  // metadata_materialized_views - computed: false, optional: true, required: false
  private _metadataMaterializedViews = new SourceTraceMetadataMaterializedViewsOutputReference(this, "metadata_materialized_views");
  public get metadataMaterializedViews() {
    return this._metadataMaterializedViews;
  }
  public putMetadataMaterializedViews(value: SourceTraceMetadataMaterializedViews) {
    this._metadataMaterializedViews.internalValue = value;
  }
  public resetMetadataMaterializedViews() {
    this._metadataMaterializedViews.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metadataMaterializedViewsInput() {
    return this._metadataMaterializedViews.internalValue;
  }

  // order_by_expression - computed: false, optional: true, required: false
  private _orderByExpression?: string; 
  public get orderByExpression() {
    return this.getStringAttribute('order_by_expression');
  }
  public set orderByExpression(value: string) {
    this._orderByExpression = value;
  }
  public resetOrderByExpression() {
    this._orderByExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderByExpressionInput() {
    return this._orderByExpression;
  }

  // parent_span_id_expression - computed: false, optional: false, required: true
  private _parentSpanIdExpression?: string; 
  public get parentSpanIdExpression() {
    return this.getStringAttribute('parent_span_id_expression');
  }
  public set parentSpanIdExpression(value: string) {
    this._parentSpanIdExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get parentSpanIdExpressionInput() {
    return this._parentSpanIdExpression;
  }

  // resource_attributes_expression - computed: false, optional: true, required: false
  private _resourceAttributesExpression?: string; 
  public get resourceAttributesExpression() {
    return this.getStringAttribute('resource_attributes_expression');
  }
  public set resourceAttributesExpression(value: string) {
    this._resourceAttributesExpression = value;
  }
  public resetResourceAttributesExpression() {
    this._resourceAttributesExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceAttributesExpressionInput() {
    return this._resourceAttributesExpression;
  }

  // sample_rate_expression - computed: false, optional: true, required: false
  private _sampleRateExpression?: string; 
  public get sampleRateExpression() {
    return this.getStringAttribute('sample_rate_expression');
  }
  public set sampleRateExpression(value: string) {
    this._sampleRateExpression = value;
  }
  public resetSampleRateExpression() {
    this._sampleRateExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sampleRateExpressionInput() {
    return this._sampleRateExpression;
  }

  // service_name_expression - computed: false, optional: true, required: false
  private _serviceNameExpression?: string; 
  public get serviceNameExpression() {
    return this.getStringAttribute('service_name_expression');
  }
  public set serviceNameExpression(value: string) {
    this._serviceNameExpression = value;
  }
  public resetServiceNameExpression() {
    this._serviceNameExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceNameExpressionInput() {
    return this._serviceNameExpression;
  }

  // service_version_expression - computed: false, optional: true, required: false
  private _serviceVersionExpression?: string; 
  public get serviceVersionExpression() {
    return this.getStringAttribute('service_version_expression');
  }
  public set serviceVersionExpression(value: string) {
    this._serviceVersionExpression = value;
  }
  public resetServiceVersionExpression() {
    this._serviceVersionExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceVersionExpressionInput() {
    return this._serviceVersionExpression;
  }

  // span_events_value_expression - computed: false, optional: true, required: false
  private _spanEventsValueExpression?: string; 
  public get spanEventsValueExpression() {
    return this.getStringAttribute('span_events_value_expression');
  }
  public set spanEventsValueExpression(value: string) {
    this._spanEventsValueExpression = value;
  }
  public resetSpanEventsValueExpression() {
    this._spanEventsValueExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get spanEventsValueExpressionInput() {
    return this._spanEventsValueExpression;
  }

  // span_id_expression - computed: false, optional: false, required: true
  private _spanIdExpression?: string; 
  public get spanIdExpression() {
    return this.getStringAttribute('span_id_expression');
  }
  public set spanIdExpression(value: string) {
    this._spanIdExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get spanIdExpressionInput() {
    return this._spanIdExpression;
  }

  // span_kind_expression - computed: false, optional: false, required: true
  private _spanKindExpression?: string; 
  public get spanKindExpression() {
    return this.getStringAttribute('span_kind_expression');
  }
  public set spanKindExpression(value: string) {
    this._spanKindExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get spanKindExpressionInput() {
    return this._spanKindExpression;
  }

  // span_links_value_expression - computed: false, optional: true, required: false
  private _spanLinksValueExpression?: string; 
  public get spanLinksValueExpression() {
    return this.getStringAttribute('span_links_value_expression');
  }
  public set spanLinksValueExpression(value: string) {
    this._spanLinksValueExpression = value;
  }
  public resetSpanLinksValueExpression() {
    this._spanLinksValueExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get spanLinksValueExpressionInput() {
    return this._spanLinksValueExpression;
  }

  // span_name_expression - computed: false, optional: false, required: true
  private _spanNameExpression?: string; 
  public get spanNameExpression() {
    return this.getStringAttribute('span_name_expression');
  }
  public set spanNameExpression(value: string) {
    this._spanNameExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get spanNameExpressionInput() {
    return this._spanNameExpression;
  }

  // status_code_expression - computed: false, optional: true, required: false
  private _statusCodeExpression?: string; 
  public get statusCodeExpression() {
    return this.getStringAttribute('status_code_expression');
  }
  public set statusCodeExpression(value: string) {
    this._statusCodeExpression = value;
  }
  public resetStatusCodeExpression() {
    this._statusCodeExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get statusCodeExpressionInput() {
    return this._statusCodeExpression;
  }

  // status_message_expression - computed: false, optional: true, required: false
  private _statusMessageExpression?: string; 
  public get statusMessageExpression() {
    return this.getStringAttribute('status_message_expression');
  }
  public set statusMessageExpression(value: string) {
    this._statusMessageExpression = value;
  }
  public resetStatusMessageExpression() {
    this._statusMessageExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get statusMessageExpressionInput() {
    return this._statusMessageExpression;
  }

  // trace_id_expression - computed: false, optional: false, required: true
  private _traceIdExpression?: string; 
  public get traceIdExpression() {
    return this.getStringAttribute('trace_id_expression');
  }
  public set traceIdExpression(value: string) {
    this._traceIdExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get traceIdExpressionInput() {
    return this._traceIdExpression;
  }

  // use_text_index_for_implicit_column - computed: false, optional: true, required: false
  private _useTextIndexForImplicitColumn?: string; 
  public get useTextIndexForImplicitColumn() {
    return this.getStringAttribute('use_text_index_for_implicit_column');
  }
  public set useTextIndexForImplicitColumn(value: string) {
    this._useTextIndexForImplicitColumn = value;
  }
  public resetUseTextIndexForImplicitColumn() {
    this._useTextIndexForImplicitColumn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get useTextIndexForImplicitColumnInput() {
    return this._useTextIndexForImplicitColumn;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source clickstack_source}
*/
export class Source extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "clickstack_source";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a Source resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Source to import
  * @param importFromId The id of the existing Source that should be imported. Refer to the {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Source to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "clickstack_source", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source clickstack_source} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SourceConfig
  */
  public constructor(scope: Construct, id: string, config: SourceConfig) {
    super(scope, id, {
      terraformResourceType: 'clickstack_source',
      terraformGeneratorMetadata: {
        providerName: 'clickstack',
        providerVersion: '0.1.0',
        providerVersionConstraint: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._connectionId = config.connectionId;
    this._database = config.database;
    this._disabled = config.disabled;
    this._kind = config.kind;
    this._log.internalValue = config.log;
    this._metric.internalValue = config.metric;
    this._name = config.name;
    this._querySettings.internalValue = config.querySettings;
    this._section = config.section;
    this._session.internalValue = config.session;
    this._table = config.table;
    this._timestampValueExpression = config.timestampValueExpression;
    this._trace.internalValue = config.trace;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // connection_id - computed: false, optional: false, required: true
  private _connectionId?: string; 
  public get connectionId() {
    return this.getStringAttribute('connection_id');
  }
  public set connectionId(value: string) {
    this._connectionId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get connectionIdInput() {
    return this._connectionId;
  }

  // database - computed: false, optional: false, required: true
  private _database?: string; 
  public get database() {
    return this.getStringAttribute('database');
  }
  public set database(value: string) {
    this._database = value;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseInput() {
    return this._database;
  }

  // disabled - computed: true, optional: true, required: false
  private _disabled?: boolean | cdktn.IResolvable; 
  public get disabled() {
    return this.getBooleanAttribute('disabled');
  }
  public set disabled(value: boolean | cdktn.IResolvable) {
    this._disabled = value;
  }
  public resetDisabled() {
    this._disabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disabledInput() {
    return this._disabled;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // kind - computed: false, optional: false, required: true
  private _kind?: string; 
  public get kind() {
    return this.getStringAttribute('kind');
  }
  public set kind(value: string) {
    this._kind = value;
  }
  // Temporarily expose input value. Use with caution.
  public get kindInput() {
    return this._kind;
  }

  // log - computed: false, optional: true, required: false
  private _log = new SourceLogOutputReference(this, "log");
  public get log() {
    return this._log;
  }
  public putLog(value: SourceLog) {
    this._log.internalValue = value;
  }
  public resetLog() {
    this._log.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logInput() {
    return this._log.internalValue;
  }

  // metric - computed: false, optional: true, required: false
  private _metric = new SourceMetricOutputReference(this, "metric");
  public get metric() {
    return this._metric;
  }
  public putMetric(value: SourceMetric) {
    this._metric.internalValue = value;
  }
  public resetMetric() {
    this._metric.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricInput() {
    return this._metric.internalValue;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // query_settings - computed: true, optional: true, required: false
  private _querySettings = new SourceQuerySettingsList(this, "query_settings", false);
  public get querySettings() {
    return this._querySettings;
  }
  public putQuerySettings(value: SourceQuerySettings[] | cdktn.IResolvable) {
    this._querySettings.internalValue = value;
  }
  public resetQuerySettings() {
    this._querySettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get querySettingsInput() {
    return this._querySettings.internalValue;
  }

  // section - computed: false, optional: true, required: false
  private _section?: string; 
  public get section() {
    return this.getStringAttribute('section');
  }
  public set section(value: string) {
    this._section = value;
  }
  public resetSection() {
    this._section = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sectionInput() {
    return this._section;
  }

  // session - computed: false, optional: true, required: false
  private _session = new SourceSessionOutputReference(this, "session");
  public get session() {
    return this._session;
  }
  public putSession(value: SourceSession) {
    this._session.internalValue = value;
  }
  public resetSession() {
    this._session.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sessionInput() {
    return this._session.internalValue;
  }

  // table - computed: false, optional: true, required: false
  private _table?: string; 
  public get table() {
    return this.getStringAttribute('table');
  }
  public set table(value: string) {
    this._table = value;
  }
  public resetTable() {
    this._table = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tableInput() {
    return this._table;
  }

  // timestamp_value_expression - computed: false, optional: false, required: true
  private _timestampValueExpression?: string; 
  public get timestampValueExpression() {
    return this.getStringAttribute('timestamp_value_expression');
  }
  public set timestampValueExpression(value: string) {
    this._timestampValueExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get timestampValueExpressionInput() {
    return this._timestampValueExpression;
  }

  // trace - computed: false, optional: true, required: false
  private _trace = new SourceTraceOutputReference(this, "trace");
  public get trace() {
    return this._trace;
  }
  public putTrace(value: SourceTrace) {
    this._trace.internalValue = value;
  }
  public resetTrace() {
    this._trace.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get traceInput() {
    return this._trace.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      connection_id: cdktn.stringToTerraform(this._connectionId),
      database: cdktn.stringToTerraform(this._database),
      disabled: cdktn.booleanToTerraform(this._disabled),
      kind: cdktn.stringToTerraform(this._kind),
      log: sourceLogToTerraform(this._log.internalValue),
      metric: sourceMetricToTerraform(this._metric.internalValue),
      name: cdktn.stringToTerraform(this._name),
      query_settings: cdktn.listMapper(sourceQuerySettingsToTerraform, false)(this._querySettings.internalValue),
      section: cdktn.stringToTerraform(this._section),
      session: sourceSessionToTerraform(this._session.internalValue),
      table: cdktn.stringToTerraform(this._table),
      timestamp_value_expression: cdktn.stringToTerraform(this._timestampValueExpression),
      trace: sourceTraceToTerraform(this._trace.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      connection_id: {
        value: cdktn.stringToHclTerraform(this._connectionId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      database: {
        value: cdktn.stringToHclTerraform(this._database),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      disabled: {
        value: cdktn.booleanToHclTerraform(this._disabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      kind: {
        value: cdktn.stringToHclTerraform(this._kind),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      log: {
        value: sourceLogToHclTerraform(this._log.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "SourceLog",
      },
      metric: {
        value: sourceMetricToHclTerraform(this._metric.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "SourceMetric",
      },
      name: {
        value: cdktn.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      query_settings: {
        value: cdktn.listMapperHcl(sourceQuerySettingsToHclTerraform, false)(this._querySettings.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "SourceQuerySettingsList",
      },
      section: {
        value: cdktn.stringToHclTerraform(this._section),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      session: {
        value: sourceSessionToHclTerraform(this._session.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "SourceSession",
      },
      table: {
        value: cdktn.stringToHclTerraform(this._table),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timestamp_value_expression: {
        value: cdktn.stringToHclTerraform(this._timestampValueExpression),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      trace: {
        value: sourceTraceToHclTerraform(this._trace.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "SourceTrace",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
