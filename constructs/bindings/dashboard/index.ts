// https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DashboardConfig extends cdktf.TerraformMetaArguments {
  /**
  * Groups of tiles (up to 50), optionally with tabs. Defaults to `[]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#containers Dashboard#containers}
  */
  readonly containers?: DashboardContainers[] | cdktf.IResolvable;
  /**
  * Dropdown filters shown above the tiles. Defaults to `[]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#filters Dashboard#filters}
  */
  readonly filters?: DashboardFilters[] | cdktf.IResolvable;
  /**
  * Name of the dashboard.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * Filter conditions applied when the dashboard opens. Defaults to `[]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#saved_filter_values Dashboard#saved_filter_values}
  */
  readonly savedFilterValues?: DashboardSavedFilterValues[] | cdktf.IResolvable;
  /**
  * Query applied to every tile when the dashboard opens.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#saved_query Dashboard#saved_query}
  */
  readonly savedQuery?: string;
  /**
  * Language of `saved_query`: `lucene` or `sql`. Defaults to `lucene` when `saved_query` is set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#saved_query_language Dashboard#saved_query_language}
  */
  readonly savedQueryLanguage?: string;
  /**
  * Tags (up to 50 unique tags of up to 32 characters). Defaults to `[]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tags Dashboard#tags}
  */
  readonly tags?: string[];
  /**
  * Tiles of the dashboard (up to 500), replacing the server's tiles on every update.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tiles Dashboard#tiles}
  */
  readonly tiles: DashboardTiles[] | cdktf.IResolvable;
}
export interface DashboardContainersTabs {
  /**
  * Id of the tab; unique within the container.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#id Dashboard#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
  /**
  * Title of the tab.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#title Dashboard#title}
  */
  readonly title: string;
}

export function dashboardContainersTabsToTerraform(struct?: DashboardContainersTabs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
    title: cdktf.stringToTerraform(struct!.title),
  }
}


export function dashboardContainersTabsToHclTerraform(struct?: DashboardContainersTabs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    title: {
      value: cdktf.stringToHclTerraform(struct!.title),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardContainersTabsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardContainersTabs | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._title !== undefined) {
      hasAnyValues = true;
      internalValueResult.title = this._title;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardContainersTabs | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._id = undefined;
      this._title = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._id = value.id;
      this._title = value.title;
    }
  }

  // id - computed: true, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // title - computed: true, optional: false, required: true
  private _title?: string; 
  public get title() {
    return this.getStringAttribute('title');
  }
  public set title(value: string) {
    this._title = value;
  }
  // Temporarily expose input value. Use with caution.
  public get titleInput() {
    return this._title;
  }
}

