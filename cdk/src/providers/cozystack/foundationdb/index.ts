// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface FoundationdbConfig extends cdktn.TerraformMetaArguments {
  /**
   * Let the operator replace failed pods on its own. Defaults to `true`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#automatic_replacements Foundationdb#automatic_replacements}
   */
  readonly automaticReplacements?: boolean | cdktn.IResolvable;
  /**
   * Backups to S3 run by the chart itself.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#backup Foundationdb#backup}
   */
  readonly backup?: FoundationdbBackup;
  /**
   * Database topology and engine.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#cluster Foundationdb#cluster}
   */
  readonly cluster?: FoundationdbCluster;
  /**
   * Extra fdbserver parameters, each as a name=value string.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#custom_parameters Foundationdb#custom_parameters}
   */
  readonly customParameters?: string[];
  /**
   * Container image layout; switching an existing cluster to unified changes its images in place. One of `unified`, `split`. Defaults to `split`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#image_type Foundationdb#image_type}
   */
  readonly imageType?: string;
  /**
   * Health reporting to the platform.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#monitoring Foundationdb#monitoring}
   */
  readonly monitoring?: FoundationdbMonitoring;
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#name Foundationdb#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#namespace Foundationdb#namespace}
   */
  readonly namespace?: string;
  /**
   * CPU and memory for each process; when set, it replaces the preset.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#resources Foundationdb#resources}
   */
  readonly resources?: FoundationdbResources;
  /**
   * Sizing preset for each process when resources is not given. One of `t1.nano`, `t1.micro`, `t1.small`, `t1.medium`, `t1.large`, `t1.xlarge`, `t1.2xlarge`, `t1.4xlarge`, `c1.nano`, `c1.micro`, `c1.small`, `c1.medium`, `c1.large`, `c1.xlarge`, `c1.2xlarge`, `c1.4xlarge`, `s1.nano`, `s1.micro`, `s1.small`, `s1.medium`, `s1.large`, `s1.xlarge`, `s1.2xlarge`, `s1.4xlarge`, `u1.nano`, `u1.micro`, `u1.small`, `u1.medium`, `u1.large`, `u1.xlarge`, `u1.2xlarge`, `u1.4xlarge`, `m1.nano`, `m1.micro`, `m1.small`, `m1.medium`, `m1.large`, `m1.xlarge`, `m1.2xlarge`, `m1.4xlarge`, `nano`, `micro`, `small`, `medium`, `large`, `xlarge`, `2xlarge`. Defaults to `c1.small`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#resources_preset Foundationdb#resources_preset}
   */
  readonly resourcesPreset?: string;
  /**
   * User and group the containers run as.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#security_context Foundationdb#security_context}
   */
  readonly securityContext?: FoundationdbSecurityContext;
  /**
   * Persistent volumes of the processes.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#storage Foundationdb#storage}
   */
  readonly storage?: FoundationdbStorage;
  /**
   * How long to wait for the platform, as durations such as `30s`, `10m` or `1h`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#timeouts Foundationdb#timeouts}
   */
  readonly timeouts?: FoundationdbTimeouts;
}
export interface FoundationdbBackupS3Credentials {
  /**
   * S3 access key ID. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#access_key_id Foundationdb#access_key_id}
   */
  readonly accessKeyId?: string;
  /**
   * Write-only form of `access_key_id`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#access_key_id_wo Foundationdb#access_key_id_wo}
   */
  readonly accessKeyIdWo?: string;
  /**
   * Set it with `access_key_id_wo`; change it to send `access_key_id_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#access_key_id_wo_version Foundationdb#access_key_id_wo_version}
   */
  readonly accessKeyIdWoVersion?: number;
  /**
   * S3 secret access key. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#secret_access_key Foundationdb#secret_access_key}
   */
  readonly secretAccessKey?: string;
  /**
   * Write-only form of `secret_access_key`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#secret_access_key_wo Foundationdb#secret_access_key_wo}
   */
  readonly secretAccessKeyWo?: string;
  /**
   * Set it with `secret_access_key_wo`; change it to send `secret_access_key_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#secret_access_key_wo_version Foundationdb#secret_access_key_wo_version}
   */
  readonly secretAccessKeyWoVersion?: number;
}

