// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface PostgresConfig extends cdktn.TerraformMetaArguments {
  /**
   * Scheduled backups to S3-compatible storage.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#backup Postgres#backup}
   */
  readonly backup?: PostgresBackup;
  /**
   * Create the cluster by restoring a backup.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#bootstrap Postgres#bootstrap}
   */
  readonly bootstrap?: PostgresBootstrap;
  /**
   * Databases by name.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#databases Postgres#databases}
   */
  readonly databases?: { [key: string]: PostgresDatabases } | cdktn.IResolvable;
  /**
   * Expose the service outside the cluster through a LoadBalancer. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#external Postgres#external}
   */
  readonly external?: boolean | cdktn.IResolvable;
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#name Postgres#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#namespace Postgres#namespace}
   */
  readonly namespace?: string;
  /**
   * PostgreSQL server configuration.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#postgresql Postgres#postgresql}
   */
  readonly postgresql?: PostgresPostgresql;
  /**
   * Synchronous replication quorum.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#quorum Postgres#quorum}
   */
  readonly quorum?: PostgresQuorum;
  /**
   * How many PostgreSQL instances run; one is primary, the rest are replicas. Defaults to `2`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#replicas Postgres#replicas}
   */
  readonly replicas?: number;
  /**
   * CPU and memory for each instance; when set, it replaces the preset.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#resources Postgres#resources}
   */
  readonly resources?: PostgresResources;
  /**
   * Sizing preset for each instance when resources is not given. One of `t1.nano`, `t1.micro`, `t1.small`, `t1.medium`, `t1.large`, `t1.xlarge`, `t1.2xlarge`, `t1.4xlarge`, `c1.nano`, `c1.micro`, `c1.small`, `c1.medium`, `c1.large`, `c1.xlarge`, `c1.2xlarge`, `c1.4xlarge`, `s1.nano`, `s1.micro`, `s1.small`, `s1.medium`, `s1.large`, `s1.xlarge`, `s1.2xlarge`, `s1.4xlarge`, `u1.nano`, `u1.micro`, `u1.small`, `u1.medium`, `u1.large`, `u1.xlarge`, `u1.2xlarge`, `u1.4xlarge`, `m1.nano`, `m1.micro`, `m1.small`, `m1.medium`, `m1.large`, `m1.xlarge`, `m1.2xlarge`, `m1.4xlarge`, `nano`, `micro`, `small`, `medium`, `large`, `xlarge`, `2xlarge`. Defaults to `t1.micro`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#resources_preset Postgres#resources_preset}
   */
  readonly resourcesPreset?: string;
  /**
   * Size of the data volume of each instance. Defaults to `10Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#size Postgres#size}
   */
  readonly size?: string;
  /**
   * StorageClass for the persistent volumes; cannot change after creation. Defaults to ``. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#storage_class Postgres#storage_class}
   */
  readonly storageClass?: string;
  /**
   * How long to wait for the platform, as durations such as `30s`, `10m` or `1h`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#timeouts Postgres#timeouts}
   */
  readonly timeouts?: PostgresTimeouts;
  /**
   * Server certificate settings.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#tls Postgres#tls}
   */
  readonly tls?: PostgresTls;
  /**
   * Database users by name.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#users Postgres#users}
   */
  readonly users?: { [key: string]: PostgresUsers } | cdktn.IResolvable;
  /**
   * PostgreSQL major version. One of `v18`, `v17`, `v16`, `v15`, `v14`, `v13`. Defaults to `v18`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#version Postgres#version}
   */
  readonly version?: string;
}
export interface PostgresBackupEndpointCa {
  /**
   * Key holding the CA bundle; empty means ca.crt. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#key Postgres#key}
   */
  readonly key?: string;
  /**
   * Secret name in the application's namespace; empty trusts the system store. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#name Postgres#name}
   */
  readonly name?: string;
}

export function postgresBackupEndpointCaToTerraform(
  struct?: PostgresBackupEndpointCa | cdktn.IResolvable,
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
    name: cdktn.stringToTerraform(struct!.name),
  };
}

