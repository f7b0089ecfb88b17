// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface VpnConfig extends cdktn.TerraformMetaArguments {
  /**
   * Keep client source addresses by routing only to local nodes (externalTrafficPolicy Local); the service is a LoadBalancer either way. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#external Vpn#external}
   */
  readonly external?: boolean | cdktn.IResolvable;
  /**
   * Fixed external IPs to publish the service on, as a ClusterIP service instead of a LoadBalancer.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#external_ips Vpn#external_ips}
   */
  readonly externalIps?: string[];
  /**
   * Host name written into the access URLs; empty means <release>.<tenant host>. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#host Vpn#host}
   */
  readonly host?: string;
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#name Vpn#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#namespace Vpn#namespace}
   */
  readonly namespace?: string;
  /**
   * How many VPN server pods run. Defaults to `2`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#replicas Vpn#replicas}
   */
  readonly replicas?: number;
  /**
   * CPU and memory for each VPN server pod; when set, it replaces the preset.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#resources Vpn#resources}
   */
  readonly resources?: VpnResources;
  /**
   * Sizing preset for each VPN server pod when resources is not given. One of `t1.nano`, `t1.micro`, `t1.small`, `t1.medium`, `t1.large`, `t1.xlarge`, `t1.2xlarge`, `t1.4xlarge`, `c1.nano`, `c1.micro`, `c1.small`, `c1.medium`, `c1.large`, `c1.xlarge`, `c1.2xlarge`, `c1.4xlarge`, `s1.nano`, `s1.micro`, `s1.small`, `s1.medium`, `s1.large`, `s1.xlarge`, `s1.2xlarge`, `s1.4xlarge`, `u1.nano`, `u1.micro`, `u1.small`, `u1.medium`, `u1.large`, `u1.xlarge`, `u1.2xlarge`, `u1.4xlarge`, `m1.nano`, `m1.micro`, `m1.small`, `m1.medium`, `m1.large`, `m1.xlarge`, `m1.2xlarge`, `m1.4xlarge`, `nano`, `micro`, `small`, `medium`, `large`, `xlarge`, `2xlarge`. Defaults to `t1.nano`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#resources_preset Vpn#resources_preset}
   */
  readonly resourcesPreset?: string;
  /**
   * How long to wait for the platform, as durations such as `30s`, `10m` or `1h`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#timeouts Vpn#timeouts}
   */
  readonly timeouts?: VpnTimeouts;
  /**
   * VPN users by name; each gets an access URL.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#users Vpn#users}
   */
  readonly users?: { [key: string]: VpnUsers } | cdktn.IResolvable;
}
export interface VpnConnection {}

export function vpnConnectionToTerraform(struct?: VpnConnection): any {
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

export function vpnConnectionToHclTerraform(struct?: VpnConnection): any {
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

export class VpnConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): VpnConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VpnConnection | undefined) {
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

  // port - computed: true, optional: false, required: false
  public get port() {
    return this.getNumberAttribute("port");
  }

  // urls - computed: true, optional: false, required: false
  private _urls = new cdktn.StringMap(this, "urls");
  public get urls() {
    return this._urls;
  }
}
export interface VpnResources {
  /**
   * CPU cores available, e.g. 500m or 2.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#cpu Vpn#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory available, e.g. 512Mi or 4Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#memory Vpn#memory}
   */
  readonly memory?: string;
}

