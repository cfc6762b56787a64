// https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/dashboard
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataClickstackDashboardConfig extends cdktf.TerraformMetaArguments {
  /**
  * Id of the dashboard. Set exactly one of `id` and `name`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/dashboard#id DataClickstackDashboard#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Name of the dashboard. Set exactly one of `id` and `name`; exactly one dashboard must match the name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/dashboard#name DataClickstackDashboard#name}
  */
  readonly name?: string;
}
export interface DataClickstackDashboardContainersTabs {
}

export function dataClickstackDashboardContainersTabsToTerraform(struct?: DataClickstackDashboardContainersTabs): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardContainersTabsToHclTerraform(struct?: DataClickstackDashboardContainersTabs): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardContainersTabsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardContainersTabs | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardContainersTabs | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // title - computed: true, optional: false, required: false
  public get title() {
    return this.getStringAttribute('title');
  }
}

export class DataClickstackDashboardContainersTabsList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardContainersTabsOutputReference {
    return new DataClickstackDashboardContainersTabsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardContainers {
}

export function dataClickstackDashboardContainersToTerraform(struct?: DataClickstackDashboardContainers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardContainersToHclTerraform(struct?: DataClickstackDashboardContainers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardContainersOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardContainers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardContainers | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // bordered - computed: true, optional: false, required: false
  public get bordered() {
    return this.getBooleanAttribute('bordered');
  }

  // collapsed - computed: true, optional: false, required: false
  public get collapsed() {
    return this.getBooleanAttribute('collapsed');
  }

  // collapsible - computed: true, optional: false, required: false
  public get collapsible() {
    return this.getBooleanAttribute('collapsible');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // tabs - computed: true, optional: false, required: false
  private _tabs = new DataClickstackDashboardContainersTabsList(this, "tabs", false);
  public get tabs() {
    return this._tabs;
  }

  // title - computed: true, optional: false, required: false
  public get title() {
    return this.getStringAttribute('title');
  }
}

export class DataClickstackDashboardContainersList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardContainersOutputReference {
    return new DataClickstackDashboardContainersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardFilters {
}

export function dataClickstackDashboardFiltersToTerraform(struct?: DataClickstackDashboardFilters): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardFiltersToHclTerraform(struct?: DataClickstackDashboardFilters): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardFiltersOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardFilters | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardFilters | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // applies_to_source_ids - computed: true, optional: false, required: false
  public get appliesToSourceIds() {
    return this.getListAttribute('applies_to_source_ids');
  }

  // expression - computed: true, optional: false, required: false
  public get expression() {
    return this.getStringAttribute('expression');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // is_broadcast_enabled - computed: true, optional: false, required: false
  public get isBroadcastEnabled() {
    return this.getBooleanAttribute('is_broadcast_enabled');
  }

  // is_variable_enabled - computed: true, optional: false, required: false
  public get isVariableEnabled() {
    return this.getBooleanAttribute('is_variable_enabled');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }

  // source_metric_type - computed: true, optional: false, required: false
  public get sourceMetricType() {
    return this.getStringAttribute('source_metric_type');
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }

  // variable_name - computed: true, optional: false, required: false
  public get variableName() {
    return this.getStringAttribute('variable_name');
  }

  // where - computed: true, optional: false, required: false
  public get where() {
    return this.getStringAttribute('where');
  }

  // where_language - computed: true, optional: false, required: false
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
}

export class DataClickstackDashboardFiltersList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardFiltersOutputReference {
    return new DataClickstackDashboardFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardSavedFilterValues {
}

export function dataClickstackDashboardSavedFilterValuesToTerraform(struct?: DataClickstackDashboardSavedFilterValues): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardSavedFilterValuesToHclTerraform(struct?: DataClickstackDashboardSavedFilterValues): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSavedFilterValuesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardSavedFilterValues | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSavedFilterValues | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // condition - computed: true, optional: false, required: false
  public get condition() {
    return this.getStringAttribute('condition');
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }
}

export class DataClickstackDashboardSavedFilterValuesList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardSavedFilterValuesOutputReference {
    return new DataClickstackDashboardSavedFilterValuesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTilesConfigBarNumberFormat {
}

export function dataClickstackDashboardTilesConfigBarNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigBarNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigBarNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigBarNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigBarNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigBarNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigBarNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigBarSelectNumberFormat {
}

export function dataClickstackDashboardTilesConfigBarSelectNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigBarSelectNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigBarSelectNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigBarSelectNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigBarSelectNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigBarSelectNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigBarSelectNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigBarSelect {
}

export function dataClickstackDashboardTilesConfigBarSelectToTerraform(struct?: DataClickstackDashboardTilesConfigBarSelect): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigBarSelectToHclTerraform(struct?: DataClickstackDashboardTilesConfigBarSelect): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigBarSelectOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTilesConfigBarSelect | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigBarSelect | undefined) {
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

  // alias - computed: true, optional: false, required: false
  public get alias() {
    return this.getStringAttribute('alias');
  }

  // level - computed: true, optional: false, required: false
  public get level() {
    return this.getNumberAttribute('level');
  }

  // metric_name - computed: true, optional: false, required: false
  public get metricName() {
    return this.getStringAttribute('metric_name');
  }

  // metric_type - computed: true, optional: false, required: false
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigBarSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // period_agg_fn - computed: true, optional: false, required: false
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }

  // value_expression - computed: true, optional: false, required: false
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }

  // where - computed: true, optional: false, required: false
  public get where() {
    return this.getStringAttribute('where');
  }

  // where_language - computed: true, optional: false, required: false
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
}

export class DataClickstackDashboardTilesConfigBarSelectList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardTilesConfigBarSelectOutputReference {
    return new DataClickstackDashboardTilesConfigBarSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTilesConfigBar {
}

export function dataClickstackDashboardTilesConfigBarToTerraform(struct?: DataClickstackDashboardTilesConfigBar): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigBarToHclTerraform(struct?: DataClickstackDashboardTilesConfigBar): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigBarOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigBar | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigBar | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // group_by - computed: true, optional: false, required: false
  public get groupBy() {
    return this.getStringAttribute('group_by');
  }

  // limit - computed: true, optional: false, required: false
  public get limit() {
    return this.getNumberAttribute('limit');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigBarNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // order_by - computed: true, optional: false, required: false
  public get orderBy() {
    return this.getStringAttribute('order_by');
  }

  // select - computed: true, optional: false, required: false
  private _select = new DataClickstackDashboardTilesConfigBarSelectList(this, "select", false);
  public get select() {
    return this._select;
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
}
export interface DataClickstackDashboardTilesConfigEventPatterns {
}

export function dataClickstackDashboardTilesConfigEventPatternsToTerraform(struct?: DataClickstackDashboardTilesConfigEventPatterns): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigEventPatternsToHclTerraform(struct?: DataClickstackDashboardTilesConfigEventPatterns): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigEventPatternsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigEventPatterns | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigEventPatterns | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // select - computed: true, optional: false, required: false
  public get select() {
    return this.getStringAttribute('select');
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }

  // where - computed: true, optional: false, required: false
  public get where() {
    return this.getStringAttribute('where');
  }

  // where_language - computed: true, optional: false, required: false
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
}
export interface DataClickstackDashboardTilesConfigHeatmapNumberFormat {
}

export function dataClickstackDashboardTilesConfigHeatmapNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigHeatmapNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigHeatmapNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigHeatmapNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigHeatmapNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigHeatmapNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigHeatmapNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigHeatmapSelect {
}

export function dataClickstackDashboardTilesConfigHeatmapSelectToTerraform(struct?: DataClickstackDashboardTilesConfigHeatmapSelect): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigHeatmapSelectToHclTerraform(struct?: DataClickstackDashboardTilesConfigHeatmapSelect): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigHeatmapSelectOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTilesConfigHeatmapSelect | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigHeatmapSelect | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // count_expression - computed: true, optional: false, required: false
  public get countExpression() {
    return this.getStringAttribute('count_expression');
  }

  // heatmap_scale_type - computed: true, optional: false, required: false
  public get heatmapScaleType() {
    return this.getStringAttribute('heatmap_scale_type');
  }

  // value_expression - computed: true, optional: false, required: false
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }
}

export class DataClickstackDashboardTilesConfigHeatmapSelectList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardTilesConfigHeatmapSelectOutputReference {
    return new DataClickstackDashboardTilesConfigHeatmapSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTilesConfigHeatmap {
}

export function dataClickstackDashboardTilesConfigHeatmapToTerraform(struct?: DataClickstackDashboardTilesConfigHeatmap): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigHeatmapToHclTerraform(struct?: DataClickstackDashboardTilesConfigHeatmap): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigHeatmapOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigHeatmap | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigHeatmap | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigHeatmapNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // select - computed: true, optional: false, required: false
  private _select = new DataClickstackDashboardTilesConfigHeatmapSelectList(this, "select", false);
  public get select() {
    return this._select;
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }

