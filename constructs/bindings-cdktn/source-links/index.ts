// https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source_links
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface SourceLinksConfig extends cdktn.TerraformMetaArguments {
  /**
  * Id of the log source this one links to (`trace` and `metric` sources).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source_links#log_source_id SourceLinks#log_source_id}
  */
  readonly logSourceId?: string;
  /**
  * Id of the metric source this one links to (`log` and `trace` sources).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source_links#metric_source_id SourceLinks#metric_source_id}
  */
  readonly metricSourceId?: string;
  /**
  * Id of the session source this one links to (`trace` sources).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source_links#session_source_id SourceLinks#session_source_id}
  */
  readonly sessionSourceId?: string;
  /**
  * Id of the source whose links this sets; `terraform import` takes it. Changing it replaces the links.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source_links#source_id SourceLinks#source_id}
  */
  readonly sourceId: string;
  /**
  * Id of the trace source this one links to (`log` sources). A session source names its trace source in `clickstack_source` (`session.trace_source_id`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source_links#trace_source_id SourceLinks#trace_source_id}
  */
  readonly traceSourceId?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source_links clickstack_source_links}
*/
export class SourceLinks extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "clickstack_source_links";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a SourceLinks resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SourceLinks to import
  * @param importFromId The id of the existing SourceLinks that should be imported. Refer to the {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source_links#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SourceLinks to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "clickstack_source_links", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/source_links clickstack_source_links} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SourceLinksConfig
  */
  public constructor(scope: Construct, id: string, config: SourceLinksConfig) {
    super(scope, id, {
      terraformResourceType: 'clickstack_source_links',
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
    this._logSourceId = config.logSourceId;
    this._metricSourceId = config.metricSourceId;
    this._sessionSourceId = config.sessionSourceId;
    this._sourceId = config.sourceId;
    this._traceSourceId = config.traceSourceId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // log_source_id - computed: false, optional: true, required: false
  private _logSourceId?: string; 
  public get logSourceId() {
    return this.getStringAttribute('log_source_id');
  }
  public set logSourceId(value: string) {
    this._logSourceId = value;
  }
  public resetLogSourceId() {
    this._logSourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logSourceIdInput() {
    return this._logSourceId;
  }

  // metric_source_id - computed: false, optional: true, required: false
  private _metricSourceId?: string; 
  public get metricSourceId() {
    return this.getStringAttribute('metric_source_id');
  }
  public set metricSourceId(value: string) {
    this._metricSourceId = value;
  }
  public resetMetricSourceId() {
    this._metricSourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricSourceIdInput() {
    return this._metricSourceId;
  }

  // session_source_id - computed: false, optional: true, required: false
  private _sessionSourceId?: string; 
  public get sessionSourceId() {
    return this.getStringAttribute('session_source_id');
  }
  public set sessionSourceId(value: string) {
    this._sessionSourceId = value;
  }
  public resetSessionSourceId() {
    this._sessionSourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sessionSourceIdInput() {
    return this._sessionSourceId;
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

  // trace_source_id - computed: false, optional: true, required: false
  private _traceSourceId?: string; 
  public get traceSourceId() {
    return this.getStringAttribute('trace_source_id');
  }
  public set traceSourceId(value: string) {
    this._traceSourceId = value;
  }
  public resetTraceSourceId() {
    this._traceSourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get traceSourceIdInput() {
    return this._traceSourceId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      log_source_id: cdktn.stringToTerraform(this._logSourceId),
      metric_source_id: cdktn.stringToTerraform(this._metricSourceId),
      session_source_id: cdktn.stringToTerraform(this._sessionSourceId),
      source_id: cdktn.stringToTerraform(this._sourceId),
      trace_source_id: cdktn.stringToTerraform(this._traceSourceId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      log_source_id: {
        value: cdktn.stringToHclTerraform(this._logSourceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      metric_source_id: {
        value: cdktn.stringToHclTerraform(this._metricSourceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      session_source_id: {
        value: cdktn.stringToHclTerraform(this._sessionSourceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_id: {
        value: cdktn.stringToHclTerraform(this._sourceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      trace_source_id: {
        value: cdktn.stringToHclTerraform(this._traceSourceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
