// https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/sources
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface DataClickstackSourcesConfig extends cdktn.TerraformMetaArguments {
  /**
  * Only sources of this kind: `log`, `trace`, `metric`, `session`, `promql`. All sources when unset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/sources#kind DataClickstackSources#kind}
  */
  readonly kind?: string;
}
export interface DataClickstackSourcesSourcesLogFilterSettingsColumns {
}

export function dataClickstackSourcesSourcesLogFilterSettingsColumnsToTerraform(struct?: DataClickstackSourcesSourcesLogFilterSettingsColumns): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesLogFilterSettingsColumnsToHclTerraform(struct?: DataClickstackSourcesSourcesLogFilterSettingsColumns): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesLogFilterSettingsColumnsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackSourcesSourcesLogFilterSettingsColumns | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesLogFilterSettingsColumns | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // label - computed: true, optional: false, required: false
  public get label() {
    return this.getStringAttribute('label');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }
}

export class DataClickstackSourcesSourcesLogFilterSettingsColumnsList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackSourcesSourcesLogFilterSettingsColumnsOutputReference {
    return new DataClickstackSourcesSourcesLogFilterSettingsColumnsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourcesSourcesLogFilterSettings {
}

export function dataClickstackSourcesSourcesLogFilterSettingsToTerraform(struct?: DataClickstackSourcesSourcesLogFilterSettings): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesLogFilterSettingsToHclTerraform(struct?: DataClickstackSourcesSourcesLogFilterSettings): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesLogFilterSettingsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourcesSourcesLogFilterSettings | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesLogFilterSettings | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // columns - computed: true, optional: false, required: false
  private _columns = new DataClickstackSourcesSourcesLogFilterSettingsColumnsList(this, "columns", false);
  public get columns() {
    return this._columns;
  }

  // database - computed: true, optional: false, required: false
  public get database() {
    return this.getStringAttribute('database');
  }

  // table - computed: true, optional: false, required: false
  public get table() {
    return this.getStringAttribute('table');
  }
}
export interface DataClickstackSourcesSourcesLogHighlightedRowAttributeExpressions {
}

export function dataClickstackSourcesSourcesLogHighlightedRowAttributeExpressionsToTerraform(struct?: DataClickstackSourcesSourcesLogHighlightedRowAttributeExpressions): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesLogHighlightedRowAttributeExpressionsToHclTerraform(struct?: DataClickstackSourcesSourcesLogHighlightedRowAttributeExpressions): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesLogHighlightedRowAttributeExpressionsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackSourcesSourcesLogHighlightedRowAttributeExpressions | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesLogHighlightedRowAttributeExpressions | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // alias - computed: true, optional: false, required: false
  public get alias() {
    return this.getStringAttribute('alias');
  }

  // lucene_expression - computed: true, optional: false, required: false
  public get luceneExpression() {
    return this.getStringAttribute('lucene_expression');
  }

  // sql_expression - computed: true, optional: false, required: false
  public get sqlExpression() {
    return this.getStringAttribute('sql_expression');
  }
}

export class DataClickstackSourcesSourcesLogHighlightedRowAttributeExpressionsList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackSourcesSourcesLogHighlightedRowAttributeExpressionsOutputReference {
    return new DataClickstackSourcesSourcesLogHighlightedRowAttributeExpressionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourcesSourcesLogHighlightedTraceAttributeExpressions {
}

export function dataClickstackSourcesSourcesLogHighlightedTraceAttributeExpressionsToTerraform(struct?: DataClickstackSourcesSourcesLogHighlightedTraceAttributeExpressions): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesLogHighlightedTraceAttributeExpressionsToHclTerraform(struct?: DataClickstackSourcesSourcesLogHighlightedTraceAttributeExpressions): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesLogHighlightedTraceAttributeExpressionsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackSourcesSourcesLogHighlightedTraceAttributeExpressions | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesLogHighlightedTraceAttributeExpressions | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // alias - computed: true, optional: false, required: false
  public get alias() {
    return this.getStringAttribute('alias');
  }

  // lucene_expression - computed: true, optional: false, required: false
  public get luceneExpression() {
    return this.getStringAttribute('lucene_expression');
  }

  // sql_expression - computed: true, optional: false, required: false
  public get sqlExpression() {
    return this.getStringAttribute('sql_expression');
  }
}