  // where - computed: true, optional: false, required: false
  public get where() {
    return this.getStringAttribute('where');
  }

  // where_language - computed: true, optional: false, required: false
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
}
export interface DataClickstackDashboardTilesConfigLineFormulasNumberFormat {
}

export function dataClickstackDashboardTilesConfigLineFormulasNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigLineFormulasNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigLineFormulasNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigLineFormulasNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigLineFormulasNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigLineFormulasNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigLineFormulasNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigLineFormulas {
}

export function dataClickstackDashboardTilesConfigLineFormulasToTerraform(struct?: DataClickstackDashboardTilesConfigLineFormulas): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigLineFormulasToHclTerraform(struct?: DataClickstackDashboardTilesConfigLineFormulas): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigLineFormulasOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTilesConfigLineFormulas | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigLineFormulas | undefined) {
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

  // expression - computed: true, optional: false, required: false
  public get expression() {
    return this.getStringAttribute('expression');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigLineFormulasNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
}

export class DataClickstackDashboardTilesConfigLineFormulasList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardTilesConfigLineFormulasOutputReference {
    return new DataClickstackDashboardTilesConfigLineFormulasOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTilesConfigLineNumberFormat {
}

export function dataClickstackDashboardTilesConfigLineNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigLineNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigLineNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigLineNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigLineNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigLineNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigLineNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigLineSelectNumberFormat {
}

export function dataClickstackDashboardTilesConfigLineSelectNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigLineSelectNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigLineSelectNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigLineSelectNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigLineSelectNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigLineSelectNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigLineSelectNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigLineSelect {
}

export function dataClickstackDashboardTilesConfigLineSelectToTerraform(struct?: DataClickstackDashboardTilesConfigLineSelect): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigLineSelectToHclTerraform(struct?: DataClickstackDashboardTilesConfigLineSelect): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigLineSelectOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTilesConfigLineSelect | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigLineSelect | undefined) {
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

  // alias - computed: true, optional: false, required: false
  public get alias() {
    return this.getStringAttribute('alias');
  }

  // level - computed: true, optional: false, required: false
  public get level() {
    return this.getNumberAttribute('level');
  }

  // metric_name - computed: true, optional: false, required: false
  public get metricName() {
    return this.getStringAttribute('metric_name');
  }

  // metric_type - computed: true, optional: false, required: false
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigLineSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // period_agg_fn - computed: true, optional: false, required: false
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }

  // value_expression - computed: true, optional: false, required: false
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }

  // where - computed: true, optional: false, required: false
  public get where() {
    return this.getStringAttribute('where');
  }

  // where_language - computed: true, optional: false, required: false
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
}

export class DataClickstackDashboardTilesConfigLineSelectList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardTilesConfigLineSelectOutputReference {
    return new DataClickstackDashboardTilesConfigLineSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTilesConfigLine {
}

export function dataClickstackDashboardTilesConfigLineToTerraform(struct?: DataClickstackDashboardTilesConfigLine): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigLineToHclTerraform(struct?: DataClickstackDashboardTilesConfigLine): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigLineOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigLine | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigLine | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // align_date_range_to_granularity - computed: true, optional: false, required: false
  public get alignDateRangeToGranularity() {
    return this.getBooleanAttribute('align_date_range_to_granularity');
  }

  // as_ratio - computed: true, optional: false, required: false
  public get asRatio() {
    return this.getBooleanAttribute('as_ratio');
  }

  // compare_to_previous_period - computed: true, optional: false, required: false
  public get compareToPreviousPeriod() {
    return this.getBooleanAttribute('compare_to_previous_period');
  }

  // fill_nulls - computed: true, optional: false, required: false
  public get fillNulls() {
    return this.getBooleanAttribute('fill_nulls');
  }

  // fit_y_axis_to_data - computed: true, optional: false, required: false
  public get fitYAxisToData() {
    return this.getBooleanAttribute('fit_y_axis_to_data');
  }

