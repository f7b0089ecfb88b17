// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface VmInstanceConfig extends cdktn.TerraformMetaArguments {
  /**
   * cloud-init user data passed to the guest; it may hold passwords. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#cloud_init VmInstance#cloud_init}
   */
  readonly cloudInit?: string;
  /**
   * Seed for the VM's SMBIOS UUID; change it to make cloud-init run again. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#cloud_init_seed VmInstance#cloud_init_seed}
   */
  readonly cloudInitSeed?: string;
  /**
   * Write-only form of `cloud_init`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#cloud_init_wo VmInstance#cloud_init_wo}
   */
  readonly cloudInitWo?: string;
  /**
   * Set it with `cloud_init_wo`; change it to send `cloud_init_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#cloud_init_wo_version VmInstance#cloud_init_wo_version}
   */
  readonly cloudInitWoVersion?: number;
  /**
   * CPU model shown to the guest, as named by libvirt; empty uses the platform default. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#cpu_model VmInstance#cpu_model}
   */
  readonly cpuModel?: string;
  /**
   * VM disks to attach, in boot order.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#disks VmInstance#disks}
   */
  readonly disks?: VmInstanceDisks[] | cdktn.IResolvable;
  /**
   * Give the VM an address reachable from outside the cluster through a LoadBalancer. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#external VmInstance#external}
   */
  readonly external?: boolean | cdktn.IResolvable;
  /**
   * Let ICMP (ping, path MTU discovery) through in PortList mode; ignored in WholeIP mode. Defaults to `true`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#external_allow_icmp VmInstance#external_allow_icmp}
   */
  readonly externalAllowIcmp?: boolean | cdktn.IResolvable;
  /**
   * How outside traffic reaches the VM: only the listed ports, or every port of a dedicated IP. One of `PortList`, `WholeIP`. Defaults to `PortList`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#external_method VmInstance#external_method}
   */
  readonly externalMethod?: string;
  /**
   * Ports opened to outside traffic in PortList mode.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#external_ports VmInstance#external_ports}
   */
  readonly externalPorts?: number[];
  /**
   * GPUs passed through to the VM; NVIDIA drivers need at least 4 GiB of memory.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#gpus VmInstance#gpus}
   */
  readonly gpus?: VmInstanceGpus[] | cdktn.IResolvable;
  /**
   * KubeVirt preference profile with OS-specific device settings, e.g. ubuntu. Defaults to `ubuntu`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#instance_profile VmInstance#instance_profile}
   */
  readonly instanceProfile?: string;
  /**
   * KubeVirt instance type that sizes the VM. Defaults to `u1.medium`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#instance_type VmInstance#instance_type}
   */
  readonly instanceType?: string;
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#name VmInstance#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#namespace VmInstance#namespace}
   */
  readonly namespace?: string;
  /**
   * Extra networks to attach the VM to.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#networks VmInstance#networks}
   */
  readonly networks?: VmInstanceNetworks[] | cdktn.IResolvable;
  /**
   * Explicit CPU cores, sockets and memory of the VM; all three are needed when instanceType is empty.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#resources VmInstance#resources}
   */
  readonly resources?: VmInstanceResources;
  /**
   * Whether KubeVirt keeps the VM running, stopped, restarts it only on failure, or runs it once. One of `Always`, `Halted`, `Manual`, `RerunOnFailure`, `Once`. Defaults to `Always`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#run_strategy VmInstance#run_strategy}
   */
  readonly runStrategy?: string;
  /**
   * SSH public keys allowed to log in.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#ssh_keys VmInstance#ssh_keys}
   */
  readonly sshKeys?: string[];
  /**
   * Extra networks to attach the VM to.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#subnets VmInstance#subnets}
   */
  readonly subnets?: VmInstanceSubnets[] | cdktn.IResolvable;
  /**
   * How long to wait for the platform, as durations such as `30s`, `10m` or `1h`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#timeouts VmInstance#timeouts}
   */
  readonly timeouts?: VmInstanceTimeouts;
}
export interface VmInstanceConnection {}

export function vmInstanceConnectionToTerraform(struct?: VmInstanceConnection): any {
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

export function vmInstanceConnectionToHclTerraform(struct?: VmInstanceConnection): any {
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

export class VmInstanceConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): VmInstanceConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmInstanceConnection | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // external_ip - computed: true, optional: false, required: false
  public get externalIp() {
    return this.getStringAttribute("external_ip");
  }

  // host - computed: true, optional: false, required: false
  public get host() {
    return this.getStringAttribute("host");
  }
}
export interface VmInstanceDisks {
  /**
   * Disk bus, e.g. virtio or sata; the profile chooses when unset.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#bus VmInstance#bus}
   */
  readonly bus?: string;
  /**
   * Name of a VMDisk in the same namespace.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#name VmInstance#name}
   */
  readonly name: string;
}