export class DataClickstackSourcesSourcesLogHighlightedTraceAttributeExpressionsList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackSourcesSourcesLogHighlightedTraceAttributeExpressionsOutputReference {
    return new DataClickstackSourcesSourcesLogHighlightedTraceAttributeExpressionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourcesSourcesLogMaterializedViewsAggregatedColumns {
}

export function dataClickstackSourcesSourcesLogMaterializedViewsAggregatedColumnsToTerraform(struct?: DataClickstackSourcesSourcesLogMaterializedViewsAggregatedColumns): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesLogMaterializedViewsAggregatedColumnsToHclTerraform(struct?: DataClickstackSourcesSourcesLogMaterializedViewsAggregatedColumns): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesLogMaterializedViewsAggregatedColumnsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackSourcesSourcesLogMaterializedViewsAggregatedColumns | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesLogMaterializedViewsAggregatedColumns | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // agg_fn - computed: true, optional: false, required: false
  public get aggFn() {
    return this.getStringAttribute('agg_fn');
  }

  // mv_column - computed: true, optional: false, required: false
  public get mvColumn() {
    return this.getStringAttribute('mv_column');
  }

  // source_column - computed: true, optional: false, required: false
  public get sourceColumn() {
    return this.getStringAttribute('source_column');
  }
}

export class DataClickstackSourcesSourcesLogMaterializedViewsAggregatedColumnsList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackSourcesSourcesLogMaterializedViewsAggregatedColumnsOutputReference {
    return new DataClickstackSourcesSourcesLogMaterializedViewsAggregatedColumnsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourcesSourcesLogMaterializedViews {
}

export function dataClickstackSourcesSourcesLogMaterializedViewsToTerraform(struct?: DataClickstackSourcesSourcesLogMaterializedViews): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesLogMaterializedViewsToHclTerraform(struct?: DataClickstackSourcesSourcesLogMaterializedViews): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesLogMaterializedViewsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackSourcesSourcesLogMaterializedViews | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesLogMaterializedViews | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // aggregated_columns - computed: true, optional: false, required: false
  private _aggregatedColumns = new DataClickstackSourcesSourcesLogMaterializedViewsAggregatedColumnsList(this, "aggregated_columns", false);
  public get aggregatedColumns() {
    return this._aggregatedColumns;
  }

  // database - computed: true, optional: false, required: false
  public get database() {
    return this.getStringAttribute('database');
  }

  // dimension_columns - computed: true, optional: false, required: false
  public get dimensionColumns() {
    return this.getStringAttribute('dimension_columns');
  }

  // min_date - computed: true, optional: false, required: false
  public get minDate() {
    return this.getStringAttribute('min_date');
  }

  // min_granularity - computed: true, optional: false, required: false
  public get minGranularity() {
    return this.getStringAttribute('min_granularity');
  }

  // table - computed: true, optional: false, required: false
  public get table() {
    return this.getStringAttribute('table');
  }

  // timestamp_column - computed: true, optional: false, required: false
  public get timestampColumn() {
    return this.getStringAttribute('timestamp_column');
  }
}

export class DataClickstackSourcesSourcesLogMaterializedViewsList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackSourcesSourcesLogMaterializedViewsOutputReference {
    return new DataClickstackSourcesSourcesLogMaterializedViewsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourcesSourcesLogMetadataMaterializedViews {
}

export function dataClickstackSourcesSourcesLogMetadataMaterializedViewsToTerraform(struct?: DataClickstackSourcesSourcesLogMetadataMaterializedViews): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesLogMetadataMaterializedViewsToHclTerraform(struct?: DataClickstackSourcesSourcesLogMetadataMaterializedViews): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesLogMetadataMaterializedViewsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourcesSourcesLogMetadataMaterializedViews | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesLogMetadataMaterializedViews | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // granularity - computed: true, optional: false, required: false
  public get granularity() {
    return this.getStringAttribute('granularity');
  }

  // key_rollup_table - computed: true, optional: false, required: false
  public get keyRollupTable() {
    return this.getStringAttribute('key_rollup_table');
  }

  // kv_rollup_table - computed: true, optional: false, required: false
  public get kvRollupTable() {
    return this.getStringAttribute('kv_rollup_table');
  }
}
export interface DataClickstackSourcesSourcesLog {
}