  // formulas - computed: true, optional: false, required: false
  private _formulas = new DataClickstackDashboardTilesConfigLineFormulasList(this, "formulas", false);
  public get formulas() {
    return this._formulas;
  }

  // group_by - computed: true, optional: false, required: false
  public get groupBy() {
    return this.getStringAttribute('group_by');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigLineNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // select - computed: true, optional: false, required: false
  private _select = new DataClickstackDashboardTilesConfigLineSelectList(this, "select", false);
  public get select() {
    return this._select;
  }

  // series_limit - computed: true, optional: false, required: false
  public get seriesLimit() {
    return this.getNumberAttribute('series_limit');
  }

  // show_operand_series - computed: true, optional: false, required: false
  public get showOperandSeries() {
    return this.getBooleanAttribute('show_operand_series');
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
}
export interface DataClickstackDashboardTilesConfigMarkdown {
}

export function dataClickstackDashboardTilesConfigMarkdownToTerraform(struct?: DataClickstackDashboardTilesConfigMarkdown): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigMarkdownToHclTerraform(struct?: DataClickstackDashboardTilesConfigMarkdown): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigMarkdownOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigMarkdown | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigMarkdown | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // text - computed: true, optional: false, required: false
  public get text() {
    return this.getStringAttribute('text');
  }
}
export interface DataClickstackDashboardTilesConfigNumberBackgroundChart {
}

export function dataClickstackDashboardTilesConfigNumberBackgroundChartToTerraform(struct?: DataClickstackDashboardTilesConfigNumberBackgroundChart): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigNumberBackgroundChartToHclTerraform(struct?: DataClickstackDashboardTilesConfigNumberBackgroundChart): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigNumberBackgroundChartOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigNumberBackgroundChart | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigNumberBackgroundChart | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // color - computed: true, optional: false, required: false
  public get color() {
    return this.getStringAttribute('color');
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }
}
export interface DataClickstackDashboardTilesConfigNumberColorRules {
}

export function dataClickstackDashboardTilesConfigNumberColorRulesToTerraform(struct?: DataClickstackDashboardTilesConfigNumberColorRules): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigNumberColorRulesToHclTerraform(struct?: DataClickstackDashboardTilesConfigNumberColorRules): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigNumberColorRulesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTilesConfigNumberColorRules | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigNumberColorRules | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // color - computed: true, optional: false, required: false
  public get color() {
    return this.getStringAttribute('color');
  }

  // label - computed: true, optional: false, required: false
  public get label() {
    return this.getStringAttribute('label');
  }

  // operator - computed: true, optional: false, required: false
  public get operator() {
    return this.getStringAttribute('operator');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getNumberAttribute('value');
  }

  // value_max - computed: true, optional: false, required: false
  public get valueMax() {
    return this.getNumberAttribute('value_max');
  }

  // value_text - computed: true, optional: false, required: false
  public get valueText() {
    return this.getStringAttribute('value_text');
  }
}

export class DataClickstackDashboardTilesConfigNumberColorRulesList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardTilesConfigNumberColorRulesOutputReference {
    return new DataClickstackDashboardTilesConfigNumberColorRulesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTilesConfigNumberFormulasNumberFormat {
}

export function dataClickstackDashboardTilesConfigNumberFormulasNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigNumberFormulasNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigNumberFormulasNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigNumberFormulasNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigNumberFormulasNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigNumberFormulasNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigNumberFormulasNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigNumberFormulas {
}

export function dataClickstackDashboardTilesConfigNumberFormulasToTerraform(struct?: DataClickstackDashboardTilesConfigNumberFormulas): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigNumberFormulasToHclTerraform(struct?: DataClickstackDashboardTilesConfigNumberFormulas): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigNumberFormulasOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTilesConfigNumberFormulas | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigNumberFormulas | undefined) {
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

  // expression - computed: true, optional: false, required: false
  public get expression() {
    return this.getStringAttribute('expression');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigNumberFormulasNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
}

export class DataClickstackDashboardTilesConfigNumberFormulasList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardTilesConfigNumberFormulasOutputReference {
    return new DataClickstackDashboardTilesConfigNumberFormulasOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTilesConfigNumberNumberFormat {
}

export function dataClickstackDashboardTilesConfigNumberNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigNumberNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigNumberNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigNumberNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigNumberNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigNumberNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigNumberNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigNumberSelectNumberFormat {
}

export function dataClickstackDashboardTilesConfigNumberSelectNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigNumberSelectNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigNumberSelectNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigNumberSelectNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigNumberSelectNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigNumberSelectNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigNumberSelectNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigNumberSelect {
}

export function dataClickstackDashboardTilesConfigNumberSelectToTerraform(struct?: DataClickstackDashboardTilesConfigNumberSelect): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigNumberSelectToHclTerraform(struct?: DataClickstackDashboardTilesConfigNumberSelect): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigNumberSelectOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTilesConfigNumberSelect | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigNumberSelect | undefined) {
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

  // alias - computed: true, optional: false, required: false
  public get alias() {
    return this.getStringAttribute('alias');
  }

  // level - computed: true, optional: false, required: false
  public get level() {
    return this.getNumberAttribute('level');
  }

  // metric_name - computed: true, optional: false, required: false
  public get metricName() {
    return this.getStringAttribute('metric_name');
  }

  // metric_type - computed: true, optional: false, required: false
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigNumberSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // period_agg_fn - computed: true, optional: false, required: false
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }

  // value_expression - computed: true, optional: false, required: false
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }

  // where - computed: true, optional: false, required: false
  public get where() {
    return this.getStringAttribute('where');
  }

  // where_language - computed: true, optional: false, required: false
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
}

export class DataClickstackDashboardTilesConfigNumberSelectList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardTilesConfigNumberSelectOutputReference {
    return new DataClickstackDashboardTilesConfigNumberSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTilesConfigNumber {
}

export function dataClickstackDashboardTilesConfigNumberToTerraform(struct?: DataClickstackDashboardTilesConfigNumber): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigNumberToHclTerraform(struct?: DataClickstackDashboardTilesConfigNumber): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigNumberOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigNumber | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigNumber | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // background_chart - computed: true, optional: false, required: false
  private _backgroundChart = new DataClickstackDashboardTilesConfigNumberBackgroundChartOutputReference(this, "background_chart");
  public get backgroundChart() {
    return this._backgroundChart;
  }

  // color - computed: true, optional: false, required: false
  public get color() {
    return this.getStringAttribute('color');
  }

