// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface KubernetesNodesConfig extends cdktn.TerraformMetaArguments {
  /**
   * Name of the Kubernetes cluster in the same namespace that the pool joins; the pool must be named <cluster>-<pool>. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#cluster KubernetesNodes#cluster}
   */
  readonly cluster?: string;
  /**
   * Size of each worker's system disk, which holds the OS, images and local volumes. Defaults to `20Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#disk_size KubernetesNodes#disk_size}
   */
  readonly diskSize?: string;
  /**
   * GPUs passed through to each worker; NVIDIA drivers need at least 4 GiB of memory.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#gpus KubernetesNodes#gpus}
   */
  readonly gpus?: KubernetesNodesGpus[] | cdktn.IResolvable;
  /**
   * Image overrides for air-gapped or rate-limited registries.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#images KubernetesNodes#images}
   */
  readonly images?: KubernetesNodesImages;
  /**
   * KubeVirt instance type that sizes each worker VM. Defaults to `u1.medium`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#instance_type KubernetesNodes#instance_type}
   */
  readonly instanceType?: string;
  /**
   * Resources the kubelet keeps back on each worker, and its memory eviction thresholds.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#kubelet KubernetesNodes#kubelet}
   */
  readonly kubelet?: KubernetesNodesKubelet;
  /**
   * Most workers the autoscaler may run in the pool. Defaults to `10`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#max_replicas KubernetesNodes#max_replicas}
   */
  readonly maxReplicas?: number;
  /**
   * How many workers, as a number or a percentage, may be unhealthy before repairs pause. Defaults to `50%`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#max_unhealthy KubernetesNodes#max_unhealthy}
   */
  readonly maxUnhealthy?: string;
  /**
   * Fewest workers the autoscaler keeps in the pool. Defaults to `0`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#min_replicas KubernetesNodes#min_replicas}
   */
  readonly minReplicas?: number;
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#name KubernetesNodes#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#namespace KubernetesNodes#namespace}
   */
  readonly namespace?: string;
  /**
   * How long a new worker may take to become Ready before it is replaced, e.g. 10m. Defaults to `10m`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#node_startup_timeout KubernetesNodes#node_startup_timeout}
   */
  readonly nodeStartupTimeout?: string;
  /**
   * Explicit CPU and memory of each worker instead of the instance type; set both or neither.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#resources KubernetesNodes#resources}
   */
  readonly resources?: KubernetesNodesResources;
  /**
   * Node roles; each adds the label node-role.kubernetes.io/<role> to the workers.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#roles KubernetesNodes#roles}
   */
  readonly roles?: string[];
  /**
   * StorageClass of the workers' system disks; it must offer ReadWriteMany, so prefer a replicated class. Defaults to `replicated`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#storage_class KubernetesNodes#storage_class}
   */
  readonly storageClass?: string;
  /**
   * Talos OS image of the workers; keep it in line with the cluster's own settings.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#talos KubernetesNodes#talos}
   */
  readonly talos?: KubernetesNodesTalos;
  /**
   * How long to wait for the platform, as durations such as `30s`, `10m` or `1h`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#timeouts KubernetesNodes#timeouts}
   */
  readonly timeouts?: KubernetesNodesTimeouts;
  /**
   * Kubernetes minor version of the workers; must match the cluster's. One of `v1.35`, `v1.34`, `v1.33`, `v1.32`, `v1.31`. Defaults to `v1.35`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#version KubernetesNodes#version}
   */
  readonly version?: string;
}
export interface KubernetesNodesConnection {}

export function kubernetesNodesConnectionToTerraform(struct?: KubernetesNodesConnection): any {
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

export function kubernetesNodesConnectionToHclTerraform(struct?: KubernetesNodesConnection): any {
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

export class KubernetesNodesConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesNodesConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesNodesConnection | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface KubernetesNodesGpus {
  /**
   * GPU resource name, e.g. nvidia.com/AD102GL_L40S.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#name KubernetesNodes#name}
   */
  readonly name: string;
}

export function kubernetesNodesGpusToTerraform(struct?: KubernetesNodesGpus | cdktn.IResolvable): any {
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
  };
}

export function kubernetesNodesGpusToHclTerraform(struct?: KubernetesNodesGpus | cdktn.IResolvable): any {
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
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesNodesGpusOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): KubernetesNodesGpus | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesNodesGpus | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
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
}

