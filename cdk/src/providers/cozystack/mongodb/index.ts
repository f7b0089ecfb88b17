// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface MongodbConfig extends cdktn.TerraformMetaArguments {
  /**
   * Scheduled backups to S3-compatible storage through Percona Backup for MongoDB.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#backup Mongodb#backup}
   */
  readonly backup?: MongodbBackup;
  /**
   * Create the cluster by restoring a backup from the backup location.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#bootstrap Mongodb#bootstrap}
   */
  readonly bootstrap?: MongodbBootstrap;
  /**
   * Databases by name.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#databases Mongodb#databases}
   */
  readonly databases?: { [key: string]: MongodbDatabases } | cdktn.IResolvable;
  /**
   * Expose the service outside the cluster through a LoadBalancer. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#external Mongodb#external}
   */
  readonly external?: boolean | cdktn.IResolvable;
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#name Mongodb#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#namespace Mongodb#namespace}
   */
  readonly namespace?: string;
  /**
   * How many members the replica set has when sharding is off. Defaults to `3`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#replicas Mongodb#replicas}
   */
  readonly replicas?: number;
  /**
   * CPU and memory for each MongoDB pod; when set, it replaces the preset.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#resources Mongodb#resources}
   */
  readonly resources?: MongodbResources;
  /**
   * Sizing preset for each MongoDB pod when resources is not given. One of `t1.nano`, `t1.micro`, `t1.small`, `t1.medium`, `t1.large`, `t1.xlarge`, `t1.2xlarge`, `t1.4xlarge`, `c1.nano`, `c1.micro`, `c1.small`, `c1.medium`, `c1.large`, `c1.xlarge`, `c1.2xlarge`, `c1.4xlarge`, `s1.nano`, `s1.micro`, `s1.small`, `s1.medium`, `s1.large`, `s1.xlarge`, `s1.2xlarge`, `s1.4xlarge`, `u1.nano`, `u1.micro`, `u1.small`, `u1.medium`, `u1.large`, `u1.xlarge`, `u1.2xlarge`, `u1.4xlarge`, `m1.nano`, `m1.micro`, `m1.small`, `m1.medium`, `m1.large`, `m1.xlarge`, `m1.2xlarge`, `m1.4xlarge`, `nano`, `micro`, `small`, `medium`, `large`, `xlarge`, `2xlarge`. Defaults to `t1.small`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#resources_preset Mongodb#resources_preset}
   */
  readonly resourcesPreset?: string;
  /**
   * Run a sharded cluster with config servers and mongos routers instead of one replica set. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#sharding Mongodb#sharding}
   */
  readonly sharding?: boolean | cdktn.IResolvable;
  /**
   * Layout of the sharded cluster; used only when sharding is on.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#sharding_config Mongodb#sharding_config}
   */
  readonly shardingConfig?: MongodbShardingConfig;
  /**
   * Size of the data volume of each replica set member. Defaults to `10Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#size Mongodb#size}
   */
  readonly size?: string;
  /**
   * StorageClass for the persistent volumes; cannot change after creation. Defaults to ``. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#storage_class Mongodb#storage_class}
   */
  readonly storageClass?: string;
  /**
   * How long to wait for the platform, as durations such as `30s`, `10m` or `1h`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#timeouts Mongodb#timeouts}
   */
  readonly timeouts?: MongodbTimeouts;
  /**
   * Database users by name; each must be given a role in some database.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#users Mongodb#users}
   */
  readonly users?: { [key: string]: MongodbUsers } | cdktn.IResolvable;
  /**
   * MongoDB major version. One of `v8`, `v7`, `v6`. Defaults to `v8`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#version Mongodb#version}
   */
  readonly version?: string;
}
export interface MongodbBackup {
  /**
   * S3 location backups are written to, as s3://bucket/path/. Defaults to `s3://bucket/path/to/folder/`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#destination_path Mongodb#destination_path}
   */
  readonly destinationPath?: string;
  /**
   * Take regular backups. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#enabled Mongodb#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * S3 endpoint URL. Defaults to `http://minio-gateway-service:9000`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#endpoint_url Mongodb#endpoint_url}
   */
  readonly endpointUrl?: string;
  /**
   * How long backups are kept, in days, e.g. 30d. Defaults to `30d`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#retention_policy Mongodb#retention_policy}
   */
  readonly retentionPolicy?: string;
  /**
   * S3 access key; needed when backup or bootstrap is enabled. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#s3_access_key Mongodb#s3_access_key}
   */
  readonly s3AccessKey?: string;
  /**
   * Write-only form of `s3_access_key`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#s3_access_key_wo Mongodb#s3_access_key_wo}
   */
  readonly s3AccessKeyWo?: string;
  /**
   * Set it with `s3_access_key_wo`; change it to send `s3_access_key_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#s3_access_key_wo_version Mongodb#s3_access_key_wo_version}
   */
  readonly s3AccessKeyWoVersion?: number;
  /**
   * S3 secret key; needed when backup or bootstrap is enabled. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#s3_secret_key Mongodb#s3_secret_key}
   */
  readonly s3SecretKey?: string;
  /**
   * Write-only form of `s3_secret_key`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#s3_secret_key_wo Mongodb#s3_secret_key_wo}
   */
  readonly s3SecretKeyWo?: string;
  /**
   * Set it with `s3_secret_key_wo`; change it to send `s3_secret_key_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#s3_secret_key_wo_version Mongodb#s3_secret_key_wo_version}
   */
  readonly s3SecretKeyWoVersion?: number;
  /**
   * Cron schedule of the backups. Defaults to `0 2 * * *`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#schedule Mongodb#schedule}
   */
  readonly schedule?: string;
}