  // color_rules - computed: true, optional: false, required: false
  private _colorRules = new DataClickstackDashboardTilesConfigNumberColorRulesList(this, "color_rules", false);
  public get colorRules() {
    return this._colorRules;
  }

  // formulas - computed: true, optional: false, required: false
  private _formulas = new DataClickstackDashboardTilesConfigNumberFormulasList(this, "formulas", false);
  public get formulas() {
    return this._formulas;
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigNumberNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // select - computed: true, optional: false, required: false
  private _select = new DataClickstackDashboardTilesConfigNumberSelectList(this, "select", false);
  public get select() {
    return this._select;
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
}
export interface DataClickstackDashboardTilesConfigPieNumberFormat {
}

export function dataClickstackDashboardTilesConfigPieNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigPieNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigPieNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigPieNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigPieNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigPieNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigPieNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigPieSelectNumberFormat {
}

export function dataClickstackDashboardTilesConfigPieSelectNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigPieSelectNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigPieSelectNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigPieSelectNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigPieSelectNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigPieSelectNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigPieSelectNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigPieSelect {
}

export function dataClickstackDashboardTilesConfigPieSelectToTerraform(struct?: DataClickstackDashboardTilesConfigPieSelect): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigPieSelectToHclTerraform(struct?: DataClickstackDashboardTilesConfigPieSelect): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigPieSelectOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTilesConfigPieSelect | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigPieSelect | undefined) {
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

  // alias - computed: true, optional: false, required: false
  public get alias() {
    return this.getStringAttribute('alias');
  }

  // level - computed: true, optional: false, required: false
  public get level() {
    return this.getNumberAttribute('level');
  }

  // metric_name - computed: true, optional: false, required: false
  public get metricName() {
    return this.getStringAttribute('metric_name');
  }

  // metric_type - computed: true, optional: false, required: false
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigPieSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // period_agg_fn - computed: true, optional: false, required: false
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }

  // value_expression - computed: true, optional: false, required: false
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }

  // where - computed: true, optional: false, required: false
  public get where() {
    return this.getStringAttribute('where');
  }

  // where_language - computed: true, optional: false, required: false
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
}

export class DataClickstackDashboardTilesConfigPieSelectList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardTilesConfigPieSelectOutputReference {
    return new DataClickstackDashboardTilesConfigPieSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTilesConfigPie {
}

export function dataClickstackDashboardTilesConfigPieToTerraform(struct?: DataClickstackDashboardTilesConfigPie): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigPieToHclTerraform(struct?: DataClickstackDashboardTilesConfigPie): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigPieOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigPie | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigPie | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // group_by - computed: true, optional: false, required: false
  public get groupBy() {
    return this.getStringAttribute('group_by');
  }

  // limit - computed: true, optional: false, required: false
  public get limit() {
    return this.getNumberAttribute('limit');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigPieNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // order_by - computed: true, optional: false, required: false
  public get orderBy() {
    return this.getStringAttribute('order_by');
  }

  // select - computed: true, optional: false, required: false
  private _select = new DataClickstackDashboardTilesConfigPieSelectList(this, "select", false);
  public get select() {
    return this._select;
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
}
export interface DataClickstackDashboardTilesConfigSearch {
}

export function dataClickstackDashboardTilesConfigSearchToTerraform(struct?: DataClickstackDashboardTilesConfigSearch): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigSearchToHclTerraform(struct?: DataClickstackDashboardTilesConfigSearch): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigSearchOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigSearch | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigSearch | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // select - computed: true, optional: false, required: false
  public get select() {
    return this.getStringAttribute('select');
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }

  // where - computed: true, optional: false, required: false
  public get where() {
    return this.getStringAttribute('where');
  }

  // where_language - computed: true, optional: false, required: false
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
}
export interface DataClickstackDashboardTilesConfigSqlBarNumberFormat {
}

export function dataClickstackDashboardTilesConfigSqlBarNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigSqlBarNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigSqlBarNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigSqlBarNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigSqlBarNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigSqlBarNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigSqlBarNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigSqlBar {
}

export function dataClickstackDashboardTilesConfigSqlBarToTerraform(struct?: DataClickstackDashboardTilesConfigSqlBar): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigSqlBarToHclTerraform(struct?: DataClickstackDashboardTilesConfigSqlBar): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigSqlBarOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigSqlBar | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigSqlBar | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // connection_id - computed: true, optional: false, required: false
  public get connectionId() {
    return this.getStringAttribute('connection_id');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigSqlBarNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }

  // sql_template - computed: true, optional: false, required: false
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
}
export interface DataClickstackDashboardTilesConfigSqlLineNumberFormat {
}

export function dataClickstackDashboardTilesConfigSqlLineNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigSqlLineNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigSqlLineNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigSqlLineNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigSqlLineNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigSqlLineNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigSqlLineNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigSqlLine {
}

export function dataClickstackDashboardTilesConfigSqlLineToTerraform(struct?: DataClickstackDashboardTilesConfigSqlLine): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigSqlLineToHclTerraform(struct?: DataClickstackDashboardTilesConfigSqlLine): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigSqlLineOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigSqlLine | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigSqlLine | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // align_date_range_to_granularity - computed: true, optional: false, required: false
  public get alignDateRangeToGranularity() {
    return this.getBooleanAttribute('align_date_range_to_granularity');
  }

  // compare_to_previous_period - computed: true, optional: false, required: false
  public get compareToPreviousPeriod() {
    return this.getBooleanAttribute('compare_to_previous_period');
  }

  // connection_id - computed: true, optional: false, required: false
  public get connectionId() {
    return this.getStringAttribute('connection_id');
  }

  // fill_nulls - computed: true, optional: false, required: false
  public get fillNulls() {
    return this.getBooleanAttribute('fill_nulls');
  }

  // fit_y_axis_to_data - computed: true, optional: false, required: false
  public get fitYAxisToData() {
    return this.getBooleanAttribute('fit_y_axis_to_data');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigSqlLineNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // series_limit - computed: true, optional: false, required: false
  public get seriesLimit() {
    return this.getNumberAttribute('series_limit');
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }

  // sql_template - computed: true, optional: false, required: false
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
}
export interface DataClickstackDashboardTilesConfigSqlNumberNumberFormat {
}

export function dataClickstackDashboardTilesConfigSqlNumberNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigSqlNumberNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigSqlNumberNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigSqlNumberNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigSqlNumberNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigSqlNumberNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigSqlNumberNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigSqlNumber {
}

