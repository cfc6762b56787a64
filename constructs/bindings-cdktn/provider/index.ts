// https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface ClickstackProviderConfig {
  /**
  * ClickStack OSS: personal API access key (Team Settings → API Keys). Environment variable: `CLICKSTACK_API_KEY`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#api_key ClickstackProvider#api_key}
  */
  readonly apiKey?: string;
  /**
  * Managed ClickStack: ClickHouse Cloud API key id. Environment variable: `CLICKHOUSE_CLOUD_API_KEY`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#api_key_id ClickstackProvider#api_key_id}
  */
  readonly apiKeyId?: string;
  /**
  * Managed ClickStack: ClickHouse Cloud API key secret. Environment variable: `CLICKHOUSE_CLOUD_API_SECRET`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#api_key_secret ClickstackProvider#api_key_secret}
  */
  readonly apiKeySecret?: string;
  /**
  * Managed ClickStack: base URL of the ClickHouse Cloud API. Defaults to `https://api.clickhouse.cloud`. Environment variable: `CLICKHOUSE_API_URL`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#api_url ClickstackProvider#api_url}
  */
  readonly apiUrl?: string;
  /**
  * Certificates of certificate authorities to trust besides the system store (which `SSL_CERT_FILE` and `SSL_CERT_DIR` replace, as for Go programs): PEM text, or the path of a PEM file. For servers whose certificate a private CA signed. Environment variable: `CLICKSTACK_CA_CERTIFICATES`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#ca_certificates ClickstackProvider#ca_certificates}
  */
  readonly caCertificates?: string;
  /**
  * Client certificate for servers or gateways that require mutual TLS: PEM text, or the path of a PEM file. Needs `client_key`. Environment variable: `CLICKSTACK_CLIENT_CERTIFICATE`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#client_certificate ClickstackProvider#client_certificate}
  */
  readonly clientCertificate?: string;
  /**
  * Private key of `client_certificate`: PEM text, or the path of a PEM file. Environment variable: `CLICKSTACK_CLIENT_KEY`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#client_key ClickstackProvider#client_key}
  */
  readonly clientKey?: string;
  /**
  * ClickStack OSS: origin of the API server (`http://localhost:8000`), or of the app followed by `/api` (`http://host:8080/api`). Environment variable: `CLICKSTACK_ENDPOINT`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#endpoint ClickstackProvider#endpoint}
  */
  readonly endpoint?: string;
  /**
  * Accepts any server certificate, without checking who signed it or which host it is for. For tests only: anyone on the network path can read and change the traffic, credentials included. Every run warns while it is on. Environment variable: `CLICKSTACK_INSECURE_SKIP_VERIFY` (`true` or `1`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#insecure_skip_verify ClickstackProvider#insecure_skip_verify}
  */
  readonly insecureSkipVerify?: boolean | cdktn.IResolvable;
  /**
  * Retries of a request that failed with a 5xx or a network error. Defaults to 5; 0 turns retries off. A create is sent again only once the server shows that the failed one made nothing. HTTP 429 is waited out apart from these, as long as the server asks, up to 10 of its rate-limit windows.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#max_retries ClickstackProvider#max_retries}
  */
  readonly maxRetries?: number;
  /**
  * Managed ClickStack: ClickHouse Cloud organization id (a UUID). Environment variable: `CLICKHOUSE_ORG_ID`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#organization_id ClickstackProvider#organization_id}
  */
  readonly organizationId?: string;
  /**
  * Proxy for every request of this provider (`http://proxy:3128`, credentials as `http://user:password@proxy:3128`), instead of the `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` environment variables, which are read otherwise, as Go programs read them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#proxy_url ClickstackProvider#proxy_url}
  */
  readonly proxyUrl?: string;
  /**
  * Client-side limit on requests per API key, shared by every resource: at most `requests` per `window_seconds`. Defaults to what each flavor documents: 100 per 60 s on OSS, 10 per 10 s on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#rate_limit ClickstackProvider#rate_limit}
  */
  readonly rateLimit?: ClickstackProviderRateLimit;
  /**
  * Whether a plan asks ClickStack's validate endpoint to check each dashboard it creates or changes. Defaults to true; a verdict of "valid" is remembered for 12 hours by server, key and content (in a private temp directory), so the apply after a plan does not ask again. `false` (or the environment variable `CLICKSTACK_SERVER_VALIDATION=false`) saves those requests for teams who trust the provider's own checks, and gives up the server's verdict at plan: what only the server refuses (a source or connection it does not know, a query it cannot parse) then fails the apply, after the objects planned before it may have been created.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#server_validation ClickstackProvider#server_validation}
  */
  readonly serverValidation?: boolean | cdktn.IResolvable;
  /**
  * Managed ClickStack: id of the ClickHouse Cloud service whose ClickStack this manages (a UUID). Environment variable: `CLICKSTACK_SERVICE_ID`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#service_id ClickstackProvider#service_id}
  */
  readonly serviceId?: string;
  /**
  * ClickStack OSS: team id sent as `x-hdx-team`, for multi-team (EE) servers; OSS ignores it. Environment variable: `CLICKSTACK_TEAM`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#team ClickstackProvider#team}
  */
  readonly team?: string;
  /**
  * Time allowed for one HTTP request, in seconds. Defaults to 30.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#timeout_seconds ClickstackProvider#timeout_seconds}
  */
  readonly timeoutSeconds?: number;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#alias ClickstackProvider#alias}
  */
  readonly alias?: string;
}
export interface ClickstackProviderRateLimit {
  /**
  * Requests allowed per window.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#requests ClickstackProvider#requests}
  */
  readonly requests: number;
  /**
  * Length of the window, in seconds.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#window_seconds ClickstackProvider#window_seconds}
  */
  readonly windowSeconds: number;
}