export function dataClickstackSourcesSourcesLogToTerraform(struct?: DataClickstackSourcesSourcesLog): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesLogToHclTerraform(struct?: DataClickstackSourcesSourcesLog): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesLogOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourcesSourcesLog | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesLog | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // body_expression - computed: true, optional: false, required: false
  public get bodyExpression() {
    return this.getStringAttribute('body_expression');
  }

  // default_table_select_expression - computed: true, optional: false, required: false
  public get defaultTableSelectExpression() {
    return this.getStringAttribute('default_table_select_expression');
  }

  // displayed_timestamp_value_expression - computed: true, optional: false, required: false
  public get displayedTimestampValueExpression() {
    return this.getStringAttribute('displayed_timestamp_value_expression');
  }

  // event_attributes_expression - computed: true, optional: false, required: false
  public get eventAttributesExpression() {
    return this.getStringAttribute('event_attributes_expression');
  }

  // filter_settings - computed: true, optional: false, required: false
  private _filterSettings = new DataClickstackSourcesSourcesLogFilterSettingsOutputReference(this, "filter_settings");
  public get filterSettings() {
    return this._filterSettings;
  }

  // highlighted_row_attribute_expressions - computed: true, optional: false, required: false
  private _highlightedRowAttributeExpressions = new DataClickstackSourcesSourcesLogHighlightedRowAttributeExpressionsList(this, "highlighted_row_attribute_expressions", false);
  public get highlightedRowAttributeExpressions() {
    return this._highlightedRowAttributeExpressions;
  }

  // highlighted_trace_attribute_expressions - computed: true, optional: false, required: false
  private _highlightedTraceAttributeExpressions = new DataClickstackSourcesSourcesLogHighlightedTraceAttributeExpressionsList(this, "highlighted_trace_attribute_expressions", false);
  public get highlightedTraceAttributeExpressions() {
    return this._highlightedTraceAttributeExpressions;
  }

  // implicit_column_expression - computed: true, optional: false, required: false
  public get implicitColumnExpression() {
    return this.getStringAttribute('implicit_column_expression');
  }

  // known_columns_list_expression - computed: true, optional: false, required: false
  public get knownColumnsListExpression() {
    return this.getStringAttribute('known_columns_list_expression');
  }

  // materialized_views - computed: true, optional: false, required: false
  private _materializedViews = new DataClickstackSourcesSourcesLogMaterializedViewsList(this, "materialized_views", false);
  public get materializedViews() {
    return this._materializedViews;
  }

  // metadata_materialized_views - computed: true, optional: false, required: false
  private _metadataMaterializedViews = new DataClickstackSourcesSourcesLogMetadataMaterializedViewsOutputReference(this, "metadata_materialized_views");
  public get metadataMaterializedViews() {
    return this._metadataMaterializedViews;
  }

  // order_by_expression - computed: true, optional: false, required: false
  public get orderByExpression() {
    return this.getStringAttribute('order_by_expression');
  }

  // resource_attributes_expression - computed: true, optional: false, required: false
  public get resourceAttributesExpression() {
    return this.getStringAttribute('resource_attributes_expression');
  }

  // service_name_expression - computed: true, optional: false, required: false
  public get serviceNameExpression() {
    return this.getStringAttribute('service_name_expression');
  }

  // service_version_expression - computed: true, optional: false, required: false
  public get serviceVersionExpression() {
    return this.getStringAttribute('service_version_expression');
  }

  // severity_text_expression - computed: true, optional: false, required: false
  public get severityTextExpression() {
    return this.getStringAttribute('severity_text_expression');
  }

  // span_id_expression - computed: true, optional: false, required: false
  public get spanIdExpression() {
    return this.getStringAttribute('span_id_expression');
  }

  // trace_id_expression - computed: true, optional: false, required: false
  public get traceIdExpression() {
    return this.getStringAttribute('trace_id_expression');
  }

  // use_text_index_for_implicit_column - computed: true, optional: false, required: false
  public get useTextIndexForImplicitColumn() {
    return this.getStringAttribute('use_text_index_for_implicit_column');
  }
}
export interface DataClickstackSourcesSourcesMetricTables {
}

export function dataClickstackSourcesSourcesMetricTablesToTerraform(struct?: DataClickstackSourcesSourcesMetricTables): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesMetricTablesToHclTerraform(struct?: DataClickstackSourcesSourcesMetricTables): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesMetricTablesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourcesSourcesMetricTables | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesMetricTables | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // exponential_histogram - computed: true, optional: false, required: false
  public get exponentialHistogram() {
    return this.getStringAttribute('exponential_histogram');
  }

  // gauge - computed: true, optional: false, required: false
  public get gauge() {
    return this.getStringAttribute('gauge');
  }

  // histogram - computed: true, optional: false, required: false
  public get histogram() {
    return this.getStringAttribute('histogram');
  }

  // sum - computed: true, optional: false, required: false
  public get sum() {
    return this.getStringAttribute('sum');
  }

  // summary - computed: true, optional: false, required: false
  public get summary() {
    return this.getStringAttribute('summary');
  }
}
export interface DataClickstackSourcesSourcesMetric {
}