export function dataClickstackDashboardTilesConfigSqlNumberToTerraform(struct?: DataClickstackDashboardTilesConfigSqlNumber): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigSqlNumberToHclTerraform(struct?: DataClickstackDashboardTilesConfigSqlNumber): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigSqlNumberOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigSqlNumber | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigSqlNumber | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // color - computed: true, optional: false, required: false
  public get color() {
    return this.getStringAttribute('color');
  }

  // connection_id - computed: true, optional: false, required: false
  public get connectionId() {
    return this.getStringAttribute('connection_id');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigSqlNumberNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }

  // sql_template - computed: true, optional: false, required: false
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
}
export interface DataClickstackDashboardTilesConfigSqlPieNumberFormat {
}

export function dataClickstackDashboardTilesConfigSqlPieNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigSqlPieNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigSqlPieNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigSqlPieNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigSqlPieNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigSqlPieNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigSqlPieNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigSqlPie {
}

export function dataClickstackDashboardTilesConfigSqlPieToTerraform(struct?: DataClickstackDashboardTilesConfigSqlPie): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigSqlPieToHclTerraform(struct?: DataClickstackDashboardTilesConfigSqlPie): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigSqlPieOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigSqlPie | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigSqlPie | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // connection_id - computed: true, optional: false, required: false
  public get connectionId() {
    return this.getStringAttribute('connection_id');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigSqlPieNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }

  // sql_template - computed: true, optional: false, required: false
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
}
export interface DataClickstackDashboardTilesConfigSqlStackedBarNumberFormat {
}

export function dataClickstackDashboardTilesConfigSqlStackedBarNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigSqlStackedBarNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigSqlStackedBarNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigSqlStackedBarNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigSqlStackedBarNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigSqlStackedBarNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigSqlStackedBarNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigSqlStackedBar {
}

export function dataClickstackDashboardTilesConfigSqlStackedBarToTerraform(struct?: DataClickstackDashboardTilesConfigSqlStackedBar): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigSqlStackedBarToHclTerraform(struct?: DataClickstackDashboardTilesConfigSqlStackedBar): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigSqlStackedBarOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigSqlStackedBar | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigSqlStackedBar | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // align_date_range_to_granularity - computed: true, optional: false, required: false
  public get alignDateRangeToGranularity() {
    return this.getBooleanAttribute('align_date_range_to_granularity');
  }

  // connection_id - computed: true, optional: false, required: false
  public get connectionId() {
    return this.getStringAttribute('connection_id');
  }

  // fill_nulls - computed: true, optional: false, required: false
  public get fillNulls() {
    return this.getBooleanAttribute('fill_nulls');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigSqlStackedBarNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // series_limit - computed: true, optional: false, required: false
  public get seriesLimit() {
    return this.getNumberAttribute('series_limit');
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }

  // sql_template - computed: true, optional: false, required: false
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
}
export interface DataClickstackDashboardTilesConfigSqlTableNumberFormat {
}

export function dataClickstackDashboardTilesConfigSqlTableNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigSqlTableNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigSqlTableNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigSqlTableNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigSqlTableNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigSqlTableNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigSqlTableNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigSqlTableOnClickFilters {
}

export function dataClickstackDashboardTilesConfigSqlTableOnClickFiltersToTerraform(struct?: DataClickstackDashboardTilesConfigSqlTableOnClickFilters): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigSqlTableOnClickFiltersToHclTerraform(struct?: DataClickstackDashboardTilesConfigSqlTableOnClickFilters): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigSqlTableOnClickFiltersOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTilesConfigSqlTableOnClickFilters | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigSqlTableOnClickFilters | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // expression - computed: true, optional: false, required: false
  public get expression() {
    return this.getStringAttribute('expression');
  }

  // kind - computed: true, optional: false, required: false
  public get kind() {
    return this.getStringAttribute('kind');
  }

  // template - computed: true, optional: false, required: false
  public get template() {
    return this.getStringAttribute('template');
  }
}

export class DataClickstackDashboardTilesConfigSqlTableOnClickFiltersList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardTilesConfigSqlTableOnClickFiltersOutputReference {
    return new DataClickstackDashboardTilesConfigSqlTableOnClickFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTilesConfigSqlTableOnClickTarget {
}

export function dataClickstackDashboardTilesConfigSqlTableOnClickTargetToTerraform(struct?: DataClickstackDashboardTilesConfigSqlTableOnClickTarget): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigSqlTableOnClickTargetToHclTerraform(struct?: DataClickstackDashboardTilesConfigSqlTableOnClickTarget): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigSqlTableOnClickTargetOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigSqlTableOnClickTarget | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigSqlTableOnClickTarget | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // mode - computed: true, optional: false, required: false
  public get mode() {
    return this.getStringAttribute('mode');
  }

  // template - computed: true, optional: false, required: false
  public get template() {
    return this.getStringAttribute('template');
  }
}
export interface DataClickstackDashboardTilesConfigSqlTableOnClick {
}

export function dataClickstackDashboardTilesConfigSqlTableOnClickToTerraform(struct?: DataClickstackDashboardTilesConfigSqlTableOnClick): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigSqlTableOnClickToHclTerraform(struct?: DataClickstackDashboardTilesConfigSqlTableOnClick): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigSqlTableOnClickOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigSqlTableOnClick | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigSqlTableOnClick | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // filters - computed: true, optional: false, required: false
  private _filters = new DataClickstackDashboardTilesConfigSqlTableOnClickFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }

  // target - computed: true, optional: false, required: false
  private _target = new DataClickstackDashboardTilesConfigSqlTableOnClickTargetOutputReference(this, "target");
  public get target() {
    return this._target;
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }

  // url_template - computed: true, optional: false, required: false
  public get urlTemplate() {
    return this.getStringAttribute('url_template');
  }

  // where_language - computed: true, optional: false, required: false
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }

  // where_template - computed: true, optional: false, required: false
  public get whereTemplate() {
    return this.getStringAttribute('where_template');
  }
}
export interface DataClickstackDashboardTilesConfigSqlTable {
}

