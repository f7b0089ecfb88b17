// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/mongodb
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface DataCozystackMongodbConfig extends cdktn.TerraformMetaArguments {
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/mongodb#name DataCozystackMongodb#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/mongodb#namespace DataCozystackMongodb#namespace}
   */
  readonly namespace?: string;
}
export interface DataCozystackMongodbBackup {}

export function dataCozystackMongodbBackupToTerraform(struct?: DataCozystackMongodbBackup): any {
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

export function dataCozystackMongodbBackupToHclTerraform(struct?: DataCozystackMongodbBackup): any {
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

export class DataCozystackMongodbBackupOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackMongodbBackup | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackMongodbBackup | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // destination_path - computed: true, optional: false, required: false
  public get destinationPath() {
    return this.getStringAttribute("destination_path");
  }

  // enabled - computed: true, optional: false, required: false
  public get enabled() {
    return this.getBooleanAttribute("enabled");
  }

  // endpoint_url - computed: true, optional: false, required: false
  public get endpointUrl() {
    return this.getStringAttribute("endpoint_url");
  }

  // retention_policy - computed: true, optional: false, required: false
  public get retentionPolicy() {
    return this.getStringAttribute("retention_policy");
  }

  // s3_access_key - computed: true, optional: false, required: false
  public get s3AccessKey() {
    return this.getStringAttribute("s3_access_key");
  }

  // s3_access_key_wo - computed: true, optional: false, required: false
  public get s3AccessKeyWo() {
    return this.getStringAttribute("s3_access_key_wo");
  }

  // s3_access_key_wo_version - computed: true, optional: false, required: false
  public get s3AccessKeyWoVersion() {
    return this.getNumberAttribute("s3_access_key_wo_version");
  }

  // s3_secret_key - computed: true, optional: false, required: false
  public get s3SecretKey() {
    return this.getStringAttribute("s3_secret_key");
  }

  // s3_secret_key_wo - computed: true, optional: false, required: false
  public get s3SecretKeyWo() {
    return this.getStringAttribute("s3_secret_key_wo");
  }

  // s3_secret_key_wo_version - computed: true, optional: false, required: false
  public get s3SecretKeyWoVersion() {
    return this.getNumberAttribute("s3_secret_key_wo_version");
  }

  // schedule - computed: true, optional: false, required: false
  public get schedule() {
    return this.getStringAttribute("schedule");
  }
}
export interface DataCozystackMongodbBootstrap {}

export function dataCozystackMongodbBootstrapToTerraform(struct?: DataCozystackMongodbBootstrap): any {
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

export function dataCozystackMongodbBootstrapToHclTerraform(struct?: DataCozystackMongodbBootstrap): any {
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

export class DataCozystackMongodbBootstrapOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackMongodbBootstrap | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackMongodbBootstrap | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // backup_name - computed: true, optional: false, required: false
  public get backupName() {
    return this.getStringAttribute("backup_name");
  }

  // enabled - computed: true, optional: false, required: false
  public get enabled() {
    return this.getBooleanAttribute("enabled");
  }

  // recovery_time - computed: true, optional: false, required: false
  public get recoveryTime() {
    return this.getStringAttribute("recovery_time");
  }
}
export interface DataCozystackMongodbConnection {}

export function dataCozystackMongodbConnectionToTerraform(struct?: DataCozystackMongodbConnection): any {
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

export function dataCozystackMongodbConnectionToHclTerraform(struct?: DataCozystackMongodbConnection): any {
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

export class DataCozystackMongodbConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackMongodbConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackMongodbConnection | undefined) {
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
export interface DataCozystackMongodbDatabasesRoles {}

export function dataCozystackMongodbDatabasesRolesToTerraform(
  struct?: DataCozystackMongodbDatabasesRoles,
): any {
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

export function dataCozystackMongodbDatabasesRolesToHclTerraform(
  struct?: DataCozystackMongodbDatabasesRoles,
): any {
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

export class DataCozystackMongodbDatabasesRolesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackMongodbDatabasesRoles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackMongodbDatabasesRoles | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // admin - computed: true, optional: false, required: false
  public get admin() {
    return this.getListAttribute("admin");
  }

  // readonly - computed: true, optional: false, required: false
  public get readonly() {
    return this.getListAttribute("readonly");
  }
}
export interface DataCozystackMongodbDatabases {}

export function dataCozystackMongodbDatabasesToTerraform(struct?: DataCozystackMongodbDatabases): any {
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

export function dataCozystackMongodbDatabasesToHclTerraform(struct?: DataCozystackMongodbDatabases): any {
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

export class DataCozystackMongodbDatabasesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

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

  public get internalValue(): DataCozystackMongodbDatabases | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackMongodbDatabases | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // roles - computed: true, optional: false, required: false
  private _roles = new DataCozystackMongodbDatabasesRolesOutputReference(this, "roles");
  public get roles() {
    return this._roles;
  }
}

export class DataCozystackMongodbDatabasesMap extends cdktn.ComplexMap {
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
  public get(key: string): DataCozystackMongodbDatabasesOutputReference {
    return new DataCozystackMongodbDatabasesOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      key,
    );
  }
}
export interface DataCozystackMongodbResources {}

export function dataCozystackMongodbResourcesToTerraform(struct?: DataCozystackMongodbResources): any {
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

export function dataCozystackMongodbResourcesToHclTerraform(struct?: DataCozystackMongodbResources): any {
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

export class DataCozystackMongodbResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackMongodbResources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackMongodbResources | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // cpu - computed: true, optional: false, required: false
  public get cpu() {
    return this.getStringAttribute("cpu");
  }

  // memory - computed: true, optional: false, required: false
  public get memory() {
    return this.getStringAttribute("memory");
  }
}
export interface DataCozystackMongodbShardingConfigShards {}

export function dataCozystackMongodbShardingConfigShardsToTerraform(
  struct?: DataCozystackMongodbShardingConfigShards,
): any {
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

export function dataCozystackMongodbShardingConfigShardsToHclTerraform(
  struct?: DataCozystackMongodbShardingConfigShards,
): any {
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

export class DataCozystackMongodbShardingConfigShardsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

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

  public get internalValue(): DataCozystackMongodbShardingConfigShards | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackMongodbShardingConfigShards | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute("name");
  }

  // replicas - computed: true, optional: false, required: false
  public get replicas() {
    return this.getNumberAttribute("replicas");
  }

  // size - computed: true, optional: false, required: false
  public get size() {
    return this.getStringAttribute("size");
  }
}

export class DataCozystackMongodbShardingConfigShardsList extends cdktn.ComplexList {
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
  public get(index: number): DataCozystackMongodbShardingConfigShardsOutputReference {
    return new DataCozystackMongodbShardingConfigShardsOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface DataCozystackMongodbShardingConfig {}

export function dataCozystackMongodbShardingConfigToTerraform(
  struct?: DataCozystackMongodbShardingConfig,
): any {
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

export function dataCozystackMongodbShardingConfigToHclTerraform(
  struct?: DataCozystackMongodbShardingConfig,
): any {
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

export class DataCozystackMongodbShardingConfigOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackMongodbShardingConfig | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackMongodbShardingConfig | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // config_server_size - computed: true, optional: false, required: false
  public get configServerSize() {
    return this.getStringAttribute("config_server_size");
  }

  // config_servers - computed: true, optional: false, required: false
  public get configServers() {
    return this.getNumberAttribute("config_servers");
  }

  // mongos - computed: true, optional: false, required: false
  public get mongos() {
    return this.getNumberAttribute("mongos");
  }

  // shards - computed: true, optional: false, required: false
  private _shards = new DataCozystackMongodbShardingConfigShardsList(this, "shards", false);
  public get shards() {
    return this._shards;
  }
}
export interface DataCozystackMongodbUsers {}

export function dataCozystackMongodbUsersToTerraform(struct?: DataCozystackMongodbUsers): any {
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

export function dataCozystackMongodbUsersToHclTerraform(struct?: DataCozystackMongodbUsers): any {
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

export class DataCozystackMongodbUsersOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

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

  public get internalValue(): DataCozystackMongodbUsers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackMongodbUsers | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // password - computed: true, optional: false, required: false
  public get password() {
    return this.getStringAttribute("password");
  }

  // password_wo - computed: true, optional: false, required: false
  public get passwordWo() {
    return this.getStringAttribute("password_wo");
  }

  // password_wo_version - computed: true, optional: false, required: false
  public get passwordWoVersion() {
    return this.getNumberAttribute("password_wo_version");
  }
}

export class DataCozystackMongodbUsersMap extends cdktn.ComplexMap {
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
  public get(key: string): DataCozystackMongodbUsersOutputReference {
    return new DataCozystackMongodbUsersOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}

/**
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/mongodb cozystack_mongodb}
 */
export class DataCozystackMongodb extends cdktn.TerraformDataSource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_mongodb";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a DataCozystackMongodb resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the DataCozystackMongodb to import
   * @param importFromId The id of the existing DataCozystackMongodb that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/mongodb#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the DataCozystackMongodb to import is found
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
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/mongodb cozystack_mongodb} Data Source
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options DataCozystackMongodbConfig
   */
  public constructor(scope: Construct, id: string, config: DataCozystackMongodbConfig) {
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
    this._name = config.name;
    this._namespace = config.namespace;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // backup - computed: true, optional: false, required: false
  private _backup = new DataCozystackMongodbBackupOutputReference(this, "backup");
  public get backup() {
    return this._backup;
  }

  // bootstrap - computed: true, optional: false, required: false
  private _bootstrap = new DataCozystackMongodbBootstrapOutputReference(this, "bootstrap");
  public get bootstrap() {
    return this._bootstrap;
  }

  // connection - computed: true, optional: false, required: false
  private _connection = new DataCozystackMongodbConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // databases - computed: true, optional: false, required: false
  private _databases = new DataCozystackMongodbDatabasesMap(this, "databases");
  public get databases() {
    return this._databases;
  }

  // external - computed: true, optional: false, required: false
  public get external() {
    return this.getBooleanAttribute("external");
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

  // replicas - computed: true, optional: false, required: false
  public get replicas() {
    return this.getNumberAttribute("replicas");
  }

  // resources - computed: true, optional: false, required: false
  private _resources = new DataCozystackMongodbResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }

  // resources_preset - computed: true, optional: false, required: false
  public get resourcesPreset() {
    return this.getStringAttribute("resources_preset");
  }

  // sharding - computed: true, optional: false, required: false
  public get sharding() {
    return this.getBooleanAttribute("sharding");
  }

  // sharding_config - computed: true, optional: false, required: false
  private _shardingConfig = new DataCozystackMongodbShardingConfigOutputReference(this, "sharding_config");
  public get shardingConfig() {
    return this._shardingConfig;
  }

  // size - computed: true, optional: false, required: false
  public get size() {
    return this.getStringAttribute("size");
  }

  // storage_class - computed: true, optional: false, required: false
  public get storageClass() {
    return this.getStringAttribute("storage_class");
  }

  // users - computed: true, optional: false, required: false
  private _users = new DataCozystackMongodbUsersMap(this, "users");
  public get users() {
    return this._users;
  }

  // version - computed: true, optional: false, required: false
  public get version() {
    return this.getStringAttribute("version");
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      name: cdktn.stringToTerraform(this._name),
      namespace: cdktn.stringToTerraform(this._namespace),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
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
    };

    // remove undefined attributes
    return Object.fromEntries(
      Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
    );
  }
}
