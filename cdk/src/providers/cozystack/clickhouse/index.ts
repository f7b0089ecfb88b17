// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface ClickhouseConfig extends cdktn.TerraformMetaArguments {
  /**
   * Backups through the clickhouse-backup sidecar, plus the legacy restic CronJob.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#backup Clickhouse#backup}
   */
  readonly backup?: ClickhouseBackup;
  /**
   * ClickHouse Keeper, which coordinates replication.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#clickhouse_keeper Clickhouse#clickhouse_keeper}
   */
  readonly clickhouseKeeper?: ClickhouseClickhouseKeeper;
  /**
   * Size of the log volume of each replica. Defaults to `2Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#log_storage_size Clickhouse#log_storage_size}
   */
  readonly logStorageSize?: string;
  /**
   * Days that query_log and query_thread_log entries are kept. Defaults to `15`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#log_ttl Clickhouse#log_ttl}
   */
  readonly logTtl?: number;
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#name Clickhouse#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#namespace Clickhouse#namespace}
   */
  readonly namespace?: string;
  /**
   * How many replicas each shard has. Defaults to `2`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#replicas Clickhouse#replicas}
   */
  readonly replicas?: number;
  /**
   * CPU and memory for each replica; when set, it replaces the preset.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#resources Clickhouse#resources}
   */
  readonly resources?: ClickhouseResources;
  /**
   * Sizing preset for each replica when resources is not given. One of `t1.nano`, `t1.micro`, `t1.small`, `t1.medium`, `t1.large`, `t1.xlarge`, `t1.2xlarge`, `t1.4xlarge`, `c1.nano`, `c1.micro`, `c1.small`, `c1.medium`, `c1.large`, `c1.xlarge`, `c1.2xlarge`, `c1.4xlarge`, `s1.nano`, `s1.micro`, `s1.small`, `s1.medium`, `s1.large`, `s1.xlarge`, `s1.2xlarge`, `s1.4xlarge`, `u1.nano`, `u1.micro`, `u1.small`, `u1.medium`, `u1.large`, `u1.xlarge`, `u1.2xlarge`, `u1.4xlarge`, `m1.nano`, `m1.micro`, `m1.small`, `m1.medium`, `m1.large`, `m1.xlarge`, `m1.2xlarge`, `m1.4xlarge`, `nano`, `micro`, `small`, `medium`, `large`, `xlarge`, `2xlarge`. Defaults to `t1.small`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#resources_preset Clickhouse#resources_preset}
   */
  readonly resourcesPreset?: string;
  /**
   * How many shards the data is split across. Defaults to `1`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#shards Clickhouse#shards}
   */
  readonly shards?: number;
  /**
   * Size of the data volume of each replica. Defaults to `10Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#size Clickhouse#size}
   */
  readonly size?: string;
  /**
   * StorageClass for the persistent volumes; cannot change after creation. Defaults to ``. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#storage_class Clickhouse#storage_class}
   */
  readonly storageClass?: string;
  /**
   * How long to wait for the platform, as durations such as `30s`, `10m` or `1h`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#timeouts Clickhouse#timeouts}
   */
  readonly timeouts?: ClickhouseTimeouts;
  /**
   * Database users by name; the name backup is taken by the platform.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#users Clickhouse#users}
   */
  readonly users?: { [key: string]: ClickhouseUsers } | cdktn.IResolvable;
}
export interface ClickhouseBackupS3CredentialsSecret {
  /**
   * Key holding the access key ID; empty means accessKey. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#access_key_id_key Clickhouse#access_key_id_key}
   */
  readonly accessKeyIdKey?: string;
  /**
   * Key holding the bucket name; empty means bucketName. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#bucket_key Clickhouse#bucket_key}
   */
  readonly bucketKey?: string;
  /**
   * Key holding the endpoint URL; empty means endpoint. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#endpoint_key Clickhouse#endpoint_key}
   */
  readonly endpointKey?: string;
  /**
   * Secret name in the application's namespace; empty builds one from the s3 fields. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#name Clickhouse#name}
   */
  readonly name?: string;
  /**
   * Key holding the region; empty means region. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#region_key Clickhouse#region_key}
   */
  readonly regionKey?: string;
  /**
   * Key holding the secret key; empty means secretKey. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#secret_access_key_key Clickhouse#secret_access_key_key}
   */
  readonly secretAccessKeyKey?: string;
}

export function clickhouseBackupS3CredentialsSecretToTerraform(
  struct?: ClickhouseBackupS3CredentialsSecret | cdktn.IResolvable,
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
    access_key_id_key: cdktn.stringToTerraform(struct!.accessKeyIdKey),
    bucket_key: cdktn.stringToTerraform(struct!.bucketKey),
    endpoint_key: cdktn.stringToTerraform(struct!.endpointKey),
    name: cdktn.stringToTerraform(struct!.name),
    region_key: cdktn.stringToTerraform(struct!.regionKey),
    secret_access_key_key: cdktn.stringToTerraform(struct!.secretAccessKeyKey),
  };
}