export function dataClickstackDashboardTilesConfigSqlTableToTerraform(struct?: DataClickstackDashboardTilesConfigSqlTable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigSqlTableToHclTerraform(struct?: DataClickstackDashboardTilesConfigSqlTable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigSqlTableOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigSqlTable | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigSqlTable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // connection_id - computed: true, optional: false, required: false
  public get connectionId() {
    return this.getStringAttribute('connection_id');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigSqlTableNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // on_click - computed: true, optional: false, required: false
  private _onClick = new DataClickstackDashboardTilesConfigSqlTableOnClickOutputReference(this, "on_click");
  public get onClick() {
    return this._onClick;
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }

  // sql_template - computed: true, optional: false, required: false
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
}
export interface DataClickstackDashboardTilesConfigStackedBarFormulasNumberFormat {
}

export function dataClickstackDashboardTilesConfigStackedBarFormulasNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigStackedBarFormulasNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigStackedBarFormulasNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigStackedBarFormulasNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigStackedBarFormulasNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigStackedBarFormulasNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigStackedBarFormulasNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigStackedBarFormulas {
}

export function dataClickstackDashboardTilesConfigStackedBarFormulasToTerraform(struct?: DataClickstackDashboardTilesConfigStackedBarFormulas): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigStackedBarFormulasToHclTerraform(struct?: DataClickstackDashboardTilesConfigStackedBarFormulas): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigStackedBarFormulasOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTilesConfigStackedBarFormulas | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigStackedBarFormulas | undefined) {
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

  // expression - computed: true, optional: false, required: false
  public get expression() {
    return this.getStringAttribute('expression');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigStackedBarFormulasNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
}

export class DataClickstackDashboardTilesConfigStackedBarFormulasList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardTilesConfigStackedBarFormulasOutputReference {
    return new DataClickstackDashboardTilesConfigStackedBarFormulasOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTilesConfigStackedBarNumberFormat {
}

export function dataClickstackDashboardTilesConfigStackedBarNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigStackedBarNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigStackedBarNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigStackedBarNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigStackedBarNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigStackedBarNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigStackedBarNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigStackedBarSelectNumberFormat {
}

export function dataClickstackDashboardTilesConfigStackedBarSelectNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigStackedBarSelectNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigStackedBarSelectNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigStackedBarSelectNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigStackedBarSelectNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigStackedBarSelectNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigStackedBarSelectNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigStackedBarSelect {
}

export function dataClickstackDashboardTilesConfigStackedBarSelectToTerraform(struct?: DataClickstackDashboardTilesConfigStackedBarSelect): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigStackedBarSelectToHclTerraform(struct?: DataClickstackDashboardTilesConfigStackedBarSelect): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigStackedBarSelectOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTilesConfigStackedBarSelect | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigStackedBarSelect | undefined) {
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

  // alias - computed: true, optional: false, required: false
  public get alias() {
    return this.getStringAttribute('alias');
  }

  // level - computed: true, optional: false, required: false
  public get level() {
    return this.getNumberAttribute('level');
  }

  // metric_name - computed: true, optional: false, required: false
  public get metricName() {
    return this.getStringAttribute('metric_name');
  }

  // metric_type - computed: true, optional: false, required: false
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigStackedBarSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // period_agg_fn - computed: true, optional: false, required: false
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }

  // value_expression - computed: true, optional: false, required: false
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }

  // where - computed: true, optional: false, required: false
  public get where() {
    return this.getStringAttribute('where');
  }

  // where_language - computed: true, optional: false, required: false
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
}

export class DataClickstackDashboardTilesConfigStackedBarSelectList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardTilesConfigStackedBarSelectOutputReference {
    return new DataClickstackDashboardTilesConfigStackedBarSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTilesConfigStackedBar {
}

export function dataClickstackDashboardTilesConfigStackedBarToTerraform(struct?: DataClickstackDashboardTilesConfigStackedBar): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigStackedBarToHclTerraform(struct?: DataClickstackDashboardTilesConfigStackedBar): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigStackedBarOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigStackedBar | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigStackedBar | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // align_date_range_to_granularity - computed: true, optional: false, required: false
  public get alignDateRangeToGranularity() {
    return this.getBooleanAttribute('align_date_range_to_granularity');
  }

  // as_ratio - computed: true, optional: false, required: false
  public get asRatio() {
    return this.getBooleanAttribute('as_ratio');
  }

  // fill_nulls - computed: true, optional: false, required: false
  public get fillNulls() {
    return this.getBooleanAttribute('fill_nulls');
  }

  // formulas - computed: true, optional: false, required: false
  private _formulas = new DataClickstackDashboardTilesConfigStackedBarFormulasList(this, "formulas", false);
  public get formulas() {
    return this._formulas;
  }

  // group_by - computed: true, optional: false, required: false
  public get groupBy() {
    return this.getStringAttribute('group_by');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigStackedBarNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // select - computed: true, optional: false, required: false
  private _select = new DataClickstackDashboardTilesConfigStackedBarSelectList(this, "select", false);
  public get select() {
    return this._select;
  }

  // series_limit - computed: true, optional: false, required: false
  public get seriesLimit() {
    return this.getNumberAttribute('series_limit');
  }

  // show_operand_series - computed: true, optional: false, required: false
  public get showOperandSeries() {
    return this.getBooleanAttribute('show_operand_series');
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
}
export interface DataClickstackDashboardTilesConfigTableFormulasNumberFormat {
}

export function dataClickstackDashboardTilesConfigTableFormulasNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigTableFormulasNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigTableFormulasNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigTableFormulasNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigTableFormulasNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigTableFormulasNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigTableFormulasNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigTableFormulas {
}

export function dataClickstackDashboardTilesConfigTableFormulasToTerraform(struct?: DataClickstackDashboardTilesConfigTableFormulas): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigTableFormulasToHclTerraform(struct?: DataClickstackDashboardTilesConfigTableFormulas): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigTableFormulasOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTilesConfigTableFormulas | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigTableFormulas | undefined) {
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

  // expression - computed: true, optional: false, required: false
  public get expression() {
    return this.getStringAttribute('expression');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigTableFormulasNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
}

export class DataClickstackDashboardTilesConfigTableFormulasList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardTilesConfigTableFormulasOutputReference {
    return new DataClickstackDashboardTilesConfigTableFormulasOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTilesConfigTableNumberFormat {
}

export function dataClickstackDashboardTilesConfigTableNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigTableNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigTableNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigTableNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigTableNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigTableNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigTableNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigTableOnClickFilters {
}

export function dataClickstackDashboardTilesConfigTableOnClickFiltersToTerraform(struct?: DataClickstackDashboardTilesConfigTableOnClickFilters): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigTableOnClickFiltersToHclTerraform(struct?: DataClickstackDashboardTilesConfigTableOnClickFilters): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigTableOnClickFiltersOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTilesConfigTableOnClickFilters | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigTableOnClickFilters | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // expression - computed: true, optional: false, required: false
  public get expression() {
    return this.getStringAttribute('expression');
  }

  // kind - computed: true, optional: false, required: false
  public get kind() {
    return this.getStringAttribute('kind');
  }

  // template - computed: true, optional: false, required: false
  public get template() {
    return this.getStringAttribute('template');
  }
}

export class DataClickstackDashboardTilesConfigTableOnClickFiltersList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardTilesConfigTableOnClickFiltersOutputReference {
    return new DataClickstackDashboardTilesConfigTableOnClickFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTilesConfigTableOnClickTarget {
}

export function dataClickstackDashboardTilesConfigTableOnClickTargetToTerraform(struct?: DataClickstackDashboardTilesConfigTableOnClickTarget): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigTableOnClickTargetToHclTerraform(struct?: DataClickstackDashboardTilesConfigTableOnClickTarget): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigTableOnClickTargetOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigTableOnClickTarget | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigTableOnClickTarget | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // mode - computed: true, optional: false, required: false
  public get mode() {
    return this.getStringAttribute('mode');
  }

  // template - computed: true, optional: false, required: false
  public get template() {
    return this.getStringAttribute('template');
  }
}
export interface DataClickstackDashboardTilesConfigTableOnClick {
}

export function dataClickstackDashboardTilesConfigTableOnClickToTerraform(struct?: DataClickstackDashboardTilesConfigTableOnClick): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigTableOnClickToHclTerraform(struct?: DataClickstackDashboardTilesConfigTableOnClick): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigTableOnClickOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigTableOnClick | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigTableOnClick | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // filters - computed: true, optional: false, required: false
  private _filters = new DataClickstackDashboardTilesConfigTableOnClickFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }

