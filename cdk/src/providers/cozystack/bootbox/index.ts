// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface BootboxConfig extends cdktn.TerraformMetaArguments {
  /**
   * The physical machines to provision, each with its boot and address settings.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#machines Bootbox#machines}
   */
  readonly machines?: BootboxMachines[] | cdktn.IResolvable;
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#name Bootbox#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#namespace Bootbox#namespace}
   */
  readonly namespace?: string;
  /**
   * How long to wait for the platform, as durations such as `30s`, `10m` or `1h`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#timeouts Bootbox#timeouts}
   */
  readonly timeouts?: BootboxTimeouts;
  /**
   * Client networks (CIDRs) allowed to reach the boot endpoint when whitelistHTTP is on.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#whitelist Bootbox#whitelist}
   */
  readonly whitelist?: string[];
  /**
   * Let only the client networks in whitelist reach the HTTP boot endpoint. Defaults to `true`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#whitelist_http Bootbox#whitelist_http}
   */
  readonly whitelistHttp?: boolean | cdktn.IResolvable;
}
export interface BootboxConnection {}

export function bootboxConnectionToTerraform(struct?: BootboxConnection): any {
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

export function bootboxConnectionToHclTerraform(struct?: BootboxConnection): any {
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

export class BootboxConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BootboxConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BootboxConnection | undefined) {
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

  // port - computed: true, optional: false, required: false
  public get port() {
    return this.getNumberAttribute("port");
  }
}
export interface BootboxMachinesIp {
  /**
   * IP address of the machine.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#address Bootbox#address}
   */
  readonly address: string;
  /**
   * Default gateway.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#gateway Bootbox#gateway}
   */
  readonly gateway: string;
  /**
   * Netmask, e.g. 255.255.255.0.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#netmask Bootbox#netmask}
   */
  readonly netmask: string;
}

export function bootboxMachinesIpToTerraform(struct?: BootboxMachinesIp): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    address: cdktn.stringToTerraform(struct!.address),
    gateway: cdktn.stringToTerraform(struct!.gateway),
    netmask: cdktn.stringToTerraform(struct!.netmask),
  };
}

export function bootboxMachinesIpToHclTerraform(struct?: BootboxMachinesIp): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    address: {
      value: cdktn.stringToHclTerraform(struct!.address),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    gateway: {
      value: cdktn.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    netmask: {
      value: cdktn.stringToHclTerraform(struct!.netmask),
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

export class BootboxMachinesIpOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BootboxMachinesIp | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    if (this._netmask !== undefined) {
      hasAnyValues = true;
      internalValueResult.netmask = this._netmask;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BootboxMachinesIp | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._gateway = undefined;
      this._netmask = undefined;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._gateway = value.gateway;
      this._netmask = value.netmask;
    }
  }

  // address - computed: true, optional: false, required: true
  private _address?: string;
  public get address() {
    return this.getStringAttribute("address");
  }
  public set address(value: string) {
    this._address = value;
  }
  // Temporarily expose input value. Use with caution.
  public get addressInput() {
    return this._address;
  }

  // gateway - computed: true, optional: false, required: true
  private _gateway?: string;
  public get gateway() {
    return this.getStringAttribute("gateway");
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }

  // netmask - computed: true, optional: false, required: true
  private _netmask?: string;
  public get netmask() {
    return this.getStringAttribute("netmask");
  }
  public set netmask(value: string) {
    this._netmask = value;
  }
  // Temporarily expose input value. Use with caution.
  public get netmaskInput() {
    return this._netmask;
  }
}
export interface BootboxMachines {
  /**
   * CPU architecture of the boot image, e.g. amd64 or arm64.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#arch Bootbox#arch}
   */
  readonly arch: string;
  /**
   * Host name given to the machine.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#hostname Bootbox#hostname}
   */
  readonly hostname: string;
  /**
   * Static address settings handed out by DHCP.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#ip Bootbox#ip}
   */
  readonly ip: BootboxMachinesIp;
  /**
   * DHCP lease time, in seconds.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#lease_time Bootbox#lease_time}
   */
  readonly leaseTime: number;
  /**
   * MAC addresses of the machine's network interfaces.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#mac Bootbox#mac}
   */
  readonly mac?: string[];
  /**
   * DNS servers handed out to the machine.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#name_servers Bootbox#name_servers}
   */
  readonly nameServers?: string[];
  /**
   * NTP servers handed out to the machine.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#time_servers Bootbox#time_servers}
   */
  readonly timeServers?: string[];
  /**
   * Boot through UEFI rather than legacy BIOS.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#uefi Bootbox#uefi}
   */
  readonly uefi: boolean | cdktn.IResolvable;
}

export function bootboxMachinesToTerraform(struct?: BootboxMachines | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    arch: cdktn.stringToTerraform(struct!.arch),
    hostname: cdktn.stringToTerraform(struct!.hostname),
    ip: bootboxMachinesIpToTerraform(struct!.ip),
    lease_time: cdktn.numberToTerraform(struct!.leaseTime),
    mac: cdktn.listMapper(cdktn.stringToTerraform, false)(struct!.mac),
    name_servers: cdktn.listMapper(cdktn.stringToTerraform, false)(struct!.nameServers),
    time_servers: cdktn.listMapper(cdktn.stringToTerraform, false)(struct!.timeServers),
    uefi: cdktn.booleanToTerraform(struct!.uefi),
  };
}

