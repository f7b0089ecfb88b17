// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface CozystackProviderConfig {
  /**
   * PEM client certificate. Env: KUBE_CLIENT_CERT_DATA.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs#client_certificate CozystackProvider#client_certificate}
   */
  readonly clientCertificate?: string;
  /**
   * PEM client key. Env: KUBE_CLIENT_KEY_DATA.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs#client_key CozystackProvider#client_key}
   */
  readonly clientKey?: string;
  /**
   * PEM CA certificate of the API server. Env: KUBE_CLUSTER_CA_CERT_DATA.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs#cluster_ca_certificate CozystackProvider#cluster_ca_certificate}
   */
  readonly clusterCaCertificate?: string;
  /**
   * Context of the kubeconfig to use. Env: KUBE_CTX.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs#config_context CozystackProvider#config_context}
   */
  readonly configContext?: string;
  /**
   * Path to a kubeconfig. Token, client-certificate and exec credential plugin (for example kubelogin for OIDC) users work; a plugin runs only when the platform is called. Env: KUBE_CONFIG_PATH, then KUBECONFIG.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs#config_path CozystackProvider#config_path}
   */
  readonly configPath?: string;
  /**
   * Take over spec fields another server-side-apply field manager owns (default false). Without it, a plan that would change such a field warns, naming the field and the manager, and the apply refuses and writes nothing. Only fields whose value the apply would change count, and only other managers' `Apply` entries. The real Cozystack API keeps no managedFields, so there no conflict can be seen and this setting changes nothing. Env: COZYSTACK_FORCE_CONFLICTS.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs#force_conflicts CozystackProvider#force_conflicts}
   */
  readonly forceConflicts?: boolean | cdktn.IResolvable;
  /**
   * API server URL, instead of a kubeconfig. Env: KUBE_HOST.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs#host CozystackProvider#host}
   */
  readonly host?: string;
  /**
   * Skip TLS verification of the API server. Env: KUBE_INSECURE.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs#insecure CozystackProvider#insecure}
   */
  readonly insecure?: boolean | cdktn.IResolvable;
  /**
   * HTTP proxy to reach the API server through (a CONNECT tunnel; TLS stays end to end). Without it, the kubeconfig's proxy-url, then HTTPS_PROXY and NO_PROXY apply. Env: KUBE_PROXY_URL.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs#proxy_url CozystackProvider#proxy_url}
   */
  readonly proxyUrl?: string;
  /**
   * Default tenant namespace for resources that set none. Env: COZYSTACK_TENANT_NAMESPACE.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs#tenant_namespace CozystackProvider#tenant_namespace}
   */
  readonly tenantNamespace?: string;
  /**
   * Bearer token. Env: KUBE_TOKEN.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs#token CozystackProvider#token}
   */
  readonly token?: string;
  /**
   * Wait after each create and update until the platform reports the object ready (default true). Set false only for an API server with no Flux behind it, where nothing ever becomes ready: applies then return once the write is accepted, and readiness is not checked. Env: COZYSTACK_WAIT_FOR_READY.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs#wait_for_ready CozystackProvider#wait_for_ready}
   */
  readonly waitForReady?: boolean | cdktn.IResolvable;
  /**
   * Alias name
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs#alias CozystackProvider#alias}
   */
  readonly alias?: string;
}

import { CozystackProviderFunctions } from "../provider-functions/index.js";
/**
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs cozystack}
 */
