// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/kubernetes_nodes
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface DataCozystackKubernetesNodesConfig extends cdktn.TerraformMetaArguments {
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/kubernetes_nodes#name DataCozystackKubernetesNodes#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/kubernetes_nodes#namespace DataCozystackKubernetesNodes#namespace}
   */
  readonly namespace?: string;
}
export interface DataCozystackKubernetesNodesConnection {}

export function dataCozystackKubernetesNodesConnectionToTerraform(
  struct?: DataCozystackKubernetesNodesConnection,
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

export function dataCozystackKubernetesNodesConnectionToHclTerraform(
  struct?: DataCozystackKubernetesNodesConnection,
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

export class DataCozystackKubernetesNodesConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesNodesConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesNodesConnection | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataCozystackKubernetesNodesGpus {}

export function dataCozystackKubernetesNodesGpusToTerraform(struct?: DataCozystackKubernetesNodesGpus): any {
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

export function dataCozystackKubernetesNodesGpusToHclTerraform(
  struct?: DataCozystackKubernetesNodesGpus,
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

export class DataCozystackKubernetesNodesGpusOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataCozystackKubernetesNodesGpus | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesNodesGpus | undefined) {
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
}

export class DataCozystackKubernetesNodesGpusList extends cdktn.ComplexList {
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
  public get(index: number): DataCozystackKubernetesNodesGpusOutputReference {
    return new DataCozystackKubernetesNodesGpusOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface DataCozystackKubernetesNodesImages {}

export function dataCozystackKubernetesNodesImagesToTerraform(
  struct?: DataCozystackKubernetesNodesImages,
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

export function dataCozystackKubernetesNodesImagesToHclTerraform(
  struct?: DataCozystackKubernetesNodesImages,
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

export class DataCozystackKubernetesNodesImagesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesNodesImages | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesNodesImages | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // kubectl - computed: true, optional: false, required: false
  public get kubectl() {
    return this.getStringAttribute("kubectl");
  }
}
export interface DataCozystackKubernetesNodesKubelet {}

export function dataCozystackKubernetesNodesKubeletToTerraform(
  struct?: DataCozystackKubernetesNodesKubelet,
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

export function dataCozystackKubernetesNodesKubeletToHclTerraform(
  struct?: DataCozystackKubernetesNodesKubelet,
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

export class DataCozystackKubernetesNodesKubeletOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesNodesKubelet | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesNodesKubelet | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // eviction_hard_memory - computed: true, optional: false, required: false
  public get evictionHardMemory() {
    return this.getStringAttribute("eviction_hard_memory");
  }

  // eviction_soft_memory - computed: true, optional: false, required: false
  public get evictionSoftMemory() {
    return this.getStringAttribute("eviction_soft_memory");
  }

  // kube_reserved_cpu - computed: true, optional: false, required: false
  public get kubeReservedCpu() {
    return this.getStringAttribute("kube_reserved_cpu");
  }

  // kube_reserved_memory - computed: true, optional: false, required: false
  public get kubeReservedMemory() {
    return this.getStringAttribute("kube_reserved_memory");
  }

  // system_reserved_cpu - computed: true, optional: false, required: false
  public get systemReservedCpu() {
    return this.getStringAttribute("system_reserved_cpu");
  }

  // system_reserved_memory - computed: true, optional: false, required: false
  public get systemReservedMemory() {
    return this.getStringAttribute("system_reserved_memory");
  }
}
export interface DataCozystackKubernetesNodesResources {}

export function dataCozystackKubernetesNodesResourcesToTerraform(
  struct?: DataCozystackKubernetesNodesResources,
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

export function dataCozystackKubernetesNodesResourcesToHclTerraform(
  struct?: DataCozystackKubernetesNodesResources,
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

export class DataCozystackKubernetesNodesResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesNodesResources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesNodesResources | undefined) {
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
export interface DataCozystackKubernetesNodesTalos {}

export function dataCozystackKubernetesNodesTalosToTerraform(
  struct?: DataCozystackKubernetesNodesTalos,
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

export function dataCozystackKubernetesNodesTalosToHclTerraform(
  struct?: DataCozystackKubernetesNodesTalos,
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

export class DataCozystackKubernetesNodesTalosOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesNodesTalos | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesNodesTalos | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // image_factory_url - computed: true, optional: false, required: false
  public get imageFactoryUrl() {
    return this.getStringAttribute("image_factory_url");
  }

  // installer_repository - computed: true, optional: false, required: false
  public get installerRepository() {
    return this.getStringAttribute("installer_repository");
  }

  // schematic_id - computed: true, optional: false, required: false
  public get schematicId() {
    return this.getStringAttribute("schematic_id");
  }

  // version - computed: true, optional: false, required: false
  public get version() {
    return this.getStringAttribute("version");
  }
}

/**
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/kubernetes_nodes cozystack_kubernetes_nodes}
 */
export class DataCozystackKubernetesNodes extends cdktn.TerraformDataSource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_kubernetes_nodes";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a DataCozystackKubernetesNodes resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the DataCozystackKubernetesNodes to import
   * @param importFromId The id of the existing DataCozystackKubernetesNodes that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/kubernetes_nodes#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the DataCozystackKubernetesNodes to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack_kubernetes_nodes",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/kubernetes_nodes cozystack_kubernetes_nodes} Data Source
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options DataCozystackKubernetesNodesConfig
   */
  public constructor(scope: Construct, id: string, config: DataCozystackKubernetesNodesConfig) {
    super(scope, id, {
      terraformResourceType: "cozystack_kubernetes_nodes",
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

  // cluster - computed: true, optional: false, required: false
  public get cluster() {
    return this.getStringAttribute("cluster");
  }

  // connection - computed: true, optional: false, required: false
  private _connection = new DataCozystackKubernetesNodesConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // disk_size - computed: true, optional: false, required: false
  public get diskSize() {
    return this.getStringAttribute("disk_size");
  }

  // gpus - computed: true, optional: false, required: false
  private _gpus = new DataCozystackKubernetesNodesGpusList(this, "gpus", false);
  public get gpus() {
    return this._gpus;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute("id");
  }

  // images - computed: true, optional: false, required: false
  private _images = new DataCozystackKubernetesNodesImagesOutputReference(this, "images");
  public get images() {
    return this._images;
  }

  // instance_type - computed: true, optional: false, required: false
  public get instanceType() {
    return this.getStringAttribute("instance_type");
  }

  // kubelet - computed: true, optional: false, required: false
  private _kubelet = new DataCozystackKubernetesNodesKubeletOutputReference(this, "kubelet");
  public get kubelet() {
    return this._kubelet;
  }

  // max_replicas - computed: true, optional: false, required: false
  public get maxReplicas() {
    return this.getNumberAttribute("max_replicas");
  }

  // max_unhealthy - computed: true, optional: false, required: false
  public get maxUnhealthy() {
    return this.getStringAttribute("max_unhealthy");
  }

  // min_replicas - computed: true, optional: false, required: false
  public get minReplicas() {
    return this.getNumberAttribute("min_replicas");
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

  // node_startup_timeout - computed: true, optional: false, required: false
  public get nodeStartupTimeout() {
    return this.getStringAttribute("node_startup_timeout");
  }

  // resources - computed: true, optional: false, required: false
  private _resources = new DataCozystackKubernetesNodesResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }

  // roles - computed: true, optional: false, required: false
  public get roles() {
    return this.getListAttribute("roles");
  }

  // storage_class - computed: true, optional: false, required: false
  public get storageClass() {
    return this.getStringAttribute("storage_class");
  }

  // talos - computed: true, optional: false, required: false
  private _talos = new DataCozystackKubernetesNodesTalosOutputReference(this, "talos");
  public get talos() {
    return this._talos;
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
