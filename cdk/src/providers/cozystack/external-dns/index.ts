// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface ExternalDnsConfig extends cdktn.TerraformMetaArguments {
  /**
   * Annotation prefix external-dns reads, to run several instances side by side; empty uses the standard one. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#annotation_prefix ExternalDns#annotation_prefix}
   */
  readonly annotationPrefix?: string;
  /**
   * AWS Route53 credentials and zone settings.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#aws ExternalDns#aws}
   */
  readonly aws?: ExternalDnsAws;
  /**
   * Azure DNS service principal and zone location.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#azure ExternalDns#azure}
   */
  readonly azure?: ExternalDnsAzure;
  /**
   * Cloudflare credentials: an API token, or an API key with its account e-mail.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#cloudflare ExternalDns#cloudflare}
   */
  readonly cloudflare?: ExternalDnsCloudflare;
  /**
   * DigitalOcean credentials.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#digitalocean ExternalDns#digitalocean}
   */
  readonly digitalocean?: ExternalDnsDigitalocean;
  /**
   * DNS provider whose zones the records go to; its block below holds the credentials. One of `cloudflare`, `aws`, `azure`, `google`, `digitalocean`, `linode`, `ovh`, `exoscale`, `godaddy`, `inmemory`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#dns_provider ExternalDns#dns_provider}
   */
  readonly dnsProvider: string;
  /**
   * Domains this instance may manage; empty allows every domain the credentials reach.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#domain_filters ExternalDns#domain_filters}
   */
  readonly domainFilters?: string[];
  /**
   * Exoscale credentials.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#exoscale ExternalDns#exoscale}
   */
  readonly exoscale?: ExternalDnsExoscale;
  /**
   * Extra command-line arguments for external-dns.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#extra_args ExternalDns#extra_args}
   */
  readonly extraArgs?: string[];
  /**
   * Also take records from Gateway API HTTPRoutes and TLSRoutes. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#gateway_api ExternalDns#gateway_api}
   */
  readonly gatewayApi?: boolean | cdktn.IResolvable;
  /**
   * GoDaddy credentials.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#godaddy ExternalDns#godaddy}
   */
  readonly godaddy?: ExternalDnsGodaddy;
  /**
   * Google Cloud DNS project and service account.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#google ExternalDns#google}
   */
  readonly google?: ExternalDnsGoogle;
  /**
   * Linode credentials.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#linode ExternalDns#linode}
   */
  readonly linode?: ExternalDnsLinode;
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#name ExternalDns#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#namespace ExternalDns#namespace}
   */
  readonly namespace?: string;
  /**
   * OVH API credentials.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#ovh ExternalDns#ovh}
   */
  readonly ovh?: ExternalDnsOvh;
  /**
   * How records are synchronised: sync also deletes records it no longer sees. One of `create-only`, `sync`, `upsert-only`. Defaults to `upsert-only`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#policy ExternalDns#policy}
   */
  readonly policy?: string;
  /**
   * CPU and memory for external-dns; when set, it replaces the preset.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#resources ExternalDns#resources}
   */
  readonly resources?: ExternalDnsResources;
  /**
   * Sizing preset for external-dns when resources is not given. One of `t1.nano`, `t1.micro`, `t1.small`, `t1.medium`, `t1.large`, `t1.xlarge`, `t1.2xlarge`, `t1.4xlarge`, `c1.nano`, `c1.micro`, `c1.small`, `c1.medium`, `c1.large`, `c1.xlarge`, `c1.2xlarge`, `c1.4xlarge`, `s1.nano`, `s1.micro`, `s1.small`, `s1.medium`, `s1.large`, `s1.xlarge`, `s1.2xlarge`, `s1.4xlarge`, `u1.nano`, `u1.micro`, `u1.small`, `u1.medium`, `u1.large`, `u1.xlarge`, `u1.2xlarge`, `u1.4xlarge`, `m1.nano`, `m1.micro`, `m1.small`, `m1.medium`, `m1.large`, `m1.xlarge`, `m1.2xlarge`, `m1.4xlarge`, `nano`, `micro`, `small`, `medium`, `large`, `xlarge`, `2xlarge`. Defaults to `t1.nano`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#resources_preset ExternalDns#resources_preset}
   */
  readonly resourcesPreset?: string;
  /**
   * How long to wait for the platform, as durations such as `30s`, `10m` or `1h`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#timeouts ExternalDns#timeouts}
   */
  readonly timeouts?: ExternalDnsTimeouts;
}
export interface ExternalDnsAws {
  /**
   * Access key ID. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#access_key_id ExternalDns#access_key_id}
   */
  readonly accessKeyId?: string;
  /**
   * Region, e.g. eu-west-1. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#region ExternalDns#region}
   */
  readonly region?: string;
  /**
   * Secret access key. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#secret_access_key ExternalDns#secret_access_key}
   */
  readonly secretAccessKey?: string;
  /**
   * Write-only form of `secret_access_key`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#secret_access_key_wo ExternalDns#secret_access_key_wo}
   */
  readonly secretAccessKeyWo?: string;
  /**
   * Set it with `secret_access_key_wo`; change it to send `secret_access_key_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#secret_access_key_wo_version ExternalDns#secret_access_key_wo_version}
   */
  readonly secretAccessKeyWoVersion?: number;
  /**
   * Only manage zones of this type: public or private; empty manages both. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#zone_type ExternalDns#zone_type}
   */
  readonly zoneType?: string;
}

export function externalDnsAwsToTerraform(struct?: ExternalDnsAws | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    access_key_id: cdktn.stringToTerraform(struct!.accessKeyId),
    region: cdktn.stringToTerraform(struct!.region),
    secret_access_key: cdktn.stringToTerraform(struct!.secretAccessKey),
    secret_access_key_wo: cdktn.stringToTerraform(struct!.secretAccessKeyWo),
    secret_access_key_wo_version: cdktn.numberToTerraform(struct!.secretAccessKeyWoVersion),
    zone_type: cdktn.stringToTerraform(struct!.zoneType),
  };
}