export function postgresBackupEndpointCaToHclTerraform(
  struct?: PostgresBackupEndpointCa | cdktn.IResolvable,
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
    name: {
      value: cdktn.stringToHclTerraform(struct!.name),
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

export class PostgresBackupEndpointCaOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): PostgresBackupEndpointCa | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PostgresBackupEndpointCa | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._name = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
      this._name = value.name;
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
}
export interface PostgresBackupS3CredentialsSecret {
  /**
   * Key holding the access key ID; empty means AWS_ACCESS_KEY_ID. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#access_key_id_key Postgres#access_key_id_key}
   */
  readonly accessKeyIdKey?: string;
  /**
   * Secret name in the application's namespace; empty uses s3AccessKey and s3SecretKey. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#name Postgres#name}
   */
  readonly name?: string;
  /**
   * Key holding the secret key; empty means AWS_SECRET_ACCESS_KEY. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#secret_access_key_key Postgres#secret_access_key_key}
   */
  readonly secretAccessKeyKey?: string;
}

export function postgresBackupS3CredentialsSecretToTerraform(
  struct?: PostgresBackupS3CredentialsSecret | cdktn.IResolvable,
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
    name: cdktn.stringToTerraform(struct!.name),
    secret_access_key_key: cdktn.stringToTerraform(struct!.secretAccessKeyKey),
  };
}

export function postgresBackupS3CredentialsSecretToHclTerraform(
  struct?: PostgresBackupS3CredentialsSecret | cdktn.IResolvable,
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
    name: {
      value: cdktn.stringToHclTerraform(struct!.name),
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

export class PostgresBackupS3CredentialsSecretOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): PostgresBackupS3CredentialsSecret | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._accessKeyIdKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessKeyIdKey = this._accessKeyIdKey;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._secretAccessKeyKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretAccessKeyKey = this._secretAccessKeyKey;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PostgresBackupS3CredentialsSecret | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._accessKeyIdKey = undefined;
      this._name = undefined;
      this._secretAccessKeyKey = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._accessKeyIdKey = value.accessKeyIdKey;
      this._name = value.name;
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
export interface PostgresBackup {
  /**
   * S3 path backups are written to. Defaults to `s3://bucket/path/to/folder/`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#destination_path Postgres#destination_path}
   */
  readonly destinationPath?: string;
  /**
   * Take regular backups. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#enabled Postgres#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * An existing Secret with the CA bundle of a self-signed S3 endpoint.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#endpoint_ca Postgres#endpoint_ca}
   */
  readonly endpointCa?: PostgresBackupEndpointCa;
  /**
   * S3 endpoint URL. Defaults to `http://minio-gateway-service:9000`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#endpoint_url Postgres#endpoint_url}
   */
  readonly endpointUrl?: string;
  /**
   * How long backups are kept, e.g. 30d. Defaults to `30d`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#retention_policy Postgres#retention_policy}
   */
  readonly retentionPolicy?: string;
  /**
   * S3 access key. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#s3_access_key Postgres#s3_access_key}
   */
  readonly s3AccessKey?: string;
  /**
   * Write-only form of `s3_access_key`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#s3_access_key_wo Postgres#s3_access_key_wo}
   */
  readonly s3AccessKeyWo?: string;
  /**
   * Set it with `s3_access_key_wo`; change it to send `s3_access_key_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#s3_access_key_wo_version Postgres#s3_access_key_wo_version}
   */
  readonly s3AccessKeyWoVersion?: number;
  /**
   * An existing Secret holding the S3 credentials.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#s3_credentials_secret Postgres#s3_credentials_secret}
   */
  readonly s3CredentialsSecret?: PostgresBackupS3CredentialsSecret;
  /**
   * S3 secret key. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#s3_secret_key Postgres#s3_secret_key}
   */
  readonly s3SecretKey?: string;
  /**
   * Write-only form of `s3_secret_key`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#s3_secret_key_wo Postgres#s3_secret_key_wo}
   */
  readonly s3SecretKeyWo?: string;
  /**
   * Set it with `s3_secret_key_wo`; change it to send `s3_secret_key_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#s3_secret_key_wo_version Postgres#s3_secret_key_wo_version}
   */
  readonly s3SecretKeyWoVersion?: number;
  /**
   * Cron schedule in CloudNativePG's six-field form; empty leaves scheduling to a BackupClass. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#schedule Postgres#schedule}
   */
  readonly schedule?: string;
  /**
   * Back up to the platform's system bucket through the cozy-default BackupClass instead of your own S3 settings. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#use_system_bucket Postgres#use_system_bucket}
   */
  readonly useSystemBucket?: boolean | cdktn.IResolvable;
}

export function postgresBackupToTerraform(struct?: PostgresBackup | cdktn.IResolvable): any {
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
    endpoint_ca: postgresBackupEndpointCaToTerraform(struct!.endpointCa),
    endpoint_url: cdktn.stringToTerraform(struct!.endpointUrl),
    retention_policy: cdktn.stringToTerraform(struct!.retentionPolicy),
    s3_access_key: cdktn.stringToTerraform(struct!.s3AccessKey),
    s3_access_key_wo: cdktn.stringToTerraform(struct!.s3AccessKeyWo),
    s3_access_key_wo_version: cdktn.numberToTerraform(struct!.s3AccessKeyWoVersion),
    s3_credentials_secret: postgresBackupS3CredentialsSecretToTerraform(struct!.s3CredentialsSecret),
    s3_secret_key: cdktn.stringToTerraform(struct!.s3SecretKey),
    s3_secret_key_wo: cdktn.stringToTerraform(struct!.s3SecretKeyWo),
    s3_secret_key_wo_version: cdktn.numberToTerraform(struct!.s3SecretKeyWoVersion),
    schedule: cdktn.stringToTerraform(struct!.schedule),
    use_system_bucket: cdktn.booleanToTerraform(struct!.useSystemBucket),
  };
}