export function mongodbBackupToTerraform(struct?: MongodbBackup | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    destination_path: cdktn.stringToTerraform(struct!.destinationPath),
    enabled: cdktn.booleanToTerraform(struct!.enabled),
    endpoint_url: cdktn.stringToTerraform(struct!.endpointUrl),
    retention_policy: cdktn.stringToTerraform(struct!.retentionPolicy),
    s3_access_key: cdktn.stringToTerraform(struct!.s3AccessKey),
    s3_access_key_wo: cdktn.stringToTerraform(struct!.s3AccessKeyWo),
    s3_access_key_wo_version: cdktn.numberToTerraform(struct!.s3AccessKeyWoVersion),
    s3_secret_key: cdktn.stringToTerraform(struct!.s3SecretKey),
    s3_secret_key_wo: cdktn.stringToTerraform(struct!.s3SecretKeyWo),
    s3_secret_key_wo_version: cdktn.numberToTerraform(struct!.s3SecretKeyWoVersion),
    schedule: cdktn.stringToTerraform(struct!.schedule),
  };
}

export function mongodbBackupToHclTerraform(struct?: MongodbBackup | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    destination_path: {
      value: cdktn.stringToHclTerraform(struct!.destinationPath),
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
    endpoint_url: {
      value: cdktn.stringToHclTerraform(struct!.endpointUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    retention_policy: {
      value: cdktn.stringToHclTerraform(struct!.retentionPolicy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
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
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MongodbBackupOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MongodbBackup | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._destinationPath !== undefined) {
      hasAnyValues = true;
      internalValueResult.destinationPath = this._destinationPath;
    }
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._endpointUrl !== undefined) {
      hasAnyValues = true;
      internalValueResult.endpointUrl = this._endpointUrl;
    }
    if (this._retentionPolicy !== undefined) {
      hasAnyValues = true;
      internalValueResult.retentionPolicy = this._retentionPolicy;
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
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MongodbBackup | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._destinationPath = undefined;
      this._enabled = undefined;
      this._endpointUrl = undefined;
      this._retentionPolicy = undefined;
      this._s3AccessKey = undefined;
      this._s3AccessKeyWo = undefined;
      this._s3AccessKeyWoVersion = undefined;
      this._s3SecretKey = undefined;
      this._s3SecretKeyWo = undefined;
      this._s3SecretKeyWoVersion = undefined;
      this._schedule = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._destinationPath = value.destinationPath;
      this._enabled = value.enabled;
      this._endpointUrl = value.endpointUrl;
      this._retentionPolicy = value.retentionPolicy;
      this._s3AccessKey = value.s3AccessKey;
      this._s3AccessKeyWo = value.s3AccessKeyWo;
      this._s3AccessKeyWoVersion = value.s3AccessKeyWoVersion;
      this._s3SecretKey = value.s3SecretKey;
      this._s3SecretKeyWo = value.s3SecretKeyWo;
      this._s3SecretKeyWoVersion = value.s3SecretKeyWoVersion;
      this._schedule = value.schedule;
    }
  }

  // destination_path - computed: true, optional: true, required: false
  private _destinationPath?: string;
  public get destinationPath() {
    return this.getStringAttribute("destination_path");
  }
  public set destinationPath(value: string) {
    this._destinationPath = value;
  }
  public resetDestinationPath() {
    this._destinationPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get destinationPathInput() {
    return this._destinationPath;
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

  // endpoint_url - computed: true, optional: true, required: false
  private _endpointUrl?: string;
  public get endpointUrl() {
    return this.getStringAttribute("endpoint_url");
  }
  public set endpointUrl(value: string) {
    this._endpointUrl = value;
  }
  public resetEndpointUrl() {
    this._endpointUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointUrlInput() {
    return this._endpointUrl;
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
}
export interface MongodbBootstrap {
  /**
   * Name of the backup to restore; needed when enabled. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#backup_name Mongodb#backup_name}
   */
  readonly backupName?: string;
  /**
   * Restore from a backup when the cluster is created. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#enabled Mongodb#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * Point in time to recover to; empty means the latest. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#recovery_time Mongodb#recovery_time}
   */
  readonly recoveryTime?: string;
}

export function mongodbBootstrapToTerraform(struct?: MongodbBootstrap | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    backup_name: cdktn.stringToTerraform(struct!.backupName),
    enabled: cdktn.booleanToTerraform(struct!.enabled),
    recovery_time: cdktn.stringToTerraform(struct!.recoveryTime),
  };
}

export function mongodbBootstrapToHclTerraform(struct?: MongodbBootstrap | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    backup_name: {
      value: cdktn.stringToHclTerraform(struct!.backupName),
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
    recovery_time: {
      value: cdktn.stringToHclTerraform(struct!.recoveryTime),
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

export class MongodbBootstrapOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MongodbBootstrap | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._backupName !== undefined) {
      hasAnyValues = true;
      internalValueResult.backupName = this._backupName;
    }
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._recoveryTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.recoveryTime = this._recoveryTime;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MongodbBootstrap | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._backupName = undefined;
      this._enabled = undefined;
      this._recoveryTime = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._backupName = value.backupName;
      this._enabled = value.enabled;
      this._recoveryTime = value.recoveryTime;
    }
  }

  // backup_name - computed: true, optional: true, required: false
  private _backupName?: string;
  public get backupName() {
    return this.getStringAttribute("backup_name");
  }
  public set backupName(value: string) {
    this._backupName = value;
  }
  public resetBackupName() {
    this._backupName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backupNameInput() {
    return this._backupName;
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

  // recovery_time - computed: true, optional: true, required: false
  private _recoveryTime?: string;
  public get recoveryTime() {
    return this.getStringAttribute("recovery_time");
  }
  public set recoveryTime(value: string) {
    this._recoveryTime = value;
  }
  public resetRecoveryTime() {
    this._recoveryTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get recoveryTimeInput() {
    return this._recoveryTime;
  }
}
export interface MongodbConnection {}

export function mongodbConnectionToTerraform(struct?: MongodbConnection): any {
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

export function mongodbConnectionToHclTerraform(struct?: MongodbConnection): any {
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

export class MongodbConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MongodbConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MongodbConnection | undefined) {
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

  // password - computed: true, optional: false, required: false
  public get password() {
    return this.getStringAttribute("password");
  }

  // port - computed: true, optional: false, required: false
  public get port() {
    return this.getNumberAttribute("port");
  }

  // uri - computed: true, optional: false, required: false
  public get uri() {
    return this.getStringAttribute("uri");
  }

  // username - computed: true, optional: false, required: false
  public get username() {
    return this.getStringAttribute("username");
  }
}
export interface MongodbDatabasesRoles {
  /**
   * Users that may read, write and administer the database.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#admin Mongodb#admin}
   */
  readonly admin?: string[];
  /**
   * Users that may only read.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#readonly Mongodb#readonly}
   */
  readonly readonly?: string[];
}

export function mongodbDatabasesRolesToTerraform(struct?: MongodbDatabasesRoles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    admin: cdktn.listMapper(cdktn.stringToTerraform, false)(struct!.admin),
    readonly: cdktn.listMapper(cdktn.stringToTerraform, false)(struct!.readonly),
  };
}

export function mongodbDatabasesRolesToHclTerraform(struct?: MongodbDatabasesRoles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    admin: {
      value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct!.admin),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    readonly: {
      value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct!.readonly),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MongodbDatabasesRolesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MongodbDatabasesRoles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._admin !== undefined) {
      hasAnyValues = true;
      internalValueResult.admin = this._admin;
    }
    if (this._readonly !== undefined) {
      hasAnyValues = true;
      internalValueResult.readonly = this._readonly;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MongodbDatabasesRoles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._admin = undefined;
      this._readonly = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._admin = value.admin;
      this._readonly = value.readonly;
    }
  }

  // admin - computed: true, optional: true, required: false
  private _admin?: string[];
  public get admin() {
    return this.getListAttribute("admin");
  }
  public set admin(value: string[]) {
    this._admin = value;
  }
  public resetAdmin() {
    this._admin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get adminInput() {
    return this._admin;
  }

  // readonly - computed: true, optional: true, required: false
  private _readonly?: string[];
  public get readonly() {
    return this.getListAttribute("readonly");
  }
  public set readonly(value: string[]) {
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
export interface MongodbDatabases {
  /**
   * Which users get which access to this database.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#roles Mongodb#roles}
   */
  readonly roles?: MongodbDatabasesRoles;
}

export function mongodbDatabasesToTerraform(struct?: MongodbDatabases | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    roles: mongodbDatabasesRolesToTerraform(struct!.roles),
  };
}

export function mongodbDatabasesToHclTerraform(struct?: MongodbDatabases | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    roles: {
      value: mongodbDatabasesRolesToHclTerraform(struct!.roles),
      isBlock: true,
      type: "struct",
      storageClassType: "MongodbDatabasesRoles",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MongodbDatabasesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): MongodbDatabases | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._roles?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.roles = this._roles?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MongodbDatabases | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._roles.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._roles.internalValue = value.roles;
    }
  }

  // roles - computed: true, optional: true, required: false
  private _roles = new MongodbDatabasesRolesOutputReference(this, "roles");
  public get roles() {
    return this._roles;
  }
  public putRoles(value: MongodbDatabasesRoles) {
    this._roles.internalValue = value;
  }
  public resetRoles() {
    this._roles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rolesInput() {
    return this._roles.internalValue;
  }
}

export class MongodbDatabasesMap extends cdktn.ComplexMap {
  public internalValue?: { [key: string]: MongodbDatabases } | cdktn.IResolvable;

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
  public get(key: string): MongodbDatabasesOutputReference {
    return new MongodbDatabasesOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}
export interface MongodbResources {
  /**
   * CPU cores available, e.g. 500m or 2.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#cpu Mongodb#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory available, e.g. 512Mi or 4Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#memory Mongodb#memory}
   */
  readonly memory?: string;
}

export function mongodbResourcesToTerraform(struct?: MongodbResources | cdktn.IResolvable): any {
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

export function mongodbResourcesToHclTerraform(struct?: MongodbResources | cdktn.IResolvable): any {
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

export class MongodbResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MongodbResources | cdktn.IResolvable | undefined {
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

  public set internalValue(value: MongodbResources | cdktn.IResolvable | undefined) {
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
export interface MongodbShardingConfigShards {
  /**
   * Name of the shard's replica set.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#name Mongodb#name}
   */
  readonly name: string;
  /**
   * How many members the shard's replica set has.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#replicas Mongodb#replicas}
   */
  readonly replicas: number;
  /**
   * Size of the data volume of each member of this shard.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#size Mongodb#size}
   */
  readonly size: string;
}

export function mongodbShardingConfigShardsToTerraform(
  struct?: MongodbShardingConfigShards | cdktn.IResolvable,
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
    name: cdktn.stringToTerraform(struct!.name),
    replicas: cdktn.numberToTerraform(struct!.replicas),
    size: cdktn.stringToTerraform(struct!.size),
  };
}

export function mongodbShardingConfigShardsToHclTerraform(
  struct?: MongodbShardingConfigShards | cdktn.IResolvable,
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
    name: {
      value: cdktn.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    replicas: {
      value: cdktn.numberToHclTerraform(struct!.replicas),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
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

export class MongodbShardingConfigShardsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   * @param complexObjectIndex the index of this item in the list
   * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
   */
  public constructor(
    terraformResource: cdktn.IInterpolatingParent,
    terraformAttribute: string,
    complexObjectIndex: number,
    complexObjectIsFromSet: boolean,
  ) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): MongodbShardingConfigShards | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._replicas !== undefined) {
      hasAnyValues = true;
      internalValueResult.replicas = this._replicas;
    }
    if (this._size !== undefined) {
      hasAnyValues = true;
      internalValueResult.size = this._size;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MongodbShardingConfigShards | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._replicas = undefined;
      this._size = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._replicas = value.replicas;
      this._size = value.size;
    }
  }

  // name - computed: true, optional: false, required: true
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

  // replicas - computed: true, optional: false, required: true
  private _replicas?: number;
  public get replicas() {
    return this.getNumberAttribute("replicas");
  }
  public set replicas(value: number) {
    this._replicas = value;
  }
  // Temporarily expose input value. Use with caution.
  public get replicasInput() {
    return this._replicas;
  }

  // size - computed: true, optional: false, required: true
  private _size?: string;
  public get size() {
    return this.getStringAttribute("size");
  }
  public set size(value: string) {
    this._size = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sizeInput() {
    return this._size;
  }
}

export class MongodbShardingConfigShardsList extends cdktn.ComplexList {
  public internalValue?: MongodbShardingConfigShards[] | cdktn.IResolvable;

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
  public get(index: number): MongodbShardingConfigShardsOutputReference {
    return new MongodbShardingConfigShardsOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface MongodbShardingConfig {
  /**
   * Size of the data volume of each config server. Defaults to `3Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#config_server_size Mongodb#config_server_size}
   */
  readonly configServerSize?: string;
  /**
   * How many config server members run. Defaults to `3`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#config_servers Mongodb#config_servers}
   */
  readonly configServers?: number;
  /**
   * How many mongos routers run. Defaults to `2`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#mongos Mongodb#mongos}
   */
  readonly mongos?: number;
  /**
   * The shards, each its own replica set.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#shards Mongodb#shards}
   */
  readonly shards?: MongodbShardingConfigShards[] | cdktn.IResolvable;
}

export function mongodbShardingConfigToTerraform(struct?: MongodbShardingConfig | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    config_server_size: cdktn.stringToTerraform(struct!.configServerSize),
    config_servers: cdktn.numberToTerraform(struct!.configServers),
    mongos: cdktn.numberToTerraform(struct!.mongos),
    shards: cdktn.listMapper(mongodbShardingConfigShardsToTerraform, false)(struct!.shards),
  };
}

export function mongodbShardingConfigToHclTerraform(struct?: MongodbShardingConfig | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    config_server_size: {
      value: cdktn.stringToHclTerraform(struct!.configServerSize),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    config_servers: {
      value: cdktn.numberToHclTerraform(struct!.configServers),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mongos: {
      value: cdktn.numberToHclTerraform(struct!.mongos),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    shards: {
      value: cdktn.listMapperHcl(mongodbShardingConfigShardsToHclTerraform, false)(struct!.shards),
      isBlock: true,
      type: "list",
      storageClassType: "MongodbShardingConfigShardsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MongodbShardingConfigOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MongodbShardingConfig | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._configServerSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.configServerSize = this._configServerSize;
    }
    if (this._configServers !== undefined) {
      hasAnyValues = true;
      internalValueResult.configServers = this._configServers;
    }
    if (this._mongos !== undefined) {
      hasAnyValues = true;
      internalValueResult.mongos = this._mongos;
    }
    if (this._shards?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.shards = this._shards?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MongodbShardingConfig | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._configServerSize = undefined;
      this._configServers = undefined;
      this._mongos = undefined;
      this._shards.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._configServerSize = value.configServerSize;
      this._configServers = value.configServers;
      this._mongos = value.mongos;
      this._shards.internalValue = value.shards;
    }
  }

  // config_server_size - computed: true, optional: true, required: false
  private _configServerSize?: string;
  public get configServerSize() {
    return this.getStringAttribute("config_server_size");
  }
  public set configServerSize(value: string) {
    this._configServerSize = value;
  }
  public resetConfigServerSize() {
    this._configServerSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get configServerSizeInput() {
    return this._configServerSize;
  }

  // config_servers - computed: true, optional: true, required: false
  private _configServers?: number;
  public get configServers() {
    return this.getNumberAttribute("config_servers");
  }
  public set configServers(value: number) {
    this._configServers = value;
  }
  public resetConfigServers() {
    this._configServers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get configServersInput() {
    return this._configServers;
  }

  // mongos - computed: true, optional: true, required: false
  private _mongos?: number;
  public get mongos() {
    return this.getNumberAttribute("mongos");
  }
  public set mongos(value: number) {
    this._mongos = value;
  }
  public resetMongos() {
    this._mongos = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mongosInput() {
    return this._mongos;
  }

  // shards - computed: true, optional: true, required: false
  private _shards = new MongodbShardingConfigShardsList(this, "shards", false);
  public get shards() {
    return this._shards;
  }
  public putShards(value: MongodbShardingConfigShards[] | cdktn.IResolvable) {
    this._shards.internalValue = value;
  }
  public resetShards() {
    this._shards.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shardsInput() {
    return this._shards.internalValue;
  }
}
export interface MongodbTimeouts {
  /**
   * Wait for a new object to become ready.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#create Mongodb#create}
   */
  readonly create?: string;
  /**
   * Wait for the object to be gone.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#delete Mongodb#delete}
   */
  readonly delete?: string;
  /**
   * Wait for a changed object to become ready again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#update Mongodb#update}
   */
  readonly update?: string;
}

export function mongodbTimeoutsToTerraform(struct?: MongodbTimeouts | cdktn.IResolvable): any {
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

export function mongodbTimeoutsToHclTerraform(struct?: MongodbTimeouts | cdktn.IResolvable): any {
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

export class MongodbTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MongodbTimeouts | cdktn.IResolvable | undefined {
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

  public set internalValue(value: MongodbTimeouts | cdktn.IResolvable | undefined) {
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
export interface MongodbUsers {
  /**
   * The user's password; generated by the platform when not given.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#password Mongodb#password}
   */
  readonly password?: string;
  /**
   * Write-only form of `password`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#password_wo Mongodb#password_wo}
   */
  readonly passwordWo?: string;
  /**
   * Set it with `password_wo`; change it to send `password_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#password_wo_version Mongodb#password_wo_version}
   */
  readonly passwordWoVersion?: number;
}

export function mongodbUsersToTerraform(struct?: MongodbUsers | cdktn.IResolvable): any {
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
  };
}

export function mongodbUsersToHclTerraform(struct?: MongodbUsers | cdktn.IResolvable): any {
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
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MongodbUsersOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): MongodbUsers | cdktn.IResolvable | undefined {
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
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MongodbUsers | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._password = undefined;
      this._passwordWo = undefined;
      this._passwordWoVersion = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._password = value.password;
      this._passwordWo = value.passwordWo;
      this._passwordWoVersion = value.passwordWoVersion;
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
}

export class MongodbUsersMap extends cdktn.ComplexMap {
  public internalValue?: { [key: string]: MongodbUsers } | cdktn.IResolvable;

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
  public get(key: string): MongodbUsersOutputReference {
    return new MongodbUsersOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}

/**
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb cozystack_mongodb}
 */
export class Mongodb extends cdktn.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_mongodb";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a Mongodb resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the Mongodb to import
   * @param importFromId The id of the existing Mongodb that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the Mongodb to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack_mongodb",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mongodb cozystack_mongodb} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options MongodbConfig
   */
  public constructor(scope: Construct, id: string, config: MongodbConfig) {
    super(scope, id, {
      terraformResourceType: "cozystack_mongodb",
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
    this._bootstrap.internalValue = config.bootstrap;
    this._databases.internalValue = config.databases;
    this._external = config.external;
    this._name = config.name;
    this._namespace = config.namespace;
    this._replicas = config.replicas;
    this._resources.internalValue = config.resources;
    this._resourcesPreset = config.resourcesPreset;
    this._sharding = config.sharding;
    this._shardingConfig.internalValue = config.shardingConfig;
    this._size = config.size;
    this._storageClass = config.storageClass;
    this._timeouts.internalValue = config.timeouts;
    this._users.internalValue = config.users;
    this._version = config.version;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // backup - computed: true, optional: true, required: false
  private _backup = new MongodbBackupOutputReference(this, "backup");
  public get backup() {
    return this._backup;
  }
  public putBackup(value: MongodbBackup) {
    this._backup.internalValue = value;
  }
  public resetBackup() {
    this._backup.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backupInput() {
    return this._backup.internalValue;
  }

  // bootstrap - computed: true, optional: true, required: false
  private _bootstrap = new MongodbBootstrapOutputReference(this, "bootstrap");
  public get bootstrap() {
    return this._bootstrap;
  }
  public putBootstrap(value: MongodbBootstrap) {
    this._bootstrap.internalValue = value;
  }
  public resetBootstrap() {
    this._bootstrap.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bootstrapInput() {
    return this._bootstrap.internalValue;
  }

  // connection - computed: true, optional: false, required: false
  private _connection = new MongodbConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // databases - computed: true, optional: true, required: false
  private _databases = new MongodbDatabasesMap(this, "databases");
  public get databases() {
    return this._databases;
  }
  public putDatabases(value: { [key: string]: MongodbDatabases } | cdktn.IResolvable) {
    this._databases.internalValue = value;
  }
  public resetDatabases() {
    this._databases.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get databasesInput() {
    return this._databases.internalValue;
  }

  // external - computed: true, optional: true, required: false
  private _external?: boolean | cdktn.IResolvable;
  public get external() {
    return this.getBooleanAttribute("external");
  }
  public set external(value: boolean | cdktn.IResolvable) {
    this._external = value;
  }
  public resetExternal() {
    this._external = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalInput() {
    return this._external;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute("id");
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
  private _resources = new MongodbResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: MongodbResources) {
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

  // sharding - computed: true, optional: true, required: false
  private _sharding?: boolean | cdktn.IResolvable;
  public get sharding() {
    return this.getBooleanAttribute("sharding");
  }
  public set sharding(value: boolean | cdktn.IResolvable) {
    this._sharding = value;
  }
  public resetSharding() {
    this._sharding = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shardingInput() {
    return this._sharding;
  }

  // sharding_config - computed: true, optional: true, required: false
  private _shardingConfig = new MongodbShardingConfigOutputReference(this, "sharding_config");
  public get shardingConfig() {
    return this._shardingConfig;
  }
  public putShardingConfig(value: MongodbShardingConfig) {
    this._shardingConfig.internalValue = value;
  }
  public resetShardingConfig() {
    this._shardingConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shardingConfigInput() {
    return this._shardingConfig.internalValue;
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
  private _timeouts = new MongodbTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: MongodbTimeouts) {
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
  private _users = new MongodbUsersMap(this, "users");
  public get users() {
    return this._users;
  }
  public putUsers(value: { [key: string]: MongodbUsers } | cdktn.IResolvable) {
    this._users.internalValue = value;
  }
  public resetUsers() {
    this._users.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usersInput() {
    return this._users.internalValue;
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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      backup: mongodbBackupToTerraform(this._backup.internalValue),
      bootstrap: mongodbBootstrapToTerraform(this._bootstrap.internalValue),
      databases: cdktn.hashMapper(mongodbDatabasesToTerraform)(this._databases.internalValue),
      external: cdktn.booleanToTerraform(this._external),
      name: cdktn.stringToTerraform(this._name),
      namespace: cdktn.stringToTerraform(this._namespace),
      replicas: cdktn.numberToTerraform(this._replicas),
      resources: mongodbResourcesToTerraform(this._resources.internalValue),
      resources_preset: cdktn.stringToTerraform(this._resourcesPreset),
      sharding: cdktn.booleanToTerraform(this._sharding),
      sharding_config: mongodbShardingConfigToTerraform(this._shardingConfig.internalValue),
      size: cdktn.stringToTerraform(this._size),
      storage_class: cdktn.stringToTerraform(this._storageClass),
      timeouts: mongodbTimeoutsToTerraform(this._timeouts.internalValue),
      users: cdktn.hashMapper(mongodbUsersToTerraform)(this._users.internalValue),
      version: cdktn.stringToTerraform(this._version),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      backup: {
        value: mongodbBackupToHclTerraform(this._backup.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "MongodbBackup",
      },
      bootstrap: {
        value: mongodbBootstrapToHclTerraform(this._bootstrap.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "MongodbBootstrap",
      },
      databases: {
        value: cdktn.hashMapperHcl(mongodbDatabasesToHclTerraform)(this._databases.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "MongodbDatabasesMap",
      },
      external: {
        value: cdktn.booleanToHclTerraform(this._external),
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
        value: mongodbResourcesToHclTerraform(this._resources.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "MongodbResources",
      },
      resources_preset: {
        value: cdktn.stringToHclTerraform(this._resourcesPreset),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sharding: {
        value: cdktn.booleanToHclTerraform(this._sharding),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      sharding_config: {
        value: mongodbShardingConfigToHclTerraform(this._shardingConfig.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "MongodbShardingConfig",
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
        value: mongodbTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "MongodbTimeouts",
      },
      users: {
        value: cdktn.hashMapperHcl(mongodbUsersToHclTerraform)(this._users.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "MongodbUsersMap",
      },
      version: {
        value: cdktn.stringToHclTerraform(this._version),
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