  // target - computed: true, optional: false, required: false
  private _target = new DataClickstackDashboardTilesConfigTableOnClickTargetOutputReference(this, "target");
  public get target() {
    return this._target;
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }

  // url_template - computed: true, optional: false, required: false
  public get urlTemplate() {
    return this.getStringAttribute('url_template');
  }

  // where_language - computed: true, optional: false, required: false
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }

  // where_template - computed: true, optional: false, required: false
  public get whereTemplate() {
    return this.getStringAttribute('where_template');
  }
}
export interface DataClickstackDashboardTilesConfigTableSelectNumberFormat {
}

export function dataClickstackDashboardTilesConfigTableSelectNumberFormatToTerraform(struct?: DataClickstackDashboardTilesConfigTableSelectNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigTableSelectNumberFormatToHclTerraform(struct?: DataClickstackDashboardTilesConfigTableSelectNumberFormat): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigTableSelectNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigTableSelectNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigTableSelectNumberFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // average - computed: true, optional: false, required: false
  public get average() {
    return this.getBooleanAttribute('average');
  }

  // currency_symbol - computed: true, optional: false, required: false
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }

  // decimal_bytes - computed: true, optional: false, required: false
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }

  // factor - computed: true, optional: false, required: false
  public get factor() {
    return this.getNumberAttribute('factor');
  }

  // mantissa - computed: true, optional: false, required: false
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }

  // numeric_unit - computed: true, optional: false, required: false
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }

  // output - computed: true, optional: false, required: false
  public get output() {
    return this.getStringAttribute('output');
  }

  // thousand_separated - computed: true, optional: false, required: false
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}
export interface DataClickstackDashboardTilesConfigTableSelect {
}

export function dataClickstackDashboardTilesConfigTableSelectToTerraform(struct?: DataClickstackDashboardTilesConfigTableSelect): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigTableSelectToHclTerraform(struct?: DataClickstackDashboardTilesConfigTableSelect): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigTableSelectOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTilesConfigTableSelect | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigTableSelect | undefined) {
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

  // alias - computed: true, optional: false, required: false
  public get alias() {
    return this.getStringAttribute('alias');
  }

  // level - computed: true, optional: false, required: false
  public get level() {
    return this.getNumberAttribute('level');
  }

  // metric_name - computed: true, optional: false, required: false
  public get metricName() {
    return this.getStringAttribute('metric_name');
  }

  // metric_type - computed: true, optional: false, required: false
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigTableSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // period_agg_fn - computed: true, optional: false, required: false
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }

  // value_expression - computed: true, optional: false, required: false
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }

  // where - computed: true, optional: false, required: false
  public get where() {
    return this.getStringAttribute('where');
  }

  // where_language - computed: true, optional: false, required: false
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
}

