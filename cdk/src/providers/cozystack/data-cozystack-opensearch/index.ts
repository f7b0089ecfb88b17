// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/opensearch
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface DataCozystackOpensearchConfig extends cdktn.TerraformMetaArguments {
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/opensearch#name DataCozystackOpensearch#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/opensearch#namespace DataCozystackOpensearch#namespace}
   */
  readonly namespace?: string;
}
export interface DataCozystackOpensearchConnection {}

export function dataCozystackOpensearchConnectionToTerraform(
  struct?: DataCozystackOpensearchConnection,
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

export function dataCozystackOpensearchConnectionToHclTerraform(
  struct?: DataCozystackOpensearchConnection,
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

export class DataCozystackOpensearchConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackOpensearchConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackOpensearchConnection | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // dashboards_host - computed: true, optional: false, required: false
  public get dashboardsHost() {
    return this.getStringAttribute("dashboards_host");
  }

  // dashboards_port - computed: true, optional: false, required: false
  public get dashboardsPort() {
    return this.getNumberAttribute("dashboards_port");
  }

  // dashboards_uri - computed: true, optional: false, required: false
  public get dashboardsUri() {
    return this.getStringAttribute("dashboards_uri");
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
export interface DataCozystackOpensearchDashboardsResources {}

export function dataCozystackOpensearchDashboardsResourcesToTerraform(
  struct?: DataCozystackOpensearchDashboardsResources,
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

export function dataCozystackOpensearchDashboardsResourcesToHclTerraform(
  struct?: DataCozystackOpensearchDashboardsResources,
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

export class DataCozystackOpensearchDashboardsResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackOpensearchDashboardsResources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackOpensearchDashboardsResources | undefined) {
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
export interface DataCozystackOpensearchDashboards {}

export function dataCozystackOpensearchDashboardsToTerraform(
  struct?: DataCozystackOpensearchDashboards,
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

export function dataCozystackOpensearchDashboardsToHclTerraform(
  struct?: DataCozystackOpensearchDashboards,
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

export class DataCozystackOpensearchDashboardsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackOpensearchDashboards | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackOpensearchDashboards | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // enabled - computed: true, optional: false, required: false
  public get enabled() {
    return this.getBooleanAttribute("enabled");
  }

  // replicas - computed: true, optional: false, required: false
  public get replicas() {
    return this.getNumberAttribute("replicas");
  }

  // resources - computed: true, optional: false, required: false
  private _resources = new DataCozystackOpensearchDashboardsResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }

  // resources_preset - computed: true, optional: false, required: false
  public get resourcesPreset() {
    return this.getStringAttribute("resources_preset");
  }
}
export interface DataCozystackOpensearchImages {}

export function dataCozystackOpensearchImagesToTerraform(struct?: DataCozystackOpensearchImages): any {
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

export function dataCozystackOpensearchImagesToHclTerraform(struct?: DataCozystackOpensearchImages): any {
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

export class DataCozystackOpensearchImagesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackOpensearchImages | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackOpensearchImages | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // opensearch - computed: true, optional: false, required: false
  public get opensearch() {
    return this.getStringAttribute("opensearch");
  }
}
export interface DataCozystackOpensearchNodeRoles {}

export function dataCozystackOpensearchNodeRolesToTerraform(struct?: DataCozystackOpensearchNodeRoles): any {
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

export function dataCozystackOpensearchNodeRolesToHclTerraform(
  struct?: DataCozystackOpensearchNodeRoles,
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

export class DataCozystackOpensearchNodeRolesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackOpensearchNodeRoles | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackOpensearchNodeRoles | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // data - computed: true, optional: false, required: false
  public get data() {
    return this.getBooleanAttribute("data");
  }

  // ingest - computed: true, optional: false, required: false
  public get ingest() {
    return this.getBooleanAttribute("ingest");
  }

  // master - computed: true, optional: false, required: false
  public get master() {
    return this.getBooleanAttribute("master");
  }

  // ml - computed: true, optional: false, required: false
  public get ml() {
    return this.getBooleanAttribute("ml");
  }
}
export interface DataCozystackOpensearchResources {}

export function dataCozystackOpensearchResourcesToTerraform(struct?: DataCozystackOpensearchResources): any {
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

export function dataCozystackOpensearchResourcesToHclTerraform(
  struct?: DataCozystackOpensearchResources,
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

export class DataCozystackOpensearchResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackOpensearchResources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackOpensearchResources | undefined) {
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
export interface DataCozystackOpensearchUsers {}

export function dataCozystackOpensearchUsersToTerraform(struct?: DataCozystackOpensearchUsers): any {
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

export function dataCozystackOpensearchUsersToHclTerraform(struct?: DataCozystackOpensearchUsers): any {
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

export class DataCozystackOpensearchUsersOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataCozystackOpensearchUsers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackOpensearchUsers | undefined) {
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

  // roles - computed: true, optional: false, required: false
  public get roles() {
    return this.getListAttribute("roles");
  }
}

export class DataCozystackOpensearchUsersMap extends cdktn.ComplexMap {
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
  public get(key: string): DataCozystackOpensearchUsersOutputReference {
    return new DataCozystackOpensearchUsersOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      key,
    );
  }
}

/**
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/opensearch cozystack_opensearch}
 */
export class DataCozystackOpensearch extends cdktn.TerraformDataSource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_opensearch";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a DataCozystackOpensearch resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the DataCozystackOpensearch to import
   * @param importFromId The id of the existing DataCozystackOpensearch that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/opensearch#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the DataCozystackOpensearch to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack_opensearch",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/opensearch cozystack_opensearch} Data Source
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options DataCozystackOpensearchConfig
   */
  public constructor(scope: Construct, id: string, config: DataCozystackOpensearchConfig) {
    super(scope, id, {
      terraformResourceType: "cozystack_opensearch",
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

  // connection - computed: true, optional: false, required: false
  private _connection = new DataCozystackOpensearchConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // dashboards - computed: true, optional: false, required: false
  private _dashboards = new DataCozystackOpensearchDashboardsOutputReference(this, "dashboards");
  public get dashboards() {
    return this._dashboards;
  }

  // external - computed: true, optional: false, required: false
  public get external() {
    return this.getBooleanAttribute("external");
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute("id");
  }

  // images - computed: true, optional: false, required: false
  private _images = new DataCozystackOpensearchImagesOutputReference(this, "images");
  public get images() {
    return this._images;
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

  // node_roles - computed: true, optional: false, required: false
  private _nodeRoles = new DataCozystackOpensearchNodeRolesOutputReference(this, "node_roles");
  public get nodeRoles() {
    return this._nodeRoles;
  }

  // replicas - computed: true, optional: false, required: false
  public get replicas() {
    return this.getNumberAttribute("replicas");
  }

  // resources - computed: true, optional: false, required: false
  private _resources = new DataCozystackOpensearchResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }

  // resources_preset - computed: true, optional: false, required: false
  public get resourcesPreset() {
    return this.getStringAttribute("resources_preset");
  }

  // size - computed: true, optional: false, required: false
  public get size() {
    return this.getStringAttribute("size");
  }

  // storage_class - computed: true, optional: false, required: false
  public get storageClass() {
    return this.getStringAttribute("storage_class");
  }

  // topology_spread_policy - computed: true, optional: false, required: false
  public get topologySpreadPolicy() {
    return this.getStringAttribute("topology_spread_policy");
  }

  // users - computed: true, optional: false, required: false
  private _users = new DataCozystackOpensearchUsersMap(this, "users");
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