export function dataClickstackSourcesSourcesMetricToTerraform(struct?: DataClickstackSourcesSourcesMetric): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesMetricToHclTerraform(struct?: DataClickstackSourcesSourcesMetric): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesMetricOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourcesSourcesMetric | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesMetric | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // resource_attributes_expression - computed: true, optional: false, required: false
  public get resourceAttributesExpression() {
    return this.getStringAttribute('resource_attributes_expression');
  }

  // series_table - computed: true, optional: false, required: false
  public get seriesTable() {
    return this.getStringAttribute('series_table');
  }

  // service_name_expression - computed: true, optional: false, required: false
  public get serviceNameExpression() {
    return this.getStringAttribute('service_name_expression');
  }

  // tables - computed: true, optional: false, required: false
  private _tables = new DataClickstackSourcesSourcesMetricTablesOutputReference(this, "tables");
  public get tables() {
    return this._tables;
  }
}
export interface DataClickstackSourcesSourcesMetricTablesA {
}

export function dataClickstackSourcesSourcesMetricTablesAToTerraform(struct?: DataClickstackSourcesSourcesMetricTablesA): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesMetricTablesAToHclTerraform(struct?: DataClickstackSourcesSourcesMetricTablesA): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesMetricTablesAOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourcesSourcesMetricTablesA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesMetricTablesA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // exponential_histogram - computed: true, optional: false, required: false
  public get exponentialHistogram() {
    return this.getStringAttribute('exponential_histogram');
  }

  // gauge - computed: true, optional: false, required: false
  public get gauge() {
    return this.getStringAttribute('gauge');
  }

  // histogram - computed: true, optional: false, required: false
  public get histogram() {
    return this.getStringAttribute('histogram');
  }

  // sum - computed: true, optional: false, required: false
  public get sum() {
    return this.getStringAttribute('sum');
  }

  // summary - computed: true, optional: false, required: false
  public get summary() {
    return this.getStringAttribute('summary');
  }
}
export interface DataClickstackSourcesSourcesQuerySettings {
}

export function dataClickstackSourcesSourcesQuerySettingsToTerraform(struct?: DataClickstackSourcesSourcesQuerySettings): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesQuerySettingsToHclTerraform(struct?: DataClickstackSourcesSourcesQuerySettings): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesQuerySettingsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackSourcesSourcesQuerySettings | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesQuerySettings | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // setting - computed: true, optional: false, required: false
  public get setting() {
    return this.getStringAttribute('setting');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class DataClickstackSourcesSourcesQuerySettingsList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackSourcesSourcesQuerySettingsOutputReference {
    return new DataClickstackSourcesSourcesQuerySettingsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourcesSourcesSession {
}

export function dataClickstackSourcesSourcesSessionToTerraform(struct?: DataClickstackSourcesSourcesSession): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesSessionToHclTerraform(struct?: DataClickstackSourcesSourcesSession): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesSessionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourcesSourcesSession | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesSession | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // resource_attributes_expression - computed: true, optional: false, required: false
  public get resourceAttributesExpression() {
    return this.getStringAttribute('resource_attributes_expression');
  }

  // trace_source_id - computed: true, optional: false, required: false
  public get traceSourceId() {
    return this.getStringAttribute('trace_source_id');
  }
}
export interface DataClickstackSourcesSourcesTraceFilterSettingsColumns {
}

export function dataClickstackSourcesSourcesTraceFilterSettingsColumnsToTerraform(struct?: DataClickstackSourcesSourcesTraceFilterSettingsColumns): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesTraceFilterSettingsColumnsToHclTerraform(struct?: DataClickstackSourcesSourcesTraceFilterSettingsColumns): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesTraceFilterSettingsColumnsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackSourcesSourcesTraceFilterSettingsColumns | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesTraceFilterSettingsColumns | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // label - computed: true, optional: false, required: false
  public get label() {
    return this.getStringAttribute('label');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }
}

export class DataClickstackSourcesSourcesTraceFilterSettingsColumnsList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackSourcesSourcesTraceFilterSettingsColumnsOutputReference {
    return new DataClickstackSourcesSourcesTraceFilterSettingsColumnsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourcesSourcesTraceFilterSettings {
}

export function dataClickstackSourcesSourcesTraceFilterSettingsToTerraform(struct?: DataClickstackSourcesSourcesTraceFilterSettings): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesTraceFilterSettingsToHclTerraform(struct?: DataClickstackSourcesSourcesTraceFilterSettings): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesTraceFilterSettingsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourcesSourcesTraceFilterSettings | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesTraceFilterSettings | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // columns - computed: true, optional: false, required: false
  private _columns = new DataClickstackSourcesSourcesTraceFilterSettingsColumnsList(this, "columns", false);
  public get columns() {
    return this._columns;
  }

  // database - computed: true, optional: false, required: false
  public get database() {
    return this.getStringAttribute('database');
  }

  // table - computed: true, optional: false, required: false
  public get table() {
    return this.getStringAttribute('table');
  }
}
export interface DataClickstackSourcesSourcesTraceHighlightedRowAttributeExpressions {
}

