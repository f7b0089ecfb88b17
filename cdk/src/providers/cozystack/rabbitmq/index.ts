// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface RabbitmqConfig extends cdktn.TerraformMetaArguments {
  /**
   * Expose the service outside the cluster through a LoadBalancer. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#external Rabbitmq#external}
   */
  readonly external?: boolean | cdktn.IResolvable;
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#name Rabbitmq#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#namespace Rabbitmq#namespace}
   */
  readonly namespace?: string;
  /**
   * How many RabbitMQ nodes form the cluster. Defaults to `3`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#replicas Rabbitmq#replicas}
   */
  readonly replicas?: number;
  /**
   * CPU and memory for each node; when set, it replaces the preset.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#resources Rabbitmq#resources}
   */
  readonly resources?: RabbitmqResources;
  /**
   * Sizing preset for each node when resources is not given. One of `t1.nano`, `t1.micro`, `t1.small`, `t1.medium`, `t1.large`, `t1.xlarge`, `t1.2xlarge`, `t1.4xlarge`, `c1.nano`, `c1.micro`, `c1.small`, `c1.medium`, `c1.large`, `c1.xlarge`, `c1.2xlarge`, `c1.4xlarge`, `s1.nano`, `s1.micro`, `s1.small`, `s1.medium`, `s1.large`, `s1.xlarge`, `s1.2xlarge`, `s1.4xlarge`, `u1.nano`, `u1.micro`, `u1.small`, `u1.medium`, `u1.large`, `u1.xlarge`, `u1.2xlarge`, `u1.4xlarge`, `m1.nano`, `m1.micro`, `m1.small`, `m1.medium`, `m1.large`, `m1.xlarge`, `m1.2xlarge`, `m1.4xlarge`, `nano`, `micro`, `small`, `medium`, `large`, `xlarge`, `2xlarge`. Defaults to `t1.nano`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#resources_preset Rabbitmq#resources_preset}
   */
  readonly resourcesPreset?: string;
  /**
   * Size of the data volume of each node. Defaults to `10Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#size Rabbitmq#size}
   */
  readonly size?: string;
  /**
   * StorageClass for the persistent volumes; cannot change after creation. Defaults to ``. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#storage_class Rabbitmq#storage_class}
   */
  readonly storageClass?: string;
  /**
   * How long to wait for the platform, as durations such as `30s`, `10m` or `1h`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#timeouts Rabbitmq#timeouts}
   */
  readonly timeouts?: RabbitmqTimeouts;
  /**
   * Users by name.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#users Rabbitmq#users}
   */
  readonly users?: { [key: string]: RabbitmqUsers } | cdktn.IResolvable;
  /**
   * RabbitMQ major.minor version. One of `v4.2`, `v4.1`, `v4.0`, `v3.13`. Defaults to `v4.2`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#version Rabbitmq#version}
   */
  readonly version?: string;
  /**
   * Virtual hosts by name.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#vhosts Rabbitmq#vhosts}
   */
  readonly vhosts?: { [key: string]: RabbitmqVhosts } | cdktn.IResolvable;
}
export interface RabbitmqConnection {}

export function rabbitmqConnectionToTerraform(struct?: RabbitmqConnection): any {
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

export function rabbitmqConnectionToHclTerraform(struct?: RabbitmqConnection): any {
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

export class RabbitmqConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): RabbitmqConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RabbitmqConnection | undefined) {
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