export class KubernetesNodesGpusList extends cdktn.ComplexList {
  public internalValue?: KubernetesNodesGpus[] | cdktn.IResolvable;

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
  public get(index: number): KubernetesNodesGpusOutputReference {
    return new KubernetesNodesGpusOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface KubernetesNodesImages {
  /**
   * kubectl image of the Talos reconcile job; empty uses the built-in one. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#kubectl KubernetesNodes#kubectl}
   */
  readonly kubectl?: string;
}

export function kubernetesNodesImagesToTerraform(struct?: KubernetesNodesImages | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    kubectl: cdktn.stringToTerraform(struct!.kubectl),
  };
}

export function kubernetesNodesImagesToHclTerraform(struct?: KubernetesNodesImages | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    kubectl: {
      value: cdktn.stringToHclTerraform(struct!.kubectl),
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

export class KubernetesNodesImagesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesNodesImages | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._kubectl !== undefined) {
      hasAnyValues = true;
      internalValueResult.kubectl = this._kubectl;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesNodesImages | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._kubectl = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._kubectl = value.kubectl;
    }
  }

  // kubectl - computed: true, optional: true, required: false
  private _kubectl?: string;
  public get kubectl() {
    return this.getStringAttribute("kubectl");
  }
  public set kubectl(value: string) {
    this._kubectl = value;
  }
  public resetKubectl() {
    this._kubectl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kubectlInput() {
    return this._kubectl;
  }
}
export interface KubernetesNodesKubelet {
  /**
   * Free memory below which pods are evicted at once, e.g. 7% or 200Mi. Defaults to `7%`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#eviction_hard_memory KubernetesNodes#eviction_hard_memory}
   */
  readonly evictionHardMemory?: string;
  /**
   * Free memory below which pods are evicted after a grace period, e.g. 10% or 1Gi. Defaults to `10%`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#eviction_soft_memory KubernetesNodes#eviction_soft_memory}
   */
  readonly evictionSoftMemory?: string;
  /**
   * CPU kept for the kubelet and container runtime; computed from the size when empty.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#kube_reserved_cpu KubernetesNodes#kube_reserved_cpu}
   */
  readonly kubeReservedCpu?: string;
  /**
   * Memory kept for the kubelet and container runtime; computed from the size when empty.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#kube_reserved_memory KubernetesNodes#kube_reserved_memory}
   */
  readonly kubeReservedMemory?: string;
  /**
   * CPU kept for the operating system; computed from the size when empty.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#system_reserved_cpu KubernetesNodes#system_reserved_cpu}
   */
  readonly systemReservedCpu?: string;
  /**
   * Memory kept for the operating system; computed from the size when empty.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#system_reserved_memory KubernetesNodes#system_reserved_memory}
   */
  readonly systemReservedMemory?: string;
}

export function kubernetesNodesKubeletToTerraform(struct?: KubernetesNodesKubelet | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    eviction_hard_memory: cdktn.stringToTerraform(struct!.evictionHardMemory),
    eviction_soft_memory: cdktn.stringToTerraform(struct!.evictionSoftMemory),
    kube_reserved_cpu: cdktn.stringToTerraform(struct!.kubeReservedCpu),
    kube_reserved_memory: cdktn.stringToTerraform(struct!.kubeReservedMemory),
    system_reserved_cpu: cdktn.stringToTerraform(struct!.systemReservedCpu),
    system_reserved_memory: cdktn.stringToTerraform(struct!.systemReservedMemory),
  };
}