export function dataClickstackSourcesSourcesTraceHighlightedRowAttributeExpressionsToTerraform(struct?: DataClickstackSourcesSourcesTraceHighlightedRowAttributeExpressions): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesTraceHighlightedRowAttributeExpressionsToHclTerraform(struct?: DataClickstackSourcesSourcesTraceHighlightedRowAttributeExpressions): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesTraceHighlightedRowAttributeExpressionsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackSourcesSourcesTraceHighlightedRowAttributeExpressions | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesTraceHighlightedRowAttributeExpressions | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // alias - computed: true, optional: false, required: false
  public get alias() {
    return this.getStringAttribute('alias');
  }

  // lucene_expression - computed: true, optional: false, required: false
  public get luceneExpression() {
    return this.getStringAttribute('lucene_expression');
  }

  // sql_expression - computed: true, optional: false, required: false
  public get sqlExpression() {
    return this.getStringAttribute('sql_expression');
  }
}

export class DataClickstackSourcesSourcesTraceHighlightedRowAttributeExpressionsList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackSourcesSourcesTraceHighlightedRowAttributeExpressionsOutputReference {
    return new DataClickstackSourcesSourcesTraceHighlightedRowAttributeExpressionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourcesSourcesTraceHighlightedTraceAttributeExpressions {
}

export function dataClickstackSourcesSourcesTraceHighlightedTraceAttributeExpressionsToTerraform(struct?: DataClickstackSourcesSourcesTraceHighlightedTraceAttributeExpressions): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesTraceHighlightedTraceAttributeExpressionsToHclTerraform(struct?: DataClickstackSourcesSourcesTraceHighlightedTraceAttributeExpressions): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesTraceHighlightedTraceAttributeExpressionsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackSourcesSourcesTraceHighlightedTraceAttributeExpressions | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesTraceHighlightedTraceAttributeExpressions | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // alias - computed: true, optional: false, required: false
  public get alias() {
    return this.getStringAttribute('alias');
  }

  // lucene_expression - computed: true, optional: false, required: false
  public get luceneExpression() {
    return this.getStringAttribute('lucene_expression');
  }

  // sql_expression - computed: true, optional: false, required: false
  public get sqlExpression() {
    return this.getStringAttribute('sql_expression');
  }
}

export class DataClickstackSourcesSourcesTraceHighlightedTraceAttributeExpressionsList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackSourcesSourcesTraceHighlightedTraceAttributeExpressionsOutputReference {
    return new DataClickstackSourcesSourcesTraceHighlightedTraceAttributeExpressionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourcesSourcesTraceMaterializedViewsAggregatedColumns {
}

export function dataClickstackSourcesSourcesTraceMaterializedViewsAggregatedColumnsToTerraform(struct?: DataClickstackSourcesSourcesTraceMaterializedViewsAggregatedColumns): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesTraceMaterializedViewsAggregatedColumnsToHclTerraform(struct?: DataClickstackSourcesSourcesTraceMaterializedViewsAggregatedColumns): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesTraceMaterializedViewsAggregatedColumnsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackSourcesSourcesTraceMaterializedViewsAggregatedColumns | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesTraceMaterializedViewsAggregatedColumns | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // agg_fn - computed: true, optional: false, required: false
  public get aggFn() {
    return this.getStringAttribute('agg_fn');
  }

  // mv_column - computed: true, optional: false, required: false
  public get mvColumn() {
    return this.getStringAttribute('mv_column');
  }

  // source_column - computed: true, optional: false, required: false
  public get sourceColumn() {
    return this.getStringAttribute('source_column');
  }
}

export class DataClickstackSourcesSourcesTraceMaterializedViewsAggregatedColumnsList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackSourcesSourcesTraceMaterializedViewsAggregatedColumnsOutputReference {
    return new DataClickstackSourcesSourcesTraceMaterializedViewsAggregatedColumnsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourcesSourcesTraceMaterializedViews {
}

export function dataClickstackSourcesSourcesTraceMaterializedViewsToTerraform(struct?: DataClickstackSourcesSourcesTraceMaterializedViews): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesTraceMaterializedViewsToHclTerraform(struct?: DataClickstackSourcesSourcesTraceMaterializedViews): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesTraceMaterializedViewsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackSourcesSourcesTraceMaterializedViews | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesTraceMaterializedViews | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // aggregated_columns - computed: true, optional: false, required: false
  private _aggregatedColumns = new DataClickstackSourcesSourcesTraceMaterializedViewsAggregatedColumnsList(this, "aggregated_columns", false);
  public get aggregatedColumns() {
    return this._aggregatedColumns;
  }

