// https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/source
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface DataClickstackSourceConfig extends cdktn.TerraformMetaArguments {
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
export interface DataClickstackSourceMetricTables {
}

export function dataClickstackSourceMetricTablesToTerraform(struct?: DataClickstackSourceMetricTables): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackSourceMetricTablesToHclTerraform(struct?: DataClickstackSourceMetricTables): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackSourceMetricTablesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
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

/**
* Represents a {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/source clickstack_source}
*/
export class DataClickstackSource extends cdktn.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "clickstack_source";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a DataClickstackSource resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataClickstackSource to import
  * @param importFromId The id of the existing DataClickstackSource that should be imported. Refer to the {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/source#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataClickstackSource to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "clickstack_source", importId: importFromId, provider });
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

  // log_source_id - computed: true, optional: false, required: false
  public get logSourceId() {
    return this.getStringAttribute('log_source_id');
  }

  // metric_source_id - computed: true, optional: false, required: false
  public get metricSourceId() {
    return this.getStringAttribute('metric_source_id');
  }

  // metric_tables - computed: true, optional: false, required: false
  private _metricTables = new DataClickstackSourceMetricTablesOutputReference(this, "metric_tables");
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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktn.stringToTerraform(this._id),
      kind: cdktn.stringToTerraform(this._kind),
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
      kind: {
        value: cdktn.stringToHclTerraform(this._kind),
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