export function clickhouseBackupS3CredentialsSecretToHclTerraform(
  struct?: ClickhouseBackupS3CredentialsSecret | cdktn.IResolvable,
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
    access_key_id_key: {
      value: cdktn.stringToHclTerraform(struct!.accessKeyIdKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    bucket_key: {
      value: cdktn.stringToHclTerraform(struct!.bucketKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    endpoint_key: {
      value: cdktn.stringToHclTerraform(struct!.endpointKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktn.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    region_key: {
      value: cdktn.stringToHclTerraform(struct!.regionKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_access_key_key: {
      value: cdktn.stringToHclTerraform(struct!.secretAccessKeyKey),
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

export class ClickhouseBackupS3CredentialsSecretOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ClickhouseBackupS3CredentialsSecret | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._accessKeyIdKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessKeyIdKey = this._accessKeyIdKey;
    }
    if (this._bucketKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.bucketKey = this._bucketKey;
    }
    if (this._endpointKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.endpointKey = this._endpointKey;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._regionKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.regionKey = this._regionKey;
    }
    if (this._secretAccessKeyKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretAccessKeyKey = this._secretAccessKeyKey;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ClickhouseBackupS3CredentialsSecret | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._accessKeyIdKey = undefined;
      this._bucketKey = undefined;
      this._endpointKey = undefined;
      this._name = undefined;
      this._regionKey = undefined;
      this._secretAccessKeyKey = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._accessKeyIdKey = value.accessKeyIdKey;
      this._bucketKey = value.bucketKey;
      this._endpointKey = value.endpointKey;
      this._name = value.name;
      this._regionKey = value.regionKey;
      this._secretAccessKeyKey = value.secretAccessKeyKey;
    }
  }

  // access_key_id_key - computed: true, optional: true, required: false
  private _accessKeyIdKey?: string;
  public get accessKeyIdKey() {
    return this.getStringAttribute("access_key_id_key");
  }
  public set accessKeyIdKey(value: string) {
    this._accessKeyIdKey = value;
  }
  public resetAccessKeyIdKey() {
    this._accessKeyIdKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessKeyIdKeyInput() {
    return this._accessKeyIdKey;
  }

  // bucket_key - computed: true, optional: true, required: false
  private _bucketKey?: string;
  public get bucketKey() {
    return this.getStringAttribute("bucket_key");
  }
  public set bucketKey(value: string) {
    this._bucketKey = value;
  }
  public resetBucketKey() {
    this._bucketKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bucketKeyInput() {
    return this._bucketKey;
  }

  // endpoint_key - computed: true, optional: true, required: false
  private _endpointKey?: string;
  public get endpointKey() {
    return this.getStringAttribute("endpoint_key");
  }
  public set endpointKey(value: string) {
    this._endpointKey = value;
  }
  public resetEndpointKey() {
    this._endpointKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointKeyInput() {
    return this._endpointKey;
  }

  // name - computed: true, optional: true, required: false
  private _name?: string;
  public get name() {
    return this.getStringAttribute("name");
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

  // region_key - computed: true, optional: true, required: false
  private _regionKey?: string;
  public get regionKey() {
    return this.getStringAttribute("region_key");
  }
  public set regionKey(value: string) {
    this._regionKey = value;
  }
  public resetRegionKey() {
    this._regionKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionKeyInput() {
    return this._regionKey;
  }

  // secret_access_key_key - computed: true, optional: true, required: false
  private _secretAccessKeyKey?: string;
  public get secretAccessKeyKey() {
    return this.getStringAttribute("secret_access_key_key");
  }
  public set secretAccessKeyKey(value: string) {
    this._secretAccessKeyKey = value;
  }
  public resetSecretAccessKeyKey() {
    this._secretAccessKeyKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretAccessKeyKeyInput() {
    return this._secretAccessKeyKey;
  }
}
export interface ClickhouseBackup {
  /**
   * Legacy: restic forget options for the chart's CronJob. Defaults to `--keep-last=3 --keep-daily=3 --keep-within-weekly=1m`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#cleanup_strategy Clickhouse#cleanup_strategy}
   */
  readonly cleanupStrategy?: string;
  /**
   * Turn on the backup sidecar and its S3 settings. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#enabled Clickhouse#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * S3 endpoint URL for the chart's own backup Secret. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#endpoint Clickhouse#endpoint}
   */
  readonly endpoint?: string;
  /**
   * Legacy: password that encrypts the restic repository of the chart's CronJob. Defaults to `<password>`.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#restic_password Clickhouse#restic_password}
   */
  readonly resticPassword?: string;
  /**
   * Write-only form of `restic_password`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#restic_password_wo Clickhouse#restic_password_wo}
   */
  readonly resticPasswordWo?: string;
  /**
   * Set it with `restic_password_wo`; change it to send `restic_password_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#restic_password_wo_version Clickhouse#restic_password_wo_version}
   */
  readonly resticPasswordWoVersion?: number;
  /**
   * S3 access key. Defaults to `<your-access-key>`.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#s3_access_key Clickhouse#s3_access_key}
   */
  readonly s3AccessKey?: string;
  /**
   * Write-only form of `s3_access_key`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#s3_access_key_wo Clickhouse#s3_access_key_wo}
   */
  readonly s3AccessKeyWo?: string;
  /**
   * Set it with `s3_access_key_wo`; change it to send `s3_access_key_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#s3_access_key_wo_version Clickhouse#s3_access_key_wo_version}
   */
  readonly s3AccessKeyWoVersion?: number;
  /**
   * S3 bucket, optionally with a path, that backups go to. Defaults to `s3.example.org/clickhouse-backups`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#s3_bucket Clickhouse#s3_bucket}
   */
  readonly s3Bucket?: string;
  /**
   * An existing Secret with the S3 settings, used instead of the s3 fields.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#s3_credentials_secret Clickhouse#s3_credentials_secret}
   */
  readonly s3CredentialsSecret?: ClickhouseBackupS3CredentialsSecret;
  /**
   * Prefix inside the bucket; empty means the release name. Not allowed with useSystemBucket. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#s3_path_override Clickhouse#s3_path_override}
   */
  readonly s3PathOverride?: string;
  /**
   * S3 region of the bucket. Defaults to `us-east-1`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#s3_region Clickhouse#s3_region}
   */
  readonly s3Region?: string;
  /**
   * S3 secret key. Defaults to `<your-secret-key>`.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#s3_secret_key Clickhouse#s3_secret_key}
   */
  readonly s3SecretKey?: string;
  /**
   * Write-only form of `s3_secret_key`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#s3_secret_key_wo Clickhouse#s3_secret_key_wo}
   */
  readonly s3SecretKeyWo?: string;
  /**
   * Set it with `s3_secret_key_wo`; change it to send `s3_secret_key_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#s3_secret_key_wo_version Clickhouse#s3_secret_key_wo_version}
   */
  readonly s3SecretKeyWoVersion?: number;
  /**
   * Legacy: cron schedule of the chart's restic CronJob; empty leaves scheduling to a backup Plan. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#schedule Clickhouse#schedule}
   */
  readonly schedule?: string;
  /**
   * Read bucket and credentials from the platform's cozy-default BackupClass instead of the s3 fields. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#use_system_bucket Clickhouse#use_system_bucket}
   */
  readonly useSystemBucket?: boolean | cdktn.IResolvable;
}

export function clickhouseBackupToTerraform(struct?: ClickhouseBackup | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    cleanup_strategy: cdktn.stringToTerraform(struct!.cleanupStrategy),
    enabled: cdktn.booleanToTerraform(struct!.enabled),
    endpoint: cdktn.stringToTerraform(struct!.endpoint),
    restic_password: cdktn.stringToTerraform(struct!.resticPassword),
    restic_password_wo: cdktn.stringToTerraform(struct!.resticPasswordWo),
    restic_password_wo_version: cdktn.numberToTerraform(struct!.resticPasswordWoVersion),
    s3_access_key: cdktn.stringToTerraform(struct!.s3AccessKey),
    s3_access_key_wo: cdktn.stringToTerraform(struct!.s3AccessKeyWo),
    s3_access_key_wo_version: cdktn.numberToTerraform(struct!.s3AccessKeyWoVersion),
    s3_bucket: cdktn.stringToTerraform(struct!.s3Bucket),
    s3_credentials_secret: clickhouseBackupS3CredentialsSecretToTerraform(struct!.s3CredentialsSecret),
    s3_path_override: cdktn.stringToTerraform(struct!.s3PathOverride),
    s3_region: cdktn.stringToTerraform(struct!.s3Region),
    s3_secret_key: cdktn.stringToTerraform(struct!.s3SecretKey),
    s3_secret_key_wo: cdktn.stringToTerraform(struct!.s3SecretKeyWo),
    s3_secret_key_wo_version: cdktn.numberToTerraform(struct!.s3SecretKeyWoVersion),
    schedule: cdktn.stringToTerraform(struct!.schedule),
    use_system_bucket: cdktn.booleanToTerraform(struct!.useSystemBucket),
  };
}

export function clickhouseBackupToHclTerraform(struct?: ClickhouseBackup | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    cleanup_strategy: {
      value: cdktn.stringToHclTerraform(struct!.cleanupStrategy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    enabled: {
      value: cdktn.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    endpoint: {
      value: cdktn.stringToHclTerraform(struct!.endpoint),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    restic_password: {
      value: cdktn.stringToHclTerraform(struct!.resticPassword),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    restic_password_wo: {
      value: cdktn.stringToHclTerraform(struct!.resticPasswordWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    restic_password_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.resticPasswordWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    s3_access_key: {
      value: cdktn.stringToHclTerraform(struct!.s3AccessKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    s3_access_key_wo: {
      value: cdktn.stringToHclTerraform(struct!.s3AccessKeyWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    s3_access_key_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.s3AccessKeyWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    s3_bucket: {
      value: cdktn.stringToHclTerraform(struct!.s3Bucket),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    s3_credentials_secret: {
      value: clickhouseBackupS3CredentialsSecretToHclTerraform(struct!.s3CredentialsSecret),
      isBlock: true,
      type: "struct",
      storageClassType: "ClickhouseBackupS3CredentialsSecret",
    },
    s3_path_override: {
      value: cdktn.stringToHclTerraform(struct!.s3PathOverride),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    s3_region: {
      value: cdktn.stringToHclTerraform(struct!.s3Region),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    s3_secret_key: {
      value: cdktn.stringToHclTerraform(struct!.s3SecretKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    s3_secret_key_wo: {
      value: cdktn.stringToHclTerraform(struct!.s3SecretKeyWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    s3_secret_key_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.s3SecretKeyWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    schedule: {
      value: cdktn.stringToHclTerraform(struct!.schedule),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    use_system_bucket: {
      value: cdktn.booleanToHclTerraform(struct!.useSystemBucket),
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

export class ClickhouseBackupOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ClickhouseBackup | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cleanupStrategy !== undefined) {
      hasAnyValues = true;
      internalValueResult.cleanupStrategy = this._cleanupStrategy;
    }
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._endpoint !== undefined) {
      hasAnyValues = true;
      internalValueResult.endpoint = this._endpoint;
    }
    if (this._resticPassword !== undefined) {
      hasAnyValues = true;
      internalValueResult.resticPassword = this._resticPassword;
    }
    if (this._resticPasswordWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.resticPasswordWo = this._resticPasswordWo;
    }
    if (this._resticPasswordWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.resticPasswordWoVersion = this._resticPasswordWoVersion;
    }
    if (this._s3AccessKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.s3AccessKey = this._s3AccessKey;
    }
    if (this._s3AccessKeyWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.s3AccessKeyWo = this._s3AccessKeyWo;
    }
    if (this._s3AccessKeyWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.s3AccessKeyWoVersion = this._s3AccessKeyWoVersion;
    }
    if (this._s3Bucket !== undefined) {
      hasAnyValues = true;
      internalValueResult.s3Bucket = this._s3Bucket;
    }
    if (this._s3CredentialsSecret?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.s3CredentialsSecret = this._s3CredentialsSecret?.internalValue;
    }
    if (this._s3PathOverride !== undefined) {
      hasAnyValues = true;
      internalValueResult.s3PathOverride = this._s3PathOverride;
    }
    if (this._s3Region !== undefined) {
      hasAnyValues = true;
      internalValueResult.s3Region = this._s3Region;
    }
    if (this._s3SecretKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.s3SecretKey = this._s3SecretKey;
    }
    if (this._s3SecretKeyWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.s3SecretKeyWo = this._s3SecretKeyWo;
    }
    if (this._s3SecretKeyWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.s3SecretKeyWoVersion = this._s3SecretKeyWoVersion;
    }
    if (this._schedule !== undefined) {
      hasAnyValues = true;
      internalValueResult.schedule = this._schedule;
    }
    if (this._useSystemBucket !== undefined) {
      hasAnyValues = true;
      internalValueResult.useSystemBucket = this._useSystemBucket;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ClickhouseBackup | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cleanupStrategy = undefined;
      this._enabled = undefined;
      this._endpoint = undefined;
      this._resticPassword = undefined;
      this._resticPasswordWo = undefined;
      this._resticPasswordWoVersion = undefined;
      this._s3AccessKey = undefined;
      this._s3AccessKeyWo = undefined;
      this._s3AccessKeyWoVersion = undefined;
      this._s3Bucket = undefined;
      this._s3CredentialsSecret.internalValue = undefined;
      this._s3PathOverride = undefined;
      this._s3Region = undefined;
      this._s3SecretKey = undefined;
      this._s3SecretKeyWo = undefined;
      this._s3SecretKeyWoVersion = undefined;
      this._schedule = undefined;
      this._useSystemBucket = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cleanupStrategy = value.cleanupStrategy;
      this._enabled = value.enabled;
      this._endpoint = value.endpoint;
      this._resticPassword = value.resticPassword;
      this._resticPasswordWo = value.resticPasswordWo;
      this._resticPasswordWoVersion = value.resticPasswordWoVersion;
      this._s3AccessKey = value.s3AccessKey;
      this._s3AccessKeyWo = value.s3AccessKeyWo;
      this._s3AccessKeyWoVersion = value.s3AccessKeyWoVersion;
      this._s3Bucket = value.s3Bucket;
      this._s3CredentialsSecret.internalValue = value.s3CredentialsSecret;
      this._s3PathOverride = value.s3PathOverride;
      this._s3Region = value.s3Region;
      this._s3SecretKey = value.s3SecretKey;
      this._s3SecretKeyWo = value.s3SecretKeyWo;
      this._s3SecretKeyWoVersion = value.s3SecretKeyWoVersion;
      this._schedule = value.schedule;
      this._useSystemBucket = value.useSystemBucket;
    }
  }

  // cleanup_strategy - computed: true, optional: true, required: false
  private _cleanupStrategy?: string;
  public get cleanupStrategy() {
    return this.getStringAttribute("cleanup_strategy");
  }
  public set cleanupStrategy(value: string) {
    this._cleanupStrategy = value;
  }
  public resetCleanupStrategy() {
    this._cleanupStrategy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cleanupStrategyInput() {
    return this._cleanupStrategy;
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

  // restic_password - computed: true, optional: true, required: false
  private _resticPassword?: string;
  public get resticPassword() {
    return this.getStringAttribute("restic_password");
  }
  public set resticPassword(value: string) {
    this._resticPassword = value;
  }
  public resetResticPassword() {
    this._resticPassword = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resticPasswordInput() {
    return this._resticPassword;
  }

  // restic_password_wo - computed: true, optional: true, required: false
  private _resticPasswordWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get resticPasswordWo() {
    return this.getStringAttribute("restic_password_wo");
  }
  public set resticPasswordWo(value: string) {
    this._resticPasswordWo = value;
  }
  public resetResticPasswordWo() {
    this._resticPasswordWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resticPasswordWoInput() {
    return this._resticPasswordWo;
  }

  // restic_password_wo_version - computed: true, optional: true, required: false
  private _resticPasswordWoVersion?: number;
  public get resticPasswordWoVersion() {
    return this.getNumberAttribute("restic_password_wo_version");
  }
  public set resticPasswordWoVersion(value: number) {
    this._resticPasswordWoVersion = value;
  }
  public resetResticPasswordWoVersion() {
    this._resticPasswordWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resticPasswordWoVersionInput() {
    return this._resticPasswordWoVersion;
  }

  // s3_access_key - computed: true, optional: true, required: false
  private _s3AccessKey?: string;
  public get s3AccessKey() {
    return this.getStringAttribute("s3_access_key");
  }
  public set s3AccessKey(value: string) {
    this._s3AccessKey = value;
  }
  public resetS3AccessKey() {
    this._s3AccessKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get s3AccessKeyInput() {
    return this._s3AccessKey;
  }

  // s3_access_key_wo - computed: true, optional: true, required: false
  private _s3AccessKeyWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get s3AccessKeyWo() {
    return this.getStringAttribute("s3_access_key_wo");
  }
  public set s3AccessKeyWo(value: string) {
    this._s3AccessKeyWo = value;
  }
  public resetS3AccessKeyWo() {
    this._s3AccessKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get s3AccessKeyWoInput() {
    return this._s3AccessKeyWo;
  }

  // s3_access_key_wo_version - computed: true, optional: true, required: false
  private _s3AccessKeyWoVersion?: number;
  public get s3AccessKeyWoVersion() {
    return this.getNumberAttribute("s3_access_key_wo_version");
  }
  public set s3AccessKeyWoVersion(value: number) {
    this._s3AccessKeyWoVersion = value;
  }
  public resetS3AccessKeyWoVersion() {
    this._s3AccessKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get s3AccessKeyWoVersionInput() {
    return this._s3AccessKeyWoVersion;
  }

  // s3_bucket - computed: true, optional: true, required: false
  private _s3Bucket?: string;
  public get s3Bucket() {
    return this.getStringAttribute("s3_bucket");
  }
  public set s3Bucket(value: string) {
    this._s3Bucket = value;
  }
  public resetS3Bucket() {
    this._s3Bucket = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get s3BucketInput() {
    return this._s3Bucket;
  }

  // s3_credentials_secret - computed: true, optional: true, required: false
  private _s3CredentialsSecret = new ClickhouseBackupS3CredentialsSecretOutputReference(
    this,
    "s3_credentials_secret",
  );
  public get s3CredentialsSecret() {
    return this._s3CredentialsSecret;
  }
  public putS3CredentialsSecret(value: ClickhouseBackupS3CredentialsSecret) {
    this._s3CredentialsSecret.internalValue = value;
  }
  public resetS3CredentialsSecret() {
    this._s3CredentialsSecret.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get s3CredentialsSecretInput() {
    return this._s3CredentialsSecret.internalValue;
  }

  // s3_path_override - computed: true, optional: true, required: false
  private _s3PathOverride?: string;
  public get s3PathOverride() {
    return this.getStringAttribute("s3_path_override");
  }
  public set s3PathOverride(value: string) {
    this._s3PathOverride = value;
  }
  public resetS3PathOverride() {
    this._s3PathOverride = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get s3PathOverrideInput() {
    return this._s3PathOverride;
  }

  // s3_region - computed: true, optional: true, required: false
  private _s3Region?: string;
  public get s3Region() {
    return this.getStringAttribute("s3_region");
  }
  public set s3Region(value: string) {
    this._s3Region = value;
  }
  public resetS3Region() {
    this._s3Region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get s3RegionInput() {
    return this._s3Region;
  }

  // s3_secret_key - computed: true, optional: true, required: false
  private _s3SecretKey?: string;
  public get s3SecretKey() {
    return this.getStringAttribute("s3_secret_key");
  }
  public set s3SecretKey(value: string) {
    this._s3SecretKey = value;
  }
  public resetS3SecretKey() {
    this._s3SecretKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get s3SecretKeyInput() {
    return this._s3SecretKey;
  }

  // s3_secret_key_wo - computed: true, optional: true, required: false
  private _s3SecretKeyWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get s3SecretKeyWo() {
    return this.getStringAttribute("s3_secret_key_wo");
  }
  public set s3SecretKeyWo(value: string) {
    this._s3SecretKeyWo = value;
  }
  public resetS3SecretKeyWo() {
    this._s3SecretKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get s3SecretKeyWoInput() {
    return this._s3SecretKeyWo;
  }

  // s3_secret_key_wo_version - computed: true, optional: true, required: false
  private _s3SecretKeyWoVersion?: number;
  public get s3SecretKeyWoVersion() {
    return this.getNumberAttribute("s3_secret_key_wo_version");
  }
  public set s3SecretKeyWoVersion(value: number) {
    this._s3SecretKeyWoVersion = value;
  }
  public resetS3SecretKeyWoVersion() {
    this._s3SecretKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get s3SecretKeyWoVersionInput() {
    return this._s3SecretKeyWoVersion;
  }

  // schedule - computed: true, optional: true, required: false
  private _schedule?: string;
  public get schedule() {
    return this.getStringAttribute("schedule");
  }
  public set schedule(value: string) {
    this._schedule = value;
  }
  public resetSchedule() {
    this._schedule = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scheduleInput() {
    return this._schedule;
  }

  // use_system_bucket - computed: true, optional: true, required: false
  private _useSystemBucket?: boolean | cdktn.IResolvable;
  public get useSystemBucket() {
    return this.getBooleanAttribute("use_system_bucket");
  }
  public set useSystemBucket(value: boolean | cdktn.IResolvable) {
    this._useSystemBucket = value;
  }
  public resetUseSystemBucket() {
    this._useSystemBucket = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get useSystemBucketInput() {
    return this._useSystemBucket;
  }
}
export interface ClickhouseClickhouseKeeper {
  /**
   * Run ClickHouse Keeper for this cluster. Defaults to `true`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#enabled Clickhouse#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * How many Keeper nodes run. Defaults to `3`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#replicas Clickhouse#replicas}
   */
  readonly replicas?: number;
  /**
   * Sizing preset for each Keeper node. One of `t1.nano`, `t1.micro`, `t1.small`, `t1.medium`, `t1.large`, `t1.xlarge`, `t1.2xlarge`, `t1.4xlarge`, `c1.nano`, `c1.micro`, `c1.small`, `c1.medium`, `c1.large`, `c1.xlarge`, `c1.2xlarge`, `c1.4xlarge`, `s1.nano`, `s1.micro`, `s1.small`, `s1.medium`, `s1.large`, `s1.xlarge`, `s1.2xlarge`, `s1.4xlarge`, `u1.nano`, `u1.micro`, `u1.small`, `u1.medium`, `u1.large`, `u1.xlarge`, `u1.2xlarge`, `u1.4xlarge`, `m1.nano`, `m1.micro`, `m1.small`, `m1.medium`, `m1.large`, `m1.xlarge`, `m1.2xlarge`, `m1.4xlarge`, `nano`, `micro`, `small`, `medium`, `large`, `xlarge`, `2xlarge`. Defaults to `t1.micro`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#resources_preset Clickhouse#resources_preset}
   */
  readonly resourcesPreset?: string;
  /**
   * Size of the data volume of each Keeper node. Defaults to `1Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#size Clickhouse#size}
   */
  readonly size?: string;
}

export function clickhouseClickhouseKeeperToTerraform(
  struct?: ClickhouseClickhouseKeeper | cdktn.IResolvable,
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
    enabled: cdktn.booleanToTerraform(struct!.enabled),
    replicas: cdktn.numberToTerraform(struct!.replicas),
    resources_preset: cdktn.stringToTerraform(struct!.resourcesPreset),
    size: cdktn.stringToTerraform(struct!.size),
  };
}

export function clickhouseClickhouseKeeperToHclTerraform(
  struct?: ClickhouseClickhouseKeeper | cdktn.IResolvable,
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
    replicas: {
      value: cdktn.numberToHclTerraform(struct!.replicas),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    resources_preset: {
      value: cdktn.stringToHclTerraform(struct!.resourcesPreset),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    size: {
      value: cdktn.stringToHclTerraform(struct!.size),
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

export class ClickhouseClickhouseKeeperOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ClickhouseClickhouseKeeper | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._replicas !== undefined) {
      hasAnyValues = true;
      internalValueResult.replicas = this._replicas;
    }
    if (this._resourcesPreset !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourcesPreset = this._resourcesPreset;
    }
    if (this._size !== undefined) {
      hasAnyValues = true;
      internalValueResult.size = this._size;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ClickhouseClickhouseKeeper | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._replicas = undefined;
      this._resourcesPreset = undefined;
      this._size = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._replicas = value.replicas;
      this._resourcesPreset = value.resourcesPreset;
      this._size = value.size;
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

  // replicas - computed: true, optional: true, required: false
  private _replicas?: number;
  public get replicas() {
    return this.getNumberAttribute("replicas");
  }
  public set replicas(value: number) {
    this._replicas = value;
  }
  public resetReplicas() {
    this._replicas = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replicasInput() {
    return this._replicas;
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
}
export interface ClickhouseConnection {}

export function clickhouseConnectionToTerraform(struct?: ClickhouseConnection): any {
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

export function clickhouseConnectionToHclTerraform(struct?: ClickhouseConnection): any {
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

export class ClickhouseConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ClickhouseConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ClickhouseConnection | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // host - computed: true, optional: false, required: false
  public get host() {
    return this.getStringAttribute("host");
  }

  // native_port - computed: true, optional: false, required: false
  public get nativePort() {
    return this.getNumberAttribute("native_port");
  }

  // passwords - computed: true, optional: false, required: false
  private _passwords = new cdktn.StringMap(this, "passwords");
  public get passwords() {
    return this._passwords;
  }

  // port - computed: true, optional: false, required: false
  public get port() {
    return this.getNumberAttribute("port");
  }
}
export interface ClickhouseResources {
  /**
   * CPU cores available, e.g. 500m or 2.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#cpu Clickhouse#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory available, e.g. 512Mi or 4Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#memory Clickhouse#memory}
   */
  readonly memory?: string;
}

export function clickhouseResourcesToTerraform(struct?: ClickhouseResources | cdktn.IResolvable): any {
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

export function clickhouseResourcesToHclTerraform(struct?: ClickhouseResources | cdktn.IResolvable): any {
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

export class ClickhouseResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ClickhouseResources | cdktn.IResolvable | undefined {
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

  public set internalValue(value: ClickhouseResources | cdktn.IResolvable | undefined) {
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
export interface ClickhouseTimeouts {
  /**
   * Wait for a new object to become ready.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#create Clickhouse#create}
   */
  readonly create?: string;
  /**
   * Wait for the object to be gone.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#delete Clickhouse#delete}
   */
  readonly delete?: string;
  /**
   * Wait for a changed object to become ready again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#update Clickhouse#update}
   */
  readonly update?: string;
}

export function clickhouseTimeoutsToTerraform(struct?: ClickhouseTimeouts | cdktn.IResolvable): any {
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

export function clickhouseTimeoutsToHclTerraform(struct?: ClickhouseTimeouts | cdktn.IResolvable): any {
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

export class ClickhouseTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ClickhouseTimeouts | cdktn.IResolvable | undefined {
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

  public set internalValue(value: ClickhouseTimeouts | cdktn.IResolvable | undefined) {
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
export interface ClickhouseUsers {
  /**
   * The user's password; generated by the platform when not given.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#password Clickhouse#password}
   */
  readonly password?: string;
  /**
   * Write-only form of `password`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#password_wo Clickhouse#password_wo}
   */
  readonly passwordWo?: string;
  /**
   * Set it with `password_wo`; change it to send `password_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#password_wo_version Clickhouse#password_wo_version}
   */
  readonly passwordWoVersion?: number;
  /**
   * Give the user the read-only profile; off when unset.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#readonly Clickhouse#readonly}
   */
  readonly readonly?: boolean | cdktn.IResolvable;
}

export function clickhouseUsersToTerraform(struct?: ClickhouseUsers | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    password: cdktn.stringToTerraform(struct!.password),
    password_wo: cdktn.stringToTerraform(struct!.passwordWo),
    password_wo_version: cdktn.numberToTerraform(struct!.passwordWoVersion),
    readonly: cdktn.booleanToTerraform(struct!.readonly),
  };
}

export function clickhouseUsersToHclTerraform(struct?: ClickhouseUsers | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    password: {
      value: cdktn.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password_wo: {
      value: cdktn.stringToHclTerraform(struct!.passwordWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.passwordWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    readonly: {
      value: cdktn.booleanToHclTerraform(struct!.readonly),
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

export class ClickhouseUsersOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   * @param complexObjectKey the key of this item in the map
   */
  public constructor(
    terraformResource: cdktn.IInterpolatingParent,
    terraformAttribute: string,
    complexObjectKey: string,
  ) {
    super(terraformResource, terraformAttribute, false, complexObjectKey);
  }

  public get internalValue(): ClickhouseUsers | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._password !== undefined) {
      hasAnyValues = true;
      internalValueResult.password = this._password;
    }
    if (this._passwordWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.passwordWo = this._passwordWo;
    }
    if (this._passwordWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.passwordWoVersion = this._passwordWoVersion;
    }
    if (this._readonly !== undefined) {
      hasAnyValues = true;
      internalValueResult.readonly = this._readonly;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ClickhouseUsers | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._password = undefined;
      this._passwordWo = undefined;
      this._passwordWoVersion = undefined;
      this._readonly = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._password = value.password;
      this._passwordWo = value.passwordWo;
      this._passwordWoVersion = value.passwordWoVersion;
      this._readonly = value.readonly;
    }
  }

  // password - computed: true, optional: true, required: false
  private _password?: string;
  public get password() {
    return this.getStringAttribute("password");
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

  // password_wo - computed: true, optional: true, required: false
  private _passwordWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get passwordWo() {
    return this.getStringAttribute("password_wo");
  }
  public set passwordWo(value: string) {
    this._passwordWo = value;
  }
  public resetPasswordWo() {
    this._passwordWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordWoInput() {
    return this._passwordWo;
  }

  // password_wo_version - computed: true, optional: true, required: false
  private _passwordWoVersion?: number;
  public get passwordWoVersion() {
    return this.getNumberAttribute("password_wo_version");
  }
  public set passwordWoVersion(value: number) {
    this._passwordWoVersion = value;
  }
  public resetPasswordWoVersion() {
    this._passwordWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordWoVersionInput() {
    return this._passwordWoVersion;
  }

  // readonly - computed: true, optional: true, required: false
  private _readonly?: boolean | cdktn.IResolvable;
  public get readonly() {
    return this.getBooleanAttribute("readonly");
  }
  public set readonly(value: boolean | cdktn.IResolvable) {
    this._readonly = value;
  }
  public resetReadonly() {
    this._readonly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readonlyInput() {
    return this._readonly;
  }
}

export class ClickhouseUsersMap extends cdktn.ComplexMap {
  public internalValue?: { [key: string]: ClickhouseUsers } | cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute);
  }

  /**
   * @param key the key of the item to return
   */
  public get(key: string): ClickhouseUsersOutputReference {
    return new ClickhouseUsersOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}

/**
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse cozystack_clickhouse}
 */
export class Clickhouse extends cdktn.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_clickhouse";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a Clickhouse resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the Clickhouse to import
   * @param importFromId The id of the existing Clickhouse that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the Clickhouse to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack_clickhouse",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/clickhouse cozystack_clickhouse} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options ClickhouseConfig
   */
  public constructor(scope: Construct, id: string, config: ClickhouseConfig) {
    super(scope, id, {
      terraformResourceType: "cozystack_clickhouse",
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
    this._backup.internalValue = config.backup;
    this._clickhouseKeeper.internalValue = config.clickhouseKeeper;
    this._logStorageSize = config.logStorageSize;
    this._logTtl = config.logTtl;
    this._name = config.name;
    this._namespace = config.namespace;
    this._replicas = config.replicas;
    this._resources.internalValue = config.resources;
    this._resourcesPreset = config.resourcesPreset;
    this._shards = config.shards;
    this._size = config.size;
    this._storageClass = config.storageClass;
    this._timeouts.internalValue = config.timeouts;
    this._users.internalValue = config.users;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // backup - computed: true, optional: true, required: false
  private _backup = new ClickhouseBackupOutputReference(this, "backup");
  public get backup() {
    return this._backup;
  }
  public putBackup(value: ClickhouseBackup) {
    this._backup.internalValue = value;
  }
  public resetBackup() {
    this._backup.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backupInput() {
    return this._backup.internalValue;
  }

  // clickhouse_keeper - computed: true, optional: true, required: false
  private _clickhouseKeeper = new ClickhouseClickhouseKeeperOutputReference(this, "clickhouse_keeper");
  public get clickhouseKeeper() {
    return this._clickhouseKeeper;
  }
  public putClickhouseKeeper(value: ClickhouseClickhouseKeeper) {
    this._clickhouseKeeper.internalValue = value;
  }
  public resetClickhouseKeeper() {
    this._clickhouseKeeper.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clickhouseKeeperInput() {
    return this._clickhouseKeeper.internalValue;
  }

  // connection - computed: true, optional: false, required: false
  private _connection = new ClickhouseConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute("id");
  }

  // log_storage_size - computed: true, optional: true, required: false
  private _logStorageSize?: string;
  public get logStorageSize() {
    return this.getStringAttribute("log_storage_size");
  }
  public set logStorageSize(value: string) {
    this._logStorageSize = value;
  }
  public resetLogStorageSize() {
    this._logStorageSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logStorageSizeInput() {
    return this._logStorageSize;
  }

  // log_ttl - computed: true, optional: true, required: false
  private _logTtl?: number;
  public get logTtl() {
    return this.getNumberAttribute("log_ttl");
  }
  public set logTtl(value: number) {
    this._logTtl = value;
  }
  public resetLogTtl() {
    this._logTtl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logTtlInput() {
    return this._logTtl;
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

  // replicas - computed: true, optional: true, required: false
  private _replicas?: number;
  public get replicas() {
    return this.getNumberAttribute("replicas");
  }
  public set replicas(value: number) {
    this._replicas = value;
  }
  public resetReplicas() {
    this._replicas = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replicasInput() {
    return this._replicas;
  }

  // resources - computed: true, optional: true, required: false
  private _resources = new ClickhouseResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: ClickhouseResources) {
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

  // shards - computed: true, optional: true, required: false
  private _shards?: number;
  public get shards() {
    return this.getNumberAttribute("shards");
  }
  public set shards(value: number) {
    this._shards = value;
  }
  public resetShards() {
    this._shards = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shardsInput() {
    return this._shards;
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

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new ClickhouseTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: ClickhouseTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // users - computed: true, optional: true, required: false
  private _users = new ClickhouseUsersMap(this, "users");
  public get users() {
    return this._users;
  }
  public putUsers(value: { [key: string]: ClickhouseUsers } | cdktn.IResolvable) {
    this._users.internalValue = value;
  }
  public resetUsers() {
    this._users.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usersInput() {
    return this._users.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      backup: clickhouseBackupToTerraform(this._backup.internalValue),
      clickhouse_keeper: clickhouseClickhouseKeeperToTerraform(this._clickhouseKeeper.internalValue),
      log_storage_size: cdktn.stringToTerraform(this._logStorageSize),
      log_ttl: cdktn.numberToTerraform(this._logTtl),
      name: cdktn.stringToTerraform(this._name),
      namespace: cdktn.stringToTerraform(this._namespace),
      replicas: cdktn.numberToTerraform(this._replicas),
      resources: clickhouseResourcesToTerraform(this._resources.internalValue),
      resources_preset: cdktn.stringToTerraform(this._resourcesPreset),
      shards: cdktn.numberToTerraform(this._shards),
      size: cdktn.stringToTerraform(this._size),
      storage_class: cdktn.stringToTerraform(this._storageClass),
      timeouts: clickhouseTimeoutsToTerraform(this._timeouts.internalValue),
      users: cdktn.hashMapper(clickhouseUsersToTerraform)(this._users.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      backup: {
        value: clickhouseBackupToHclTerraform(this._backup.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ClickhouseBackup",
      },
      clickhouse_keeper: {
        value: clickhouseClickhouseKeeperToHclTerraform(this._clickhouseKeeper.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ClickhouseClickhouseKeeper",
      },
      log_storage_size: {
        value: cdktn.stringToHclTerraform(this._logStorageSize),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      log_ttl: {
        value: cdktn.numberToHclTerraform(this._logTtl),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
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
      replicas: {
        value: cdktn.numberToHclTerraform(this._replicas),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      resources: {
        value: clickhouseResourcesToHclTerraform(this._resources.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ClickhouseResources",
      },
      resources_preset: {
        value: cdktn.stringToHclTerraform(this._resourcesPreset),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      shards: {
        value: cdktn.numberToHclTerraform(this._shards),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      size: {
        value: cdktn.stringToHclTerraform(this._size),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      storage_class: {
        value: cdktn.stringToHclTerraform(this._storageClass),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: clickhouseTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ClickhouseTimeouts",
      },
      users: {
        value: cdktn.hashMapperHcl(clickhouseUsersToHclTerraform)(this._users.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "ClickhouseUsersMap",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(
      Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
    );
  }
}