  // passwords - computed: true, optional: false, required: false
  private _passwords = new cdktn.StringMap(this, "passwords");
  public get passwords() {
    return this._passwords;
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
export interface RabbitmqResources {
  /**
   * CPU cores available, e.g. 500m or 2.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#cpu Rabbitmq#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory available, e.g. 512Mi or 4Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#memory Rabbitmq#memory}
   */
  readonly memory?: string;
}

export function rabbitmqResourcesToTerraform(struct?: RabbitmqResources | cdktn.IResolvable): any {
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

export function rabbitmqResourcesToHclTerraform(struct?: RabbitmqResources | cdktn.IResolvable): any {
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

export class RabbitmqResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): RabbitmqResources | cdktn.IResolvable | undefined {
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

  public set internalValue(value: RabbitmqResources | cdktn.IResolvable | undefined) {
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
export interface RabbitmqTimeouts {
  /**
   * Wait for a new object to become ready.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#create Rabbitmq#create}
   */
  readonly create?: string;
  /**
   * Wait for the object to be gone.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#delete Rabbitmq#delete}
   */
  readonly delete?: string;
  /**
   * Wait for a changed object to become ready again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#update Rabbitmq#update}
   */
  readonly update?: string;
}

export function rabbitmqTimeoutsToTerraform(struct?: RabbitmqTimeouts | cdktn.IResolvable): any {
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

export function rabbitmqTimeoutsToHclTerraform(struct?: RabbitmqTimeouts | cdktn.IResolvable): any {
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

export class RabbitmqTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): RabbitmqTimeouts | cdktn.IResolvable | undefined {
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

  public set internalValue(value: RabbitmqTimeouts | cdktn.IResolvable | undefined) {
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
export interface RabbitmqUsers {
  /**
   * The user's password; generated by the platform when not given.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#password Rabbitmq#password}
   */
  readonly password?: string;
  /**
   * Write-only form of `password`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#password_wo Rabbitmq#password_wo}
   */
  readonly passwordWo?: string;
  /**
   * Set it with `password_wo`; change it to send `password_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#password_wo_version Rabbitmq#password_wo_version}
   */
  readonly passwordWoVersion?: number;
}

export function rabbitmqUsersToTerraform(struct?: RabbitmqUsers | cdktn.IResolvable): any {
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

export function rabbitmqUsersToHclTerraform(struct?: RabbitmqUsers | cdktn.IResolvable): any {
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

export class RabbitmqUsersOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): RabbitmqUsers | cdktn.IResolvable | undefined {
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

  public set internalValue(value: RabbitmqUsers | cdktn.IResolvable | undefined) {
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

export class RabbitmqUsersMap extends cdktn.ComplexMap {
  public internalValue?: { [key: string]: RabbitmqUsers } | cdktn.IResolvable;

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
  public get(key: string): RabbitmqUsersOutputReference {
    return new RabbitmqUsersOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}
export interface RabbitmqVhostsRoles {
  /**
   * Users that may configure, write and read.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#admin Rabbitmq#admin}
   */
  readonly admin?: string[];
  /**
   * Users that may only read.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#readonly Rabbitmq#readonly}
   */
  readonly readonly?: string[];
}

export function rabbitmqVhostsRolesToTerraform(struct?: RabbitmqVhostsRoles): any {
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

export function rabbitmqVhostsRolesToHclTerraform(struct?: RabbitmqVhostsRoles): any {
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

export class RabbitmqVhostsRolesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): RabbitmqVhostsRoles | undefined {
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

  public set internalValue(value: RabbitmqVhostsRoles | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._admin = undefined;
      this._readonly = undefined;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
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
export interface RabbitmqVhosts {
  /**
   * Which users get which access to this virtual host.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#roles Rabbitmq#roles}
   */
  readonly roles: RabbitmqVhostsRoles;
}

export function rabbitmqVhostsToTerraform(struct?: RabbitmqVhosts | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    roles: rabbitmqVhostsRolesToTerraform(struct!.roles),
  };
}

export function rabbitmqVhostsToHclTerraform(struct?: RabbitmqVhosts | cdktn.IResolvable): any {
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
      value: rabbitmqVhostsRolesToHclTerraform(struct!.roles),
      isBlock: true,
      type: "struct",
      storageClassType: "RabbitmqVhostsRoles",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class RabbitmqVhostsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): RabbitmqVhosts | cdktn.IResolvable | undefined {
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

  public set internalValue(value: RabbitmqVhosts | cdktn.IResolvable | undefined) {
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

  // roles - computed: true, optional: false, required: true
  private _roles = new RabbitmqVhostsRolesOutputReference(this, "roles");
  public get roles() {
    return this._roles;
  }
  public putRoles(value: RabbitmqVhostsRoles) {
    this._roles.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rolesInput() {
    return this._roles.internalValue;
  }
}

export class RabbitmqVhostsMap extends cdktn.ComplexMap {
  public internalValue?: { [key: string]: RabbitmqVhosts } | cdktn.IResolvable;

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
  public get(key: string): RabbitmqVhostsOutputReference {
    return new RabbitmqVhostsOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}

/**
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq cozystack_rabbitmq}
 */
export class Rabbitmq extends cdktn.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_rabbitmq";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a Rabbitmq resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the Rabbitmq to import
   * @param importFromId The id of the existing Rabbitmq that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the Rabbitmq to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack_rabbitmq",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/rabbitmq cozystack_rabbitmq} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options RabbitmqConfig
   */
  public constructor(scope: Construct, id: string, config: RabbitmqConfig) {
    super(scope, id, {
      terraformResourceType: "cozystack_rabbitmq",
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
    this._vhosts.internalValue = config.vhosts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // connection - computed: true, optional: false, required: false
  private _connection = new RabbitmqConnectionOutputReference(this, "connection");
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
  private _resources = new RabbitmqResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: RabbitmqResources) {
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
  private _timeouts = new RabbitmqTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: RabbitmqTimeouts) {
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
  private _users = new RabbitmqUsersMap(this, "users");
  public get users() {
    return this._users;
  }
  public putUsers(value: { [key: string]: RabbitmqUsers } | cdktn.IResolvable) {
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

  // vhosts - computed: true, optional: true, required: false
  private _vhosts = new RabbitmqVhostsMap(this, "vhosts");
  public get vhosts() {
    return this._vhosts;
  }
  public putVhosts(value: { [key: string]: RabbitmqVhosts } | cdktn.IResolvable) {
    this._vhosts.internalValue = value;
  }
  public resetVhosts() {
    this._vhosts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vhostsInput() {
    return this._vhosts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      external: cdktn.booleanToTerraform(this._external),
      name: cdktn.stringToTerraform(this._name),
      namespace: cdktn.stringToTerraform(this._namespace),
      replicas: cdktn.numberToTerraform(this._replicas),
      resources: rabbitmqResourcesToTerraform(this._resources.internalValue),
      resources_preset: cdktn.stringToTerraform(this._resourcesPreset),
      size: cdktn.stringToTerraform(this._size),
      storage_class: cdktn.stringToTerraform(this._storageClass),
      timeouts: rabbitmqTimeoutsToTerraform(this._timeouts.internalValue),
      users: cdktn.hashMapper(rabbitmqUsersToTerraform)(this._users.internalValue),
      version: cdktn.stringToTerraform(this._version),
      vhosts: cdktn.hashMapper(rabbitmqVhostsToTerraform)(this._vhosts.internalValue),
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
        value: rabbitmqResourcesToHclTerraform(this._resources.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "RabbitmqResources",
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
        value: rabbitmqTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "RabbitmqTimeouts",
      },
      users: {
        value: cdktn.hashMapperHcl(rabbitmqUsersToHclTerraform)(this._users.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "RabbitmqUsersMap",
      },
      version: {
        value: cdktn.stringToHclTerraform(this._version),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vhosts: {
        value: cdktn.hashMapperHcl(rabbitmqVhostsToHclTerraform)(this._vhosts.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "RabbitmqVhostsMap",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(
      Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
    );
  }
}
