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

  // log_source_id - computed: true, optional: false, required: false
  public get logSourceId() {
    return this.getStringAttribute('log_source_id');
  }

  // metric_source_id - computed: true, optional: false, required: false
  public get metricSourceId() {
    return this.getStringAttribute('metric_source_id');
  }

  // metric_tables - computed: true, optional: false, required: false
  private _metricTables = new DataClickstackSourcesSourcesMetricTablesOutputReference(this, "metric_tables");
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

  // resource_attributes_expression - computed: true, optional: false, required: false
  public get resourceAttributesExpression() {
    return this.getStringAttribute('resource_attributes_expression');
  }

  // service_name_expression - computed: true, optional: false, required: false
  public get serviceNameExpression() {
    return this.getStringAttribute('service_name_expression');
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