export function vpnResourcesToTerraform(struct?: VpnResources | cdktn.IResolvable): any {
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

export function vpnResourcesToHclTerraform(struct?: VpnResources | cdktn.IResolvable): any {
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

export class VpnResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): VpnResources | cdktn.IResolvable | undefined {
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

  public set internalValue(value: VpnResources | cdktn.IResolvable | undefined) {
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
export interface VpnTimeouts {
  /**
   * Wait for a new object to become ready.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#create Vpn#create}
   */
  readonly create?: string;
  /**
   * Wait for the object to be gone.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#delete Vpn#delete}
   */
  readonly delete?: string;
  /**
   * Wait for a changed object to become ready again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#update Vpn#update}
   */
  readonly update?: string;
}

export function vpnTimeoutsToTerraform(struct?: VpnTimeouts | cdktn.IResolvable): any {
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

export function vpnTimeoutsToHclTerraform(struct?: VpnTimeouts | cdktn.IResolvable): any {
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

export class VpnTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): VpnTimeouts | cdktn.IResolvable | undefined {
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

  public set internalValue(value: VpnTimeouts | cdktn.IResolvable | undefined) {
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
export interface VpnUsers {
  /**
   * The user's Shadowsocks password; generated by the platform when not given.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#password Vpn#password}
   */
  readonly password?: string;
  /**
   * Write-only form of `password`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#password_wo Vpn#password_wo}
   */
  readonly passwordWo?: string;
  /**
   * Set it with `password_wo`; change it to send `password_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#password_wo_version Vpn#password_wo_version}
   */
  readonly passwordWoVersion?: number;
}

export function vpnUsersToTerraform(struct?: VpnUsers | cdktn.IResolvable): any {
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

export function vpnUsersToHclTerraform(struct?: VpnUsers | cdktn.IResolvable): any {
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

export class VpnUsersOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): VpnUsers | cdktn.IResolvable | undefined {
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

  public set internalValue(value: VpnUsers | cdktn.IResolvable | undefined) {
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

export class VpnUsersMap extends cdktn.ComplexMap {
  public internalValue?: { [key: string]: VpnUsers } | cdktn.IResolvable;

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
  public get(key: string): VpnUsersOutputReference {
    return new VpnUsersOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}

/**
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn cozystack_vpn}
 */
export class Vpn extends cdktn.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_vpn";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a Vpn resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the Vpn to import
   * @param importFromId The id of the existing Vpn that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the Vpn to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack_vpn",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/vpn cozystack_vpn} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options VpnConfig
   */
  public constructor(scope: Construct, id: string, config: VpnConfig) {
    super(scope, id, {
      terraformResourceType: "cozystack_vpn",
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
    this._external = config.external;
    this._externalIps = config.externalIps;
    this._host = config.host;
    this._name = config.name;
    this._namespace = config.namespace;
    this._replicas = config.replicas;
    this._resources.internalValue = config.resources;
    this._resourcesPreset = config.resourcesPreset;
    this._timeouts.internalValue = config.timeouts;
    this._users.internalValue = config.users;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // connection - computed: true, optional: false, required: false
  private _connection = new VpnConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
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

  // external_ips - computed: true, optional: true, required: false
  private _externalIps?: string[];
  public get externalIps() {
    return this.getListAttribute("external_ips");
  }
  public set externalIps(value: string[]) {
    this._externalIps = value;
  }
  public resetExternalIps() {
    this._externalIps = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalIpsInput() {
    return this._externalIps;
  }

  // host - computed: true, optional: true, required: false
  private _host?: string;
  public get host() {
    return this.getStringAttribute("host");
  }
  public set host(value: string) {
    this._host = value;
  }
  public resetHost() {
    this._host = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostInput() {
    return this._host;
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
  private _resources = new VpnResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: VpnResources) {
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

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new VpnTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: VpnTimeouts) {
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
  private _users = new VpnUsersMap(this, "users");
  public get users() {
    return this._users;
  }
  public putUsers(value: { [key: string]: VpnUsers } | cdktn.IResolvable) {
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
      external: cdktn.booleanToTerraform(this._external),
      external_ips: cdktn.listMapper(cdktn.stringToTerraform, false)(this._externalIps),
      host: cdktn.stringToTerraform(this._host),
      name: cdktn.stringToTerraform(this._name),
      namespace: cdktn.stringToTerraform(this._namespace),
      replicas: cdktn.numberToTerraform(this._replicas),
      resources: vpnResourcesToTerraform(this._resources.internalValue),
      resources_preset: cdktn.stringToTerraform(this._resourcesPreset),
      timeouts: vpnTimeoutsToTerraform(this._timeouts.internalValue),
      users: cdktn.hashMapper(vpnUsersToTerraform)(this._users.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      external: {
        value: cdktn.booleanToHclTerraform(this._external),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      external_ips: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._externalIps),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      host: {
        value: cdktn.stringToHclTerraform(this._host),
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
      replicas: {
        value: cdktn.numberToHclTerraform(this._replicas),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      resources: {
        value: vpnResourcesToHclTerraform(this._resources.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "VpnResources",
      },
      resources_preset: {
        value: cdktn.stringToHclTerraform(this._resourcesPreset),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: vpnTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "VpnTimeouts",
      },
      users: {
        value: cdktn.hashMapperHcl(vpnUsersToHclTerraform)(this._users.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "VpnUsersMap",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(
      Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
    );
  }
}
