// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface OpensearchConfig extends cdktn.TerraformMetaArguments {
  /**
   * OpenSearch Dashboards web UI.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#dashboards Opensearch#dashboards}
   */
  readonly dashboards?: OpensearchDashboards;
  /**
   * Expose the service outside the cluster through a LoadBalancer. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#external Opensearch#external}
   */
  readonly external?: boolean | cdktn.IResolvable;
  /**
   * Container image overrides.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#images Opensearch#images}
   */
  readonly images?: OpensearchImages;
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#name Opensearch#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#namespace Opensearch#namespace}
   */
  readonly namespace?: string;
  /**
   * Roles every node takes; at least one must be on.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#node_roles Opensearch#node_roles}
   */
  readonly nodeRoles?: OpensearchNodeRoles;
  /**
   * How many OpenSearch nodes the cluster runs. Defaults to `3`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#replicas Opensearch#replicas}
   */
  readonly replicas?: number;
  /**
   * CPU and memory for each node; when set, it replaces the preset.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#resources Opensearch#resources}
   */
  readonly resources?: OpensearchResources;
  /**
   * Sizing preset for each node when resources is not given; OpenSearch needs at least 2Gi of memory. One of `t1.nano`, `t1.micro`, `t1.small`, `t1.medium`, `t1.large`, `t1.xlarge`, `t1.2xlarge`, `t1.4xlarge`, `c1.nano`, `c1.micro`, `c1.small`, `c1.medium`, `c1.large`, `c1.xlarge`, `c1.2xlarge`, `c1.4xlarge`, `s1.nano`, `s1.micro`, `s1.small`, `s1.medium`, `s1.large`, `s1.xlarge`, `s1.2xlarge`, `s1.4xlarge`, `u1.nano`, `u1.micro`, `u1.small`, `u1.medium`, `u1.large`, `u1.xlarge`, `u1.2xlarge`, `u1.4xlarge`, `m1.nano`, `m1.micro`, `m1.small`, `m1.medium`, `m1.large`, `m1.xlarge`, `m1.2xlarge`, `m1.4xlarge`, `nano`, `micro`, `small`, `medium`, `large`, `xlarge`, `2xlarge`. Defaults to `c1.medium`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#resources_preset Opensearch#resources_preset}
   */
  readonly resourcesPreset?: string;
  /**
   * Size of the data volume of each node. Defaults to `10Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#size Opensearch#size}
   */
  readonly size?: string;
  /**
   * StorageClass for the data volumes; empty means replicated for a single node and local otherwise; cannot change after creation. Defaults to ``. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#storage_class Opensearch#storage_class}
   */
  readonly storageClass?: string;
  /**
   * How long to wait for the platform, as durations such as `30s`, `10m` or `1h`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#timeouts Opensearch#timeouts}
   */
  readonly timeouts?: OpensearchTimeouts;
  /**
   * Whether spreading nodes across hosts and zones is a preference (soft) or a requirement (hard). One of `soft`, `hard`. Defaults to `soft`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#topology_spread_policy Opensearch#topology_spread_policy}
   */
  readonly topologySpreadPolicy?: string;
  /**
   * Extra OpenSearch users by name.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#users Opensearch#users}
   */
  readonly users?: { [key: string]: OpensearchUsers } | cdktn.IResolvable;
  /**
   * OpenSearch major version. One of `v3`, `v2`, `v1`. Defaults to `v2`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#version Opensearch#version}
   */
  readonly version?: string;
}
export interface OpensearchConnection {}