export function foundationdbBackupS3CredentialsToTerraform(
  struct?: FoundationdbBackupS3Credentials | cdktn.IResolvable,
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
    access_key_id: cdktn.stringToTerraform(struct!.accessKeyId),
    access_key_id_wo: cdktn.stringToTerraform(struct!.accessKeyIdWo),
    access_key_id_wo_version: cdktn.numberToTerraform(struct!.accessKeyIdWoVersion),
    secret_access_key: cdktn.stringToTerraform(struct!.secretAccessKey),
    secret_access_key_wo: cdktn.stringToTerraform(struct!.secretAccessKeyWo),
    secret_access_key_wo_version: cdktn.numberToTerraform(struct!.secretAccessKeyWoVersion),
  };
}

export function foundationdbBackupS3CredentialsToHclTerraform(
  struct?: FoundationdbBackupS3Credentials | cdktn.IResolvable,
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
    access_key_id: {
      value: cdktn.stringToHclTerraform(struct!.accessKeyId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    access_key_id_wo: {
      value: cdktn.stringToHclTerraform(struct!.accessKeyIdWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    access_key_id_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.accessKeyIdWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
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
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class FoundationdbBackupS3CredentialsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FoundationdbBackupS3Credentials | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._accessKeyId !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessKeyId = this._accessKeyId;
    }
    if (this._accessKeyIdWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessKeyIdWo = this._accessKeyIdWo;
    }
    if (this._accessKeyIdWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessKeyIdWoVersion = this._accessKeyIdWoVersion;
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
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FoundationdbBackupS3Credentials | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._accessKeyId = undefined;
      this._accessKeyIdWo = undefined;
      this._accessKeyIdWoVersion = undefined;
      this._secretAccessKey = undefined;
      this._secretAccessKeyWo = undefined;
      this._secretAccessKeyWoVersion = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._accessKeyId = value.accessKeyId;
      this._accessKeyIdWo = value.accessKeyIdWo;
      this._accessKeyIdWoVersion = value.accessKeyIdWoVersion;
      this._secretAccessKey = value.secretAccessKey;
      this._secretAccessKeyWo = value.secretAccessKeyWo;
      this._secretAccessKeyWoVersion = value.secretAccessKeyWoVersion;
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

  // access_key_id_wo - computed: true, optional: true, required: false
  private _accessKeyIdWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get accessKeyIdWo() {
    return this.getStringAttribute("access_key_id_wo");
  }
  public set accessKeyIdWo(value: string) {
    this._accessKeyIdWo = value;
  }
  public resetAccessKeyIdWo() {
    this._accessKeyIdWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessKeyIdWoInput() {
    return this._accessKeyIdWo;
  }

  // access_key_id_wo_version - computed: true, optional: true, required: false
  private _accessKeyIdWoVersion?: number;
  public get accessKeyIdWoVersion() {
    return this.getNumberAttribute("access_key_id_wo_version");
  }
  public set accessKeyIdWoVersion(value: number) {
    this._accessKeyIdWoVersion = value;
  }
  public resetAccessKeyIdWoVersion() {
    this._accessKeyIdWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessKeyIdWoVersionInput() {
    return this._accessKeyIdWoVersion;
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
}
export interface FoundationdbBackupS3 {
  /**
   * Bucket name. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#bucket Foundationdb#bucket}
   */
  readonly bucket?: string;
  /**
   * S3 access keys.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#credentials Foundationdb#credentials}
   */
  readonly credentials?: FoundationdbBackupS3Credentials;
  /**
   * S3 endpoint URL. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#endpoint Foundationdb#endpoint}
   */
  readonly endpoint?: string;
  /**
   * S3 region. Defaults to `us-east-1`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#region Foundationdb#region}
   */
  readonly region?: string;
}

export function foundationdbBackupS3ToTerraform(struct?: FoundationdbBackupS3 | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    bucket: cdktn.stringToTerraform(struct!.bucket),
    credentials: foundationdbBackupS3CredentialsToTerraform(struct!.credentials),
    endpoint: cdktn.stringToTerraform(struct!.endpoint),
    region: cdktn.stringToTerraform(struct!.region),
  };
}

export function foundationdbBackupS3ToHclTerraform(struct?: FoundationdbBackupS3 | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    bucket: {
      value: cdktn.stringToHclTerraform(struct!.bucket),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    credentials: {
      value: foundationdbBackupS3CredentialsToHclTerraform(struct!.credentials),
      isBlock: true,
      type: "struct",
      storageClassType: "FoundationdbBackupS3Credentials",
    },
    endpoint: {
      value: cdktn.stringToHclTerraform(struct!.endpoint),
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
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class FoundationdbBackupS3OutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FoundationdbBackupS3 | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bucket !== undefined) {
      hasAnyValues = true;
      internalValueResult.bucket = this._bucket;
    }
    if (this._credentials?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.credentials = this._credentials?.internalValue;
    }
    if (this._endpoint !== undefined) {
      hasAnyValues = true;
      internalValueResult.endpoint = this._endpoint;
    }
    if (this._region !== undefined) {
      hasAnyValues = true;
      internalValueResult.region = this._region;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FoundationdbBackupS3 | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._bucket = undefined;
      this._credentials.internalValue = undefined;
      this._endpoint = undefined;
      this._region = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._bucket = value.bucket;
      this._credentials.internalValue = value.credentials;
      this._endpoint = value.endpoint;
      this._region = value.region;
    }
  }

  // bucket - computed: true, optional: true, required: false
  private _bucket?: string;
  public get bucket() {
    return this.getStringAttribute("bucket");
  }
  public set bucket(value: string) {
    this._bucket = value;
  }
  public resetBucket() {
    this._bucket = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bucketInput() {
    return this._bucket;
  }

  // credentials - computed: true, optional: true, required: false
  private _credentials = new FoundationdbBackupS3CredentialsOutputReference(this, "credentials");
  public get credentials() {
    return this._credentials;
  }
  public putCredentials(value: FoundationdbBackupS3Credentials) {
    this._credentials.internalValue = value;
  }
  public resetCredentials() {
    this._credentials.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialsInput() {
    return this._credentials.internalValue;
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
}
export interface FoundationdbBackup {
  /**
   * Run the chart's own backups. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#enabled Foundationdb#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * How long backups are kept, e.g. 7d. Defaults to `7d`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#retention_policy Foundationdb#retention_policy}
   */
  readonly retentionPolicy?: string;
  /**
   * S3 storage the backups are written to.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#s3 Foundationdb#s3}
   */
  readonly s3?: FoundationdbBackupS3;
}

export function foundationdbBackupToTerraform(struct?: FoundationdbBackup | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    enabled: cdktn.booleanToTerraform(struct!.enabled),
    retention_policy: cdktn.stringToTerraform(struct!.retentionPolicy),
    s3: foundationdbBackupS3ToTerraform(struct!.s3),
  };
}

export function foundationdbBackupToHclTerraform(struct?: FoundationdbBackup | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    enabled: {
      value: cdktn.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    retention_policy: {
      value: cdktn.stringToHclTerraform(struct!.retentionPolicy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    s3: {
      value: foundationdbBackupS3ToHclTerraform(struct!.s3),
      isBlock: true,
      type: "struct",
      storageClassType: "FoundationdbBackupS3",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class FoundationdbBackupOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FoundationdbBackup | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._retentionPolicy !== undefined) {
      hasAnyValues = true;
      internalValueResult.retentionPolicy = this._retentionPolicy;
    }
    if (this._s3?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.s3 = this._s3?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FoundationdbBackup | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._retentionPolicy = undefined;
      this._s3.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._retentionPolicy = value.retentionPolicy;
      this._s3.internalValue = value.s3;
    }
  }

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktn.IResolvable;
  public get enabled() {
    return this.getBooleanAttribute("enabled");
  }
  public set enabled(value: boolean | cdktn.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // retention_policy - computed: true, optional: true, required: false
  private _retentionPolicy?: string;
  public get retentionPolicy() {
    return this.getStringAttribute("retention_policy");
  }
  public set retentionPolicy(value: string) {
    this._retentionPolicy = value;
  }
  public resetRetentionPolicy() {
    this._retentionPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retentionPolicyInput() {
    return this._retentionPolicy;
  }

  // s3 - computed: true, optional: true, required: false
  private _s3 = new FoundationdbBackupS3OutputReference(this, "s3");
  public get s3() {
    return this._s3;
  }
  public putS3(value: FoundationdbBackupS3) {
    this._s3.internalValue = value;
  }
  public resetS3() {
    this._s3.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get s3Input() {
    return this._s3.internalValue;
  }
}
export interface FoundationdbClusterFaultDomain {
  /**
   * Node label that identifies a fault domain. Defaults to `kubernetes.io/hostname`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#key Foundationdb#key}
   */
  readonly key?: string;
  /**
   * Pod field the fault domain value is read from. Defaults to `spec.nodeName`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#value_from Foundationdb#value_from}
   */
  readonly valueFrom?: string;
}

export function foundationdbClusterFaultDomainToTerraform(
  struct?: FoundationdbClusterFaultDomain | cdktn.IResolvable,
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
    key: cdktn.stringToTerraform(struct!.key),
    value_from: cdktn.stringToTerraform(struct!.valueFrom),
  };
}

export function foundationdbClusterFaultDomainToHclTerraform(
  struct?: FoundationdbClusterFaultDomain | cdktn.IResolvable,
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
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_from: {
      value: cdktn.stringToHclTerraform(struct!.valueFrom),
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

export class FoundationdbClusterFaultDomainOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FoundationdbClusterFaultDomain | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._valueFrom !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueFrom = this._valueFrom;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FoundationdbClusterFaultDomain | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._valueFrom = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
      this._valueFrom = value.valueFrom;
    }
  }

  // key - computed: true, optional: true, required: false
  private _key?: string;
  public get key() {
    return this.getStringAttribute("key");
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

  // value_from - computed: true, optional: true, required: false
  private _valueFrom?: string;
  public get valueFrom() {
    return this.getStringAttribute("value_from");
  }
  public set valueFrom(value: string) {
    this._valueFrom = value;
  }
  public resetValueFrom() {
    this._valueFrom = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueFromInput() {
    return this._valueFrom;
  }
}
export interface FoundationdbClusterProcessCounts {
  /**
   * Cluster controller processes. Defaults to `1`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#cluster_controller Foundationdb#cluster_controller}
   */
  readonly clusterController?: number;
  /**
   * Stateless processes; -1 lets the operator choose. Defaults to `-1`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#stateless Foundationdb#stateless}
   */
  readonly stateless?: number;
  /**
   * Storage processes; this sets the size of the cluster. Defaults to `3`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#storage Foundationdb#storage}
   */
  readonly storage?: number;
}

export function foundationdbClusterProcessCountsToTerraform(
  struct?: FoundationdbClusterProcessCounts | cdktn.IResolvable,
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
    cluster_controller: cdktn.numberToTerraform(struct!.clusterController),
    stateless: cdktn.numberToTerraform(struct!.stateless),
    storage: cdktn.numberToTerraform(struct!.storage),
  };
}

export function foundationdbClusterProcessCountsToHclTerraform(
  struct?: FoundationdbClusterProcessCounts | cdktn.IResolvable,
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
    cluster_controller: {
      value: cdktn.numberToHclTerraform(struct!.clusterController),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    stateless: {
      value: cdktn.numberToHclTerraform(struct!.stateless),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    storage: {
      value: cdktn.numberToHclTerraform(struct!.storage),
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

export class FoundationdbClusterProcessCountsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FoundationdbClusterProcessCounts | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._clusterController !== undefined) {
      hasAnyValues = true;
      internalValueResult.clusterController = this._clusterController;
    }
    if (this._stateless !== undefined) {
      hasAnyValues = true;
      internalValueResult.stateless = this._stateless;
    }
    if (this._storage !== undefined) {
      hasAnyValues = true;
      internalValueResult.storage = this._storage;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FoundationdbClusterProcessCounts | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._clusterController = undefined;
      this._stateless = undefined;
      this._storage = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._clusterController = value.clusterController;
      this._stateless = value.stateless;
      this._storage = value.storage;
    }
  }

  // cluster_controller - computed: true, optional: true, required: false
  private _clusterController?: number;
  public get clusterController() {
    return this.getNumberAttribute("cluster_controller");
  }
  public set clusterController(value: number) {
    this._clusterController = value;
  }
  public resetClusterController() {
    this._clusterController = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clusterControllerInput() {
    return this._clusterController;
  }

  // stateless - computed: true, optional: true, required: false
  private _stateless?: number;
  public get stateless() {
    return this.getNumberAttribute("stateless");
  }
  public set stateless(value: number) {
    this._stateless = value;
  }
  public resetStateless() {
    this._stateless = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get statelessInput() {
    return this._stateless;
  }

  // storage - computed: true, optional: true, required: false
  private _storage?: number;
  public get storage() {
    return this.getNumberAttribute("storage");
  }
  public set storage(value: number) {
    this._storage = value;
  }
  public resetStorage() {
    this._storage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageInput() {
    return this._storage;
  }
}
export interface FoundationdbCluster {
  /**
   * How processes are spread so that one failure takes out only one replica.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#fault_domain Foundationdb#fault_domain}
   */
  readonly faultDomain?: FoundationdbClusterFaultDomain;
  /**
   * How many processes run in each role.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#process_counts Foundationdb#process_counts}
   */
  readonly processCounts?: FoundationdbClusterProcessCounts;
  /**
   * Replication mode, e.g. single, double, triple, three_datacenter or three_datacenter_fallback. Defaults to `double`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#redundancy_mode Foundationdb#redundancy_mode}
   */
  readonly redundancyMode?: string;
  /**
   * Storage engine, e.g. ssd-2, ssd-redwood-v1, ssd-rocksdb-v1 or memory. Defaults to `ssd-2`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#storage_engine Foundationdb#storage_engine}
   */
  readonly storageEngine?: string;
  /**
   * FoundationDB version to run. Defaults to `7.3.63`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#version Foundationdb#version}
   */
  readonly version?: string;
}

export function foundationdbClusterToTerraform(struct?: FoundationdbCluster | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    fault_domain: foundationdbClusterFaultDomainToTerraform(struct!.faultDomain),
    process_counts: foundationdbClusterProcessCountsToTerraform(struct!.processCounts),
    redundancy_mode: cdktn.stringToTerraform(struct!.redundancyMode),
    storage_engine: cdktn.stringToTerraform(struct!.storageEngine),
    version: cdktn.stringToTerraform(struct!.version),
  };
}

export function foundationdbClusterToHclTerraform(struct?: FoundationdbCluster | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    fault_domain: {
      value: foundationdbClusterFaultDomainToHclTerraform(struct!.faultDomain),
      isBlock: true,
      type: "struct",
      storageClassType: "FoundationdbClusterFaultDomain",
    },
    process_counts: {
      value: foundationdbClusterProcessCountsToHclTerraform(struct!.processCounts),
      isBlock: true,
      type: "struct",
      storageClassType: "FoundationdbClusterProcessCounts",
    },
    redundancy_mode: {
      value: cdktn.stringToHclTerraform(struct!.redundancyMode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    storage_engine: {
      value: cdktn.stringToHclTerraform(struct!.storageEngine),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    version: {
      value: cdktn.stringToHclTerraform(struct!.version),
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

export class FoundationdbClusterOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FoundationdbCluster | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._faultDomain?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.faultDomain = this._faultDomain?.internalValue;
    }
    if (this._processCounts?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.processCounts = this._processCounts?.internalValue;
    }
    if (this._redundancyMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.redundancyMode = this._redundancyMode;
    }
    if (this._storageEngine !== undefined) {
      hasAnyValues = true;
      internalValueResult.storageEngine = this._storageEngine;
    }
    if (this._version !== undefined) {
      hasAnyValues = true;
      internalValueResult.version = this._version;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FoundationdbCluster | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._faultDomain.internalValue = undefined;
      this._processCounts.internalValue = undefined;
      this._redundancyMode = undefined;
      this._storageEngine = undefined;
      this._version = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._faultDomain.internalValue = value.faultDomain;
      this._processCounts.internalValue = value.processCounts;
      this._redundancyMode = value.redundancyMode;
      this._storageEngine = value.storageEngine;
      this._version = value.version;
    }
  }

  // fault_domain - computed: true, optional: true, required: false
  private _faultDomain = new FoundationdbClusterFaultDomainOutputReference(this, "fault_domain");
  public get faultDomain() {
    return this._faultDomain;
  }
  public putFaultDomain(value: FoundationdbClusterFaultDomain) {
    this._faultDomain.internalValue = value;
  }
  public resetFaultDomain() {
    this._faultDomain.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get faultDomainInput() {
    return this._faultDomain.internalValue;
  }

  // process_counts - computed: true, optional: true, required: false
  private _processCounts = new FoundationdbClusterProcessCountsOutputReference(this, "process_counts");
  public get processCounts() {
    return this._processCounts;
  }
  public putProcessCounts(value: FoundationdbClusterProcessCounts) {
    this._processCounts.internalValue = value;
  }
  public resetProcessCounts() {
    this._processCounts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get processCountsInput() {
    return this._processCounts.internalValue;
  }

  // redundancy_mode - computed: true, optional: true, required: false
  private _redundancyMode?: string;
  public get redundancyMode() {
    return this.getStringAttribute("redundancy_mode");
  }
  public set redundancyMode(value: string) {
    this._redundancyMode = value;
  }
  public resetRedundancyMode() {
    this._redundancyMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redundancyModeInput() {
    return this._redundancyMode;
  }

  // storage_engine - computed: true, optional: true, required: false
  private _storageEngine?: string;
  public get storageEngine() {
    return this.getStringAttribute("storage_engine");
  }
  public set storageEngine(value: string) {
    this._storageEngine = value;
  }
  public resetStorageEngine() {
    this._storageEngine = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageEngineInput() {
    return this._storageEngine;
  }

  // version - computed: true, optional: true, required: false
  private _version?: string;
  public get version() {
    return this.getStringAttribute("version");
  }
  public set version(value: string) {
    this._version = value;
  }
  public resetVersion() {
    this._version = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get versionInput() {
    return this._version;
  }
}
export interface FoundationdbConnection {}

export function foundationdbConnectionToTerraform(struct?: FoundationdbConnection): any {
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

export function foundationdbConnectionToHclTerraform(struct?: FoundationdbConnection): any {
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

export class FoundationdbConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FoundationdbConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FoundationdbConnection | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // cluster_file_config_map - computed: true, optional: false, required: false
  public get clusterFileConfigMap() {
    return this.getStringAttribute("cluster_file_config_map");
  }

  // cluster_name - computed: true, optional: false, required: false
  public get clusterName() {
    return this.getStringAttribute("cluster_name");
  }
}
export interface FoundationdbMonitoring {
  /**
   * Create a WorkloadMonitor so the platform tracks the storage processes. Defaults to `true`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#enabled Foundationdb#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
}

export function foundationdbMonitoringToTerraform(struct?: FoundationdbMonitoring | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    enabled: cdktn.booleanToTerraform(struct!.enabled),
  };
}

export function foundationdbMonitoringToHclTerraform(
  struct?: FoundationdbMonitoring | cdktn.IResolvable,
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
    enabled: {
      value: cdktn.booleanToHclTerraform(struct!.enabled),
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

export class FoundationdbMonitoringOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FoundationdbMonitoring | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FoundationdbMonitoring | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
    }
  }

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktn.IResolvable;
  public get enabled() {
    return this.getBooleanAttribute("enabled");
  }
  public set enabled(value: boolean | cdktn.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }
}
export interface FoundationdbResources {
  /**
   * CPU cores available, e.g. 500m or 2.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#cpu Foundationdb#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory available, e.g. 512Mi or 4Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#memory Foundationdb#memory}
   */
  readonly memory?: string;
}

export function foundationdbResourcesToTerraform(struct?: FoundationdbResources | cdktn.IResolvable): any {
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

export function foundationdbResourcesToHclTerraform(struct?: FoundationdbResources | cdktn.IResolvable): any {
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

export class FoundationdbResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FoundationdbResources | cdktn.IResolvable | undefined {
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

  public set internalValue(value: FoundationdbResources | cdktn.IResolvable | undefined) {
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
export interface FoundationdbSecurityContext {
  /**
   * Group ID of the containers. Defaults to `4059`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#run_as_group Foundationdb#run_as_group}
   */
  readonly runAsGroup?: number;
  /**
   * User ID of the containers. Defaults to `4059`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#run_as_user Foundationdb#run_as_user}
   */
  readonly runAsUser?: number;
}

export function foundationdbSecurityContextToTerraform(
  struct?: FoundationdbSecurityContext | cdktn.IResolvable,
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
    run_as_group: cdktn.numberToTerraform(struct!.runAsGroup),
    run_as_user: cdktn.numberToTerraform(struct!.runAsUser),
  };
}

export function foundationdbSecurityContextToHclTerraform(
  struct?: FoundationdbSecurityContext | cdktn.IResolvable,
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
    run_as_group: {
      value: cdktn.numberToHclTerraform(struct!.runAsGroup),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    run_as_user: {
      value: cdktn.numberToHclTerraform(struct!.runAsUser),
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

export class FoundationdbSecurityContextOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FoundationdbSecurityContext | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._runAsGroup !== undefined) {
      hasAnyValues = true;
      internalValueResult.runAsGroup = this._runAsGroup;
    }
    if (this._runAsUser !== undefined) {
      hasAnyValues = true;
      internalValueResult.runAsUser = this._runAsUser;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FoundationdbSecurityContext | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._runAsGroup = undefined;
      this._runAsUser = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._runAsGroup = value.runAsGroup;
      this._runAsUser = value.runAsUser;
    }
  }

  // run_as_group - computed: true, optional: true, required: false
  private _runAsGroup?: number;
  public get runAsGroup() {
    return this.getNumberAttribute("run_as_group");
  }
  public set runAsGroup(value: number) {
    this._runAsGroup = value;
  }
  public resetRunAsGroup() {
    this._runAsGroup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runAsGroupInput() {
    return this._runAsGroup;
  }

  // run_as_user - computed: true, optional: true, required: false
  private _runAsUser?: number;
  public get runAsUser() {
    return this.getNumberAttribute("run_as_user");
  }
  public set runAsUser(value: number) {
    this._runAsUser = value;
  }
  public resetRunAsUser() {
    this._runAsUser = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runAsUserInput() {
    return this._runAsUser;
  }
}
export interface FoundationdbStorage {
  /**
   * Size of the volume of each process. Defaults to `16Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#size Foundationdb#size}
   */
  readonly size?: string;
  /**
   * StorageClass for the volumes; empty uses the cluster default; cannot change after creation. Defaults to ``. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#storage_class Foundationdb#storage_class}
   */
  readonly storageClass?: string;
}

export function foundationdbStorageToTerraform(struct?: FoundationdbStorage | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    size: cdktn.stringToTerraform(struct!.size),
    storage_class: cdktn.stringToTerraform(struct!.storageClass),
  };
}

export function foundationdbStorageToHclTerraform(struct?: FoundationdbStorage | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    size: {
      value: cdktn.stringToHclTerraform(struct!.size),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    storage_class: {
      value: cdktn.stringToHclTerraform(struct!.storageClass),
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

export class FoundationdbStorageOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FoundationdbStorage | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._size !== undefined) {
      hasAnyValues = true;
      internalValueResult.size = this._size;
    }
    if (this._storageClass !== undefined) {
      hasAnyValues = true;
      internalValueResult.storageClass = this._storageClass;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FoundationdbStorage | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._size = undefined;
      this._storageClass = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._size = value.size;
      this._storageClass = value.storageClass;
    }
  }

  // size - computed: true, optional: true, required: false
  private _size?: string;
  public get size() {
    return this.getStringAttribute("size");
  }
  public set size(value: string) {
    this._size = value;
  }
  public resetSize() {
    this._size = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sizeInput() {
    return this._size;
  }

  // storage_class - computed: true, optional: true, required: false
  private _storageClass?: string;
  public get storageClass() {
    return this.getStringAttribute("storage_class");
  }
  public set storageClass(value: string) {
    this._storageClass = value;
  }
  public resetStorageClass() {
    this._storageClass = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageClassInput() {
    return this._storageClass;
  }
}
export interface FoundationdbTimeouts {
  /**
   * Wait for a new object to become ready.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#create Foundationdb#create}
   */
  readonly create?: string;
  /**
   * Wait for the object to be gone.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#delete Foundationdb#delete}
   */
  readonly delete?: string;
  /**
   * Wait for a changed object to become ready again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#update Foundationdb#update}
   */
  readonly update?: string;
}

export function foundationdbTimeoutsToTerraform(struct?: FoundationdbTimeouts | cdktn.IResolvable): any {
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

export function foundationdbTimeoutsToHclTerraform(struct?: FoundationdbTimeouts | cdktn.IResolvable): any {
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

export class FoundationdbTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FoundationdbTimeouts | cdktn.IResolvable | undefined {
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

  public set internalValue(value: FoundationdbTimeouts | cdktn.IResolvable | undefined) {
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
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb cozystack_foundationdb}
 */
export class Foundationdb extends cdktn.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_foundationdb";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a Foundationdb resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the Foundationdb to import
   * @param importFromId The id of the existing Foundationdb that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the Foundationdb to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack_foundationdb",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/foundationdb cozystack_foundationdb} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options FoundationdbConfig
   */
  public constructor(scope: Construct, id: string, config: FoundationdbConfig) {
    super(scope, id, {
      terraformResourceType: "cozystack_foundationdb",
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
    this._automaticReplacements = config.automaticReplacements;
    this._backup.internalValue = config.backup;
    this._cluster.internalValue = config.cluster;
    this._customParameters = config.customParameters;
    this._imageType = config.imageType;
    this._monitoring.internalValue = config.monitoring;
    this._name = config.name;
    this._namespace = config.namespace;
    this._resources.internalValue = config.resources;
    this._resourcesPreset = config.resourcesPreset;
    this._securityContext.internalValue = config.securityContext;
    this._storage.internalValue = config.storage;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // automatic_replacements - computed: true, optional: true, required: false
  private _automaticReplacements?: boolean | cdktn.IResolvable;
  public get automaticReplacements() {
    return this.getBooleanAttribute("automatic_replacements");
  }
  public set automaticReplacements(value: boolean | cdktn.IResolvable) {
    this._automaticReplacements = value;
  }
  public resetAutomaticReplacements() {
    this._automaticReplacements = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get automaticReplacementsInput() {
    return this._automaticReplacements;
  }

  // backup - computed: true, optional: true, required: false
  private _backup = new FoundationdbBackupOutputReference(this, "backup");
  public get backup() {
    return this._backup;
  }
  public putBackup(value: FoundationdbBackup) {
    this._backup.internalValue = value;
  }
  public resetBackup() {
    this._backup.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backupInput() {
    return this._backup.internalValue;
  }

  // cluster - computed: true, optional: true, required: false
  private _cluster = new FoundationdbClusterOutputReference(this, "cluster");
  public get cluster() {
    return this._cluster;
  }
  public putCluster(value: FoundationdbCluster) {
    this._cluster.internalValue = value;
  }
  public resetCluster() {
    this._cluster.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clusterInput() {
    return this._cluster.internalValue;
  }

  // connection - computed: true, optional: false, required: false
  private _connection = new FoundationdbConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // custom_parameters - computed: true, optional: true, required: false
  private _customParameters?: string[];
  public get customParameters() {
    return this.getListAttribute("custom_parameters");
  }
  public set customParameters(value: string[]) {
    this._customParameters = value;
  }
  public resetCustomParameters() {
    this._customParameters = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customParametersInput() {
    return this._customParameters;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute("id");
  }

  // image_type - computed: true, optional: true, required: false
  private _imageType?: string;
  public get imageType() {
    return this.getStringAttribute("image_type");
  }
  public set imageType(value: string) {
    this._imageType = value;
  }
  public resetImageType() {
    this._imageType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageTypeInput() {
    return this._imageType;
  }

  // monitoring - computed: true, optional: true, required: false
  private _monitoring = new FoundationdbMonitoringOutputReference(this, "monitoring");
  public get monitoring() {
    return this._monitoring;
  }
  public putMonitoring(value: FoundationdbMonitoring) {
    this._monitoring.internalValue = value;
  }
  public resetMonitoring() {
    this._monitoring.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get monitoringInput() {
    return this._monitoring.internalValue;
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

  // resources - computed: true, optional: true, required: false
  private _resources = new FoundationdbResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: FoundationdbResources) {
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

  // security_context - computed: true, optional: true, required: false
  private _securityContext = new FoundationdbSecurityContextOutputReference(this, "security_context");
  public get securityContext() {
    return this._securityContext;
  }
  public putSecurityContext(value: FoundationdbSecurityContext) {
    this._securityContext.internalValue = value;
  }
  public resetSecurityContext() {
    this._securityContext.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get securityContextInput() {
    return this._securityContext.internalValue;
  }

  // storage - computed: true, optional: true, required: false
  private _storage = new FoundationdbStorageOutputReference(this, "storage");
  public get storage() {
    return this._storage;
  }
  public putStorage(value: FoundationdbStorage) {
    this._storage.internalValue = value;
  }
  public resetStorage() {
    this._storage.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageInput() {
    return this._storage.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new FoundationdbTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: FoundationdbTimeouts) {
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
      automatic_replacements: cdktn.booleanToTerraform(this._automaticReplacements),
      backup: foundationdbBackupToTerraform(this._backup.internalValue),
      cluster: foundationdbClusterToTerraform(this._cluster.internalValue),
      custom_parameters: cdktn.listMapper(cdktn.stringToTerraform, false)(this._customParameters),
      image_type: cdktn.stringToTerraform(this._imageType),
      monitoring: foundationdbMonitoringToTerraform(this._monitoring.internalValue),
      name: cdktn.stringToTerraform(this._name),
      namespace: cdktn.stringToTerraform(this._namespace),
      resources: foundationdbResourcesToTerraform(this._resources.internalValue),
      resources_preset: cdktn.stringToTerraform(this._resourcesPreset),
      security_context: foundationdbSecurityContextToTerraform(this._securityContext.internalValue),
      storage: foundationdbStorageToTerraform(this._storage.internalValue),
      timeouts: foundationdbTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      automatic_replacements: {
        value: cdktn.booleanToHclTerraform(this._automaticReplacements),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      backup: {
        value: foundationdbBackupToHclTerraform(this._backup.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "FoundationdbBackup",
      },
      cluster: {
        value: foundationdbClusterToHclTerraform(this._cluster.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "FoundationdbCluster",
      },
      custom_parameters: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._customParameters),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      image_type: {
        value: cdktn.stringToHclTerraform(this._imageType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      monitoring: {
        value: foundationdbMonitoringToHclTerraform(this._monitoring.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "FoundationdbMonitoring",
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
      resources: {
        value: foundationdbResourcesToHclTerraform(this._resources.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "FoundationdbResources",
      },
      resources_preset: {
        value: cdktn.stringToHclTerraform(this._resourcesPreset),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      security_context: {
        value: foundationdbSecurityContextToHclTerraform(this._securityContext.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "FoundationdbSecurityContext",
      },
      storage: {
        value: foundationdbStorageToHclTerraform(this._storage.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "FoundationdbStorage",
      },
      timeouts: {
        value: foundationdbTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "FoundationdbTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(
      Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
    );
  }
}
