// https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/connection
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface ConnectionConfig extends cdktn.TerraformMetaArguments {
  /**
  * URL of the ClickHouse HTTP interface, such as `http://clickhouse:8123`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/connection#host Connection#host}
  */
  readonly host: string;
  /**
  * Prefix of the ClickHouse settings HyperDX sets on its queries (letters, digits and `_`). Removing it clears it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/connection#hyperdx_setting_prefix Connection#hyperdx_setting_prefix}
  */
  readonly hyperdxSettingPrefix?: string;
  /**
  * Whether the host is a Prometheus-compatible endpoint rather than ClickHouse. Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/connection#is_prometheus_endpoint Connection#is_prometheus_endpoint}
  */
  readonly isPrometheusEndpoint?: boolean | cdktn.IResolvable;
  /**
  * Name of the connection, as the UI lists it (names need not be unique).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/connection#name Connection#name}
  */
  readonly name: string;
  /**
  * Password of the ClickHouse user. **Write-only** (Terraform 1.11 or later): never stored in state or plan, and sent only on create and when `password_version` changes. The server keeps the stored password when none is sent, so removing it does not clear it. Give it through a sensitive or ephemeral variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/connection#password Connection#password}
  */
  readonly password?: string;
  /**
  * Any value, never sent to ClickStack: change it (for example `"2"`, or a hash of the password) to send `password` again. A write-only value leaves no trace in state, so Terraform cannot see that it changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/connection#password_version Connection#password_version}
  */
  readonly passwordVersion?: string;
  /**
  * ClickHouse user the queries run as.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/connection#username Connection#username}
  */
  readonly username: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/connection clickstack_connection}
*/
export class Connection extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "clickstack_connection";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a Connection resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Connection to import
  * @param importFromId The id of the existing Connection that should be imported. Refer to the {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/connection#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Connection to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "clickstack_connection", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/connection clickstack_connection} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ConnectionConfig
  */
  public constructor(scope: Construct, id: string, config: ConnectionConfig) {
    super(scope, id, {
      terraformResourceType: 'clickstack_connection',
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
    this._host = config.host;
    this._hyperdxSettingPrefix = config.hyperdxSettingPrefix;
    this._isPrometheusEndpoint = config.isPrometheusEndpoint;
    this._name = config.name;
    this._password = config.password;
    this._passwordVersion = config.passwordVersion;
    this._username = config.username;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // host - computed: false, optional: false, required: true
  private _host?: string; 
  public get host() {
    return this.getStringAttribute('host');
  }
  public set host(value: string) {
    this._host = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hostInput() {
    return this._host;
  }

  // hyperdx_setting_prefix - computed: false, optional: true, required: false
  private _hyperdxSettingPrefix?: string; 
  public get hyperdxSettingPrefix() {
    return this.getStringAttribute('hyperdx_setting_prefix');
  }
  public set hyperdxSettingPrefix(value: string) {
    this._hyperdxSettingPrefix = value;
  }
  public resetHyperdxSettingPrefix() {
    this._hyperdxSettingPrefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperdxSettingPrefixInput() {
    return this._hyperdxSettingPrefix;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // is_prometheus_endpoint - computed: true, optional: true, required: false
  private _isPrometheusEndpoint?: boolean | cdktn.IResolvable; 
  public get isPrometheusEndpoint() {
    return this.getBooleanAttribute('is_prometheus_endpoint');
  }
  public set isPrometheusEndpoint(value: boolean | cdktn.IResolvable) {
    this._isPrometheusEndpoint = value;
  }
  public resetIsPrometheusEndpoint() {
    this._isPrometheusEndpoint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isPrometheusEndpointInput() {
    return this._isPrometheusEndpoint;
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

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // password_version - computed: false, optional: true, required: false
  private _passwordVersion?: string; 
  public get passwordVersion() {
    return this.getStringAttribute('password_version');
  }
  public set passwordVersion(value: string) {
    this._passwordVersion = value;
  }
  public resetPasswordVersion() {
    this._passwordVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordVersionInput() {
    return this._passwordVersion;
  }

  // username - computed: false, optional: false, required: true
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      host: cdktn.stringToTerraform(this._host),
      hyperdx_setting_prefix: cdktn.stringToTerraform(this._hyperdxSettingPrefix),
      is_prometheus_endpoint: cdktn.booleanToTerraform(this._isPrometheusEndpoint),
      name: cdktn.stringToTerraform(this._name),
      password: this.markWriteOnlyAttribute(cdktn.stringToTerraform(this._password)),
      password_version: cdktn.stringToTerraform(this._passwordVersion),
      username: cdktn.stringToTerraform(this._username),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      host: {
        value: cdktn.stringToHclTerraform(this._host),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      hyperdx_setting_prefix: {
        value: cdktn.stringToHclTerraform(this._hyperdxSettingPrefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      is_prometheus_endpoint: {
        value: cdktn.booleanToHclTerraform(this._isPrometheusEndpoint),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      name: {
        value: cdktn.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password: {
        value: this.markWriteOnlyAttribute(cdktn.stringToHclTerraform(this._password)),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password_version: {
        value: cdktn.stringToHclTerraform(this._passwordVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      username: {
        value: cdktn.stringToHclTerraform(this._username),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
