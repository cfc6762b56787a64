// https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/dashboard
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface DataClickstackDashboardConfig extends cdktn.TerraformMetaArguments {
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
export interface DataClickstackDashboardBarTilesNumberFormat {
}

export function dataClickstackDashboardBarTilesNumberFormatToTerraform(struct?: DataClickstackDashboardBarTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardBarTilesNumberFormatToHclTerraform(struct?: DataClickstackDashboardBarTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardBarTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardBarTilesNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardBarTilesNumberFormat | undefined) {
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
export interface DataClickstackDashboardBarTilesSelectNumberFormat {
}

export function dataClickstackDashboardBarTilesSelectNumberFormatToTerraform(struct?: DataClickstackDashboardBarTilesSelectNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardBarTilesSelectNumberFormatToHclTerraform(struct?: DataClickstackDashboardBarTilesSelectNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardBarTilesSelectNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardBarTilesSelectNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardBarTilesSelectNumberFormat | undefined) {
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
export interface DataClickstackDashboardBarTilesSelect {
}

export function dataClickstackDashboardBarTilesSelectToTerraform(struct?: DataClickstackDashboardBarTilesSelect): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardBarTilesSelectToHclTerraform(struct?: DataClickstackDashboardBarTilesSelect): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardBarTilesSelectOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardBarTilesSelect | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardBarTilesSelect | undefined) {
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
  private _numberFormat = new DataClickstackDashboardBarTilesSelectNumberFormatOutputReference(this, "number_format");
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

export class DataClickstackDashboardBarTilesSelectList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardBarTilesSelectOutputReference {
    return new DataClickstackDashboardBarTilesSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardBarTiles {
}

export function dataClickstackDashboardBarTilesToTerraform(struct?: DataClickstackDashboardBarTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardBarTilesToHclTerraform(struct?: DataClickstackDashboardBarTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardBarTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardBarTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardBarTiles | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // container_id - computed: true, optional: false, required: false
  public get containerId() {
    return this.getStringAttribute('container_id');
  }

  // group_by - computed: true, optional: false, required: false
  public get groupBy() {
    return this.getStringAttribute('group_by');
  }

  // h - computed: true, optional: false, required: false
  public get h() {
    return this.getNumberAttribute('h');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // limit - computed: true, optional: false, required: false
  public get limit() {
    return this.getNumberAttribute('limit');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardBarTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // order_by - computed: true, optional: false, required: false
  public get orderBy() {
    return this.getStringAttribute('order_by');
  }

  // select - computed: true, optional: false, required: false
  private _select = new DataClickstackDashboardBarTilesSelectList(this, "select", false);
  public get select() {
    return this._select;
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
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

export class DataClickstackDashboardBarTilesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardBarTilesOutputReference {
    return new DataClickstackDashboardBarTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardContainersTabs {
}

export function dataClickstackDashboardContainersTabsToTerraform(struct?: DataClickstackDashboardContainersTabs): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardContainersTabsToHclTerraform(struct?: DataClickstackDashboardContainersTabs): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardContainersTabsOutputReference extends cdktn.ComplexObject {
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

export class DataClickstackDashboardContainersTabsList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardContainersTabsOutputReference {
    return new DataClickstackDashboardContainersTabsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardContainers {
}

export function dataClickstackDashboardContainersToTerraform(struct?: DataClickstackDashboardContainers): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardContainersToHclTerraform(struct?: DataClickstackDashboardContainers): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardContainersOutputReference extends cdktn.ComplexObject {
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

export class DataClickstackDashboardContainersList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardContainersOutputReference {
    return new DataClickstackDashboardContainersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardEventPatternsTiles {
}

export function dataClickstackDashboardEventPatternsTilesToTerraform(struct?: DataClickstackDashboardEventPatternsTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardEventPatternsTilesToHclTerraform(struct?: DataClickstackDashboardEventPatternsTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardEventPatternsTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardEventPatternsTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardEventPatternsTiles | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
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

  // select - computed: true, optional: false, required: false
  public get select() {
    return this.getStringAttribute('select');
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }

  // tab_id - computed: true, optional: false, required: false
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }

  // w - computed: true, optional: false, required: false
  public get w() {
    return this.getNumberAttribute('w');
  }

  // where - computed: true, optional: false, required: false
  public get where() {
    return this.getStringAttribute('where');
  }

  // where_language - computed: true, optional: false, required: false
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
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

export class DataClickstackDashboardEventPatternsTilesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardEventPatternsTilesOutputReference {
    return new DataClickstackDashboardEventPatternsTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardFilters {
}

export function dataClickstackDashboardFiltersToTerraform(struct?: DataClickstackDashboardFilters): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardFiltersToHclTerraform(struct?: DataClickstackDashboardFilters): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardFiltersOutputReference extends cdktn.ComplexObject {
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

export class DataClickstackDashboardFiltersList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardFiltersOutputReference {
    return new DataClickstackDashboardFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardHeatmapTilesNumberFormat {
}

export function dataClickstackDashboardHeatmapTilesNumberFormatToTerraform(struct?: DataClickstackDashboardHeatmapTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardHeatmapTilesNumberFormatToHclTerraform(struct?: DataClickstackDashboardHeatmapTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardHeatmapTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardHeatmapTilesNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardHeatmapTilesNumberFormat | undefined) {
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
export interface DataClickstackDashboardHeatmapTilesSelect {
}

export function dataClickstackDashboardHeatmapTilesSelectToTerraform(struct?: DataClickstackDashboardHeatmapTilesSelect): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardHeatmapTilesSelectToHclTerraform(struct?: DataClickstackDashboardHeatmapTilesSelect): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardHeatmapTilesSelectOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardHeatmapTilesSelect | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardHeatmapTilesSelect | undefined) {
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

export class DataClickstackDashboardHeatmapTilesSelectList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardHeatmapTilesSelectOutputReference {
    return new DataClickstackDashboardHeatmapTilesSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardHeatmapTiles {
}

export function dataClickstackDashboardHeatmapTilesToTerraform(struct?: DataClickstackDashboardHeatmapTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardHeatmapTilesToHclTerraform(struct?: DataClickstackDashboardHeatmapTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardHeatmapTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardHeatmapTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardHeatmapTiles | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
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

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardHeatmapTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // select - computed: true, optional: false, required: false
  private _select = new DataClickstackDashboardHeatmapTilesSelectList(this, "select", false);
  public get select() {
    return this._select;
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }

  // tab_id - computed: true, optional: false, required: false
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }

  // w - computed: true, optional: false, required: false
  public get w() {
    return this.getNumberAttribute('w');
  }

  // where - computed: true, optional: false, required: false
  public get where() {
    return this.getStringAttribute('where');
  }

  // where_language - computed: true, optional: false, required: false
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
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

export class DataClickstackDashboardHeatmapTilesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardHeatmapTilesOutputReference {
    return new DataClickstackDashboardHeatmapTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardLineTilesFormulasNumberFormat {
}

export function dataClickstackDashboardLineTilesFormulasNumberFormatToTerraform(struct?: DataClickstackDashboardLineTilesFormulasNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardLineTilesFormulasNumberFormatToHclTerraform(struct?: DataClickstackDashboardLineTilesFormulasNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardLineTilesFormulasNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardLineTilesFormulasNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardLineTilesFormulasNumberFormat | undefined) {
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
export interface DataClickstackDashboardLineTilesFormulas {
}

export function dataClickstackDashboardLineTilesFormulasToTerraform(struct?: DataClickstackDashboardLineTilesFormulas): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardLineTilesFormulasToHclTerraform(struct?: DataClickstackDashboardLineTilesFormulas): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardLineTilesFormulasOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardLineTilesFormulas | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardLineTilesFormulas | undefined) {
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
  private _numberFormat = new DataClickstackDashboardLineTilesFormulasNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
}

export class DataClickstackDashboardLineTilesFormulasList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardLineTilesFormulasOutputReference {
    return new DataClickstackDashboardLineTilesFormulasOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardLineTilesNumberFormat {
}

export function dataClickstackDashboardLineTilesNumberFormatToTerraform(struct?: DataClickstackDashboardLineTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardLineTilesNumberFormatToHclTerraform(struct?: DataClickstackDashboardLineTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardLineTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardLineTilesNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardLineTilesNumberFormat | undefined) {
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
export interface DataClickstackDashboardLineTilesSelectNumberFormat {
}

export function dataClickstackDashboardLineTilesSelectNumberFormatToTerraform(struct?: DataClickstackDashboardLineTilesSelectNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardLineTilesSelectNumberFormatToHclTerraform(struct?: DataClickstackDashboardLineTilesSelectNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardLineTilesSelectNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardLineTilesSelectNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardLineTilesSelectNumberFormat | undefined) {
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
export interface DataClickstackDashboardLineTilesSelect {
}

export function dataClickstackDashboardLineTilesSelectToTerraform(struct?: DataClickstackDashboardLineTilesSelect): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardLineTilesSelectToHclTerraform(struct?: DataClickstackDashboardLineTilesSelect): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardLineTilesSelectOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardLineTilesSelect | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardLineTilesSelect | undefined) {
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
  private _numberFormat = new DataClickstackDashboardLineTilesSelectNumberFormatOutputReference(this, "number_format");
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

export class DataClickstackDashboardLineTilesSelectList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardLineTilesSelectOutputReference {
    return new DataClickstackDashboardLineTilesSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardLineTiles {
}

export function dataClickstackDashboardLineTilesToTerraform(struct?: DataClickstackDashboardLineTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardLineTilesToHclTerraform(struct?: DataClickstackDashboardLineTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardLineTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardLineTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardLineTiles | undefined) {
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

  // container_id - computed: true, optional: false, required: false
  public get containerId() {
    return this.getStringAttribute('container_id');
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
  private _formulas = new DataClickstackDashboardLineTilesFormulasList(this, "formulas", false);
  public get formulas() {
    return this._formulas;
  }

  // group_by - computed: true, optional: false, required: false
  public get groupBy() {
    return this.getStringAttribute('group_by');
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

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardLineTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // select - computed: true, optional: false, required: false
  private _select = new DataClickstackDashboardLineTilesSelectList(this, "select", false);
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

export class DataClickstackDashboardLineTilesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardLineTilesOutputReference {
    return new DataClickstackDashboardLineTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardMarkdownTiles {
}

export function dataClickstackDashboardMarkdownTilesToTerraform(struct?: DataClickstackDashboardMarkdownTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardMarkdownTilesToHclTerraform(struct?: DataClickstackDashboardMarkdownTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardMarkdownTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardMarkdownTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardMarkdownTiles | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
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

  // text - computed: true, optional: false, required: false
  public get text() {
    return this.getStringAttribute('text');
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

export class DataClickstackDashboardMarkdownTilesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardMarkdownTilesOutputReference {
    return new DataClickstackDashboardMarkdownTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardNumberTilesBackgroundChart {
}

export function dataClickstackDashboardNumberTilesBackgroundChartToTerraform(struct?: DataClickstackDashboardNumberTilesBackgroundChart): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardNumberTilesBackgroundChartToHclTerraform(struct?: DataClickstackDashboardNumberTilesBackgroundChart): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardNumberTilesBackgroundChartOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardNumberTilesBackgroundChart | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardNumberTilesBackgroundChart | undefined) {
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
export interface DataClickstackDashboardNumberTilesColorRules {
}

export function dataClickstackDashboardNumberTilesColorRulesToTerraform(struct?: DataClickstackDashboardNumberTilesColorRules): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardNumberTilesColorRulesToHclTerraform(struct?: DataClickstackDashboardNumberTilesColorRules): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardNumberTilesColorRulesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardNumberTilesColorRules | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardNumberTilesColorRules | undefined) {
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

export class DataClickstackDashboardNumberTilesColorRulesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardNumberTilesColorRulesOutputReference {
    return new DataClickstackDashboardNumberTilesColorRulesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardNumberTilesFormulasNumberFormat {
}

export function dataClickstackDashboardNumberTilesFormulasNumberFormatToTerraform(struct?: DataClickstackDashboardNumberTilesFormulasNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardNumberTilesFormulasNumberFormatToHclTerraform(struct?: DataClickstackDashboardNumberTilesFormulasNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardNumberTilesFormulasNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardNumberTilesFormulasNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardNumberTilesFormulasNumberFormat | undefined) {
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
export interface DataClickstackDashboardNumberTilesFormulas {
}

export function dataClickstackDashboardNumberTilesFormulasToTerraform(struct?: DataClickstackDashboardNumberTilesFormulas): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardNumberTilesFormulasToHclTerraform(struct?: DataClickstackDashboardNumberTilesFormulas): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardNumberTilesFormulasOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardNumberTilesFormulas | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardNumberTilesFormulas | undefined) {
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
  private _numberFormat = new DataClickstackDashboardNumberTilesFormulasNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
}

export class DataClickstackDashboardNumberTilesFormulasList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardNumberTilesFormulasOutputReference {
    return new DataClickstackDashboardNumberTilesFormulasOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardNumberTilesNumberFormat {
}

export function dataClickstackDashboardNumberTilesNumberFormatToTerraform(struct?: DataClickstackDashboardNumberTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardNumberTilesNumberFormatToHclTerraform(struct?: DataClickstackDashboardNumberTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardNumberTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardNumberTilesNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardNumberTilesNumberFormat | undefined) {
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
export interface DataClickstackDashboardNumberTilesSelectNumberFormat {
}

export function dataClickstackDashboardNumberTilesSelectNumberFormatToTerraform(struct?: DataClickstackDashboardNumberTilesSelectNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardNumberTilesSelectNumberFormatToHclTerraform(struct?: DataClickstackDashboardNumberTilesSelectNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardNumberTilesSelectNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardNumberTilesSelectNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardNumberTilesSelectNumberFormat | undefined) {
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
export interface DataClickstackDashboardNumberTilesSelect {
}

export function dataClickstackDashboardNumberTilesSelectToTerraform(struct?: DataClickstackDashboardNumberTilesSelect): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardNumberTilesSelectToHclTerraform(struct?: DataClickstackDashboardNumberTilesSelect): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardNumberTilesSelectOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardNumberTilesSelect | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardNumberTilesSelect | undefined) {
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
  private _numberFormat = new DataClickstackDashboardNumberTilesSelectNumberFormatOutputReference(this, "number_format");
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

export class DataClickstackDashboardNumberTilesSelectList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardNumberTilesSelectOutputReference {
    return new DataClickstackDashboardNumberTilesSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardNumberTiles {
}

export function dataClickstackDashboardNumberTilesToTerraform(struct?: DataClickstackDashboardNumberTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardNumberTilesToHclTerraform(struct?: DataClickstackDashboardNumberTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardNumberTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardNumberTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardNumberTiles | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // background_chart - computed: true, optional: false, required: false
  private _backgroundChart = new DataClickstackDashboardNumberTilesBackgroundChartOutputReference(this, "background_chart");
  public get backgroundChart() {
    return this._backgroundChart;
  }

  // color - computed: true, optional: false, required: false
  public get color() {
    return this.getStringAttribute('color');
  }

  // color_rules - computed: true, optional: false, required: false
  private _colorRules = new DataClickstackDashboardNumberTilesColorRulesList(this, "color_rules", false);
  public get colorRules() {
    return this._colorRules;
  }

  // container_id - computed: true, optional: false, required: false
  public get containerId() {
    return this.getStringAttribute('container_id');
  }

  // formulas - computed: true, optional: false, required: false
  private _formulas = new DataClickstackDashboardNumberTilesFormulasList(this, "formulas", false);
  public get formulas() {
    return this._formulas;
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

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardNumberTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // select - computed: true, optional: false, required: false
  private _select = new DataClickstackDashboardNumberTilesSelectList(this, "select", false);
  public get select() {
    return this._select;
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
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

export class DataClickstackDashboardNumberTilesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardNumberTilesOutputReference {
    return new DataClickstackDashboardNumberTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardPieTilesNumberFormat {
}

export function dataClickstackDashboardPieTilesNumberFormatToTerraform(struct?: DataClickstackDashboardPieTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardPieTilesNumberFormatToHclTerraform(struct?: DataClickstackDashboardPieTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardPieTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardPieTilesNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardPieTilesNumberFormat | undefined) {
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
export interface DataClickstackDashboardPieTilesSelectNumberFormat {
}

export function dataClickstackDashboardPieTilesSelectNumberFormatToTerraform(struct?: DataClickstackDashboardPieTilesSelectNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardPieTilesSelectNumberFormatToHclTerraform(struct?: DataClickstackDashboardPieTilesSelectNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardPieTilesSelectNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardPieTilesSelectNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardPieTilesSelectNumberFormat | undefined) {
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
export interface DataClickstackDashboardPieTilesSelect {
}

export function dataClickstackDashboardPieTilesSelectToTerraform(struct?: DataClickstackDashboardPieTilesSelect): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardPieTilesSelectToHclTerraform(struct?: DataClickstackDashboardPieTilesSelect): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardPieTilesSelectOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardPieTilesSelect | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardPieTilesSelect | undefined) {
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
  private _numberFormat = new DataClickstackDashboardPieTilesSelectNumberFormatOutputReference(this, "number_format");
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

export class DataClickstackDashboardPieTilesSelectList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardPieTilesSelectOutputReference {
    return new DataClickstackDashboardPieTilesSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardPieTiles {
}

export function dataClickstackDashboardPieTilesToTerraform(struct?: DataClickstackDashboardPieTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardPieTilesToHclTerraform(struct?: DataClickstackDashboardPieTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardPieTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardPieTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardPieTiles | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // container_id - computed: true, optional: false, required: false
  public get containerId() {
    return this.getStringAttribute('container_id');
  }

  // group_by - computed: true, optional: false, required: false
  public get groupBy() {
    return this.getStringAttribute('group_by');
  }

  // h - computed: true, optional: false, required: false
  public get h() {
    return this.getNumberAttribute('h');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // limit - computed: true, optional: false, required: false
  public get limit() {
    return this.getNumberAttribute('limit');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardPieTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // order_by - computed: true, optional: false, required: false
  public get orderBy() {
    return this.getStringAttribute('order_by');
  }

  // select - computed: true, optional: false, required: false
  private _select = new DataClickstackDashboardPieTilesSelectList(this, "select", false);
  public get select() {
    return this._select;
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
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

export class DataClickstackDashboardPieTilesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardPieTilesOutputReference {
    return new DataClickstackDashboardPieTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardSavedFilterValues {
}

export function dataClickstackDashboardSavedFilterValuesToTerraform(struct?: DataClickstackDashboardSavedFilterValues): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSavedFilterValuesToHclTerraform(struct?: DataClickstackDashboardSavedFilterValues): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSavedFilterValuesOutputReference extends cdktn.ComplexObject {
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

export class DataClickstackDashboardSavedFilterValuesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardSavedFilterValuesOutputReference {
    return new DataClickstackDashboardSavedFilterValuesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardSearchTiles {
}

export function dataClickstackDashboardSearchTilesToTerraform(struct?: DataClickstackDashboardSearchTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSearchTilesToHclTerraform(struct?: DataClickstackDashboardSearchTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSearchTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardSearchTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSearchTiles | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
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

  // select - computed: true, optional: false, required: false
  public get select() {
    return this.getStringAttribute('select');
  }

  // source_id - computed: true, optional: false, required: false
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }

  // tab_id - computed: true, optional: false, required: false
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }

  // w - computed: true, optional: false, required: false
  public get w() {
    return this.getNumberAttribute('w');
  }

  // where - computed: true, optional: false, required: false
  public get where() {
    return this.getStringAttribute('where');
  }

  // where_language - computed: true, optional: false, required: false
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
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

export class DataClickstackDashboardSearchTilesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardSearchTilesOutputReference {
    return new DataClickstackDashboardSearchTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardSqlBarTilesNumberFormat {
}

export function dataClickstackDashboardSqlBarTilesNumberFormatToTerraform(struct?: DataClickstackDashboardSqlBarTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSqlBarTilesNumberFormatToHclTerraform(struct?: DataClickstackDashboardSqlBarTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSqlBarTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardSqlBarTilesNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSqlBarTilesNumberFormat | undefined) {
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
export interface DataClickstackDashboardSqlBarTiles {
}

export function dataClickstackDashboardSqlBarTilesToTerraform(struct?: DataClickstackDashboardSqlBarTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSqlBarTilesToHclTerraform(struct?: DataClickstackDashboardSqlBarTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSqlBarTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardSqlBarTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSqlBarTiles | undefined) {
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

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardSqlBarTilesNumberFormatOutputReference(this, "number_format");
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

export class DataClickstackDashboardSqlBarTilesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardSqlBarTilesOutputReference {
    return new DataClickstackDashboardSqlBarTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardSqlLineTilesNumberFormat {
}

export function dataClickstackDashboardSqlLineTilesNumberFormatToTerraform(struct?: DataClickstackDashboardSqlLineTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSqlLineTilesNumberFormatToHclTerraform(struct?: DataClickstackDashboardSqlLineTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSqlLineTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardSqlLineTilesNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSqlLineTilesNumberFormat | undefined) {
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
export interface DataClickstackDashboardSqlLineTiles {
}

export function dataClickstackDashboardSqlLineTilesToTerraform(struct?: DataClickstackDashboardSqlLineTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSqlLineTilesToHclTerraform(struct?: DataClickstackDashboardSqlLineTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSqlLineTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardSqlLineTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSqlLineTiles | undefined) {
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

  // container_id - computed: true, optional: false, required: false
  public get containerId() {
    return this.getStringAttribute('container_id');
  }

  // fill_nulls - computed: true, optional: false, required: false
  public get fillNulls() {
    return this.getBooleanAttribute('fill_nulls');
  }

  // fit_y_axis_to_data - computed: true, optional: false, required: false
  public get fitYAxisToData() {
    return this.getBooleanAttribute('fit_y_axis_to_data');
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

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardSqlLineTilesNumberFormatOutputReference(this, "number_format");
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

export class DataClickstackDashboardSqlLineTilesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardSqlLineTilesOutputReference {
    return new DataClickstackDashboardSqlLineTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardSqlNumberTilesNumberFormat {
}

export function dataClickstackDashboardSqlNumberTilesNumberFormatToTerraform(struct?: DataClickstackDashboardSqlNumberTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSqlNumberTilesNumberFormatToHclTerraform(struct?: DataClickstackDashboardSqlNumberTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSqlNumberTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardSqlNumberTilesNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSqlNumberTilesNumberFormat | undefined) {
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
export interface DataClickstackDashboardSqlNumberTiles {
}

export function dataClickstackDashboardSqlNumberTilesToTerraform(struct?: DataClickstackDashboardSqlNumberTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSqlNumberTilesToHclTerraform(struct?: DataClickstackDashboardSqlNumberTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSqlNumberTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardSqlNumberTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSqlNumberTiles | undefined) {
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

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardSqlNumberTilesNumberFormatOutputReference(this, "number_format");
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

export class DataClickstackDashboardSqlNumberTilesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardSqlNumberTilesOutputReference {
    return new DataClickstackDashboardSqlNumberTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardSqlPieTilesNumberFormat {
}

export function dataClickstackDashboardSqlPieTilesNumberFormatToTerraform(struct?: DataClickstackDashboardSqlPieTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSqlPieTilesNumberFormatToHclTerraform(struct?: DataClickstackDashboardSqlPieTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSqlPieTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardSqlPieTilesNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSqlPieTilesNumberFormat | undefined) {
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
export interface DataClickstackDashboardSqlPieTiles {
}

export function dataClickstackDashboardSqlPieTilesToTerraform(struct?: DataClickstackDashboardSqlPieTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSqlPieTilesToHclTerraform(struct?: DataClickstackDashboardSqlPieTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSqlPieTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardSqlPieTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSqlPieTiles | undefined) {
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

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardSqlPieTilesNumberFormatOutputReference(this, "number_format");
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

export class DataClickstackDashboardSqlPieTilesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardSqlPieTilesOutputReference {
    return new DataClickstackDashboardSqlPieTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardSqlStackedBarTilesNumberFormat {
}

export function dataClickstackDashboardSqlStackedBarTilesNumberFormatToTerraform(struct?: DataClickstackDashboardSqlStackedBarTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSqlStackedBarTilesNumberFormatToHclTerraform(struct?: DataClickstackDashboardSqlStackedBarTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSqlStackedBarTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardSqlStackedBarTilesNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSqlStackedBarTilesNumberFormat | undefined) {
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
export interface DataClickstackDashboardSqlStackedBarTiles {
}

export function dataClickstackDashboardSqlStackedBarTilesToTerraform(struct?: DataClickstackDashboardSqlStackedBarTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSqlStackedBarTilesToHclTerraform(struct?: DataClickstackDashboardSqlStackedBarTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSqlStackedBarTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardSqlStackedBarTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSqlStackedBarTiles | undefined) {
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

  // container_id - computed: true, optional: false, required: false
  public get containerId() {
    return this.getStringAttribute('container_id');
  }

  // fill_nulls - computed: true, optional: false, required: false
  public get fillNulls() {
    return this.getBooleanAttribute('fill_nulls');
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

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardSqlStackedBarTilesNumberFormatOutputReference(this, "number_format");
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

export class DataClickstackDashboardSqlStackedBarTilesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardSqlStackedBarTilesOutputReference {
    return new DataClickstackDashboardSqlStackedBarTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardSqlTableTilesNumberFormat {
}

export function dataClickstackDashboardSqlTableTilesNumberFormatToTerraform(struct?: DataClickstackDashboardSqlTableTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSqlTableTilesNumberFormatToHclTerraform(struct?: DataClickstackDashboardSqlTableTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSqlTableTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardSqlTableTilesNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSqlTableTilesNumberFormat | undefined) {
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
export interface DataClickstackDashboardSqlTableTilesOnClickFilters {
}

export function dataClickstackDashboardSqlTableTilesOnClickFiltersToTerraform(struct?: DataClickstackDashboardSqlTableTilesOnClickFilters): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSqlTableTilesOnClickFiltersToHclTerraform(struct?: DataClickstackDashboardSqlTableTilesOnClickFilters): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSqlTableTilesOnClickFiltersOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardSqlTableTilesOnClickFilters | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSqlTableTilesOnClickFilters | undefined) {
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

export class DataClickstackDashboardSqlTableTilesOnClickFiltersList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardSqlTableTilesOnClickFiltersOutputReference {
    return new DataClickstackDashboardSqlTableTilesOnClickFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardSqlTableTilesOnClickTarget {
}

export function dataClickstackDashboardSqlTableTilesOnClickTargetToTerraform(struct?: DataClickstackDashboardSqlTableTilesOnClickTarget): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSqlTableTilesOnClickTargetToHclTerraform(struct?: DataClickstackDashboardSqlTableTilesOnClickTarget): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSqlTableTilesOnClickTargetOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardSqlTableTilesOnClickTarget | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSqlTableTilesOnClickTarget | undefined) {
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
export interface DataClickstackDashboardSqlTableTilesOnClick {
}

export function dataClickstackDashboardSqlTableTilesOnClickToTerraform(struct?: DataClickstackDashboardSqlTableTilesOnClick): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSqlTableTilesOnClickToHclTerraform(struct?: DataClickstackDashboardSqlTableTilesOnClick): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSqlTableTilesOnClickOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardSqlTableTilesOnClick | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSqlTableTilesOnClick | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // filters - computed: true, optional: false, required: false
  private _filters = new DataClickstackDashboardSqlTableTilesOnClickFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }

  // target - computed: true, optional: false, required: false
  private _target = new DataClickstackDashboardSqlTableTilesOnClickTargetOutputReference(this, "target");
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
export interface DataClickstackDashboardSqlTableTiles {
}

export function dataClickstackDashboardSqlTableTilesToTerraform(struct?: DataClickstackDashboardSqlTableTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardSqlTableTilesToHclTerraform(struct?: DataClickstackDashboardSqlTableTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardSqlTableTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardSqlTableTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardSqlTableTiles | undefined) {
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

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardSqlTableTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // on_click - computed: true, optional: false, required: false
  private _onClick = new DataClickstackDashboardSqlTableTilesOnClickOutputReference(this, "on_click");
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

export class DataClickstackDashboardSqlTableTilesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardSqlTableTilesOutputReference {
    return new DataClickstackDashboardSqlTableTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardStackedBarTilesFormulasNumberFormat {
}

export function dataClickstackDashboardStackedBarTilesFormulasNumberFormatToTerraform(struct?: DataClickstackDashboardStackedBarTilesFormulasNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardStackedBarTilesFormulasNumberFormatToHclTerraform(struct?: DataClickstackDashboardStackedBarTilesFormulasNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardStackedBarTilesFormulasNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardStackedBarTilesFormulasNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardStackedBarTilesFormulasNumberFormat | undefined) {
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
export interface DataClickstackDashboardStackedBarTilesFormulas {
}

export function dataClickstackDashboardStackedBarTilesFormulasToTerraform(struct?: DataClickstackDashboardStackedBarTilesFormulas): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardStackedBarTilesFormulasToHclTerraform(struct?: DataClickstackDashboardStackedBarTilesFormulas): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardStackedBarTilesFormulasOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardStackedBarTilesFormulas | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardStackedBarTilesFormulas | undefined) {
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
  private _numberFormat = new DataClickstackDashboardStackedBarTilesFormulasNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
}

export class DataClickstackDashboardStackedBarTilesFormulasList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardStackedBarTilesFormulasOutputReference {
    return new DataClickstackDashboardStackedBarTilesFormulasOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardStackedBarTilesNumberFormat {
}

export function dataClickstackDashboardStackedBarTilesNumberFormatToTerraform(struct?: DataClickstackDashboardStackedBarTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardStackedBarTilesNumberFormatToHclTerraform(struct?: DataClickstackDashboardStackedBarTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardStackedBarTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardStackedBarTilesNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardStackedBarTilesNumberFormat | undefined) {
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
export interface DataClickstackDashboardStackedBarTilesSelectNumberFormat {
}

export function dataClickstackDashboardStackedBarTilesSelectNumberFormatToTerraform(struct?: DataClickstackDashboardStackedBarTilesSelectNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardStackedBarTilesSelectNumberFormatToHclTerraform(struct?: DataClickstackDashboardStackedBarTilesSelectNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardStackedBarTilesSelectNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardStackedBarTilesSelectNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardStackedBarTilesSelectNumberFormat | undefined) {
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
export interface DataClickstackDashboardStackedBarTilesSelect {
}

export function dataClickstackDashboardStackedBarTilesSelectToTerraform(struct?: DataClickstackDashboardStackedBarTilesSelect): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardStackedBarTilesSelectToHclTerraform(struct?: DataClickstackDashboardStackedBarTilesSelect): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardStackedBarTilesSelectOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardStackedBarTilesSelect | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardStackedBarTilesSelect | undefined) {
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
  private _numberFormat = new DataClickstackDashboardStackedBarTilesSelectNumberFormatOutputReference(this, "number_format");
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

export class DataClickstackDashboardStackedBarTilesSelectList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardStackedBarTilesSelectOutputReference {
    return new DataClickstackDashboardStackedBarTilesSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardStackedBarTiles {
}

export function dataClickstackDashboardStackedBarTilesToTerraform(struct?: DataClickstackDashboardStackedBarTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardStackedBarTilesToHclTerraform(struct?: DataClickstackDashboardStackedBarTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardStackedBarTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardStackedBarTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardStackedBarTiles | undefined) {
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

  // container_id - computed: true, optional: false, required: false
  public get containerId() {
    return this.getStringAttribute('container_id');
  }

  // fill_nulls - computed: true, optional: false, required: false
  public get fillNulls() {
    return this.getBooleanAttribute('fill_nulls');
  }

  // formulas - computed: true, optional: false, required: false
  private _formulas = new DataClickstackDashboardStackedBarTilesFormulasList(this, "formulas", false);
  public get formulas() {
    return this._formulas;
  }

  // group_by - computed: true, optional: false, required: false
  public get groupBy() {
    return this.getStringAttribute('group_by');
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

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardStackedBarTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // select - computed: true, optional: false, required: false
  private _select = new DataClickstackDashboardStackedBarTilesSelectList(this, "select", false);
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

export class DataClickstackDashboardStackedBarTilesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardStackedBarTilesOutputReference {
    return new DataClickstackDashboardStackedBarTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTableTilesFormulasNumberFormat {
}

export function dataClickstackDashboardTableTilesFormulasNumberFormatToTerraform(struct?: DataClickstackDashboardTableTilesFormulasNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardTableTilesFormulasNumberFormatToHclTerraform(struct?: DataClickstackDashboardTableTilesFormulasNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTableTilesFormulasNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTableTilesFormulasNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTableTilesFormulasNumberFormat | undefined) {
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
export interface DataClickstackDashboardTableTilesFormulas {
}

export function dataClickstackDashboardTableTilesFormulasToTerraform(struct?: DataClickstackDashboardTableTilesFormulas): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardTableTilesFormulasToHclTerraform(struct?: DataClickstackDashboardTableTilesFormulas): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTableTilesFormulasOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTableTilesFormulas | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTableTilesFormulas | undefined) {
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
  private _numberFormat = new DataClickstackDashboardTableTilesFormulasNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
}

export class DataClickstackDashboardTableTilesFormulasList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardTableTilesFormulasOutputReference {
    return new DataClickstackDashboardTableTilesFormulasOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTableTilesNumberFormat {
}

export function dataClickstackDashboardTableTilesNumberFormatToTerraform(struct?: DataClickstackDashboardTableTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardTableTilesNumberFormatToHclTerraform(struct?: DataClickstackDashboardTableTilesNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTableTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTableTilesNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTableTilesNumberFormat | undefined) {
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
export interface DataClickstackDashboardTableTilesOnClickFilters {
}

export function dataClickstackDashboardTableTilesOnClickFiltersToTerraform(struct?: DataClickstackDashboardTableTilesOnClickFilters): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardTableTilesOnClickFiltersToHclTerraform(struct?: DataClickstackDashboardTableTilesOnClickFilters): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTableTilesOnClickFiltersOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTableTilesOnClickFilters | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTableTilesOnClickFilters | undefined) {
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

export class DataClickstackDashboardTableTilesOnClickFiltersList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardTableTilesOnClickFiltersOutputReference {
    return new DataClickstackDashboardTableTilesOnClickFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTableTilesOnClickTarget {
}

export function dataClickstackDashboardTableTilesOnClickTargetToTerraform(struct?: DataClickstackDashboardTableTilesOnClickTarget): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardTableTilesOnClickTargetToHclTerraform(struct?: DataClickstackDashboardTableTilesOnClickTarget): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTableTilesOnClickTargetOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTableTilesOnClickTarget | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTableTilesOnClickTarget | undefined) {
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
export interface DataClickstackDashboardTableTilesOnClick {
}

export function dataClickstackDashboardTableTilesOnClickToTerraform(struct?: DataClickstackDashboardTableTilesOnClick): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardTableTilesOnClickToHclTerraform(struct?: DataClickstackDashboardTableTilesOnClick): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTableTilesOnClickOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTableTilesOnClick | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTableTilesOnClick | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // filters - computed: true, optional: false, required: false
  private _filters = new DataClickstackDashboardTableTilesOnClickFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }

  // target - computed: true, optional: false, required: false
  private _target = new DataClickstackDashboardTableTilesOnClickTargetOutputReference(this, "target");
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
export interface DataClickstackDashboardTableTilesSelectNumberFormat {
}

export function dataClickstackDashboardTableTilesSelectNumberFormatToTerraform(struct?: DataClickstackDashboardTableTilesSelectNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardTableTilesSelectNumberFormatToHclTerraform(struct?: DataClickstackDashboardTableTilesSelectNumberFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTableTilesSelectNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataClickstackDashboardTableTilesSelectNumberFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTableTilesSelectNumberFormat | undefined) {
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
export interface DataClickstackDashboardTableTilesSelect {
}

export function dataClickstackDashboardTableTilesSelectToTerraform(struct?: DataClickstackDashboardTableTilesSelect): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardTableTilesSelectToHclTerraform(struct?: DataClickstackDashboardTableTilesSelect): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTableTilesSelectOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTableTilesSelect | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTableTilesSelect | undefined) {
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
  private _numberFormat = new DataClickstackDashboardTableTilesSelectNumberFormatOutputReference(this, "number_format");
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

export class DataClickstackDashboardTableTilesSelectList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardTableTilesSelectOutputReference {
    return new DataClickstackDashboardTableTilesSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackDashboardTableTiles {
}

export function dataClickstackDashboardTableTilesToTerraform(struct?: DataClickstackDashboardTableTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackDashboardTableTilesToHclTerraform(struct?: DataClickstackDashboardTableTiles): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackDashboardTableTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackDashboardTableTiles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackDashboardTableTiles | undefined) {
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

  // container_id - computed: true, optional: false, required: false
  public get containerId() {
    return this.getStringAttribute('container_id');
  }

  // formulas - computed: true, optional: false, required: false
  private _formulas = new DataClickstackDashboardTableTilesFormulasList(this, "formulas", false);
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

  // h - computed: true, optional: false, required: false
  public get h() {
    return this.getNumberAttribute('h');
  }

  // having - computed: true, optional: false, required: false
  public get having() {
    return this.getStringAttribute('having');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // number_format - computed: true, optional: false, required: false
  private _numberFormat = new DataClickstackDashboardTableTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }

  // on_click - computed: true, optional: false, required: false
  private _onClick = new DataClickstackDashboardTableTilesOnClickOutputReference(this, "on_click");
  public get onClick() {
    return this._onClick;
  }

  // order_by - computed: true, optional: false, required: false
  public get orderBy() {
    return this.getStringAttribute('order_by');
  }

  // select - computed: true, optional: false, required: false
  private _select = new DataClickstackDashboardTableTilesSelectList(this, "select", false);
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

export class DataClickstackDashboardTableTilesList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackDashboardTableTilesOutputReference {
    return new DataClickstackDashboardTableTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/dashboard clickstack_dashboard}
*/
export class DataClickstackDashboard extends cdktn.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "clickstack_dashboard";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a DataClickstackDashboard resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataClickstackDashboard to import
  * @param importFromId The id of the existing DataClickstackDashboard that should be imported. Refer to the {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/dashboard#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataClickstackDashboard to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "clickstack_dashboard", importId: importFromId, provider });
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

  // bar_tiles - computed: true, optional: false, required: false
  private _barTiles = new DataClickstackDashboardBarTilesList(this, "bar_tiles", false);
  public get barTiles() {
    return this._barTiles;
  }

  // containers - computed: true, optional: false, required: false
  private _containers = new DataClickstackDashboardContainersList(this, "containers", false);
  public get containers() {
    return this._containers;
  }

  // event_patterns_tiles - computed: true, optional: false, required: false
  private _eventPatternsTiles = new DataClickstackDashboardEventPatternsTilesList(this, "event_patterns_tiles", false);
  public get eventPatternsTiles() {
    return this._eventPatternsTiles;
  }

  // filters - computed: true, optional: false, required: false
  private _filters = new DataClickstackDashboardFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }

  // heatmap_tiles - computed: true, optional: false, required: false
  private _heatmapTiles = new DataClickstackDashboardHeatmapTilesList(this, "heatmap_tiles", false);
  public get heatmapTiles() {
    return this._heatmapTiles;
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

  // line_tiles - computed: true, optional: false, required: false
  private _lineTiles = new DataClickstackDashboardLineTilesList(this, "line_tiles", false);
  public get lineTiles() {
    return this._lineTiles;
  }

  // markdown_tiles - computed: true, optional: false, required: false
  private _markdownTiles = new DataClickstackDashboardMarkdownTilesList(this, "markdown_tiles", false);
  public get markdownTiles() {
    return this._markdownTiles;
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

  // number_tiles - computed: true, optional: false, required: false
  private _numberTiles = new DataClickstackDashboardNumberTilesList(this, "number_tiles", false);
  public get numberTiles() {
    return this._numberTiles;
  }

  // pie_tiles - computed: true, optional: false, required: false
  private _pieTiles = new DataClickstackDashboardPieTilesList(this, "pie_tiles", false);
  public get pieTiles() {
    return this._pieTiles;
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

  // search_tiles - computed: true, optional: false, required: false
  private _searchTiles = new DataClickstackDashboardSearchTilesList(this, "search_tiles", false);
  public get searchTiles() {
    return this._searchTiles;
  }

  // sql_bar_tiles - computed: true, optional: false, required: false
  private _sqlBarTiles = new DataClickstackDashboardSqlBarTilesList(this, "sql_bar_tiles", false);
  public get sqlBarTiles() {
    return this._sqlBarTiles;
  }

  // sql_line_tiles - computed: true, optional: false, required: false
  private _sqlLineTiles = new DataClickstackDashboardSqlLineTilesList(this, "sql_line_tiles", false);
  public get sqlLineTiles() {
    return this._sqlLineTiles;
  }

  // sql_number_tiles - computed: true, optional: false, required: false
  private _sqlNumberTiles = new DataClickstackDashboardSqlNumberTilesList(this, "sql_number_tiles", false);
  public get sqlNumberTiles() {
    return this._sqlNumberTiles;
  }

  // sql_pie_tiles - computed: true, optional: false, required: false
  private _sqlPieTiles = new DataClickstackDashboardSqlPieTilesList(this, "sql_pie_tiles", false);
  public get sqlPieTiles() {
    return this._sqlPieTiles;
  }

  // sql_stacked_bar_tiles - computed: true, optional: false, required: false
  private _sqlStackedBarTiles = new DataClickstackDashboardSqlStackedBarTilesList(this, "sql_stacked_bar_tiles", false);
  public get sqlStackedBarTiles() {
    return this._sqlStackedBarTiles;
  }

  // sql_table_tiles - computed: true, optional: false, required: false
  private _sqlTableTiles = new DataClickstackDashboardSqlTableTilesList(this, "sql_table_tiles", false);
  public get sqlTableTiles() {
    return this._sqlTableTiles;
  }

  // stacked_bar_tiles - computed: true, optional: false, required: false
  private _stackedBarTiles = new DataClickstackDashboardStackedBarTilesList(this, "stacked_bar_tiles", false);
  public get stackedBarTiles() {
    return this._stackedBarTiles;
  }

  // table_tiles - computed: true, optional: false, required: false
  private _tableTiles = new DataClickstackDashboardTableTilesList(this, "table_tiles", false);
  public get tableTiles() {
    return this._tableTiles;
  }

  // tags - computed: true, optional: false, required: false
  public get tags() {
    return this.getListAttribute('tags');
  }

  // tile_ids - computed: true, optional: false, required: false
  private _tileIds = new cdktn.StringMap(this, "tile_ids");
  public get tileIds() {
    return this._tileIds;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktn.stringToTerraform(this._id),
      name: cdktn.stringToTerraform(this._name),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktn.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktn.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