export class DashboardContainersTabsList extends cdktf.ComplexList {
  public internalValue? : DashboardContainersTabs[] | cdktf.IResolvable

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
  public get(index: number): DashboardContainersTabsOutputReference {
    return new DashboardContainersTabsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardContainers {
  /**
  * Whether the container has a border.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#bordered Dashboard#bordered}
  */
  readonly bordered?: boolean | cdktf.IResolvable;
  /**
  * Whether the container starts collapsed. Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#collapsed Dashboard#collapsed}
  */
  readonly collapsed?: boolean | cdktf.IResolvable;
  /**
  * Whether users can collapse the container.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#collapsible Dashboard#collapsible}
  */
  readonly collapsible?: boolean | cdktf.IResolvable;
  /**
  * Id of the container, referred to by `tiles[*].container_id`; unique within the dashboard.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#id Dashboard#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
  /**
  * Tabs of the container (up to 20), referred to by `tiles[*].tab_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tabs Dashboard#tabs}
  */
  readonly tabs?: DashboardContainersTabs[] | cdktf.IResolvable;
  /**
  * Title shown above the container.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#title Dashboard#title}
  */
  readonly title: string;
}

export function dashboardContainersToTerraform(struct?: DashboardContainers | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bordered: cdktf.booleanToTerraform(struct!.bordered),
    collapsed: cdktf.booleanToTerraform(struct!.collapsed),
    collapsible: cdktf.booleanToTerraform(struct!.collapsible),
    id: cdktf.stringToTerraform(struct!.id),
    tabs: cdktf.listMapper(dashboardContainersTabsToTerraform, false)(struct!.tabs),
    title: cdktf.stringToTerraform(struct!.title),
  }
}


export function dashboardContainersToHclTerraform(struct?: DashboardContainers | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bordered: {
      value: cdktf.booleanToHclTerraform(struct!.bordered),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    collapsed: {
      value: cdktf.booleanToHclTerraform(struct!.collapsed),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    collapsible: {
      value: cdktf.booleanToHclTerraform(struct!.collapsible),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tabs: {
      value: cdktf.listMapperHcl(dashboardContainersTabsToHclTerraform, false)(struct!.tabs),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardContainersTabsList",
    },
    title: {
      value: cdktf.stringToHclTerraform(struct!.title),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardContainersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardContainers | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bordered !== undefined) {
      hasAnyValues = true;
      internalValueResult.bordered = this._bordered;
    }
    if (this._collapsed !== undefined) {
      hasAnyValues = true;
      internalValueResult.collapsed = this._collapsed;
    }
    if (this._collapsible !== undefined) {
      hasAnyValues = true;
      internalValueResult.collapsible = this._collapsible;
    }
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._tabs?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabs = this._tabs?.internalValue;
    }
    if (this._title !== undefined) {
      hasAnyValues = true;
      internalValueResult.title = this._title;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardContainers | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._bordered = undefined;
      this._collapsed = undefined;
      this._collapsible = undefined;
      this._id = undefined;
      this._tabs.internalValue = undefined;
      this._title = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._bordered = value.bordered;
      this._collapsed = value.collapsed;
      this._collapsible = value.collapsible;
      this._id = value.id;
      this._tabs.internalValue = value.tabs;
      this._title = value.title;
    }
  }

  // bordered - computed: true, optional: true, required: false
  private _bordered?: boolean | cdktf.IResolvable; 
  public get bordered() {
    return this.getBooleanAttribute('bordered');
  }
  public set bordered(value: boolean | cdktf.IResolvable) {
    this._bordered = value;
  }
  public resetBordered() {
    this._bordered = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get borderedInput() {
    return this._bordered;
  }

  // collapsed - computed: true, optional: true, required: false
  private _collapsed?: boolean | cdktf.IResolvable; 
  public get collapsed() {
    return this.getBooleanAttribute('collapsed');
  }
  public set collapsed(value: boolean | cdktf.IResolvable) {
    this._collapsed = value;
  }
  public resetCollapsed() {
    this._collapsed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get collapsedInput() {
    return this._collapsed;
  }

  // collapsible - computed: true, optional: true, required: false
  private _collapsible?: boolean | cdktf.IResolvable; 
  public get collapsible() {
    return this.getBooleanAttribute('collapsible');
  }
  public set collapsible(value: boolean | cdktf.IResolvable) {
    this._collapsible = value;
  }
  public resetCollapsible() {
    this._collapsible = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get collapsibleInput() {
    return this._collapsible;
  }

  // id - computed: true, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // tabs - computed: true, optional: true, required: false
  private _tabs = new DashboardContainersTabsList(this, "tabs", false);
  public get tabs() {
    return this._tabs;
  }
  public putTabs(value: DashboardContainersTabs[] | cdktf.IResolvable) {
    this._tabs.internalValue = value;
  }
  public resetTabs() {
    this._tabs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabsInput() {
    return this._tabs.internalValue;
  }

  // title - computed: true, optional: false, required: true
  private _title?: string; 
  public get title() {
    return this.getStringAttribute('title');
  }
  public set title(value: string) {
    this._title = value;
  }
  // Temporarily expose input value. Use with caution.
  public get titleInput() {
    return this._title;
  }
}

export class DashboardContainersList extends cdktf.ComplexList {
  public internalValue? : DashboardContainers[] | cdktf.IResolvable

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
  public get(index: number): DashboardContainersOutputReference {
    return new DashboardContainersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardFilters {
  /**
  * Sources the selected value filters (all when unset); only for broadcast filters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#applies_to_source_ids Dashboard#applies_to_source_ids}
  */
  readonly appliesToSourceIds?: string[];
  /**
  * Expression whose values the dropdown offers, such as `ServiceName`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#expression Dashboard#expression}
  */
  readonly expression: string;
  /**
  * Whether the selected value filters every tile (the server's default when unset). OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#is_broadcast_enabled Dashboard#is_broadcast_enabled}
  */
  readonly isBroadcastEnabled?: boolean | cdktf.IResolvable;
  /**
  * Whether the selected value is available to SQL tiles as a variable. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#is_variable_enabled Dashboard#is_variable_enabled}
  */
  readonly isVariableEnabled?: boolean | cdktf.IResolvable;
  /**
  * Label of the dropdown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * Id of the source the values come from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
  /**
  * Metric data type, for metric sources: `sum`, `gauge`, `histogram`, `summary`, `exponential histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_metric_type Dashboard#source_metric_type}
  */
  readonly sourceMetricType?: string;
  /**
  * Kind of filter: `QUERY_EXPRESSION`. Defaults to `"QUERY_EXPRESSION"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#type Dashboard#type}
  */
  readonly type?: string;
  /**
  * Name of the variable (letters, digits and `_`, starting with a letter); only with `is_variable_enabled`. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#variable_name Dashboard#variable_name}
  */
  readonly variableName?: string;
  /**
  * Condition limiting the values offered.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Language of `where`: `lucene` or `sql`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardFiltersToTerraform(struct?: DashboardFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    applies_to_source_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.appliesToSourceIds),
    expression: cdktf.stringToTerraform(struct!.expression),
    is_broadcast_enabled: cdktf.booleanToTerraform(struct!.isBroadcastEnabled),
    is_variable_enabled: cdktf.booleanToTerraform(struct!.isVariableEnabled),
    name: cdktf.stringToTerraform(struct!.name),
    source_id: cdktf.stringToTerraform(struct!.sourceId),
    source_metric_type: cdktf.stringToTerraform(struct!.sourceMetricType),
    type: cdktf.stringToTerraform(struct!.type),
    variable_name: cdktf.stringToTerraform(struct!.variableName),
    where: cdktf.stringToTerraform(struct!.where),
    where_language: cdktf.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardFiltersToHclTerraform(struct?: DashboardFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    applies_to_source_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.appliesToSourceIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    expression: {
      value: cdktf.stringToHclTerraform(struct!.expression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    is_broadcast_enabled: {
      value: cdktf.booleanToHclTerraform(struct!.isBroadcastEnabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    is_variable_enabled: {
      value: cdktf.booleanToHclTerraform(struct!.isVariableEnabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    source_metric_type: {
      value: cdktf.stringToHclTerraform(struct!.sourceMetricType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    variable_name: {
      value: cdktf.stringToHclTerraform(struct!.variableName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where: {
      value: cdktf.stringToHclTerraform(struct!.where),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where_language: {
      value: cdktf.stringToHclTerraform(struct!.whereLanguage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardFiltersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardFilters | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._appliesToSourceIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.appliesToSourceIds = this._appliesToSourceIds;
    }
    if (this._expression !== undefined) {
      hasAnyValues = true;
      internalValueResult.expression = this._expression;
    }
    if (this._isBroadcastEnabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.isBroadcastEnabled = this._isBroadcastEnabled;
    }
    if (this._isVariableEnabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.isVariableEnabled = this._isVariableEnabled;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._sourceMetricType !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceMetricType = this._sourceMetricType;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._variableName !== undefined) {
      hasAnyValues = true;
      internalValueResult.variableName = this._variableName;
    }
    if (this._where !== undefined) {
      hasAnyValues = true;
      internalValueResult.where = this._where;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardFilters | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._appliesToSourceIds = undefined;
      this._expression = undefined;
      this._isBroadcastEnabled = undefined;
      this._isVariableEnabled = undefined;
      this._name = undefined;
      this._sourceId = undefined;
      this._sourceMetricType = undefined;
      this._type = undefined;
      this._variableName = undefined;
      this._where = undefined;
      this._whereLanguage = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._appliesToSourceIds = value.appliesToSourceIds;
      this._expression = value.expression;
      this._isBroadcastEnabled = value.isBroadcastEnabled;
      this._isVariableEnabled = value.isVariableEnabled;
      this._name = value.name;
      this._sourceId = value.sourceId;
      this._sourceMetricType = value.sourceMetricType;
      this._type = value.type;
      this._variableName = value.variableName;
      this._where = value.where;
      this._whereLanguage = value.whereLanguage;
    }
  }

  // applies_to_source_ids - computed: true, optional: true, required: false
  private _appliesToSourceIds?: string[]; 
  public get appliesToSourceIds() {
    return this.getListAttribute('applies_to_source_ids');
  }
  public set appliesToSourceIds(value: string[]) {
    this._appliesToSourceIds = value;
  }
  public resetAppliesToSourceIds() {
    this._appliesToSourceIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appliesToSourceIdsInput() {
    return this._appliesToSourceIds;
  }

  // expression - computed: true, optional: false, required: true
  private _expression?: string; 
  public get expression() {
    return this.getStringAttribute('expression');
  }
  public set expression(value: string) {
    this._expression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionInput() {
    return this._expression;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // is_broadcast_enabled - computed: true, optional: true, required: false
  private _isBroadcastEnabled?: boolean | cdktf.IResolvable; 
  public get isBroadcastEnabled() {
    return this.getBooleanAttribute('is_broadcast_enabled');
  }
  public set isBroadcastEnabled(value: boolean | cdktf.IResolvable) {
    this._isBroadcastEnabled = value;
  }
  public resetIsBroadcastEnabled() {
    this._isBroadcastEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isBroadcastEnabledInput() {
    return this._isBroadcastEnabled;
  }

  // is_variable_enabled - computed: true, optional: true, required: false
  private _isVariableEnabled?: boolean | cdktf.IResolvable; 
  public get isVariableEnabled() {
    return this.getBooleanAttribute('is_variable_enabled');
  }
  public set isVariableEnabled(value: boolean | cdktf.IResolvable) {
    this._isVariableEnabled = value;
  }
  public resetIsVariableEnabled() {
    this._isVariableEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isVariableEnabledInput() {
    return this._isVariableEnabled;
  }

  // name - computed: true, optional: false, required: true
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

  // source_id - computed: true, optional: false, required: true
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // source_metric_type - computed: true, optional: true, required: false
  private _sourceMetricType?: string; 
  public get sourceMetricType() {
    return this.getStringAttribute('source_metric_type');
  }
  public set sourceMetricType(value: string) {
    this._sourceMetricType = value;
  }
  public resetSourceMetricType() {
    this._sourceMetricType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceMetricTypeInput() {
    return this._sourceMetricType;
  }

  // type - computed: true, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // variable_name - computed: true, optional: true, required: false
  private _variableName?: string; 
  public get variableName() {
    return this.getStringAttribute('variable_name');
  }
  public set variableName(value: string) {
    this._variableName = value;
  }
  public resetVariableName() {
    this._variableName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get variableNameInput() {
    return this._variableName;
  }

  // where - computed: true, optional: true, required: false
  private _where?: string; 
  public get where() {
    return this.getStringAttribute('where');
  }
  public set where(value: string) {
    this._where = value;
  }
  public resetWhere() {
    this._where = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereInput() {
    return this._where;
  }

  // where_language - computed: true, optional: true, required: false
  private _whereLanguage?: string; 
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
  public set whereLanguage(value: string) {
    this._whereLanguage = value;
  }
  public resetWhereLanguage() {
    this._whereLanguage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereLanguageInput() {
    return this._whereLanguage;
  }
}

export class DashboardFiltersList extends cdktf.ComplexList {
  public internalValue? : DashboardFilters[] | cdktf.IResolvable

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
  public get(index: number): DashboardFiltersOutputReference {
    return new DashboardFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardSavedFilterValues {
  /**
  * SQL condition.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#condition Dashboard#condition}
  */
  readonly condition: string;
  /**
  * Kind of condition: `sql`. Defaults to `"sql"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#type Dashboard#type}
  */
  readonly type?: string;
}

export function dashboardSavedFilterValuesToTerraform(struct?: DashboardSavedFilterValues | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    condition: cdktf.stringToTerraform(struct!.condition),
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function dashboardSavedFilterValuesToHclTerraform(struct?: DashboardSavedFilterValues | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    condition: {
      value: cdktf.stringToHclTerraform(struct!.condition),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSavedFilterValuesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardSavedFilterValues | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._condition !== undefined) {
      hasAnyValues = true;
      internalValueResult.condition = this._condition;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSavedFilterValues | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._condition = undefined;
      this._type = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._condition = value.condition;
      this._type = value.type;
    }
  }

  // condition - computed: true, optional: false, required: true
  private _condition?: string; 
  public get condition() {
    return this.getStringAttribute('condition');
  }
  public set condition(value: string) {
    this._condition = value;
  }
  // Temporarily expose input value. Use with caution.
  public get conditionInput() {
    return this._condition;
  }

  // type - computed: true, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}

export class DashboardSavedFilterValuesList extends cdktf.ComplexList {
  public internalValue? : DashboardSavedFilterValues[] | cdktf.IResolvable

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
  public get(index: number): DashboardSavedFilterValuesOutputReference {
    return new DashboardSavedFilterValuesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTilesConfigBarNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigBarNumberFormatToTerraform(struct?: DashboardTilesConfigBarNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigBarNumberFormatToHclTerraform(struct?: DashboardTilesConfigBarNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigBarNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigBarNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigBarNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigBarSelectNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigBarSelectNumberFormatToTerraform(struct?: DashboardTilesConfigBarSelectNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigBarSelectNumberFormatToHclTerraform(struct?: DashboardTilesConfigBarSelectNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigBarSelectNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigBarSelectNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigBarSelectNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigBarSelect {
  /**
  * Aggregation: `avg`, `count`, `count_distinct`, `last_value`, `max`, `min`, `quantile`, `sum`, `any`, `none`, `increase`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#agg_fn Dashboard#agg_fn}
  */
  readonly aggFn: string;
  /**
  * Series name shown in the legend.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Quantile level (0.5, 0.9, 0.95 or 0.99); only with `agg_fn = "quantile"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#level Dashboard#level}
  */
  readonly level?: number;
  /**
  * Metric name, for metric sources.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_name Dashboard#metric_name}
  */
  readonly metricName?: string;
  /**
  * Metric data type, for metric sources: `sum`, `gauge`, `histogram`, `summary`, `exponential histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_type Dashboard#metric_type}
  */
  readonly metricType?: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigBarSelectNumberFormat;
  /**
  * Per-period aggregation applied before `agg_fn`: `delta`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#period_agg_fn Dashboard#period_agg_fn}
  */
  readonly periodAggFn?: string;
  /**
  * Column or SQL expression aggregated. Required unless `agg_fn` is `count`, where it must be left out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_expression Dashboard#value_expression}
  */
  readonly valueExpression?: string;
  /**
  * Filter of this series only. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardTilesConfigBarSelectToTerraform(struct?: DashboardTilesConfigBarSelect | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    agg_fn: cdktf.stringToTerraform(struct!.aggFn),
    alias: cdktf.stringToTerraform(struct!.alias),
    level: cdktf.numberToTerraform(struct!.level),
    metric_name: cdktf.stringToTerraform(struct!.metricName),
    metric_type: cdktf.stringToTerraform(struct!.metricType),
    number_format: dashboardTilesConfigBarSelectNumberFormatToTerraform(struct!.numberFormat),
    period_agg_fn: cdktf.stringToTerraform(struct!.periodAggFn),
    value_expression: cdktf.stringToTerraform(struct!.valueExpression),
    where: cdktf.stringToTerraform(struct!.where),
    where_language: cdktf.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardTilesConfigBarSelectToHclTerraform(struct?: DashboardTilesConfigBarSelect | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    agg_fn: {
      value: cdktf.stringToHclTerraform(struct!.aggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    alias: {
      value: cdktf.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    level: {
      value: cdktf.numberToHclTerraform(struct!.level),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    metric_name: {
      value: cdktf.stringToHclTerraform(struct!.metricName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    metric_type: {
      value: cdktf.stringToHclTerraform(struct!.metricType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigBarSelectNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigBarSelectNumberFormat",
    },
    period_agg_fn: {
      value: cdktf.stringToHclTerraform(struct!.periodAggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_expression: {
      value: cdktf.stringToHclTerraform(struct!.valueExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where: {
      value: cdktf.stringToHclTerraform(struct!.where),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where_language: {
      value: cdktf.stringToHclTerraform(struct!.whereLanguage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigBarSelectOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardTilesConfigBarSelect | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggFn = this._aggFn;
    }
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._level !== undefined) {
      hasAnyValues = true;
      internalValueResult.level = this._level;
    }
    if (this._metricName !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricName = this._metricName;
    }
    if (this._metricType !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricType = this._metricType;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._periodAggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.periodAggFn = this._periodAggFn;
    }
    if (this._valueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueExpression = this._valueExpression;
    }
    if (this._where !== undefined) {
      hasAnyValues = true;
      internalValueResult.where = this._where;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigBarSelect | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggFn = undefined;
      this._alias = undefined;
      this._level = undefined;
      this._metricName = undefined;
      this._metricType = undefined;
      this._numberFormat.internalValue = undefined;
      this._periodAggFn = undefined;
      this._valueExpression = undefined;
      this._where = undefined;
      this._whereLanguage = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aggFn = value.aggFn;
      this._alias = value.alias;
      this._level = value.level;
      this._metricName = value.metricName;
      this._metricType = value.metricType;
      this._numberFormat.internalValue = value.numberFormat;
      this._periodAggFn = value.periodAggFn;
      this._valueExpression = value.valueExpression;
      this._where = value.where;
      this._whereLanguage = value.whereLanguage;
    }
  }

  // agg_fn - computed: false, optional: false, required: true
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

  // alias - computed: false, optional: true, required: false
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

  // level - computed: false, optional: true, required: false
  private _level?: number; 
  public get level() {
    return this.getNumberAttribute('level');
  }
  public set level(value: number) {
    this._level = value;
  }
  public resetLevel() {
    this._level = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get levelInput() {
    return this._level;
  }

  // metric_name - computed: false, optional: true, required: false
  private _metricName?: string; 
  public get metricName() {
    return this.getStringAttribute('metric_name');
  }
  public set metricName(value: string) {
    this._metricName = value;
  }
  public resetMetricName() {
    this._metricName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricNameInput() {
    return this._metricName;
  }

  // metric_type - computed: false, optional: true, required: false
  private _metricType?: string; 
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }
  public set metricType(value: string) {
    this._metricType = value;
  }
  public resetMetricType() {
    this._metricType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricTypeInput() {
    return this._metricType;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigBarSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigBarSelectNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // period_agg_fn - computed: false, optional: true, required: false
  private _periodAggFn?: string; 
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }
  public set periodAggFn(value: string) {
    this._periodAggFn = value;
  }
  public resetPeriodAggFn() {
    this._periodAggFn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodAggFnInput() {
    return this._periodAggFn;
  }

  // value_expression - computed: false, optional: true, required: false
  private _valueExpression?: string; 
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }
  public set valueExpression(value: string) {
    this._valueExpression = value;
  }
  public resetValueExpression() {
    this._valueExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueExpressionInput() {
    return this._valueExpression;
  }

  // where - computed: true, optional: true, required: false
  private _where?: string; 
  public get where() {
    return this.getStringAttribute('where');
  }
  public set where(value: string) {
    this._where = value;
  }
  public resetWhere() {
    this._where = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereInput() {
    return this._where;
  }

  // where_language - computed: true, optional: true, required: false
  private _whereLanguage?: string; 
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
  public set whereLanguage(value: string) {
    this._whereLanguage = value;
  }
  public resetWhereLanguage() {
    this._whereLanguage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereLanguageInput() {
    return this._whereLanguage;
  }
}

export class DashboardTilesConfigBarSelectList extends cdktf.ComplexList {
  public internalValue? : DashboardTilesConfigBarSelect[] | cdktf.IResolvable

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
  public get(index: number): DashboardTilesConfigBarSelectOutputReference {
    return new DashboardTilesConfigBarSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTilesConfigBar {
  /**
  * Group by expression (one series per group).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#group_by Dashboard#group_by}
  */
  readonly groupBy?: string;
  /**
  * Maximum number of bars.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#limit Dashboard#limit}
  */
  readonly limit?: number;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigBarNumberFormat;
  /**
  * SQL `ORDER BY` expression.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#order_by Dashboard#order_by}
  */
  readonly orderBy?: string;
  /**
  * The value of each bar (exactly 1 select item).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select: DashboardTilesConfigBarSelect[] | cdktf.IResolvable;
  /**
  * Id of the source queried (see the `clickstack_source` data source).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
}

export function dashboardTilesConfigBarToTerraform(struct?: DashboardTilesConfigBar | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    group_by: cdktf.stringToTerraform(struct!.groupBy),
    limit: cdktf.numberToTerraform(struct!.limit),
    number_format: dashboardTilesConfigBarNumberFormatToTerraform(struct!.numberFormat),
    order_by: cdktf.stringToTerraform(struct!.orderBy),
    select: cdktf.listMapper(dashboardTilesConfigBarSelectToTerraform, false)(struct!.select),
    source_id: cdktf.stringToTerraform(struct!.sourceId),
  }
}


export function dashboardTilesConfigBarToHclTerraform(struct?: DashboardTilesConfigBar | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    group_by: {
      value: cdktf.stringToHclTerraform(struct!.groupBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    limit: {
      value: cdktf.numberToHclTerraform(struct!.limit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    number_format: {
      value: dashboardTilesConfigBarNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigBarNumberFormat",
    },
    order_by: {
      value: cdktf.stringToHclTerraform(struct!.orderBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    select: {
      value: cdktf.listMapperHcl(dashboardTilesConfigBarSelectToHclTerraform, false)(struct!.select),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTilesConfigBarSelectList",
    },
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigBarOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigBar | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._groupBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.groupBy = this._groupBy;
    }
    if (this._limit !== undefined) {
      hasAnyValues = true;
      internalValueResult.limit = this._limit;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._orderBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.orderBy = this._orderBy;
    }
    if (this._select?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select?.internalValue;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigBar | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._groupBy = undefined;
      this._limit = undefined;
      this._numberFormat.internalValue = undefined;
      this._orderBy = undefined;
      this._select.internalValue = undefined;
      this._sourceId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._groupBy = value.groupBy;
      this._limit = value.limit;
      this._numberFormat.internalValue = value.numberFormat;
      this._orderBy = value.orderBy;
      this._select.internalValue = value.select;
      this._sourceId = value.sourceId;
    }
  }

  // group_by - computed: false, optional: true, required: false
  private _groupBy?: string; 
  public get groupBy() {
    return this.getStringAttribute('group_by');
  }
  public set groupBy(value: string) {
    this._groupBy = value;
  }
  public resetGroupBy() {
    this._groupBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupByInput() {
    return this._groupBy;
  }

  // limit - computed: false, optional: true, required: false
  private _limit?: number; 
  public get limit() {
    return this.getNumberAttribute('limit');
  }
  public set limit(value: number) {
    this._limit = value;
  }
  public resetLimit() {
    this._limit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get limitInput() {
    return this._limit;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigBarNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigBarNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // order_by - computed: false, optional: true, required: false
  private _orderBy?: string; 
  public get orderBy() {
    return this.getStringAttribute('order_by');
  }
  public set orderBy(value: string) {
    this._orderBy = value;
  }
  public resetOrderBy() {
    this._orderBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderByInput() {
    return this._orderBy;
  }

  // select - computed: false, optional: false, required: true
  private _select = new DashboardTilesConfigBarSelectList(this, "select", false);
  public get select() {
    return this._select;
  }
  public putSelect(value: DashboardTilesConfigBarSelect[] | cdktf.IResolvable) {
    this._select.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select.internalValue;
  }

  // source_id - computed: false, optional: false, required: true
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }
}
export interface DashboardTilesConfigEventPatterns {
  /**
  * Expression whose values are clustered into patterns. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select?: string;
  /**
  * Id of a log source.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
  /**
  * Filter. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardTilesConfigEventPatternsToTerraform(struct?: DashboardTilesConfigEventPatterns | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    select: cdktf.stringToTerraform(struct!.select),
    source_id: cdktf.stringToTerraform(struct!.sourceId),
    where: cdktf.stringToTerraform(struct!.where),
    where_language: cdktf.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardTilesConfigEventPatternsToHclTerraform(struct?: DashboardTilesConfigEventPatterns | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    select: {
      value: cdktf.stringToHclTerraform(struct!.select),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where: {
      value: cdktf.stringToHclTerraform(struct!.where),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where_language: {
      value: cdktf.stringToHclTerraform(struct!.whereLanguage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigEventPatternsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigEventPatterns | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._select !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._where !== undefined) {
      hasAnyValues = true;
      internalValueResult.where = this._where;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigEventPatterns | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._select = undefined;
      this._sourceId = undefined;
      this._where = undefined;
      this._whereLanguage = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._select = value.select;
      this._sourceId = value.sourceId;
      this._where = value.where;
      this._whereLanguage = value.whereLanguage;
    }
  }

  // select - computed: true, optional: true, required: false
  private _select?: string; 
  public get select() {
    return this.getStringAttribute('select');
  }
  public set select(value: string) {
    this._select = value;
  }
  public resetSelect() {
    this._select = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select;
  }

  // source_id - computed: false, optional: false, required: true
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // where - computed: true, optional: true, required: false
  private _where?: string; 
  public get where() {
    return this.getStringAttribute('where');
  }
  public set where(value: string) {
    this._where = value;
  }
  public resetWhere() {
    this._where = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereInput() {
    return this._where;
  }

  // where_language - computed: true, optional: true, required: false
  private _whereLanguage?: string; 
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
  public set whereLanguage(value: string) {
    this._whereLanguage = value;
  }
  public resetWhereLanguage() {
    this._whereLanguage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereLanguageInput() {
    return this._whereLanguage;
  }
}
export interface DashboardTilesConfigHeatmapNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigHeatmapNumberFormatToTerraform(struct?: DashboardTilesConfigHeatmapNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigHeatmapNumberFormatToHclTerraform(struct?: DashboardTilesConfigHeatmapNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigHeatmapNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigHeatmapNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigHeatmapNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigHeatmapSelect {
  /**
  * Expression counted per cell (defaults to a row count).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#count_expression Dashboard#count_expression}
  */
  readonly countExpression?: string;
  /**
  * `log` or `linear` scale.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#heatmap_scale_type Dashboard#heatmap_scale_type}
  */
  readonly heatmapScaleType?: string;
  /**
  * Expression whose distribution is plotted, such as a duration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_expression Dashboard#value_expression}
  */
  readonly valueExpression: string;
}

export function dashboardTilesConfigHeatmapSelectToTerraform(struct?: DashboardTilesConfigHeatmapSelect | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    count_expression: cdktf.stringToTerraform(struct!.countExpression),
    heatmap_scale_type: cdktf.stringToTerraform(struct!.heatmapScaleType),
    value_expression: cdktf.stringToTerraform(struct!.valueExpression),
  }
}


export function dashboardTilesConfigHeatmapSelectToHclTerraform(struct?: DashboardTilesConfigHeatmapSelect | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    count_expression: {
      value: cdktf.stringToHclTerraform(struct!.countExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    heatmap_scale_type: {
      value: cdktf.stringToHclTerraform(struct!.heatmapScaleType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_expression: {
      value: cdktf.stringToHclTerraform(struct!.valueExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigHeatmapSelectOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardTilesConfigHeatmapSelect | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._countExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.countExpression = this._countExpression;
    }
    if (this._heatmapScaleType !== undefined) {
      hasAnyValues = true;
      internalValueResult.heatmapScaleType = this._heatmapScaleType;
    }
    if (this._valueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueExpression = this._valueExpression;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigHeatmapSelect | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._countExpression = undefined;
      this._heatmapScaleType = undefined;
      this._valueExpression = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._countExpression = value.countExpression;
      this._heatmapScaleType = value.heatmapScaleType;
      this._valueExpression = value.valueExpression;
    }
  }

  // count_expression - computed: false, optional: true, required: false
  private _countExpression?: string; 
  public get countExpression() {
    return this.getStringAttribute('count_expression');
  }
  public set countExpression(value: string) {
    this._countExpression = value;
  }
  public resetCountExpression() {
    this._countExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get countExpressionInput() {
    return this._countExpression;
  }

  // heatmap_scale_type - computed: false, optional: true, required: false
  private _heatmapScaleType?: string; 
  public get heatmapScaleType() {
    return this.getStringAttribute('heatmap_scale_type');
  }
  public set heatmapScaleType(value: string) {
    this._heatmapScaleType = value;
  }
  public resetHeatmapScaleType() {
    this._heatmapScaleType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heatmapScaleTypeInput() {
    return this._heatmapScaleType;
  }

  // value_expression - computed: false, optional: false, required: true
  private _valueExpression?: string; 
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }
  public set valueExpression(value: string) {
    this._valueExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueExpressionInput() {
    return this._valueExpression;
  }
}

export class DashboardTilesConfigHeatmapSelectList extends cdktf.ComplexList {
  public internalValue? : DashboardTilesConfigHeatmapSelect[] | cdktf.IResolvable

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
  public get(index: number): DashboardTilesConfigHeatmapSelectOutputReference {
    return new DashboardTilesConfigHeatmapSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTilesConfigHeatmap {
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigHeatmapNumberFormat;
  /**
  * The distribution plotted (exactly 1).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select: DashboardTilesConfigHeatmapSelect[] | cdktf.IResolvable;
  /**
  * Id of a trace source.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
  /**
  * Filter. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardTilesConfigHeatmapToTerraform(struct?: DashboardTilesConfigHeatmap | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    number_format: dashboardTilesConfigHeatmapNumberFormatToTerraform(struct!.numberFormat),
    select: cdktf.listMapper(dashboardTilesConfigHeatmapSelectToTerraform, false)(struct!.select),
    source_id: cdktf.stringToTerraform(struct!.sourceId),
    where: cdktf.stringToTerraform(struct!.where),
    where_language: cdktf.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardTilesConfigHeatmapToHclTerraform(struct?: DashboardTilesConfigHeatmap | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    number_format: {
      value: dashboardTilesConfigHeatmapNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigHeatmapNumberFormat",
    },
    select: {
      value: cdktf.listMapperHcl(dashboardTilesConfigHeatmapSelectToHclTerraform, false)(struct!.select),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTilesConfigHeatmapSelectList",
    },
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where: {
      value: cdktf.stringToHclTerraform(struct!.where),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where_language: {
      value: cdktf.stringToHclTerraform(struct!.whereLanguage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigHeatmapOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigHeatmap | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._select?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select?.internalValue;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._where !== undefined) {
      hasAnyValues = true;
      internalValueResult.where = this._where;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigHeatmap | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._numberFormat.internalValue = undefined;
      this._select.internalValue = undefined;
      this._sourceId = undefined;
      this._where = undefined;
      this._whereLanguage = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._numberFormat.internalValue = value.numberFormat;
      this._select.internalValue = value.select;
      this._sourceId = value.sourceId;
      this._where = value.where;
      this._whereLanguage = value.whereLanguage;
    }
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigHeatmapNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigHeatmapNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // select - computed: false, optional: false, required: true
  private _select = new DashboardTilesConfigHeatmapSelectList(this, "select", false);
  public get select() {
    return this._select;
  }
  public putSelect(value: DashboardTilesConfigHeatmapSelect[] | cdktf.IResolvable) {
    this._select.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select.internalValue;
  }

  // source_id - computed: false, optional: false, required: true
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // where - computed: true, optional: true, required: false
  private _where?: string; 
  public get where() {
    return this.getStringAttribute('where');
  }
  public set where(value: string) {
    this._where = value;
  }
  public resetWhere() {
    this._where = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereInput() {
    return this._where;
  }

  // where_language - computed: true, optional: true, required: false
  private _whereLanguage?: string; 
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
  public set whereLanguage(value: string) {
    this._whereLanguage = value;
  }
  public resetWhereLanguage() {
    this._whereLanguage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereLanguageInput() {
    return this._whereLanguage;
  }
}
export interface DashboardTilesConfigLineFormulasNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigLineFormulasNumberFormatToTerraform(struct?: DashboardTilesConfigLineFormulasNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigLineFormulasNumberFormatToHclTerraform(struct?: DashboardTilesConfigLineFormulasNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigLineFormulasNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigLineFormulasNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigLineFormulasNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigLineFormulas {
  /**
  * Name of the formula series.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Formula over the select items, referenced as A, B, C ...
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#expression Dashboard#expression}
  */
  readonly expression: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigLineFormulasNumberFormat;
}

export function dashboardTilesConfigLineFormulasToTerraform(struct?: DashboardTilesConfigLineFormulas | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    alias: cdktf.stringToTerraform(struct!.alias),
    expression: cdktf.stringToTerraform(struct!.expression),
    number_format: dashboardTilesConfigLineFormulasNumberFormatToTerraform(struct!.numberFormat),
  }
}


export function dashboardTilesConfigLineFormulasToHclTerraform(struct?: DashboardTilesConfigLineFormulas | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    alias: {
      value: cdktf.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    expression: {
      value: cdktf.stringToHclTerraform(struct!.expression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigLineFormulasNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigLineFormulasNumberFormat",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigLineFormulasOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardTilesConfigLineFormulas | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._expression !== undefined) {
      hasAnyValues = true;
      internalValueResult.expression = this._expression;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigLineFormulas | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alias = undefined;
      this._expression = undefined;
      this._numberFormat.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alias = value.alias;
      this._expression = value.expression;
      this._numberFormat.internalValue = value.numberFormat;
    }
  }

  // alias - computed: false, optional: true, required: false
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

  // expression - computed: false, optional: false, required: true
  private _expression?: string; 
  public get expression() {
    return this.getStringAttribute('expression');
  }
  public set expression(value: string) {
    this._expression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionInput() {
    return this._expression;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigLineFormulasNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigLineFormulasNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }
}

export class DashboardTilesConfigLineFormulasList extends cdktf.ComplexList {
  public internalValue? : DashboardTilesConfigLineFormulas[] | cdktf.IResolvable

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
  public get(index: number): DashboardTilesConfigLineFormulasOutputReference {
    return new DashboardTilesConfigLineFormulasOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTilesConfigLineNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigLineNumberFormatToTerraform(struct?: DashboardTilesConfigLineNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigLineNumberFormatToHclTerraform(struct?: DashboardTilesConfigLineNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigLineNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigLineNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigLineNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigLineSelectNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigLineSelectNumberFormatToTerraform(struct?: DashboardTilesConfigLineSelectNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigLineSelectNumberFormatToHclTerraform(struct?: DashboardTilesConfigLineSelectNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigLineSelectNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigLineSelectNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigLineSelectNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigLineSelect {
  /**
  * Aggregation: `avg`, `count`, `count_distinct`, `last_value`, `max`, `min`, `quantile`, `sum`, `any`, `none`, `increase`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#agg_fn Dashboard#agg_fn}
  */
  readonly aggFn: string;
  /**
  * Series name shown in the legend.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Quantile level (0.5, 0.9, 0.95 or 0.99); only with `agg_fn = "quantile"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#level Dashboard#level}
  */
  readonly level?: number;
  /**
  * Metric name, for metric sources.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_name Dashboard#metric_name}
  */
  readonly metricName?: string;
  /**
  * Metric data type, for metric sources: `sum`, `gauge`, `histogram`, `summary`, `exponential histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_type Dashboard#metric_type}
  */
  readonly metricType?: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigLineSelectNumberFormat;
  /**
  * Per-period aggregation applied before `agg_fn`: `delta`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#period_agg_fn Dashboard#period_agg_fn}
  */
  readonly periodAggFn?: string;
  /**
  * Column or SQL expression aggregated. Required unless `agg_fn` is `count`, where it must be left out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_expression Dashboard#value_expression}
  */
  readonly valueExpression?: string;
  /**
  * Filter of this series only. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardTilesConfigLineSelectToTerraform(struct?: DashboardTilesConfigLineSelect | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    agg_fn: cdktf.stringToTerraform(struct!.aggFn),
    alias: cdktf.stringToTerraform(struct!.alias),
    level: cdktf.numberToTerraform(struct!.level),
    metric_name: cdktf.stringToTerraform(struct!.metricName),
    metric_type: cdktf.stringToTerraform(struct!.metricType),
    number_format: dashboardTilesConfigLineSelectNumberFormatToTerraform(struct!.numberFormat),
    period_agg_fn: cdktf.stringToTerraform(struct!.periodAggFn),
    value_expression: cdktf.stringToTerraform(struct!.valueExpression),
    where: cdktf.stringToTerraform(struct!.where),
    where_language: cdktf.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardTilesConfigLineSelectToHclTerraform(struct?: DashboardTilesConfigLineSelect | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    agg_fn: {
      value: cdktf.stringToHclTerraform(struct!.aggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    alias: {
      value: cdktf.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    level: {
      value: cdktf.numberToHclTerraform(struct!.level),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    metric_name: {
      value: cdktf.stringToHclTerraform(struct!.metricName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    metric_type: {
      value: cdktf.stringToHclTerraform(struct!.metricType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigLineSelectNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigLineSelectNumberFormat",
    },
    period_agg_fn: {
      value: cdktf.stringToHclTerraform(struct!.periodAggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_expression: {
      value: cdktf.stringToHclTerraform(struct!.valueExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where: {
      value: cdktf.stringToHclTerraform(struct!.where),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where_language: {
      value: cdktf.stringToHclTerraform(struct!.whereLanguage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigLineSelectOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardTilesConfigLineSelect | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggFn = this._aggFn;
    }
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._level !== undefined) {
      hasAnyValues = true;
      internalValueResult.level = this._level;
    }
    if (this._metricName !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricName = this._metricName;
    }
    if (this._metricType !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricType = this._metricType;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._periodAggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.periodAggFn = this._periodAggFn;
    }
    if (this._valueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueExpression = this._valueExpression;
    }
    if (this._where !== undefined) {
      hasAnyValues = true;
      internalValueResult.where = this._where;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigLineSelect | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggFn = undefined;
      this._alias = undefined;
      this._level = undefined;
      this._metricName = undefined;
      this._metricType = undefined;
      this._numberFormat.internalValue = undefined;
      this._periodAggFn = undefined;
      this._valueExpression = undefined;
      this._where = undefined;
      this._whereLanguage = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aggFn = value.aggFn;
      this._alias = value.alias;
      this._level = value.level;
      this._metricName = value.metricName;
      this._metricType = value.metricType;
      this._numberFormat.internalValue = value.numberFormat;
      this._periodAggFn = value.periodAggFn;
      this._valueExpression = value.valueExpression;
      this._where = value.where;
      this._whereLanguage = value.whereLanguage;
    }
  }

  // agg_fn - computed: false, optional: false, required: true
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

  // alias - computed: false, optional: true, required: false
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

  // level - computed: false, optional: true, required: false
  private _level?: number; 
  public get level() {
    return this.getNumberAttribute('level');
  }
  public set level(value: number) {
    this._level = value;
  }
  public resetLevel() {
    this._level = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get levelInput() {
    return this._level;
  }

  // metric_name - computed: false, optional: true, required: false
  private _metricName?: string; 
  public get metricName() {
    return this.getStringAttribute('metric_name');
  }
  public set metricName(value: string) {
    this._metricName = value;
  }
  public resetMetricName() {
    this._metricName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricNameInput() {
    return this._metricName;
  }

  // metric_type - computed: false, optional: true, required: false
  private _metricType?: string; 
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }
  public set metricType(value: string) {
    this._metricType = value;
  }
  public resetMetricType() {
    this._metricType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricTypeInput() {
    return this._metricType;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigLineSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigLineSelectNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // period_agg_fn - computed: false, optional: true, required: false
  private _periodAggFn?: string; 
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }
  public set periodAggFn(value: string) {
    this._periodAggFn = value;
  }
  public resetPeriodAggFn() {
    this._periodAggFn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodAggFnInput() {
    return this._periodAggFn;
  }

  // value_expression - computed: false, optional: true, required: false
  private _valueExpression?: string; 
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }
  public set valueExpression(value: string) {
    this._valueExpression = value;
  }
  public resetValueExpression() {
    this._valueExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueExpressionInput() {
    return this._valueExpression;
  }

  // where - computed: true, optional: true, required: false
  private _where?: string; 
  public get where() {
    return this.getStringAttribute('where');
  }
  public set where(value: string) {
    this._where = value;
  }
  public resetWhere() {
    this._where = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereInput() {
    return this._where;
  }

  // where_language - computed: true, optional: true, required: false
  private _whereLanguage?: string; 
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
  public set whereLanguage(value: string) {
    this._whereLanguage = value;
  }
  public resetWhereLanguage() {
    this._whereLanguage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereLanguageInput() {
    return this._whereLanguage;
  }
}

export class DashboardTilesConfigLineSelectList extends cdktf.ComplexList {
  public internalValue? : DashboardTilesConfigLineSelect[] | cdktf.IResolvable

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
  public get(index: number): DashboardTilesConfigLineSelectOutputReference {
    return new DashboardTilesConfigLineSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTilesConfigLine {
  /**
  * Align the time range to whole buckets.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#align_date_range_to_granularity Dashboard#align_date_range_to_granularity}
  */
  readonly alignDateRangeToGranularity?: boolean | cdktf.IResolvable;
  /**
  * Plot the first series divided by the second (needs exactly 2 select items). Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#as_ratio Dashboard#as_ratio}
  */
  readonly asRatio?: boolean | cdktf.IResolvable;
  /**
  * Also plot the previous period.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#compare_to_previous_period Dashboard#compare_to_previous_period}
  */
  readonly compareToPreviousPeriod?: boolean | cdktf.IResolvable;
  /**
  * Plot missing buckets as zero. Defaults to `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#fill_nulls Dashboard#fill_nulls}
  */
  readonly fillNulls?: boolean | cdktf.IResolvable;
  /**
  * Fit the y axis to the data rather than starting at zero.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#fit_y_axis_to_data Dashboard#fit_y_axis_to_data}
  */
  readonly fitYAxisToData?: boolean | cdktf.IResolvable;
  /**
  * Formulas over the select items (up to 10), such as `A / B`. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#formulas Dashboard#formulas}
  */
  readonly formulas?: DashboardTilesConfigLineFormulas[] | cdktf.IResolvable;
  /**
  * Group by expression (one series per group).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#group_by Dashboard#group_by}
  */
  readonly groupBy?: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigLineNumberFormat;
  /**
  * Series plotted (1 to 20).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select: DashboardTilesConfigLineSelect[] | cdktf.IResolvable;
  /**
  * Maximum series shown; 0 means unlimited. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#series_limit Dashboard#series_limit}
  */
  readonly seriesLimit?: number;
  /**
  * Show the select series alongside the formulas. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#show_operand_series Dashboard#show_operand_series}
  */
  readonly showOperandSeries?: boolean | cdktf.IResolvable;
  /**
  * Id of the source queried (see the `clickstack_source` data source).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
}

export function dashboardTilesConfigLineToTerraform(struct?: DashboardTilesConfigLine | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align_date_range_to_granularity: cdktf.booleanToTerraform(struct!.alignDateRangeToGranularity),
    as_ratio: cdktf.booleanToTerraform(struct!.asRatio),
    compare_to_previous_period: cdktf.booleanToTerraform(struct!.compareToPreviousPeriod),
    fill_nulls: cdktf.booleanToTerraform(struct!.fillNulls),
    fit_y_axis_to_data: cdktf.booleanToTerraform(struct!.fitYAxisToData),
    formulas: cdktf.listMapper(dashboardTilesConfigLineFormulasToTerraform, false)(struct!.formulas),
    group_by: cdktf.stringToTerraform(struct!.groupBy),
    number_format: dashboardTilesConfigLineNumberFormatToTerraform(struct!.numberFormat),
    select: cdktf.listMapper(dashboardTilesConfigLineSelectToTerraform, false)(struct!.select),
    series_limit: cdktf.numberToTerraform(struct!.seriesLimit),
    show_operand_series: cdktf.booleanToTerraform(struct!.showOperandSeries),
    source_id: cdktf.stringToTerraform(struct!.sourceId),
  }
}


export function dashboardTilesConfigLineToHclTerraform(struct?: DashboardTilesConfigLine | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align_date_range_to_granularity: {
      value: cdktf.booleanToHclTerraform(struct!.alignDateRangeToGranularity),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    as_ratio: {
      value: cdktf.booleanToHclTerraform(struct!.asRatio),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    compare_to_previous_period: {
      value: cdktf.booleanToHclTerraform(struct!.compareToPreviousPeriod),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    fill_nulls: {
      value: cdktf.booleanToHclTerraform(struct!.fillNulls),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    fit_y_axis_to_data: {
      value: cdktf.booleanToHclTerraform(struct!.fitYAxisToData),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    formulas: {
      value: cdktf.listMapperHcl(dashboardTilesConfigLineFormulasToHclTerraform, false)(struct!.formulas),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTilesConfigLineFormulasList",
    },
    group_by: {
      value: cdktf.stringToHclTerraform(struct!.groupBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigLineNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigLineNumberFormat",
    },
    select: {
      value: cdktf.listMapperHcl(dashboardTilesConfigLineSelectToHclTerraform, false)(struct!.select),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTilesConfigLineSelectList",
    },
    series_limit: {
      value: cdktf.numberToHclTerraform(struct!.seriesLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    show_operand_series: {
      value: cdktf.booleanToHclTerraform(struct!.showOperandSeries),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigLineOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigLine | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alignDateRangeToGranularity !== undefined) {
      hasAnyValues = true;
      internalValueResult.alignDateRangeToGranularity = this._alignDateRangeToGranularity;
    }
    if (this._asRatio !== undefined) {
      hasAnyValues = true;
      internalValueResult.asRatio = this._asRatio;
    }
    if (this._compareToPreviousPeriod !== undefined) {
      hasAnyValues = true;
      internalValueResult.compareToPreviousPeriod = this._compareToPreviousPeriod;
    }
    if (this._fillNulls !== undefined) {
      hasAnyValues = true;
      internalValueResult.fillNulls = this._fillNulls;
    }
    if (this._fitYAxisToData !== undefined) {
      hasAnyValues = true;
      internalValueResult.fitYAxisToData = this._fitYAxisToData;
    }
    if (this._formulas?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.formulas = this._formulas?.internalValue;
    }
    if (this._groupBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.groupBy = this._groupBy;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._select?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select?.internalValue;
    }
    if (this._seriesLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.seriesLimit = this._seriesLimit;
    }
    if (this._showOperandSeries !== undefined) {
      hasAnyValues = true;
      internalValueResult.showOperandSeries = this._showOperandSeries;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigLine | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alignDateRangeToGranularity = undefined;
      this._asRatio = undefined;
      this._compareToPreviousPeriod = undefined;
      this._fillNulls = undefined;
      this._fitYAxisToData = undefined;
      this._formulas.internalValue = undefined;
      this._groupBy = undefined;
      this._numberFormat.internalValue = undefined;
      this._select.internalValue = undefined;
      this._seriesLimit = undefined;
      this._showOperandSeries = undefined;
      this._sourceId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alignDateRangeToGranularity = value.alignDateRangeToGranularity;
      this._asRatio = value.asRatio;
      this._compareToPreviousPeriod = value.compareToPreviousPeriod;
      this._fillNulls = value.fillNulls;
      this._fitYAxisToData = value.fitYAxisToData;
      this._formulas.internalValue = value.formulas;
      this._groupBy = value.groupBy;
      this._numberFormat.internalValue = value.numberFormat;
      this._select.internalValue = value.select;
      this._seriesLimit = value.seriesLimit;
      this._showOperandSeries = value.showOperandSeries;
      this._sourceId = value.sourceId;
    }
  }

  // align_date_range_to_granularity - computed: false, optional: true, required: false
  private _alignDateRangeToGranularity?: boolean | cdktf.IResolvable; 
  public get alignDateRangeToGranularity() {
    return this.getBooleanAttribute('align_date_range_to_granularity');
  }
  public set alignDateRangeToGranularity(value: boolean | cdktf.IResolvable) {
    this._alignDateRangeToGranularity = value;
  }
  public resetAlignDateRangeToGranularity() {
    this._alignDateRangeToGranularity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignDateRangeToGranularityInput() {
    return this._alignDateRangeToGranularity;
  }

  // as_ratio - computed: true, optional: true, required: false
  private _asRatio?: boolean | cdktf.IResolvable; 
  public get asRatio() {
    return this.getBooleanAttribute('as_ratio');
  }
  public set asRatio(value: boolean | cdktf.IResolvable) {
    this._asRatio = value;
  }
  public resetAsRatio() {
    this._asRatio = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asRatioInput() {
    return this._asRatio;
  }

  // compare_to_previous_period - computed: false, optional: true, required: false
  private _compareToPreviousPeriod?: boolean | cdktf.IResolvable; 
  public get compareToPreviousPeriod() {
    return this.getBooleanAttribute('compare_to_previous_period');
  }
  public set compareToPreviousPeriod(value: boolean | cdktf.IResolvable) {
    this._compareToPreviousPeriod = value;
  }
  public resetCompareToPreviousPeriod() {
    this._compareToPreviousPeriod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get compareToPreviousPeriodInput() {
    return this._compareToPreviousPeriod;
  }

  // fill_nulls - computed: true, optional: true, required: false
  private _fillNulls?: boolean | cdktf.IResolvable; 
  public get fillNulls() {
    return this.getBooleanAttribute('fill_nulls');
  }
  public set fillNulls(value: boolean | cdktf.IResolvable) {
    this._fillNulls = value;
  }
  public resetFillNulls() {
    this._fillNulls = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fillNullsInput() {
    return this._fillNulls;
  }

  // fit_y_axis_to_data - computed: false, optional: true, required: false
  private _fitYAxisToData?: boolean | cdktf.IResolvable; 
  public get fitYAxisToData() {
    return this.getBooleanAttribute('fit_y_axis_to_data');
  }
  public set fitYAxisToData(value: boolean | cdktf.IResolvable) {
    this._fitYAxisToData = value;
  }
  public resetFitYAxisToData() {
    this._fitYAxisToData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fitYAxisToDataInput() {
    return this._fitYAxisToData;
  }

  // formulas - computed: false, optional: true, required: false
  private _formulas = new DashboardTilesConfigLineFormulasList(this, "formulas", false);
  public get formulas() {
    return this._formulas;
  }
  public putFormulas(value: DashboardTilesConfigLineFormulas[] | cdktf.IResolvable) {
    this._formulas.internalValue = value;
  }
  public resetFormulas() {
    this._formulas.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get formulasInput() {
    return this._formulas.internalValue;
  }

  // group_by - computed: false, optional: true, required: false
  private _groupBy?: string; 
  public get groupBy() {
    return this.getStringAttribute('group_by');
  }
  public set groupBy(value: string) {
    this._groupBy = value;
  }
  public resetGroupBy() {
    this._groupBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupByInput() {
    return this._groupBy;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigLineNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigLineNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // select - computed: false, optional: false, required: true
  private _select = new DashboardTilesConfigLineSelectList(this, "select", false);
  public get select() {
    return this._select;
  }
  public putSelect(value: DashboardTilesConfigLineSelect[] | cdktf.IResolvable) {
    this._select.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select.internalValue;
  }

  // series_limit - computed: false, optional: true, required: false
  private _seriesLimit?: number; 
  public get seriesLimit() {
    return this.getNumberAttribute('series_limit');
  }
  public set seriesLimit(value: number) {
    this._seriesLimit = value;
  }
  public resetSeriesLimit() {
    this._seriesLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get seriesLimitInput() {
    return this._seriesLimit;
  }

  // show_operand_series - computed: false, optional: true, required: false
  private _showOperandSeries?: boolean | cdktf.IResolvable; 
  public get showOperandSeries() {
    return this.getBooleanAttribute('show_operand_series');
  }
  public set showOperandSeries(value: boolean | cdktf.IResolvable) {
    this._showOperandSeries = value;
  }
  public resetShowOperandSeries() {
    this._showOperandSeries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get showOperandSeriesInput() {
    return this._showOperandSeries;
  }

  // source_id - computed: false, optional: false, required: true
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }
}
export interface DashboardTilesConfigMarkdown {
  /**
  * Markdown shown in the tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#text Dashboard#text}
  */
  readonly text?: string;
}

export function dashboardTilesConfigMarkdownToTerraform(struct?: DashboardTilesConfigMarkdown | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    text: cdktf.stringToTerraform(struct!.text),
  }
}


export function dashboardTilesConfigMarkdownToHclTerraform(struct?: DashboardTilesConfigMarkdown | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    text: {
      value: cdktf.stringToHclTerraform(struct!.text),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigMarkdownOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigMarkdown | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._text !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigMarkdown | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._text = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._text = value.text;
    }
  }

  // text - computed: false, optional: true, required: false
  private _text?: string; 
  public get text() {
    return this.getStringAttribute('text');
  }
  public set text(value: string) {
    this._text = value;
  }
  public resetText() {
    this._text = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textInput() {
    return this._text;
  }
}
export interface DashboardTilesConfigNumberBackgroundChart {
  /**
  * Palette token: `chart-blue`, `chart-orange`, `chart-red`, `chart-cyan`, `chart-green`, `chart-pink`, `chart-purple`, `chart-light-blue`, `chart-brown`, `chart-gray`, `chart-success`, `chart-warning`, `chart-error`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#color Dashboard#color}
  */
  readonly color?: string;
  /**
  * `line` or `area`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#type Dashboard#type}
  */
  readonly type: string;
}

export function dashboardTilesConfigNumberBackgroundChartToTerraform(struct?: DashboardTilesConfigNumberBackgroundChart | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    color: cdktf.stringToTerraform(struct!.color),
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function dashboardTilesConfigNumberBackgroundChartToHclTerraform(struct?: DashboardTilesConfigNumberBackgroundChart | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    color: {
      value: cdktf.stringToHclTerraform(struct!.color),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigNumberBackgroundChartOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigNumberBackgroundChart | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._color !== undefined) {
      hasAnyValues = true;
      internalValueResult.color = this._color;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigNumberBackgroundChart | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._color = undefined;
      this._type = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._color = value.color;
      this._type = value.type;
    }
  }

  // color - computed: false, optional: true, required: false
  private _color?: string; 
  public get color() {
    return this.getStringAttribute('color');
  }
  public set color(value: string) {
    this._color = value;
  }
  public resetColor() {
    this._color = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get colorInput() {
    return this._color;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}
export interface DashboardTilesConfigNumberColorRules {
  /**
  * Palette token: `chart-blue`, `chart-orange`, `chart-red`, `chart-cyan`, `chart-green`, `chart-pink`, `chart-purple`, `chart-light-blue`, `chart-brown`, `chart-gray`, `chart-success`, `chart-warning`, `chart-error`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#color Dashboard#color}
  */
  readonly color: string;
  /**
  * Label shown with the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#label Dashboard#label}
  */
  readonly label?: string;
  /**
  * `gt`, `gte`, `lt`, `lte`, `between`, `eq` or `neq`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#operator Dashboard#operator}
  */
  readonly operator: string;
  /**
  * Number compared with (lower bound for `between`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value Dashboard#value}
  */
  readonly value?: number;
  /**
  * Upper bound, for `between` only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_max Dashboard#value_max}
  */
  readonly valueMax?: number;
  /**
  * Text compared with, for `eq` and `neq` on text values (instead of `value`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_text Dashboard#value_text}
  */
  readonly valueText?: string;
}

export function dashboardTilesConfigNumberColorRulesToTerraform(struct?: DashboardTilesConfigNumberColorRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    color: cdktf.stringToTerraform(struct!.color),
    label: cdktf.stringToTerraform(struct!.label),
    operator: cdktf.stringToTerraform(struct!.operator),
    value: cdktf.numberToTerraform(struct!.value),
    value_max: cdktf.numberToTerraform(struct!.valueMax),
    value_text: cdktf.stringToTerraform(struct!.valueText),
  }
}


export function dashboardTilesConfigNumberColorRulesToHclTerraform(struct?: DashboardTilesConfigNumberColorRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    color: {
      value: cdktf.stringToHclTerraform(struct!.color),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    label: {
      value: cdktf.stringToHclTerraform(struct!.label),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    operator: {
      value: cdktf.stringToHclTerraform(struct!.operator),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.numberToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    value_max: {
      value: cdktf.numberToHclTerraform(struct!.valueMax),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    value_text: {
      value: cdktf.stringToHclTerraform(struct!.valueText),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigNumberColorRulesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardTilesConfigNumberColorRules | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._color !== undefined) {
      hasAnyValues = true;
      internalValueResult.color = this._color;
    }
    if (this._label !== undefined) {
      hasAnyValues = true;
      internalValueResult.label = this._label;
    }
    if (this._operator !== undefined) {
      hasAnyValues = true;
      internalValueResult.operator = this._operator;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    if (this._valueMax !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueMax = this._valueMax;
    }
    if (this._valueText !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueText = this._valueText;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigNumberColorRules | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._color = undefined;
      this._label = undefined;
      this._operator = undefined;
      this._value = undefined;
      this._valueMax = undefined;
      this._valueText = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._color = value.color;
      this._label = value.label;
      this._operator = value.operator;
      this._value = value.value;
      this._valueMax = value.valueMax;
      this._valueText = value.valueText;
    }
  }

  // color - computed: false, optional: false, required: true
  private _color?: string; 
  public get color() {
    return this.getStringAttribute('color');
  }
  public set color(value: string) {
    this._color = value;
  }
  // Temporarily expose input value. Use with caution.
  public get colorInput() {
    return this._color;
  }

  // label - computed: false, optional: true, required: false
  private _label?: string; 
  public get label() {
    return this.getStringAttribute('label');
  }
  public set label(value: string) {
    this._label = value;
  }
  public resetLabel() {
    this._label = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelInput() {
    return this._label;
  }

  // operator - computed: false, optional: false, required: true
  private _operator?: string; 
  public get operator() {
    return this.getStringAttribute('operator');
  }
  public set operator(value: string) {
    this._operator = value;
  }
  // Temporarily expose input value. Use with caution.
  public get operatorInput() {
    return this._operator;
  }

  // value - computed: false, optional: true, required: false
  private _value?: number; 
  public get value() {
    return this.getNumberAttribute('value');
  }
  public set value(value: number) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }

  // value_max - computed: false, optional: true, required: false
  private _valueMax?: number; 
  public get valueMax() {
    return this.getNumberAttribute('value_max');
  }
  public set valueMax(value: number) {
    this._valueMax = value;
  }
  public resetValueMax() {
    this._valueMax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueMaxInput() {
    return this._valueMax;
  }

  // value_text - computed: false, optional: true, required: false
  private _valueText?: string; 
  public get valueText() {
    return this.getStringAttribute('value_text');
  }
  public set valueText(value: string) {
    this._valueText = value;
  }
  public resetValueText() {
    this._valueText = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueTextInput() {
    return this._valueText;
  }
}

export class DashboardTilesConfigNumberColorRulesList extends cdktf.ComplexList {
  public internalValue? : DashboardTilesConfigNumberColorRules[] | cdktf.IResolvable

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
  public get(index: number): DashboardTilesConfigNumberColorRulesOutputReference {
    return new DashboardTilesConfigNumberColorRulesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTilesConfigNumberFormulasNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigNumberFormulasNumberFormatToTerraform(struct?: DashboardTilesConfigNumberFormulasNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigNumberFormulasNumberFormatToHclTerraform(struct?: DashboardTilesConfigNumberFormulasNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigNumberFormulasNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigNumberFormulasNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigNumberFormulasNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigNumberFormulas {
  /**
  * Name of the formula series.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Formula over the select items, referenced as A, B, C ...
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#expression Dashboard#expression}
  */
  readonly expression: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigNumberFormulasNumberFormat;
}

export function dashboardTilesConfigNumberFormulasToTerraform(struct?: DashboardTilesConfigNumberFormulas | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    alias: cdktf.stringToTerraform(struct!.alias),
    expression: cdktf.stringToTerraform(struct!.expression),
    number_format: dashboardTilesConfigNumberFormulasNumberFormatToTerraform(struct!.numberFormat),
  }
}


export function dashboardTilesConfigNumberFormulasToHclTerraform(struct?: DashboardTilesConfigNumberFormulas | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    alias: {
      value: cdktf.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    expression: {
      value: cdktf.stringToHclTerraform(struct!.expression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigNumberFormulasNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigNumberFormulasNumberFormat",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigNumberFormulasOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardTilesConfigNumberFormulas | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._expression !== undefined) {
      hasAnyValues = true;
      internalValueResult.expression = this._expression;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigNumberFormulas | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alias = undefined;
      this._expression = undefined;
      this._numberFormat.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alias = value.alias;
      this._expression = value.expression;
      this._numberFormat.internalValue = value.numberFormat;
    }
  }

  // alias - computed: false, optional: true, required: false
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

  // expression - computed: false, optional: false, required: true
  private _expression?: string; 
  public get expression() {
    return this.getStringAttribute('expression');
  }
  public set expression(value: string) {
    this._expression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionInput() {
    return this._expression;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigNumberFormulasNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigNumberFormulasNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }
}

export class DashboardTilesConfigNumberFormulasList extends cdktf.ComplexList {
  public internalValue? : DashboardTilesConfigNumberFormulas[] | cdktf.IResolvable

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
  public get(index: number): DashboardTilesConfigNumberFormulasOutputReference {
    return new DashboardTilesConfigNumberFormulasOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTilesConfigNumberNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigNumberNumberFormatToTerraform(struct?: DashboardTilesConfigNumberNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigNumberNumberFormatToHclTerraform(struct?: DashboardTilesConfigNumberNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigNumberNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigNumberNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigNumberNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigNumberSelectNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigNumberSelectNumberFormatToTerraform(struct?: DashboardTilesConfigNumberSelectNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigNumberSelectNumberFormatToHclTerraform(struct?: DashboardTilesConfigNumberSelectNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigNumberSelectNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigNumberSelectNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigNumberSelectNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigNumberSelect {
  /**
  * Aggregation: `avg`, `count`, `count_distinct`, `last_value`, `max`, `min`, `quantile`, `sum`, `any`, `none`, `increase`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#agg_fn Dashboard#agg_fn}
  */
  readonly aggFn: string;
  /**
  * Series name shown in the legend.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Quantile level (0.5, 0.9, 0.95 or 0.99); only with `agg_fn = "quantile"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#level Dashboard#level}
  */
  readonly level?: number;
  /**
  * Metric name, for metric sources.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_name Dashboard#metric_name}
  */
  readonly metricName?: string;
  /**
  * Metric data type, for metric sources: `sum`, `gauge`, `histogram`, `summary`, `exponential histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_type Dashboard#metric_type}
  */
  readonly metricType?: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigNumberSelectNumberFormat;
  /**
  * Per-period aggregation applied before `agg_fn`: `delta`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#period_agg_fn Dashboard#period_agg_fn}
  */
  readonly periodAggFn?: string;
  /**
  * Column or SQL expression aggregated. Required unless `agg_fn` is `count`, where it must be left out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_expression Dashboard#value_expression}
  */
  readonly valueExpression?: string;
  /**
  * Filter of this series only. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardTilesConfigNumberSelectToTerraform(struct?: DashboardTilesConfigNumberSelect | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    agg_fn: cdktf.stringToTerraform(struct!.aggFn),
    alias: cdktf.stringToTerraform(struct!.alias),
    level: cdktf.numberToTerraform(struct!.level),
    metric_name: cdktf.stringToTerraform(struct!.metricName),
    metric_type: cdktf.stringToTerraform(struct!.metricType),
    number_format: dashboardTilesConfigNumberSelectNumberFormatToTerraform(struct!.numberFormat),
    period_agg_fn: cdktf.stringToTerraform(struct!.periodAggFn),
    value_expression: cdktf.stringToTerraform(struct!.valueExpression),
    where: cdktf.stringToTerraform(struct!.where),
    where_language: cdktf.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardTilesConfigNumberSelectToHclTerraform(struct?: DashboardTilesConfigNumberSelect | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    agg_fn: {
      value: cdktf.stringToHclTerraform(struct!.aggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    alias: {
      value: cdktf.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    level: {
      value: cdktf.numberToHclTerraform(struct!.level),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    metric_name: {
      value: cdktf.stringToHclTerraform(struct!.metricName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    metric_type: {
      value: cdktf.stringToHclTerraform(struct!.metricType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigNumberSelectNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigNumberSelectNumberFormat",
    },
    period_agg_fn: {
      value: cdktf.stringToHclTerraform(struct!.periodAggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_expression: {
      value: cdktf.stringToHclTerraform(struct!.valueExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where: {
      value: cdktf.stringToHclTerraform(struct!.where),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where_language: {
      value: cdktf.stringToHclTerraform(struct!.whereLanguage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigNumberSelectOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardTilesConfigNumberSelect | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggFn = this._aggFn;
    }
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._level !== undefined) {
      hasAnyValues = true;
      internalValueResult.level = this._level;
    }
    if (this._metricName !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricName = this._metricName;
    }
    if (this._metricType !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricType = this._metricType;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._periodAggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.periodAggFn = this._periodAggFn;
    }
    if (this._valueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueExpression = this._valueExpression;
    }
    if (this._where !== undefined) {
      hasAnyValues = true;
      internalValueResult.where = this._where;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigNumberSelect | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggFn = undefined;
      this._alias = undefined;
      this._level = undefined;
      this._metricName = undefined;
      this._metricType = undefined;
      this._numberFormat.internalValue = undefined;
      this._periodAggFn = undefined;
      this._valueExpression = undefined;
      this._where = undefined;
      this._whereLanguage = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aggFn = value.aggFn;
      this._alias = value.alias;
      this._level = value.level;
      this._metricName = value.metricName;
      this._metricType = value.metricType;
      this._numberFormat.internalValue = value.numberFormat;
      this._periodAggFn = value.periodAggFn;
      this._valueExpression = value.valueExpression;
      this._where = value.where;
      this._whereLanguage = value.whereLanguage;
    }
  }

  // agg_fn - computed: false, optional: false, required: true
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

  // alias - computed: false, optional: true, required: false
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

  // level - computed: false, optional: true, required: false
  private _level?: number; 
  public get level() {
    return this.getNumberAttribute('level');
  }
  public set level(value: number) {
    this._level = value;
  }
  public resetLevel() {
    this._level = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get levelInput() {
    return this._level;
  }

  // metric_name - computed: false, optional: true, required: false
  private _metricName?: string; 
  public get metricName() {
    return this.getStringAttribute('metric_name');
  }
  public set metricName(value: string) {
    this._metricName = value;
  }
  public resetMetricName() {
    this._metricName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricNameInput() {
    return this._metricName;
  }

  // metric_type - computed: false, optional: true, required: false
  private _metricType?: string; 
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }
  public set metricType(value: string) {
    this._metricType = value;
  }
  public resetMetricType() {
    this._metricType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricTypeInput() {
    return this._metricType;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigNumberSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigNumberSelectNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // period_agg_fn - computed: false, optional: true, required: false
  private _periodAggFn?: string; 
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }
  public set periodAggFn(value: string) {
    this._periodAggFn = value;
  }
  public resetPeriodAggFn() {
    this._periodAggFn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodAggFnInput() {
    return this._periodAggFn;
  }

  // value_expression - computed: false, optional: true, required: false
  private _valueExpression?: string; 
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }
  public set valueExpression(value: string) {
    this._valueExpression = value;
  }
  public resetValueExpression() {
    this._valueExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueExpressionInput() {
    return this._valueExpression;
  }

  // where - computed: true, optional: true, required: false
  private _where?: string; 
  public get where() {
    return this.getStringAttribute('where');
  }
  public set where(value: string) {
    this._where = value;
  }
  public resetWhere() {
    this._where = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereInput() {
    return this._where;
  }

  // where_language - computed: true, optional: true, required: false
  private _whereLanguage?: string; 
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
  public set whereLanguage(value: string) {
    this._whereLanguage = value;
  }
  public resetWhereLanguage() {
    this._whereLanguage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereLanguageInput() {
    return this._whereLanguage;
  }
}

export class DashboardTilesConfigNumberSelectList extends cdktf.ComplexList {
  public internalValue? : DashboardTilesConfigNumberSelect[] | cdktf.IResolvable

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
  public get(index: number): DashboardTilesConfigNumberSelectOutputReference {
    return new DashboardTilesConfigNumberSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTilesConfigNumber {
  /**
  * A small chart behind the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#background_chart Dashboard#background_chart}
  */
  readonly backgroundChart?: DashboardTilesConfigNumberBackgroundChart;
  /**
  * Colour of the value: `chart-blue`, `chart-orange`, `chart-red`, `chart-cyan`, `chart-green`, `chart-pink`, `chart-purple`, `chart-light-blue`, `chart-brown`, `chart-gray`, `chart-success`, `chart-warning`, `chart-error`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#color Dashboard#color}
  */
  readonly color?: string;
  /**
  * Colour the value by thresholds (up to 10), first match wins.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#color_rules Dashboard#color_rules}
  */
  readonly colorRules?: DashboardTilesConfigNumberColorRules[] | cdktf.IResolvable;
  /**
  * One formula combining the select items. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#formulas Dashboard#formulas}
  */
  readonly formulas?: DashboardTilesConfigNumberFormulas[] | cdktf.IResolvable;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigNumberNumberFormat;
  /**
  * The value shown: exactly 1 select item, or up to 20 combined by one formula.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select: DashboardTilesConfigNumberSelect[] | cdktf.IResolvable;
  /**
  * Id of the source queried (see the `clickstack_source` data source).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
}

export function dashboardTilesConfigNumberToTerraform(struct?: DashboardTilesConfigNumber | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    background_chart: dashboardTilesConfigNumberBackgroundChartToTerraform(struct!.backgroundChart),
    color: cdktf.stringToTerraform(struct!.color),
    color_rules: cdktf.listMapper(dashboardTilesConfigNumberColorRulesToTerraform, false)(struct!.colorRules),
    formulas: cdktf.listMapper(dashboardTilesConfigNumberFormulasToTerraform, false)(struct!.formulas),
    number_format: dashboardTilesConfigNumberNumberFormatToTerraform(struct!.numberFormat),
    select: cdktf.listMapper(dashboardTilesConfigNumberSelectToTerraform, false)(struct!.select),
    source_id: cdktf.stringToTerraform(struct!.sourceId),
  }
}


export function dashboardTilesConfigNumberToHclTerraform(struct?: DashboardTilesConfigNumber | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    background_chart: {
      value: dashboardTilesConfigNumberBackgroundChartToHclTerraform(struct!.backgroundChart),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigNumberBackgroundChart",
    },
    color: {
      value: cdktf.stringToHclTerraform(struct!.color),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    color_rules: {
      value: cdktf.listMapperHcl(dashboardTilesConfigNumberColorRulesToHclTerraform, false)(struct!.colorRules),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTilesConfigNumberColorRulesList",
    },
    formulas: {
      value: cdktf.listMapperHcl(dashboardTilesConfigNumberFormulasToHclTerraform, false)(struct!.formulas),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTilesConfigNumberFormulasList",
    },
    number_format: {
      value: dashboardTilesConfigNumberNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigNumberNumberFormat",
    },
    select: {
      value: cdktf.listMapperHcl(dashboardTilesConfigNumberSelectToHclTerraform, false)(struct!.select),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTilesConfigNumberSelectList",
    },
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigNumberOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigNumber | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._backgroundChart?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundChart = this._backgroundChart?.internalValue;
    }
    if (this._color !== undefined) {
      hasAnyValues = true;
      internalValueResult.color = this._color;
    }
    if (this._colorRules?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.colorRules = this._colorRules?.internalValue;
    }
    if (this._formulas?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.formulas = this._formulas?.internalValue;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._select?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select?.internalValue;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigNumber | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._backgroundChart.internalValue = undefined;
      this._color = undefined;
      this._colorRules.internalValue = undefined;
      this._formulas.internalValue = undefined;
      this._numberFormat.internalValue = undefined;
      this._select.internalValue = undefined;
      this._sourceId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._backgroundChart.internalValue = value.backgroundChart;
      this._color = value.color;
      this._colorRules.internalValue = value.colorRules;
      this._formulas.internalValue = value.formulas;
      this._numberFormat.internalValue = value.numberFormat;
      this._select.internalValue = value.select;
      this._sourceId = value.sourceId;
    }
  }

  // background_chart - computed: false, optional: true, required: false
  private _backgroundChart = new DashboardTilesConfigNumberBackgroundChartOutputReference(this, "background_chart");
  public get backgroundChart() {
    return this._backgroundChart;
  }
  public putBackgroundChart(value: DashboardTilesConfigNumberBackgroundChart) {
    this._backgroundChart.internalValue = value;
  }
  public resetBackgroundChart() {
    this._backgroundChart.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundChartInput() {
    return this._backgroundChart.internalValue;
  }

  // color - computed: false, optional: true, required: false
  private _color?: string; 
  public get color() {
    return this.getStringAttribute('color');
  }
  public set color(value: string) {
    this._color = value;
  }
  public resetColor() {
    this._color = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get colorInput() {
    return this._color;
  }

  // color_rules - computed: false, optional: true, required: false
  private _colorRules = new DashboardTilesConfigNumberColorRulesList(this, "color_rules", false);
  public get colorRules() {
    return this._colorRules;
  }
  public putColorRules(value: DashboardTilesConfigNumberColorRules[] | cdktf.IResolvable) {
    this._colorRules.internalValue = value;
  }
  public resetColorRules() {
    this._colorRules.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get colorRulesInput() {
    return this._colorRules.internalValue;
  }

  // formulas - computed: false, optional: true, required: false
  private _formulas = new DashboardTilesConfigNumberFormulasList(this, "formulas", false);
  public get formulas() {
    return this._formulas;
  }
  public putFormulas(value: DashboardTilesConfigNumberFormulas[] | cdktf.IResolvable) {
    this._formulas.internalValue = value;
  }
  public resetFormulas() {
    this._formulas.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get formulasInput() {
    return this._formulas.internalValue;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigNumberNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigNumberNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // select - computed: false, optional: false, required: true
  private _select = new DashboardTilesConfigNumberSelectList(this, "select", false);
  public get select() {
    return this._select;
  }
  public putSelect(value: DashboardTilesConfigNumberSelect[] | cdktf.IResolvable) {
    this._select.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select.internalValue;
  }

  // source_id - computed: false, optional: false, required: true
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }
}
export interface DashboardTilesConfigPieNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigPieNumberFormatToTerraform(struct?: DashboardTilesConfigPieNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigPieNumberFormatToHclTerraform(struct?: DashboardTilesConfigPieNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigPieNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigPieNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigPieNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigPieSelectNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigPieSelectNumberFormatToTerraform(struct?: DashboardTilesConfigPieSelectNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigPieSelectNumberFormatToHclTerraform(struct?: DashboardTilesConfigPieSelectNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigPieSelectNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigPieSelectNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigPieSelectNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigPieSelect {
  /**
  * Aggregation: `avg`, `count`, `count_distinct`, `last_value`, `max`, `min`, `quantile`, `sum`, `any`, `none`, `increase`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#agg_fn Dashboard#agg_fn}
  */
  readonly aggFn: string;
  /**
  * Series name shown in the legend.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Quantile level (0.5, 0.9, 0.95 or 0.99); only with `agg_fn = "quantile"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#level Dashboard#level}
  */
  readonly level?: number;
  /**
  * Metric name, for metric sources.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_name Dashboard#metric_name}
  */
  readonly metricName?: string;
  /**
  * Metric data type, for metric sources: `sum`, `gauge`, `histogram`, `summary`, `exponential histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_type Dashboard#metric_type}
  */
  readonly metricType?: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigPieSelectNumberFormat;
  /**
  * Per-period aggregation applied before `agg_fn`: `delta`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#period_agg_fn Dashboard#period_agg_fn}
  */
  readonly periodAggFn?: string;
  /**
  * Column or SQL expression aggregated. Required unless `agg_fn` is `count`, where it must be left out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_expression Dashboard#value_expression}
  */
  readonly valueExpression?: string;
  /**
  * Filter of this series only. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardTilesConfigPieSelectToTerraform(struct?: DashboardTilesConfigPieSelect | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    agg_fn: cdktf.stringToTerraform(struct!.aggFn),
    alias: cdktf.stringToTerraform(struct!.alias),
    level: cdktf.numberToTerraform(struct!.level),
    metric_name: cdktf.stringToTerraform(struct!.metricName),
    metric_type: cdktf.stringToTerraform(struct!.metricType),
    number_format: dashboardTilesConfigPieSelectNumberFormatToTerraform(struct!.numberFormat),
    period_agg_fn: cdktf.stringToTerraform(struct!.periodAggFn),
    value_expression: cdktf.stringToTerraform(struct!.valueExpression),
    where: cdktf.stringToTerraform(struct!.where),
    where_language: cdktf.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardTilesConfigPieSelectToHclTerraform(struct?: DashboardTilesConfigPieSelect | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    agg_fn: {
      value: cdktf.stringToHclTerraform(struct!.aggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    alias: {
      value: cdktf.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    level: {
      value: cdktf.numberToHclTerraform(struct!.level),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    metric_name: {
      value: cdktf.stringToHclTerraform(struct!.metricName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    metric_type: {
      value: cdktf.stringToHclTerraform(struct!.metricType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigPieSelectNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigPieSelectNumberFormat",
    },
    period_agg_fn: {
      value: cdktf.stringToHclTerraform(struct!.periodAggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_expression: {
      value: cdktf.stringToHclTerraform(struct!.valueExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where: {
      value: cdktf.stringToHclTerraform(struct!.where),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where_language: {
      value: cdktf.stringToHclTerraform(struct!.whereLanguage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigPieSelectOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardTilesConfigPieSelect | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggFn = this._aggFn;
    }
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._level !== undefined) {
      hasAnyValues = true;
      internalValueResult.level = this._level;
    }
    if (this._metricName !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricName = this._metricName;
    }
    if (this._metricType !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricType = this._metricType;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._periodAggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.periodAggFn = this._periodAggFn;
    }
    if (this._valueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueExpression = this._valueExpression;
    }
    if (this._where !== undefined) {
      hasAnyValues = true;
      internalValueResult.where = this._where;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigPieSelect | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggFn = undefined;
      this._alias = undefined;
      this._level = undefined;
      this._metricName = undefined;
      this._metricType = undefined;
      this._numberFormat.internalValue = undefined;
      this._periodAggFn = undefined;
      this._valueExpression = undefined;
      this._where = undefined;
      this._whereLanguage = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aggFn = value.aggFn;
      this._alias = value.alias;
      this._level = value.level;
      this._metricName = value.metricName;
      this._metricType = value.metricType;
      this._numberFormat.internalValue = value.numberFormat;
      this._periodAggFn = value.periodAggFn;
      this._valueExpression = value.valueExpression;
      this._where = value.where;
      this._whereLanguage = value.whereLanguage;
    }
  }

  // agg_fn - computed: false, optional: false, required: true
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

  // alias - computed: false, optional: true, required: false
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

  // level - computed: false, optional: true, required: false
  private _level?: number; 
  public get level() {
    return this.getNumberAttribute('level');
  }
  public set level(value: number) {
    this._level = value;
  }
  public resetLevel() {
    this._level = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get levelInput() {
    return this._level;
  }

  // metric_name - computed: false, optional: true, required: false
  private _metricName?: string; 
  public get metricName() {
    return this.getStringAttribute('metric_name');
  }
  public set metricName(value: string) {
    this._metricName = value;
  }
  public resetMetricName() {
    this._metricName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricNameInput() {
    return this._metricName;
  }

  // metric_type - computed: false, optional: true, required: false
  private _metricType?: string; 
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }
  public set metricType(value: string) {
    this._metricType = value;
  }
  public resetMetricType() {
    this._metricType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricTypeInput() {
    return this._metricType;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigPieSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigPieSelectNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // period_agg_fn - computed: false, optional: true, required: false
  private _periodAggFn?: string; 
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }
  public set periodAggFn(value: string) {
    this._periodAggFn = value;
  }
  public resetPeriodAggFn() {
    this._periodAggFn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodAggFnInput() {
    return this._periodAggFn;
  }

  // value_expression - computed: false, optional: true, required: false
  private _valueExpression?: string; 
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }
  public set valueExpression(value: string) {
    this._valueExpression = value;
  }
  public resetValueExpression() {
    this._valueExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueExpressionInput() {
    return this._valueExpression;
  }

  // where - computed: true, optional: true, required: false
  private _where?: string; 
  public get where() {
    return this.getStringAttribute('where');
  }
  public set where(value: string) {
    this._where = value;
  }
  public resetWhere() {
    this._where = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereInput() {
    return this._where;
  }

  // where_language - computed: true, optional: true, required: false
  private _whereLanguage?: string; 
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
  public set whereLanguage(value: string) {
    this._whereLanguage = value;
  }
  public resetWhereLanguage() {
    this._whereLanguage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereLanguageInput() {
    return this._whereLanguage;
  }
}

export class DashboardTilesConfigPieSelectList extends cdktf.ComplexList {
  public internalValue? : DashboardTilesConfigPieSelect[] | cdktf.IResolvable

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
  public get(index: number): DashboardTilesConfigPieSelectOutputReference {
    return new DashboardTilesConfigPieSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTilesConfigPie {
  /**
  * Group by expression (one series per group).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#group_by Dashboard#group_by}
  */
  readonly groupBy?: string;
  /**
  * Maximum number of slices.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#limit Dashboard#limit}
  */
  readonly limit?: number;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigPieNumberFormat;
  /**
  * SQL `ORDER BY` expression.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#order_by Dashboard#order_by}
  */
  readonly orderBy?: string;
  /**
  * The value of each slice (exactly 1 select item).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select: DashboardTilesConfigPieSelect[] | cdktf.IResolvable;
  /**
  * Id of the source queried (see the `clickstack_source` data source).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
}

export function dashboardTilesConfigPieToTerraform(struct?: DashboardTilesConfigPie | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    group_by: cdktf.stringToTerraform(struct!.groupBy),
    limit: cdktf.numberToTerraform(struct!.limit),
    number_format: dashboardTilesConfigPieNumberFormatToTerraform(struct!.numberFormat),
    order_by: cdktf.stringToTerraform(struct!.orderBy),
    select: cdktf.listMapper(dashboardTilesConfigPieSelectToTerraform, false)(struct!.select),
    source_id: cdktf.stringToTerraform(struct!.sourceId),
  }
}


export function dashboardTilesConfigPieToHclTerraform(struct?: DashboardTilesConfigPie | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    group_by: {
      value: cdktf.stringToHclTerraform(struct!.groupBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    limit: {
      value: cdktf.numberToHclTerraform(struct!.limit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    number_format: {
      value: dashboardTilesConfigPieNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigPieNumberFormat",
    },
    order_by: {
      value: cdktf.stringToHclTerraform(struct!.orderBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    select: {
      value: cdktf.listMapperHcl(dashboardTilesConfigPieSelectToHclTerraform, false)(struct!.select),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTilesConfigPieSelectList",
    },
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigPieOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigPie | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._groupBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.groupBy = this._groupBy;
    }
    if (this._limit !== undefined) {
      hasAnyValues = true;
      internalValueResult.limit = this._limit;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._orderBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.orderBy = this._orderBy;
    }
    if (this._select?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select?.internalValue;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigPie | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._groupBy = undefined;
      this._limit = undefined;
      this._numberFormat.internalValue = undefined;
      this._orderBy = undefined;
      this._select.internalValue = undefined;
      this._sourceId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._groupBy = value.groupBy;
      this._limit = value.limit;
      this._numberFormat.internalValue = value.numberFormat;
      this._orderBy = value.orderBy;
      this._select.internalValue = value.select;
      this._sourceId = value.sourceId;
    }
  }

  // group_by - computed: false, optional: true, required: false
  private _groupBy?: string; 
  public get groupBy() {
    return this.getStringAttribute('group_by');
  }
  public set groupBy(value: string) {
    this._groupBy = value;
  }
  public resetGroupBy() {
    this._groupBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupByInput() {
    return this._groupBy;
  }

  // limit - computed: false, optional: true, required: false
  private _limit?: number; 
  public get limit() {
    return this.getNumberAttribute('limit');
  }
  public set limit(value: number) {
    this._limit = value;
  }
  public resetLimit() {
    this._limit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get limitInput() {
    return this._limit;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigPieNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigPieNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // order_by - computed: false, optional: true, required: false
  private _orderBy?: string; 
  public get orderBy() {
    return this.getStringAttribute('order_by');
  }
  public set orderBy(value: string) {
    this._orderBy = value;
  }
  public resetOrderBy() {
    this._orderBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderByInput() {
    return this._orderBy;
  }

  // select - computed: false, optional: false, required: true
  private _select = new DashboardTilesConfigPieSelectList(this, "select", false);
  public get select() {
    return this._select;
  }
  public putSelect(value: DashboardTilesConfigPieSelect[] | cdktf.IResolvable) {
    this._select.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select.internalValue;
  }

  // source_id - computed: false, optional: false, required: true
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }
}
export interface DashboardTilesConfigSearch {
  /**
  * Columns shown, comma separated SQL expressions.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select: string;
  /**
  * Id of a log or trace source.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
  /**
  * Search query. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardTilesConfigSearchToTerraform(struct?: DashboardTilesConfigSearch | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    select: cdktf.stringToTerraform(struct!.select),
    source_id: cdktf.stringToTerraform(struct!.sourceId),
    where: cdktf.stringToTerraform(struct!.where),
    where_language: cdktf.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardTilesConfigSearchToHclTerraform(struct?: DashboardTilesConfigSearch | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    select: {
      value: cdktf.stringToHclTerraform(struct!.select),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where: {
      value: cdktf.stringToHclTerraform(struct!.where),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where_language: {
      value: cdktf.stringToHclTerraform(struct!.whereLanguage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigSearchOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigSearch | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._select !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._where !== undefined) {
      hasAnyValues = true;
      internalValueResult.where = this._where;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigSearch | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._select = undefined;
      this._sourceId = undefined;
      this._where = undefined;
      this._whereLanguage = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._select = value.select;
      this._sourceId = value.sourceId;
      this._where = value.where;
      this._whereLanguage = value.whereLanguage;
    }
  }

  // select - computed: false, optional: false, required: true
  private _select?: string; 
  public get select() {
    return this.getStringAttribute('select');
  }
  public set select(value: string) {
    this._select = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select;
  }

  // source_id - computed: false, optional: false, required: true
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // where - computed: true, optional: true, required: false
  private _where?: string; 
  public get where() {
    return this.getStringAttribute('where');
  }
  public set where(value: string) {
    this._where = value;
  }
  public resetWhere() {
    this._where = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereInput() {
    return this._where;
  }

  // where_language - computed: true, optional: true, required: false
  private _whereLanguage?: string; 
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
  public set whereLanguage(value: string) {
    this._whereLanguage = value;
  }
  public resetWhereLanguage() {
    this._whereLanguage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereLanguageInput() {
    return this._whereLanguage;
  }
}
export interface DashboardTilesConfigSqlBarNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigSqlBarNumberFormatToTerraform(struct?: DashboardTilesConfigSqlBarNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigSqlBarNumberFormatToHclTerraform(struct?: DashboardTilesConfigSqlBarNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigSqlBarNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigSqlBarNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigSqlBarNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigSqlBar {
  /**
  * Id of the ClickHouse connection the query runs on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#connection_id Dashboard#connection_id}
  */
  readonly connectionId: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigSqlBarNumberFormat;
  /**
  * Id of a source whose filters apply to the query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId?: string;
  /**
  * The SQL query, with `{{...}}` macros for the time range and filters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_template Dashboard#sql_template}
  */
  readonly sqlTemplate: string;
}

export function dashboardTilesConfigSqlBarToTerraform(struct?: DashboardTilesConfigSqlBar | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    connection_id: cdktf.stringToTerraform(struct!.connectionId),
    number_format: dashboardTilesConfigSqlBarNumberFormatToTerraform(struct!.numberFormat),
    source_id: cdktf.stringToTerraform(struct!.sourceId),
    sql_template: cdktf.stringToTerraform(struct!.sqlTemplate),
  }
}


export function dashboardTilesConfigSqlBarToHclTerraform(struct?: DashboardTilesConfigSqlBar | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    connection_id: {
      value: cdktf.stringToHclTerraform(struct!.connectionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigSqlBarNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigSqlBarNumberFormat",
    },
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sql_template: {
      value: cdktf.stringToHclTerraform(struct!.sqlTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigSqlBarOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigSqlBar | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._connectionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectionId = this._connectionId;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._sqlTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlTemplate = this._sqlTemplate;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigSqlBar | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._connectionId = undefined;
      this._numberFormat.internalValue = undefined;
      this._sourceId = undefined;
      this._sqlTemplate = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._connectionId = value.connectionId;
      this._numberFormat.internalValue = value.numberFormat;
      this._sourceId = value.sourceId;
      this._sqlTemplate = value.sqlTemplate;
    }
  }

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

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigSqlBarNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigSqlBarNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // source_id - computed: false, optional: true, required: false
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  public resetSourceId() {
    this._sourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // sql_template - computed: false, optional: false, required: true
  private _sqlTemplate?: string; 
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
  public set sqlTemplate(value: string) {
    this._sqlTemplate = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlTemplateInput() {
    return this._sqlTemplate;
  }
}
export interface DashboardTilesConfigSqlLineNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigSqlLineNumberFormatToTerraform(struct?: DashboardTilesConfigSqlLineNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigSqlLineNumberFormatToHclTerraform(struct?: DashboardTilesConfigSqlLineNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigSqlLineNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigSqlLineNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigSqlLineNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigSqlLine {
  /**
  * Align the time range to whole buckets.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#align_date_range_to_granularity Dashboard#align_date_range_to_granularity}
  */
  readonly alignDateRangeToGranularity?: boolean | cdktf.IResolvable;
  /**
  * Also plot the previous period.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#compare_to_previous_period Dashboard#compare_to_previous_period}
  */
  readonly compareToPreviousPeriod?: boolean | cdktf.IResolvable;
  /**
  * Id of the ClickHouse connection the query runs on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#connection_id Dashboard#connection_id}
  */
  readonly connectionId: string;
  /**
  * Plot missing buckets as zero. Defaults to `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#fill_nulls Dashboard#fill_nulls}
  */
  readonly fillNulls?: boolean | cdktf.IResolvable;
  /**
  * Fit the y axis to the data rather than starting at zero.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#fit_y_axis_to_data Dashboard#fit_y_axis_to_data}
  */
  readonly fitYAxisToData?: boolean | cdktf.IResolvable;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigSqlLineNumberFormat;
  /**
  * Maximum series shown; 0 means unlimited. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#series_limit Dashboard#series_limit}
  */
  readonly seriesLimit?: number;
  /**
  * Id of a source whose filters apply to the query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId?: string;
  /**
  * The SQL query, with `{{...}}` macros for the time range and filters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_template Dashboard#sql_template}
  */
  readonly sqlTemplate: string;
}

export function dashboardTilesConfigSqlLineToTerraform(struct?: DashboardTilesConfigSqlLine | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align_date_range_to_granularity: cdktf.booleanToTerraform(struct!.alignDateRangeToGranularity),
    compare_to_previous_period: cdktf.booleanToTerraform(struct!.compareToPreviousPeriod),
    connection_id: cdktf.stringToTerraform(struct!.connectionId),
    fill_nulls: cdktf.booleanToTerraform(struct!.fillNulls),
    fit_y_axis_to_data: cdktf.booleanToTerraform(struct!.fitYAxisToData),
    number_format: dashboardTilesConfigSqlLineNumberFormatToTerraform(struct!.numberFormat),
    series_limit: cdktf.numberToTerraform(struct!.seriesLimit),
    source_id: cdktf.stringToTerraform(struct!.sourceId),
    sql_template: cdktf.stringToTerraform(struct!.sqlTemplate),
  }
}


export function dashboardTilesConfigSqlLineToHclTerraform(struct?: DashboardTilesConfigSqlLine | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align_date_range_to_granularity: {
      value: cdktf.booleanToHclTerraform(struct!.alignDateRangeToGranularity),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    compare_to_previous_period: {
      value: cdktf.booleanToHclTerraform(struct!.compareToPreviousPeriod),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    connection_id: {
      value: cdktf.stringToHclTerraform(struct!.connectionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    fill_nulls: {
      value: cdktf.booleanToHclTerraform(struct!.fillNulls),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    fit_y_axis_to_data: {
      value: cdktf.booleanToHclTerraform(struct!.fitYAxisToData),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    number_format: {
      value: dashboardTilesConfigSqlLineNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigSqlLineNumberFormat",
    },
    series_limit: {
      value: cdktf.numberToHclTerraform(struct!.seriesLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sql_template: {
      value: cdktf.stringToHclTerraform(struct!.sqlTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigSqlLineOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigSqlLine | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alignDateRangeToGranularity !== undefined) {
      hasAnyValues = true;
      internalValueResult.alignDateRangeToGranularity = this._alignDateRangeToGranularity;
    }
    if (this._compareToPreviousPeriod !== undefined) {
      hasAnyValues = true;
      internalValueResult.compareToPreviousPeriod = this._compareToPreviousPeriod;
    }
    if (this._connectionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectionId = this._connectionId;
    }
    if (this._fillNulls !== undefined) {
      hasAnyValues = true;
      internalValueResult.fillNulls = this._fillNulls;
    }
    if (this._fitYAxisToData !== undefined) {
      hasAnyValues = true;
      internalValueResult.fitYAxisToData = this._fitYAxisToData;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._seriesLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.seriesLimit = this._seriesLimit;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._sqlTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlTemplate = this._sqlTemplate;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigSqlLine | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alignDateRangeToGranularity = undefined;
      this._compareToPreviousPeriod = undefined;
      this._connectionId = undefined;
      this._fillNulls = undefined;
      this._fitYAxisToData = undefined;
      this._numberFormat.internalValue = undefined;
      this._seriesLimit = undefined;
      this._sourceId = undefined;
      this._sqlTemplate = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alignDateRangeToGranularity = value.alignDateRangeToGranularity;
      this._compareToPreviousPeriod = value.compareToPreviousPeriod;
      this._connectionId = value.connectionId;
      this._fillNulls = value.fillNulls;
      this._fitYAxisToData = value.fitYAxisToData;
      this._numberFormat.internalValue = value.numberFormat;
      this._seriesLimit = value.seriesLimit;
      this._sourceId = value.sourceId;
      this._sqlTemplate = value.sqlTemplate;
    }
  }

  // align_date_range_to_granularity - computed: false, optional: true, required: false
  private _alignDateRangeToGranularity?: boolean | cdktf.IResolvable; 
  public get alignDateRangeToGranularity() {
    return this.getBooleanAttribute('align_date_range_to_granularity');
  }
  public set alignDateRangeToGranularity(value: boolean | cdktf.IResolvable) {
    this._alignDateRangeToGranularity = value;
  }
  public resetAlignDateRangeToGranularity() {
    this._alignDateRangeToGranularity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignDateRangeToGranularityInput() {
    return this._alignDateRangeToGranularity;
  }

  // compare_to_previous_period - computed: false, optional: true, required: false
  private _compareToPreviousPeriod?: boolean | cdktf.IResolvable; 
  public get compareToPreviousPeriod() {
    return this.getBooleanAttribute('compare_to_previous_period');
  }
  public set compareToPreviousPeriod(value: boolean | cdktf.IResolvable) {
    this._compareToPreviousPeriod = value;
  }
  public resetCompareToPreviousPeriod() {
    this._compareToPreviousPeriod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get compareToPreviousPeriodInput() {
    return this._compareToPreviousPeriod;
  }

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

  // fill_nulls - computed: true, optional: true, required: false
  private _fillNulls?: boolean | cdktf.IResolvable; 
  public get fillNulls() {
    return this.getBooleanAttribute('fill_nulls');
  }
  public set fillNulls(value: boolean | cdktf.IResolvable) {
    this._fillNulls = value;
  }
  public resetFillNulls() {
    this._fillNulls = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fillNullsInput() {
    return this._fillNulls;
  }

  // fit_y_axis_to_data - computed: false, optional: true, required: false
  private _fitYAxisToData?: boolean | cdktf.IResolvable; 
  public get fitYAxisToData() {
    return this.getBooleanAttribute('fit_y_axis_to_data');
  }
  public set fitYAxisToData(value: boolean | cdktf.IResolvable) {
    this._fitYAxisToData = value;
  }
  public resetFitYAxisToData() {
    this._fitYAxisToData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fitYAxisToDataInput() {
    return this._fitYAxisToData;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigSqlLineNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigSqlLineNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // series_limit - computed: false, optional: true, required: false
  private _seriesLimit?: number; 
  public get seriesLimit() {
    return this.getNumberAttribute('series_limit');
  }
  public set seriesLimit(value: number) {
    this._seriesLimit = value;
  }
  public resetSeriesLimit() {
    this._seriesLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get seriesLimitInput() {
    return this._seriesLimit;
  }

  // source_id - computed: false, optional: true, required: false
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  public resetSourceId() {
    this._sourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // sql_template - computed: false, optional: false, required: true
  private _sqlTemplate?: string; 
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
  public set sqlTemplate(value: string) {
    this._sqlTemplate = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlTemplateInput() {
    return this._sqlTemplate;
  }
}
export interface DashboardTilesConfigSqlNumberNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigSqlNumberNumberFormatToTerraform(struct?: DashboardTilesConfigSqlNumberNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigSqlNumberNumberFormatToHclTerraform(struct?: DashboardTilesConfigSqlNumberNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigSqlNumberNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigSqlNumberNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigSqlNumberNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigSqlNumber {
  /**
  * Colour of the value: `chart-blue`, `chart-orange`, `chart-red`, `chart-cyan`, `chart-green`, `chart-pink`, `chart-purple`, `chart-light-blue`, `chart-brown`, `chart-gray`, `chart-success`, `chart-warning`, `chart-error`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#color Dashboard#color}
  */
  readonly color?: string;
  /**
  * Id of the ClickHouse connection the query runs on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#connection_id Dashboard#connection_id}
  */
  readonly connectionId: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigSqlNumberNumberFormat;
  /**
  * Id of a source whose filters apply to the query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId?: string;
  /**
  * The SQL query, with `{{...}}` macros for the time range and filters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_template Dashboard#sql_template}
  */
  readonly sqlTemplate: string;
}

export function dashboardTilesConfigSqlNumberToTerraform(struct?: DashboardTilesConfigSqlNumber | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    color: cdktf.stringToTerraform(struct!.color),
    connection_id: cdktf.stringToTerraform(struct!.connectionId),
    number_format: dashboardTilesConfigSqlNumberNumberFormatToTerraform(struct!.numberFormat),
    source_id: cdktf.stringToTerraform(struct!.sourceId),
    sql_template: cdktf.stringToTerraform(struct!.sqlTemplate),
  }
}


export function dashboardTilesConfigSqlNumberToHclTerraform(struct?: DashboardTilesConfigSqlNumber | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    color: {
      value: cdktf.stringToHclTerraform(struct!.color),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    connection_id: {
      value: cdktf.stringToHclTerraform(struct!.connectionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigSqlNumberNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigSqlNumberNumberFormat",
    },
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sql_template: {
      value: cdktf.stringToHclTerraform(struct!.sqlTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigSqlNumberOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigSqlNumber | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._color !== undefined) {
      hasAnyValues = true;
      internalValueResult.color = this._color;
    }
    if (this._connectionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectionId = this._connectionId;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._sqlTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlTemplate = this._sqlTemplate;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigSqlNumber | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._color = undefined;
      this._connectionId = undefined;
      this._numberFormat.internalValue = undefined;
      this._sourceId = undefined;
      this._sqlTemplate = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._color = value.color;
      this._connectionId = value.connectionId;
      this._numberFormat.internalValue = value.numberFormat;
      this._sourceId = value.sourceId;
      this._sqlTemplate = value.sqlTemplate;
    }
  }

  // color - computed: false, optional: true, required: false
  private _color?: string; 
  public get color() {
    return this.getStringAttribute('color');
  }
  public set color(value: string) {
    this._color = value;
  }
  public resetColor() {
    this._color = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get colorInput() {
    return this._color;
  }

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

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigSqlNumberNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigSqlNumberNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // source_id - computed: false, optional: true, required: false
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  public resetSourceId() {
    this._sourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // sql_template - computed: false, optional: false, required: true
  private _sqlTemplate?: string; 
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
  public set sqlTemplate(value: string) {
    this._sqlTemplate = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlTemplateInput() {
    return this._sqlTemplate;
  }
}
export interface DashboardTilesConfigSqlPieNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigSqlPieNumberFormatToTerraform(struct?: DashboardTilesConfigSqlPieNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigSqlPieNumberFormatToHclTerraform(struct?: DashboardTilesConfigSqlPieNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigSqlPieNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigSqlPieNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigSqlPieNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigSqlPie {
  /**
  * Id of the ClickHouse connection the query runs on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#connection_id Dashboard#connection_id}
  */
  readonly connectionId: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigSqlPieNumberFormat;
  /**
  * Id of a source whose filters apply to the query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId?: string;
  /**
  * The SQL query, with `{{...}}` macros for the time range and filters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_template Dashboard#sql_template}
  */
  readonly sqlTemplate: string;
}

export function dashboardTilesConfigSqlPieToTerraform(struct?: DashboardTilesConfigSqlPie | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    connection_id: cdktf.stringToTerraform(struct!.connectionId),
    number_format: dashboardTilesConfigSqlPieNumberFormatToTerraform(struct!.numberFormat),
    source_id: cdktf.stringToTerraform(struct!.sourceId),
    sql_template: cdktf.stringToTerraform(struct!.sqlTemplate),
  }
}


export function dashboardTilesConfigSqlPieToHclTerraform(struct?: DashboardTilesConfigSqlPie | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    connection_id: {
      value: cdktf.stringToHclTerraform(struct!.connectionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigSqlPieNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigSqlPieNumberFormat",
    },
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sql_template: {
      value: cdktf.stringToHclTerraform(struct!.sqlTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigSqlPieOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigSqlPie | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._connectionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectionId = this._connectionId;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._sqlTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlTemplate = this._sqlTemplate;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigSqlPie | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._connectionId = undefined;
      this._numberFormat.internalValue = undefined;
      this._sourceId = undefined;
      this._sqlTemplate = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._connectionId = value.connectionId;
      this._numberFormat.internalValue = value.numberFormat;
      this._sourceId = value.sourceId;
      this._sqlTemplate = value.sqlTemplate;
    }
  }

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

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigSqlPieNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigSqlPieNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // source_id - computed: false, optional: true, required: false
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  public resetSourceId() {
    this._sourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // sql_template - computed: false, optional: false, required: true
  private _sqlTemplate?: string; 
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
  public set sqlTemplate(value: string) {
    this._sqlTemplate = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlTemplateInput() {
    return this._sqlTemplate;
  }
}
export interface DashboardTilesConfigSqlStackedBarNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigSqlStackedBarNumberFormatToTerraform(struct?: DashboardTilesConfigSqlStackedBarNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigSqlStackedBarNumberFormatToHclTerraform(struct?: DashboardTilesConfigSqlStackedBarNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigSqlStackedBarNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigSqlStackedBarNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigSqlStackedBarNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigSqlStackedBar {
  /**
  * Align the time range to whole buckets.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#align_date_range_to_granularity Dashboard#align_date_range_to_granularity}
  */
  readonly alignDateRangeToGranularity?: boolean | cdktf.IResolvable;
  /**
  * Id of the ClickHouse connection the query runs on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#connection_id Dashboard#connection_id}
  */
  readonly connectionId: string;
  /**
  * Plot missing buckets as zero. Defaults to `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#fill_nulls Dashboard#fill_nulls}
  */
  readonly fillNulls?: boolean | cdktf.IResolvable;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigSqlStackedBarNumberFormat;
  /**
  * Maximum series shown; 0 means unlimited. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#series_limit Dashboard#series_limit}
  */
  readonly seriesLimit?: number;
  /**
  * Id of a source whose filters apply to the query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId?: string;
  /**
  * The SQL query, with `{{...}}` macros for the time range and filters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_template Dashboard#sql_template}
  */
  readonly sqlTemplate: string;
}

export function dashboardTilesConfigSqlStackedBarToTerraform(struct?: DashboardTilesConfigSqlStackedBar | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align_date_range_to_granularity: cdktf.booleanToTerraform(struct!.alignDateRangeToGranularity),
    connection_id: cdktf.stringToTerraform(struct!.connectionId),
    fill_nulls: cdktf.booleanToTerraform(struct!.fillNulls),
    number_format: dashboardTilesConfigSqlStackedBarNumberFormatToTerraform(struct!.numberFormat),
    series_limit: cdktf.numberToTerraform(struct!.seriesLimit),
    source_id: cdktf.stringToTerraform(struct!.sourceId),
    sql_template: cdktf.stringToTerraform(struct!.sqlTemplate),
  }
}


export function dashboardTilesConfigSqlStackedBarToHclTerraform(struct?: DashboardTilesConfigSqlStackedBar | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align_date_range_to_granularity: {
      value: cdktf.booleanToHclTerraform(struct!.alignDateRangeToGranularity),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    connection_id: {
      value: cdktf.stringToHclTerraform(struct!.connectionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    fill_nulls: {
      value: cdktf.booleanToHclTerraform(struct!.fillNulls),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    number_format: {
      value: dashboardTilesConfigSqlStackedBarNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigSqlStackedBarNumberFormat",
    },
    series_limit: {
      value: cdktf.numberToHclTerraform(struct!.seriesLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sql_template: {
      value: cdktf.stringToHclTerraform(struct!.sqlTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigSqlStackedBarOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigSqlStackedBar | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alignDateRangeToGranularity !== undefined) {
      hasAnyValues = true;
      internalValueResult.alignDateRangeToGranularity = this._alignDateRangeToGranularity;
    }
    if (this._connectionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectionId = this._connectionId;
    }
    if (this._fillNulls !== undefined) {
      hasAnyValues = true;
      internalValueResult.fillNulls = this._fillNulls;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._seriesLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.seriesLimit = this._seriesLimit;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._sqlTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlTemplate = this._sqlTemplate;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigSqlStackedBar | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alignDateRangeToGranularity = undefined;
      this._connectionId = undefined;
      this._fillNulls = undefined;
      this._numberFormat.internalValue = undefined;
      this._seriesLimit = undefined;
      this._sourceId = undefined;
      this._sqlTemplate = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alignDateRangeToGranularity = value.alignDateRangeToGranularity;
      this._connectionId = value.connectionId;
      this._fillNulls = value.fillNulls;
      this._numberFormat.internalValue = value.numberFormat;
      this._seriesLimit = value.seriesLimit;
      this._sourceId = value.sourceId;
      this._sqlTemplate = value.sqlTemplate;
    }
  }

  // align_date_range_to_granularity - computed: false, optional: true, required: false
  private _alignDateRangeToGranularity?: boolean | cdktf.IResolvable; 
  public get alignDateRangeToGranularity() {
    return this.getBooleanAttribute('align_date_range_to_granularity');
  }
  public set alignDateRangeToGranularity(value: boolean | cdktf.IResolvable) {
    this._alignDateRangeToGranularity = value;
  }
  public resetAlignDateRangeToGranularity() {
    this._alignDateRangeToGranularity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignDateRangeToGranularityInput() {
    return this._alignDateRangeToGranularity;
  }

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

  // fill_nulls - computed: true, optional: true, required: false
  private _fillNulls?: boolean | cdktf.IResolvable; 
  public get fillNulls() {
    return this.getBooleanAttribute('fill_nulls');
  }
  public set fillNulls(value: boolean | cdktf.IResolvable) {
    this._fillNulls = value;
  }
  public resetFillNulls() {
    this._fillNulls = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fillNullsInput() {
    return this._fillNulls;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigSqlStackedBarNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigSqlStackedBarNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // series_limit - computed: false, optional: true, required: false
  private _seriesLimit?: number; 
  public get seriesLimit() {
    return this.getNumberAttribute('series_limit');
  }
  public set seriesLimit(value: number) {
    this._seriesLimit = value;
  }
  public resetSeriesLimit() {
    this._seriesLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get seriesLimitInput() {
    return this._seriesLimit;
  }

  // source_id - computed: false, optional: true, required: false
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  public resetSourceId() {
    this._sourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // sql_template - computed: false, optional: false, required: true
  private _sqlTemplate?: string; 
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
  public set sqlTemplate(value: string) {
    this._sqlTemplate = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlTemplateInput() {
    return this._sqlTemplate;
  }
}
export interface DashboardTilesConfigSqlTableNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigSqlTableNumberFormatToTerraform(struct?: DashboardTilesConfigSqlTableNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigSqlTableNumberFormatToHclTerraform(struct?: DashboardTilesConfigSqlTableNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigSqlTableNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigSqlTableNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigSqlTableNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigSqlTableOnClickFilters {
  /**
  * Expression filtered on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#expression Dashboard#expression}
  */
  readonly expression: string;
  /**
  * Kind of filter: `expressionTemplate`. Defaults to `"expressionTemplate"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#kind Dashboard#kind}
  */
  readonly kind?: string;
  /**
  * Template of the value, from the clicked row.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#template Dashboard#template}
  */
  readonly template: string;
}

export function dashboardTilesConfigSqlTableOnClickFiltersToTerraform(struct?: DashboardTilesConfigSqlTableOnClickFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    expression: cdktf.stringToTerraform(struct!.expression),
    kind: cdktf.stringToTerraform(struct!.kind),
    template: cdktf.stringToTerraform(struct!.template),
  }
}


export function dashboardTilesConfigSqlTableOnClickFiltersToHclTerraform(struct?: DashboardTilesConfigSqlTableOnClickFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    expression: {
      value: cdktf.stringToHclTerraform(struct!.expression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    kind: {
      value: cdktf.stringToHclTerraform(struct!.kind),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    template: {
      value: cdktf.stringToHclTerraform(struct!.template),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigSqlTableOnClickFiltersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardTilesConfigSqlTableOnClickFilters | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._expression !== undefined) {
      hasAnyValues = true;
      internalValueResult.expression = this._expression;
    }
    if (this._kind !== undefined) {
      hasAnyValues = true;
      internalValueResult.kind = this._kind;
    }
    if (this._template !== undefined) {
      hasAnyValues = true;
      internalValueResult.template = this._template;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigSqlTableOnClickFilters | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._expression = undefined;
      this._kind = undefined;
      this._template = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._expression = value.expression;
      this._kind = value.kind;
      this._template = value.template;
    }
  }

  // expression - computed: false, optional: false, required: true
  private _expression?: string; 
  public get expression() {
    return this.getStringAttribute('expression');
  }
  public set expression(value: string) {
    this._expression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionInput() {
    return this._expression;
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

  // template - computed: false, optional: false, required: true
  private _template?: string; 
  public get template() {
    return this.getStringAttribute('template');
  }
  public set template(value: string) {
    this._template = value;
  }
  // Temporarily expose input value. Use with caution.
  public get templateInput() {
    return this._template;
  }
}

export class DashboardTilesConfigSqlTableOnClickFiltersList extends cdktf.ComplexList {
  public internalValue? : DashboardTilesConfigSqlTableOnClickFilters[] | cdktf.IResolvable

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
  public get(index: number): DashboardTilesConfigSqlTableOnClickFiltersOutputReference {
    return new DashboardTilesConfigSqlTableOnClickFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTilesConfigSqlTableOnClickTarget {
  /**
  * Source id (search) or dashboard id, with `mode = "id"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#id Dashboard#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * `id` (a fixed source or dashboard) or `template` (a name template).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mode Dashboard#mode}
  */
  readonly mode: string;
  /**
  * Template resolving to a source or dashboard name, with `mode = "template"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#template Dashboard#template}
  */
  readonly template?: string;
}

export function dashboardTilesConfigSqlTableOnClickTargetToTerraform(struct?: DashboardTilesConfigSqlTableOnClickTarget | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
    mode: cdktf.stringToTerraform(struct!.mode),
    template: cdktf.stringToTerraform(struct!.template),
  }
}


export function dashboardTilesConfigSqlTableOnClickTargetToHclTerraform(struct?: DashboardTilesConfigSqlTableOnClickTarget | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mode: {
      value: cdktf.stringToHclTerraform(struct!.mode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    template: {
      value: cdktf.stringToHclTerraform(struct!.template),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigSqlTableOnClickTargetOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigSqlTableOnClickTarget | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._mode !== undefined) {
      hasAnyValues = true;
      internalValueResult.mode = this._mode;
    }
    if (this._template !== undefined) {
      hasAnyValues = true;
      internalValueResult.template = this._template;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigSqlTableOnClickTarget | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._id = undefined;
      this._mode = undefined;
      this._template = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._id = value.id;
      this._mode = value.mode;
      this._template = value.template;
    }
  }

  // id - computed: false, optional: true, required: false
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

  // mode - computed: false, optional: false, required: true
  private _mode?: string; 
  public get mode() {
    return this.getStringAttribute('mode');
  }
  public set mode(value: string) {
    this._mode = value;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
  }

  // template - computed: false, optional: true, required: false
  private _template?: string; 
  public get template() {
    return this.getStringAttribute('template');
  }
  public set template(value: string) {
    this._template = value;
  }
  public resetTemplate() {
    this._template = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get templateInput() {
    return this._template;
  }
}
export interface DashboardTilesConfigSqlTableOnClick {
  /**
  * Filters applied on the target (up to 50).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#filters Dashboard#filters}
  */
  readonly filters?: DashboardTilesConfigSqlTableOnClickFilters[] | cdktf.IResolvable;
  /**
  * The search source or dashboard opened, for `search` and `dashboard`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#target Dashboard#target}
  */
  readonly target?: DashboardTilesConfigSqlTableOnClickTarget;
  /**
  * `search` (a search page), `dashboard` (another dashboard) or `external` (a URL).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#type Dashboard#type}
  */
  readonly type: string;
  /**
  * URL template, for `type = "external"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#url_template Dashboard#url_template}
  */
  readonly urlTemplate?: string;
  /**
  * Language of `where_template`: `lucene` or `sql`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
  /**
  * Template of the query applied on the target.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_template Dashboard#where_template}
  */
  readonly whereTemplate?: string;
}

export function dashboardTilesConfigSqlTableOnClickToTerraform(struct?: DashboardTilesConfigSqlTableOnClick | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    filters: cdktf.listMapper(dashboardTilesConfigSqlTableOnClickFiltersToTerraform, false)(struct!.filters),
    target: dashboardTilesConfigSqlTableOnClickTargetToTerraform(struct!.target),
    type: cdktf.stringToTerraform(struct!.type),
    url_template: cdktf.stringToTerraform(struct!.urlTemplate),
    where_language: cdktf.stringToTerraform(struct!.whereLanguage),
    where_template: cdktf.stringToTerraform(struct!.whereTemplate),
  }
}


export function dashboardTilesConfigSqlTableOnClickToHclTerraform(struct?: DashboardTilesConfigSqlTableOnClick | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    filters: {
      value: cdktf.listMapperHcl(dashboardTilesConfigSqlTableOnClickFiltersToHclTerraform, false)(struct!.filters),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTilesConfigSqlTableOnClickFiltersList",
    },
    target: {
      value: dashboardTilesConfigSqlTableOnClickTargetToHclTerraform(struct!.target),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigSqlTableOnClickTarget",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    url_template: {
      value: cdktf.stringToHclTerraform(struct!.urlTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where_language: {
      value: cdktf.stringToHclTerraform(struct!.whereLanguage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where_template: {
      value: cdktf.stringToHclTerraform(struct!.whereTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigSqlTableOnClickOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigSqlTableOnClick | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._filters?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.filters = this._filters?.internalValue;
    }
    if (this._target?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.target = this._target?.internalValue;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._urlTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.urlTemplate = this._urlTemplate;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    if (this._whereTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereTemplate = this._whereTemplate;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigSqlTableOnClick | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._filters.internalValue = undefined;
      this._target.internalValue = undefined;
      this._type = undefined;
      this._urlTemplate = undefined;
      this._whereLanguage = undefined;
      this._whereTemplate = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._filters.internalValue = value.filters;
      this._target.internalValue = value.target;
      this._type = value.type;
      this._urlTemplate = value.urlTemplate;
      this._whereLanguage = value.whereLanguage;
      this._whereTemplate = value.whereTemplate;
    }
  }

  // filters - computed: false, optional: true, required: false
  private _filters = new DashboardTilesConfigSqlTableOnClickFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }
  public putFilters(value: DashboardTilesConfigSqlTableOnClickFilters[] | cdktf.IResolvable) {
    this._filters.internalValue = value;
  }
  public resetFilters() {
    this._filters.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filtersInput() {
    return this._filters.internalValue;
  }

  // target - computed: false, optional: true, required: false
  private _target = new DashboardTilesConfigSqlTableOnClickTargetOutputReference(this, "target");
  public get target() {
    return this._target;
  }
  public putTarget(value: DashboardTilesConfigSqlTableOnClickTarget) {
    this._target.internalValue = value;
  }
  public resetTarget() {
    this._target.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetInput() {
    return this._target.internalValue;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // url_template - computed: false, optional: true, required: false
  private _urlTemplate?: string; 
  public get urlTemplate() {
    return this.getStringAttribute('url_template');
  }
  public set urlTemplate(value: string) {
    this._urlTemplate = value;
  }
  public resetUrlTemplate() {
    this._urlTemplate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get urlTemplateInput() {
    return this._urlTemplate;
  }

  // where_language - computed: false, optional: true, required: false
  private _whereLanguage?: string; 
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
  public set whereLanguage(value: string) {
    this._whereLanguage = value;
  }
  public resetWhereLanguage() {
    this._whereLanguage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereLanguageInput() {
    return this._whereLanguage;
  }

  // where_template - computed: false, optional: true, required: false
  private _whereTemplate?: string; 
  public get whereTemplate() {
    return this.getStringAttribute('where_template');
  }
  public set whereTemplate(value: string) {
    this._whereTemplate = value;
  }
  public resetWhereTemplate() {
    this._whereTemplate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereTemplateInput() {
    return this._whereTemplate;
  }
}
export interface DashboardTilesConfigSqlTable {
  /**
  * Id of the ClickHouse connection the query runs on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#connection_id Dashboard#connection_id}
  */
  readonly connectionId: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigSqlTableNumberFormat;
  /**
  * What clicking a row opens.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#on_click Dashboard#on_click}
  */
  readonly onClick?: DashboardTilesConfigSqlTableOnClick;
  /**
  * Id of a source whose filters apply to the query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId?: string;
  /**
  * The SQL query, with `{{...}}` macros for the time range and filters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_template Dashboard#sql_template}
  */
  readonly sqlTemplate: string;
}

export function dashboardTilesConfigSqlTableToTerraform(struct?: DashboardTilesConfigSqlTable | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    connection_id: cdktf.stringToTerraform(struct!.connectionId),
    number_format: dashboardTilesConfigSqlTableNumberFormatToTerraform(struct!.numberFormat),
    on_click: dashboardTilesConfigSqlTableOnClickToTerraform(struct!.onClick),
    source_id: cdktf.stringToTerraform(struct!.sourceId),
    sql_template: cdktf.stringToTerraform(struct!.sqlTemplate),
  }
}


export function dashboardTilesConfigSqlTableToHclTerraform(struct?: DashboardTilesConfigSqlTable | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    connection_id: {
      value: cdktf.stringToHclTerraform(struct!.connectionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigSqlTableNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigSqlTableNumberFormat",
    },
    on_click: {
      value: dashboardTilesConfigSqlTableOnClickToHclTerraform(struct!.onClick),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigSqlTableOnClick",
    },
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sql_template: {
      value: cdktf.stringToHclTerraform(struct!.sqlTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigSqlTableOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigSqlTable | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._connectionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectionId = this._connectionId;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._onClick?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.onClick = this._onClick?.internalValue;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._sqlTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlTemplate = this._sqlTemplate;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigSqlTable | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._connectionId = undefined;
      this._numberFormat.internalValue = undefined;
      this._onClick.internalValue = undefined;
      this._sourceId = undefined;
      this._sqlTemplate = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._connectionId = value.connectionId;
      this._numberFormat.internalValue = value.numberFormat;
      this._onClick.internalValue = value.onClick;
      this._sourceId = value.sourceId;
      this._sqlTemplate = value.sqlTemplate;
    }
  }

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

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigSqlTableNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigSqlTableNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // on_click - computed: false, optional: true, required: false
  private _onClick = new DashboardTilesConfigSqlTableOnClickOutputReference(this, "on_click");
  public get onClick() {
    return this._onClick;
  }
  public putOnClick(value: DashboardTilesConfigSqlTableOnClick) {
    this._onClick.internalValue = value;
  }
  public resetOnClick() {
    this._onClick.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onClickInput() {
    return this._onClick.internalValue;
  }

  // source_id - computed: false, optional: true, required: false
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  public resetSourceId() {
    this._sourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // sql_template - computed: false, optional: false, required: true
  private _sqlTemplate?: string; 
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
  public set sqlTemplate(value: string) {
    this._sqlTemplate = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlTemplateInput() {
    return this._sqlTemplate;
  }
}
export interface DashboardTilesConfigStackedBarFormulasNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigStackedBarFormulasNumberFormatToTerraform(struct?: DashboardTilesConfigStackedBarFormulasNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigStackedBarFormulasNumberFormatToHclTerraform(struct?: DashboardTilesConfigStackedBarFormulasNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigStackedBarFormulasNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigStackedBarFormulasNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigStackedBarFormulasNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigStackedBarFormulas {
  /**
  * Name of the formula series.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Formula over the select items, referenced as A, B, C ...
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#expression Dashboard#expression}
  */
  readonly expression: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigStackedBarFormulasNumberFormat;
}

export function dashboardTilesConfigStackedBarFormulasToTerraform(struct?: DashboardTilesConfigStackedBarFormulas | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    alias: cdktf.stringToTerraform(struct!.alias),
    expression: cdktf.stringToTerraform(struct!.expression),
    number_format: dashboardTilesConfigStackedBarFormulasNumberFormatToTerraform(struct!.numberFormat),
  }
}


export function dashboardTilesConfigStackedBarFormulasToHclTerraform(struct?: DashboardTilesConfigStackedBarFormulas | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    alias: {
      value: cdktf.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    expression: {
      value: cdktf.stringToHclTerraform(struct!.expression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigStackedBarFormulasNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigStackedBarFormulasNumberFormat",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigStackedBarFormulasOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardTilesConfigStackedBarFormulas | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._expression !== undefined) {
      hasAnyValues = true;
      internalValueResult.expression = this._expression;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigStackedBarFormulas | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alias = undefined;
      this._expression = undefined;
      this._numberFormat.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alias = value.alias;
      this._expression = value.expression;
      this._numberFormat.internalValue = value.numberFormat;
    }
  }

  // alias - computed: false, optional: true, required: false
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

  // expression - computed: false, optional: false, required: true
  private _expression?: string; 
  public get expression() {
    return this.getStringAttribute('expression');
  }
  public set expression(value: string) {
    this._expression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionInput() {
    return this._expression;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigStackedBarFormulasNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigStackedBarFormulasNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }
}

export class DashboardTilesConfigStackedBarFormulasList extends cdktf.ComplexList {
  public internalValue? : DashboardTilesConfigStackedBarFormulas[] | cdktf.IResolvable

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
  public get(index: number): DashboardTilesConfigStackedBarFormulasOutputReference {
    return new DashboardTilesConfigStackedBarFormulasOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTilesConfigStackedBarNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigStackedBarNumberFormatToTerraform(struct?: DashboardTilesConfigStackedBarNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigStackedBarNumberFormatToHclTerraform(struct?: DashboardTilesConfigStackedBarNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigStackedBarNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigStackedBarNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigStackedBarNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigStackedBarSelectNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigStackedBarSelectNumberFormatToTerraform(struct?: DashboardTilesConfigStackedBarSelectNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigStackedBarSelectNumberFormatToHclTerraform(struct?: DashboardTilesConfigStackedBarSelectNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigStackedBarSelectNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigStackedBarSelectNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigStackedBarSelectNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigStackedBarSelect {
  /**
  * Aggregation: `avg`, `count`, `count_distinct`, `last_value`, `max`, `min`, `quantile`, `sum`, `any`, `none`, `increase`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#agg_fn Dashboard#agg_fn}
  */
  readonly aggFn: string;
  /**
  * Series name shown in the legend.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Quantile level (0.5, 0.9, 0.95 or 0.99); only with `agg_fn = "quantile"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#level Dashboard#level}
  */
  readonly level?: number;
  /**
  * Metric name, for metric sources.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_name Dashboard#metric_name}
  */
  readonly metricName?: string;
  /**
  * Metric data type, for metric sources: `sum`, `gauge`, `histogram`, `summary`, `exponential histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_type Dashboard#metric_type}
  */
  readonly metricType?: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigStackedBarSelectNumberFormat;
  /**
  * Per-period aggregation applied before `agg_fn`: `delta`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#period_agg_fn Dashboard#period_agg_fn}
  */
  readonly periodAggFn?: string;
  /**
  * Column or SQL expression aggregated. Required unless `agg_fn` is `count`, where it must be left out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_expression Dashboard#value_expression}
  */
  readonly valueExpression?: string;
  /**
  * Filter of this series only. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardTilesConfigStackedBarSelectToTerraform(struct?: DashboardTilesConfigStackedBarSelect | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    agg_fn: cdktf.stringToTerraform(struct!.aggFn),
    alias: cdktf.stringToTerraform(struct!.alias),
    level: cdktf.numberToTerraform(struct!.level),
    metric_name: cdktf.stringToTerraform(struct!.metricName),
    metric_type: cdktf.stringToTerraform(struct!.metricType),
    number_format: dashboardTilesConfigStackedBarSelectNumberFormatToTerraform(struct!.numberFormat),
    period_agg_fn: cdktf.stringToTerraform(struct!.periodAggFn),
    value_expression: cdktf.stringToTerraform(struct!.valueExpression),
    where: cdktf.stringToTerraform(struct!.where),
    where_language: cdktf.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardTilesConfigStackedBarSelectToHclTerraform(struct?: DashboardTilesConfigStackedBarSelect | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    agg_fn: {
      value: cdktf.stringToHclTerraform(struct!.aggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    alias: {
      value: cdktf.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    level: {
      value: cdktf.numberToHclTerraform(struct!.level),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    metric_name: {
      value: cdktf.stringToHclTerraform(struct!.metricName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    metric_type: {
      value: cdktf.stringToHclTerraform(struct!.metricType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigStackedBarSelectNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigStackedBarSelectNumberFormat",
    },
    period_agg_fn: {
      value: cdktf.stringToHclTerraform(struct!.periodAggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_expression: {
      value: cdktf.stringToHclTerraform(struct!.valueExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where: {
      value: cdktf.stringToHclTerraform(struct!.where),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where_language: {
      value: cdktf.stringToHclTerraform(struct!.whereLanguage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigStackedBarSelectOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardTilesConfigStackedBarSelect | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggFn = this._aggFn;
    }
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._level !== undefined) {
      hasAnyValues = true;
      internalValueResult.level = this._level;
    }
    if (this._metricName !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricName = this._metricName;
    }
    if (this._metricType !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricType = this._metricType;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._periodAggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.periodAggFn = this._periodAggFn;
    }
    if (this._valueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueExpression = this._valueExpression;
    }
    if (this._where !== undefined) {
      hasAnyValues = true;
      internalValueResult.where = this._where;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigStackedBarSelect | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggFn = undefined;
      this._alias = undefined;
      this._level = undefined;
      this._metricName = undefined;
      this._metricType = undefined;
      this._numberFormat.internalValue = undefined;
      this._periodAggFn = undefined;
      this._valueExpression = undefined;
      this._where = undefined;
      this._whereLanguage = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aggFn = value.aggFn;
      this._alias = value.alias;
      this._level = value.level;
      this._metricName = value.metricName;
      this._metricType = value.metricType;
      this._numberFormat.internalValue = value.numberFormat;
      this._periodAggFn = value.periodAggFn;
      this._valueExpression = value.valueExpression;
      this._where = value.where;
      this._whereLanguage = value.whereLanguage;
    }
  }

  // agg_fn - computed: false, optional: false, required: true
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

  // alias - computed: false, optional: true, required: false
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

  // level - computed: false, optional: true, required: false
  private _level?: number; 
  public get level() {
    return this.getNumberAttribute('level');
  }
  public set level(value: number) {
    this._level = value;
  }
  public resetLevel() {
    this._level = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get levelInput() {
    return this._level;
  }

  // metric_name - computed: false, optional: true, required: false
  private _metricName?: string; 
  public get metricName() {
    return this.getStringAttribute('metric_name');
  }
  public set metricName(value: string) {
    this._metricName = value;
  }
  public resetMetricName() {
    this._metricName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricNameInput() {
    return this._metricName;
  }

  // metric_type - computed: false, optional: true, required: false
  private _metricType?: string; 
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }
  public set metricType(value: string) {
    this._metricType = value;
  }
  public resetMetricType() {
    this._metricType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricTypeInput() {
    return this._metricType;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigStackedBarSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigStackedBarSelectNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // period_agg_fn - computed: false, optional: true, required: false
  private _periodAggFn?: string; 
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }
  public set periodAggFn(value: string) {
    this._periodAggFn = value;
  }
  public resetPeriodAggFn() {
    this._periodAggFn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodAggFnInput() {
    return this._periodAggFn;
  }

  // value_expression - computed: false, optional: true, required: false
  private _valueExpression?: string; 
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }
  public set valueExpression(value: string) {
    this._valueExpression = value;
  }
  public resetValueExpression() {
    this._valueExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueExpressionInput() {
    return this._valueExpression;
  }

  // where - computed: true, optional: true, required: false
  private _where?: string; 
  public get where() {
    return this.getStringAttribute('where');
  }
  public set where(value: string) {
    this._where = value;
  }
  public resetWhere() {
    this._where = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereInput() {
    return this._where;
  }

  // where_language - computed: true, optional: true, required: false
  private _whereLanguage?: string; 
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
  public set whereLanguage(value: string) {
    this._whereLanguage = value;
  }
  public resetWhereLanguage() {
    this._whereLanguage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereLanguageInput() {
    return this._whereLanguage;
  }
}

export class DashboardTilesConfigStackedBarSelectList extends cdktf.ComplexList {
  public internalValue? : DashboardTilesConfigStackedBarSelect[] | cdktf.IResolvable

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
  public get(index: number): DashboardTilesConfigStackedBarSelectOutputReference {
    return new DashboardTilesConfigStackedBarSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTilesConfigStackedBar {
  /**
  * Align the time range to whole buckets.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#align_date_range_to_granularity Dashboard#align_date_range_to_granularity}
  */
  readonly alignDateRangeToGranularity?: boolean | cdktf.IResolvable;
  /**
  * Plot the first series divided by the second (needs exactly 2 select items). Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#as_ratio Dashboard#as_ratio}
  */
  readonly asRatio?: boolean | cdktf.IResolvable;
  /**
  * Plot missing buckets as zero. Defaults to `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#fill_nulls Dashboard#fill_nulls}
  */
  readonly fillNulls?: boolean | cdktf.IResolvable;
  /**
  * Formulas over the select items (up to 10), such as `A / B`. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#formulas Dashboard#formulas}
  */
  readonly formulas?: DashboardTilesConfigStackedBarFormulas[] | cdktf.IResolvable;
  /**
  * Group by expression (one series per group).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#group_by Dashboard#group_by}
  */
  readonly groupBy?: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigStackedBarNumberFormat;
  /**
  * Series plotted (1 to 20).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select: DashboardTilesConfigStackedBarSelect[] | cdktf.IResolvable;
  /**
  * Maximum series shown; 0 means unlimited. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#series_limit Dashboard#series_limit}
  */
  readonly seriesLimit?: number;
  /**
  * Show the select series alongside the formulas. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#show_operand_series Dashboard#show_operand_series}
  */
  readonly showOperandSeries?: boolean | cdktf.IResolvable;
  /**
  * Id of the source queried (see the `clickstack_source` data source).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
}

export function dashboardTilesConfigStackedBarToTerraform(struct?: DashboardTilesConfigStackedBar | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align_date_range_to_granularity: cdktf.booleanToTerraform(struct!.alignDateRangeToGranularity),
    as_ratio: cdktf.booleanToTerraform(struct!.asRatio),
    fill_nulls: cdktf.booleanToTerraform(struct!.fillNulls),
    formulas: cdktf.listMapper(dashboardTilesConfigStackedBarFormulasToTerraform, false)(struct!.formulas),
    group_by: cdktf.stringToTerraform(struct!.groupBy),
    number_format: dashboardTilesConfigStackedBarNumberFormatToTerraform(struct!.numberFormat),
    select: cdktf.listMapper(dashboardTilesConfigStackedBarSelectToTerraform, false)(struct!.select),
    series_limit: cdktf.numberToTerraform(struct!.seriesLimit),
    show_operand_series: cdktf.booleanToTerraform(struct!.showOperandSeries),
    source_id: cdktf.stringToTerraform(struct!.sourceId),
  }
}


export function dashboardTilesConfigStackedBarToHclTerraform(struct?: DashboardTilesConfigStackedBar | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align_date_range_to_granularity: {
      value: cdktf.booleanToHclTerraform(struct!.alignDateRangeToGranularity),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    as_ratio: {
      value: cdktf.booleanToHclTerraform(struct!.asRatio),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    fill_nulls: {
      value: cdktf.booleanToHclTerraform(struct!.fillNulls),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    formulas: {
      value: cdktf.listMapperHcl(dashboardTilesConfigStackedBarFormulasToHclTerraform, false)(struct!.formulas),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTilesConfigStackedBarFormulasList",
    },
    group_by: {
      value: cdktf.stringToHclTerraform(struct!.groupBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigStackedBarNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigStackedBarNumberFormat",
    },
    select: {
      value: cdktf.listMapperHcl(dashboardTilesConfigStackedBarSelectToHclTerraform, false)(struct!.select),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTilesConfigStackedBarSelectList",
    },
    series_limit: {
      value: cdktf.numberToHclTerraform(struct!.seriesLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    show_operand_series: {
      value: cdktf.booleanToHclTerraform(struct!.showOperandSeries),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigStackedBarOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigStackedBar | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alignDateRangeToGranularity !== undefined) {
      hasAnyValues = true;
      internalValueResult.alignDateRangeToGranularity = this._alignDateRangeToGranularity;
    }
    if (this._asRatio !== undefined) {
      hasAnyValues = true;
      internalValueResult.asRatio = this._asRatio;
    }
    if (this._fillNulls !== undefined) {
      hasAnyValues = true;
      internalValueResult.fillNulls = this._fillNulls;
    }
    if (this._formulas?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.formulas = this._formulas?.internalValue;
    }
    if (this._groupBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.groupBy = this._groupBy;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._select?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select?.internalValue;
    }
    if (this._seriesLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.seriesLimit = this._seriesLimit;
    }
    if (this._showOperandSeries !== undefined) {
      hasAnyValues = true;
      internalValueResult.showOperandSeries = this._showOperandSeries;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigStackedBar | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alignDateRangeToGranularity = undefined;
      this._asRatio = undefined;
      this._fillNulls = undefined;
      this._formulas.internalValue = undefined;
      this._groupBy = undefined;
      this._numberFormat.internalValue = undefined;
      this._select.internalValue = undefined;
      this._seriesLimit = undefined;
      this._showOperandSeries = undefined;
      this._sourceId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alignDateRangeToGranularity = value.alignDateRangeToGranularity;
      this._asRatio = value.asRatio;
      this._fillNulls = value.fillNulls;
      this._formulas.internalValue = value.formulas;
      this._groupBy = value.groupBy;
      this._numberFormat.internalValue = value.numberFormat;
      this._select.internalValue = value.select;
      this._seriesLimit = value.seriesLimit;
      this._showOperandSeries = value.showOperandSeries;
      this._sourceId = value.sourceId;
    }
  }

  // align_date_range_to_granularity - computed: false, optional: true, required: false
  private _alignDateRangeToGranularity?: boolean | cdktf.IResolvable; 
  public get alignDateRangeToGranularity() {
    return this.getBooleanAttribute('align_date_range_to_granularity');
  }
  public set alignDateRangeToGranularity(value: boolean | cdktf.IResolvable) {
    this._alignDateRangeToGranularity = value;
  }
  public resetAlignDateRangeToGranularity() {
    this._alignDateRangeToGranularity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignDateRangeToGranularityInput() {
    return this._alignDateRangeToGranularity;
  }

  // as_ratio - computed: true, optional: true, required: false
  private _asRatio?: boolean | cdktf.IResolvable; 
  public get asRatio() {
    return this.getBooleanAttribute('as_ratio');
  }
  public set asRatio(value: boolean | cdktf.IResolvable) {
    this._asRatio = value;
  }
  public resetAsRatio() {
    this._asRatio = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asRatioInput() {
    return this._asRatio;
  }

  // fill_nulls - computed: true, optional: true, required: false
  private _fillNulls?: boolean | cdktf.IResolvable; 
  public get fillNulls() {
    return this.getBooleanAttribute('fill_nulls');
  }
  public set fillNulls(value: boolean | cdktf.IResolvable) {
    this._fillNulls = value;
  }
  public resetFillNulls() {
    this._fillNulls = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fillNullsInput() {
    return this._fillNulls;
  }

  // formulas - computed: false, optional: true, required: false
  private _formulas = new DashboardTilesConfigStackedBarFormulasList(this, "formulas", false);
  public get formulas() {
    return this._formulas;
  }
  public putFormulas(value: DashboardTilesConfigStackedBarFormulas[] | cdktf.IResolvable) {
    this._formulas.internalValue = value;
  }
  public resetFormulas() {
    this._formulas.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get formulasInput() {
    return this._formulas.internalValue;
  }

  // group_by - computed: false, optional: true, required: false
  private _groupBy?: string; 
  public get groupBy() {
    return this.getStringAttribute('group_by');
  }
  public set groupBy(value: string) {
    this._groupBy = value;
  }
  public resetGroupBy() {
    this._groupBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupByInput() {
    return this._groupBy;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigStackedBarNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigStackedBarNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // select - computed: false, optional: false, required: true
  private _select = new DashboardTilesConfigStackedBarSelectList(this, "select", false);
  public get select() {
    return this._select;
  }
  public putSelect(value: DashboardTilesConfigStackedBarSelect[] | cdktf.IResolvable) {
    this._select.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select.internalValue;
  }

  // series_limit - computed: false, optional: true, required: false
  private _seriesLimit?: number; 
  public get seriesLimit() {
    return this.getNumberAttribute('series_limit');
  }
  public set seriesLimit(value: number) {
    this._seriesLimit = value;
  }
  public resetSeriesLimit() {
    this._seriesLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get seriesLimitInput() {
    return this._seriesLimit;
  }

  // show_operand_series - computed: false, optional: true, required: false
  private _showOperandSeries?: boolean | cdktf.IResolvable; 
  public get showOperandSeries() {
    return this.getBooleanAttribute('show_operand_series');
  }
  public set showOperandSeries(value: boolean | cdktf.IResolvable) {
    this._showOperandSeries = value;
  }
  public resetShowOperandSeries() {
    this._showOperandSeries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get showOperandSeriesInput() {
    return this._showOperandSeries;
  }

  // source_id - computed: false, optional: false, required: true
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }
}
export interface DashboardTilesConfigTableFormulasNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigTableFormulasNumberFormatToTerraform(struct?: DashboardTilesConfigTableFormulasNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigTableFormulasNumberFormatToHclTerraform(struct?: DashboardTilesConfigTableFormulasNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigTableFormulasNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigTableFormulasNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigTableFormulasNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigTableFormulas {
  /**
  * Name of the formula series.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Formula over the select items, referenced as A, B, C ...
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#expression Dashboard#expression}
  */
  readonly expression: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigTableFormulasNumberFormat;
}

export function dashboardTilesConfigTableFormulasToTerraform(struct?: DashboardTilesConfigTableFormulas | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    alias: cdktf.stringToTerraform(struct!.alias),
    expression: cdktf.stringToTerraform(struct!.expression),
    number_format: dashboardTilesConfigTableFormulasNumberFormatToTerraform(struct!.numberFormat),
  }
}


export function dashboardTilesConfigTableFormulasToHclTerraform(struct?: DashboardTilesConfigTableFormulas | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    alias: {
      value: cdktf.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    expression: {
      value: cdktf.stringToHclTerraform(struct!.expression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigTableFormulasNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigTableFormulasNumberFormat",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigTableFormulasOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardTilesConfigTableFormulas | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._expression !== undefined) {
      hasAnyValues = true;
      internalValueResult.expression = this._expression;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigTableFormulas | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alias = undefined;
      this._expression = undefined;
      this._numberFormat.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alias = value.alias;
      this._expression = value.expression;
      this._numberFormat.internalValue = value.numberFormat;
    }
  }

  // alias - computed: false, optional: true, required: false
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

  // expression - computed: false, optional: false, required: true
  private _expression?: string; 
  public get expression() {
    return this.getStringAttribute('expression');
  }
  public set expression(value: string) {
    this._expression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionInput() {
    return this._expression;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigTableFormulasNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigTableFormulasNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }
}

export class DashboardTilesConfigTableFormulasList extends cdktf.ComplexList {
  public internalValue? : DashboardTilesConfigTableFormulas[] | cdktf.IResolvable

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
  public get(index: number): DashboardTilesConfigTableFormulasOutputReference {
    return new DashboardTilesConfigTableFormulasOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTilesConfigTableNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigTableNumberFormatToTerraform(struct?: DashboardTilesConfigTableNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigTableNumberFormatToHclTerraform(struct?: DashboardTilesConfigTableNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigTableNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigTableNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigTableNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigTableOnClickFilters {
  /**
  * Expression filtered on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#expression Dashboard#expression}
  */
  readonly expression: string;
  /**
  * Kind of filter: `expressionTemplate`. Defaults to `"expressionTemplate"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#kind Dashboard#kind}
  */
  readonly kind?: string;
  /**
  * Template of the value, from the clicked row.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#template Dashboard#template}
  */
  readonly template: string;
}

export function dashboardTilesConfigTableOnClickFiltersToTerraform(struct?: DashboardTilesConfigTableOnClickFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    expression: cdktf.stringToTerraform(struct!.expression),
    kind: cdktf.stringToTerraform(struct!.kind),
    template: cdktf.stringToTerraform(struct!.template),
  }
}


export function dashboardTilesConfigTableOnClickFiltersToHclTerraform(struct?: DashboardTilesConfigTableOnClickFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    expression: {
      value: cdktf.stringToHclTerraform(struct!.expression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    kind: {
      value: cdktf.stringToHclTerraform(struct!.kind),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    template: {
      value: cdktf.stringToHclTerraform(struct!.template),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigTableOnClickFiltersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardTilesConfigTableOnClickFilters | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._expression !== undefined) {
      hasAnyValues = true;
      internalValueResult.expression = this._expression;
    }
    if (this._kind !== undefined) {
      hasAnyValues = true;
      internalValueResult.kind = this._kind;
    }
    if (this._template !== undefined) {
      hasAnyValues = true;
      internalValueResult.template = this._template;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigTableOnClickFilters | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._expression = undefined;
      this._kind = undefined;
      this._template = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._expression = value.expression;
      this._kind = value.kind;
      this._template = value.template;
    }
  }

  // expression - computed: false, optional: false, required: true
  private _expression?: string; 
  public get expression() {
    return this.getStringAttribute('expression');
  }
  public set expression(value: string) {
    this._expression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionInput() {
    return this._expression;
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

  // template - computed: false, optional: false, required: true
  private _template?: string; 
  public get template() {
    return this.getStringAttribute('template');
  }
  public set template(value: string) {
    this._template = value;
  }
  // Temporarily expose input value. Use with caution.
  public get templateInput() {
    return this._template;
  }
}

export class DashboardTilesConfigTableOnClickFiltersList extends cdktf.ComplexList {
  public internalValue? : DashboardTilesConfigTableOnClickFilters[] | cdktf.IResolvable

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
  public get(index: number): DashboardTilesConfigTableOnClickFiltersOutputReference {
    return new DashboardTilesConfigTableOnClickFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTilesConfigTableOnClickTarget {
  /**
  * Source id (search) or dashboard id, with `mode = "id"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#id Dashboard#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * `id` (a fixed source or dashboard) or `template` (a name template).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mode Dashboard#mode}
  */
  readonly mode: string;
  /**
  * Template resolving to a source or dashboard name, with `mode = "template"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#template Dashboard#template}
  */
  readonly template?: string;
}

export function dashboardTilesConfigTableOnClickTargetToTerraform(struct?: DashboardTilesConfigTableOnClickTarget | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
    mode: cdktf.stringToTerraform(struct!.mode),
    template: cdktf.stringToTerraform(struct!.template),
  }
}


export function dashboardTilesConfigTableOnClickTargetToHclTerraform(struct?: DashboardTilesConfigTableOnClickTarget | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mode: {
      value: cdktf.stringToHclTerraform(struct!.mode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    template: {
      value: cdktf.stringToHclTerraform(struct!.template),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigTableOnClickTargetOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigTableOnClickTarget | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._mode !== undefined) {
      hasAnyValues = true;
      internalValueResult.mode = this._mode;
    }
    if (this._template !== undefined) {
      hasAnyValues = true;
      internalValueResult.template = this._template;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigTableOnClickTarget | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._id = undefined;
      this._mode = undefined;
      this._template = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._id = value.id;
      this._mode = value.mode;
      this._template = value.template;
    }
  }

  // id - computed: false, optional: true, required: false
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

  // mode - computed: false, optional: false, required: true
  private _mode?: string; 
  public get mode() {
    return this.getStringAttribute('mode');
  }
  public set mode(value: string) {
    this._mode = value;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
  }

  // template - computed: false, optional: true, required: false
  private _template?: string; 
  public get template() {
    return this.getStringAttribute('template');
  }
  public set template(value: string) {
    this._template = value;
  }
  public resetTemplate() {
    this._template = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get templateInput() {
    return this._template;
  }
}
export interface DashboardTilesConfigTableOnClick {
  /**
  * Filters applied on the target (up to 50).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#filters Dashboard#filters}
  */
  readonly filters?: DashboardTilesConfigTableOnClickFilters[] | cdktf.IResolvable;
  /**
  * The search source or dashboard opened, for `search` and `dashboard`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#target Dashboard#target}
  */
  readonly target?: DashboardTilesConfigTableOnClickTarget;
  /**
  * `search` (a search page), `dashboard` (another dashboard) or `external` (a URL).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#type Dashboard#type}
  */
  readonly type: string;
  /**
  * URL template, for `type = "external"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#url_template Dashboard#url_template}
  */
  readonly urlTemplate?: string;
  /**
  * Language of `where_template`: `lucene` or `sql`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
  /**
  * Template of the query applied on the target.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_template Dashboard#where_template}
  */
  readonly whereTemplate?: string;
}

export function dashboardTilesConfigTableOnClickToTerraform(struct?: DashboardTilesConfigTableOnClick | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    filters: cdktf.listMapper(dashboardTilesConfigTableOnClickFiltersToTerraform, false)(struct!.filters),
    target: dashboardTilesConfigTableOnClickTargetToTerraform(struct!.target),
    type: cdktf.stringToTerraform(struct!.type),
    url_template: cdktf.stringToTerraform(struct!.urlTemplate),
    where_language: cdktf.stringToTerraform(struct!.whereLanguage),
    where_template: cdktf.stringToTerraform(struct!.whereTemplate),
  }
}


export function dashboardTilesConfigTableOnClickToHclTerraform(struct?: DashboardTilesConfigTableOnClick | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    filters: {
      value: cdktf.listMapperHcl(dashboardTilesConfigTableOnClickFiltersToHclTerraform, false)(struct!.filters),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTilesConfigTableOnClickFiltersList",
    },
    target: {
      value: dashboardTilesConfigTableOnClickTargetToHclTerraform(struct!.target),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigTableOnClickTarget",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    url_template: {
      value: cdktf.stringToHclTerraform(struct!.urlTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where_language: {
      value: cdktf.stringToHclTerraform(struct!.whereLanguage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where_template: {
      value: cdktf.stringToHclTerraform(struct!.whereTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigTableOnClickOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigTableOnClick | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._filters?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.filters = this._filters?.internalValue;
    }
    if (this._target?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.target = this._target?.internalValue;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._urlTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.urlTemplate = this._urlTemplate;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    if (this._whereTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereTemplate = this._whereTemplate;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigTableOnClick | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._filters.internalValue = undefined;
      this._target.internalValue = undefined;
      this._type = undefined;
      this._urlTemplate = undefined;
      this._whereLanguage = undefined;
      this._whereTemplate = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._filters.internalValue = value.filters;
      this._target.internalValue = value.target;
      this._type = value.type;
      this._urlTemplate = value.urlTemplate;
      this._whereLanguage = value.whereLanguage;
      this._whereTemplate = value.whereTemplate;
    }
  }

  // filters - computed: false, optional: true, required: false
  private _filters = new DashboardTilesConfigTableOnClickFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }
  public putFilters(value: DashboardTilesConfigTableOnClickFilters[] | cdktf.IResolvable) {
    this._filters.internalValue = value;
  }
  public resetFilters() {
    this._filters.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filtersInput() {
    return this._filters.internalValue;
  }

  // target - computed: false, optional: true, required: false
  private _target = new DashboardTilesConfigTableOnClickTargetOutputReference(this, "target");
  public get target() {
    return this._target;
  }
  public putTarget(value: DashboardTilesConfigTableOnClickTarget) {
    this._target.internalValue = value;
  }
  public resetTarget() {
    this._target.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetInput() {
    return this._target.internalValue;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // url_template - computed: false, optional: true, required: false
  private _urlTemplate?: string; 
  public get urlTemplate() {
    return this.getStringAttribute('url_template');
  }
  public set urlTemplate(value: string) {
    this._urlTemplate = value;
  }
  public resetUrlTemplate() {
    this._urlTemplate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get urlTemplateInput() {
    return this._urlTemplate;
  }

  // where_language - computed: false, optional: true, required: false
  private _whereLanguage?: string; 
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
  public set whereLanguage(value: string) {
    this._whereLanguage = value;
  }
  public resetWhereLanguage() {
    this._whereLanguage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereLanguageInput() {
    return this._whereLanguage;
  }

  // where_template - computed: false, optional: true, required: false
  private _whereTemplate?: string; 
  public get whereTemplate() {
    return this.getStringAttribute('where_template');
  }
  public set whereTemplate(value: string) {
    this._whereTemplate = value;
  }
  public resetWhereTemplate() {
    this._whereTemplate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereTemplateInput() {
    return this._whereTemplate;
  }
}
export interface DashboardTilesConfigTableSelectNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktf.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktf.IResolvable;
  /**
  * Multiply the value by this factor before display.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktf.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTilesConfigTableSelectNumberFormatToTerraform(struct?: DashboardTilesConfigTableSelectNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    average: cdktf.booleanToTerraform(struct!.average),
    currency_symbol: cdktf.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktf.booleanToTerraform(struct!.decimalBytes),
    factor: cdktf.numberToTerraform(struct!.factor),
    mantissa: cdktf.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktf.stringToTerraform(struct!.numericUnit),
    output: cdktf.stringToTerraform(struct!.output),
    thousand_separated: cdktf.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktf.stringToTerraform(struct!.unit),
  }
}


export function dashboardTilesConfigTableSelectNumberFormatToHclTerraform(struct?: DashboardTilesConfigTableSelectNumberFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    average: {
      value: cdktf.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktf.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktf.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktf.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktf.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktf.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktf.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktf.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigTableSelectNumberFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigTableSelectNumberFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigTableSelectNumberFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktf.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktf.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktf.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktf.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktf.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktf.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTilesConfigTableSelect {
  /**
  * Aggregation: `avg`, `count`, `count_distinct`, `last_value`, `max`, `min`, `quantile`, `sum`, `any`, `none`, `increase`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#agg_fn Dashboard#agg_fn}
  */
  readonly aggFn: string;
  /**
  * Series name shown in the legend.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Quantile level (0.5, 0.9, 0.95 or 0.99); only with `agg_fn = "quantile"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#level Dashboard#level}
  */
  readonly level?: number;
  /**
  * Metric name, for metric sources.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_name Dashboard#metric_name}
  */
  readonly metricName?: string;
  /**
  * Metric data type, for metric sources: `sum`, `gauge`, `histogram`, `summary`, `exponential histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_type Dashboard#metric_type}
  */
  readonly metricType?: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigTableSelectNumberFormat;
  /**
  * Per-period aggregation applied before `agg_fn`: `delta`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#period_agg_fn Dashboard#period_agg_fn}
  */
  readonly periodAggFn?: string;
  /**
  * Column or SQL expression aggregated. Required unless `agg_fn` is `count`, where it must be left out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_expression Dashboard#value_expression}
  */
  readonly valueExpression?: string;
  /**
  * Filter of this series only. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardTilesConfigTableSelectToTerraform(struct?: DashboardTilesConfigTableSelect | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    agg_fn: cdktf.stringToTerraform(struct!.aggFn),
    alias: cdktf.stringToTerraform(struct!.alias),
    level: cdktf.numberToTerraform(struct!.level),
    metric_name: cdktf.stringToTerraform(struct!.metricName),
    metric_type: cdktf.stringToTerraform(struct!.metricType),
    number_format: dashboardTilesConfigTableSelectNumberFormatToTerraform(struct!.numberFormat),
    period_agg_fn: cdktf.stringToTerraform(struct!.periodAggFn),
    value_expression: cdktf.stringToTerraform(struct!.valueExpression),
    where: cdktf.stringToTerraform(struct!.where),
    where_language: cdktf.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardTilesConfigTableSelectToHclTerraform(struct?: DashboardTilesConfigTableSelect | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    agg_fn: {
      value: cdktf.stringToHclTerraform(struct!.aggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    alias: {
      value: cdktf.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    level: {
      value: cdktf.numberToHclTerraform(struct!.level),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    metric_name: {
      value: cdktf.stringToHclTerraform(struct!.metricName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    metric_type: {
      value: cdktf.stringToHclTerraform(struct!.metricType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigTableSelectNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigTableSelectNumberFormat",
    },
    period_agg_fn: {
      value: cdktf.stringToHclTerraform(struct!.periodAggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_expression: {
      value: cdktf.stringToHclTerraform(struct!.valueExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where: {
      value: cdktf.stringToHclTerraform(struct!.where),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where_language: {
      value: cdktf.stringToHclTerraform(struct!.whereLanguage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigTableSelectOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardTilesConfigTableSelect | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggFn = this._aggFn;
    }
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._level !== undefined) {
      hasAnyValues = true;
      internalValueResult.level = this._level;
    }
    if (this._metricName !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricName = this._metricName;
    }
    if (this._metricType !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricType = this._metricType;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._periodAggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.periodAggFn = this._periodAggFn;
    }
    if (this._valueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueExpression = this._valueExpression;
    }
    if (this._where !== undefined) {
      hasAnyValues = true;
      internalValueResult.where = this._where;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigTableSelect | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggFn = undefined;
      this._alias = undefined;
      this._level = undefined;
      this._metricName = undefined;
      this._metricType = undefined;
      this._numberFormat.internalValue = undefined;
      this._periodAggFn = undefined;
      this._valueExpression = undefined;
      this._where = undefined;
      this._whereLanguage = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aggFn = value.aggFn;
      this._alias = value.alias;
      this._level = value.level;
      this._metricName = value.metricName;
      this._metricType = value.metricType;
      this._numberFormat.internalValue = value.numberFormat;
      this._periodAggFn = value.periodAggFn;
      this._valueExpression = value.valueExpression;
      this._where = value.where;
      this._whereLanguage = value.whereLanguage;
    }
  }

  // agg_fn - computed: false, optional: false, required: true
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

  // alias - computed: false, optional: true, required: false
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

  // level - computed: false, optional: true, required: false
  private _level?: number; 
  public get level() {
    return this.getNumberAttribute('level');
  }
  public set level(value: number) {
    this._level = value;
  }
  public resetLevel() {
    this._level = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get levelInput() {
    return this._level;
  }

  // metric_name - computed: false, optional: true, required: false
  private _metricName?: string; 
  public get metricName() {
    return this.getStringAttribute('metric_name');
  }
  public set metricName(value: string) {
    this._metricName = value;
  }
  public resetMetricName() {
    this._metricName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricNameInput() {
    return this._metricName;
  }

  // metric_type - computed: false, optional: true, required: false
  private _metricType?: string; 
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }
  public set metricType(value: string) {
    this._metricType = value;
  }
  public resetMetricType() {
    this._metricType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricTypeInput() {
    return this._metricType;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigTableSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigTableSelectNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // period_agg_fn - computed: false, optional: true, required: false
  private _periodAggFn?: string; 
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }
  public set periodAggFn(value: string) {
    this._periodAggFn = value;
  }
  public resetPeriodAggFn() {
    this._periodAggFn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodAggFnInput() {
    return this._periodAggFn;
  }

  // value_expression - computed: false, optional: true, required: false
  private _valueExpression?: string; 
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }
  public set valueExpression(value: string) {
    this._valueExpression = value;
  }
  public resetValueExpression() {
    this._valueExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueExpressionInput() {
    return this._valueExpression;
  }

  // where - computed: true, optional: true, required: false
  private _where?: string; 
  public get where() {
    return this.getStringAttribute('where');
  }
  public set where(value: string) {
    this._where = value;
  }
  public resetWhere() {
    this._where = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereInput() {
    return this._where;
  }

  // where_language - computed: true, optional: true, required: false
  private _whereLanguage?: string; 
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
  public set whereLanguage(value: string) {
    this._whereLanguage = value;
  }
  public resetWhereLanguage() {
    this._whereLanguage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereLanguageInput() {
    return this._whereLanguage;
  }
}

export class DashboardTilesConfigTableSelectList extends cdktf.ComplexList {
  public internalValue? : DashboardTilesConfigTableSelect[] | cdktf.IResolvable

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
  public get(index: number): DashboardTilesConfigTableSelectOutputReference {
    return new DashboardTilesConfigTableSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTilesConfigTable {
  /**
  * Show the first column divided by the second (needs exactly 2 select items). Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#as_ratio Dashboard#as_ratio}
  */
  readonly asRatio?: boolean | cdktf.IResolvable;
  /**
  * Formulas over the select items (up to 10), such as `A / B`. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#formulas Dashboard#formulas}
  */
  readonly formulas?: DashboardTilesConfigTableFormulas[] | cdktf.IResolvable;
  /**
  * Group by expression (one series per group).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#group_by Dashboard#group_by}
  */
  readonly groupBy?: string;
  /**
  * Show the group-by columns first.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#group_by_columns_on_left Dashboard#group_by_columns_on_left}
  */
  readonly groupByColumnsOnLeft?: boolean | cdktf.IResolvable;
  /**
  * SQL `HAVING` condition.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#having Dashboard#having}
  */
  readonly having?: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTilesConfigTableNumberFormat;
  /**
  * What clicking a row opens.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#on_click Dashboard#on_click}
  */
  readonly onClick?: DashboardTilesConfigTableOnClick;
  /**
  * SQL `ORDER BY` expression.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#order_by Dashboard#order_by}
  */
  readonly orderBy?: string;
  /**
  * Columns aggregated (1 to 20).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select: DashboardTilesConfigTableSelect[] | cdktf.IResolvable;
  /**
  * Show the select columns alongside the formulas. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#show_operand_series Dashboard#show_operand_series}
  */
  readonly showOperandSeries?: boolean | cdktf.IResolvable;
  /**
  * Id of the source queried (see the `clickstack_source` data source).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
}

export function dashboardTilesConfigTableToTerraform(struct?: DashboardTilesConfigTable | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    as_ratio: cdktf.booleanToTerraform(struct!.asRatio),
    formulas: cdktf.listMapper(dashboardTilesConfigTableFormulasToTerraform, false)(struct!.formulas),
    group_by: cdktf.stringToTerraform(struct!.groupBy),
    group_by_columns_on_left: cdktf.booleanToTerraform(struct!.groupByColumnsOnLeft),
    having: cdktf.stringToTerraform(struct!.having),
    number_format: dashboardTilesConfigTableNumberFormatToTerraform(struct!.numberFormat),
    on_click: dashboardTilesConfigTableOnClickToTerraform(struct!.onClick),
    order_by: cdktf.stringToTerraform(struct!.orderBy),
    select: cdktf.listMapper(dashboardTilesConfigTableSelectToTerraform, false)(struct!.select),
    show_operand_series: cdktf.booleanToTerraform(struct!.showOperandSeries),
    source_id: cdktf.stringToTerraform(struct!.sourceId),
  }
}


export function dashboardTilesConfigTableToHclTerraform(struct?: DashboardTilesConfigTable | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    as_ratio: {
      value: cdktf.booleanToHclTerraform(struct!.asRatio),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    formulas: {
      value: cdktf.listMapperHcl(dashboardTilesConfigTableFormulasToHclTerraform, false)(struct!.formulas),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTilesConfigTableFormulasList",
    },
    group_by: {
      value: cdktf.stringToHclTerraform(struct!.groupBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    group_by_columns_on_left: {
      value: cdktf.booleanToHclTerraform(struct!.groupByColumnsOnLeft),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    having: {
      value: cdktf.stringToHclTerraform(struct!.having),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTilesConfigTableNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigTableNumberFormat",
    },
    on_click: {
      value: dashboardTilesConfigTableOnClickToHclTerraform(struct!.onClick),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigTableOnClick",
    },
    order_by: {
      value: cdktf.stringToHclTerraform(struct!.orderBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    select: {
      value: cdktf.listMapperHcl(dashboardTilesConfigTableSelectToHclTerraform, false)(struct!.select),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTilesConfigTableSelectList",
    },
    show_operand_series: {
      value: cdktf.booleanToHclTerraform(struct!.showOperandSeries),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    source_id: {
      value: cdktf.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigTableOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfigTable | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._asRatio !== undefined) {
      hasAnyValues = true;
      internalValueResult.asRatio = this._asRatio;
    }
    if (this._formulas?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.formulas = this._formulas?.internalValue;
    }
    if (this._groupBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.groupBy = this._groupBy;
    }
    if (this._groupByColumnsOnLeft !== undefined) {
      hasAnyValues = true;
      internalValueResult.groupByColumnsOnLeft = this._groupByColumnsOnLeft;
    }
    if (this._having !== undefined) {
      hasAnyValues = true;
      internalValueResult.having = this._having;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._onClick?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.onClick = this._onClick?.internalValue;
    }
    if (this._orderBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.orderBy = this._orderBy;
    }
    if (this._select?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select?.internalValue;
    }
    if (this._showOperandSeries !== undefined) {
      hasAnyValues = true;
      internalValueResult.showOperandSeries = this._showOperandSeries;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfigTable | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._asRatio = undefined;
      this._formulas.internalValue = undefined;
      this._groupBy = undefined;
      this._groupByColumnsOnLeft = undefined;
      this._having = undefined;
      this._numberFormat.internalValue = undefined;
      this._onClick.internalValue = undefined;
      this._orderBy = undefined;
      this._select.internalValue = undefined;
      this._showOperandSeries = undefined;
      this._sourceId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._asRatio = value.asRatio;
      this._formulas.internalValue = value.formulas;
      this._groupBy = value.groupBy;
      this._groupByColumnsOnLeft = value.groupByColumnsOnLeft;
      this._having = value.having;
      this._numberFormat.internalValue = value.numberFormat;
      this._onClick.internalValue = value.onClick;
      this._orderBy = value.orderBy;
      this._select.internalValue = value.select;
      this._showOperandSeries = value.showOperandSeries;
      this._sourceId = value.sourceId;
    }
  }

  // as_ratio - computed: true, optional: true, required: false
  private _asRatio?: boolean | cdktf.IResolvable; 
  public get asRatio() {
    return this.getBooleanAttribute('as_ratio');
  }
  public set asRatio(value: boolean | cdktf.IResolvable) {
    this._asRatio = value;
  }
  public resetAsRatio() {
    this._asRatio = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asRatioInput() {
    return this._asRatio;
  }

  // formulas - computed: false, optional: true, required: false
  private _formulas = new DashboardTilesConfigTableFormulasList(this, "formulas", false);
  public get formulas() {
    return this._formulas;
  }
  public putFormulas(value: DashboardTilesConfigTableFormulas[] | cdktf.IResolvable) {
    this._formulas.internalValue = value;
  }
  public resetFormulas() {
    this._formulas.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get formulasInput() {
    return this._formulas.internalValue;
  }

  // group_by - computed: false, optional: true, required: false
  private _groupBy?: string; 
  public get groupBy() {
    return this.getStringAttribute('group_by');
  }
  public set groupBy(value: string) {
    this._groupBy = value;
  }
  public resetGroupBy() {
    this._groupBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupByInput() {
    return this._groupBy;
  }

  // group_by_columns_on_left - computed: false, optional: true, required: false
  private _groupByColumnsOnLeft?: boolean | cdktf.IResolvable; 
  public get groupByColumnsOnLeft() {
    return this.getBooleanAttribute('group_by_columns_on_left');
  }
  public set groupByColumnsOnLeft(value: boolean | cdktf.IResolvable) {
    this._groupByColumnsOnLeft = value;
  }
  public resetGroupByColumnsOnLeft() {
    this._groupByColumnsOnLeft = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupByColumnsOnLeftInput() {
    return this._groupByColumnsOnLeft;
  }

  // having - computed: false, optional: true, required: false
  private _having?: string; 
  public get having() {
    return this.getStringAttribute('having');
  }
  public set having(value: string) {
    this._having = value;
  }
  public resetHaving() {
    this._having = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get havingInput() {
    return this._having;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTilesConfigTableNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTilesConfigTableNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // on_click - computed: false, optional: true, required: false
  private _onClick = new DashboardTilesConfigTableOnClickOutputReference(this, "on_click");
  public get onClick() {
    return this._onClick;
  }
  public putOnClick(value: DashboardTilesConfigTableOnClick) {
    this._onClick.internalValue = value;
  }
  public resetOnClick() {
    this._onClick.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onClickInput() {
    return this._onClick.internalValue;
  }

  // order_by - computed: false, optional: true, required: false
  private _orderBy?: string; 
  public get orderBy() {
    return this.getStringAttribute('order_by');
  }
  public set orderBy(value: string) {
    this._orderBy = value;
  }
  public resetOrderBy() {
    this._orderBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderByInput() {
    return this._orderBy;
  }

  // select - computed: false, optional: false, required: true
  private _select = new DashboardTilesConfigTableSelectList(this, "select", false);
  public get select() {
    return this._select;
  }
  public putSelect(value: DashboardTilesConfigTableSelect[] | cdktf.IResolvable) {
    this._select.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select.internalValue;
  }

  // show_operand_series - computed: false, optional: true, required: false
  private _showOperandSeries?: boolean | cdktf.IResolvable; 
  public get showOperandSeries() {
    return this.getBooleanAttribute('show_operand_series');
  }
  public set showOperandSeries(value: boolean | cdktf.IResolvable) {
    this._showOperandSeries = value;
  }
  public resetShowOperandSeries() {
    this._showOperandSeries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get showOperandSeriesInput() {
    return this._showOperandSeries;
  }

  // source_id - computed: false, optional: false, required: true
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }
}
export interface DashboardTilesConfig {
  /**
  * Bar chart by category.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#bar Dashboard#bar}
  */
  readonly bar?: DashboardTilesConfigBar;
  /**
  * Event patterns of a log source.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#event_patterns Dashboard#event_patterns}
  */
  readonly eventPatterns?: DashboardTilesConfigEventPatterns;
  /**
  * Heatmap of a distribution over time (trace sources).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#heatmap Dashboard#heatmap}
  */
  readonly heatmap?: DashboardTilesConfigHeatmap;
  /**
  * Line chart over time.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#line Dashboard#line}
  */
  readonly line?: DashboardTilesConfigLine;
  /**
  * Markdown text.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#markdown Dashboard#markdown}
  */
  readonly markdown?: DashboardTilesConfigMarkdown;
  /**
  * A single number.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number Dashboard#number}
  */
  readonly number?: DashboardTilesConfigNumber;
  /**
  * Pie chart.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#pie Dashboard#pie}
  */
  readonly pie?: DashboardTilesConfigPie;
  /**
  * Search results (rows of a log or trace source).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#search Dashboard#search}
  */
  readonly search?: DashboardTilesConfigSearch;
  /**
  * Bar chart from a raw SQL query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_bar Dashboard#sql_bar}
  */
  readonly sqlBar?: DashboardTilesConfigSqlBar;
  /**
  * Line chart from a raw SQL query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_line Dashboard#sql_line}
  */
  readonly sqlLine?: DashboardTilesConfigSqlLine;
  /**
  * A single number from a raw SQL query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_number Dashboard#sql_number}
  */
  readonly sqlNumber?: DashboardTilesConfigSqlNumber;
  /**
  * Pie chart from a raw SQL query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_pie Dashboard#sql_pie}
  */
  readonly sqlPie?: DashboardTilesConfigSqlPie;
  /**
  * Stacked bar chart from a raw SQL query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_stacked_bar Dashboard#sql_stacked_bar}
  */
  readonly sqlStackedBar?: DashboardTilesConfigSqlStackedBar;
  /**
  * Table from a raw SQL query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_table Dashboard#sql_table}
  */
  readonly sqlTable?: DashboardTilesConfigSqlTable;
  /**
  * Stacked bar chart over time.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#stacked_bar Dashboard#stacked_bar}
  */
  readonly stackedBar?: DashboardTilesConfigStackedBar;
  /**
  * Table of aggregates.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#table Dashboard#table}
  */
  readonly table?: DashboardTilesConfigTable;
}

export function dashboardTilesConfigToTerraform(struct?: DashboardTilesConfig | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bar: dashboardTilesConfigBarToTerraform(struct!.bar),
    event_patterns: dashboardTilesConfigEventPatternsToTerraform(struct!.eventPatterns),
    heatmap: dashboardTilesConfigHeatmapToTerraform(struct!.heatmap),
    line: dashboardTilesConfigLineToTerraform(struct!.line),
    markdown: dashboardTilesConfigMarkdownToTerraform(struct!.markdown),
    number: dashboardTilesConfigNumberToTerraform(struct!.number),
    pie: dashboardTilesConfigPieToTerraform(struct!.pie),
    search: dashboardTilesConfigSearchToTerraform(struct!.search),
    sql_bar: dashboardTilesConfigSqlBarToTerraform(struct!.sqlBar),
    sql_line: dashboardTilesConfigSqlLineToTerraform(struct!.sqlLine),
    sql_number: dashboardTilesConfigSqlNumberToTerraform(struct!.sqlNumber),
    sql_pie: dashboardTilesConfigSqlPieToTerraform(struct!.sqlPie),
    sql_stacked_bar: dashboardTilesConfigSqlStackedBarToTerraform(struct!.sqlStackedBar),
    sql_table: dashboardTilesConfigSqlTableToTerraform(struct!.sqlTable),
    stacked_bar: dashboardTilesConfigStackedBarToTerraform(struct!.stackedBar),
    table: dashboardTilesConfigTableToTerraform(struct!.table),
  }
}


export function dashboardTilesConfigToHclTerraform(struct?: DashboardTilesConfig | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bar: {
      value: dashboardTilesConfigBarToHclTerraform(struct!.bar),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigBar",
    },
    event_patterns: {
      value: dashboardTilesConfigEventPatternsToHclTerraform(struct!.eventPatterns),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigEventPatterns",
    },
    heatmap: {
      value: dashboardTilesConfigHeatmapToHclTerraform(struct!.heatmap),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigHeatmap",
    },
    line: {
      value: dashboardTilesConfigLineToHclTerraform(struct!.line),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigLine",
    },
    markdown: {
      value: dashboardTilesConfigMarkdownToHclTerraform(struct!.markdown),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigMarkdown",
    },
    number: {
      value: dashboardTilesConfigNumberToHclTerraform(struct!.number),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigNumber",
    },
    pie: {
      value: dashboardTilesConfigPieToHclTerraform(struct!.pie),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigPie",
    },
    search: {
      value: dashboardTilesConfigSearchToHclTerraform(struct!.search),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigSearch",
    },
    sql_bar: {
      value: dashboardTilesConfigSqlBarToHclTerraform(struct!.sqlBar),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigSqlBar",
    },
    sql_line: {
      value: dashboardTilesConfigSqlLineToHclTerraform(struct!.sqlLine),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigSqlLine",
    },
    sql_number: {
      value: dashboardTilesConfigSqlNumberToHclTerraform(struct!.sqlNumber),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigSqlNumber",
    },
    sql_pie: {
      value: dashboardTilesConfigSqlPieToHclTerraform(struct!.sqlPie),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigSqlPie",
    },
    sql_stacked_bar: {
      value: dashboardTilesConfigSqlStackedBarToHclTerraform(struct!.sqlStackedBar),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigSqlStackedBar",
    },
    sql_table: {
      value: dashboardTilesConfigSqlTableToHclTerraform(struct!.sqlTable),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigSqlTable",
    },
    stacked_bar: {
      value: dashboardTilesConfigStackedBarToHclTerraform(struct!.stackedBar),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigStackedBar",
    },
    table: {
      value: dashboardTilesConfigTableToHclTerraform(struct!.table),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfigTable",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTilesConfig | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bar?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.bar = this._bar?.internalValue;
    }
    if (this._eventPatterns?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.eventPatterns = this._eventPatterns?.internalValue;
    }
    if (this._heatmap?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.heatmap = this._heatmap?.internalValue;
    }
    if (this._line?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.line = this._line?.internalValue;
    }
    if (this._markdown?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.markdown = this._markdown?.internalValue;
    }
    if (this._number?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.number = this._number?.internalValue;
    }
    if (this._pie?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pie = this._pie?.internalValue;
    }
    if (this._search?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.search = this._search?.internalValue;
    }
    if (this._sqlBar?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlBar = this._sqlBar?.internalValue;
    }
    if (this._sqlLine?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlLine = this._sqlLine?.internalValue;
    }
    if (this._sqlNumber?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlNumber = this._sqlNumber?.internalValue;
    }
    if (this._sqlPie?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlPie = this._sqlPie?.internalValue;
    }
    if (this._sqlStackedBar?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlStackedBar = this._sqlStackedBar?.internalValue;
    }
    if (this._sqlTable?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlTable = this._sqlTable?.internalValue;
    }
    if (this._stackedBar?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.stackedBar = this._stackedBar?.internalValue;
    }
    if (this._table?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.table = this._table?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTilesConfig | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._bar.internalValue = undefined;
      this._eventPatterns.internalValue = undefined;
      this._heatmap.internalValue = undefined;
      this._line.internalValue = undefined;
      this._markdown.internalValue = undefined;
      this._number.internalValue = undefined;
      this._pie.internalValue = undefined;
      this._search.internalValue = undefined;
      this._sqlBar.internalValue = undefined;
      this._sqlLine.internalValue = undefined;
      this._sqlNumber.internalValue = undefined;
      this._sqlPie.internalValue = undefined;
      this._sqlStackedBar.internalValue = undefined;
      this._sqlTable.internalValue = undefined;
      this._stackedBar.internalValue = undefined;
      this._table.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._bar.internalValue = value.bar;
      this._eventPatterns.internalValue = value.eventPatterns;
      this._heatmap.internalValue = value.heatmap;
      this._line.internalValue = value.line;
      this._markdown.internalValue = value.markdown;
      this._number.internalValue = value.number;
      this._pie.internalValue = value.pie;
      this._search.internalValue = value.search;
      this._sqlBar.internalValue = value.sqlBar;
      this._sqlLine.internalValue = value.sqlLine;
      this._sqlNumber.internalValue = value.sqlNumber;
      this._sqlPie.internalValue = value.sqlPie;
      this._sqlStackedBar.internalValue = value.sqlStackedBar;
      this._sqlTable.internalValue = value.sqlTable;
      this._stackedBar.internalValue = value.stackedBar;
      this._table.internalValue = value.table;
    }
  }

  // bar - computed: false, optional: true, required: false
  private _bar = new DashboardTilesConfigBarOutputReference(this, "bar");
  public get bar() {
    return this._bar;
  }
  public putBar(value: DashboardTilesConfigBar) {
    this._bar.internalValue = value;
  }
  public resetBar() {
    this._bar.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get barInput() {
    return this._bar.internalValue;
  }

  // event_patterns - computed: false, optional: true, required: false
  private _eventPatterns = new DashboardTilesConfigEventPatternsOutputReference(this, "event_patterns");
  public get eventPatterns() {
    return this._eventPatterns;
  }
  public putEventPatterns(value: DashboardTilesConfigEventPatterns) {
    this._eventPatterns.internalValue = value;
  }
  public resetEventPatterns() {
    this._eventPatterns.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eventPatternsInput() {
    return this._eventPatterns.internalValue;
  }

  // heatmap - computed: false, optional: true, required: false
  private _heatmap = new DashboardTilesConfigHeatmapOutputReference(this, "heatmap");
  public get heatmap() {
    return this._heatmap;
  }
  public putHeatmap(value: DashboardTilesConfigHeatmap) {
    this._heatmap.internalValue = value;
  }
  public resetHeatmap() {
    this._heatmap.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heatmapInput() {
    return this._heatmap.internalValue;
  }

  // line - computed: false, optional: true, required: false
  private _line = new DashboardTilesConfigLineOutputReference(this, "line");
  public get line() {
    return this._line;
  }
  public putLine(value: DashboardTilesConfigLine) {
    this._line.internalValue = value;
  }
  public resetLine() {
    this._line.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lineInput() {
    return this._line.internalValue;
  }

  // markdown - computed: false, optional: true, required: false
  private _markdown = new DashboardTilesConfigMarkdownOutputReference(this, "markdown");
  public get markdown() {
    return this._markdown;
  }
  public putMarkdown(value: DashboardTilesConfigMarkdown) {
    this._markdown.internalValue = value;
  }
  public resetMarkdown() {
    this._markdown.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get markdownInput() {
    return this._markdown.internalValue;
  }

  // number - computed: false, optional: true, required: false
  private _number = new DashboardTilesConfigNumberOutputReference(this, "number");
  public get number() {
    return this._number;
  }
  public putNumber(value: DashboardTilesConfigNumber) {
    this._number.internalValue = value;
  }
  public resetNumber() {
    this._number.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberInput() {
    return this._number.internalValue;
  }

  // pie - computed: false, optional: true, required: false
  private _pie = new DashboardTilesConfigPieOutputReference(this, "pie");
  public get pie() {
    return this._pie;
  }
  public putPie(value: DashboardTilesConfigPie) {
    this._pie.internalValue = value;
  }
  public resetPie() {
    this._pie.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pieInput() {
    return this._pie.internalValue;
  }

  // search - computed: false, optional: true, required: false
  private _search = new DashboardTilesConfigSearchOutputReference(this, "search");
  public get search() {
    return this._search;
  }
  public putSearch(value: DashboardTilesConfigSearch) {
    this._search.internalValue = value;
  }
  public resetSearch() {
    this._search.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get searchInput() {
    return this._search.internalValue;
  }

  // sql_bar - computed: false, optional: true, required: false
  private _sqlBar = new DashboardTilesConfigSqlBarOutputReference(this, "sql_bar");
  public get sqlBar() {
    return this._sqlBar;
  }
  public putSqlBar(value: DashboardTilesConfigSqlBar) {
    this._sqlBar.internalValue = value;
  }
  public resetSqlBar() {
    this._sqlBar.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlBarInput() {
    return this._sqlBar.internalValue;
  }

  // sql_line - computed: false, optional: true, required: false
  private _sqlLine = new DashboardTilesConfigSqlLineOutputReference(this, "sql_line");
  public get sqlLine() {
    return this._sqlLine;
  }
  public putSqlLine(value: DashboardTilesConfigSqlLine) {
    this._sqlLine.internalValue = value;
  }
  public resetSqlLine() {
    this._sqlLine.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlLineInput() {
    return this._sqlLine.internalValue;
  }

  // sql_number - computed: false, optional: true, required: false
  private _sqlNumber = new DashboardTilesConfigSqlNumberOutputReference(this, "sql_number");
  public get sqlNumber() {
    return this._sqlNumber;
  }
  public putSqlNumber(value: DashboardTilesConfigSqlNumber) {
    this._sqlNumber.internalValue = value;
  }
  public resetSqlNumber() {
    this._sqlNumber.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlNumberInput() {
    return this._sqlNumber.internalValue;
  }

  // sql_pie - computed: false, optional: true, required: false
  private _sqlPie = new DashboardTilesConfigSqlPieOutputReference(this, "sql_pie");
  public get sqlPie() {
    return this._sqlPie;
  }
  public putSqlPie(value: DashboardTilesConfigSqlPie) {
    this._sqlPie.internalValue = value;
  }
  public resetSqlPie() {
    this._sqlPie.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlPieInput() {
    return this._sqlPie.internalValue;
  }

  // sql_stacked_bar - computed: false, optional: true, required: false
  private _sqlStackedBar = new DashboardTilesConfigSqlStackedBarOutputReference(this, "sql_stacked_bar");
  public get sqlStackedBar() {
    return this._sqlStackedBar;
  }
  public putSqlStackedBar(value: DashboardTilesConfigSqlStackedBar) {
    this._sqlStackedBar.internalValue = value;
  }
  public resetSqlStackedBar() {
    this._sqlStackedBar.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlStackedBarInput() {
    return this._sqlStackedBar.internalValue;
  }

  // sql_table - computed: false, optional: true, required: false
  private _sqlTable = new DashboardTilesConfigSqlTableOutputReference(this, "sql_table");
  public get sqlTable() {
    return this._sqlTable;
  }
  public putSqlTable(value: DashboardTilesConfigSqlTable) {
    this._sqlTable.internalValue = value;
  }
  public resetSqlTable() {
    this._sqlTable.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlTableInput() {
    return this._sqlTable.internalValue;
  }

  // stacked_bar - computed: false, optional: true, required: false
  private _stackedBar = new DashboardTilesConfigStackedBarOutputReference(this, "stacked_bar");
  public get stackedBar() {
    return this._stackedBar;
  }
  public putStackedBar(value: DashboardTilesConfigStackedBar) {
    this._stackedBar.internalValue = value;
  }
  public resetStackedBar() {
    this._stackedBar.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stackedBarInput() {
    return this._stackedBar.internalValue;
  }

  // table - computed: false, optional: true, required: false
  private _table = new DashboardTilesConfigTableOutputReference(this, "table");
  public get table() {
    return this._table;
  }
  public putTable(value: DashboardTilesConfigTable) {
    this._table.internalValue = value;
  }
  public resetTable() {
    this._table.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tableInput() {
    return this._table.internalValue;
  }
}
export interface DashboardTiles {
  /**
  * What the tile shows: set exactly one of the nested attributes, named after the display type. The `sql_*` ones run a raw SQL query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#config Dashboard#config}
  */
  readonly config: DashboardTilesConfig;
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames; unique among the keys and the names of tiles without a key. Defaults to the tile `name`. Tiles without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardTilesToTerraform(struct?: DashboardTiles | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    config: dashboardTilesConfigToTerraform(struct!.config),
    container_id: cdktf.stringToTerraform(struct!.containerId),
    h: cdktf.numberToTerraform(struct!.h),
    key: cdktf.stringToTerraform(struct!.key),
    name: cdktf.stringToTerraform(struct!.name),
    tab_id: cdktf.stringToTerraform(struct!.tabId),
    w: cdktf.numberToTerraform(struct!.w),
    x: cdktf.numberToTerraform(struct!.x),
    y: cdktf.numberToTerraform(struct!.y),
  }
}


export function dashboardTilesToHclTerraform(struct?: DashboardTiles | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    config: {
      value: dashboardTilesConfigToHclTerraform(struct!.config),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTilesConfig",
    },
    container_id: {
      value: cdktf.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    h: {
      value: cdktf.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tab_id: {
      value: cdktf.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktf.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    x: {
      value: cdktf.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktf.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTilesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DashboardTiles | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._config?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.config = this._config?.internalValue;
    }
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTiles | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._config.internalValue = undefined;
      this._containerId = undefined;
      this._h = undefined;
      this._key = undefined;
      this._name = undefined;
      this._tabId = undefined;
      this._w = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._config.internalValue = value.config;
      this._containerId = value.containerId;
      this._h = value.h;
      this._key = value.key;
      this._name = value.name;
      this._tabId = value.tabId;
      this._w = value.w;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // config - computed: false, optional: false, required: true
  private _config = new DashboardTilesConfigOutputReference(this, "config");
  public get config() {
    return this._config;
  }
  public putConfig(value: DashboardTilesConfig) {
    this._config.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get configInput() {
    return this._config.internalValue;
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
  }

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
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

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardTilesList extends cdktf.ComplexList {
  public internalValue? : DashboardTiles[] | cdktf.IResolvable

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
  public get(index: number): DashboardTilesOutputReference {
    return new DashboardTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard clickstack_dashboard}
*/
export class Dashboard extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "clickstack_dashboard";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Dashboard resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Dashboard to import
  * @param importFromId The id of the existing Dashboard that should be imported. Refer to the {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Dashboard to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "clickstack_dashboard", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard clickstack_dashboard} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DashboardConfig
  */
  public constructor(scope: Construct, id: string, config: DashboardConfig) {
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
    this._containers.internalValue = config.containers;
    this._filters.internalValue = config.filters;
    this._name = config.name;
    this._savedFilterValues.internalValue = config.savedFilterValues;
    this._savedQuery = config.savedQuery;
    this._savedQueryLanguage = config.savedQueryLanguage;
    this._tags = config.tags;
    this._tiles.internalValue = config.tiles;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // containers - computed: true, optional: true, required: false
  private _containers = new DashboardContainersList(this, "containers", false);
  public get containers() {
    return this._containers;
  }
  public putContainers(value: DashboardContainers[] | cdktf.IResolvable) {
    this._containers.internalValue = value;
  }
  public resetContainers() {
    this._containers.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containersInput() {
    return this._containers.internalValue;
  }

  // filters - computed: true, optional: true, required: false
  private _filters = new DashboardFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }
  public putFilters(value: DashboardFilters[] | cdktf.IResolvable) {
    this._filters.internalValue = value;
  }
  public resetFilters() {
    this._filters.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filtersInput() {
    return this._filters.internalValue;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
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

  // saved_filter_values - computed: true, optional: true, required: false
  private _savedFilterValues = new DashboardSavedFilterValuesList(this, "saved_filter_values", false);
  public get savedFilterValues() {
    return this._savedFilterValues;
  }
  public putSavedFilterValues(value: DashboardSavedFilterValues[] | cdktf.IResolvable) {
    this._savedFilterValues.internalValue = value;
  }
  public resetSavedFilterValues() {
    this._savedFilterValues.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get savedFilterValuesInput() {
    return this._savedFilterValues.internalValue;
  }

  // saved_query - computed: false, optional: true, required: false
  private _savedQuery?: string; 
  public get savedQuery() {
    return this.getStringAttribute('saved_query');
  }
  public set savedQuery(value: string) {
    this._savedQuery = value;
  }
  public resetSavedQuery() {
    this._savedQuery = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get savedQueryInput() {
    return this._savedQuery;
  }

  // saved_query_language - computed: true, optional: true, required: false
  private _savedQueryLanguage?: string; 
  public get savedQueryLanguage() {
    return this.getStringAttribute('saved_query_language');
  }
  public set savedQueryLanguage(value: string) {
    this._savedQueryLanguage = value;
  }
  public resetSavedQueryLanguage() {
    this._savedQueryLanguage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get savedQueryLanguageInput() {
    return this._savedQueryLanguage;
  }

  // tags - computed: true, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return this.getListAttribute('tags');
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // tile_ids - computed: true, optional: false, required: false
  private _tileIds = new cdktf.StringMap(this, "tile_ids");
  public get tileIds() {
    return this._tileIds;
  }

  // tiles - computed: false, optional: false, required: true
  private _tiles = new DashboardTilesList(this, "tiles", false);
  public get tiles() {
    return this._tiles;
  }
  public putTiles(value: DashboardTiles[] | cdktf.IResolvable) {
    this._tiles.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tilesInput() {
    return this._tiles.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      containers: cdktf.listMapper(dashboardContainersToTerraform, false)(this._containers.internalValue),
      filters: cdktf.listMapper(dashboardFiltersToTerraform, false)(this._filters.internalValue),
      name: cdktf.stringToTerraform(this._name),
      saved_filter_values: cdktf.listMapper(dashboardSavedFilterValuesToTerraform, false)(this._savedFilterValues.internalValue),
      saved_query: cdktf.stringToTerraform(this._savedQuery),
      saved_query_language: cdktf.stringToTerraform(this._savedQueryLanguage),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      tiles: cdktf.listMapper(dashboardTilesToTerraform, false)(this._tiles.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      containers: {
        value: cdktf.listMapperHcl(dashboardContainersToHclTerraform, false)(this._containers.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardContainersList",
      },
      filters: {
        value: cdktf.listMapperHcl(dashboardFiltersToHclTerraform, false)(this._filters.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardFiltersList",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      saved_filter_values: {
        value: cdktf.listMapperHcl(dashboardSavedFilterValuesToHclTerraform, false)(this._savedFilterValues.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardSavedFilterValuesList",
      },
      saved_query: {
        value: cdktf.stringToHclTerraform(this._savedQuery),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      saved_query_language: {
        value: cdktf.stringToHclTerraform(this._savedQueryLanguage),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      tiles: {
        value: cdktf.listMapperHcl(dashboardTilesToHclTerraform, false)(this._tiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardTilesList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