export function bootboxMachinesToHclTerraform(struct?: BootboxMachines | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    arch: {
      value: cdktn.stringToHclTerraform(struct!.arch),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    hostname: {
      value: cdktn.stringToHclTerraform(struct!.hostname),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ip: {
      value: bootboxMachinesIpToHclTerraform(struct!.ip),
      isBlock: true,
      type: "struct",
      storageClassType: "BootboxMachinesIp",
    },
    lease_time: {
      value: cdktn.numberToHclTerraform(struct!.leaseTime),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mac: {
      value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct!.mac),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    name_servers: {
      value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct!.nameServers),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    time_servers: {
      value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct!.timeServers),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    uefi: {
      value: cdktn.booleanToHclTerraform(struct!.uefi),
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

export class BootboxMachinesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): BootboxMachines | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._arch !== undefined) {
      hasAnyValues = true;
      internalValueResult.arch = this._arch;
    }
    if (this._hostname !== undefined) {
      hasAnyValues = true;
      internalValueResult.hostname = this._hostname;
    }
    if (this._ip?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ip = this._ip?.internalValue;
    }
    if (this._leaseTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.leaseTime = this._leaseTime;
    }
    if (this._mac !== undefined) {
      hasAnyValues = true;
      internalValueResult.mac = this._mac;
    }
    if (this._nameServers !== undefined) {
      hasAnyValues = true;
      internalValueResult.nameServers = this._nameServers;
    }
    if (this._timeServers !== undefined) {
      hasAnyValues = true;
      internalValueResult.timeServers = this._timeServers;
    }
    if (this._uefi !== undefined) {
      hasAnyValues = true;
      internalValueResult.uefi = this._uefi;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BootboxMachines | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._arch = undefined;
      this._hostname = undefined;
      this._ip.internalValue = undefined;
      this._leaseTime = undefined;
      this._mac = undefined;
      this._nameServers = undefined;
      this._timeServers = undefined;
      this._uefi = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._arch = value.arch;
      this._hostname = value.hostname;
      this._ip.internalValue = value.ip;
      this._leaseTime = value.leaseTime;
      this._mac = value.mac;
      this._nameServers = value.nameServers;
      this._timeServers = value.timeServers;
      this._uefi = value.uefi;
    }
  }

  // arch - computed: true, optional: false, required: true
  private _arch?: string;
  public get arch() {
    return this.getStringAttribute("arch");
  }
  public set arch(value: string) {
    this._arch = value;
  }
  // Temporarily expose input value. Use with caution.
  public get archInput() {
    return this._arch;
  }

  // hostname - computed: true, optional: false, required: true
  private _hostname?: string;
  public get hostname() {
    return this.getStringAttribute("hostname");
  }
  public set hostname(value: string) {
    this._hostname = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hostnameInput() {
    return this._hostname;
  }

  // ip - computed: true, optional: false, required: true
  private _ip = new BootboxMachinesIpOutputReference(this, "ip");
  public get ip() {
    return this._ip;
  }
  public putIp(value: BootboxMachinesIp) {
    this._ip.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get ipInput() {
    return this._ip.internalValue;
  }

  // lease_time - computed: true, optional: false, required: true
  private _leaseTime?: number;
  public get leaseTime() {
    return this.getNumberAttribute("lease_time");
  }
  public set leaseTime(value: number) {
    this._leaseTime = value;
  }
  // Temporarily expose input value. Use with caution.
  public get leaseTimeInput() {
    return this._leaseTime;
  }

  // mac - computed: true, optional: true, required: false
  private _mac?: string[];
  public get mac() {
    return this.getListAttribute("mac");
  }
  public set mac(value: string[]) {
    this._mac = value;
  }
  public resetMac() {
    this._mac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get macInput() {
    return this._mac;
  }

  // name_servers - computed: true, optional: true, required: false
  private _nameServers?: string[];
  public get nameServers() {
    return this.getListAttribute("name_servers");
  }
  public set nameServers(value: string[]) {
    this._nameServers = value;
  }
  public resetNameServers() {
    this._nameServers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameServersInput() {
    return this._nameServers;
  }

  // time_servers - computed: true, optional: true, required: false
  private _timeServers?: string[];
  public get timeServers() {
    return this.getListAttribute("time_servers");
  }
  public set timeServers(value: string[]) {
    this._timeServers = value;
  }
  public resetTimeServers() {
    this._timeServers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeServersInput() {
    return this._timeServers;
  }

  // uefi - computed: true, optional: false, required: true
  private _uefi?: boolean | cdktn.IResolvable;
  public get uefi() {
    return this.getBooleanAttribute("uefi");
  }
  public set uefi(value: boolean | cdktn.IResolvable) {
    this._uefi = value;
  }
  // Temporarily expose input value. Use with caution.
  public get uefiInput() {
    return this._uefi;
  }
}

export class BootboxMachinesList extends cdktn.ComplexList {
  public internalValue?: BootboxMachines[] | cdktn.IResolvable;

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
  public get(index: number): BootboxMachinesOutputReference {
    return new BootboxMachinesOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface BootboxTimeouts {
  /**
   * Wait for a new object to become ready.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#create Bootbox#create}
   */
  readonly create?: string;
  /**
   * Wait for the object to be gone.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#delete Bootbox#delete}
   */
  readonly delete?: string;
  /**
   * Wait for a changed object to become ready again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#update Bootbox#update}
   */
  readonly update?: string;
}

export function bootboxTimeoutsToTerraform(struct?: BootboxTimeouts | cdktn.IResolvable): any {
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

export function bootboxTimeoutsToHclTerraform(struct?: BootboxTimeouts | cdktn.IResolvable): any {
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

export class BootboxTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BootboxTimeouts | cdktn.IResolvable | undefined {
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

  public set internalValue(value: BootboxTimeouts | cdktn.IResolvable | undefined) {
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
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox cozystack_bootbox}
 */
export class Bootbox extends cdktn.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_bootbox";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a Bootbox resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the Bootbox to import
   * @param importFromId The id of the existing Bootbox that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the Bootbox to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack_bootbox",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/bootbox cozystack_bootbox} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options BootboxConfig
   */
  public constructor(scope: Construct, id: string, config: BootboxConfig) {
    super(scope, id, {
      terraformResourceType: "cozystack_bootbox",
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
    this._machines.internalValue = config.machines;
    this._name = config.name;
    this._namespace = config.namespace;
    this._timeouts.internalValue = config.timeouts;
    this._whitelist = config.whitelist;
    this._whitelistHttp = config.whitelistHttp;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // connection - computed: true, optional: false, required: false
  private _connection = new BootboxConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute("id");
  }

  // machines - computed: true, optional: true, required: false
  private _machines = new BootboxMachinesList(this, "machines", false);
  public get machines() {
    return this._machines;
  }
  public putMachines(value: BootboxMachines[] | cdktn.IResolvable) {
    this._machines.internalValue = value;
  }
  public resetMachines() {
    this._machines.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get machinesInput() {
    return this._machines.internalValue;
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

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new BootboxTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: BootboxTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // whitelist - computed: true, optional: true, required: false
  private _whitelist?: string[];
  public get whitelist() {
    return this.getListAttribute("whitelist");
  }
  public set whitelist(value: string[]) {
    this._whitelist = value;
  }
  public resetWhitelist() {
    this._whitelist = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whitelistInput() {
    return this._whitelist;
  }

  // whitelist_http - computed: true, optional: true, required: false
  private _whitelistHttp?: boolean | cdktn.IResolvable;
  public get whitelistHttp() {
    return this.getBooleanAttribute("whitelist_http");
  }
  public set whitelistHttp(value: boolean | cdktn.IResolvable) {
    this._whitelistHttp = value;
  }
  public resetWhitelistHttp() {
    this._whitelistHttp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whitelistHttpInput() {
    return this._whitelistHttp;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      machines: cdktn.listMapper(bootboxMachinesToTerraform, false)(this._machines.internalValue),
      name: cdktn.stringToTerraform(this._name),
      namespace: cdktn.stringToTerraform(this._namespace),
      timeouts: bootboxTimeoutsToTerraform(this._timeouts.internalValue),
      whitelist: cdktn.listMapper(cdktn.stringToTerraform, false)(this._whitelist),
      whitelist_http: cdktn.booleanToTerraform(this._whitelistHttp),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      machines: {
        value: cdktn.listMapperHcl(bootboxMachinesToHclTerraform, false)(this._machines.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "BootboxMachinesList",
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
      timeouts: {
        value: bootboxTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "BootboxTimeouts",
      },
      whitelist: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._whitelist),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      whitelist_http: {
        value: cdktn.booleanToHclTerraform(this._whitelistHttp),
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
}