export class DataClickstackDashboardTilesConfigTableSelectList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardTilesConfigTableSelectOutputReference {
    return new DataClickstackDashboardTilesConfigTableSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTilesConfigTable {
}

export function dataClickstackDashboardTilesConfigTableToTerraform(struct?: DataClickstackDashboardTilesConfigTable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigTableToHclTerraform(struct?: DataClickstackDashboardTilesConfigTable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigTableOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfigTable | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfigTable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // as_ratio - computed: true, optional: false, required: false
  public get asRatio() {
    return this.getBooleanAttribute('as_ratio');
  }

  // formulas - computed: true, optional: false, required: false
  private _formulas = new DataClickstackDashboardTilesConfigTableFormulasList(this, "formulas", false);
  public get formulas() {
    return this._formulas;
  }

  // group_by - computed: true, optional: false, required: false
  public get groupBy() {
    return this.getStringAttribute('group_by');
  }

  // group_by_columns_on_left - computed: true, optional: false, required: false
  public get groupByColumnsOnLeft() {
    return this.getBooleanAttribute('group_by_columns_on_left');
  }

  // having - computed: true, optional: false, required: false
  public get having() {
    return this.getStringAttribute('having');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTilesConfigTableNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // on_click - computed: true, optional: false, required: false
  private _onClick = new DataClickstackDashboardTilesConfigTableOnClickOutputReference(this, "on_click");
  public get onClick() {
    return this._onClick;
  }

  // order_by - computed: true, optional: false, required: false
  public get orderBy() {
    return this.getStringAttribute('order_by');
  }

  // select - computed: true, optional: false, required: false
  private _select = new DataClickstackDashboardTilesConfigTableSelectList(this, "select", false);
  public get select() {
    return this._select;
  }

  // show_operand_series - computed: true, optional: false, required: false
  public get showOperandSeries() {
    return this.getBooleanAttribute('show_operand_series');
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
}
export interface DataClickstackDashboardTilesConfig {
}

export function dataClickstackDashboardTilesConfigToTerraform(struct?: DataClickstackDashboardTilesConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesConfigToHclTerraform(struct?: DataClickstackDashboardTilesConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTilesConfig | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTilesConfig | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // bar - computed: true, optional: false, required: false
  private _bar = new DataClickstackDashboardTilesConfigBarOutputReference(this, "bar");
  public get bar() {
    return this._bar;
  }

  // event_patterns - computed: true, optional: false, required: false
  private _eventPatterns = new DataClickstackDashboardTilesConfigEventPatternsOutputReference(this, "event_patterns");
  public get eventPatterns() {
    return this._eventPatterns;
  }

  // heatmap - computed: true, optional: false, required: false
  private _heatmap = new DataClickstackDashboardTilesConfigHeatmapOutputReference(this, "heatmap");
  public get heatmap() {
    return this._heatmap;
  }

  // line - computed: true, optional: false, required: false
  private _line = new DataClickstackDashboardTilesConfigLineOutputReference(this, "line");
  public get line() {
    return this._line;
  }

  // markdown - computed: true, optional: false, required: false
  private _markdown = new DataClickstackDashboardTilesConfigMarkdownOutputReference(this, "markdown");
  public get markdown() {
    return this._markdown;
  }

  // number - computed: true, optional: false, required: false
  private _number = new DataClickstackDashboardTilesConfigNumberOutputReference(this, "number");
  public get number() {
    return this._number;
  }

  // pie - computed: true, optional: false, required: false
  private _pie = new DataClickstackDashboardTilesConfigPieOutputReference(this, "pie");
  public get pie() {
    return this._pie;
  }

  // search - computed: true, optional: false, required: false
  private _search = new DataClickstackDashboardTilesConfigSearchOutputReference(this, "search");
  public get search() {
    return this._search;
  }

  // sql_bar - computed: true, optional: false, required: false
  private _sqlBar = new DataClickstackDashboardTilesConfigSqlBarOutputReference(this, "sql_bar");
  public get sqlBar() {
    return this._sqlBar;
  }

  // sql_line - computed: true, optional: false, required: false
  private _sqlLine = new DataClickstackDashboardTilesConfigSqlLineOutputReference(this, "sql_line");
  public get sqlLine() {
    return this._sqlLine;
  }

  // sql_number - computed: true, optional: false, required: false
  private _sqlNumber = new DataClickstackDashboardTilesConfigSqlNumberOutputReference(this, "sql_number");
  public get sqlNumber() {
    return this._sqlNumber;
  }

  // sql_pie - computed: true, optional: false, required: false
  private _sqlPie = new DataClickstackDashboardTilesConfigSqlPieOutputReference(this, "sql_pie");
  public get sqlPie() {
    return this._sqlPie;
  }

  // sql_stacked_bar - computed: true, optional: false, required: false
  private _sqlStackedBar = new DataClickstackDashboardTilesConfigSqlStackedBarOutputReference(this, "sql_stacked_bar");
  public get sqlStackedBar() {
    return this._sqlStackedBar;
  }

  // sql_table - computed: true, optional: false, required: false
  private _sqlTable = new DataClickstackDashboardTilesConfigSqlTableOutputReference(this, "sql_table");
  public get sqlTable() {
    return this._sqlTable;
  }

  // stacked_bar - computed: true, optional: false, required: false
  private _stackedBar = new DataClickstackDashboardTilesConfigStackedBarOutputReference(this, "stacked_bar");
  public get stackedBar() {
    return this._stackedBar;
  }

  // table - computed: true, optional: false, required: false
  private _table = new DataClickstackDashboardTilesConfigTableOutputReference(this, "table");
  public get table() {
    return this._table;
  }
}
export interface DataClickstackDashboardTiles {
}

export function dataClickstackDashboardTilesToTerraform(struct?: DataClickstackDashboardTiles): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataClickstackDashboardTilesToHclTerraform(struct?: DataClickstackDashboardTiles): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTilesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTiles | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // config - computed: true, optional: false, required: false
  private _config = new DataClickstackDashboardTilesConfigOutputReference(this, "config");
  public get config() {
    return this._config;
  }

  // container_id - computed: true, optional: false, required: false
  public get containerId() {
    return this.getStringAttribute('container_id');
  }

  // h - computed: true, optional: false, required: false
  public get h() {
    return this.getNumberAttribute('h');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // tab_id - computed: true, optional: false, required: false
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }

  // w - computed: true, optional: false, required: false
  public get w() {
    return this.getNumberAttribute('w');
  }

  // x - computed: true, optional: false, required: false
  public get x() {
    return this.getNumberAttribute('x');
  }

  // y - computed: true, optional: false, required: false
  public get y() {
    return this.getNumberAttribute('y');
  }
}

export class DataClickstackDashboardTilesList extends cdktf.ComplexList {

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
  public get(index: number): DataClickstackDashboardTilesOutputReference {
    return new DataClickstackDashboardTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/dashboard clickstack_dashboard}
*/
export class DataClickstackDashboard extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "clickstack_dashboard";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataClickstackDashboard resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataClickstackDashboard to import
  * @param importFromId The id of the existing DataClickstackDashboard that should be imported. Refer to the {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/dashboard#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataClickstackDashboard to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "clickstack_dashboard", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/dashboard clickstack_dashboard} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataClickstackDashboardConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataClickstackDashboardConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'clickstack_dashboard',
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
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // containers - computed: true, optional: false, required: false
  private _containers = new DataClickstackDashboardContainersList(this, "containers", false);
  public get containers() {
    return this._containers;
  }

  // filters - computed: true, optional: false, required: false
  private _filters = new DataClickstackDashboardFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
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

  // saved_filter_values - computed: true, optional: false, required: false
  private _savedFilterValues = new DataClickstackDashboardSavedFilterValuesList(this, "saved_filter_values", false);
  public get savedFilterValues() {
    return this._savedFilterValues;
  }

  // saved_query - computed: true, optional: false, required: false
  public get savedQuery() {
    return this.getStringAttribute('saved_query');
  }

  // saved_query_language - computed: true, optional: false, required: false
  public get savedQueryLanguage() {
    return this.getStringAttribute('saved_query_language');
  }

  // tags - computed: true, optional: false, required: false
  public get tags() {
    return this.getListAttribute('tags');
  }

  // tile_ids - computed: true, optional: false, required: false
  private _tileIds = new cdktf.StringMap(this, "tile_ids");
  public get tileIds() {
    return this._tileIds;
  }

  // tiles - computed: true, optional: false, required: false
  private _tiles = new DataClickstackDashboardTilesList(this, "tiles", false);
  public get tiles() {
    return this._tiles;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
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