export function vmInstanceDisksToTerraform(struct?: VmInstanceDisks | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    bus: cdktn.stringToTerraform(struct!.bus),
    name: cdktn.stringToTerraform(struct!.name),
  };
}

export function vmInstanceDisksToHclTerraform(struct?: VmInstanceDisks | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    bus: {
      value: cdktn.stringToHclTerraform(struct!.bus),
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

export class VmInstanceDisksOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): VmInstanceDisks | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bus !== undefined) {
      hasAnyValues = true;
      internalValueResult.bus = this._bus;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmInstanceDisks | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._bus = undefined;
      this._name = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._bus = value.bus;
      this._name = value.name;
    }
  }

  // bus - computed: true, optional: true, required: false
  private _bus?: string;
  public get bus() {
    return this.getStringAttribute("bus");
  }
  public set bus(value: string) {
    this._bus = value;
  }
  public resetBus() {
    this._bus = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get busInput() {
    return this._bus;
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

export class VmInstanceDisksList extends cdktn.ComplexList {
  public internalValue?: VmInstanceDisks[] | cdktn.IResolvable;

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
  public get(index: number): VmInstanceDisksOutputReference {
    return new VmInstanceDisksOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface VmInstanceGpus {
  /**
   * GPU resource name, e.g. nvidia.com/GA102GL_A10.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#name VmInstance#name}
   */
  readonly name: string;
}

export function vmInstanceGpusToTerraform(struct?: VmInstanceGpus | cdktn.IResolvable): any {
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

export function vmInstanceGpusToHclTerraform(struct?: VmInstanceGpus | cdktn.IResolvable): any {
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

export class VmInstanceGpusOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): VmInstanceGpus | cdktn.IResolvable | undefined {
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

  public set internalValue(value: VmInstanceGpus | cdktn.IResolvable | undefined) {
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

export class VmInstanceGpusList extends cdktn.ComplexList {
  public internalValue?: VmInstanceGpus[] | cdktn.IResolvable;

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
  public get(index: number): VmInstanceGpusOutputReference {
    return new VmInstanceGpusOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface VmInstanceNetworks {
  /**
   * Name of the network to attach, e.g. a VPC subnet.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#name VmInstance#name}
   */
  readonly name?: string;
}

export function vmInstanceNetworksToTerraform(struct?: VmInstanceNetworks | cdktn.IResolvable): any {
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

export function vmInstanceNetworksToHclTerraform(struct?: VmInstanceNetworks | cdktn.IResolvable): any {
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

export class VmInstanceNetworksOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): VmInstanceNetworks | cdktn.IResolvable | undefined {
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

  public set internalValue(value: VmInstanceNetworks | cdktn.IResolvable | undefined) {
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

export class VmInstanceNetworksList extends cdktn.ComplexList {
  public internalValue?: VmInstanceNetworks[] | cdktn.IResolvable;

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
  public get(index: number): VmInstanceNetworksOutputReference {
    return new VmInstanceNetworksOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface VmInstanceResources {
  /**
   * Number of virtual CPU cores per socket; applied together with sockets.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#cpu VmInstance#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory of the VM, e.g. 4Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#memory VmInstance#memory}
   */
  readonly memory?: string;
  /**
   * Number of CPU sockets the cores are spread over.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#sockets VmInstance#sockets}
   */
  readonly sockets?: string;
}

export function vmInstanceResourcesToTerraform(struct?: VmInstanceResources | cdktn.IResolvable): any {
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
    sockets: cdktn.stringToTerraform(struct!.sockets),
  };
}

export function vmInstanceResourcesToHclTerraform(struct?: VmInstanceResources | cdktn.IResolvable): any {
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
    sockets: {
      value: cdktn.stringToHclTerraform(struct!.sockets),
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

export class VmInstanceResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): VmInstanceResources | cdktn.IResolvable | undefined {
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
    if (this._sockets !== undefined) {
      hasAnyValues = true;
      internalValueResult.sockets = this._sockets;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VmInstanceResources | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cpu = undefined;
      this._memory = undefined;
      this._sockets = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cpu = value.cpu;
      this._memory = value.memory;
      this._sockets = value.sockets;
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

  // sockets - computed: true, optional: true, required: false
  private _sockets?: string;
  public get sockets() {
    return this.getStringAttribute("sockets");
  }
  public set sockets(value: string) {
    this._sockets = value;
  }
  public resetSockets() {
    this._sockets = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get socketsInput() {
    return this._sockets;
  }
}
export interface VmInstanceSubnets {
  /**
   * Name of the network to attach, e.g. a VPC subnet.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#name VmInstance#name}
   */
  readonly name?: string;
}

export function vmInstanceSubnetsToTerraform(struct?: VmInstanceSubnets | cdktn.IResolvable): any {
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

export function vmInstanceSubnetsToHclTerraform(struct?: VmInstanceSubnets | cdktn.IResolvable): any {
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

export class VmInstanceSubnetsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): VmInstanceSubnets | cdktn.IResolvable | undefined {
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

  public set internalValue(value: VmInstanceSubnets | cdktn.IResolvable | undefined) {
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

export class VmInstanceSubnetsList extends cdktn.ComplexList {
  public internalValue?: VmInstanceSubnets[] | cdktn.IResolvable;

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
  public get(index: number): VmInstanceSubnetsOutputReference {
    return new VmInstanceSubnetsOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface VmInstanceTimeouts {
  /**
   * Wait for a new object to become ready.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#create VmInstance#create}
   */
  readonly create?: string;
  /**
   * Wait for the object to be gone.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#delete VmInstance#delete}
   */
  readonly delete?: string;
  /**
   * Wait for a changed object to become ready again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#update VmInstance#update}
   */
  readonly update?: string;
}

export function vmInstanceTimeoutsToTerraform(struct?: VmInstanceTimeouts | cdktn.IResolvable): any {
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

export function vmInstanceTimeoutsToHclTerraform(struct?: VmInstanceTimeouts | cdktn.IResolvable): any {
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

export class VmInstanceTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): VmInstanceTimeouts | cdktn.IResolvable | undefined {
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

  public set internalValue(value: VmInstanceTimeouts | cdktn.IResolvable | undefined) {
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
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance cozystack_vm_instance}
 */
export class VmInstance extends cdktn.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_vm_instance";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a VmInstance resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the VmInstance to import
   * @param importFromId The id of the existing VmInstance that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the VmInstance to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack_vm_instance",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vm_instance cozystack_vm_instance} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options VmInstanceConfig
   */
  public constructor(scope: Construct, id: string, config: VmInstanceConfig) {
    super(scope, id, {
      terraformResourceType: "cozystack_vm_instance",
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
    this._cloudInit = config.cloudInit;
    this._cloudInitSeed = config.cloudInitSeed;
    this._cloudInitWo = config.cloudInitWo;
    this._cloudInitWoVersion = config.cloudInitWoVersion;
    this._cpuModel = config.cpuModel;
    this._disks.internalValue = config.disks;
    this._external = config.external;
    this._externalAllowIcmp = config.externalAllowIcmp;
    this._externalMethod = config.externalMethod;
    this._externalPorts = config.externalPorts;
    this._gpus.internalValue = config.gpus;
    this._instanceProfile = config.instanceProfile;
    this._instanceType = config.instanceType;
    this._name = config.name;
    this._namespace = config.namespace;
    this._networks.internalValue = config.networks;
    this._resources.internalValue = config.resources;
    this._runStrategy = config.runStrategy;
    this._sshKeys = config.sshKeys;
    this._subnets.internalValue = config.subnets;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cloud_init - computed: true, optional: true, required: false
  private _cloudInit?: string;
  public get cloudInit() {
    return this.getStringAttribute("cloud_init");
  }
  public set cloudInit(value: string) {
    this._cloudInit = value;
  }
  public resetCloudInit() {
    this._cloudInit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudInitInput() {
    return this._cloudInit;
  }

  // cloud_init_seed - computed: true, optional: true, required: false
  private _cloudInitSeed?: string;
  public get cloudInitSeed() {
    return this.getStringAttribute("cloud_init_seed");
  }
  public set cloudInitSeed(value: string) {
    this._cloudInitSeed = value;
  }
  public resetCloudInitSeed() {
    this._cloudInitSeed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudInitSeedInput() {
    return this._cloudInitSeed;
  }

  // cloud_init_wo - computed: false, optional: true, required: false
  private _cloudInitWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get cloudInitWo() {
    return this.getStringAttribute("cloud_init_wo");
  }
  public set cloudInitWo(value: string) {
    this._cloudInitWo = value;
  }
  public resetCloudInitWo() {
    this._cloudInitWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudInitWoInput() {
    return this._cloudInitWo;
  }

  // cloud_init_wo_version - computed: false, optional: true, required: false
  private _cloudInitWoVersion?: number;
  public get cloudInitWoVersion() {
    return this.getNumberAttribute("cloud_init_wo_version");
  }
  public set cloudInitWoVersion(value: number) {
    this._cloudInitWoVersion = value;
  }
  public resetCloudInitWoVersion() {
    this._cloudInitWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudInitWoVersionInput() {
    return this._cloudInitWoVersion;
  }

  // connection - computed: true, optional: false, required: false
  private _connection = new VmInstanceConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // cpu_model - computed: true, optional: true, required: false
  private _cpuModel?: string;
  public get cpuModel() {
    return this.getStringAttribute("cpu_model");
  }
  public set cpuModel(value: string) {
    this._cpuModel = value;
  }
  public resetCpuModel() {
    this._cpuModel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuModelInput() {
    return this._cpuModel;
  }

  // disks - computed: true, optional: true, required: false
  private _disks = new VmInstanceDisksList(this, "disks", false);
  public get disks() {
    return this._disks;
  }
  public putDisks(value: VmInstanceDisks[] | cdktn.IResolvable) {
    this._disks.internalValue = value;
  }
  public resetDisks() {
    this._disks.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disksInput() {
    return this._disks.internalValue;
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

  // external_allow_icmp - computed: true, optional: true, required: false
  private _externalAllowIcmp?: boolean | cdktn.IResolvable;
  public get externalAllowIcmp() {
    return this.getBooleanAttribute("external_allow_icmp");
  }
  public set externalAllowIcmp(value: boolean | cdktn.IResolvable) {
    this._externalAllowIcmp = value;
  }
  public resetExternalAllowIcmp() {
    this._externalAllowIcmp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalAllowIcmpInput() {
    return this._externalAllowIcmp;
  }

  // external_method - computed: true, optional: true, required: false
  private _externalMethod?: string;
  public get externalMethod() {
    return this.getStringAttribute("external_method");
  }
  public set externalMethod(value: string) {
    this._externalMethod = value;
  }
  public resetExternalMethod() {
    this._externalMethod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalMethodInput() {
    return this._externalMethod;
  }

  // external_ports - computed: true, optional: true, required: false
  private _externalPorts?: number[];
  public get externalPorts() {
    return this.getNumberListAttribute("external_ports");
  }
  public set externalPorts(value: number[]) {
    this._externalPorts = value;
  }
  public resetExternalPorts() {
    this._externalPorts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalPortsInput() {
    return this._externalPorts;
  }

  // gpus - computed: true, optional: true, required: false
  private _gpus = new VmInstanceGpusList(this, "gpus", false);
  public get gpus() {
    return this._gpus;
  }
  public putGpus(value: VmInstanceGpus[] | cdktn.IResolvable) {
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

  // instance_profile - computed: true, optional: true, required: false
  private _instanceProfile?: string;
  public get instanceProfile() {
    return this.getStringAttribute("instance_profile");
  }
  public set instanceProfile(value: string) {
    this._instanceProfile = value;
  }
  public resetInstanceProfile() {
    this._instanceProfile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get instanceProfileInput() {
    return this._instanceProfile;
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

  // networks - computed: true, optional: true, required: false
  private _networks = new VmInstanceNetworksList(this, "networks", false);
  public get networks() {
    return this._networks;
  }
  public putNetworks(value: VmInstanceNetworks[] | cdktn.IResolvable) {
    this._networks.internalValue = value;
  }
  public resetNetworks() {
    this._networks.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networksInput() {
    return this._networks.internalValue;
  }

  // resources - computed: true, optional: true, required: false
  private _resources = new VmInstanceResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: VmInstanceResources) {
    this._resources.internalValue = value;
  }
  public resetResources() {
    this._resources.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourcesInput() {
    return this._resources.internalValue;
  }

  // run_strategy - computed: true, optional: true, required: false
  private _runStrategy?: string;
  public get runStrategy() {
    return this.getStringAttribute("run_strategy");
  }
  public set runStrategy(value: string) {
    this._runStrategy = value;
  }
  public resetRunStrategy() {
    this._runStrategy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runStrategyInput() {
    return this._runStrategy;
  }

  // ssh_keys - computed: true, optional: true, required: false
  private _sshKeys?: string[];
  public get sshKeys() {
    return this.getListAttribute("ssh_keys");
  }
  public set sshKeys(value: string[]) {
    this._sshKeys = value;
  }
  public resetSshKeys() {
    this._sshKeys = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshKeysInput() {
    return this._sshKeys;
  }

  // subnets - computed: true, optional: true, required: false
  private _subnets = new VmInstanceSubnetsList(this, "subnets", false);
  public get subnets() {
    return this._subnets;
  }
  public putSubnets(value: VmInstanceSubnets[] | cdktn.IResolvable) {
    this._subnets.internalValue = value;
  }
  public resetSubnets() {
    this._subnets.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subnetsInput() {
    return this._subnets.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new VmInstanceTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: VmInstanceTimeouts) {
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
      cloud_init: cdktn.stringToTerraform(this._cloudInit),
      cloud_init_seed: cdktn.stringToTerraform(this._cloudInitSeed),
      cloud_init_wo: this.markWriteOnlyAttribute(cdktn.stringToTerraform(this._cloudInitWo)),
      cloud_init_wo_version: cdktn.numberToTerraform(this._cloudInitWoVersion),
      cpu_model: cdktn.stringToTerraform(this._cpuModel),
      disks: cdktn.listMapper(vmInstanceDisksToTerraform, false)(this._disks.internalValue),
      external: cdktn.booleanToTerraform(this._external),
      external_allow_icmp: cdktn.booleanToTerraform(this._externalAllowIcmp),
      external_method: cdktn.stringToTerraform(this._externalMethod),
      external_ports: cdktn.listMapper(cdktn.numberToTerraform, false)(this._externalPorts),
      gpus: cdktn.listMapper(vmInstanceGpusToTerraform, false)(this._gpus.internalValue),
      instance_profile: cdktn.stringToTerraform(this._instanceProfile),
      instance_type: cdktn.stringToTerraform(this._instanceType),
      name: cdktn.stringToTerraform(this._name),
      namespace: cdktn.stringToTerraform(this._namespace),
      networks: cdktn.listMapper(vmInstanceNetworksToTerraform, false)(this._networks.internalValue),
      resources: vmInstanceResourcesToTerraform(this._resources.internalValue),
      run_strategy: cdktn.stringToTerraform(this._runStrategy),
      ssh_keys: cdktn.listMapper(cdktn.stringToTerraform, false)(this._sshKeys),
      subnets: cdktn.listMapper(vmInstanceSubnetsToTerraform, false)(this._subnets.internalValue),
      timeouts: vmInstanceTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cloud_init: {
        value: cdktn.stringToHclTerraform(this._cloudInit),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cloud_init_seed: {
        value: cdktn.stringToHclTerraform(this._cloudInitSeed),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cloud_init_wo: {
        value: this.markWriteOnlyAttribute(cdktn.stringToHclTerraform(this._cloudInitWo)),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cloud_init_wo_version: {
        value: cdktn.numberToHclTerraform(this._cloudInitWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      cpu_model: {
        value: cdktn.stringToHclTerraform(this._cpuModel),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      disks: {
        value: cdktn.listMapperHcl(vmInstanceDisksToHclTerraform, false)(this._disks.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmInstanceDisksList",
      },
      external: {
        value: cdktn.booleanToHclTerraform(this._external),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      external_allow_icmp: {
        value: cdktn.booleanToHclTerraform(this._externalAllowIcmp),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      external_method: {
        value: cdktn.stringToHclTerraform(this._externalMethod),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      external_ports: {
        value: cdktn.listMapperHcl(cdktn.numberToHclTerraform, false)(this._externalPorts),
        isBlock: false,
        type: "list",
        storageClassType: "numberList",
      },
      gpus: {
        value: cdktn.listMapperHcl(vmInstanceGpusToHclTerraform, false)(this._gpus.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmInstanceGpusList",
      },
      instance_profile: {
        value: cdktn.stringToHclTerraform(this._instanceProfile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      instance_type: {
        value: cdktn.stringToHclTerraform(this._instanceType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
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
      networks: {
        value: cdktn.listMapperHcl(vmInstanceNetworksToHclTerraform, false)(this._networks.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmInstanceNetworksList",
      },
      resources: {
        value: vmInstanceResourcesToHclTerraform(this._resources.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "VmInstanceResources",
      },
      run_strategy: {
        value: cdktn.stringToHclTerraform(this._runStrategy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ssh_keys: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._sshKeys),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      subnets: {
        value: cdktn.listMapperHcl(vmInstanceSubnetsToHclTerraform, false)(this._subnets.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VmInstanceSubnetsList",
      },
      timeouts: {
        value: vmInstanceTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "VmInstanceTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(
      Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
    );
  }
}