export class CozystackProvider extends cdktn.TerraformProvider {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a CozystackProvider resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the CozystackProvider to import
   * @param importFromId The id of the existing CozystackProvider that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the CozystackProvider to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs cozystack} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options CozystackProviderConfig = {}
   */
  public constructor(scope: Construct, id: string, config: CozystackProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: "cozystack",
      terraformGeneratorMetadata: {
        providerName: "cozystack",
      },
      terraformProviderSource: "registry.opentofu.org/cozystack-iac/cozystack",
    });
    this._clientCertificate = config.clientCertificate;
    this._clientKey = config.clientKey;
    this._clusterCaCertificate = config.clusterCaCertificate;
    this._configContext = config.configContext;
    this._configPath = config.configPath;
    this._forceConflicts = config.forceConflicts;
    this._host = config.host;
    this._insecure = config.insecure;
    this._proxyUrl = config.proxyUrl;
    this._tenantNamespace = config.tenantNamespace;
    this._token = config.token;
    this._waitForReady = config.waitForReady;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // cluster_ca_certificate - computed: false, optional: true, required: false
  private _clusterCaCertificate?: string;
  public get clusterCaCertificate() {
    return this._clusterCaCertificate;
  }
  public set clusterCaCertificate(value: string | undefined) {
    this._clusterCaCertificate = value;
  }
  public resetClusterCaCertificate() {
    this._clusterCaCertificate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clusterCaCertificateInput() {
    return this._clusterCaCertificate;
  }

  // config_context - computed: false, optional: true, required: false
  private _configContext?: string;
  public get configContext() {
    return this._configContext;
  }
  public set configContext(value: string | undefined) {
    this._configContext = value;
  }
  public resetConfigContext() {
    this._configContext = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get configContextInput() {
    return this._configContext;
  }

  // config_path - computed: false, optional: true, required: false
  private _configPath?: string;
  public get configPath() {
    return this._configPath;
  }
  public set configPath(value: string | undefined) {
    this._configPath = value;
  }
  public resetConfigPath() {
    this._configPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get configPathInput() {
    return this._configPath;
  }

  // force_conflicts - computed: false, optional: true, required: false
  private _forceConflicts?: boolean | cdktn.IResolvable;
  public get forceConflicts() {
    return this._forceConflicts;
  }
  public set forceConflicts(value: boolean | cdktn.IResolvable | undefined) {
    this._forceConflicts = value;
  }
  public resetForceConflicts() {
    this._forceConflicts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceConflictsInput() {
    return this._forceConflicts;
  }

  // host - computed: false, optional: true, required: false
  private _host?: string;
  public get host() {
    return this._host;
  }
  public set host(value: string | undefined) {
    this._host = value;
  }
  public resetHost() {
    this._host = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostInput() {
    return this._host;
  }

  // insecure - computed: false, optional: true, required: false
  private _insecure?: boolean | cdktn.IResolvable;
  public get insecure() {
    return this._insecure;
  }
  public set insecure(value: boolean | cdktn.IResolvable | undefined) {
    this._insecure = value;
  }
  public resetInsecure() {
    this._insecure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureInput() {
    return this._insecure;
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

  // tenant_namespace - computed: false, optional: true, required: false
  private _tenantNamespace?: string;
  public get tenantNamespace() {
    return this._tenantNamespace;
  }
  public set tenantNamespace(value: string | undefined) {
    this._tenantNamespace = value;
  }
  public resetTenantNamespace() {
    this._tenantNamespace = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tenantNamespaceInput() {
    return this._tenantNamespace;
  }

  // token - computed: false, optional: true, required: false
  private _token?: string;
  public get token() {
    return this._token;
  }
  public set token(value: string | undefined) {
    this._token = value;
  }
  public resetToken() {
    this._token = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenInput() {
    return this._token;
  }

  // wait_for_ready - computed: false, optional: true, required: false
  private _waitForReady?: boolean | cdktn.IResolvable;
  public get waitForReady() {
    return this._waitForReady;
  }
  public set waitForReady(value: boolean | cdktn.IResolvable | undefined) {
    this._waitForReady = value;
  }
  public resetWaitForReady() {
    this._waitForReady = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get waitForReadyInput() {
    return this._waitForReady;
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

  // ==========================
  // PROVIDER-DEFINED FUNCTIONS
  // ==========================
  private _functions?: CozystackProviderFunctions;

  /**
   * Provider-defined functions of the cozystack provider.
   */
  public get functions(): CozystackProviderFunctions {
    if (!this._functions) {
      this._functions = new CozystackProviderFunctions(this.terraformResourceType);
    }
    return this._functions;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      client_certificate: cdktn.stringToTerraform(this._clientCertificate),
      client_key: cdktn.stringToTerraform(this._clientKey),
      cluster_ca_certificate: cdktn.stringToTerraform(this._clusterCaCertificate),
      config_context: cdktn.stringToTerraform(this._configContext),
      config_path: cdktn.stringToTerraform(this._configPath),
      force_conflicts: cdktn.booleanToTerraform(this._forceConflicts),
      host: cdktn.stringToTerraform(this._host),
      insecure: cdktn.booleanToTerraform(this._insecure),
      proxy_url: cdktn.stringToTerraform(this._proxyUrl),
      tenant_namespace: cdktn.stringToTerraform(this._tenantNamespace),
      token: cdktn.stringToTerraform(this._token),
      wait_for_ready: cdktn.booleanToTerraform(this._waitForReady),
      alias: cdktn.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
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
      cluster_ca_certificate: {
        value: cdktn.stringToHclTerraform(this._clusterCaCertificate),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      config_context: {
        value: cdktn.stringToHclTerraform(this._configContext),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      config_path: {
        value: cdktn.stringToHclTerraform(this._configPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      force_conflicts: {
        value: cdktn.booleanToHclTerraform(this._forceConflicts),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      host: {
        value: cdktn.stringToHclTerraform(this._host),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      insecure: {
        value: cdktn.booleanToHclTerraform(this._insecure),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      proxy_url: {
        value: cdktn.stringToHclTerraform(this._proxyUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tenant_namespace: {
        value: cdktn.stringToHclTerraform(this._tenantNamespace),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      token: {
        value: cdktn.stringToHclTerraform(this._token),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      wait_for_ready: {
        value: cdktn.booleanToHclTerraform(this._waitForReady),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      alias: {
        value: cdktn.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(
      Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
    );
  }
}
