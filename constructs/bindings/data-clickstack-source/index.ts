// https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/source
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataClickstackSourceConfig extends cdktf.TerraformMetaArguments {
  /**
  * Id of the source. Set exactly one of `id` and `name`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/source#id DataClickstackSource#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Kind of the source: `log`, `trace`, `metric`, `session`, `promql`. Set it to narrow a lookup by `name`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/source#kind DataClickstackSource#kind}
  */
  readonly kind?: string;
  /**
  * Name of the source. Set exactly one of `id` and `name`; exactly one source must match the name and `kind`, when set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/source#name DataClickstackSource#name}
  */
  readonly name?: string;
}
export interface DataClickstackSourceLogFilterSettingsColumns {
}

export function dataClickstackSourceLogFilterSettingsColumnsToTerraform(struct?: DataClickstackSourceLogFilterSettingsColumns): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceLogFilterSettingsColumnsToHclTerraform(struct?: DataClickstackSourceLogFilterSettingsColumns): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceLogFilterSettingsColumnsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataClickstackSourceLogFilterSettingsColumns | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceLogFilterSettingsColumns | undefined) {
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

export class DataClickstackSourceLogFilterSettingsColumnsList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataClickstackSourceLogFilterSettingsColumnsOutputReference {
    return new DataClickstackSourceLogFilterSettingsColumnsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourceLogFilterSettings {
}

export function dataClickstackSourceLogFilterSettingsToTerraform(struct?: DataClickstackSourceLogFilterSettings): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceLogFilterSettingsToHclTerraform(struct?: DataClickstackSourceLogFilterSettings): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceLogFilterSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourceLogFilterSettings | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceLogFilterSettings | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // columns - computed: true, optional: false, required: false
  private _columns = new DataClickstackSourceLogFilterSettingsColumnsList(this, "columns", false);
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
export interface DataClickstackSourceLogHighlightedRowAttributeExpressions {
}

export function dataClickstackSourceLogHighlightedRowAttributeExpressionsToTerraform(struct?: DataClickstackSourceLogHighlightedRowAttributeExpressions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceLogHighlightedRowAttributeExpressionsToHclTerraform(struct?: DataClickstackSourceLogHighlightedRowAttributeExpressions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceLogHighlightedRowAttributeExpressionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataClickstackSourceLogHighlightedRowAttributeExpressions | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceLogHighlightedRowAttributeExpressions | undefined) {
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

export class DataClickstackSourceLogHighlightedRowAttributeExpressionsList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataClickstackSourceLogHighlightedRowAttributeExpressionsOutputReference {
    return new DataClickstackSourceLogHighlightedRowAttributeExpressionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourceLogHighlightedTraceAttributeExpressions {
}

export function dataClickstackSourceLogHighlightedTraceAttributeExpressionsToTerraform(struct?: DataClickstackSourceLogHighlightedTraceAttributeExpressions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceLogHighlightedTraceAttributeExpressionsToHclTerraform(struct?: DataClickstackSourceLogHighlightedTraceAttributeExpressions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceLogHighlightedTraceAttributeExpressionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataClickstackSourceLogHighlightedTraceAttributeExpressions | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceLogHighlightedTraceAttributeExpressions | undefined) {
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

export class DataClickstackSourceLogHighlightedTraceAttributeExpressionsList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataClickstackSourceLogHighlightedTraceAttributeExpressionsOutputReference {
    return new DataClickstackSourceLogHighlightedTraceAttributeExpressionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourceLogMaterializedViewsAggregatedColumns {
}

export function dataClickstackSourceLogMaterializedViewsAggregatedColumnsToTerraform(struct?: DataClickstackSourceLogMaterializedViewsAggregatedColumns): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceLogMaterializedViewsAggregatedColumnsToHclTerraform(struct?: DataClickstackSourceLogMaterializedViewsAggregatedColumns): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceLogMaterializedViewsAggregatedColumnsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataClickstackSourceLogMaterializedViewsAggregatedColumns | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceLogMaterializedViewsAggregatedColumns | undefined) {
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

export class DataClickstackSourceLogMaterializedViewsAggregatedColumnsList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataClickstackSourceLogMaterializedViewsAggregatedColumnsOutputReference {
    return new DataClickstackSourceLogMaterializedViewsAggregatedColumnsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourceLogMaterializedViews {
}

export function dataClickstackSourceLogMaterializedViewsToTerraform(struct?: DataClickstackSourceLogMaterializedViews): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceLogMaterializedViewsToHclTerraform(struct?: DataClickstackSourceLogMaterializedViews): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceLogMaterializedViewsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataClickstackSourceLogMaterializedViews | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceLogMaterializedViews | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // aggregated_columns - computed: true, optional: false, required: false
  private _aggregatedColumns = new DataClickstackSourceLogMaterializedViewsAggregatedColumnsList(this, "aggregated_columns", false);
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

export class DataClickstackSourceLogMaterializedViewsList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataClickstackSourceLogMaterializedViewsOutputReference {
    return new DataClickstackSourceLogMaterializedViewsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourceLogMetadataMaterializedViews {
}

export function dataClickstackSourceLogMetadataMaterializedViewsToTerraform(struct?: DataClickstackSourceLogMetadataMaterializedViews): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceLogMetadataMaterializedViewsToHclTerraform(struct?: DataClickstackSourceLogMetadataMaterializedViews): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceLogMetadataMaterializedViewsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourceLogMetadataMaterializedViews | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceLogMetadataMaterializedViews | undefined) {
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
export interface DataClickstackSourceLog {
}

export function dataClickstackSourceLogToTerraform(struct?: DataClickstackSourceLog): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceLogToHclTerraform(struct?: DataClickstackSourceLog): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceLogOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourceLog | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceLog | undefined) {
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
  private _filterSettings = new DataClickstackSourceLogFilterSettingsOutputReference(this, "filter_settings");
  public get filterSettings() {
    return this._filterSettings;
  }

  // highlighted_row_attribute_expressions - computed: true, optional: false, required: false
  private _highlightedRowAttributeExpressions = new DataClickstackSourceLogHighlightedRowAttributeExpressionsList(this, "highlighted_row_attribute_expressions", false);
  public get highlightedRowAttributeExpressions() {
    return this._highlightedRowAttributeExpressions;
  }

  // highlighted_trace_attribute_expressions - computed: true, optional: false, required: false
  private _highlightedTraceAttributeExpressions = new DataClickstackSourceLogHighlightedTraceAttributeExpressionsList(this, "highlighted_trace_attribute_expressions", false);
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
  private _materializedViews = new DataClickstackSourceLogMaterializedViewsList(this, "materialized_views", false);
  public get materializedViews() {
    return this._materializedViews;
  }

  // metadata_materialized_views - computed: true, optional: false, required: false
  private _metadataMaterializedViews = new DataClickstackSourceLogMetadataMaterializedViewsOutputReference(this, "metadata_materialized_views");
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
export interface DataClickstackSourceMetricTables {
}

export function dataClickstackSourceMetricTablesToTerraform(struct?: DataClickstackSourceMetricTables): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceMetricTablesToHclTerraform(struct?: DataClickstackSourceMetricTables): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceMetricTablesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourceMetricTables | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceMetricTables | undefined) {
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
export interface DataClickstackSourceMetric {
}

export function dataClickstackSourceMetricToTerraform(struct?: DataClickstackSourceMetric): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceMetricToHclTerraform(struct?: DataClickstackSourceMetric): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceMetricOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourceMetric | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceMetric | undefined) {
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
  private _tables = new DataClickstackSourceMetricTablesOutputReference(this, "tables");
  public get tables() {
    return this._tables;
  }
}
export interface DataClickstackSourceMetricTablesA {
}

export function dataClickstackSourceMetricTablesAToTerraform(struct?: DataClickstackSourceMetricTablesA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceMetricTablesAToHclTerraform(struct?: DataClickstackSourceMetricTablesA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceMetricTablesAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourceMetricTablesA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceMetricTablesA | undefined) {
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
export interface DataClickstackSourceQuerySettings {
}

export function dataClickstackSourceQuerySettingsToTerraform(struct?: DataClickstackSourceQuerySettings): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceQuerySettingsToHclTerraform(struct?: DataClickstackSourceQuerySettings): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceQuerySettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataClickstackSourceQuerySettings | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceQuerySettings | undefined) {
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

export class DataClickstackSourceQuerySettingsList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataClickstackSourceQuerySettingsOutputReference {
    return new DataClickstackSourceQuerySettingsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourceSession {
}

export function dataClickstackSourceSessionToTerraform(struct?: DataClickstackSourceSession): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceSessionToHclTerraform(struct?: DataClickstackSourceSession): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceSessionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourceSession | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceSession | undefined) {
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
export interface DataClickstackSourceTraceFilterSettingsColumns {
}

export function dataClickstackSourceTraceFilterSettingsColumnsToTerraform(struct?: DataClickstackSourceTraceFilterSettingsColumns): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceTraceFilterSettingsColumnsToHclTerraform(struct?: DataClickstackSourceTraceFilterSettingsColumns): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceTraceFilterSettingsColumnsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataClickstackSourceTraceFilterSettingsColumns | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceTraceFilterSettingsColumns | undefined) {
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

export class DataClickstackSourceTraceFilterSettingsColumnsList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataClickstackSourceTraceFilterSettingsColumnsOutputReference {
    return new DataClickstackSourceTraceFilterSettingsColumnsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourceTraceFilterSettings {
}

export function dataClickstackSourceTraceFilterSettingsToTerraform(struct?: DataClickstackSourceTraceFilterSettings): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceTraceFilterSettingsToHclTerraform(struct?: DataClickstackSourceTraceFilterSettings): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceTraceFilterSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourceTraceFilterSettings | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceTraceFilterSettings | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // columns - computed: true, optional: false, required: false
  private _columns = new DataClickstackSourceTraceFilterSettingsColumnsList(this, "columns", false);
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
export interface DataClickstackSourceTraceHighlightedRowAttributeExpressions {
}

export function dataClickstackSourceTraceHighlightedRowAttributeExpressionsToTerraform(struct?: DataClickstackSourceTraceHighlightedRowAttributeExpressions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceTraceHighlightedRowAttributeExpressionsToHclTerraform(struct?: DataClickstackSourceTraceHighlightedRowAttributeExpressions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceTraceHighlightedRowAttributeExpressionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataClickstackSourceTraceHighlightedRowAttributeExpressions | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceTraceHighlightedRowAttributeExpressions | undefined) {
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

export class DataClickstackSourceTraceHighlightedRowAttributeExpressionsList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataClickstackSourceTraceHighlightedRowAttributeExpressionsOutputReference {
    return new DataClickstackSourceTraceHighlightedRowAttributeExpressionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourceTraceHighlightedTraceAttributeExpressions {
}

export function dataClickstackSourceTraceHighlightedTraceAttributeExpressionsToTerraform(struct?: DataClickstackSourceTraceHighlightedTraceAttributeExpressions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceTraceHighlightedTraceAttributeExpressionsToHclTerraform(struct?: DataClickstackSourceTraceHighlightedTraceAttributeExpressions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceTraceHighlightedTraceAttributeExpressionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataClickstackSourceTraceHighlightedTraceAttributeExpressions | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceTraceHighlightedTraceAttributeExpressions | undefined) {
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

export class DataClickstackSourceTraceHighlightedTraceAttributeExpressionsList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataClickstackSourceTraceHighlightedTraceAttributeExpressionsOutputReference {
    return new DataClickstackSourceTraceHighlightedTraceAttributeExpressionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourceTraceMaterializedViewsAggregatedColumns {
}

export function dataClickstackSourceTraceMaterializedViewsAggregatedColumnsToTerraform(struct?: DataClickstackSourceTraceMaterializedViewsAggregatedColumns): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceTraceMaterializedViewsAggregatedColumnsToHclTerraform(struct?: DataClickstackSourceTraceMaterializedViewsAggregatedColumns): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceTraceMaterializedViewsAggregatedColumnsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataClickstackSourceTraceMaterializedViewsAggregatedColumns | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceTraceMaterializedViewsAggregatedColumns | undefined) {
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

export class DataClickstackSourceTraceMaterializedViewsAggregatedColumnsList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataClickstackSourceTraceMaterializedViewsAggregatedColumnsOutputReference {
    return new DataClickstackSourceTraceMaterializedViewsAggregatedColumnsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourceTraceMaterializedViews {
}

export function dataClickstackSourceTraceMaterializedViewsToTerraform(struct?: DataClickstackSourceTraceMaterializedViews): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceTraceMaterializedViewsToHclTerraform(struct?: DataClickstackSourceTraceMaterializedViews): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceTraceMaterializedViewsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataClickstackSourceTraceMaterializedViews | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceTraceMaterializedViews | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // aggregated_columns - computed: true, optional: false, required: false
  private _aggregatedColumns = new DataClickstackSourceTraceMaterializedViewsAggregatedColumnsList(this, "aggregated_columns", false);
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

export class DataClickstackSourceTraceMaterializedViewsList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataClickstackSourceTraceMaterializedViewsOutputReference {
    return new DataClickstackSourceTraceMaterializedViewsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackSourceTraceMetadataMaterializedViews {
}

export function dataClickstackSourceTraceMetadataMaterializedViewsToTerraform(struct?: DataClickstackSourceTraceMetadataMaterializedViews): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceTraceMetadataMaterializedViewsToHclTerraform(struct?: DataClickstackSourceTraceMetadataMaterializedViews): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceTraceMetadataMaterializedViewsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourceTraceMetadataMaterializedViews | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceTraceMetadataMaterializedViews | undefined) {
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
export interface DataClickstackSourceTrace {
}

export function dataClickstackSourceTraceToTerraform(struct?: DataClickstackSourceTrace): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackSourceTraceToHclTerraform(struct?: DataClickstackSourceTrace): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceTraceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackSourceTrace | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackSourceTrace | undefined) {
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
  private _filterSettings = new DataClickstackSourceTraceFilterSettingsOutputReference(this, "filter_settings");
  public get filterSettings() {
    return this._filterSettings;
  }

  // highlighted_row_attribute_expressions - computed: true, optional: false, required: false
  private _highlightedRowAttributeExpressions = new DataClickstackSourceTraceHighlightedRowAttributeExpressionsList(this, "highlighted_row_attribute_expressions", false);
  public get highlightedRowAttributeExpressions() {
    return this._highlightedRowAttributeExpressions;
  }

  // highlighted_trace_attribute_expressions - computed: true, optional: false, required: false
  private _highlightedTraceAttributeExpressions = new DataClickstackSourceTraceHighlightedTraceAttributeExpressionsList(this, "highlighted_trace_attribute_expressions", false);
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
  private _materializedViews = new DataClickstackSourceTraceMaterializedViewsList(this, "materialized_views", false);
  public get materializedViews() {
    return this._materializedViews;
  }

  // metadata_materialized_views - computed: true, optional: false, required: false
  private _metadataMaterializedViews = new DataClickstackSourceTraceMetadataMaterializedViewsOutputReference(this, "metadata_materialized_views");
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

/**
* Represents a {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/source clickstack_source}
*/
export class DataClickstackSource extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "clickstack_source";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataClickstackSource resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataClickstackSource to import
  * @param importFromId The id of the existing DataClickstackSource that should be imported. Refer to the {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/source#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataClickstackSource to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "clickstack_source", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/source clickstack_source} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataClickstackSourceConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataClickstackSourceConfig = {}) {
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
    this._id = config.id;
    this._kind = config.kind;
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // implicit_column_expression - computed: true, optional: false, required: false
  public get implicitColumnExpression() {
    return this.getStringAttribute('implicit_column_expression');
  }

  // kind - computed: true, optional: true, required: false
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

  // log - computed: true, optional: false, required: false
  private _log = new DataClickstackSourceLogOutputReference(this, "log");
  public get log() {
    return this._log;
  }

  // log_source_id - computed: true, optional: false, required: false
  public get logSourceId() {
    return this.getStringAttribute('log_source_id');
  }

  // metric - computed: true, optional: false, required: false
  private _metric = new DataClickstackSourceMetricOutputReference(this, "metric");
  public get metric() {
    return this._metric;
  }

  // metric_source_id - computed: true, optional: false, required: false
  public get metricSourceId() {
    return this.getStringAttribute('metric_source_id');
  }

  // metric_tables - computed: true, optional: false, required: false
  private _metricTables = new DataClickstackSourceMetricTablesAOutputReference(this, "metric_tables");
  public get metricTables() {
    return this._metricTables;
  }

  // name - computed: true, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // parent_span_id_expression - computed: true, optional: false, required: false
  public get parentSpanIdExpression() {
    return this.getStringAttribute('parent_span_id_expression');
  }

  // query_settings - computed: true, optional: false, required: false
  private _querySettings = new DataClickstackSourceQuerySettingsList(this, "query_settings", false);
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
  private _session = new DataClickstackSourceSessionOutputReference(this, "session");
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
  private _trace = new DataClickstackSourceTraceOutputReference(this, "trace");
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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      kind: cdktf.stringToTerraform(this._kind),
      name: cdktf.stringToTerraform(this._name),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kind: {
        value: cdktf.stringToHclTerraform(this._kind),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
