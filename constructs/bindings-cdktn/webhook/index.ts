// https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/webhook
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface WebhookConfig extends cdktn.TerraformMetaArguments {
  /**
  * Template of the request body, for `generic` and `incidentio` webhooks, such as `{"text": "{{title}}"}`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/webhook#body Webhook#body}
  */
  readonly body?: string;
  /**
  * Description shown in the UI.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/webhook#description Webhook#description}
  */
  readonly description?: string;
  /**
  * HTTP headers sent with every notification, such as an `Authorization` token (up to 100; names of header token characters; values up to 4096 characters). **Write-only** (Terraform 1.11 or later): never stored in state, and sent only on create, when `headers_version` changes, or when `url` or `service` changes. Not for `slack` webhooks.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/webhook#headers Webhook#headers}
  */
  readonly headers?: { [key: string]: string };
  /**
  * Any value, never sent to ClickStack: change it (for example `"2"`, or a hash of the secrets) to send `headers` and `query_params` again. Write-only values leave no trace in state, so Terraform cannot see that they changed. Removing `headers` or `query_params` and changing this clears them on the server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/webhook#headers_version Webhook#headers_version}
  */
  readonly headersVersion?: string;
  /**
  * Name of the webhook; unique per `service` within the team.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/webhook#name Webhook#name}
  */
  readonly name: string;
  /**
  * Query parameters added to the URL of every notification (up to 100; names up to 1024 characters; values up to 4096 characters). **Write-only** (Terraform 1.11 or later): never stored in state, and sent only on create, when `headers_version` changes, or when `url` or `service` changes. Not for `slack` webhooks.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/webhook#query_params Webhook#query_params}
  */
  readonly queryParams?: { [key: string]: string };
  /**
  * Kind of destination: `slack`, `generic`, `incidentio`. Managed ClickStack also reports `slack_api` and `pagerduty_api` for webhooks made in its UI: such a webhook can be imported and kept, but its API creates neither, so a plan that creates one or changes `service` to one fails. Changing it clears the stored headers and query parameters, which are then sent again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/webhook#service Webhook#service}
  */
  readonly service: string;
  /**
  * URL the alert notifications are posted to (a `slack.com` URL for `slack`). Required to create a webhook. Left unset on an existing webhook, it keeps the server's URL: `terraform plan -generate-config-out` writes sensitive values as null, so imported webhooks plan no changes. Changing it clears the stored headers and query parameters, which are then sent again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/webhook#url Webhook#url}
  */
  readonly url?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/webhook clickstack_webhook}
*/
export class Webhook extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "clickstack_webhook";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a Webhook resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Webhook to import
  * @param importFromId The id of the existing Webhook that should be imported. Refer to the {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/webhook#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Webhook to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "clickstack_webhook", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/webhook clickstack_webhook} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options WebhookConfig
  */
  public constructor(scope: Construct, id: string, config: WebhookConfig) {
    super(scope, id, {
      terraformResourceType: 'clickstack_webhook',
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
    this._body = config.body;
    this._description = config.description;
    this._headers = config.headers;
    this._headersVersion = config.headersVersion;
    this._name = config.name;
    this._queryParams = config.queryParams;
    this._service = config.service;
    this._url = config.url;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // body - computed: false, optional: true, required: false
  private _body?: string; 
  public get body() {
    return this.getStringAttribute('body');
  }
  public set body(value: string) {
    this._body = value;
  }
  public resetBody() {
    this._body = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bodyInput() {
    return this._body;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // headers - computed: false, optional: true, required: false
  private _headers?: { [key: string]: string }; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get headers() {
    return this.getStringMapAttribute('headers');
  }
  public set headers(value: { [key: string]: string }) {
    this._headers = value;
  }
  public resetHeaders() {
    this._headers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get headersInput() {
    return this._headers;
  }

  // headers_version - computed: false, optional: true, required: false
  private _headersVersion?: string; 
  public get headersVersion() {
    return this.getStringAttribute('headers_version');
  }
  public set headersVersion(value: string) {
    this._headersVersion = value;
  }
  public resetHeadersVersion() {
    this._headersVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get headersVersionInput() {
    return this._headersVersion;
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

  // query_params - computed: false, optional: true, required: false
  private _queryParams?: { [key: string]: string }; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get queryParams() {
    return this.getStringMapAttribute('query_params');
  }
  public set queryParams(value: { [key: string]: string }) {
    this._queryParams = value;
  }
  public resetQueryParams() {
    this._queryParams = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get queryParamsInput() {
    return this._queryParams;
  }

  // service - computed: false, optional: false, required: true
  private _service?: string; 
  public get service() {
    return this.getStringAttribute('service');
  }
  public set service(value: string) {
    this._service = value;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceInput() {
    return this._service;
  }

  // url - computed: true, optional: true, required: false
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  public resetUrl() {
    this._url = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      body: cdktn.stringToTerraform(this._body),
      description: cdktn.stringToTerraform(this._description),
      headers: this.markWriteOnlyAttribute(cdktn.hashMapper(cdktn.stringToTerraform)(this._headers)),
      headers_version: cdktn.stringToTerraform(this._headersVersion),
      name: cdktn.stringToTerraform(this._name),
      query_params: this.markWriteOnlyAttribute(cdktn.hashMapper(cdktn.stringToTerraform)(this._queryParams)),
      service: cdktn.stringToTerraform(this._service),
      url: cdktn.stringToTerraform(this._url),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      body: {
        value: cdktn.stringToHclTerraform(this._body),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktn.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      headers: {
        value: this.markWriteOnlyAttribute(cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(this._headers)),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      headers_version: {
        value: cdktn.stringToHclTerraform(this._headersVersion),
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
      query_params: {
        value: this.markWriteOnlyAttribute(cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(this._queryParams)),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      service: {
        value: cdktn.stringToHclTerraform(this._service),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      url: {
        value: cdktn.stringToHclTerraform(this._url),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
