// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface MariadbConfig extends cdktn.TerraformMetaArguments {
  /**
   * Legacy scheduled dumps to S3 with mariadb-dump and restic.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#backup Mariadb#backup}
   */
  readonly backup?: MariadbBackup;
  /**
   * Databases by name.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#databases Mariadb#databases}
   */
  readonly databases?: { [key: string]: MariadbDatabases } | cdktn.IResolvable;
  /**
   * Expose the service outside the cluster through a LoadBalancer. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#external Mariadb#external}
   */
  readonly external?: boolean | cdktn.IResolvable;
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#name Mariadb#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#namespace Mariadb#namespace}
   */
  readonly namespace?: string;
  /**
   * How many MariaDB instances run; with more than one, one is primary and the rest replicate. Defaults to `2`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#replicas Mariadb#replicas}
   */
  readonly replicas?: number;
  /**
   * CPU and memory for each instance; when set, it replaces the preset.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#resources Mariadb#resources}
   */
  readonly resources?: MariadbResources;
  /**
   * Sizing preset for each instance when resources is not given. One of `t1.nano`, `t1.micro`, `t1.small`, `t1.medium`, `t1.large`, `t1.xlarge`, `t1.2xlarge`, `t1.4xlarge`, `c1.nano`, `c1.micro`, `c1.small`, `c1.medium`, `c1.large`, `c1.xlarge`, `c1.2xlarge`, `c1.4xlarge`, `s1.nano`, `s1.micro`, `s1.small`, `s1.medium`, `s1.large`, `s1.xlarge`, `s1.2xlarge`, `s1.4xlarge`, `u1.nano`, `u1.micro`, `u1.small`, `u1.medium`, `u1.large`, `u1.xlarge`, `u1.2xlarge`, `u1.4xlarge`, `m1.nano`, `m1.micro`, `m1.small`, `m1.medium`, `m1.large`, `m1.xlarge`, `m1.2xlarge`, `m1.4xlarge`, `nano`, `micro`, `small`, `medium`, `large`, `xlarge`, `2xlarge`. Defaults to `t1.nano`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#resources_preset Mariadb#resources_preset}
   */
  readonly resourcesPreset?: string;
  /**
   * Size of the data volume of each instance. Defaults to `10Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#size Mariadb#size}
   */
  readonly size?: string;
  /**
   * StorageClass for the persistent volumes; cannot change after creation. Defaults to ``. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#storage_class Mariadb#storage_class}
   */
  readonly storageClass?: string;
  /**
   * How long to wait for the platform, as durations such as `30s`, `10m` or `1h`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#timeouts Mariadb#timeouts}
   */
  readonly timeouts?: MariadbTimeouts;
  /**
   * Database users by name; the user root sets the root password.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#users Mariadb#users}
   */
  readonly users?: { [key: string]: MariadbUsers } | cdktn.IResolvable;
  /**
   * MariaDB major.minor version. One of `v11.8`, `v11.4`, `v10.11`, `v10.6`. Defaults to `v11.8`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#version Mariadb#version}
   */
  readonly version?: string;
}
export interface MariadbBackup {
  /**
   * restic forget options that decide which old backups are removed. Defaults to `--keep-last=3 --keep-daily=3 --keep-within-weekly=1m`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#cleanup_strategy Mariadb#cleanup_strategy}
   */
  readonly cleanupStrategy?: string;
  /**
   * Run the legacy backup job. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#enabled Mariadb#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * Password restic encrypts the backups with. Defaults to `<password>`.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#restic_password Mariadb#restic_password}
   */
  readonly resticPassword?: string;
  /**
   * Write-only form of `restic_password`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#restic_password_wo Mariadb#restic_password_wo}
   */
  readonly resticPasswordWo?: string;
  /**
   * Set it with `restic_password_wo`; change it to send `restic_password_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#restic_password_wo_version Mariadb#restic_password_wo_version}
   */
  readonly resticPasswordWoVersion?: number;
  /**
   * S3 access key. Defaults to `<your-access-key>`.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#s3_access_key Mariadb#s3_access_key}
   */
  readonly s3AccessKey?: string;
  /**
   * Write-only form of `s3_access_key`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#s3_access_key_wo Mariadb#s3_access_key_wo}
   */
  readonly s3AccessKeyWo?: string;
  /**
   * Set it with `s3_access_key_wo`; change it to send `s3_access_key_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#s3_access_key_wo_version Mariadb#s3_access_key_wo_version}
   */
  readonly s3AccessKeyWoVersion?: number;
  /**
   * S3 bucket, with its host, that backups are written to. Defaults to `s3.example.org/mariadb-backups`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#s3_bucket Mariadb#s3_bucket}
   */
  readonly s3Bucket?: string;
  /**
   * S3 region of the backup bucket. Defaults to `us-east-1`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#s3_region Mariadb#s3_region}
   */
  readonly s3Region?: string;
  /**
   * S3 secret key. Defaults to `<your-secret-key>`.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#s3_secret_key Mariadb#s3_secret_key}
   */
  readonly s3SecretKey?: string;
  /**
   * Write-only form of `s3_secret_key`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#s3_secret_key_wo Mariadb#s3_secret_key_wo}
   */
  readonly s3SecretKeyWo?: string;
  /**
   * Set it with `s3_secret_key_wo`; change it to send `s3_secret_key_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#s3_secret_key_wo_version Mariadb#s3_secret_key_wo_version}
   */
  readonly s3SecretKeyWoVersion?: number;
  /**
   * Cron schedule of the backup job. Defaults to `0 2 * * *`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#schedule Mariadb#schedule}
   */
  readonly schedule?: string;
}