export function kubernetesNodesKubeletToHclTerraform(
  struct?: KubernetesNodesKubelet | cdktn.IResolvable,
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
    eviction_hard_memory: {
      value: cdktn.stringToHclTerraform(struct!.evictionHardMemory),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    eviction_soft_memory: {
      value: cdktn.stringToHclTerraform(struct!.evictionSoftMemory),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    kube_reserved_cpu: {
      value: cdktn.stringToHclTerraform(struct!.kubeReservedCpu),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    kube_reserved_memory: {
      value: cdktn.stringToHclTerraform(struct!.kubeReservedMemory),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    system_reserved_cpu: {
      value: cdktn.stringToHclTerraform(struct!.systemReservedCpu),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    system_reserved_memory: {
      value: cdktn.stringToHclTerraform(struct!.systemReservedMemory),
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

export class KubernetesNodesKubeletOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesNodesKubelet | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._evictionHardMemory !== undefined) {
      hasAnyValues = true;
      internalValueResult.evictionHardMemory = this._evictionHardMemory;
    }
    if (this._evictionSoftMemory !== undefined) {
      hasAnyValues = true;
      internalValueResult.evictionSoftMemory = this._evictionSoftMemory;
    }
    if (this._kubeReservedCpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.kubeReservedCpu = this._kubeReservedCpu;
    }
    if (this._kubeReservedMemory !== undefined) {
      hasAnyValues = true;
      internalValueResult.kubeReservedMemory = this._kubeReservedMemory;
    }
    if (this._systemReservedCpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.systemReservedCpu = this._systemReservedCpu;
    }
    if (this._systemReservedMemory !== undefined) {
      hasAnyValues = true;
      internalValueResult.systemReservedMemory = this._systemReservedMemory;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesNodesKubelet | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._evictionHardMemory = undefined;
      this._evictionSoftMemory = undefined;
      this._kubeReservedCpu = undefined;
      this._kubeReservedMemory = undefined;
      this._systemReservedCpu = undefined;
      this._systemReservedMemory = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._evictionHardMemory = value.evictionHardMemory;
      this._evictionSoftMemory = value.evictionSoftMemory;
      this._kubeReservedCpu = value.kubeReservedCpu;
      this._kubeReservedMemory = value.kubeReservedMemory;
      this._systemReservedCpu = value.systemReservedCpu;
      this._systemReservedMemory = value.systemReservedMemory;
    }
  }

  // eviction_hard_memory - computed: true, optional: true, required: false
  private _evictionHardMemory?: string;
  public get evictionHardMemory() {
    return this.getStringAttribute("eviction_hard_memory");
  }
  public set evictionHardMemory(value: string) {
    this._evictionHardMemory = value;
  }
  public resetEvictionHardMemory() {
    this._evictionHardMemory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get evictionHardMemoryInput() {
    return this._evictionHardMemory;
  }

  // eviction_soft_memory - computed: true, optional: true, required: false
  private _evictionSoftMemory?: string;
  public get evictionSoftMemory() {
    return this.getStringAttribute("eviction_soft_memory");
  }
  public set evictionSoftMemory(value: string) {
    this._evictionSoftMemory = value;
  }
  public resetEvictionSoftMemory() {
    this._evictionSoftMemory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get evictionSoftMemoryInput() {
    return this._evictionSoftMemory;
  }

  // kube_reserved_cpu - computed: true, optional: true, required: false
  private _kubeReservedCpu?: string;
  public get kubeReservedCpu() {
    return this.getStringAttribute("kube_reserved_cpu");
  }
  public set kubeReservedCpu(value: string) {
    this._kubeReservedCpu = value;
  }
  public resetKubeReservedCpu() {
    this._kubeReservedCpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kubeReservedCpuInput() {
    return this._kubeReservedCpu;
  }

  // kube_reserved_memory - computed: true, optional: true, required: false
  private _kubeReservedMemory?: string;
  public get kubeReservedMemory() {
    return this.getStringAttribute("kube_reserved_memory");
  }
  public set kubeReservedMemory(value: string) {
    this._kubeReservedMemory = value;
  }
  public resetKubeReservedMemory() {
    this._kubeReservedMemory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kubeReservedMemoryInput() {
    return this._kubeReservedMemory;
  }

  // system_reserved_cpu - computed: true, optional: true, required: false
  private _systemReservedCpu?: string;
  public get systemReservedCpu() {
    return this.getStringAttribute("system_reserved_cpu");
  }
  public set systemReservedCpu(value: string) {
    this._systemReservedCpu = value;
  }
  public resetSystemReservedCpu() {
    this._systemReservedCpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get systemReservedCpuInput() {
    return this._systemReservedCpu;
  }

  // system_reserved_memory - computed: true, optional: true, required: false
  private _systemReservedMemory?: string;
  public get systemReservedMemory() {
    return this.getStringAttribute("system_reserved_memory");
  }
  public set systemReservedMemory(value: string) {
    this._systemReservedMemory = value;
  }
  public resetSystemReservedMemory() {
    this._systemReservedMemory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get systemReservedMemoryInput() {
    return this._systemReservedMemory;
  }
}
export interface KubernetesNodesResources {
  /**
   * CPU cores of each worker, e.g. 4.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#cpu KubernetesNodes#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory of each worker, e.g. 8Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#memory KubernetesNodes#memory}
   */
  readonly memory?: string;
}

export function kubernetesNodesResourcesToTerraform(
  struct?: KubernetesNodesResources | cdktn.IResolvable,
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
    cpu: cdktn.stringToTerraform(struct!.cpu),
    memory: cdktn.stringToTerraform(struct!.memory),
  };
}

export function kubernetesNodesResourcesToHclTerraform(
  struct?: KubernetesNodesResources | cdktn.IResolvable,
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

export class KubernetesNodesResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesNodesResources | cdktn.IResolvable | undefined {
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

  public set internalValue(value: KubernetesNodesResources | cdktn.IResolvable | undefined) {
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
export interface KubernetesNodesTalos {
  /**
   * Base URL of the Talos Image Factory serving the worker disk image, without a trailing slash. Defaults to `https://factory.talos.dev`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#image_factory_url KubernetesNodes#image_factory_url}
   */
  readonly imageFactoryUrl?: string;
  /**
   * OCI repository of the Talos installer used for upgrades, without a trailing slash. Defaults to `factory.talos.dev/installer`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#installer_repository KubernetesNodes#installer_repository}
   */
  readonly installerRepository?: string;
  /**
   * Image Factory schematic ID; change it to add system extensions or kernel arguments. Defaults to `ce4c980550dd2ab1b17bbf2b08801c7eb59418eafe8f279833297925d67c7515`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#schematic_id KubernetesNodes#schematic_id}
   */
  readonly schematicId?: string;
  /**
   * Talos release of the worker image and installer. Defaults to `v1.13.6`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#version KubernetesNodes#version}
   */
  readonly version?: string;
}

export function kubernetesNodesTalosToTerraform(struct?: KubernetesNodesTalos | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    image_factory_url: cdktn.stringToTerraform(struct!.imageFactoryUrl),
    installer_repository: cdktn.stringToTerraform(struct!.installerRepository),
    schematic_id: cdktn.stringToTerraform(struct!.schematicId),
    version: cdktn.stringToTerraform(struct!.version),
  };
}

export function kubernetesNodesTalosToHclTerraform(struct?: KubernetesNodesTalos | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    image_factory_url: {
      value: cdktn.stringToHclTerraform(struct!.imageFactoryUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    installer_repository: {
      value: cdktn.stringToHclTerraform(struct!.installerRepository),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    schematic_id: {
      value: cdktn.stringToHclTerraform(struct!.schematicId),
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

export class KubernetesNodesTalosOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesNodesTalos | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._imageFactoryUrl !== undefined) {
      hasAnyValues = true;
      internalValueResult.imageFactoryUrl = this._imageFactoryUrl;
    }
    if (this._installerRepository !== undefined) {
      hasAnyValues = true;
      internalValueResult.installerRepository = this._installerRepository;
    }
    if (this._schematicId !== undefined) {
      hasAnyValues = true;
      internalValueResult.schematicId = this._schematicId;
    }
    if (this._version !== undefined) {
      hasAnyValues = true;
      internalValueResult.version = this._version;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesNodesTalos | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._imageFactoryUrl = undefined;
      this._installerRepository = undefined;
      this._schematicId = undefined;
      this._version = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._imageFactoryUrl = value.imageFactoryUrl;
      this._installerRepository = value.installerRepository;
      this._schematicId = value.schematicId;
      this._version = value.version;
    }
  }

  // image_factory_url - computed: true, optional: true, required: false
  private _imageFactoryUrl?: string;
  public get imageFactoryUrl() {
    return this.getStringAttribute("image_factory_url");
  }
  public set imageFactoryUrl(value: string) {
    this._imageFactoryUrl = value;
  }
  public resetImageFactoryUrl() {
    this._imageFactoryUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageFactoryUrlInput() {
    return this._imageFactoryUrl;
  }

  // installer_repository - computed: true, optional: true, required: false
  private _installerRepository?: string;
  public get installerRepository() {
    return this.getStringAttribute("installer_repository");
  }
  public set installerRepository(value: string) {
    this._installerRepository = value;
  }
  public resetInstallerRepository() {
    this._installerRepository = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get installerRepositoryInput() {
    return this._installerRepository;
  }

  // schematic_id - computed: true, optional: true, required: false
  private _schematicId?: string;
  public get schematicId() {
    return this.getStringAttribute("schematic_id");
  }
  public set schematicId(value: string) {
    this._schematicId = value;
  }
  public resetSchematicId() {
    this._schematicId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get schematicIdInput() {
    return this._schematicId;
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
export interface KubernetesNodesTimeouts {
  /**
   * Wait for a new object to become ready.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#create KubernetesNodes#create}
   */
  readonly create?: string;
  /**
   * Wait for the object to be gone.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#delete KubernetesNodes#delete}
   */
  readonly delete?: string;
  /**
   * Wait for a changed object to become ready again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#update KubernetesNodes#update}
   */
  readonly update?: string;
}

export function kubernetesNodesTimeoutsToTerraform(
  struct?: KubernetesNodesTimeouts | cdktn.IResolvable,
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
    create: cdktn.stringToTerraform(struct!.create),
    delete: cdktn.stringToTerraform(struct!.delete),
    update: cdktn.stringToTerraform(struct!.update),
  };
}

export function kubernetesNodesTimeoutsToHclTerraform(
  struct?: KubernetesNodesTimeouts | cdktn.IResolvable,
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

export class KubernetesNodesTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesNodesTimeouts | cdktn.IResolvable | undefined {
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

  public set internalValue(value: KubernetesNodesTimeouts | cdktn.IResolvable | undefined) {
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
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes cozystack_kubernetes_nodes}
 */
export class KubernetesNodes extends cdktn.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_kubernetes_nodes";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a KubernetesNodes resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the KubernetesNodes to import
   * @param importFromId The id of the existing KubernetesNodes that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the KubernetesNodes to import is found
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
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes_nodes cozystack_kubernetes_nodes} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options KubernetesNodesConfig
   */
  public constructor(scope: Construct, id: string, config: KubernetesNodesConfig) {
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
    this._cluster = config.cluster;
    this._diskSize = config.diskSize;
    this._gpus.internalValue = config.gpus;
    this._images.internalValue = config.images;
    this._instanceType = config.instanceType;
    this._kubelet.internalValue = config.kubelet;
    this._maxReplicas = config.maxReplicas;
    this._maxUnhealthy = config.maxUnhealthy;
    this._minReplicas = config.minReplicas;
    this._name = config.name;
    this._namespace = config.namespace;
    this._nodeStartupTimeout = config.nodeStartupTimeout;
    this._resources.internalValue = config.resources;
    this._roles = config.roles;
    this._storageClass = config.storageClass;
    this._talos.internalValue = config.talos;
    this._timeouts.internalValue = config.timeouts;
    this._version = config.version;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cluster - computed: true, optional: true, required: false
  private _cluster?: string;
  public get cluster() {
    return this.getStringAttribute("cluster");
  }
  public set cluster(value: string) {
    this._cluster = value;
  }
  public resetCluster() {
    this._cluster = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clusterInput() {
    return this._cluster;
  }

  // connection - computed: true, optional: false, required: false
  private _connection = new KubernetesNodesConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // disk_size - computed: true, optional: true, required: false
  private _diskSize?: string;
  public get diskSize() {
    return this.getStringAttribute("disk_size");
  }
  public set diskSize(value: string) {
    this._diskSize = value;
  }
  public resetDiskSize() {
    this._diskSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskSizeInput() {
    return this._diskSize;
  }

  // gpus - computed: true, optional: true, required: false
  private _gpus = new KubernetesNodesGpusList(this, "gpus", false);
  public get gpus() {
    return this._gpus;
  }
  public putGpus(value: KubernetesNodesGpus[] | cdktn.IResolvable) {
    this._gpus.internalValue = value;
  }
  public resetGpus() {
    this._gpus.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gpusInput() {
    return this._gpus.internalValue;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute("id");
  }

  // images - computed: true, optional: true, required: false
  private _images = new KubernetesNodesImagesOutputReference(this, "images");
  public get images() {
    return this._images;
  }
  public putImages(value: KubernetesNodesImages) {
    this._images.internalValue = value;
  }
  public resetImages() {
    this._images.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imagesInput() {
    return this._images.internalValue;
  }

  // instance_type - computed: true, optional: true, required: false
  private _instanceType?: string;
  public get instanceType() {
    return this.getStringAttribute("instance_type");
  }
  public set instanceType(value: string) {
    this._instanceType = value;
  }
  public resetInstanceType() {
    this._instanceType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get instanceTypeInput() {
    return this._instanceType;
  }

  // kubelet - computed: true, optional: true, required: false
  private _kubelet = new KubernetesNodesKubeletOutputReference(this, "kubelet");
  public get kubelet() {
    return this._kubelet;
  }
  public putKubelet(value: KubernetesNodesKubelet) {
    this._kubelet.internalValue = value;
  }
  public resetKubelet() {
    this._kubelet.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kubeletInput() {
    return this._kubelet.internalValue;
  }

  // max_replicas - computed: true, optional: true, required: false
  private _maxReplicas?: number;
  public get maxReplicas() {
    return this.getNumberAttribute("max_replicas");
  }
  public set maxReplicas(value: number) {
    this._maxReplicas = value;
  }
  public resetMaxReplicas() {
    this._maxReplicas = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxReplicasInput() {
    return this._maxReplicas;
  }

  // max_unhealthy - computed: true, optional: true, required: false
  private _maxUnhealthy?: string;
  public get maxUnhealthy() {
    return this.getStringAttribute("max_unhealthy");
  }
  public set maxUnhealthy(value: string) {
    this._maxUnhealthy = value;
  }
  public resetMaxUnhealthy() {
    this._maxUnhealthy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxUnhealthyInput() {
    return this._maxUnhealthy;
  }

  // min_replicas - computed: true, optional: true, required: false
  private _minReplicas?: number;
  public get minReplicas() {
    return this.getNumberAttribute("min_replicas");
  }
  public set minReplicas(value: number) {
    this._minReplicas = value;
  }
  public resetMinReplicas() {
    this._minReplicas = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minReplicasInput() {
    return this._minReplicas;
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

  // node_startup_timeout - computed: true, optional: true, required: false
  private _nodeStartupTimeout?: string;
  public get nodeStartupTimeout() {
    return this.getStringAttribute("node_startup_timeout");
  }
  public set nodeStartupTimeout(value: string) {
    this._nodeStartupTimeout = value;
  }
  public resetNodeStartupTimeout() {
    this._nodeStartupTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nodeStartupTimeoutInput() {
    return this._nodeStartupTimeout;
  }

  // resources - computed: true, optional: true, required: false
  private _resources = new KubernetesNodesResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: KubernetesNodesResources) {
    this._resources.internalValue = value;
  }
  public resetResources() {
    this._resources.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourcesInput() {
    return this._resources.internalValue;
  }

  // roles - computed: true, optional: true, required: false
  private _roles?: string[];
  public get roles() {
    return this.getListAttribute("roles");
  }
  public set roles(value: string[]) {
    this._roles = value;
  }
  public resetRoles() {
    this._roles = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rolesInput() {
    return this._roles;
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

  // talos - computed: true, optional: true, required: false
  private _talos = new KubernetesNodesTalosOutputReference(this, "talos");
  public get talos() {
    return this._talos;
  }
  public putTalos(value: KubernetesNodesTalos) {
    this._talos.internalValue = value;
  }
  public resetTalos() {
    this._talos.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get talosInput() {
    return this._talos.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new KubernetesNodesTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: KubernetesNodesTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
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
      cluster: cdktn.stringToTerraform(this._cluster),
      disk_size: cdktn.stringToTerraform(this._diskSize),
      gpus: cdktn.listMapper(kubernetesNodesGpusToTerraform, false)(this._gpus.internalValue),
      images: kubernetesNodesImagesToTerraform(this._images.internalValue),
      instance_type: cdktn.stringToTerraform(this._instanceType),
      kubelet: kubernetesNodesKubeletToTerraform(this._kubelet.internalValue),
      max_replicas: cdktn.numberToTerraform(this._maxReplicas),
      max_unhealthy: cdktn.stringToTerraform(this._maxUnhealthy),
      min_replicas: cdktn.numberToTerraform(this._minReplicas),
      name: cdktn.stringToTerraform(this._name),
      namespace: cdktn.stringToTerraform(this._namespace),
      node_startup_timeout: cdktn.stringToTerraform(this._nodeStartupTimeout),
      resources: kubernetesNodesResourcesToTerraform(this._resources.internalValue),
      roles: cdktn.listMapper(cdktn.stringToTerraform, false)(this._roles),
      storage_class: cdktn.stringToTerraform(this._storageClass),
      talos: kubernetesNodesTalosToTerraform(this._talos.internalValue),
      timeouts: kubernetesNodesTimeoutsToTerraform(this._timeouts.internalValue),
      version: cdktn.stringToTerraform(this._version),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cluster: {
        value: cdktn.stringToHclTerraform(this._cluster),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      disk_size: {
        value: cdktn.stringToHclTerraform(this._diskSize),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      gpus: {
        value: cdktn.listMapperHcl(kubernetesNodesGpusToHclTerraform, false)(this._gpus.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "KubernetesNodesGpusList",
      },
      images: {
        value: kubernetesNodesImagesToHclTerraform(this._images.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KubernetesNodesImages",
      },
      instance_type: {
        value: cdktn.stringToHclTerraform(this._instanceType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kubelet: {
        value: kubernetesNodesKubeletToHclTerraform(this._kubelet.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KubernetesNodesKubelet",
      },
      max_replicas: {
        value: cdktn.numberToHclTerraform(this._maxReplicas),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      max_unhealthy: {
        value: cdktn.stringToHclTerraform(this._maxUnhealthy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      min_replicas: {
        value: cdktn.numberToHclTerraform(this._minReplicas),
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
      node_startup_timeout: {
        value: cdktn.stringToHclTerraform(this._nodeStartupTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      resources: {
        value: kubernetesNodesResourcesToHclTerraform(this._resources.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KubernetesNodesResources",
      },
      roles: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._roles),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      storage_class: {
        value: cdktn.stringToHclTerraform(this._storageClass),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      talos: {
        value: kubernetesNodesTalosToHclTerraform(this._talos.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KubernetesNodesTalos",
      },
      timeouts: {
        value: kubernetesNodesTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KubernetesNodesTimeouts",
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