export function opensearchConnectionToTerraform(struct?: OpensearchConnection): any {
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

export function opensearchConnectionToHclTerraform(struct?: OpensearchConnection): any {
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

export class OpensearchConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): OpensearchConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: OpensearchConnection | undefined) {
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
export interface OpensearchDashboardsResources {
  /**
   * CPU cores available, e.g. 500m or 2.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#cpu Opensearch#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory available, e.g. 512Mi or 4Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#memory Opensearch#memory}
   */
  readonly memory?: string;
}

export function opensearchDashboardsResourcesToTerraform(
  struct?: OpensearchDashboardsResources | cdktn.IResolvable,
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

export function opensearchDashboardsResourcesToHclTerraform(
  struct?: OpensearchDashboardsResources | cdktn.IResolvable,
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

export class OpensearchDashboardsResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): OpensearchDashboardsResources | cdktn.IResolvable | undefined {
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

  public set internalValue(value: OpensearchDashboardsResources | cdktn.IResolvable | undefined) {
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
export interface OpensearchDashboards {
  /**
   * Deploy OpenSearch Dashboards. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#enabled Opensearch#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * How many Dashboards instances run. Defaults to `1`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#replicas Opensearch#replicas}
   */
  readonly replicas?: number;
  /**
   * CPU and memory for each Dashboards instance; when set, it replaces the preset.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#resources Opensearch#resources}
   */
  readonly resources?: OpensearchDashboardsResources;
  /**
   * Sizing preset for each Dashboards instance when resources is not given. One of `t1.nano`, `t1.micro`, `t1.small`, `t1.medium`, `t1.large`, `t1.xlarge`, `t1.2xlarge`, `t1.4xlarge`, `c1.nano`, `c1.micro`, `c1.small`, `c1.medium`, `c1.large`, `c1.xlarge`, `c1.2xlarge`, `c1.4xlarge`, `s1.nano`, `s1.micro`, `s1.small`, `s1.medium`, `s1.large`, `s1.xlarge`, `s1.2xlarge`, `s1.4xlarge`, `u1.nano`, `u1.micro`, `u1.small`, `u1.medium`, `u1.large`, `u1.xlarge`, `u1.2xlarge`, `u1.4xlarge`, `m1.nano`, `m1.micro`, `m1.small`, `m1.medium`, `m1.large`, `m1.xlarge`, `m1.2xlarge`, `m1.4xlarge`, `nano`, `micro`, `small`, `medium`, `large`, `xlarge`, `2xlarge`. Defaults to `c1.small`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#resources_preset Opensearch#resources_preset}
   */
  readonly resourcesPreset?: string;
}

export function opensearchDashboardsToTerraform(struct?: OpensearchDashboards | cdktn.IResolvable): any {
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
    replicas: cdktn.numberToTerraform(struct!.replicas),
    resources: opensearchDashboardsResourcesToTerraform(struct!.resources),
    resources_preset: cdktn.stringToTerraform(struct!.resourcesPreset),
  };
}

export function opensearchDashboardsToHclTerraform(struct?: OpensearchDashboards | cdktn.IResolvable): any {
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
    replicas: {
      value: cdktn.numberToHclTerraform(struct!.replicas),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    resources: {
      value: opensearchDashboardsResourcesToHclTerraform(struct!.resources),
      isBlock: true,
      type: "struct",
      storageClassType: "OpensearchDashboardsResources",
    },
    resources_preset: {
      value: cdktn.stringToHclTerraform(struct!.resourcesPreset),
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

export class OpensearchDashboardsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): OpensearchDashboards | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._replicas !== undefined) {
      hasAnyValues = true;
      internalValueResult.replicas = this._replicas;
    }
    if (this._resources?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.resources = this._resources?.internalValue;
    }
    if (this._resourcesPreset !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourcesPreset = this._resourcesPreset;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: OpensearchDashboards | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._replicas = undefined;
      this._resources.internalValue = undefined;
      this._resourcesPreset = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._replicas = value.replicas;
      this._resources.internalValue = value.resources;
      this._resourcesPreset = value.resourcesPreset;
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
  private _resources = new OpensearchDashboardsResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: OpensearchDashboardsResources) {
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
}
export interface OpensearchImages {
  /**
   * OpenSearch image to run; empty uses the image matching version. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#opensearch Opensearch#opensearch}
   */
  readonly opensearch?: string;
}

export function opensearchImagesToTerraform(struct?: OpensearchImages | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    opensearch: cdktn.stringToTerraform(struct!.opensearch),
  };
}

export function opensearchImagesToHclTerraform(struct?: OpensearchImages | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    opensearch: {
      value: cdktn.stringToHclTerraform(struct!.opensearch),
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

export class OpensearchImagesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): OpensearchImages | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._opensearch !== undefined) {
      hasAnyValues = true;
      internalValueResult.opensearch = this._opensearch;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: OpensearchImages | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._opensearch = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._opensearch = value.opensearch;
    }
  }

  // opensearch - computed: true, optional: true, required: false
  private _opensearch?: string;
  public get opensearch() {
    return this.getStringAttribute("opensearch");
  }
  public set opensearch(value: string) {
    this._opensearch = value;
  }
  public resetOpensearch() {
    this._opensearch = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get opensearchInput() {
    return this._opensearch;
  }
}
export interface OpensearchNodeRoles {
  /**
   * Nodes store data. Defaults to `true`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#data Opensearch#data}
   */
  readonly data?: boolean | cdktn.IResolvable;
  /**
   * Nodes run ingest pipelines. Defaults to `true`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#ingest Opensearch#ingest}
   */
  readonly ingest?: boolean | cdktn.IResolvable;
  /**
   * Nodes are eligible as cluster manager. Defaults to `true`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#master Opensearch#master}
   */
  readonly master?: boolean | cdktn.IResolvable;
  /**
   * Nodes run machine learning tasks. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#ml Opensearch#ml}
   */
  readonly ml?: boolean | cdktn.IResolvable;
}

export function opensearchNodeRolesToTerraform(struct?: OpensearchNodeRoles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    data: cdktn.booleanToTerraform(struct!.data),
    ingest: cdktn.booleanToTerraform(struct!.ingest),
    master: cdktn.booleanToTerraform(struct!.master),
    ml: cdktn.booleanToTerraform(struct!.ml),
  };
}

export function opensearchNodeRolesToHclTerraform(struct?: OpensearchNodeRoles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    data: {
      value: cdktn.booleanToHclTerraform(struct!.data),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    ingest: {
      value: cdktn.booleanToHclTerraform(struct!.ingest),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    master: {
      value: cdktn.booleanToHclTerraform(struct!.master),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    ml: {
      value: cdktn.booleanToHclTerraform(struct!.ml),
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

export class OpensearchNodeRolesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): OpensearchNodeRoles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._data !== undefined) {
      hasAnyValues = true;
      internalValueResult.data = this._data;
    }
    if (this._ingest !== undefined) {
      hasAnyValues = true;
      internalValueResult.ingest = this._ingest;
    }
    if (this._master !== undefined) {
      hasAnyValues = true;
      internalValueResult.master = this._master;
    }
    if (this._ml !== undefined) {
      hasAnyValues = true;
      internalValueResult.ml = this._ml;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: OpensearchNodeRoles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._data = undefined;
      this._ingest = undefined;
      this._master = undefined;
      this._ml = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._data = value.data;
      this._ingest = value.ingest;
      this._master = value.master;
      this._ml = value.ml;
    }
  }

  // data - computed: true, optional: true, required: false
  private _data?: boolean | cdktn.IResolvable;
  public get data() {
    return this.getBooleanAttribute("data");
  }
  public set data(value: boolean | cdktn.IResolvable) {
    this._data = value;
  }
  public resetData() {
    this._data = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dataInput() {
    return this._data;
  }

  // ingest - computed: true, optional: true, required: false
  private _ingest?: boolean | cdktn.IResolvable;
  public get ingest() {
    return this.getBooleanAttribute("ingest");
  }
  public set ingest(value: boolean | cdktn.IResolvable) {
    this._ingest = value;
  }
  public resetIngest() {
    this._ingest = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ingestInput() {
    return this._ingest;
  }

  // master - computed: true, optional: true, required: false
  private _master?: boolean | cdktn.IResolvable;
  public get master() {
    return this.getBooleanAttribute("master");
  }
  public set master(value: boolean | cdktn.IResolvable) {
    this._master = value;
  }
  public resetMaster() {
    this._master = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get masterInput() {
    return this._master;
  }

  // ml - computed: true, optional: true, required: false
  private _ml?: boolean | cdktn.IResolvable;
  public get ml() {
    return this.getBooleanAttribute("ml");
  }
  public set ml(value: boolean | cdktn.IResolvable) {
    this._ml = value;
  }
  public resetMl() {
    this._ml = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mlInput() {
    return this._ml;
  }
}
export interface OpensearchResources {
  /**
   * CPU cores available, e.g. 500m or 2.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#cpu Opensearch#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory available, e.g. 512Mi or 4Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#memory Opensearch#memory}
   */
  readonly memory?: string;
}

export function opensearchResourcesToTerraform(struct?: OpensearchResources | cdktn.IResolvable): any {
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

export function opensearchResourcesToHclTerraform(struct?: OpensearchResources | cdktn.IResolvable): any {
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

export class OpensearchResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): OpensearchResources | cdktn.IResolvable | undefined {
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

  public set internalValue(value: OpensearchResources | cdktn.IResolvable | undefined) {
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
export interface OpensearchTimeouts {
  /**
   * Wait for a new object to become ready.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#create Opensearch#create}
   */
  readonly create?: string;
  /**
   * Wait for the object to be gone.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#delete Opensearch#delete}
   */
  readonly delete?: string;
  /**
   * Wait for a changed object to become ready again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#update Opensearch#update}
   */
  readonly update?: string;
}

export function opensearchTimeoutsToTerraform(struct?: OpensearchTimeouts | cdktn.IResolvable): any {
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

export function opensearchTimeoutsToHclTerraform(struct?: OpensearchTimeouts | cdktn.IResolvable): any {
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

export class OpensearchTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): OpensearchTimeouts | cdktn.IResolvable | undefined {
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

  public set internalValue(value: OpensearchTimeouts | cdktn.IResolvable | undefined) {
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
export interface OpensearchUsers {
  /**
   * The user's password; generated by the platform when not given.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#password Opensearch#password}
   */
  readonly password?: string;
  /**
   * Write-only form of `password`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#password_wo Opensearch#password_wo}
   */
  readonly passwordWo?: string;
  /**
   * Set it with `password_wo`; change it to send `password_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#password_wo_version Opensearch#password_wo_version}
   */
  readonly passwordWoVersion?: number;
  /**
   * OpenSearch roles granted to the user; readall when not given.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#roles Opensearch#roles}
   */
  readonly roles?: string[];
}

export function opensearchUsersToTerraform(struct?: OpensearchUsers | cdktn.IResolvable): any {
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
    roles: cdktn.listMapper(cdktn.stringToTerraform, false)(struct!.roles),
  };
}

export function opensearchUsersToHclTerraform(struct?: OpensearchUsers | cdktn.IResolvable): any {
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
    roles: {
      value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct!.roles),
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

export class OpensearchUsersOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): OpensearchUsers | cdktn.IResolvable | undefined {
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
    if (this._roles !== undefined) {
      hasAnyValues = true;
      internalValueResult.roles = this._roles;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: OpensearchUsers | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._password = undefined;
      this._passwordWo = undefined;
      this._passwordWoVersion = undefined;
      this._roles = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._password = value.password;
      this._passwordWo = value.passwordWo;
      this._passwordWoVersion = value.passwordWoVersion;
      this._roles = value.roles;
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
}

export class OpensearchUsersMap extends cdktn.ComplexMap {
  public internalValue?: { [key: string]: OpensearchUsers } | cdktn.IResolvable;

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
  public get(key: string): OpensearchUsersOutputReference {
    return new OpensearchUsersOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}

/**
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch cozystack_opensearch}
 */
export class Opensearch extends cdktn.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_opensearch";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a Opensearch resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the Opensearch to import
   * @param importFromId The id of the existing Opensearch that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the Opensearch to import is found
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
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/opensearch cozystack_opensearch} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options OpensearchConfig
   */
  public constructor(scope: Construct, id: string, config: OpensearchConfig) {
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
    this._dashboards.internalValue = config.dashboards;
    this._external = config.external;
    this._images.internalValue = config.images;
    this._name = config.name;
    this._namespace = config.namespace;
    this._nodeRoles.internalValue = config.nodeRoles;
    this._replicas = config.replicas;
    this._resources.internalValue = config.resources;
    this._resourcesPreset = config.resourcesPreset;
    this._size = config.size;
    this._storageClass = config.storageClass;
    this._timeouts.internalValue = config.timeouts;
    this._topologySpreadPolicy = config.topologySpreadPolicy;
    this._users.internalValue = config.users;
    this._version = config.version;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // connection - computed: true, optional: false, required: false
  private _connection = new OpensearchConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // dashboards - computed: true, optional: true, required: false
  private _dashboards = new OpensearchDashboardsOutputReference(this, "dashboards");
  public get dashboards() {
    return this._dashboards;
  }
  public putDashboards(value: OpensearchDashboards) {
    this._dashboards.internalValue = value;
  }
  public resetDashboards() {
    this._dashboards.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dashboardsInput() {
    return this._dashboards.internalValue;
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

  // images - computed: true, optional: true, required: false
  private _images = new OpensearchImagesOutputReference(this, "images");
  public get images() {
    return this._images;
  }
  public putImages(value: OpensearchImages) {
    this._images.internalValue = value;
  }
  public resetImages() {
    this._images.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imagesInput() {
    return this._images.internalValue;
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

  // node_roles - computed: true, optional: true, required: false
  private _nodeRoles = new OpensearchNodeRolesOutputReference(this, "node_roles");
  public get nodeRoles() {
    return this._nodeRoles;
  }
  public putNodeRoles(value: OpensearchNodeRoles) {
    this._nodeRoles.internalValue = value;
  }
  public resetNodeRoles() {
    this._nodeRoles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nodeRolesInput() {
    return this._nodeRoles.internalValue;
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
  private _resources = new OpensearchResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: OpensearchResources) {
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
  private _timeouts = new OpensearchTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: OpensearchTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // topology_spread_policy - computed: true, optional: true, required: false
  private _topologySpreadPolicy?: string;
  public get topologySpreadPolicy() {
    return this.getStringAttribute("topology_spread_policy");
  }
  public set topologySpreadPolicy(value: string) {
    this._topologySpreadPolicy = value;
  }
  public resetTopologySpreadPolicy() {
    this._topologySpreadPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get topologySpreadPolicyInput() {
    return this._topologySpreadPolicy;
  }

  // users - computed: true, optional: true, required: false
  private _users = new OpensearchUsersMap(this, "users");
  public get users() {
    return this._users;
  }
  public putUsers(value: { [key: string]: OpensearchUsers } | cdktn.IResolvable) {
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
      dashboards: opensearchDashboardsToTerraform(this._dashboards.internalValue),
      external: cdktn.booleanToTerraform(this._external),
      images: opensearchImagesToTerraform(this._images.internalValue),
      name: cdktn.stringToTerraform(this._name),
      namespace: cdktn.stringToTerraform(this._namespace),
      node_roles: opensearchNodeRolesToTerraform(this._nodeRoles.internalValue),
      replicas: cdktn.numberToTerraform(this._replicas),
      resources: opensearchResourcesToTerraform(this._resources.internalValue),
      resources_preset: cdktn.stringToTerraform(this._resourcesPreset),
      size: cdktn.stringToTerraform(this._size),
      storage_class: cdktn.stringToTerraform(this._storageClass),
      timeouts: opensearchTimeoutsToTerraform(this._timeouts.internalValue),
      topology_spread_policy: cdktn.stringToTerraform(this._topologySpreadPolicy),
      users: cdktn.hashMapper(opensearchUsersToTerraform)(this._users.internalValue),
      version: cdktn.stringToTerraform(this._version),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      dashboards: {
        value: opensearchDashboardsToHclTerraform(this._dashboards.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "OpensearchDashboards",
      },
      external: {
        value: cdktn.booleanToHclTerraform(this._external),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      images: {
        value: opensearchImagesToHclTerraform(this._images.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "OpensearchImages",
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
      node_roles: {
        value: opensearchNodeRolesToHclTerraform(this._nodeRoles.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "OpensearchNodeRoles",
      },
      replicas: {
        value: cdktn.numberToHclTerraform(this._replicas),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      resources: {
        value: opensearchResourcesToHclTerraform(this._resources.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "OpensearchResources",
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
        value: opensearchTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "OpensearchTimeouts",
      },
      topology_spread_policy: {
        value: cdktn.stringToHclTerraform(this._topologySpreadPolicy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      users: {
        value: cdktn.hashMapperHcl(opensearchUsersToHclTerraform)(this._users.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "OpensearchUsersMap",
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