export function mariadbBackupToTerraform(struct?: MariadbBackup | cdktn.IResolvable): any {
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
    restic_password: cdktn.stringToTerraform(struct!.resticPassword),
    restic_password_wo: cdktn.stringToTerraform(struct!.resticPasswordWo),
    restic_password_wo_version: cdktn.numberToTerraform(struct!.resticPasswordWoVersion),
    s3_access_key: cdktn.stringToTerraform(struct!.s3AccessKey),
    s3_access_key_wo: cdktn.stringToTerraform(struct!.s3AccessKeyWo),
    s3_access_key_wo_version: cdktn.numberToTerraform(struct!.s3AccessKeyWoVersion),
    s3_bucket: cdktn.stringToTerraform(struct!.s3Bucket),
    s3_region: cdktn.stringToTerraform(struct!.s3Region),
    s3_secret_key: cdktn.stringToTerraform(struct!.s3SecretKey),
    s3_secret_key_wo: cdktn.stringToTerraform(struct!.s3SecretKeyWo),
    s3_secret_key_wo_version: cdktn.numberToTerraform(struct!.s3SecretKeyWoVersion),
    schedule: cdktn.stringToTerraform(struct!.schedule),
  };
}

export function mariadbBackupToHclTerraform(struct?: MariadbBackup | cdktn.IResolvable): any {
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
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MariadbBackupOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MariadbBackup | cdktn.IResolvable | undefined {
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
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MariadbBackup | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cleanupStrategy = undefined;
      this._enabled = undefined;
      this._resticPassword = undefined;
      this._resticPasswordWo = undefined;
      this._resticPasswordWoVersion = undefined;
      this._s3AccessKey = undefined;
      this._s3AccessKeyWo = undefined;
      this._s3AccessKeyWoVersion = undefined;
      this._s3Bucket = undefined;
      this._s3Region = undefined;
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
      this._cleanupStrategy = value.cleanupStrategy;
      this._enabled = value.enabled;
      this._resticPassword = value.resticPassword;
      this._resticPasswordWo = value.resticPasswordWo;
      this._resticPasswordWoVersion = value.resticPasswordWoVersion;
      this._s3AccessKey = value.s3AccessKey;
      this._s3AccessKeyWo = value.s3AccessKeyWo;
      this._s3AccessKeyWoVersion = value.s3AccessKeyWoVersion;
      this._s3Bucket = value.s3Bucket;
      this._s3Region = value.s3Region;
      this._s3SecretKey = value.s3SecretKey;
      this._s3SecretKeyWo = value.s3SecretKeyWo;
      this._s3SecretKeyWoVersion = value.s3SecretKeyWoVersion;
      this._schedule = value.schedule;
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
}
export interface MariadbConnection {}

export function mariadbConnectionToTerraform(struct?: MariadbConnection): any {
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

export function mariadbConnectionToHclTerraform(struct?: MariadbConnection): any {
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

export class MariadbConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MariadbConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MariadbConnection | undefined) {
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

  // passwords - computed: true, optional: false, required: false
  private _passwords = new cdktn.StringMap(this, "passwords");
  public get passwords() {
    return this._passwords;
  }

  // port - computed: true, optional: false, required: false
  public get port() {
    return this.getNumberAttribute("port");
  }

  // read_host - computed: true, optional: false, required: false
  public get readHost() {
    return this.getStringAttribute("read_host");
  }

  // root_password - computed: true, optional: false, required: false
  public get rootPassword() {
    return this.getStringAttribute("root_password");
  }
}
export interface MariadbDatabasesRoles {
  /**
   * Users granted all privileges on the database.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#admin Mariadb#admin}
   */
  readonly admin?: string[];
  /**
   * Users that may only read (SELECT).
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#readonly Mariadb#readonly}
   */
  readonly readonly?: string[];
}

export function mariadbDatabasesRolesToTerraform(struct?: MariadbDatabasesRoles | cdktn.IResolvable): any {
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

export function mariadbDatabasesRolesToHclTerraform(struct?: MariadbDatabasesRoles | cdktn.IResolvable): any {
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

export class MariadbDatabasesRolesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MariadbDatabasesRoles | cdktn.IResolvable | undefined {
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

  public set internalValue(value: MariadbDatabasesRoles | cdktn.IResolvable | undefined) {
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
export interface MariadbDatabases {
  /**
   * Which users get which access to this database.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#roles Mariadb#roles}
   */
  readonly roles?: MariadbDatabasesRoles;
}

export function mariadbDatabasesToTerraform(struct?: MariadbDatabases | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    roles: mariadbDatabasesRolesToTerraform(struct!.roles),
  };
}

export function mariadbDatabasesToHclTerraform(struct?: MariadbDatabases | cdktn.IResolvable): any {
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
      value: mariadbDatabasesRolesToHclTerraform(struct!.roles),
      isBlock: true,
      type: "struct",
      storageClassType: "MariadbDatabasesRoles",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MariadbDatabasesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): MariadbDatabases | cdktn.IResolvable | undefined {
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

  public set internalValue(value: MariadbDatabases | cdktn.IResolvable | undefined) {
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
  private _roles = new MariadbDatabasesRolesOutputReference(this, "roles");
  public get roles() {
    return this._roles;
  }
  public putRoles(value: MariadbDatabasesRoles) {
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

export class MariadbDatabasesMap extends cdktn.ComplexMap {
  public internalValue?: { [key: string]: MariadbDatabases } | cdktn.IResolvable;

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
  public get(key: string): MariadbDatabasesOutputReference {
    return new MariadbDatabasesOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}
export interface MariadbResources {
  /**
   * CPU cores available, e.g. 500m or 2.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#cpu Mariadb#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory available, e.g. 512Mi or 4Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#memory Mariadb#memory}
   */
  readonly memory?: string;
}

export function mariadbResourcesToTerraform(struct?: MariadbResources | cdktn.IResolvable): any {
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

export function mariadbResourcesToHclTerraform(struct?: MariadbResources | cdktn.IResolvable): any {
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

export class MariadbResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MariadbResources | cdktn.IResolvable | undefined {
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

  public set internalValue(value: MariadbResources | cdktn.IResolvable | undefined) {
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
export interface MariadbTimeouts {
  /**
   * Wait for a new object to become ready.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#create Mariadb#create}
   */
  readonly create?: string;
  /**
   * Wait for the object to be gone.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#delete Mariadb#delete}
   */
  readonly delete?: string;
  /**
   * Wait for a changed object to become ready again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#update Mariadb#update}
   */
  readonly update?: string;
}

export function mariadbTimeoutsToTerraform(struct?: MariadbTimeouts | cdktn.IResolvable): any {
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

export function mariadbTimeoutsToHclTerraform(struct?: MariadbTimeouts | cdktn.IResolvable): any {
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

export class MariadbTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MariadbTimeouts | cdktn.IResolvable | undefined {
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

  public set internalValue(value: MariadbTimeouts | cdktn.IResolvable | undefined) {
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
export interface MariadbUsers {
  /**
   * Most connections the user may hold at once.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#max_user_connections Mariadb#max_user_connections}
   */
  readonly maxUserConnections: number;
  /**
   * The user's password. Required unless `password_wo` is set; set exactly one of them.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#password Mariadb#password}
   */
  readonly password?: string;
  /**
   * Write-only form of `password`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#password_wo Mariadb#password_wo}
   */
  readonly passwordWo?: string;
  /**
   * Set it with `password_wo`; change it to send `password_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#password_wo_version Mariadb#password_wo_version}
   */
  readonly passwordWoVersion?: number;
}

export function mariadbUsersToTerraform(struct?: MariadbUsers | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    max_user_connections: cdktn.numberToTerraform(struct!.maxUserConnections),
    password: cdktn.stringToTerraform(struct!.password),
    password_wo: cdktn.stringToTerraform(struct!.passwordWo),
    password_wo_version: cdktn.numberToTerraform(struct!.passwordWoVersion),
  };
}

export function mariadbUsersToHclTerraform(struct?: MariadbUsers | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    max_user_connections: {
      value: cdktn.numberToHclTerraform(struct!.maxUserConnections),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
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

export class MariadbUsersOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): MariadbUsers | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._maxUserConnections !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxUserConnections = this._maxUserConnections;
    }
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

  public set internalValue(value: MariadbUsers | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._maxUserConnections = undefined;
      this._password = undefined;
      this._passwordWo = undefined;
      this._passwordWoVersion = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._maxUserConnections = value.maxUserConnections;
      this._password = value.password;
      this._passwordWo = value.passwordWo;
      this._passwordWoVersion = value.passwordWoVersion;
    }
  }

  // max_user_connections - computed: true, optional: false, required: true
  private _maxUserConnections?: number;
  public get maxUserConnections() {
    return this.getNumberAttribute("max_user_connections");
  }
  public set maxUserConnections(value: number) {
    this._maxUserConnections = value;
  }
  // Temporarily expose input value. Use with caution.
  public get maxUserConnectionsInput() {
    return this._maxUserConnections;
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

export class MariadbUsersMap extends cdktn.ComplexMap {
  public internalValue?: { [key: string]: MariadbUsers } | cdktn.IResolvable;

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
  public get(key: string): MariadbUsersOutputReference {
    return new MariadbUsersOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}

/**
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb cozystack_mariadb}
 */
export class Mariadb extends cdktn.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_mariadb";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a Mariadb resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the Mariadb to import
   * @param importFromId The id of the existing Mariadb that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the Mariadb to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack_mariadb",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/mariadb cozystack_mariadb} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options MariadbConfig
   */
  public constructor(scope: Construct, id: string, config: MariadbConfig) {
    super(scope, id, {
      terraformResourceType: "cozystack_mariadb",
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
    this._databases.internalValue = config.databases;
    this._external = config.external;
    this._name = config.name;
    this._namespace = config.namespace;
    this._replicas = config.replicas;
    this._resources.internalValue = config.resources;
    this._resourcesPreset = config.resourcesPreset;
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
  private _backup = new MariadbBackupOutputReference(this, "backup");
  public get backup() {
    return this._backup;
  }
  public putBackup(value: MariadbBackup) {
    this._backup.internalValue = value;
  }
  public resetBackup() {
    this._backup.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backupInput() {
    return this._backup.internalValue;
  }

  // connection - computed: true, optional: false, required: false
  private _connection = new MariadbConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // databases - computed: true, optional: true, required: false
  private _databases = new MariadbDatabasesMap(this, "databases");
  public get databases() {
    return this._databases;
  }
  public putDatabases(value: { [key: string]: MariadbDatabases } | cdktn.IResolvable) {
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
  private _resources = new MariadbResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: MariadbResources) {
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
  private _timeouts = new MariadbTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: MariadbTimeouts) {
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
  private _users = new MariadbUsersMap(this, "users");
  public get users() {
    return this._users;
  }
  public putUsers(value: { [key: string]: MariadbUsers } | cdktn.IResolvable) {
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
      backup: mariadbBackupToTerraform(this._backup.internalValue),
      databases: cdktn.hashMapper(mariadbDatabasesToTerraform)(this._databases.internalValue),
      external: cdktn.booleanToTerraform(this._external),
      name: cdktn.stringToTerraform(this._name),
      namespace: cdktn.stringToTerraform(this._namespace),
      replicas: cdktn.numberToTerraform(this._replicas),
      resources: mariadbResourcesToTerraform(this._resources.internalValue),
      resources_preset: cdktn.stringToTerraform(this._resourcesPreset),
      size: cdktn.stringToTerraform(this._size),
      storage_class: cdktn.stringToTerraform(this._storageClass),
      timeouts: mariadbTimeoutsToTerraform(this._timeouts.internalValue),
      users: cdktn.hashMapper(mariadbUsersToTerraform)(this._users.internalValue),
      version: cdktn.stringToTerraform(this._version),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      backup: {
        value: mariadbBackupToHclTerraform(this._backup.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "MariadbBackup",
      },
      databases: {
        value: cdktn.hashMapperHcl(mariadbDatabasesToHclTerraform)(this._databases.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "MariadbDatabasesMap",
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
        value: mariadbResourcesToHclTerraform(this._resources.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "MariadbResources",
      },
      resources_preset: {
        value: cdktn.stringToHclTerraform(this._resourcesPreset),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
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
        value: mariadbTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "MariadbTimeouts",
      },
      users: {
        value: cdktn.hashMapperHcl(mariadbUsersToHclTerraform)(this._users.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "MariadbUsersMap",
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