export function clickstackProviderRateLimitToTerraform(struct?: ClickstackProviderRateLimit | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    requests: cdktn.numberToTerraform(struct!.requests),
    window_seconds: cdktn.numberToTerraform(struct!.windowSeconds),
  }
}


export function clickstackProviderRateLimitToHclTerraform(struct?: ClickstackProviderRateLimit | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    requests: {
      value: cdktn.numberToHclTerraform(struct!.requests),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    window_seconds: {
      value: cdktn.numberToHclTerraform(struct!.windowSeconds),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}


/**
* Represents a {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs clickstack}
*/
export class ClickstackProvider extends cdktn.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "clickstack";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a ClickstackProvider resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ClickstackProvider to import
  * @param importFromId The id of the existing ClickstackProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ClickstackProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "clickstack", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs clickstack} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ClickstackProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: ClickstackProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'clickstack',
      terraformGeneratorMetadata: {
        providerName: 'clickstack',
        providerVersion: '0.1.0',
        providerVersionConstraint: '0.1.0'
      },
      terraformProviderSource: 'registry.terraform.io/clickstack-iac/clickstack'
    });
    this._apiKey = config.apiKey;
    this._apiKeyId = config.apiKeyId;
    this._apiKeySecret = config.apiKeySecret;
    this._apiUrl = config.apiUrl;
    this._caCertificates = config.caCertificates;
    this._clientCertificate = config.clientCertificate;
    this._clientKey = config.clientKey;
    this._endpoint = config.endpoint;
    this._insecureSkipVerify = config.insecureSkipVerify;
    this._maxRetries = config.maxRetries;
    this._organizationId = config.organizationId;
    this._proxyUrl = config.proxyUrl;
    this._rateLimit = config.rateLimit;
    this._serverValidation = config.serverValidation;
    this._serviceId = config.serviceId;
    this._team = config.team;
    this._timeoutSeconds = config.timeoutSeconds;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // api_key - computed: false, optional: true, required: false
  private _apiKey?: string; 
  public get apiKey() {
    return this._apiKey;
  }
  public set apiKey(value: string | undefined) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // api_key_id - computed: false, optional: true, required: false
  private _apiKeyId?: string; 
  public get apiKeyId() {
    return this._apiKeyId;
  }
  public set apiKeyId(value: string | undefined) {
    this._apiKeyId = value;
  }
  public resetApiKeyId() {
    this._apiKeyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyIdInput() {
    return this._apiKeyId;
  }

  // api_key_secret - computed: false, optional: true, required: false
  private _apiKeySecret?: string; 
  public get apiKeySecret() {
    return this._apiKeySecret;
  }
  public set apiKeySecret(value: string | undefined) {
    this._apiKeySecret = value;
  }
  public resetApiKeySecret() {
    this._apiKeySecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeySecretInput() {
    return this._apiKeySecret;
  }

  // api_url - computed: false, optional: true, required: false
  private _apiUrl?: string; 
  public get apiUrl() {
    return this._apiUrl;
  }
  public set apiUrl(value: string | undefined) {
    this._apiUrl = value;
  }
  public resetApiUrl() {
    this._apiUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiUrlInput() {
    return this._apiUrl;
  }

  // ca_certificates - computed: false, optional: true, required: false
  private _caCertificates?: string; 
  public get caCertificates() {
    return this._caCertificates;
  }
  public set caCertificates(value: string | undefined) {
    this._caCertificates = value;
  }
  public resetCaCertificates() {
    this._caCertificates = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caCertificatesInput() {
    return this._caCertificates;
  }

  // client_certificate - computed: false, optional: true, required: false
  private _clientCertificate?: string; 
  public get clientCertificate() {
    return this._clientCertificate;
  }
  public set clientCertificate(value: string | undefined) {
    this._clientCertificate = value;
  }
  public resetClientCertificate() {
    this._clientCertificate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientCertificateInput() {
    return this._clientCertificate;
  }

  // client_key - computed: false, optional: true, required: false
  private _clientKey?: string; 
  public get clientKey() {
    return this._clientKey;
  }
  public set clientKey(value: string | undefined) {
    this._clientKey = value;
  }
  public resetClientKey() {
    this._clientKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientKeyInput() {
    return this._clientKey;
  }

  // endpoint - computed: false, optional: true, required: false
  private _endpoint?: string; 
  public get endpoint() {
    return this._endpoint;
  }
  public set endpoint(value: string | undefined) {
    this._endpoint = value;
  }
  public resetEndpoint() {
    this._endpoint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointInput() {
    return this._endpoint;
  }

  // insecure_skip_verify - computed: false, optional: true, required: false
  private _insecureSkipVerify?: boolean | cdktn.IResolvable; 
  public get insecureSkipVerify() {
    return this._insecureSkipVerify;
  }
  public set insecureSkipVerify(value: boolean | cdktn.IResolvable | undefined) {
    this._insecureSkipVerify = value;
  }
  public resetInsecureSkipVerify() {
    this._insecureSkipVerify = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureSkipVerifyInput() {
    return this._insecureSkipVerify;
  }

  // max_retries - computed: false, optional: true, required: false
  private _maxRetries?: number; 
  public get maxRetries() {
    return this._maxRetries;
  }
  public set maxRetries(value: number | undefined) {
    this._maxRetries = value;
  }
  public resetMaxRetries() {
    this._maxRetries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxRetriesInput() {
    return this._maxRetries;
  }

  // organization_id - computed: false, optional: true, required: false
  private _organizationId?: string; 
  public get organizationId() {
    return this._organizationId;
  }
  public set organizationId(value: string | undefined) {
    this._organizationId = value;
  }
  public resetOrganizationId() {
    this._organizationId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get organizationIdInput() {
    return this._organizationId;
  }

  // proxy_url - computed: false, optional: true, required: false
  private _proxyUrl?: string; 
  public get proxyUrl() {
    return this._proxyUrl;
  }
  public set proxyUrl(value: string | undefined) {
    this._proxyUrl = value;
  }
  public resetProxyUrl() {
    this._proxyUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get proxyUrlInput() {
    return this._proxyUrl;
  }

  // rate_limit - computed: false, optional: true, required: false
  private _rateLimit?: ClickstackProviderRateLimit; 
  public get rateLimit() {
    return this._rateLimit;
  }
  public set rateLimit(value: ClickstackProviderRateLimit | undefined) {
    this._rateLimit = value;
  }
  public resetRateLimit() {
    this._rateLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rateLimitInput() {
    return this._rateLimit;
  }

  // server_validation - computed: false, optional: true, required: false
  private _serverValidation?: boolean | cdktn.IResolvable; 
  public get serverValidation() {
    return this._serverValidation;
  }
  public set serverValidation(value: boolean | cdktn.IResolvable | undefined) {
    this._serverValidation = value;
  }
  public resetServerValidation() {
    this._serverValidation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverValidationInput() {
    return this._serverValidation;
  }

  // service_id - computed: false, optional: true, required: false
  private _serviceId?: string; 
  public get serviceId() {
    return this._serviceId;
  }
  public set serviceId(value: string | undefined) {
    this._serviceId = value;
  }
  public resetServiceId() {
    this._serviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceIdInput() {
    return this._serviceId;
  }

  // team - computed: false, optional: true, required: false
  private _team?: string; 
  public get team() {
    return this._team;
  }
  public set team(value: string | undefined) {
    this._team = value;
  }
  public resetTeam() {
    this._team = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get teamInput() {
    return this._team;
  }

  // timeout_seconds - computed: false, optional: true, required: false
  private _timeoutSeconds?: number; 
  public get timeoutSeconds() {
    return this._timeoutSeconds;
  }
  public set timeoutSeconds(value: number | undefined) {
    this._timeoutSeconds = value;
  }
  public resetTimeoutSeconds() {
    this._timeoutSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutSecondsInput() {
    return this._timeoutSeconds;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      api_key: cdktn.stringToTerraform(this._apiKey),
      api_key_id: cdktn.stringToTerraform(this._apiKeyId),
      api_key_secret: cdktn.stringToTerraform(this._apiKeySecret),
      api_url: cdktn.stringToTerraform(this._apiUrl),
      ca_certificates: cdktn.stringToTerraform(this._caCertificates),
      client_certificate: cdktn.stringToTerraform(this._clientCertificate),
      client_key: cdktn.stringToTerraform(this._clientKey),
      endpoint: cdktn.stringToTerraform(this._endpoint),
      insecure_skip_verify: cdktn.booleanToTerraform(this._insecureSkipVerify),
      max_retries: cdktn.numberToTerraform(this._maxRetries),
      organization_id: cdktn.stringToTerraform(this._organizationId),
      proxy_url: cdktn.stringToTerraform(this._proxyUrl),
      rate_limit: clickstackProviderRateLimitToTerraform(this._rateLimit),
      server_validation: cdktn.booleanToTerraform(this._serverValidation),
      service_id: cdktn.stringToTerraform(this._serviceId),
      team: cdktn.stringToTerraform(this._team),
      timeout_seconds: cdktn.numberToTerraform(this._timeoutSeconds),
      alias: cdktn.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      api_key: {
        value: cdktn.stringToHclTerraform(this._apiKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      api_key_id: {
        value: cdktn.stringToHclTerraform(this._apiKeyId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      api_key_secret: {
        value: cdktn.stringToHclTerraform(this._apiKeySecret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      api_url: {
        value: cdktn.stringToHclTerraform(this._apiUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ca_certificates: {
        value: cdktn.stringToHclTerraform(this._caCertificates),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_certificate: {
        value: cdktn.stringToHclTerraform(this._clientCertificate),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_key: {
        value: cdktn.stringToHclTerraform(this._clientKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      endpoint: {
        value: cdktn.stringToHclTerraform(this._endpoint),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      insecure_skip_verify: {
        value: cdktn.booleanToHclTerraform(this._insecureSkipVerify),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      max_retries: {
        value: cdktn.numberToHclTerraform(this._maxRetries),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      organization_id: {
        value: cdktn.stringToHclTerraform(this._organizationId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      proxy_url: {
        value: cdktn.stringToHclTerraform(this._proxyUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rate_limit: {
        value: clickstackProviderRateLimitToHclTerraform(this._rateLimit),
        isBlock: true,
        type: "struct",
        storageClassType: "ClickstackProviderRateLimit",
      },
      server_validation: {
        value: cdktn.booleanToHclTerraform(this._serverValidation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      service_id: {
        value: cdktn.stringToHclTerraform(this._serviceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      team: {
        value: cdktn.stringToHclTerraform(this._team),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeout_seconds: {
        value: cdktn.numberToHclTerraform(this._timeoutSeconds),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      alias: {
        value: cdktn.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
