// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface TenantConfig extends cdktn.TerraformMetaArguments {
  /**
   * Run a dedicated etcd for this tenant's managed Kubernetes clusters. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant#etcd Tenant#etcd}
   */
  readonly etcd?: boolean | cdktn.IResolvable;
  /**
   * Run a dedicated Gateway API gateway; when unset, it is on for tenants whose host is derived from the parent.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant#gateway Tenant#gateway}
   */
  readonly gateway?: boolean | cdktn.IResolvable;
  /**
   * Domain for the tenant's services; empty means <name>.<parent tenant's host>. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant#host Tenant#host}
   */
  readonly host?: string;
  /**
   * Run a dedicated ingress controller for this tenant. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant#ingress Tenant#ingress}
   */
  readonly ingress?: boolean | cdktn.IResolvable;
  /**
   * Run a dedicated monitoring stack for this tenant. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant#monitoring Tenant#monitoring}
   */
  readonly monitoring?: boolean | cdktn.IResolvable;
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant#name Tenant#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant#namespace Tenant#namespace}
   */
  readonly namespace?: string;
  /**
   * Quotas by resource name: cpu, memory, storage, ephemeral-storage, or object counts such as pods.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant#resource_quotas Tenant#resource_quotas}
   */
  readonly resourceQuotas?: { [key: string]: string };
  /**
   * SchedulingClass whose placement constraints apply to the tenant's workloads. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant#scheduling_class Tenant#scheduling_class}
   */
  readonly schedulingClass?: string;
  /**
   * Run a dedicated SeaweedFS object store for this tenant. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant#seaweedfs Tenant#seaweedfs}
   */
  readonly seaweedfs?: boolean | cdktn.IResolvable;
  /**
   * How long to wait for the platform, as durations such as `30s`, `10m` or `1h`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant#timeouts Tenant#timeouts}
   */
  readonly timeouts?: TenantTimeouts;
}
export interface TenantConnection {}

export function tenantConnectionToTerraform(struct?: TenantConnection): any {
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

export function tenantConnectionToHclTerraform(struct?: TenantConnection): any {
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

export class TenantConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): TenantConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: TenantConnection | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // namespace - computed: true, optional: false, required: false
  public get namespace() {
    return this.getStringAttribute("namespace");
  }
}
export interface TenantTimeouts {
  /**
   * Wait for a new object to become ready.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant#create Tenant#create}
   */
  readonly create?: string;
  /**
   * Wait for the object to be gone.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant#delete Tenant#delete}
   */
  readonly delete?: string;
  /**
   * Wait for a changed object to become ready again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant#update Tenant#update}
   */
  readonly update?: string;
}