export function postgresBackupToHclTerraform(struct?: PostgresBackup | cdktn.IResolvable): any {
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
    endpoint_ca: {
      value: postgresBackupEndpointCaToHclTerraform(struct!.endpointCa),
      isBlock: true,
      type: "struct",
      storageClassType: "PostgresBackupEndpointCa",
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
    s3_credentials_secret: {
      value: postgresBackupS3CredentialsSecretToHclTerraform(struct!.s3CredentialsSecret),
      isBlock: true,
      type: "struct",
      storageClassType: "PostgresBackupS3CredentialsSecret",
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

export class PostgresBackupOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): PostgresBackup | cdktn.IResolvable | undefined {
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
    if (this._endpointCa?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.endpointCa = this._endpointCa?.internalValue;
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
    if (this._s3CredentialsSecret?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.s3CredentialsSecret = this._s3CredentialsSecret?.internalValue;
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

  public set internalValue(value: PostgresBackup | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._destinationPath = undefined;
      this._enabled = undefined;
      this._endpointCa.internalValue = undefined;
      this._endpointUrl = undefined;
      this._retentionPolicy = undefined;
      this._s3AccessKey = undefined;
      this._s3AccessKeyWo = undefined;
      this._s3AccessKeyWoVersion = undefined;
      this._s3CredentialsSecret.internalValue = undefined;
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
      this._destinationPath = value.destinationPath;
      this._enabled = value.enabled;
      this._endpointCa.internalValue = value.endpointCa;
      this._endpointUrl = value.endpointUrl;
      this._retentionPolicy = value.retentionPolicy;
      this._s3AccessKey = value.s3AccessKey;
      this._s3AccessKeyWo = value.s3AccessKeyWo;
      this._s3AccessKeyWoVersion = value.s3AccessKeyWoVersion;
      this._s3CredentialsSecret.internalValue = value.s3CredentialsSecret;
      this._s3SecretKey = value.s3SecretKey;
      this._s3SecretKeyWo = value.s3SecretKeyWo;
      this._s3SecretKeyWoVersion = value.s3SecretKeyWoVersion;
      this._schedule = value.schedule;
      this._useSystemBucket = value.useSystemBucket;
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

  // endpoint_ca - computed: true, optional: true, required: false
  private _endpointCa = new PostgresBackupEndpointCaOutputReference(this, "endpoint_ca");
  public get endpointCa() {
    return this._endpointCa;
  }
  public putEndpointCa(value: PostgresBackupEndpointCa) {
    this._endpointCa.internalValue = value;
  }
  public resetEndpointCa() {
    this._endpointCa.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointCaInput() {
    return this._endpointCa.internalValue;
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

  // s3_credentials_secret - computed: true, optional: true, required: false
  private _s3CredentialsSecret = new PostgresBackupS3CredentialsSecretOutputReference(
    this,
    "s3_credentials_secret",
  );
  public get s3CredentialsSecret() {
    return this._s3CredentialsSecret;
  }
  public putS3CredentialsSecret(value: PostgresBackupS3CredentialsSecret) {
    this._s3CredentialsSecret.internalValue = value;
  }
  public resetS3CredentialsSecret() {
    this._s3CredentialsSecret.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get s3CredentialsSecretInput() {
    return this._s3CredentialsSecret.internalValue;
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
export interface PostgresBootstrap {
  /**
   * Restore from a backup when the cluster is created. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#enabled Postgres#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * Name of the cluster whose backup is restored. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#old_name Postgres#old_name}
   */
  readonly oldName?: string;
  /**
   * Point in time to recover to, in RFC 3339; empty means the latest. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#recovery_time Postgres#recovery_time}
   */
  readonly recoveryTime?: string;
  /**
   * Server name the old cluster wrote its backups under; empty means oldName. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#server_name Postgres#server_name}
   */
  readonly serverName?: string;
}

export function postgresBootstrapToTerraform(struct?: PostgresBootstrap | cdktn.IResolvable): any {
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
    old_name: cdktn.stringToTerraform(struct!.oldName),
    recovery_time: cdktn.stringToTerraform(struct!.recoveryTime),
    server_name: cdktn.stringToTerraform(struct!.serverName),
  };
}

export function postgresBootstrapToHclTerraform(struct?: PostgresBootstrap | cdktn.IResolvable): any {
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
    old_name: {
      value: cdktn.stringToHclTerraform(struct!.oldName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    recovery_time: {
      value: cdktn.stringToHclTerraform(struct!.recoveryTime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    server_name: {
      value: cdktn.stringToHclTerraform(struct!.serverName),
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

export class PostgresBootstrapOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): PostgresBootstrap | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._oldName !== undefined) {
      hasAnyValues = true;
      internalValueResult.oldName = this._oldName;
    }
    if (this._recoveryTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.recoveryTime = this._recoveryTime;
    }
    if (this._serverName !== undefined) {
      hasAnyValues = true;
      internalValueResult.serverName = this._serverName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PostgresBootstrap | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._oldName = undefined;
      this._recoveryTime = undefined;
      this._serverName = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._oldName = value.oldName;
      this._recoveryTime = value.recoveryTime;
      this._serverName = value.serverName;
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

  // old_name - computed: true, optional: true, required: false
  private _oldName?: string;
  public get oldName() {
    return this.getStringAttribute("old_name");
  }
  public set oldName(value: string) {
    this._oldName = value;
  }
  public resetOldName() {
    this._oldName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oldNameInput() {
    return this._oldName;
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

  // server_name - computed: true, optional: true, required: false
  private _serverName?: string;
  public get serverName() {
    return this.getStringAttribute("server_name");
  }
  public set serverName(value: string) {
    this._serverName = value;
  }
  public resetServerName() {
    this._serverName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverNameInput() {
    return this._serverName;
  }
}
export interface PostgresConnection {}

export function postgresConnectionToTerraform(struct?: PostgresConnection): any {
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

export function postgresConnectionToHclTerraform(struct?: PostgresConnection): any {
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

export class PostgresConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): PostgresConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PostgresConnection | undefined) {
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
}
export interface PostgresDatabasesRoles {
  /**
   * Users with full control of the database.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#admin Postgres#admin}
   */
  readonly admin?: string[];
  /**
   * Users that may only read.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#readonly Postgres#readonly}
   */
  readonly readonly?: string[];
}

export function postgresDatabasesRolesToTerraform(struct?: PostgresDatabasesRoles | cdktn.IResolvable): any {
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

export function postgresDatabasesRolesToHclTerraform(
  struct?: PostgresDatabasesRoles | cdktn.IResolvable,
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

export class PostgresDatabasesRolesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): PostgresDatabasesRoles | cdktn.IResolvable | undefined {
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

  public set internalValue(value: PostgresDatabasesRoles | cdktn.IResolvable | undefined) {
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
export interface PostgresDatabases {
  /**
   * PostgreSQL extensions to enable in this database.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#extensions Postgres#extensions}
   */
  readonly extensions?: string[];
  /**
   * Which users get which access to this database.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#roles Postgres#roles}
   */
  readonly roles?: PostgresDatabasesRoles;
}

export function postgresDatabasesToTerraform(struct?: PostgresDatabases | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    extensions: cdktn.listMapper(cdktn.stringToTerraform, false)(struct!.extensions),
    roles: postgresDatabasesRolesToTerraform(struct!.roles),
  };
}

export function postgresDatabasesToHclTerraform(struct?: PostgresDatabases | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    extensions: {
      value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct!.extensions),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    roles: {
      value: postgresDatabasesRolesToHclTerraform(struct!.roles),
      isBlock: true,
      type: "struct",
      storageClassType: "PostgresDatabasesRoles",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class PostgresDatabasesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): PostgresDatabases | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._extensions !== undefined) {
      hasAnyValues = true;
      internalValueResult.extensions = this._extensions;
    }
    if (this._roles?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.roles = this._roles?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PostgresDatabases | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._extensions = undefined;
      this._roles.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._extensions = value.extensions;
      this._roles.internalValue = value.roles;
    }
  }

  // extensions - computed: true, optional: true, required: false
  private _extensions?: string[];
  public get extensions() {
    return this.getListAttribute("extensions");
  }
  public set extensions(value: string[]) {
    this._extensions = value;
  }
  public resetExtensions() {
    this._extensions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get extensionsInput() {
    return this._extensions;
  }

  // roles - computed: true, optional: true, required: false
  private _roles = new PostgresDatabasesRolesOutputReference(this, "roles");
  public get roles() {
    return this._roles;
  }
  public putRoles(value: PostgresDatabasesRoles) {
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

export class PostgresDatabasesMap extends cdktn.ComplexMap {
  public internalValue?: { [key: string]: PostgresDatabases } | cdktn.IResolvable;

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
  public get(key: string): PostgresDatabasesOutputReference {
    return new PostgresDatabasesOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}
export interface PostgresPostgresql {
  /**
   * postgresql.conf parameters by name. Parameters that run code or that the operator manages are refused.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#parameters Postgres#parameters}
   */
  readonly parameters?: { [key: string]: string };
}

export function postgresPostgresqlToTerraform(struct?: PostgresPostgresql | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    parameters: cdktn.hashMapper(cdktn.stringToTerraform)(struct!.parameters),
  };
}

export function postgresPostgresqlToHclTerraform(struct?: PostgresPostgresql | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    parameters: {
      value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(struct!.parameters),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class PostgresPostgresqlOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): PostgresPostgresql | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._parameters !== undefined) {
      hasAnyValues = true;
      internalValueResult.parameters = this._parameters;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PostgresPostgresql | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._parameters = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._parameters = value.parameters;
    }
  }

  // parameters - computed: true, optional: true, required: false
  private _parameters?: { [key: string]: string };
  public get parameters() {
    return this.getStringMapAttribute("parameters");
  }
  public set parameters(value: { [key: string]: string }) {
    this._parameters = value;
  }
  public resetParameters() {
    this._parameters = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get parametersInput() {
    return this._parameters;
  }
}
export interface PostgresQuorum {
  /**
   * Most synchronous replicas; keep it below the number of replicas. Defaults to `0`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#max_sync_replicas Postgres#max_sync_replicas}
   */
  readonly maxSyncReplicas?: number;
  /**
   * Fewest synchronous replicas that must confirm a commit. Defaults to `0`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#min_sync_replicas Postgres#min_sync_replicas}
   */
  readonly minSyncReplicas?: number;
}

export function postgresQuorumToTerraform(struct?: PostgresQuorum | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    max_sync_replicas: cdktn.numberToTerraform(struct!.maxSyncReplicas),
    min_sync_replicas: cdktn.numberToTerraform(struct!.minSyncReplicas),
  };
}

export function postgresQuorumToHclTerraform(struct?: PostgresQuorum | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    max_sync_replicas: {
      value: cdktn.numberToHclTerraform(struct!.maxSyncReplicas),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    min_sync_replicas: {
      value: cdktn.numberToHclTerraform(struct!.minSyncReplicas),
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

export class PostgresQuorumOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): PostgresQuorum | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._maxSyncReplicas !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxSyncReplicas = this._maxSyncReplicas;
    }
    if (this._minSyncReplicas !== undefined) {
      hasAnyValues = true;
      internalValueResult.minSyncReplicas = this._minSyncReplicas;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PostgresQuorum | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._maxSyncReplicas = undefined;
      this._minSyncReplicas = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._maxSyncReplicas = value.maxSyncReplicas;
      this._minSyncReplicas = value.minSyncReplicas;
    }
  }

  // max_sync_replicas - computed: true, optional: true, required: false
  private _maxSyncReplicas?: number;
  public get maxSyncReplicas() {
    return this.getNumberAttribute("max_sync_replicas");
  }
  public set maxSyncReplicas(value: number) {
    this._maxSyncReplicas = value;
  }
  public resetMaxSyncReplicas() {
    this._maxSyncReplicas = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxSyncReplicasInput() {
    return this._maxSyncReplicas;
  }

  // min_sync_replicas - computed: true, optional: true, required: false
  private _minSyncReplicas?: number;
  public get minSyncReplicas() {
    return this.getNumberAttribute("min_sync_replicas");
  }
  public set minSyncReplicas(value: number) {
    this._minSyncReplicas = value;
  }
  public resetMinSyncReplicas() {
    this._minSyncReplicas = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minSyncReplicasInput() {
    return this._minSyncReplicas;
  }
}
export interface PostgresResources {
  /**
   * CPU cores available, e.g. 500m or 2.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#cpu Postgres#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory available, e.g. 512Mi or 4Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#memory Postgres#memory}
   */
  readonly memory?: string;
}

export function postgresResourcesToTerraform(struct?: PostgresResources | cdktn.IResolvable): any {
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

export function postgresResourcesToHclTerraform(struct?: PostgresResources | cdktn.IResolvable): any {
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

export class PostgresResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): PostgresResources | cdktn.IResolvable | undefined {
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

  public set internalValue(value: PostgresResources | cdktn.IResolvable | undefined) {
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
export interface PostgresTimeouts {
  /**
   * Wait for a new object to become ready.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#create Postgres#create}
   */
  readonly create?: string;
  /**
   * Wait for the object to be gone.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#delete Postgres#delete}
   */
  readonly delete?: string;
  /**
   * Wait for a changed object to become ready again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#update Postgres#update}
   */
  readonly update?: string;
}

export function postgresTimeoutsToTerraform(struct?: PostgresTimeouts | cdktn.IResolvable): any {
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

export function postgresTimeoutsToHclTerraform(struct?: PostgresTimeouts | cdktn.IResolvable): any {
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

export class PostgresTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): PostgresTimeouts | cdktn.IResolvable | undefined {
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

  public set internalValue(value: PostgresTimeouts | cdktn.IResolvable | undefined) {
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
export interface PostgresTls {
  /**
   * Add the external host name to the server certificate; when unset, this follows external.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#enabled Postgres#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
}

export function postgresTlsToTerraform(struct?: PostgresTls | cdktn.IResolvable): any {
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

export function postgresTlsToHclTerraform(struct?: PostgresTls | cdktn.IResolvable): any {
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

export class PostgresTlsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): PostgresTls | cdktn.IResolvable | undefined {
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

  public set internalValue(value: PostgresTls | cdktn.IResolvable | undefined) {
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
export interface PostgresUsers {
  /**
   * The user's password; generated by the platform when not given.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#password Postgres#password}
   */
  readonly password?: string;
  /**
   * Write-only form of `password`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#password_wo Postgres#password_wo}
   */
  readonly passwordWo?: string;
  /**
   * Set it with `password_wo`; change it to send `password_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#password_wo_version Postgres#password_wo_version}
   */
  readonly passwordWoVersion?: number;
  /**
   * Grant the REPLICATION privilege.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#replication Postgres#replication}
   */
  readonly replication?: boolean | cdktn.IResolvable;
}

export function postgresUsersToTerraform(struct?: PostgresUsers | cdktn.IResolvable): any {
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
    replication: cdktn.booleanToTerraform(struct!.replication),
  };
}

export function postgresUsersToHclTerraform(struct?: PostgresUsers | cdktn.IResolvable): any {
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
    replication: {
      value: cdktn.booleanToHclTerraform(struct!.replication),
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

export class PostgresUsersOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): PostgresUsers | cdktn.IResolvable | undefined {
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
    if (this._replication !== undefined) {
      hasAnyValues = true;
      internalValueResult.replication = this._replication;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PostgresUsers | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._password = undefined;
      this._passwordWo = undefined;
      this._passwordWoVersion = undefined;
      this._replication = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._password = value.password;
      this._passwordWo = value.passwordWo;
      this._passwordWoVersion = value.passwordWoVersion;
      this._replication = value.replication;
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

  // replication - computed: true, optional: true, required: false
  private _replication?: boolean | cdktn.IResolvable;
  public get replication() {
    return this.getBooleanAttribute("replication");
  }
  public set replication(value: boolean | cdktn.IResolvable) {
    this._replication = value;
  }
  public resetReplication() {
    this._replication = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replicationInput() {
    return this._replication;
  }
}

export class PostgresUsersMap extends cdktn.ComplexMap {
  public internalValue?: { [key: string]: PostgresUsers } | cdktn.IResolvable;

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
  public get(key: string): PostgresUsersOutputReference {
    return new PostgresUsersOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}

/**
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres cozystack_postgres}
 */
export class Postgres extends cdktn.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_postgres";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a Postgres resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the Postgres to import
   * @param importFromId The id of the existing Postgres that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the Postgres to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack_postgres",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/postgres cozystack_postgres} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options PostgresConfig
   */
  public constructor(scope: Construct, id: string, config: PostgresConfig) {
    super(scope, id, {
      terraformResourceType: "cozystack_postgres",
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
    this._postgresql.internalValue = config.postgresql;
    this._quorum.internalValue = config.quorum;
    this._replicas = config.replicas;
    this._resources.internalValue = config.resources;
    this._resourcesPreset = config.resourcesPreset;
    this._size = config.size;
    this._storageClass = config.storageClass;
    this._timeouts.internalValue = config.timeouts;
    this._tls.internalValue = config.tls;
    this._users.internalValue = config.users;
    this._version = config.version;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // backup - computed: true, optional: true, required: false
  private _backup = new PostgresBackupOutputReference(this, "backup");
  public get backup() {
    return this._backup;
  }
  public putBackup(value: PostgresBackup) {
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
  private _bootstrap = new PostgresBootstrapOutputReference(this, "bootstrap");
  public get bootstrap() {
    return this._bootstrap;
  }
  public putBootstrap(value: PostgresBootstrap) {
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
  private _connection = new PostgresConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // databases - computed: true, optional: true, required: false
  private _databases = new PostgresDatabasesMap(this, "databases");
  public get databases() {
    return this._databases;
  }
  public putDatabases(value: { [key: string]: PostgresDatabases } | cdktn.IResolvable) {
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

  // postgresql - computed: true, optional: true, required: false
  private _postgresql = new PostgresPostgresqlOutputReference(this, "postgresql");
  public get postgresql() {
    return this._postgresql;
  }
  public putPostgresql(value: PostgresPostgresql) {
    this._postgresql.internalValue = value;
  }
  public resetPostgresql() {
    this._postgresql.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get postgresqlInput() {
    return this._postgresql.internalValue;
  }

  // quorum - computed: true, optional: true, required: false
  private _quorum = new PostgresQuorumOutputReference(this, "quorum");
  public get quorum() {
    return this._quorum;
  }
  public putQuorum(value: PostgresQuorum) {
    this._quorum.internalValue = value;
  }
  public resetQuorum() {
    this._quorum.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get quorumInput() {
    return this._quorum.internalValue;
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
  private _resources = new PostgresResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: PostgresResources) {
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
  private _timeouts = new PostgresTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: PostgresTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // tls - computed: true, optional: true, required: false
  private _tls = new PostgresTlsOutputReference(this, "tls");
  public get tls() {
    return this._tls;
  }
  public putTls(value: PostgresTls) {
    this._tls.internalValue = value;
  }
  public resetTls() {
    this._tls.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsInput() {
    return this._tls.internalValue;
  }

  // users - computed: true, optional: true, required: false
  private _users = new PostgresUsersMap(this, "users");
  public get users() {
    return this._users;
  }
  public putUsers(value: { [key: string]: PostgresUsers } | cdktn.IResolvable) {
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
      backup: postgresBackupToTerraform(this._backup.internalValue),
      bootstrap: postgresBootstrapToTerraform(this._bootstrap.internalValue),
      databases: cdktn.hashMapper(postgresDatabasesToTerraform)(this._databases.internalValue),
      external: cdktn.booleanToTerraform(this._external),
      name: cdktn.stringToTerraform(this._name),
      namespace: cdktn.stringToTerraform(this._namespace),
      postgresql: postgresPostgresqlToTerraform(this._postgresql.internalValue),
      quorum: postgresQuorumToTerraform(this._quorum.internalValue),
      replicas: cdktn.numberToTerraform(this._replicas),
      resources: postgresResourcesToTerraform(this._resources.internalValue),
      resources_preset: cdktn.stringToTerraform(this._resourcesPreset),
      size: cdktn.stringToTerraform(this._size),
      storage_class: cdktn.stringToTerraform(this._storageClass),
      timeouts: postgresTimeoutsToTerraform(this._timeouts.internalValue),
      tls: postgresTlsToTerraform(this._tls.internalValue),
      users: cdktn.hashMapper(postgresUsersToTerraform)(this._users.internalValue),
      version: cdktn.stringToTerraform(this._version),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      backup: {
        value: postgresBackupToHclTerraform(this._backup.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "PostgresBackup",
      },
      bootstrap: {
        value: postgresBootstrapToHclTerraform(this._bootstrap.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "PostgresBootstrap",
      },
      databases: {
        value: cdktn.hashMapperHcl(postgresDatabasesToHclTerraform)(this._databases.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "PostgresDatabasesMap",
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
      postgresql: {
        value: postgresPostgresqlToHclTerraform(this._postgresql.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "PostgresPostgresql",
      },
      quorum: {
        value: postgresQuorumToHclTerraform(this._quorum.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "PostgresQuorum",
      },
      replicas: {
        value: cdktn.numberToHclTerraform(this._replicas),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      resources: {
        value: postgresResourcesToHclTerraform(this._resources.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "PostgresResources",
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
        value: postgresTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "PostgresTimeouts",
      },
      tls: {
        value: postgresTlsToHclTerraform(this._tls.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "PostgresTls",
      },
      users: {
        value: cdktn.hashMapperHcl(postgresUsersToHclTerraform)(this._users.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "PostgresUsersMap",
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