  // database - computed: true, optional: false, required: false
  public get database() {
    return this.getStringAttribute('database');
  }

  // dimension_columns - computed: true, optional: false, required: false
  public get dimensionColumns() {
    return this.getStringAttribute('dimension_columns');
  }

  // min_date - computed: true, optional: false, required: false
  public get minDate() {
    return this.getStringAttribute('min_date');
  }

  // min_granularity - computed: true, optional: false, required: false
  public get minGranularity() {
    return this.getStringAttribute('min_granularity');
  }

  // table - computed: true, optional: false, required: false
  public get table() {
    return this.getStringAttribute('table');
  }

  // timestamp_column - computed: true, optional: false, required: false
  public get timestampColumn() {
    return this.getStringAttribute('timestamp_column');
  }
}

export class DataClickstackSourcesSourcesTraceMaterializedViewsList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackSourcesSourcesTraceMaterializedViewsOutputReference {
    return new DataClickstackSourcesSourcesTraceMaterializedViewsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourcesSourcesTraceMetadataMaterializedViews {
}

export function dataClickstackSourcesSourcesTraceMetadataMaterializedViewsToTerraform(struct?: DataClickstackSourcesSourcesTraceMetadataMaterializedViews): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesTraceMetadataMaterializedViewsToHclTerraform(struct?: DataClickstackSourcesSourcesTraceMetadataMaterializedViews): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesTraceMetadataMaterializedViewsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourcesSourcesTraceMetadataMaterializedViews | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesTraceMetadataMaterializedViews | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // granularity - computed: true, optional: false, required: false
  public get granularity() {
    return this.getStringAttribute('granularity');
  }

  // key_rollup_table - computed: true, optional: false, required: false
  public get keyRollupTable() {
    return this.getStringAttribute('key_rollup_table');
  }

  // kv_rollup_table - computed: true, optional: false, required: false
  public get kvRollupTable() {
    return this.getStringAttribute('kv_rollup_table');
  }
}
export interface DataClickstackSourcesSourcesTrace {
}