export function externalDnsAwsToHclTerraform(struct?: ExternalDnsAws | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    access_key_id: {
      value: cdktn.stringToHclTerraform(struct!.accessKeyId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    region: {
      value: cdktn.stringToHclTerraform(struct!.region),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_access_key: {
      value: cdktn.stringToHclTerraform(struct!.secretAccessKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_access_key_wo: {
      value: cdktn.stringToHclTerraform(struct!.secretAccessKeyWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_access_key_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.secretAccessKeyWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    zone_type: {
      value: cdktn.stringToHclTerraform(struct!.zoneType),
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

export class ExternalDnsAwsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ExternalDnsAws | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._accessKeyId !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessKeyId = this._accessKeyId;
    }
    if (this._region !== undefined) {
      hasAnyValues = true;
      internalValueResult.region = this._region;
    }
    if (this._secretAccessKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretAccessKey = this._secretAccessKey;
    }
    if (this._secretAccessKeyWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretAccessKeyWo = this._secretAccessKeyWo;
    }
    if (this._secretAccessKeyWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretAccessKeyWoVersion = this._secretAccessKeyWoVersion;
    }
    if (this._zoneType !== undefined) {
      hasAnyValues = true;
      internalValueResult.zoneType = this._zoneType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ExternalDnsAws | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._accessKeyId = undefined;
      this._region = undefined;
      this._secretAccessKey = undefined;
      this._secretAccessKeyWo = undefined;
      this._secretAccessKeyWoVersion = undefined;
      this._zoneType = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._accessKeyId = value.accessKeyId;
      this._region = value.region;
      this._secretAccessKey = value.secretAccessKey;
      this._secretAccessKeyWo = value.secretAccessKeyWo;
      this._secretAccessKeyWoVersion = value.secretAccessKeyWoVersion;
      this._zoneType = value.zoneType;
    }
  }

  // access_key_id - computed: true, optional: true, required: false
  private _accessKeyId?: string;
  public get accessKeyId() {
    return this.getStringAttribute("access_key_id");
  }
  public set accessKeyId(value: string) {
    this._accessKeyId = value;
  }
  public resetAccessKeyId() {
    this._accessKeyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessKeyIdInput() {
    return this._accessKeyId;
  }

  // region - computed: true, optional: true, required: false
  private _region?: string;
  public get region() {
    return this.getStringAttribute("region");
  }
  public set region(value: string) {
    this._region = value;
  }
  public resetRegion() {
    this._region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionInput() {
    return this._region;
  }

  // secret_access_key - computed: true, optional: true, required: false
  private _secretAccessKey?: string;
  public get secretAccessKey() {
    return this.getStringAttribute("secret_access_key");
  }
  public set secretAccessKey(value: string) {
    this._secretAccessKey = value;
  }
  public resetSecretAccessKey() {
    this._secretAccessKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretAccessKeyInput() {
    return this._secretAccessKey;
  }

  // secret_access_key_wo - computed: true, optional: true, required: false
  private _secretAccessKeyWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get secretAccessKeyWo() {
    return this.getStringAttribute("secret_access_key_wo");
  }
  public set secretAccessKeyWo(value: string) {
    this._secretAccessKeyWo = value;
  }
  public resetSecretAccessKeyWo() {
    this._secretAccessKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretAccessKeyWoInput() {
    return this._secretAccessKeyWo;
  }

  // secret_access_key_wo_version - computed: true, optional: true, required: false
  private _secretAccessKeyWoVersion?: number;
  public get secretAccessKeyWoVersion() {
    return this.getNumberAttribute("secret_access_key_wo_version");
  }
  public set secretAccessKeyWoVersion(value: number) {
    this._secretAccessKeyWoVersion = value;
  }
  public resetSecretAccessKeyWoVersion() {
    this._secretAccessKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretAccessKeyWoVersionInput() {
    return this._secretAccessKeyWoVersion;
  }

  // zone_type - computed: true, optional: true, required: false
  private _zoneType?: string;
  public get zoneType() {
    return this.getStringAttribute("zone_type");
  }
  public set zoneType(value: string) {
    this._zoneType = value;
  }
  public resetZoneType() {
    this._zoneType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get zoneTypeInput() {
    return this._zoneType;
  }
}
export interface ExternalDnsAzure {
  /**
   * Service principal client ID. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#aad_client_id ExternalDns#aad_client_id}
   */
  readonly aadClientId?: string;
  /**
   * Service principal client secret. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#aad_client_secret ExternalDns#aad_client_secret}
   */
  readonly aadClientSecret?: string;
  /**
   * Write-only form of `aad_client_secret`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#aad_client_secret_wo ExternalDns#aad_client_secret_wo}
   */
  readonly aadClientSecretWo?: string;
  /**
   * Set it with `aad_client_secret_wo`; change it to send `aad_client_secret_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#aad_client_secret_wo_version ExternalDns#aad_client_secret_wo_version}
   */
  readonly aadClientSecretWoVersion?: number;
  /**
   * Resource group of the DNS zones. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#resource_group ExternalDns#resource_group}
   */
  readonly resourceGroup?: string;
  /**
   * Subscription ID. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#subscription_id ExternalDns#subscription_id}
   */
  readonly subscriptionId?: string;
  /**
   * Azure AD tenant ID. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#tenant_id ExternalDns#tenant_id}
   */
  readonly tenantId?: string;
}

export function externalDnsAzureToTerraform(struct?: ExternalDnsAzure | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    aad_client_id: cdktn.stringToTerraform(struct!.aadClientId),
    aad_client_secret: cdktn.stringToTerraform(struct!.aadClientSecret),
    aad_client_secret_wo: cdktn.stringToTerraform(struct!.aadClientSecretWo),
    aad_client_secret_wo_version: cdktn.numberToTerraform(struct!.aadClientSecretWoVersion),
    resource_group: cdktn.stringToTerraform(struct!.resourceGroup),
    subscription_id: cdktn.stringToTerraform(struct!.subscriptionId),
    tenant_id: cdktn.stringToTerraform(struct!.tenantId),
  };
}

export function externalDnsAzureToHclTerraform(struct?: ExternalDnsAzure | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    aad_client_id: {
      value: cdktn.stringToHclTerraform(struct!.aadClientId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    aad_client_secret: {
      value: cdktn.stringToHclTerraform(struct!.aadClientSecret),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    aad_client_secret_wo: {
      value: cdktn.stringToHclTerraform(struct!.aadClientSecretWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    aad_client_secret_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.aadClientSecretWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    resource_group: {
      value: cdktn.stringToHclTerraform(struct!.resourceGroup),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    subscription_id: {
      value: cdktn.stringToHclTerraform(struct!.subscriptionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tenant_id: {
      value: cdktn.stringToHclTerraform(struct!.tenantId),
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

export class ExternalDnsAzureOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ExternalDnsAzure | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aadClientId !== undefined) {
      hasAnyValues = true;
      internalValueResult.aadClientId = this._aadClientId;
    }
    if (this._aadClientSecret !== undefined) {
      hasAnyValues = true;
      internalValueResult.aadClientSecret = this._aadClientSecret;
    }
    if (this._aadClientSecretWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.aadClientSecretWo = this._aadClientSecretWo;
    }
    if (this._aadClientSecretWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.aadClientSecretWoVersion = this._aadClientSecretWoVersion;
    }
    if (this._resourceGroup !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceGroup = this._resourceGroup;
    }
    if (this._subscriptionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subscriptionId = this._subscriptionId;
    }
    if (this._tenantId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tenantId = this._tenantId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ExternalDnsAzure | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aadClientId = undefined;
      this._aadClientSecret = undefined;
      this._aadClientSecretWo = undefined;
      this._aadClientSecretWoVersion = undefined;
      this._resourceGroup = undefined;
      this._subscriptionId = undefined;
      this._tenantId = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aadClientId = value.aadClientId;
      this._aadClientSecret = value.aadClientSecret;
      this._aadClientSecretWo = value.aadClientSecretWo;
      this._aadClientSecretWoVersion = value.aadClientSecretWoVersion;
      this._resourceGroup = value.resourceGroup;
      this._subscriptionId = value.subscriptionId;
      this._tenantId = value.tenantId;
    }
  }

  // aad_client_id - computed: true, optional: true, required: false
  private _aadClientId?: string;
  public get aadClientId() {
    return this.getStringAttribute("aad_client_id");
  }
  public set aadClientId(value: string) {
    this._aadClientId = value;
  }
  public resetAadClientId() {
    this._aadClientId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aadClientIdInput() {
    return this._aadClientId;
  }

  // aad_client_secret - computed: true, optional: true, required: false
  private _aadClientSecret?: string;
  public get aadClientSecret() {
    return this.getStringAttribute("aad_client_secret");
  }
  public set aadClientSecret(value: string) {
    this._aadClientSecret = value;
  }
  public resetAadClientSecret() {
    this._aadClientSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aadClientSecretInput() {
    return this._aadClientSecret;
  }

  // aad_client_secret_wo - computed: true, optional: true, required: false
  private _aadClientSecretWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get aadClientSecretWo() {
    return this.getStringAttribute("aad_client_secret_wo");
  }
  public set aadClientSecretWo(value: string) {
    this._aadClientSecretWo = value;
  }
  public resetAadClientSecretWo() {
    this._aadClientSecretWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aadClientSecretWoInput() {
    return this._aadClientSecretWo;
  }

  // aad_client_secret_wo_version - computed: true, optional: true, required: false
  private _aadClientSecretWoVersion?: number;
  public get aadClientSecretWoVersion() {
    return this.getNumberAttribute("aad_client_secret_wo_version");
  }
  public set aadClientSecretWoVersion(value: number) {
    this._aadClientSecretWoVersion = value;
  }
  public resetAadClientSecretWoVersion() {
    this._aadClientSecretWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aadClientSecretWoVersionInput() {
    return this._aadClientSecretWoVersion;
  }

  // resource_group - computed: true, optional: true, required: false
  private _resourceGroup?: string;
  public get resourceGroup() {
    return this.getStringAttribute("resource_group");
  }
  public set resourceGroup(value: string) {
    this._resourceGroup = value;
  }
  public resetResourceGroup() {
    this._resourceGroup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceGroupInput() {
    return this._resourceGroup;
  }

  // subscription_id - computed: true, optional: true, required: false
  private _subscriptionId?: string;
  public get subscriptionId() {
    return this.getStringAttribute("subscription_id");
  }
  public set subscriptionId(value: string) {
    this._subscriptionId = value;
  }
  public resetSubscriptionId() {
    this._subscriptionId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subscriptionIdInput() {
    return this._subscriptionId;
  }

  // tenant_id - computed: true, optional: true, required: false
  private _tenantId?: string;
  public get tenantId() {
    return this.getStringAttribute("tenant_id");
  }
  public set tenantId(value: string) {
    this._tenantId = value;
  }
  public resetTenantId() {
    this._tenantId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tenantIdInput() {
    return this._tenantId;
  }
}
export interface ExternalDnsCloudflare {
  /**
   * E-mail of the account the API key belongs to. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#api_email ExternalDns#api_email}
   */
  readonly apiEmail?: string;
  /**
   * Global API key, used with apiEmail when no apiToken is given. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#api_key ExternalDns#api_key}
   */
  readonly apiKey?: string;
  /**
   * Write-only form of `api_key`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#api_key_wo ExternalDns#api_key_wo}
   */
  readonly apiKeyWo?: string;
  /**
   * Set it with `api_key_wo`; change it to send `api_key_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#api_key_wo_version ExternalDns#api_key_wo_version}
   */
  readonly apiKeyWoVersion?: number;
  /**
   * API token (preferred over apiKey). Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#api_token ExternalDns#api_token}
   */
  readonly apiToken?: string;
  /**
   * Write-only form of `api_token`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#api_token_wo ExternalDns#api_token_wo}
   */
  readonly apiTokenWo?: string;
  /**
   * Set it with `api_token_wo`; change it to send `api_token_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#api_token_wo_version ExternalDns#api_token_wo_version}
   */
  readonly apiTokenWoVersion?: number;
  /**
   * Proxy the created records through Cloudflare. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#proxied ExternalDns#proxied}
   */
  readonly proxied?: boolean | cdktn.IResolvable;
}

export function externalDnsCloudflareToTerraform(struct?: ExternalDnsCloudflare | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    api_email: cdktn.stringToTerraform(struct!.apiEmail),
    api_key: cdktn.stringToTerraform(struct!.apiKey),
    api_key_wo: cdktn.stringToTerraform(struct!.apiKeyWo),
    api_key_wo_version: cdktn.numberToTerraform(struct!.apiKeyWoVersion),
    api_token: cdktn.stringToTerraform(struct!.apiToken),
    api_token_wo: cdktn.stringToTerraform(struct!.apiTokenWo),
    api_token_wo_version: cdktn.numberToTerraform(struct!.apiTokenWoVersion),
    proxied: cdktn.booleanToTerraform(struct!.proxied),
  };
}

export function externalDnsCloudflareToHclTerraform(struct?: ExternalDnsCloudflare | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    api_email: {
      value: cdktn.stringToHclTerraform(struct!.apiEmail),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_key: {
      value: cdktn.stringToHclTerraform(struct!.apiKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_key_wo: {
      value: cdktn.stringToHclTerraform(struct!.apiKeyWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_key_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.apiKeyWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    api_token: {
      value: cdktn.stringToHclTerraform(struct!.apiToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_token_wo: {
      value: cdktn.stringToHclTerraform(struct!.apiTokenWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_token_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.apiTokenWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    proxied: {
      value: cdktn.booleanToHclTerraform(struct!.proxied),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class ExternalDnsCloudflareOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ExternalDnsCloudflare | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._apiEmail !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiEmail = this._apiEmail;
    }
    if (this._apiKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiKey = this._apiKey;
    }
    if (this._apiKeyWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiKeyWo = this._apiKeyWo;
    }
    if (this._apiKeyWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiKeyWoVersion = this._apiKeyWoVersion;
    }
    if (this._apiToken !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiToken = this._apiToken;
    }
    if (this._apiTokenWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiTokenWo = this._apiTokenWo;
    }
    if (this._apiTokenWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiTokenWoVersion = this._apiTokenWoVersion;
    }
    if (this._proxied !== undefined) {
      hasAnyValues = true;
      internalValueResult.proxied = this._proxied;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ExternalDnsCloudflare | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._apiEmail = undefined;
      this._apiKey = undefined;
      this._apiKeyWo = undefined;
      this._apiKeyWoVersion = undefined;
      this._apiToken = undefined;
      this._apiTokenWo = undefined;
      this._apiTokenWoVersion = undefined;
      this._proxied = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._apiEmail = value.apiEmail;
      this._apiKey = value.apiKey;
      this._apiKeyWo = value.apiKeyWo;
      this._apiKeyWoVersion = value.apiKeyWoVersion;
      this._apiToken = value.apiToken;
      this._apiTokenWo = value.apiTokenWo;
      this._apiTokenWoVersion = value.apiTokenWoVersion;
      this._proxied = value.proxied;
    }
  }

  // api_email - computed: true, optional: true, required: false
  private _apiEmail?: string;
  public get apiEmail() {
    return this.getStringAttribute("api_email");
  }
  public set apiEmail(value: string) {
    this._apiEmail = value;
  }
  public resetApiEmail() {
    this._apiEmail = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiEmailInput() {
    return this._apiEmail;
  }

  // api_key - computed: true, optional: true, required: false
  private _apiKey?: string;
  public get apiKey() {
    return this.getStringAttribute("api_key");
  }
  public set apiKey(value: string) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // api_key_wo - computed: true, optional: true, required: false
  private _apiKeyWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get apiKeyWo() {
    return this.getStringAttribute("api_key_wo");
  }
  public set apiKeyWo(value: string) {
    this._apiKeyWo = value;
  }
  public resetApiKeyWo() {
    this._apiKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyWoInput() {
    return this._apiKeyWo;
  }

  // api_key_wo_version - computed: true, optional: true, required: false
  private _apiKeyWoVersion?: number;
  public get apiKeyWoVersion() {
    return this.getNumberAttribute("api_key_wo_version");
  }
  public set apiKeyWoVersion(value: number) {
    this._apiKeyWoVersion = value;
  }
  public resetApiKeyWoVersion() {
    this._apiKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyWoVersionInput() {
    return this._apiKeyWoVersion;
  }

  // api_token - computed: true, optional: true, required: false
  private _apiToken?: string;
  public get apiToken() {
    return this.getStringAttribute("api_token");
  }
  public set apiToken(value: string) {
    this._apiToken = value;
  }
  public resetApiToken() {
    this._apiToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiTokenInput() {
    return this._apiToken;
  }

  // api_token_wo - computed: true, optional: true, required: false
  private _apiTokenWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get apiTokenWo() {
    return this.getStringAttribute("api_token_wo");
  }
  public set apiTokenWo(value: string) {
    this._apiTokenWo = value;
  }
  public resetApiTokenWo() {
    this._apiTokenWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiTokenWoInput() {
    return this._apiTokenWo;
  }

  // api_token_wo_version - computed: true, optional: true, required: false
  private _apiTokenWoVersion?: number;
  public get apiTokenWoVersion() {
    return this.getNumberAttribute("api_token_wo_version");
  }
  public set apiTokenWoVersion(value: number) {
    this._apiTokenWoVersion = value;
  }
  public resetApiTokenWoVersion() {
    this._apiTokenWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiTokenWoVersionInput() {
    return this._apiTokenWoVersion;
  }

  // proxied - computed: true, optional: true, required: false
  private _proxied?: boolean | cdktn.IResolvable;
  public get proxied() {
    return this.getBooleanAttribute("proxied");
  }
  public set proxied(value: boolean | cdktn.IResolvable) {
    this._proxied = value;
  }
  public resetProxied() {
    this._proxied = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get proxiedInput() {
    return this._proxied;
  }
}
export interface ExternalDnsConnection {}

export function externalDnsConnectionToTerraform(struct?: ExternalDnsConnection): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {};
}

export function externalDnsConnectionToHclTerraform(struct?: ExternalDnsConnection): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {};
  return attrs;
}

export class ExternalDnsConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ExternalDnsConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ExternalDnsConnection | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface ExternalDnsDigitalocean {
  /**
   * API token. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#token ExternalDns#token}
   */
  readonly token?: string;
  /**
   * Write-only form of `token`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#token_wo ExternalDns#token_wo}
   */
  readonly tokenWo?: string;
  /**
   * Set it with `token_wo`; change it to send `token_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#token_wo_version ExternalDns#token_wo_version}
   */
  readonly tokenWoVersion?: number;
}

export function externalDnsDigitaloceanToTerraform(
  struct?: ExternalDnsDigitalocean | cdktn.IResolvable,
): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    token: cdktn.stringToTerraform(struct!.token),
    token_wo: cdktn.stringToTerraform(struct!.tokenWo),
    token_wo_version: cdktn.numberToTerraform(struct!.tokenWoVersion),
  };
}

export function externalDnsDigitaloceanToHclTerraform(
  struct?: ExternalDnsDigitalocean | cdktn.IResolvable,
): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    token: {
      value: cdktn.stringToHclTerraform(struct!.token),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    token_wo: {
      value: cdktn.stringToHclTerraform(struct!.tokenWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    token_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.tokenWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class ExternalDnsDigitaloceanOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ExternalDnsDigitalocean | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._token !== undefined) {
      hasAnyValues = true;
      internalValueResult.token = this._token;
    }
    if (this._tokenWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.tokenWo = this._tokenWo;
    }
    if (this._tokenWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.tokenWoVersion = this._tokenWoVersion;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ExternalDnsDigitalocean | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._token = undefined;
      this._tokenWo = undefined;
      this._tokenWoVersion = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._token = value.token;
      this._tokenWo = value.tokenWo;
      this._tokenWoVersion = value.tokenWoVersion;
    }
  }

  // token - computed: true, optional: true, required: false
  private _token?: string;
  public get token() {
    return this.getStringAttribute("token");
  }
  public set token(value: string) {
    this._token = value;
  }
  public resetToken() {
    this._token = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenInput() {
    return this._token;
  }

  // token_wo - computed: true, optional: true, required: false
  private _tokenWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get tokenWo() {
    return this.getStringAttribute("token_wo");
  }
  public set tokenWo(value: string) {
    this._tokenWo = value;
  }
  public resetTokenWo() {
    this._tokenWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenWoInput() {
    return this._tokenWo;
  }

  // token_wo_version - computed: true, optional: true, required: false
  private _tokenWoVersion?: number;
  public get tokenWoVersion() {
    return this.getNumberAttribute("token_wo_version");
  }
  public set tokenWoVersion(value: number) {
    this._tokenWoVersion = value;
  }
  public resetTokenWoVersion() {
    this._tokenWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenWoVersionInput() {
    return this._tokenWoVersion;
  }
}
export interface ExternalDnsExoscale {
  /**
   * API key. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#api_key ExternalDns#api_key}
   */
  readonly apiKey?: string;
  /**
   * API secret. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#api_secret ExternalDns#api_secret}
   */
  readonly apiSecret?: string;
  /**
   * Write-only form of `api_secret`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#api_secret_wo ExternalDns#api_secret_wo}
   */
  readonly apiSecretWo?: string;
  /**
   * Set it with `api_secret_wo`; change it to send `api_secret_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#api_secret_wo_version ExternalDns#api_secret_wo_version}
   */
  readonly apiSecretWoVersion?: number;
}

export function externalDnsExoscaleToTerraform(struct?: ExternalDnsExoscale | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    api_key: cdktn.stringToTerraform(struct!.apiKey),
    api_secret: cdktn.stringToTerraform(struct!.apiSecret),
    api_secret_wo: cdktn.stringToTerraform(struct!.apiSecretWo),
    api_secret_wo_version: cdktn.numberToTerraform(struct!.apiSecretWoVersion),
  };
}

export function externalDnsExoscaleToHclTerraform(struct?: ExternalDnsExoscale | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    api_key: {
      value: cdktn.stringToHclTerraform(struct!.apiKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_secret: {
      value: cdktn.stringToHclTerraform(struct!.apiSecret),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_secret_wo: {
      value: cdktn.stringToHclTerraform(struct!.apiSecretWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_secret_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.apiSecretWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class ExternalDnsExoscaleOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ExternalDnsExoscale | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._apiKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiKey = this._apiKey;
    }
    if (this._apiSecret !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiSecret = this._apiSecret;
    }
    if (this._apiSecretWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiSecretWo = this._apiSecretWo;
    }
    if (this._apiSecretWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiSecretWoVersion = this._apiSecretWoVersion;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ExternalDnsExoscale | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._apiKey = undefined;
      this._apiSecret = undefined;
      this._apiSecretWo = undefined;
      this._apiSecretWoVersion = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._apiKey = value.apiKey;
      this._apiSecret = value.apiSecret;
      this._apiSecretWo = value.apiSecretWo;
      this._apiSecretWoVersion = value.apiSecretWoVersion;
    }
  }

  // api_key - computed: true, optional: true, required: false
  private _apiKey?: string;
  public get apiKey() {
    return this.getStringAttribute("api_key");
  }
  public set apiKey(value: string) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // api_secret - computed: true, optional: true, required: false
  private _apiSecret?: string;
  public get apiSecret() {
    return this.getStringAttribute("api_secret");
  }
  public set apiSecret(value: string) {
    this._apiSecret = value;
  }
  public resetApiSecret() {
    this._apiSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiSecretInput() {
    return this._apiSecret;
  }

  // api_secret_wo - computed: true, optional: true, required: false
  private _apiSecretWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get apiSecretWo() {
    return this.getStringAttribute("api_secret_wo");
  }
  public set apiSecretWo(value: string) {
    this._apiSecretWo = value;
  }
  public resetApiSecretWo() {
    this._apiSecretWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiSecretWoInput() {
    return this._apiSecretWo;
  }

  // api_secret_wo_version - computed: true, optional: true, required: false
  private _apiSecretWoVersion?: number;
  public get apiSecretWoVersion() {
    return this.getNumberAttribute("api_secret_wo_version");
  }
  public set apiSecretWoVersion(value: number) {
    this._apiSecretWoVersion = value;
  }
  public resetApiSecretWoVersion() {
    this._apiSecretWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiSecretWoVersionInput() {
    return this._apiSecretWoVersion;
  }
}
export interface ExternalDnsGodaddy {
  /**
   * API key. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#api_key ExternalDns#api_key}
   */
  readonly apiKey?: string;
  /**
   * API secret. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#api_secret ExternalDns#api_secret}
   */
  readonly apiSecret?: string;
  /**
   * Write-only form of `api_secret`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#api_secret_wo ExternalDns#api_secret_wo}
   */
  readonly apiSecretWo?: string;
  /**
   * Set it with `api_secret_wo`; change it to send `api_secret_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#api_secret_wo_version ExternalDns#api_secret_wo_version}
   */
  readonly apiSecretWoVersion?: number;
}

export function externalDnsGodaddyToTerraform(struct?: ExternalDnsGodaddy | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    api_key: cdktn.stringToTerraform(struct!.apiKey),
    api_secret: cdktn.stringToTerraform(struct!.apiSecret),
    api_secret_wo: cdktn.stringToTerraform(struct!.apiSecretWo),
    api_secret_wo_version: cdktn.numberToTerraform(struct!.apiSecretWoVersion),
  };
}

export function externalDnsGodaddyToHclTerraform(struct?: ExternalDnsGodaddy | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    api_key: {
      value: cdktn.stringToHclTerraform(struct!.apiKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_secret: {
      value: cdktn.stringToHclTerraform(struct!.apiSecret),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_secret_wo: {
      value: cdktn.stringToHclTerraform(struct!.apiSecretWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_secret_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.apiSecretWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class ExternalDnsGodaddyOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ExternalDnsGodaddy | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._apiKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiKey = this._apiKey;
    }
    if (this._apiSecret !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiSecret = this._apiSecret;
    }
    if (this._apiSecretWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiSecretWo = this._apiSecretWo;
    }
    if (this._apiSecretWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiSecretWoVersion = this._apiSecretWoVersion;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ExternalDnsGodaddy | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._apiKey = undefined;
      this._apiSecret = undefined;
      this._apiSecretWo = undefined;
      this._apiSecretWoVersion = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._apiKey = value.apiKey;
      this._apiSecret = value.apiSecret;
      this._apiSecretWo = value.apiSecretWo;
      this._apiSecretWoVersion = value.apiSecretWoVersion;
    }
  }

  // api_key - computed: true, optional: true, required: false
  private _apiKey?: string;
  public get apiKey() {
    return this.getStringAttribute("api_key");
  }
  public set apiKey(value: string) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // api_secret - computed: true, optional: true, required: false
  private _apiSecret?: string;
  public get apiSecret() {
    return this.getStringAttribute("api_secret");
  }
  public set apiSecret(value: string) {
    this._apiSecret = value;
  }
  public resetApiSecret() {
    this._apiSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiSecretInput() {
    return this._apiSecret;
  }

  // api_secret_wo - computed: true, optional: true, required: false
  private _apiSecretWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get apiSecretWo() {
    return this.getStringAttribute("api_secret_wo");
  }
  public set apiSecretWo(value: string) {
    this._apiSecretWo = value;
  }
  public resetApiSecretWo() {
    this._apiSecretWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiSecretWoInput() {
    return this._apiSecretWo;
  }

  // api_secret_wo_version - computed: true, optional: true, required: false
  private _apiSecretWoVersion?: number;
  public get apiSecretWoVersion() {
    return this.getNumberAttribute("api_secret_wo_version");
  }
  public set apiSecretWoVersion(value: number) {
    this._apiSecretWoVersion = value;
  }
  public resetApiSecretWoVersion() {
    this._apiSecretWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiSecretWoVersionInput() {
    return this._apiSecretWoVersion;
  }
}
export interface ExternalDnsGoogle {
  /**
   * Project ID. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#project ExternalDns#project}
   */
  readonly project?: string;
  /**
   * Service account key, as JSON. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#service_account_key ExternalDns#service_account_key}
   */
  readonly serviceAccountKey?: string;
  /**
   * Write-only form of `service_account_key`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#service_account_key_wo ExternalDns#service_account_key_wo}
   */
  readonly serviceAccountKeyWo?: string;
  /**
   * Set it with `service_account_key_wo`; change it to send `service_account_key_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#service_account_key_wo_version ExternalDns#service_account_key_wo_version}
   */
  readonly serviceAccountKeyWoVersion?: number;
}

export function externalDnsGoogleToTerraform(struct?: ExternalDnsGoogle | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    project: cdktn.stringToTerraform(struct!.project),
    service_account_key: cdktn.stringToTerraform(struct!.serviceAccountKey),
    service_account_key_wo: cdktn.stringToTerraform(struct!.serviceAccountKeyWo),
    service_account_key_wo_version: cdktn.numberToTerraform(struct!.serviceAccountKeyWoVersion),
  };
}

export function externalDnsGoogleToHclTerraform(struct?: ExternalDnsGoogle | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    project: {
      value: cdktn.stringToHclTerraform(struct!.project),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_account_key: {
      value: cdktn.stringToHclTerraform(struct!.serviceAccountKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_account_key_wo: {
      value: cdktn.stringToHclTerraform(struct!.serviceAccountKeyWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_account_key_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.serviceAccountKeyWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class ExternalDnsGoogleOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ExternalDnsGoogle | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._project !== undefined) {
      hasAnyValues = true;
      internalValueResult.project = this._project;
    }
    if (this._serviceAccountKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceAccountKey = this._serviceAccountKey;
    }
    if (this._serviceAccountKeyWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceAccountKeyWo = this._serviceAccountKeyWo;
    }
    if (this._serviceAccountKeyWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceAccountKeyWoVersion = this._serviceAccountKeyWoVersion;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ExternalDnsGoogle | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._project = undefined;
      this._serviceAccountKey = undefined;
      this._serviceAccountKeyWo = undefined;
      this._serviceAccountKeyWoVersion = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._project = value.project;
      this._serviceAccountKey = value.serviceAccountKey;
      this._serviceAccountKeyWo = value.serviceAccountKeyWo;
      this._serviceAccountKeyWoVersion = value.serviceAccountKeyWoVersion;
    }
  }

  // project - computed: true, optional: true, required: false
  private _project?: string;
  public get project() {
    return this.getStringAttribute("project");
  }
  public set project(value: string) {
    this._project = value;
  }
  public resetProject() {
    this._project = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get projectInput() {
    return this._project;
  }

  // service_account_key - computed: true, optional: true, required: false
  private _serviceAccountKey?: string;
  public get serviceAccountKey() {
    return this.getStringAttribute("service_account_key");
  }
  public set serviceAccountKey(value: string) {
    this._serviceAccountKey = value;
  }
  public resetServiceAccountKey() {
    this._serviceAccountKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccountKeyInput() {
    return this._serviceAccountKey;
  }

  // service_account_key_wo - computed: true, optional: true, required: false
  private _serviceAccountKeyWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get serviceAccountKeyWo() {
    return this.getStringAttribute("service_account_key_wo");
  }
  public set serviceAccountKeyWo(value: string) {
    this._serviceAccountKeyWo = value;
  }
  public resetServiceAccountKeyWo() {
    this._serviceAccountKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccountKeyWoInput() {
    return this._serviceAccountKeyWo;
  }

  // service_account_key_wo_version - computed: true, optional: true, required: false
  private _serviceAccountKeyWoVersion?: number;
  public get serviceAccountKeyWoVersion() {
    return this.getNumberAttribute("service_account_key_wo_version");
  }
  public set serviceAccountKeyWoVersion(value: number) {
    this._serviceAccountKeyWoVersion = value;
  }
  public resetServiceAccountKeyWoVersion() {
    this._serviceAccountKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccountKeyWoVersionInput() {
    return this._serviceAccountKeyWoVersion;
  }
}
export interface ExternalDnsLinode {
  /**
   * API token. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#token ExternalDns#token}
   */
  readonly token?: string;
  /**
   * Write-only form of `token`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#token_wo ExternalDns#token_wo}
   */
  readonly tokenWo?: string;
  /**
   * Set it with `token_wo`; change it to send `token_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#token_wo_version ExternalDns#token_wo_version}
   */
  readonly tokenWoVersion?: number;
}

export function externalDnsLinodeToTerraform(struct?: ExternalDnsLinode | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    token: cdktn.stringToTerraform(struct!.token),
    token_wo: cdktn.stringToTerraform(struct!.tokenWo),
    token_wo_version: cdktn.numberToTerraform(struct!.tokenWoVersion),
  };
}

export function externalDnsLinodeToHclTerraform(struct?: ExternalDnsLinode | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    token: {
      value: cdktn.stringToHclTerraform(struct!.token),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    token_wo: {
      value: cdktn.stringToHclTerraform(struct!.tokenWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    token_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.tokenWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class ExternalDnsLinodeOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ExternalDnsLinode | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._token !== undefined) {
      hasAnyValues = true;
      internalValueResult.token = this._token;
    }
    if (this._tokenWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.tokenWo = this._tokenWo;
    }
    if (this._tokenWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.tokenWoVersion = this._tokenWoVersion;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ExternalDnsLinode | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._token = undefined;
      this._tokenWo = undefined;
      this._tokenWoVersion = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._token = value.token;
      this._tokenWo = value.tokenWo;
      this._tokenWoVersion = value.tokenWoVersion;
    }
  }

  // token - computed: true, optional: true, required: false
  private _token?: string;
  public get token() {
    return this.getStringAttribute("token");
  }
  public set token(value: string) {
    this._token = value;
  }
  public resetToken() {
    this._token = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenInput() {
    return this._token;
  }

  // token_wo - computed: true, optional: true, required: false
  private _tokenWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get tokenWo() {
    return this.getStringAttribute("token_wo");
  }
  public set tokenWo(value: string) {
    this._tokenWo = value;
  }
  public resetTokenWo() {
    this._tokenWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenWoInput() {
    return this._tokenWo;
  }

  // token_wo_version - computed: true, optional: true, required: false
  private _tokenWoVersion?: number;
  public get tokenWoVersion() {
    return this.getNumberAttribute("token_wo_version");
  }
  public set tokenWoVersion(value: number) {
    this._tokenWoVersion = value;
  }
  public resetTokenWoVersion() {
    this._tokenWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenWoVersionInput() {
    return this._tokenWoVersion;
  }
}
export interface ExternalDnsOvh {
  /**
   * Application key. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#application_key ExternalDns#application_key}
   */
  readonly applicationKey?: string;
  /**
   * Application secret. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#application_secret ExternalDns#application_secret}
   */
  readonly applicationSecret?: string;
  /**
   * Write-only form of `application_secret`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#application_secret_wo ExternalDns#application_secret_wo}
   */
  readonly applicationSecretWo?: string;
  /**
   * Set it with `application_secret_wo`; change it to send `application_secret_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#application_secret_wo_version ExternalDns#application_secret_wo_version}
   */
  readonly applicationSecretWoVersion?: number;
  /**
   * Consumer key. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#consumer_key ExternalDns#consumer_key}
   */
  readonly consumerKey?: string;
  /**
   * Write-only form of `consumer_key`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#consumer_key_wo ExternalDns#consumer_key_wo}
   */
  readonly consumerKeyWo?: string;
  /**
   * Set it with `consumer_key_wo`; change it to send `consumer_key_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#consumer_key_wo_version ExternalDns#consumer_key_wo_version}
   */
  readonly consumerKeyWoVersion?: number;
  /**
   * API endpoint, e.g. ovh-eu. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#endpoint ExternalDns#endpoint}
   */
  readonly endpoint?: string;
}

export function externalDnsOvhToTerraform(struct?: ExternalDnsOvh | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    application_key: cdktn.stringToTerraform(struct!.applicationKey),
    application_secret: cdktn.stringToTerraform(struct!.applicationSecret),
    application_secret_wo: cdktn.stringToTerraform(struct!.applicationSecretWo),
    application_secret_wo_version: cdktn.numberToTerraform(struct!.applicationSecretWoVersion),
    consumer_key: cdktn.stringToTerraform(struct!.consumerKey),
    consumer_key_wo: cdktn.stringToTerraform(struct!.consumerKeyWo),
    consumer_key_wo_version: cdktn.numberToTerraform(struct!.consumerKeyWoVersion),
    endpoint: cdktn.stringToTerraform(struct!.endpoint),
  };
}

export function externalDnsOvhToHclTerraform(struct?: ExternalDnsOvh | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    application_key: {
      value: cdktn.stringToHclTerraform(struct!.applicationKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    application_secret: {
      value: cdktn.stringToHclTerraform(struct!.applicationSecret),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    application_secret_wo: {
      value: cdktn.stringToHclTerraform(struct!.applicationSecretWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    application_secret_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.applicationSecretWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    consumer_key: {
      value: cdktn.stringToHclTerraform(struct!.consumerKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    consumer_key_wo: {
      value: cdktn.stringToHclTerraform(struct!.consumerKeyWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    consumer_key_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.consumerKeyWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    endpoint: {
      value: cdktn.stringToHclTerraform(struct!.endpoint),
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

export class ExternalDnsOvhOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ExternalDnsOvh | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._applicationKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.applicationKey = this._applicationKey;
    }
    if (this._applicationSecret !== undefined) {
      hasAnyValues = true;
      internalValueResult.applicationSecret = this._applicationSecret;
    }
    if (this._applicationSecretWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.applicationSecretWo = this._applicationSecretWo;
    }
    if (this._applicationSecretWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.applicationSecretWoVersion = this._applicationSecretWoVersion;
    }
    if (this._consumerKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.consumerKey = this._consumerKey;
    }
    if (this._consumerKeyWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.consumerKeyWo = this._consumerKeyWo;
    }
    if (this._consumerKeyWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.consumerKeyWoVersion = this._consumerKeyWoVersion;
    }
    if (this._endpoint !== undefined) {
      hasAnyValues = true;
      internalValueResult.endpoint = this._endpoint;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ExternalDnsOvh | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._applicationKey = undefined;
      this._applicationSecret = undefined;
      this._applicationSecretWo = undefined;
      this._applicationSecretWoVersion = undefined;
      this._consumerKey = undefined;
      this._consumerKeyWo = undefined;
      this._consumerKeyWoVersion = undefined;
      this._endpoint = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._applicationKey = value.applicationKey;
      this._applicationSecret = value.applicationSecret;
      this._applicationSecretWo = value.applicationSecretWo;
      this._applicationSecretWoVersion = value.applicationSecretWoVersion;
      this._consumerKey = value.consumerKey;
      this._consumerKeyWo = value.consumerKeyWo;
      this._consumerKeyWoVersion = value.consumerKeyWoVersion;
      this._endpoint = value.endpoint;
    }
  }

  // application_key - computed: true, optional: true, required: false
  private _applicationKey?: string;
  public get applicationKey() {
    return this.getStringAttribute("application_key");
  }
  public set applicationKey(value: string) {
    this._applicationKey = value;
  }
  public resetApplicationKey() {
    this._applicationKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get applicationKeyInput() {
    return this._applicationKey;
  }

  // application_secret - computed: true, optional: true, required: false
  private _applicationSecret?: string;
  public get applicationSecret() {
    return this.getStringAttribute("application_secret");
  }
  public set applicationSecret(value: string) {
    this._applicationSecret = value;
  }
  public resetApplicationSecret() {
    this._applicationSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get applicationSecretInput() {
    return this._applicationSecret;
  }

  // application_secret_wo - computed: true, optional: true, required: false
  private _applicationSecretWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get applicationSecretWo() {
    return this.getStringAttribute("application_secret_wo");
  }
  public set applicationSecretWo(value: string) {
    this._applicationSecretWo = value;
  }
  public resetApplicationSecretWo() {
    this._applicationSecretWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get applicationSecretWoInput() {
    return this._applicationSecretWo;
  }

  // application_secret_wo_version - computed: true, optional: true, required: false
  private _applicationSecretWoVersion?: number;
  public get applicationSecretWoVersion() {
    return this.getNumberAttribute("application_secret_wo_version");
  }
  public set applicationSecretWoVersion(value: number) {
    this._applicationSecretWoVersion = value;
  }
  public resetApplicationSecretWoVersion() {
    this._applicationSecretWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get applicationSecretWoVersionInput() {
    return this._applicationSecretWoVersion;
  }

  // consumer_key - computed: true, optional: true, required: false
  private _consumerKey?: string;
  public get consumerKey() {
    return this.getStringAttribute("consumer_key");
  }
  public set consumerKey(value: string) {
    this._consumerKey = value;
  }
  public resetConsumerKey() {
    this._consumerKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get consumerKeyInput() {
    return this._consumerKey;
  }

  // consumer_key_wo - computed: true, optional: true, required: false
  private _consumerKeyWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get consumerKeyWo() {
    return this.getStringAttribute("consumer_key_wo");
  }
  public set consumerKeyWo(value: string) {
    this._consumerKeyWo = value;
  }
  public resetConsumerKeyWo() {
    this._consumerKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get consumerKeyWoInput() {
    return this._consumerKeyWo;
  }

  // consumer_key_wo_version - computed: true, optional: true, required: false
  private _consumerKeyWoVersion?: number;
  public get consumerKeyWoVersion() {
    return this.getNumberAttribute("consumer_key_wo_version");
  }
  public set consumerKeyWoVersion(value: number) {
    this._consumerKeyWoVersion = value;
  }
  public resetConsumerKeyWoVersion() {
    this._consumerKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get consumerKeyWoVersionInput() {
    return this._consumerKeyWoVersion;
  }

  // endpoint - computed: true, optional: true, required: false
  private _endpoint?: string;
  public get endpoint() {
    return this.getStringAttribute("endpoint");
  }
  public set endpoint(value: string) {
    this._endpoint = value;
  }
  public resetEndpoint() {
    this._endpoint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointInput() {
    return this._endpoint;
  }
}
export interface ExternalDnsResources {
  /**
   * CPU cores available, e.g. 500m or 2.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#cpu ExternalDns#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory available, e.g. 512Mi or 4Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#memory ExternalDns#memory}
   */
  readonly memory?: string;
}

export function externalDnsResourcesToTerraform(struct?: ExternalDnsResources | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    cpu: cdktn.stringToTerraform(struct!.cpu),
    memory: cdktn.stringToTerraform(struct!.memory),
  };
}

export function externalDnsResourcesToHclTerraform(struct?: ExternalDnsResources | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    cpu: {
      value: cdktn.stringToHclTerraform(struct!.cpu),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    memory: {
      value: cdktn.stringToHclTerraform(struct!.memory),
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

export class ExternalDnsResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ExternalDnsResources | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.cpu = this._cpu;
    }
    if (this._memory !== undefined) {
      hasAnyValues = true;
      internalValueResult.memory = this._memory;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ExternalDnsResources | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cpu = undefined;
      this._memory = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cpu = value.cpu;
      this._memory = value.memory;
    }
  }

  // cpu - computed: true, optional: true, required: false
  private _cpu?: string;
  public get cpu() {
    return this.getStringAttribute("cpu");
  }
  public set cpu(value: string) {
    this._cpu = value;
  }
  public resetCpu() {
    this._cpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuInput() {
    return this._cpu;
  }

  // memory - computed: true, optional: true, required: false
  private _memory?: string;
  public get memory() {
    return this.getStringAttribute("memory");
  }
  public set memory(value: string) {
    this._memory = value;
  }
  public resetMemory() {
    this._memory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryInput() {
    return this._memory;
  }
}
export interface ExternalDnsTimeouts {
  /**
   * Wait for a new object to become ready.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#create ExternalDns#create}
   */
  readonly create?: string;
  /**
   * Wait for the object to be gone.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#delete ExternalDns#delete}
   */
  readonly delete?: string;
  /**
   * Wait for a changed object to become ready again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#update ExternalDns#update}
   */
  readonly update?: string;
}

export function externalDnsTimeoutsToTerraform(struct?: ExternalDnsTimeouts | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    create: cdktn.stringToTerraform(struct!.create),
    delete: cdktn.stringToTerraform(struct!.delete),
    update: cdktn.stringToTerraform(struct!.update),
  };
}

export function externalDnsTimeoutsToHclTerraform(struct?: ExternalDnsTimeouts | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    create: {
      value: cdktn.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktn.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktn.stringToHclTerraform(struct!.update),
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

export class ExternalDnsTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ExternalDnsTimeouts | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ExternalDnsTimeouts | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string;
  public get create() {
    return this.getStringAttribute("create");
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string;
  public get delete() {
    return this.getStringAttribute("delete");
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string;
  public get update() {
    return this.getStringAttribute("update");
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns cozystack_external_dns}
 */
export class ExternalDns extends cdktn.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_external_dns";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a ExternalDns resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the ExternalDns to import
   * @param importFromId The id of the existing ExternalDns that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the ExternalDns to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack_external_dns",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/external_dns cozystack_external_dns} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options ExternalDnsConfig
   */
  public constructor(scope: Construct, id: string, config: ExternalDnsConfig) {
    super(scope, id, {
      terraformResourceType: "cozystack_external_dns",
      terraformGeneratorMetadata: {
        providerName: "cozystack",
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this._annotationPrefix = config.annotationPrefix;
    this._aws.internalValue = config.aws;
    this._azure.internalValue = config.azure;
    this._cloudflare.internalValue = config.cloudflare;
    this._digitalocean.internalValue = config.digitalocean;
    this._dnsProvider = config.dnsProvider;
    this._domainFilters = config.domainFilters;
    this._exoscale.internalValue = config.exoscale;
    this._extraArgs = config.extraArgs;
    this._gatewayApi = config.gatewayApi;
    this._godaddy.internalValue = config.godaddy;
    this._google.internalValue = config.google;
    this._linode.internalValue = config.linode;
    this._name = config.name;
    this._namespace = config.namespace;
    this._ovh.internalValue = config.ovh;
    this._policy = config.policy;
    this._resources.internalValue = config.resources;
    this._resourcesPreset = config.resourcesPreset;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // annotation_prefix - computed: true, optional: true, required: false
  private _annotationPrefix?: string;
  public get annotationPrefix() {
    return this.getStringAttribute("annotation_prefix");
  }
  public set annotationPrefix(value: string) {
    this._annotationPrefix = value;
  }
  public resetAnnotationPrefix() {
    this._annotationPrefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get annotationPrefixInput() {
    return this._annotationPrefix;
  }

  // aws - computed: true, optional: true, required: false
  private _aws = new ExternalDnsAwsOutputReference(this, "aws");
  public get aws() {
    return this._aws;
  }
  public putAws(value: ExternalDnsAws) {
    this._aws.internalValue = value;
  }
  public resetAws() {
    this._aws.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsInput() {
    return this._aws.internalValue;
  }

  // azure - computed: true, optional: true, required: false
  private _azure = new ExternalDnsAzureOutputReference(this, "azure");
  public get azure() {
    return this._azure;
  }
  public putAzure(value: ExternalDnsAzure) {
    this._azure.internalValue = value;
  }
  public resetAzure() {
    this._azure.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get azureInput() {
    return this._azure.internalValue;
  }

  // cloudflare - computed: true, optional: true, required: false
  private _cloudflare = new ExternalDnsCloudflareOutputReference(this, "cloudflare");
  public get cloudflare() {
    return this._cloudflare;
  }
  public putCloudflare(value: ExternalDnsCloudflare) {
    this._cloudflare.internalValue = value;
  }
  public resetCloudflare() {
    this._cloudflare.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudflareInput() {
    return this._cloudflare.internalValue;
  }

  // connection - computed: true, optional: false, required: false
  private _connection = new ExternalDnsConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // digitalocean - computed: true, optional: true, required: false
  private _digitalocean = new ExternalDnsDigitaloceanOutputReference(this, "digitalocean");
  public get digitalocean() {
    return this._digitalocean;
  }
  public putDigitalocean(value: ExternalDnsDigitalocean) {
    this._digitalocean.internalValue = value;
  }
  public resetDigitalocean() {
    this._digitalocean.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get digitaloceanInput() {
    return this._digitalocean.internalValue;
  }

  // dns_provider - computed: false, optional: false, required: true
  private _dnsProvider?: string;
  public get dnsProvider() {
    return this.getStringAttribute("dns_provider");
  }
  public set dnsProvider(value: string) {
    this._dnsProvider = value;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsProviderInput() {
    return this._dnsProvider;
  }

  // domain_filters - computed: true, optional: true, required: false
  private _domainFilters?: string[];
  public get domainFilters() {
    return this.getListAttribute("domain_filters");
  }
  public set domainFilters(value: string[]) {
    this._domainFilters = value;
  }
  public resetDomainFilters() {
    this._domainFilters = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get domainFiltersInput() {
    return this._domainFilters;
  }

  // exoscale - computed: true, optional: true, required: false
  private _exoscale = new ExternalDnsExoscaleOutputReference(this, "exoscale");
  public get exoscale() {
    return this._exoscale;
  }
  public putExoscale(value: ExternalDnsExoscale) {
    this._exoscale.internalValue = value;
  }
  public resetExoscale() {
    this._exoscale.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get exoscaleInput() {
    return this._exoscale.internalValue;
  }

  // extra_args - computed: true, optional: true, required: false
  private _extraArgs?: string[];
  public get extraArgs() {
    return this.getListAttribute("extra_args");
  }
  public set extraArgs(value: string[]) {
    this._extraArgs = value;
  }
  public resetExtraArgs() {
    this._extraArgs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get extraArgsInput() {
    return this._extraArgs;
  }

  // gateway_api - computed: true, optional: true, required: false
  private _gatewayApi?: boolean | cdktn.IResolvable;
  public get gatewayApi() {
    return this.getBooleanAttribute("gateway_api");
  }
  public set gatewayApi(value: boolean | cdktn.IResolvable) {
    this._gatewayApi = value;
  }
  public resetGatewayApi() {
    this._gatewayApi = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayApiInput() {
    return this._gatewayApi;
  }

  // godaddy - computed: true, optional: true, required: false
  private _godaddy = new ExternalDnsGodaddyOutputReference(this, "godaddy");
  public get godaddy() {
    return this._godaddy;
  }
  public putGodaddy(value: ExternalDnsGodaddy) {
    this._godaddy.internalValue = value;
  }
  public resetGodaddy() {
    this._godaddy.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get godaddyInput() {
    return this._godaddy.internalValue;
  }

  // google - computed: true, optional: true, required: false
  private _google = new ExternalDnsGoogleOutputReference(this, "google");
  public get google() {
    return this._google;
  }
  public putGoogle(value: ExternalDnsGoogle) {
    this._google.internalValue = value;
  }
  public resetGoogle() {
    this._google.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get googleInput() {
    return this._google.internalValue;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute("id");
  }

  // linode - computed: true, optional: true, required: false
  private _linode = new ExternalDnsLinodeOutputReference(this, "linode");
  public get linode() {
    return this._linode;
  }
  public putLinode(value: ExternalDnsLinode) {
    this._linode.internalValue = value;
  }
  public resetLinode() {
    this._linode.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get linodeInput() {
    return this._linode.internalValue;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string;
  public get name() {
    return this.getStringAttribute("name");
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // namespace - computed: true, optional: true, required: false
  private _namespace?: string;
  public get namespace() {
    return this.getStringAttribute("namespace");
  }
  public set namespace(value: string) {
    this._namespace = value;
  }
  public resetNamespace() {
    this._namespace = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get namespaceInput() {
    return this._namespace;
  }

  // ovh - computed: true, optional: true, required: false
  private _ovh = new ExternalDnsOvhOutputReference(this, "ovh");
  public get ovh() {
    return this._ovh;
  }
  public putOvh(value: ExternalDnsOvh) {
    this._ovh.internalValue = value;
  }
  public resetOvh() {
    this._ovh.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ovhInput() {
    return this._ovh.internalValue;
  }

  // policy - computed: true, optional: true, required: false
  private _policy?: string;
  public get policy() {
    return this.getStringAttribute("policy");
  }
  public set policy(value: string) {
    this._policy = value;
  }
  public resetPolicy() {
    this._policy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get policyInput() {
    return this._policy;
  }

  // resources - computed: true, optional: true, required: false
  private _resources = new ExternalDnsResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: ExternalDnsResources) {
    this._resources.internalValue = value;
  }
  public resetResources() {
    this._resources.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourcesInput() {
    return this._resources.internalValue;
  }

  // resources_preset - computed: true, optional: true, required: false
  private _resourcesPreset?: string;
  public get resourcesPreset() {
    return this.getStringAttribute("resources_preset");
  }
  public set resourcesPreset(value: string) {
    this._resourcesPreset = value;
  }
  public resetResourcesPreset() {
    this._resourcesPreset = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourcesPresetInput() {
    return this._resourcesPreset;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new ExternalDnsTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: ExternalDnsTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      annotation_prefix: cdktn.stringToTerraform(this._annotationPrefix),
      aws: externalDnsAwsToTerraform(this._aws.internalValue),
      azure: externalDnsAzureToTerraform(this._azure.internalValue),
      cloudflare: externalDnsCloudflareToTerraform(this._cloudflare.internalValue),
      digitalocean: externalDnsDigitaloceanToTerraform(this._digitalocean.internalValue),
      dns_provider: cdktn.stringToTerraform(this._dnsProvider),
      domain_filters: cdktn.listMapper(cdktn.stringToTerraform, false)(this._domainFilters),
      exoscale: externalDnsExoscaleToTerraform(this._exoscale.internalValue),
      extra_args: cdktn.listMapper(cdktn.stringToTerraform, false)(this._extraArgs),
      gateway_api: cdktn.booleanToTerraform(this._gatewayApi),
      godaddy: externalDnsGodaddyToTerraform(this._godaddy.internalValue),
      google: externalDnsGoogleToTerraform(this._google.internalValue),
      linode: externalDnsLinodeToTerraform(this._linode.internalValue),
      name: cdktn.stringToTerraform(this._name),
      namespace: cdktn.stringToTerraform(this._namespace),
      ovh: externalDnsOvhToTerraform(this._ovh.internalValue),
      policy: cdktn.stringToTerraform(this._policy),
      resources: externalDnsResourcesToTerraform(this._resources.internalValue),
      resources_preset: cdktn.stringToTerraform(this._resourcesPreset),
      timeouts: externalDnsTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      annotation_prefix: {
        value: cdktn.stringToHclTerraform(this._annotationPrefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      aws: {
        value: externalDnsAwsToHclTerraform(this._aws.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ExternalDnsAws",
      },
      azure: {
        value: externalDnsAzureToHclTerraform(this._azure.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ExternalDnsAzure",
      },
      cloudflare: {
        value: externalDnsCloudflareToHclTerraform(this._cloudflare.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ExternalDnsCloudflare",
      },
      digitalocean: {
        value: externalDnsDigitaloceanToHclTerraform(this._digitalocean.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ExternalDnsDigitalocean",
      },
      dns_provider: {
        value: cdktn.stringToHclTerraform(this._dnsProvider),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      domain_filters: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._domainFilters),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      exoscale: {
        value: externalDnsExoscaleToHclTerraform(this._exoscale.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ExternalDnsExoscale",
      },
      extra_args: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._extraArgs),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      gateway_api: {
        value: cdktn.booleanToHclTerraform(this._gatewayApi),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      godaddy: {
        value: externalDnsGodaddyToHclTerraform(this._godaddy.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ExternalDnsGodaddy",
      },
      google: {
        value: externalDnsGoogleToHclTerraform(this._google.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ExternalDnsGoogle",
      },
      linode: {
        value: externalDnsLinodeToHclTerraform(this._linode.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ExternalDnsLinode",
      },
      name: {
        value: cdktn.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      namespace: {
        value: cdktn.stringToHclTerraform(this._namespace),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ovh: {
        value: externalDnsOvhToHclTerraform(this._ovh.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ExternalDnsOvh",
      },
      policy: {
        value: cdktn.stringToHclTerraform(this._policy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      resources: {
        value: externalDnsResourcesToHclTerraform(this._resources.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ExternalDnsResources",
      },
      resources_preset: {
        value: cdktn.stringToHclTerraform(this._resourcesPreset),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: externalDnsTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ExternalDnsTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(
      Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
    );
  }
}