export function tenantTimeoutsToTerraform(struct?: TenantTimeouts | cdktn.IResolvable): any {
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

export function tenantTimeoutsToHclTerraform(struct?: TenantTimeouts | cdktn.IResolvable): any {
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

export class TenantTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): TenantTimeouts | cdktn.IResolvable | undefined {
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

  public set internalValue(value: TenantTimeouts | cdktn.IResolvable | undefined) {
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
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant cozystack_tenant}
 */
export class Tenant extends cdktn.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_tenant";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a Tenant resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the Tenant to import
   * @param importFromId The id of the existing Tenant that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the Tenant to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack_tenant",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/tenant cozystack_tenant} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options TenantConfig
   */
  public constructor(scope: Construct, id: string, config: TenantConfig) {
    super(scope, id, {
      terraformResourceType: "cozystack_tenant",
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
    this._etcd = config.etcd;
    this._gateway = config.gateway;
    this._host = config.host;
    this._ingress = config.ingress;
    this._monitoring = config.monitoring;
    this._name = config.name;
    this._namespace = config.namespace;
    this._resourceQuotas = config.resourceQuotas;
    this._schedulingClass = config.schedulingClass;
    this._seaweedfs = config.seaweedfs;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // connection - computed: true, optional: false, required: false
  private _connection = new TenantConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // etcd - computed: true, optional: true, required: false
  private _etcd?: boolean | cdktn.IResolvable;
  public get etcd() {
    return this.getBooleanAttribute("etcd");
  }
  public set etcd(value: boolean | cdktn.IResolvable) {
    this._etcd = value;
  }
  public resetEtcd() {
    this._etcd = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get etcdInput() {
    return this._etcd;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: boolean | cdktn.IResolvable;
  public get gateway() {
    return this.getBooleanAttribute("gateway");
  }
  public set gateway(value: boolean | cdktn.IResolvable) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
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

  // ingress - computed: true, optional: true, required: false
  private _ingress?: boolean | cdktn.IResolvable;
  public get ingress() {
    return this.getBooleanAttribute("ingress");
  }
  public set ingress(value: boolean | cdktn.IResolvable) {
    this._ingress = value;
  }
  public resetIngress() {
    this._ingress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ingressInput() {
    return this._ingress;
  }

  // monitoring - computed: true, optional: true, required: false
  private _monitoring?: boolean | cdktn.IResolvable;
  public get monitoring() {
    return this.getBooleanAttribute("monitoring");
  }
  public set monitoring(value: boolean | cdktn.IResolvable) {
    this._monitoring = value;
  }
  public resetMonitoring() {
    this._monitoring = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get monitoringInput() {
    return this._monitoring;
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

  // resource_quotas - computed: true, optional: true, required: false
  private _resourceQuotas?: { [key: string]: string };
  public get resourceQuotas() {
    return this.getStringMapAttribute("resource_quotas");
  }
  public set resourceQuotas(value: { [key: string]: string }) {
    this._resourceQuotas = value;
  }
  public resetResourceQuotas() {
    this._resourceQuotas = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceQuotasInput() {
    return this._resourceQuotas;
  }

  // scheduling_class - computed: true, optional: true, required: false
  private _schedulingClass?: string;
  public get schedulingClass() {
    return this.getStringAttribute("scheduling_class");
  }
  public set schedulingClass(value: string) {
    this._schedulingClass = value;
  }
  public resetSchedulingClass() {
    this._schedulingClass = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get schedulingClassInput() {
    return this._schedulingClass;
  }

  // seaweedfs - computed: true, optional: true, required: false
  private _seaweedfs?: boolean | cdktn.IResolvable;
  public get seaweedfs() {
    return this.getBooleanAttribute("seaweedfs");
  }
  public set seaweedfs(value: boolean | cdktn.IResolvable) {
    this._seaweedfs = value;
  }
  public resetSeaweedfs() {
    this._seaweedfs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get seaweedfsInput() {
    return this._seaweedfs;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new TenantTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: TenantTimeouts) {
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
      etcd: cdktn.booleanToTerraform(this._etcd),
      gateway: cdktn.booleanToTerraform(this._gateway),
      host: cdktn.stringToTerraform(this._host),
      ingress: cdktn.booleanToTerraform(this._ingress),
      monitoring: cdktn.booleanToTerraform(this._monitoring),
      name: cdktn.stringToTerraform(this._name),
      namespace: cdktn.stringToTerraform(this._namespace),
      resource_quotas: cdktn.hashMapper(cdktn.stringToTerraform)(this._resourceQuotas),
      scheduling_class: cdktn.stringToTerraform(this._schedulingClass),
      seaweedfs: cdktn.booleanToTerraform(this._seaweedfs),
      timeouts: tenantTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      etcd: {
        value: cdktn.booleanToHclTerraform(this._etcd),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      gateway: {
        value: cdktn.booleanToHclTerraform(this._gateway),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      host: {
        value: cdktn.stringToHclTerraform(this._host),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ingress: {
        value: cdktn.booleanToHclTerraform(this._ingress),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      monitoring: {
        value: cdktn.booleanToHclTerraform(this._monitoring),
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
      resource_quotas: {
        value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(this._resourceQuotas),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      scheduling_class: {
        value: cdktn.stringToHclTerraform(this._schedulingClass),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      seaweedfs: {
        value: cdktn.booleanToHclTerraform(this._seaweedfs),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      timeouts: {
        value: tenantTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "TenantTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(
      Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
    );
  }
}