export function dataClickstackSourcesSourcesTraceToTerraform(struct?: DataClickstackSourcesSourcesTrace): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesTraceToHclTerraform(struct?: DataClickstackSourcesSourcesTrace): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesTraceOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourcesSourcesTrace | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSourcesTrace | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // default_table_select_expression - computed: true, optional: false, required: false
  public get defaultTableSelectExpression() {
    return this.getStringAttribute('default_table_select_expression');
  }

  // displayed_timestamp_value_expression - computed: true, optional: false, required: false
  public get displayedTimestampValueExpression() {
    return this.getStringAttribute('displayed_timestamp_value_expression');
  }

  // duration_expression - computed: true, optional: false, required: false
  public get durationExpression() {
    return this.getStringAttribute('duration_expression');
  }

  // duration_precision - computed: true, optional: false, required: false
  public get durationPrecision() {
    return this.getNumberAttribute('duration_precision');
  }

  // event_attributes_expression - computed: true, optional: false, required: false
  public get eventAttributesExpression() {
    return this.getStringAttribute('event_attributes_expression');
  }

  // filter_settings - computed: true, optional: false, required: false
  private _filterSettings = new DataClickstackSourcesSourcesTraceFilterSettingsOutputReference(this, "filter_settings");
  public get filterSettings() {
    return this._filterSettings;
  }

  // highlighted_row_attribute_expressions - computed: true, optional: false, required: false
  private _highlightedRowAttributeExpressions = new DataClickstackSourcesSourcesTraceHighlightedRowAttributeExpressionsList(this, "highlighted_row_attribute_expressions", false);
  public get highlightedRowAttributeExpressions() {
    return this._highlightedRowAttributeExpressions;
  }

  // highlighted_trace_attribute_expressions - computed: true, optional: false, required: false
  private _highlightedTraceAttributeExpressions = new DataClickstackSourcesSourcesTraceHighlightedTraceAttributeExpressionsList(this, "highlighted_trace_attribute_expressions", false);
  public get highlightedTraceAttributeExpressions() {
    return this._highlightedTraceAttributeExpressions;
  }

  // implicit_column_expression - computed: true, optional: false, required: false
  public get implicitColumnExpression() {
    return this.getStringAttribute('implicit_column_expression');
  }

  // known_columns_list_expression - computed: true, optional: false, required: false
  public get knownColumnsListExpression() {
    return this.getStringAttribute('known_columns_list_expression');
  }

  // materialized_views - computed: true, optional: false, required: false
  private _materializedViews = new DataClickstackSourcesSourcesTraceMaterializedViewsList(this, "materialized_views", false);
  public get materializedViews() {
    return this._materializedViews;
  }

  // metadata_materialized_views - computed: true, optional: false, required: false
  private _metadataMaterializedViews = new DataClickstackSourcesSourcesTraceMetadataMaterializedViewsOutputReference(this, "metadata_materialized_views");
  public get metadataMaterializedViews() {
    return this._metadataMaterializedViews;
  }

  // order_by_expression - computed: true, optional: false, required: false
  public get orderByExpression() {
    return this.getStringAttribute('order_by_expression');
  }

  // parent_span_id_expression - computed: true, optional: false, required: false
  public get parentSpanIdExpression() {
    return this.getStringAttribute('parent_span_id_expression');
  }

  // resource_attributes_expression - computed: true, optional: false, required: false
  public get resourceAttributesExpression() {
    return this.getStringAttribute('resource_attributes_expression');
  }

  // sample_rate_expression - computed: true, optional: false, required: false
  public get sampleRateExpression() {
    return this.getStringAttribute('sample_rate_expression');
  }

  // service_name_expression - computed: true, optional: false, required: false
  public get serviceNameExpression() {
    return this.getStringAttribute('service_name_expression');
  }

  // service_version_expression - computed: true, optional: false, required: false
  public get serviceVersionExpression() {
    return this.getStringAttribute('service_version_expression');
  }

  // span_events_value_expression - computed: true, optional: false, required: false
  public get spanEventsValueExpression() {
    return this.getStringAttribute('span_events_value_expression');
  }

  // span_id_expression - computed: true, optional: false, required: false
  public get spanIdExpression() {
    return this.getStringAttribute('span_id_expression');
  }

  // span_kind_expression - computed: true, optional: false, required: false
  public get spanKindExpression() {
    return this.getStringAttribute('span_kind_expression');
  }

  // span_links_value_expression - computed: true, optional: false, required: false
  public get spanLinksValueExpression() {
    return this.getStringAttribute('span_links_value_expression');
  }

  // span_name_expression - computed: true, optional: false, required: false
  public get spanNameExpression() {
    return this.getStringAttribute('span_name_expression');
  }

  // status_code_expression - computed: true, optional: false, required: false
  public get statusCodeExpression() {
    return this.getStringAttribute('status_code_expression');
  }

  // status_message_expression - computed: true, optional: false, required: false
  public get statusMessageExpression() {
    return this.getStringAttribute('status_message_expression');
  }

  // trace_id_expression - computed: true, optional: false, required: false
  public get traceIdExpression() {
    return this.getStringAttribute('trace_id_expression');
  }

  // use_text_index_for_implicit_column - computed: true, optional: false, required: false
  public get useTextIndexForImplicitColumn() {
    return this.getStringAttribute('use_text_index_for_implicit_column');
  }
}
export interface DataClickstackSourcesSources {
}

export function dataClickstackSourcesSourcesToTerraform(struct?: DataClickstackSourcesSources): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourcesSourcesToHclTerraform(struct?: DataClickstackSourcesSources): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourcesSourcesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackSourcesSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourcesSources | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // body_expression - computed: true, optional: false, required: false
  public get bodyExpression() {
    return this.getStringAttribute('body_expression');
  }

  // connection - computed: true, optional: false, required: false
  public get connection() {
    return this.getStringAttribute('connection');
  }

  // database - computed: true, optional: false, required: false
  public get database() {
    return this.getStringAttribute('database');
  }

  // default_table_select_expression - computed: true, optional: false, required: false
  public get defaultTableSelectExpression() {
    return this.getStringAttribute('default_table_select_expression');
  }

  // disabled - computed: true, optional: false, required: false
  public get disabled() {
    return this.getBooleanAttribute('disabled');
  }

  // displayed_timestamp_value_expression - computed: true, optional: false, required: false
  public get displayedTimestampValueExpression() {
    return this.getStringAttribute('displayed_timestamp_value_expression');
  }

  // duration_expression - computed: true, optional: false, required: false
  public get durationExpression() {
    return this.getStringAttribute('duration_expression');
  }

  // duration_precision - computed: true, optional: false, required: false
  public get durationPrecision() {
    return this.getNumberAttribute('duration_precision');
  }

  // event_attributes_expression - computed: true, optional: false, required: false
  public get eventAttributesExpression() {
    return this.getStringAttribute('event_attributes_expression');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // implicit_column_expression - computed: true, optional: false, required: false
  public get implicitColumnExpression() {
    return this.getStringAttribute('implicit_column_expression');
  }

  // kind - computed: true, optional: false, required: false
  public get kind() {
    return this.getStringAttribute('kind');
  }

  // log - computed: true, optional: false, required: false
  private _log = new DataClickstackSourcesSourcesLogOutputReference(this, "log");
  public get log() {
    return this._log;
  }

  // log_source_id - computed: true, optional: false, required: false
  public get logSourceId() {
    return this.getStringAttribute('log_source_id');
  }

  // metric - computed: true, optional: false, required: false
  private _metric = new DataClickstackSourcesSourcesMetricOutputReference(this, "metric");
  public get metric() {
    return this._metric;
  }

  // metric_source_id - computed: true, optional: false, required: false
  public get metricSourceId() {
    return this.getStringAttribute('metric_source_id');
  }

  // metric_tables - computed: true, optional: false, required: false
  private _metricTables = new DataClickstackSourcesSourcesMetricTablesAOutputReference(this, "metric_tables");
  public get metricTables() {
    return this._metricTables;
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // parent_span_id_expression - computed: true, optional: false, required: false
  public get parentSpanIdExpression() {
    return this.getStringAttribute('parent_span_id_expression');
  }

  // query_settings - computed: true, optional: false, required: false
  private _querySettings = new DataClickstackSourcesSourcesQuerySettingsList(this, "query_settings", false);
  public get querySettings() {
    return this._querySettings;
  }

  // resource_attributes_expression - computed: true, optional: false, required: false
  public get resourceAttributesExpression() {
    return this.getStringAttribute('resource_attributes_expression');
  }

  // section - computed: true, optional: false, required: false
  public get section() {
    return this.getStringAttribute('section');
  }

  // service_name_expression - computed: true, optional: false, required: false
  public get serviceNameExpression() {
    return this.getStringAttribute('service_name_expression');
  }

  // session - computed: true, optional: false, required: false
  private _session = new DataClickstackSourcesSourcesSessionOutputReference(this, "session");
  public get session() {
    return this._session;
  }

  // session_source_id - computed: true, optional: false, required: false
  public get sessionSourceId() {
    return this.getStringAttribute('session_source_id');
  }

  // severity_text_expression - computed: true, optional: false, required: false
  public get severityTextExpression() {
    return this.getStringAttribute('severity_text_expression');
  }

  // span_id_expression - computed: true, optional: false, required: false
  public get spanIdExpression() {
    return this.getStringAttribute('span_id_expression');
  }

  // span_kind_expression - computed: true, optional: false, required: false
  public get spanKindExpression() {
    return this.getStringAttribute('span_kind_expression');
  }

  // span_name_expression - computed: true, optional: false, required: false
  public get spanNameExpression() {
    return this.getStringAttribute('span_name_expression');
  }

  // status_code_expression - computed: true, optional: false, required: false
  public get statusCodeExpression() {
    return this.getStringAttribute('status_code_expression');
  }

  // status_message_expression - computed: true, optional: false, required: false
  public get statusMessageExpression() {
    return this.getStringAttribute('status_message_expression');
  }

  // table - computed: true, optional: false, required: false
  public get table() {
    return this.getStringAttribute('table');
  }

  // timestamp_value_expression - computed: true, optional: false, required: false
  public get timestampValueExpression() {
    return this.getStringAttribute('timestamp_value_expression');
  }

  // trace - computed: true, optional: false, required: false
  private _trace = new DataClickstackSourcesSourcesTraceOutputReference(this, "trace");
  public get trace() {
    return this._trace;
  }

  // trace_id_expression - computed: true, optional: false, required: false
  public get traceIdExpression() {
    return this.getStringAttribute('trace_id_expression');
  }

  // trace_source_id - computed: true, optional: false, required: false
  public get traceSourceId() {
    return this.getStringAttribute('trace_source_id');
  }
}

export class DataClickstackSourcesSourcesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackSourcesSourcesOutputReference {
    return new DataClickstackSourcesSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/sources clickstack_sources}
*/
export class DataClickstackSources extends cdktn.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "clickstack_sources";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a DataClickstackSources resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataClickstackSources to import
  * @param importFromId The id of the existing DataClickstackSources that should be imported. Refer to the {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/sources#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataClickstackSources to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "clickstack_sources", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/sources clickstack_sources} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataClickstackSourcesConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataClickstackSourcesConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'clickstack_sources',
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
    this._kind = config.kind;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // kind - computed: false, optional: true, required: false
  private _kind?: string; 
  public get kind() {
    return this.getStringAttribute('kind');
  }
  public set kind(value: string) {
    this._kind = value;
  }
  public resetKind() {
    this._kind = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kindInput() {
    return this._kind;
  }

  // sources - computed: true, optional: false, required: false
  private _sources = new DataClickstackSourcesSourcesList(this, "sources", false);
  public get sources() {
    return this._sources;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      kind: cdktn.stringToTerraform(this._kind),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      kind: {
        value: cdktn.stringToHclTerraform(this._kind),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
