// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface KubernetesConfig extends cdktn.TerraformMetaArguments {
  /**
   * Components installed inside the cluster.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#addons Kubernetes#addons}
   */
  readonly addons?: KubernetesAddons;
  /**
   * Control-plane components, which run as pods in the tenant namespace.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#control_plane Kubernetes#control_plane}
   */
  readonly controlPlane?: KubernetesControlPlane;
  /**
   * Public host name of the API server; empty means kubernetes-<name>.<tenant host>. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#host Kubernetes#host}
   */
  readonly host?: string;
  /**
   * Replacement images for helper containers, for mirrored or air-gapped registries.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#images Kubernetes#images}
   */
  readonly images?: KubernetesImages;
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#name Kubernetes#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#namespace Kubernetes#namespace}
   */
  readonly namespace?: string;
  /**
   * Worker node groups by name; when empty, one group md0 with no nodes until the autoscaler adds some and the ingress-nginx role.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#node_groups Kubernetes#node_groups}
   */
  readonly nodeGroups?: { [key: string]: KubernetesNodeGroups } | cdktn.IResolvable;
  /**
   * Automatic repair of unhealthy workers, for every node group.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#node_health_check Kubernetes#node_health_check}
   */
  readonly nodeHealthCheck?: KubernetesNodeHealthCheck;
  /**
   * Single sign-on to the cluster's API server through OIDC, with per-user access.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#oidc Kubernetes#oidc}
   */
  readonly oidc?: KubernetesOidc;
  /**
   * Default StorageClass inside the cluster and for worker disks; remote LINSTOR classes appear in the cluster under the same name. Cannot change after creation. Defaults to `replicated`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#storage_class Kubernetes#storage_class}
   */
  readonly storageClass?: string;
  /**
   * Where the Talos OS images of the workers come from.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#talos Kubernetes#talos}
   */
  readonly talos?: KubernetesTalos;
  /**
   * How long to wait for the platform, as durations such as `30s`, `10m` or `1h`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#timeouts Kubernetes#timeouts}
   */
  readonly timeouts?: KubernetesTimeouts;
  /**
   * Kubernetes minor version. One of `v1.35`, `v1.34`, `v1.33`, `v1.32`, `v1.31`. Defaults to `v1.35`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#version Kubernetes#version}
   */
  readonly version?: string;
}
export interface KubernetesAddonsCertManager {
  /**
   * Install cert-manager. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#enabled Kubernetes#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * Helm values merged over the platform's defaults for this addon.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#values_override Kubernetes#values_override}
   */
  readonly valuesOverride?: { [key: string]: any };
}

export function kubernetesAddonsCertManagerToTerraform(
  struct?: KubernetesAddonsCertManager | cdktn.IResolvable,
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
    enabled: cdktn.booleanToTerraform(struct!.enabled),
    values_override: cdktn.hashMapper(cdktn.anyToTerraform)(struct!.valuesOverride),
  };
}

export function kubernetesAddonsCertManagerToHclTerraform(
  struct?: KubernetesAddonsCertManager | cdktn.IResolvable,
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
    enabled: {
      value: cdktn.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    values_override: {
      value: cdktn.hashMapperHcl(cdktn.anyToHclTerraform)(struct!.valuesOverride),
      isBlock: false,
      type: "map",
      storageClassType: "anyMap",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesAddonsCertManagerOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesAddonsCertManager | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._valuesOverride !== undefined) {
      hasAnyValues = true;
      internalValueResult.valuesOverride = this._valuesOverride;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesAddonsCertManager | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._valuesOverride = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._valuesOverride = value.valuesOverride;
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

  // values_override - computed: true, optional: true, required: false
  private _valuesOverride?: { [key: string]: any };
  public get valuesOverride() {
    return this.getAnyMapAttribute("values_override");
  }
  public set valuesOverride(value: { [key: string]: any }) {
    this._valuesOverride = value;
  }
  public resetValuesOverride() {
    this._valuesOverride = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valuesOverrideInput() {
    return this._valuesOverride;
  }
}
export interface KubernetesAddonsCilium {
  /**
   * Helm values merged over the platform's defaults for this addon.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#values_override Kubernetes#values_override}
   */
  readonly valuesOverride?: { [key: string]: any };
}

export function kubernetesAddonsCiliumToTerraform(struct?: KubernetesAddonsCilium | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    values_override: cdktn.hashMapper(cdktn.anyToTerraform)(struct!.valuesOverride),
  };
}

export function kubernetesAddonsCiliumToHclTerraform(
  struct?: KubernetesAddonsCilium | cdktn.IResolvable,
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
    values_override: {
      value: cdktn.hashMapperHcl(cdktn.anyToHclTerraform)(struct!.valuesOverride),
      isBlock: false,
      type: "map",
      storageClassType: "anyMap",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesAddonsCiliumOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesAddonsCilium | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._valuesOverride !== undefined) {
      hasAnyValues = true;
      internalValueResult.valuesOverride = this._valuesOverride;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesAddonsCilium | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._valuesOverride = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._valuesOverride = value.valuesOverride;
    }
  }

  // values_override - computed: true, optional: true, required: false
  private _valuesOverride?: { [key: string]: any };
  public get valuesOverride() {
    return this.getAnyMapAttribute("values_override");
  }
  public set valuesOverride(value: { [key: string]: any }) {
    this._valuesOverride = value;
  }
  public resetValuesOverride() {
    this._valuesOverride = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valuesOverrideInput() {
    return this._valuesOverride;
  }
}
export interface KubernetesAddonsCoredns {
  /**
   * Helm values merged over the platform's defaults for this addon.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#values_override Kubernetes#values_override}
   */
  readonly valuesOverride?: { [key: string]: any };
}

export function kubernetesAddonsCorednsToTerraform(
  struct?: KubernetesAddonsCoredns | cdktn.IResolvable,
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
    values_override: cdktn.hashMapper(cdktn.anyToTerraform)(struct!.valuesOverride),
  };
}

export function kubernetesAddonsCorednsToHclTerraform(
  struct?: KubernetesAddonsCoredns | cdktn.IResolvable,
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
    values_override: {
      value: cdktn.hashMapperHcl(cdktn.anyToHclTerraform)(struct!.valuesOverride),
      isBlock: false,
      type: "map",
      storageClassType: "anyMap",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesAddonsCorednsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesAddonsCoredns | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._valuesOverride !== undefined) {
      hasAnyValues = true;
      internalValueResult.valuesOverride = this._valuesOverride;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesAddonsCoredns | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._valuesOverride = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._valuesOverride = value.valuesOverride;
    }
  }

  // values_override - computed: true, optional: true, required: false
  private _valuesOverride?: { [key: string]: any };
  public get valuesOverride() {
    return this.getAnyMapAttribute("values_override");
  }
  public set valuesOverride(value: { [key: string]: any }) {
    this._valuesOverride = value;
  }
  public resetValuesOverride() {
    this._valuesOverride = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valuesOverrideInput() {
    return this._valuesOverride;
  }
}
export interface KubernetesAddonsFluxcd {
  /**
   * Install Flux. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#enabled Kubernetes#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * Helm values merged over the platform's defaults for this addon.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#values_override Kubernetes#values_override}
   */
  readonly valuesOverride?: { [key: string]: any };
}

export function kubernetesAddonsFluxcdToTerraform(struct?: KubernetesAddonsFluxcd | cdktn.IResolvable): any {
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
    values_override: cdktn.hashMapper(cdktn.anyToTerraform)(struct!.valuesOverride),
  };
}

export function kubernetesAddonsFluxcdToHclTerraform(
  struct?: KubernetesAddonsFluxcd | cdktn.IResolvable,
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
    enabled: {
      value: cdktn.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    values_override: {
      value: cdktn.hashMapperHcl(cdktn.anyToHclTerraform)(struct!.valuesOverride),
      isBlock: false,
      type: "map",
      storageClassType: "anyMap",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesAddonsFluxcdOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesAddonsFluxcd | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._valuesOverride !== undefined) {
      hasAnyValues = true;
      internalValueResult.valuesOverride = this._valuesOverride;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesAddonsFluxcd | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._valuesOverride = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._valuesOverride = value.valuesOverride;
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

  // values_override - computed: true, optional: true, required: false
  private _valuesOverride?: { [key: string]: any };
  public get valuesOverride() {
    return this.getAnyMapAttribute("values_override");
  }
  public set valuesOverride(value: { [key: string]: any }) {
    this._valuesOverride = value;
  }
  public resetValuesOverride() {
    this._valuesOverride = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valuesOverrideInput() {
    return this._valuesOverride;
  }
}
export interface KubernetesAddonsGatewayApi {
  /**
   * Install the Gateway API CRDs. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#enabled Kubernetes#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
}

export function kubernetesAddonsGatewayApiToTerraform(
  struct?: KubernetesAddonsGatewayApi | cdktn.IResolvable,
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
    enabled: cdktn.booleanToTerraform(struct!.enabled),
  };
}

export function kubernetesAddonsGatewayApiToHclTerraform(
  struct?: KubernetesAddonsGatewayApi | cdktn.IResolvable,
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
    enabled: {
      value: cdktn.booleanToHclTerraform(struct!.enabled),
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

export class KubernetesAddonsGatewayApiOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesAddonsGatewayApi | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesAddonsGatewayApi | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
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
}
export interface KubernetesAddonsGpuOperator {
  /**
   * Install the GPU Operator. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#enabled Kubernetes#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * Helm values merged over the platform's defaults for this addon.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#values_override Kubernetes#values_override}
   */
  readonly valuesOverride?: { [key: string]: any };
}

export function kubernetesAddonsGpuOperatorToTerraform(
  struct?: KubernetesAddonsGpuOperator | cdktn.IResolvable,
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
    enabled: cdktn.booleanToTerraform(struct!.enabled),
    values_override: cdktn.hashMapper(cdktn.anyToTerraform)(struct!.valuesOverride),
  };
}

export function kubernetesAddonsGpuOperatorToHclTerraform(
  struct?: KubernetesAddonsGpuOperator | cdktn.IResolvable,
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
    enabled: {
      value: cdktn.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    values_override: {
      value: cdktn.hashMapperHcl(cdktn.anyToHclTerraform)(struct!.valuesOverride),
      isBlock: false,
      type: "map",
      storageClassType: "anyMap",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesAddonsGpuOperatorOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesAddonsGpuOperator | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._valuesOverride !== undefined) {
      hasAnyValues = true;
      internalValueResult.valuesOverride = this._valuesOverride;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesAddonsGpuOperator | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._valuesOverride = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._valuesOverride = value.valuesOverride;
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

  // values_override - computed: true, optional: true, required: false
  private _valuesOverride?: { [key: string]: any };
  public get valuesOverride() {
    return this.getAnyMapAttribute("values_override");
  }
  public set valuesOverride(value: { [key: string]: any }) {
    this._valuesOverride = value;
  }
  public resetValuesOverride() {
    this._valuesOverride = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valuesOverrideInput() {
    return this._valuesOverride;
  }
}
export interface KubernetesAddonsHami {
  /**
   * Install HAMi; needs gpuOperator enabled. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#enabled Kubernetes#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * Helm values merged over the platform's defaults for this addon.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#values_override Kubernetes#values_override}
   */
  readonly valuesOverride?: { [key: string]: any };
}

export function kubernetesAddonsHamiToTerraform(struct?: KubernetesAddonsHami | cdktn.IResolvable): any {
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
    values_override: cdktn.hashMapper(cdktn.anyToTerraform)(struct!.valuesOverride),
  };
}

export function kubernetesAddonsHamiToHclTerraform(struct?: KubernetesAddonsHami | cdktn.IResolvable): any {
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
    values_override: {
      value: cdktn.hashMapperHcl(cdktn.anyToHclTerraform)(struct!.valuesOverride),
      isBlock: false,
      type: "map",
      storageClassType: "anyMap",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesAddonsHamiOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesAddonsHami | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._valuesOverride !== undefined) {
      hasAnyValues = true;
      internalValueResult.valuesOverride = this._valuesOverride;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesAddonsHami | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._valuesOverride = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._valuesOverride = value.valuesOverride;
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

  // values_override - computed: true, optional: true, required: false
  private _valuesOverride?: { [key: string]: any };
  public get valuesOverride() {
    return this.getAnyMapAttribute("values_override");
  }
  public set valuesOverride(value: { [key: string]: any }) {
    this._valuesOverride = value;
  }
  public resetValuesOverride() {
    this._valuesOverride = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valuesOverrideInput() {
    return this._valuesOverride;
  }
}
export interface KubernetesAddonsIngressNginx {
  /**
   * Install ingress-nginx. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#enabled Kubernetes#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * How traffic reaches it: through the tenant's ingress (Proxied) or its own LoadBalancer. One of `Proxied`, `LoadBalancer`. Defaults to `Proxied`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#expose_method Kubernetes#expose_method}
   */
  readonly exposeMethod?: string;
  /**
   * Domains the tenant's ingress forwards to this cluster when Proxied.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#hosts Kubernetes#hosts}
   */
  readonly hosts?: string[];
  /**
   * Helm values merged over the platform's defaults for this addon.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#values_override Kubernetes#values_override}
   */
  readonly valuesOverride?: { [key: string]: any };
}

export function kubernetesAddonsIngressNginxToTerraform(
  struct?: KubernetesAddonsIngressNginx | cdktn.IResolvable,
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
    enabled: cdktn.booleanToTerraform(struct!.enabled),
    expose_method: cdktn.stringToTerraform(struct!.exposeMethod),
    hosts: cdktn.listMapper(cdktn.stringToTerraform, false)(struct!.hosts),
    values_override: cdktn.hashMapper(cdktn.anyToTerraform)(struct!.valuesOverride),
  };
}

export function kubernetesAddonsIngressNginxToHclTerraform(
  struct?: KubernetesAddonsIngressNginx | cdktn.IResolvable,
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
    enabled: {
      value: cdktn.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    expose_method: {
      value: cdktn.stringToHclTerraform(struct!.exposeMethod),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    hosts: {
      value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct!.hosts),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    values_override: {
      value: cdktn.hashMapperHcl(cdktn.anyToHclTerraform)(struct!.valuesOverride),
      isBlock: false,
      type: "map",
      storageClassType: "anyMap",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesAddonsIngressNginxOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesAddonsIngressNginx | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._exposeMethod !== undefined) {
      hasAnyValues = true;
      internalValueResult.exposeMethod = this._exposeMethod;
    }
    if (this._hosts !== undefined) {
      hasAnyValues = true;
      internalValueResult.hosts = this._hosts;
    }
    if (this._valuesOverride !== undefined) {
      hasAnyValues = true;
      internalValueResult.valuesOverride = this._valuesOverride;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesAddonsIngressNginx | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._exposeMethod = undefined;
      this._hosts = undefined;
      this._valuesOverride = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._exposeMethod = value.exposeMethod;
      this._hosts = value.hosts;
      this._valuesOverride = value.valuesOverride;
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

  // expose_method - computed: true, optional: true, required: false
  private _exposeMethod?: string;
  public get exposeMethod() {
    return this.getStringAttribute("expose_method");
  }
  public set exposeMethod(value: string) {
    this._exposeMethod = value;
  }
  public resetExposeMethod() {
    this._exposeMethod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get exposeMethodInput() {
    return this._exposeMethod;
  }

  // hosts - computed: true, optional: true, required: false
  private _hosts?: string[];
  public get hosts() {
    return this.getListAttribute("hosts");
  }
  public set hosts(value: string[]) {
    this._hosts = value;
  }
  public resetHosts() {
    this._hosts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostsInput() {
    return this._hosts;
  }

  // values_override - computed: true, optional: true, required: false
  private _valuesOverride?: { [key: string]: any };
  public get valuesOverride() {
    return this.getAnyMapAttribute("values_override");
  }
  public set valuesOverride(value: { [key: string]: any }) {
    this._valuesOverride = value;
  }
  public resetValuesOverride() {
    this._valuesOverride = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valuesOverrideInput() {
    return this._valuesOverride;
  }
}
export interface KubernetesAddonsMonitoringAgents {
  /**
   * Install the monitoring agents. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#enabled Kubernetes#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * Helm values merged over the platform's defaults for this addon.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#values_override Kubernetes#values_override}
   */
  readonly valuesOverride?: { [key: string]: any };
}

export function kubernetesAddonsMonitoringAgentsToTerraform(
  struct?: KubernetesAddonsMonitoringAgents | cdktn.IResolvable,
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
    enabled: cdktn.booleanToTerraform(struct!.enabled),
    values_override: cdktn.hashMapper(cdktn.anyToTerraform)(struct!.valuesOverride),
  };
}

export function kubernetesAddonsMonitoringAgentsToHclTerraform(
  struct?: KubernetesAddonsMonitoringAgents | cdktn.IResolvable,
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
    enabled: {
      value: cdktn.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    values_override: {
      value: cdktn.hashMapperHcl(cdktn.anyToHclTerraform)(struct!.valuesOverride),
      isBlock: false,
      type: "map",
      storageClassType: "anyMap",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesAddonsMonitoringAgentsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesAddonsMonitoringAgents | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._valuesOverride !== undefined) {
      hasAnyValues = true;
      internalValueResult.valuesOverride = this._valuesOverride;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesAddonsMonitoringAgents | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._valuesOverride = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._valuesOverride = value.valuesOverride;
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

  // values_override - computed: true, optional: true, required: false
  private _valuesOverride?: { [key: string]: any };
  public get valuesOverride() {
    return this.getAnyMapAttribute("values_override");
  }
  public set valuesOverride(value: { [key: string]: any }) {
    this._valuesOverride = value;
  }
  public resetValuesOverride() {
    this._valuesOverride = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valuesOverrideInput() {
    return this._valuesOverride;
  }
}
export interface KubernetesAddonsOuroboros {
  /**
   * Install ouroboros; needs ingressNginx enabled. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#enabled Kubernetes#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * Helm values merged over the platform's defaults for this addon.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#values_override Kubernetes#values_override}
   */
  readonly valuesOverride?: { [key: string]: any };
}

export function kubernetesAddonsOuroborosToTerraform(
  struct?: KubernetesAddonsOuroboros | cdktn.IResolvable,
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
    enabled: cdktn.booleanToTerraform(struct!.enabled),
    values_override: cdktn.hashMapper(cdktn.anyToTerraform)(struct!.valuesOverride),
  };
}

export function kubernetesAddonsOuroborosToHclTerraform(
  struct?: KubernetesAddonsOuroboros | cdktn.IResolvable,
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
    enabled: {
      value: cdktn.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    values_override: {
      value: cdktn.hashMapperHcl(cdktn.anyToHclTerraform)(struct!.valuesOverride),
      isBlock: false,
      type: "map",
      storageClassType: "anyMap",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesAddonsOuroborosOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesAddonsOuroboros | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._valuesOverride !== undefined) {
      hasAnyValues = true;
      internalValueResult.valuesOverride = this._valuesOverride;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesAddonsOuroboros | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._valuesOverride = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._valuesOverride = value.valuesOverride;
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

  // values_override - computed: true, optional: true, required: false
  private _valuesOverride?: { [key: string]: any };
  public get valuesOverride() {
    return this.getAnyMapAttribute("values_override");
  }
  public set valuesOverride(value: { [key: string]: any }) {
    this._valuesOverride = value;
  }
  public resetValuesOverride() {
    this._valuesOverride = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valuesOverrideInput() {
    return this._valuesOverride;
  }
}
export interface KubernetesAddonsVelero {
  /**
   * Install Velero. Defaults to `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#enabled Kubernetes#enabled}
   */
  readonly enabled?: boolean | cdktn.IResolvable;
  /**
   * Helm values merged over the platform's defaults for this addon.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#values_override Kubernetes#values_override}
   */
  readonly valuesOverride?: { [key: string]: any };
}

export function kubernetesAddonsVeleroToTerraform(struct?: KubernetesAddonsVelero | cdktn.IResolvable): any {
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
    values_override: cdktn.hashMapper(cdktn.anyToTerraform)(struct!.valuesOverride),
  };
}

export function kubernetesAddonsVeleroToHclTerraform(
  struct?: KubernetesAddonsVelero | cdktn.IResolvable,
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
    enabled: {
      value: cdktn.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    values_override: {
      value: cdktn.hashMapperHcl(cdktn.anyToHclTerraform)(struct!.valuesOverride),
      isBlock: false,
      type: "map",
      storageClassType: "anyMap",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesAddonsVeleroOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesAddonsVelero | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._valuesOverride !== undefined) {
      hasAnyValues = true;
      internalValueResult.valuesOverride = this._valuesOverride;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesAddonsVelero | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._valuesOverride = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._valuesOverride = value.valuesOverride;
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

  // values_override - computed: true, optional: true, required: false
  private _valuesOverride?: { [key: string]: any };
  public get valuesOverride() {
    return this.getAnyMapAttribute("values_override");
  }
  public set valuesOverride(value: { [key: string]: any }) {
    this._valuesOverride = value;
  }
  public resetValuesOverride() {
    this._valuesOverride = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valuesOverrideInput() {
    return this._valuesOverride;
  }
}
export interface KubernetesAddonsVerticalPodAutoscaler {
  /**
   * Helm values merged over the platform's defaults for this addon.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#values_override Kubernetes#values_override}
   */
  readonly valuesOverride?: { [key: string]: any };
}

export function kubernetesAddonsVerticalPodAutoscalerToTerraform(
  struct?: KubernetesAddonsVerticalPodAutoscaler | cdktn.IResolvable,
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
    values_override: cdktn.hashMapper(cdktn.anyToTerraform)(struct!.valuesOverride),
  };
}

export function kubernetesAddonsVerticalPodAutoscalerToHclTerraform(
  struct?: KubernetesAddonsVerticalPodAutoscaler | cdktn.IResolvable,
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
    values_override: {
      value: cdktn.hashMapperHcl(cdktn.anyToHclTerraform)(struct!.valuesOverride),
      isBlock: false,
      type: "map",
      storageClassType: "anyMap",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesAddonsVerticalPodAutoscalerOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesAddonsVerticalPodAutoscaler | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._valuesOverride !== undefined) {
      hasAnyValues = true;
      internalValueResult.valuesOverride = this._valuesOverride;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesAddonsVerticalPodAutoscaler | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._valuesOverride = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._valuesOverride = value.valuesOverride;
    }
  }

  // values_override - computed: true, optional: true, required: false
  private _valuesOverride?: { [key: string]: any };
  public get valuesOverride() {
    return this.getAnyMapAttribute("values_override");
  }
  public set valuesOverride(value: { [key: string]: any }) {
    this._valuesOverride = value;
  }
  public resetValuesOverride() {
    this._valuesOverride = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valuesOverrideInput() {
    return this._valuesOverride;
  }
}
export interface KubernetesAddons {
  /**
   * cert-manager, which issues TLS certificates.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#cert_manager Kubernetes#cert_manager}
   */
  readonly certManager?: KubernetesAddonsCertManager;
  /**
   * Cilium, the cluster's network plugin; always installed.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#cilium Kubernetes#cilium}
   */
  readonly cilium?: KubernetesAddonsCilium;
  /**
   * CoreDNS, the cluster's DNS server; always installed.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#coredns Kubernetes#coredns}
   */
  readonly coredns?: KubernetesAddonsCoredns;
  /**
   * Flux, for GitOps deployments inside the cluster.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#fluxcd Kubernetes#fluxcd}
   */
  readonly fluxcd?: KubernetesAddonsFluxcd;
  /**
   * Gateway API resource definitions.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#gateway_api Kubernetes#gateway_api}
   */
  readonly gatewayApi?: KubernetesAddonsGatewayApi;
  /**
   * NVIDIA GPU Operator, which sets up drivers on GPU workers.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#gpu_operator Kubernetes#gpu_operator}
   */
  readonly gpuOperator?: KubernetesAddonsGpuOperator;
  /**
   * HAMi, which shares GPUs between pods.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#hami Kubernetes#hami}
   */
  readonly hami?: KubernetesAddonsHami;
  /**
   * ingress-nginx controller, run on workers with the ingress-nginx role.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#ingress_nginx Kubernetes#ingress_nginx}
   */
  readonly ingressNginx?: KubernetesAddonsIngressNginx;
  /**
   * Agents that ship the cluster's metrics and logs to the tenant's monitoring.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#monitoring_agents Kubernetes#monitoring_agents}
   */
  readonly monitoringAgents?: KubernetesAddonsMonitoringAgents;
  /**
   * Ouroboros, which fixes hairpin traffic to ingress-nginx when it uses the PROXY protocol.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#ouroboros Kubernetes#ouroboros}
   */
  readonly ouroboros?: KubernetesAddonsOuroboros;
  /**
   * Velero, for backing up and restoring cluster resources.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#velero Kubernetes#velero}
   */
  readonly velero?: KubernetesAddonsVelero;
  /**
   * Vertical Pod Autoscaler; always installed.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#vertical_pod_autoscaler Kubernetes#vertical_pod_autoscaler}
   */
  readonly verticalPodAutoscaler?: KubernetesAddonsVerticalPodAutoscaler;
}

export function kubernetesAddonsToTerraform(struct?: KubernetesAddons | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    cert_manager: kubernetesAddonsCertManagerToTerraform(struct!.certManager),
    cilium: kubernetesAddonsCiliumToTerraform(struct!.cilium),
    coredns: kubernetesAddonsCorednsToTerraform(struct!.coredns),
    fluxcd: kubernetesAddonsFluxcdToTerraform(struct!.fluxcd),
    gateway_api: kubernetesAddonsGatewayApiToTerraform(struct!.gatewayApi),
    gpu_operator: kubernetesAddonsGpuOperatorToTerraform(struct!.gpuOperator),
    hami: kubernetesAddonsHamiToTerraform(struct!.hami),
    ingress_nginx: kubernetesAddonsIngressNginxToTerraform(struct!.ingressNginx),
    monitoring_agents: kubernetesAddonsMonitoringAgentsToTerraform(struct!.monitoringAgents),
    ouroboros: kubernetesAddonsOuroborosToTerraform(struct!.ouroboros),
    velero: kubernetesAddonsVeleroToTerraform(struct!.velero),
    vertical_pod_autoscaler: kubernetesAddonsVerticalPodAutoscalerToTerraform(struct!.verticalPodAutoscaler),
  };
}

export function kubernetesAddonsToHclTerraform(struct?: KubernetesAddons | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    cert_manager: {
      value: kubernetesAddonsCertManagerToHclTerraform(struct!.certManager),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesAddonsCertManager",
    },
    cilium: {
      value: kubernetesAddonsCiliumToHclTerraform(struct!.cilium),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesAddonsCilium",
    },
    coredns: {
      value: kubernetesAddonsCorednsToHclTerraform(struct!.coredns),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesAddonsCoredns",
    },
    fluxcd: {
      value: kubernetesAddonsFluxcdToHclTerraform(struct!.fluxcd),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesAddonsFluxcd",
    },
    gateway_api: {
      value: kubernetesAddonsGatewayApiToHclTerraform(struct!.gatewayApi),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesAddonsGatewayApi",
    },
    gpu_operator: {
      value: kubernetesAddonsGpuOperatorToHclTerraform(struct!.gpuOperator),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesAddonsGpuOperator",
    },
    hami: {
      value: kubernetesAddonsHamiToHclTerraform(struct!.hami),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesAddonsHami",
    },
    ingress_nginx: {
      value: kubernetesAddonsIngressNginxToHclTerraform(struct!.ingressNginx),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesAddonsIngressNginx",
    },
    monitoring_agents: {
      value: kubernetesAddonsMonitoringAgentsToHclTerraform(struct!.monitoringAgents),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesAddonsMonitoringAgents",
    },
    ouroboros: {
      value: kubernetesAddonsOuroborosToHclTerraform(struct!.ouroboros),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesAddonsOuroboros",
    },
    velero: {
      value: kubernetesAddonsVeleroToHclTerraform(struct!.velero),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesAddonsVelero",
    },
    vertical_pod_autoscaler: {
      value: kubernetesAddonsVerticalPodAutoscalerToHclTerraform(struct!.verticalPodAutoscaler),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesAddonsVerticalPodAutoscaler",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesAddonsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesAddons | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._certManager?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.certManager = this._certManager?.internalValue;
    }
    if (this._cilium?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.cilium = this._cilium?.internalValue;
    }
    if (this._coredns?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.coredns = this._coredns?.internalValue;
    }
    if (this._fluxcd?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.fluxcd = this._fluxcd?.internalValue;
    }
    if (this._gatewayApi?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.gatewayApi = this._gatewayApi?.internalValue;
    }
    if (this._gpuOperator?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.gpuOperator = this._gpuOperator?.internalValue;
    }
    if (this._hami?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.hami = this._hami?.internalValue;
    }
    if (this._ingressNginx?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ingressNginx = this._ingressNginx?.internalValue;
    }
    if (this._monitoringAgents?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.monitoringAgents = this._monitoringAgents?.internalValue;
    }
    if (this._ouroboros?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ouroboros = this._ouroboros?.internalValue;
    }
    if (this._velero?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.velero = this._velero?.internalValue;
    }
    if (this._verticalPodAutoscaler?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.verticalPodAutoscaler = this._verticalPodAutoscaler?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesAddons | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._certManager.internalValue = undefined;
      this._cilium.internalValue = undefined;
      this._coredns.internalValue = undefined;
      this._fluxcd.internalValue = undefined;
      this._gatewayApi.internalValue = undefined;
      this._gpuOperator.internalValue = undefined;
      this._hami.internalValue = undefined;
      this._ingressNginx.internalValue = undefined;
      this._monitoringAgents.internalValue = undefined;
      this._ouroboros.internalValue = undefined;
      this._velero.internalValue = undefined;
      this._verticalPodAutoscaler.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._certManager.internalValue = value.certManager;
      this._cilium.internalValue = value.cilium;
      this._coredns.internalValue = value.coredns;
      this._fluxcd.internalValue = value.fluxcd;
      this._gatewayApi.internalValue = value.gatewayApi;
      this._gpuOperator.internalValue = value.gpuOperator;
      this._hami.internalValue = value.hami;
      this._ingressNginx.internalValue = value.ingressNginx;
      this._monitoringAgents.internalValue = value.monitoringAgents;
      this._ouroboros.internalValue = value.ouroboros;
      this._velero.internalValue = value.velero;
      this._verticalPodAutoscaler.internalValue = value.verticalPodAutoscaler;
    }
  }

  // cert_manager - computed: true, optional: true, required: false
  private _certManager = new KubernetesAddonsCertManagerOutputReference(this, "cert_manager");
  public get certManager() {
    return this._certManager;
  }
  public putCertManager(value: KubernetesAddonsCertManager) {
    this._certManager.internalValue = value;
  }
  public resetCertManager() {
    this._certManager.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certManagerInput() {
    return this._certManager.internalValue;
  }

  // cilium - computed: true, optional: true, required: false
  private _cilium = new KubernetesAddonsCiliumOutputReference(this, "cilium");
  public get cilium() {
    return this._cilium;
  }
  public putCilium(value: KubernetesAddonsCilium) {
    this._cilium.internalValue = value;
  }
  public resetCilium() {
    this._cilium.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ciliumInput() {
    return this._cilium.internalValue;
  }

  // coredns - computed: true, optional: true, required: false
  private _coredns = new KubernetesAddonsCorednsOutputReference(this, "coredns");
  public get coredns() {
    return this._coredns;
  }
  public putCoredns(value: KubernetesAddonsCoredns) {
    this._coredns.internalValue = value;
  }
  public resetCoredns() {
    this._coredns.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get corednsInput() {
    return this._coredns.internalValue;
  }

  // fluxcd - computed: true, optional: true, required: false
  private _fluxcd = new KubernetesAddonsFluxcdOutputReference(this, "fluxcd");
  public get fluxcd() {
    return this._fluxcd;
  }
  public putFluxcd(value: KubernetesAddonsFluxcd) {
    this._fluxcd.internalValue = value;
  }
  public resetFluxcd() {
    this._fluxcd.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fluxcdInput() {
    return this._fluxcd.internalValue;
  }

  // gateway_api - computed: true, optional: true, required: false
  private _gatewayApi = new KubernetesAddonsGatewayApiOutputReference(this, "gateway_api");
  public get gatewayApi() {
    return this._gatewayApi;
  }
  public putGatewayApi(value: KubernetesAddonsGatewayApi) {
    this._gatewayApi.internalValue = value;
  }
  public resetGatewayApi() {
    this._gatewayApi.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayApiInput() {
    return this._gatewayApi.internalValue;
  }

  // gpu_operator - computed: true, optional: true, required: false
  private _gpuOperator = new KubernetesAddonsGpuOperatorOutputReference(this, "gpu_operator");
  public get gpuOperator() {
    return this._gpuOperator;
  }
  public putGpuOperator(value: KubernetesAddonsGpuOperator) {
    this._gpuOperator.internalValue = value;
  }
  public resetGpuOperator() {
    this._gpuOperator.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gpuOperatorInput() {
    return this._gpuOperator.internalValue;
  }

  // hami - computed: true, optional: true, required: false
  private _hami = new KubernetesAddonsHamiOutputReference(this, "hami");
  public get hami() {
    return this._hami;
  }
  public putHami(value: KubernetesAddonsHami) {
    this._hami.internalValue = value;
  }
  public resetHami() {
    this._hami.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hamiInput() {
    return this._hami.internalValue;
  }

  // ingress_nginx - computed: true, optional: true, required: false
  private _ingressNginx = new KubernetesAddonsIngressNginxOutputReference(this, "ingress_nginx");
  public get ingressNginx() {
    return this._ingressNginx;
  }
  public putIngressNginx(value: KubernetesAddonsIngressNginx) {
    this._ingressNginx.internalValue = value;
  }
  public resetIngressNginx() {
    this._ingressNginx.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ingressNginxInput() {
    return this._ingressNginx.internalValue;
  }

  // monitoring_agents - computed: true, optional: true, required: false
  private _monitoringAgents = new KubernetesAddonsMonitoringAgentsOutputReference(this, "monitoring_agents");
  public get monitoringAgents() {
    return this._monitoringAgents;
  }
  public putMonitoringAgents(value: KubernetesAddonsMonitoringAgents) {
    this._monitoringAgents.internalValue = value;
  }
  public resetMonitoringAgents() {
    this._monitoringAgents.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get monitoringAgentsInput() {
    return this._monitoringAgents.internalValue;
  }

  // ouroboros - computed: true, optional: true, required: false
  private _ouroboros = new KubernetesAddonsOuroborosOutputReference(this, "ouroboros");
  public get ouroboros() {
    return this._ouroboros;
  }
  public putOuroboros(value: KubernetesAddonsOuroboros) {
    this._ouroboros.internalValue = value;
  }
  public resetOuroboros() {
    this._ouroboros.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ouroborosInput() {
    return this._ouroboros.internalValue;
  }

  // velero - computed: true, optional: true, required: false
  private _velero = new KubernetesAddonsVeleroOutputReference(this, "velero");
  public get velero() {
    return this._velero;
  }
  public putVelero(value: KubernetesAddonsVelero) {
    this._velero.internalValue = value;
  }
  public resetVelero() {
    this._velero.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get veleroInput() {
    return this._velero.internalValue;
  }

  // vertical_pod_autoscaler - computed: true, optional: true, required: false
  private _verticalPodAutoscaler = new KubernetesAddonsVerticalPodAutoscalerOutputReference(
    this,
    "vertical_pod_autoscaler",
  );
  public get verticalPodAutoscaler() {
    return this._verticalPodAutoscaler;
  }
  public putVerticalPodAutoscaler(value: KubernetesAddonsVerticalPodAutoscaler) {
    this._verticalPodAutoscaler.internalValue = value;
  }
  public resetVerticalPodAutoscaler() {
    this._verticalPodAutoscaler.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get verticalPodAutoscalerInput() {
    return this._verticalPodAutoscaler.internalValue;
  }
}
export interface KubernetesConnection {}

export function kubernetesConnectionToTerraform(struct?: KubernetesConnection): any {
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

export function kubernetesConnectionToHclTerraform(struct?: KubernetesConnection): any {
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

export class KubernetesConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesConnection | undefined) {
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

  // kubeconfig - computed: true, optional: false, required: false
  public get kubeconfig() {
    return this.getStringAttribute("kubeconfig");
  }
}
export interface KubernetesControlPlaneApiServerResources {
  /**
   * CPU cores available, e.g. 500m or 2.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#cpu Kubernetes#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory available, e.g. 512Mi or 4Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#memory Kubernetes#memory}
   */
  readonly memory?: string;
}

export function kubernetesControlPlaneApiServerResourcesToTerraform(
  struct?: KubernetesControlPlaneApiServerResources | cdktn.IResolvable,
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

export function kubernetesControlPlaneApiServerResourcesToHclTerraform(
  struct?: KubernetesControlPlaneApiServerResources | cdktn.IResolvable,
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

export class KubernetesControlPlaneApiServerResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesControlPlaneApiServerResources | cdktn.IResolvable | undefined {
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

  public set internalValue(value: KubernetesControlPlaneApiServerResources | cdktn.IResolvable | undefined) {
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
export interface KubernetesControlPlaneApiServer {
  /**
   * Additional kube-apiserver flags; no --oidc-* or --authentication-config flags when oidc.mode is not None.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#extra_args Kubernetes#extra_args}
   */
  readonly extraArgs?: string[];
  /**
   * Volume mounts added to the API server container; each must name a volume from extraVolumes.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#extra_volume_mounts Kubernetes#extra_volume_mounts}
   */
  readonly extraVolumeMounts?: { [key: string]: any }[] | cdktn.IResolvable;
  /**
   * Volumes added to the control-plane pod; only configMap or secret sources, each with its own name.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#extra_volumes Kubernetes#extra_volumes}
   */
  readonly extraVolumes?: { [key: string]: any }[] | cdktn.IResolvable;
  /**
   * CPU and memory for the API server; when set, it replaces the preset.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#resources Kubernetes#resources}
   */
  readonly resources?: KubernetesControlPlaneApiServerResources;
  /**
   * Sizing preset for the API server when resources is not given. One of `t1.nano`, `t1.micro`, `t1.small`, `t1.medium`, `t1.large`, `t1.xlarge`, `t1.2xlarge`, `t1.4xlarge`, `c1.nano`, `c1.micro`, `c1.small`, `c1.medium`, `c1.large`, `c1.xlarge`, `c1.2xlarge`, `c1.4xlarge`, `s1.nano`, `s1.micro`, `s1.small`, `s1.medium`, `s1.large`, `s1.xlarge`, `s1.2xlarge`, `s1.4xlarge`, `u1.nano`, `u1.micro`, `u1.small`, `u1.medium`, `u1.large`, `u1.xlarge`, `u1.2xlarge`, `u1.4xlarge`, `m1.nano`, `m1.micro`, `m1.small`, `m1.medium`, `m1.large`, `m1.xlarge`, `m1.2xlarge`, `m1.4xlarge`, `nano`, `micro`, `small`, `medium`, `large`, `xlarge`, `2xlarge`. Defaults to `c1.medium`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#resources_preset Kubernetes#resources_preset}
   */
  readonly resourcesPreset?: string;
}

export function kubernetesControlPlaneApiServerToTerraform(
  struct?: KubernetesControlPlaneApiServer | cdktn.IResolvable,
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
    extra_args: cdktn.listMapper(cdktn.stringToTerraform, false)(struct!.extraArgs),
    extra_volume_mounts: cdktn.listMapper(
      cdktn.hashMapper(cdktn.anyToTerraform),
      false,
    )(struct!.extraVolumeMounts),
    extra_volumes: cdktn.listMapper(cdktn.hashMapper(cdktn.anyToTerraform), false)(struct!.extraVolumes),
    resources: kubernetesControlPlaneApiServerResourcesToTerraform(struct!.resources),
    resources_preset: cdktn.stringToTerraform(struct!.resourcesPreset),
  };
}

export function kubernetesControlPlaneApiServerToHclTerraform(
  struct?: KubernetesControlPlaneApiServer | cdktn.IResolvable,
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
    extra_args: {
      value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct!.extraArgs),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    extra_volume_mounts: {
      value: cdktn.listMapperHcl(
        cdktn.hashMapperHcl(cdktn.anyToHclTerraform),
        false,
      )(struct!.extraVolumeMounts),
      isBlock: false,
      type: "list",
      storageClassType: "anyMapList",
    },
    extra_volumes: {
      value: cdktn.listMapperHcl(cdktn.hashMapperHcl(cdktn.anyToHclTerraform), false)(struct!.extraVolumes),
      isBlock: false,
      type: "list",
      storageClassType: "anyMapList",
    },
    resources: {
      value: kubernetesControlPlaneApiServerResourcesToHclTerraform(struct!.resources),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesControlPlaneApiServerResources",
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

export class KubernetesControlPlaneApiServerOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesControlPlaneApiServer | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._extraArgs !== undefined) {
      hasAnyValues = true;
      internalValueResult.extraArgs = this._extraArgs;
    }
    if (this._extraVolumeMounts !== undefined) {
      hasAnyValues = true;
      internalValueResult.extraVolumeMounts = this._extraVolumeMounts;
    }
    if (this._extraVolumes !== undefined) {
      hasAnyValues = true;
      internalValueResult.extraVolumes = this._extraVolumes;
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

  public set internalValue(value: KubernetesControlPlaneApiServer | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._extraArgs = undefined;
      this._extraVolumeMounts = undefined;
      this._extraVolumes = undefined;
      this._resources.internalValue = undefined;
      this._resourcesPreset = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._extraArgs = value.extraArgs;
      this._extraVolumeMounts = value.extraVolumeMounts;
      this._extraVolumes = value.extraVolumes;
      this._resources.internalValue = value.resources;
      this._resourcesPreset = value.resourcesPreset;
    }
  }

  // extra_args - computed: true, optional: true, required: false
  private _extraArgs?: string[];
  public get extraArgs() {
    return this.getListAttribute("extra_args");
  }
  public set extraArgs(value: string[]) {
    this._extraArgs = value;
  }
  public resetExtraArgs() {
    this._extraArgs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get extraArgsInput() {
    return this._extraArgs;
  }

  // extra_volume_mounts - computed: true, optional: true, required: false
  private _extraVolumeMounts?: { [key: string]: any }[] | cdktn.IResolvable;
  public get extraVolumeMounts() {
    return this.interpolationForAttribute("extra_volume_mounts");
  }
  public set extraVolumeMounts(value: { [key: string]: any }[] | cdktn.IResolvable) {
    this._extraVolumeMounts = value;
  }
  public resetExtraVolumeMounts() {
    this._extraVolumeMounts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get extraVolumeMountsInput() {
    return this._extraVolumeMounts;
  }

  // extra_volumes - computed: true, optional: true, required: false
  private _extraVolumes?: { [key: string]: any }[] | cdktn.IResolvable;
  public get extraVolumes() {
    return this.interpolationForAttribute("extra_volumes");
  }
  public set extraVolumes(value: { [key: string]: any }[] | cdktn.IResolvable) {
    this._extraVolumes = value;
  }
  public resetExtraVolumes() {
    this._extraVolumes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get extraVolumesInput() {
    return this._extraVolumes;
  }

  // resources - computed: true, optional: true, required: false
  private _resources = new KubernetesControlPlaneApiServerResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: KubernetesControlPlaneApiServerResources) {
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
export interface KubernetesControlPlaneControllerManagerResources {
  /**
   * CPU cores available, e.g. 500m or 2.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#cpu Kubernetes#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory available, e.g. 512Mi or 4Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#memory Kubernetes#memory}
   */
  readonly memory?: string;
}

export function kubernetesControlPlaneControllerManagerResourcesToTerraform(
  struct?: KubernetesControlPlaneControllerManagerResources | cdktn.IResolvable,
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

export function kubernetesControlPlaneControllerManagerResourcesToHclTerraform(
  struct?: KubernetesControlPlaneControllerManagerResources | cdktn.IResolvable,
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

export class KubernetesControlPlaneControllerManagerResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue():
    KubernetesControlPlaneControllerManagerResources | cdktn.IResolvable | undefined {
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

  public set internalValue(
    value: KubernetesControlPlaneControllerManagerResources | cdktn.IResolvable | undefined,
  ) {
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
export interface KubernetesControlPlaneControllerManager {
  /**
   * CPU and memory for the controller manager; when set, it replaces the preset.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#resources Kubernetes#resources}
   */
  readonly resources?: KubernetesControlPlaneControllerManagerResources;
  /**
   * Sizing preset for the controller manager when resources is not given. One of `t1.nano`, `t1.micro`, `t1.small`, `t1.medium`, `t1.large`, `t1.xlarge`, `t1.2xlarge`, `t1.4xlarge`, `c1.nano`, `c1.micro`, `c1.small`, `c1.medium`, `c1.large`, `c1.xlarge`, `c1.2xlarge`, `c1.4xlarge`, `s1.nano`, `s1.micro`, `s1.small`, `s1.medium`, `s1.large`, `s1.xlarge`, `s1.2xlarge`, `s1.4xlarge`, `u1.nano`, `u1.micro`, `u1.small`, `u1.medium`, `u1.large`, `u1.xlarge`, `u1.2xlarge`, `u1.4xlarge`, `m1.nano`, `m1.micro`, `m1.small`, `m1.medium`, `m1.large`, `m1.xlarge`, `m1.2xlarge`, `m1.4xlarge`, `nano`, `micro`, `small`, `medium`, `large`, `xlarge`, `2xlarge`. Defaults to `t1.micro`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#resources_preset Kubernetes#resources_preset}
   */
  readonly resourcesPreset?: string;
}

export function kubernetesControlPlaneControllerManagerToTerraform(
  struct?: KubernetesControlPlaneControllerManager | cdktn.IResolvable,
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
    resources: kubernetesControlPlaneControllerManagerResourcesToTerraform(struct!.resources),
    resources_preset: cdktn.stringToTerraform(struct!.resourcesPreset),
  };
}

export function kubernetesControlPlaneControllerManagerToHclTerraform(
  struct?: KubernetesControlPlaneControllerManager | cdktn.IResolvable,
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
    resources: {
      value: kubernetesControlPlaneControllerManagerResourcesToHclTerraform(struct!.resources),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesControlPlaneControllerManagerResources",
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

export class KubernetesControlPlaneControllerManagerOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesControlPlaneControllerManager | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
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

  public set internalValue(value: KubernetesControlPlaneControllerManager | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._resources.internalValue = undefined;
      this._resourcesPreset = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._resources.internalValue = value.resources;
      this._resourcesPreset = value.resourcesPreset;
    }
  }

  // resources - computed: true, optional: true, required: false
  private _resources = new KubernetesControlPlaneControllerManagerResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: KubernetesControlPlaneControllerManagerResources) {
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
export interface KubernetesControlPlaneKonnectivityServerResources {
  /**
   * CPU cores available, e.g. 500m or 2.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#cpu Kubernetes#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory available, e.g. 512Mi or 4Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#memory Kubernetes#memory}
   */
  readonly memory?: string;
}

export function kubernetesControlPlaneKonnectivityServerResourcesToTerraform(
  struct?: KubernetesControlPlaneKonnectivityServerResources | cdktn.IResolvable,
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

export function kubernetesControlPlaneKonnectivityServerResourcesToHclTerraform(
  struct?: KubernetesControlPlaneKonnectivityServerResources | cdktn.IResolvable,
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

export class KubernetesControlPlaneKonnectivityServerResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue():
    KubernetesControlPlaneKonnectivityServerResources | cdktn.IResolvable | undefined {
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

  public set internalValue(
    value: KubernetesControlPlaneKonnectivityServerResources | cdktn.IResolvable | undefined,
  ) {
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
export interface KubernetesControlPlaneKonnectivityServer {
  /**
   * CPU and memory for the Konnectivity server; when set, it replaces the preset.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#resources Kubernetes#resources}
   */
  readonly resources?: KubernetesControlPlaneKonnectivityServerResources;
  /**
   * Sizing preset for the Konnectivity server when resources is not given. One of `t1.nano`, `t1.micro`, `t1.small`, `t1.medium`, `t1.large`, `t1.xlarge`, `t1.2xlarge`, `t1.4xlarge`, `c1.nano`, `c1.micro`, `c1.small`, `c1.medium`, `c1.large`, `c1.xlarge`, `c1.2xlarge`, `c1.4xlarge`, `s1.nano`, `s1.micro`, `s1.small`, `s1.medium`, `s1.large`, `s1.xlarge`, `s1.2xlarge`, `s1.4xlarge`, `u1.nano`, `u1.micro`, `u1.small`, `u1.medium`, `u1.large`, `u1.xlarge`, `u1.2xlarge`, `u1.4xlarge`, `m1.nano`, `m1.micro`, `m1.small`, `m1.medium`, `m1.large`, `m1.xlarge`, `m1.2xlarge`, `m1.4xlarge`, `nano`, `micro`, `small`, `medium`, `large`, `xlarge`, `2xlarge`. Defaults to `t1.micro`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#resources_preset Kubernetes#resources_preset}
   */
  readonly resourcesPreset?: string;
}

export function kubernetesControlPlaneKonnectivityServerToTerraform(
  struct?: KubernetesControlPlaneKonnectivityServer | cdktn.IResolvable,
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
    resources: kubernetesControlPlaneKonnectivityServerResourcesToTerraform(struct!.resources),
    resources_preset: cdktn.stringToTerraform(struct!.resourcesPreset),
  };
}

export function kubernetesControlPlaneKonnectivityServerToHclTerraform(
  struct?: KubernetesControlPlaneKonnectivityServer | cdktn.IResolvable,
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
    resources: {
      value: kubernetesControlPlaneKonnectivityServerResourcesToHclTerraform(struct!.resources),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesControlPlaneKonnectivityServerResources",
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

export class KubernetesControlPlaneKonnectivityServerOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesControlPlaneKonnectivityServer | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
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

  public set internalValue(value: KubernetesControlPlaneKonnectivityServer | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._resources.internalValue = undefined;
      this._resourcesPreset = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._resources.internalValue = value.resources;
      this._resourcesPreset = value.resourcesPreset;
    }
  }

  // resources - computed: true, optional: true, required: false
  private _resources = new KubernetesControlPlaneKonnectivityServerResourcesOutputReference(
    this,
    "resources",
  );
  public get resources() {
    return this._resources;
  }
  public putResources(value: KubernetesControlPlaneKonnectivityServerResources) {
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
export interface KubernetesControlPlaneKonnectivity {
  /**
   * The Konnectivity server beside the API server.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#server Kubernetes#server}
   */
  readonly server?: KubernetesControlPlaneKonnectivityServer;
}

export function kubernetesControlPlaneKonnectivityToTerraform(
  struct?: KubernetesControlPlaneKonnectivity | cdktn.IResolvable,
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
    server: kubernetesControlPlaneKonnectivityServerToTerraform(struct!.server),
  };
}

export function kubernetesControlPlaneKonnectivityToHclTerraform(
  struct?: KubernetesControlPlaneKonnectivity | cdktn.IResolvable,
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
    server: {
      value: kubernetesControlPlaneKonnectivityServerToHclTerraform(struct!.server),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesControlPlaneKonnectivityServer",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesControlPlaneKonnectivityOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesControlPlaneKonnectivity | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._server?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.server = this._server?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesControlPlaneKonnectivity | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._server.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._server.internalValue = value.server;
    }
  }

  // server - computed: true, optional: true, required: false
  private _server = new KubernetesControlPlaneKonnectivityServerOutputReference(this, "server");
  public get server() {
    return this._server;
  }
  public putServer(value: KubernetesControlPlaneKonnectivityServer) {
    this._server.internalValue = value;
  }
  public resetServer() {
    this._server.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverInput() {
    return this._server.internalValue;
  }
}
export interface KubernetesControlPlaneSchedulerResources {
  /**
   * CPU cores available, e.g. 500m or 2.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#cpu Kubernetes#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory available, e.g. 512Mi or 4Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#memory Kubernetes#memory}
   */
  readonly memory?: string;
}

export function kubernetesControlPlaneSchedulerResourcesToTerraform(
  struct?: KubernetesControlPlaneSchedulerResources | cdktn.IResolvable,
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

export function kubernetesControlPlaneSchedulerResourcesToHclTerraform(
  struct?: KubernetesControlPlaneSchedulerResources | cdktn.IResolvable,
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

export class KubernetesControlPlaneSchedulerResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesControlPlaneSchedulerResources | cdktn.IResolvable | undefined {
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

  public set internalValue(value: KubernetesControlPlaneSchedulerResources | cdktn.IResolvable | undefined) {
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
export interface KubernetesControlPlaneScheduler {
  /**
   * CPU and memory for the scheduler; when set, it replaces the preset.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#resources Kubernetes#resources}
   */
  readonly resources?: KubernetesControlPlaneSchedulerResources;
  /**
   * Sizing preset for the scheduler when resources is not given. One of `t1.nano`, `t1.micro`, `t1.small`, `t1.medium`, `t1.large`, `t1.xlarge`, `t1.2xlarge`, `t1.4xlarge`, `c1.nano`, `c1.micro`, `c1.small`, `c1.medium`, `c1.large`, `c1.xlarge`, `c1.2xlarge`, `c1.4xlarge`, `s1.nano`, `s1.micro`, `s1.small`, `s1.medium`, `s1.large`, `s1.xlarge`, `s1.2xlarge`, `s1.4xlarge`, `u1.nano`, `u1.micro`, `u1.small`, `u1.medium`, `u1.large`, `u1.xlarge`, `u1.2xlarge`, `u1.4xlarge`, `m1.nano`, `m1.micro`, `m1.small`, `m1.medium`, `m1.large`, `m1.xlarge`, `m1.2xlarge`, `m1.4xlarge`, `nano`, `micro`, `small`, `medium`, `large`, `xlarge`, `2xlarge`. Defaults to `t1.micro`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#resources_preset Kubernetes#resources_preset}
   */
  readonly resourcesPreset?: string;
}

export function kubernetesControlPlaneSchedulerToTerraform(
  struct?: KubernetesControlPlaneScheduler | cdktn.IResolvable,
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
    resources: kubernetesControlPlaneSchedulerResourcesToTerraform(struct!.resources),
    resources_preset: cdktn.stringToTerraform(struct!.resourcesPreset),
  };
}

export function kubernetesControlPlaneSchedulerToHclTerraform(
  struct?: KubernetesControlPlaneScheduler | cdktn.IResolvable,
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
    resources: {
      value: kubernetesControlPlaneSchedulerResourcesToHclTerraform(struct!.resources),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesControlPlaneSchedulerResources",
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

export class KubernetesControlPlaneSchedulerOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesControlPlaneScheduler | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
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

  public set internalValue(value: KubernetesControlPlaneScheduler | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._resources.internalValue = undefined;
      this._resourcesPreset = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._resources.internalValue = value.resources;
      this._resourcesPreset = value.resourcesPreset;
    }
  }

  // resources - computed: true, optional: true, required: false
  private _resources = new KubernetesControlPlaneSchedulerResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: KubernetesControlPlaneSchedulerResources) {
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
export interface KubernetesControlPlane {
  /**
   * The API server.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#api_server Kubernetes#api_server}
   */
  readonly apiServer?: KubernetesControlPlaneApiServer;
  /**
   * The controller manager.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#controller_manager Kubernetes#controller_manager}
   */
  readonly controllerManager?: KubernetesControlPlaneControllerManager;
  /**
   * Konnectivity, the tunnel from the control plane to the workers.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#konnectivity Kubernetes#konnectivity}
   */
  readonly konnectivity?: KubernetesControlPlaneKonnectivity;
  /**
   * How many control-plane pods run. Defaults to `2`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#replicas Kubernetes#replicas}
   */
  readonly replicas?: number;
  /**
   * The scheduler.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#scheduler Kubernetes#scheduler}
   */
  readonly scheduler?: KubernetesControlPlaneScheduler;
}

export function kubernetesControlPlaneToTerraform(struct?: KubernetesControlPlane | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    api_server: kubernetesControlPlaneApiServerToTerraform(struct!.apiServer),
    controller_manager: kubernetesControlPlaneControllerManagerToTerraform(struct!.controllerManager),
    konnectivity: kubernetesControlPlaneKonnectivityToTerraform(struct!.konnectivity),
    replicas: cdktn.numberToTerraform(struct!.replicas),
    scheduler: kubernetesControlPlaneSchedulerToTerraform(struct!.scheduler),
  };
}

export function kubernetesControlPlaneToHclTerraform(
  struct?: KubernetesControlPlane | cdktn.IResolvable,
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
    api_server: {
      value: kubernetesControlPlaneApiServerToHclTerraform(struct!.apiServer),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesControlPlaneApiServer",
    },
    controller_manager: {
      value: kubernetesControlPlaneControllerManagerToHclTerraform(struct!.controllerManager),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesControlPlaneControllerManager",
    },
    konnectivity: {
      value: kubernetesControlPlaneKonnectivityToHclTerraform(struct!.konnectivity),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesControlPlaneKonnectivity",
    },
    replicas: {
      value: cdktn.numberToHclTerraform(struct!.replicas),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    scheduler: {
      value: kubernetesControlPlaneSchedulerToHclTerraform(struct!.scheduler),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesControlPlaneScheduler",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesControlPlaneOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesControlPlane | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._apiServer?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiServer = this._apiServer?.internalValue;
    }
    if (this._controllerManager?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.controllerManager = this._controllerManager?.internalValue;
    }
    if (this._konnectivity?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.konnectivity = this._konnectivity?.internalValue;
    }
    if (this._replicas !== undefined) {
      hasAnyValues = true;
      internalValueResult.replicas = this._replicas;
    }
    if (this._scheduler?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.scheduler = this._scheduler?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesControlPlane | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._apiServer.internalValue = undefined;
      this._controllerManager.internalValue = undefined;
      this._konnectivity.internalValue = undefined;
      this._replicas = undefined;
      this._scheduler.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._apiServer.internalValue = value.apiServer;
      this._controllerManager.internalValue = value.controllerManager;
      this._konnectivity.internalValue = value.konnectivity;
      this._replicas = value.replicas;
      this._scheduler.internalValue = value.scheduler;
    }
  }

  // api_server - computed: true, optional: true, required: false
  private _apiServer = new KubernetesControlPlaneApiServerOutputReference(this, "api_server");
  public get apiServer() {
    return this._apiServer;
  }
  public putApiServer(value: KubernetesControlPlaneApiServer) {
    this._apiServer.internalValue = value;
  }
  public resetApiServer() {
    this._apiServer.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiServerInput() {
    return this._apiServer.internalValue;
  }

  // controller_manager - computed: true, optional: true, required: false
  private _controllerManager = new KubernetesControlPlaneControllerManagerOutputReference(
    this,
    "controller_manager",
  );
  public get controllerManager() {
    return this._controllerManager;
  }
  public putControllerManager(value: KubernetesControlPlaneControllerManager) {
    this._controllerManager.internalValue = value;
  }
  public resetControllerManager() {
    this._controllerManager.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get controllerManagerInput() {
    return this._controllerManager.internalValue;
  }

  // konnectivity - computed: true, optional: true, required: false
  private _konnectivity = new KubernetesControlPlaneKonnectivityOutputReference(this, "konnectivity");
  public get konnectivity() {
    return this._konnectivity;
  }
  public putKonnectivity(value: KubernetesControlPlaneKonnectivity) {
    this._konnectivity.internalValue = value;
  }
  public resetKonnectivity() {
    this._konnectivity.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get konnectivityInput() {
    return this._konnectivity.internalValue;
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

  // scheduler - computed: true, optional: true, required: false
  private _scheduler = new KubernetesControlPlaneSchedulerOutputReference(this, "scheduler");
  public get scheduler() {
    return this._scheduler;
  }
  public putScheduler(value: KubernetesControlPlaneScheduler) {
    this._scheduler.internalValue = value;
  }
  public resetScheduler() {
    this._scheduler.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get schedulerInput() {
    return this._scheduler.internalValue;
  }
}
export interface KubernetesImages {
  /**
   * Image of the kubectl job that sets up bootstrap tokens; empty uses the built-in one. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#kubectl Kubernetes#kubectl}
   */
  readonly kubectl?: string;
  /**
   * Image of the Talos certificate signer beside the control plane; empty uses the built-in one. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#talos_csr_signer Kubernetes#talos_csr_signer}
   */
  readonly talosCsrSigner?: string;
  /**
   * Image of the init container that waits for the admin kubeconfig; empty uses the built-in one. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#wait_for_kubeconfig Kubernetes#wait_for_kubeconfig}
   */
  readonly waitForKubeconfig?: string;
}

export function kubernetesImagesToTerraform(struct?: KubernetesImages | cdktn.IResolvable): any {
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
    talos_csr_signer: cdktn.stringToTerraform(struct!.talosCsrSigner),
    wait_for_kubeconfig: cdktn.stringToTerraform(struct!.waitForKubeconfig),
  };
}

export function kubernetesImagesToHclTerraform(struct?: KubernetesImages | cdktn.IResolvable): any {
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
    talos_csr_signer: {
      value: cdktn.stringToHclTerraform(struct!.talosCsrSigner),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    wait_for_kubeconfig: {
      value: cdktn.stringToHclTerraform(struct!.waitForKubeconfig),
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

export class KubernetesImagesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesImages | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._kubectl !== undefined) {
      hasAnyValues = true;
      internalValueResult.kubectl = this._kubectl;
    }
    if (this._talosCsrSigner !== undefined) {
      hasAnyValues = true;
      internalValueResult.talosCsrSigner = this._talosCsrSigner;
    }
    if (this._waitForKubeconfig !== undefined) {
      hasAnyValues = true;
      internalValueResult.waitForKubeconfig = this._waitForKubeconfig;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesImages | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._kubectl = undefined;
      this._talosCsrSigner = undefined;
      this._waitForKubeconfig = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._kubectl = value.kubectl;
      this._talosCsrSigner = value.talosCsrSigner;
      this._waitForKubeconfig = value.waitForKubeconfig;
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

  // talos_csr_signer - computed: true, optional: true, required: false
  private _talosCsrSigner?: string;
  public get talosCsrSigner() {
    return this.getStringAttribute("talos_csr_signer");
  }
  public set talosCsrSigner(value: string) {
    this._talosCsrSigner = value;
  }
  public resetTalosCsrSigner() {
    this._talosCsrSigner = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get talosCsrSignerInput() {
    return this._talosCsrSigner;
  }

  // wait_for_kubeconfig - computed: true, optional: true, required: false
  private _waitForKubeconfig?: string;
  public get waitForKubeconfig() {
    return this.getStringAttribute("wait_for_kubeconfig");
  }
  public set waitForKubeconfig(value: string) {
    this._waitForKubeconfig = value;
  }
  public resetWaitForKubeconfig() {
    this._waitForKubeconfig = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get waitForKubeconfigInput() {
    return this._waitForKubeconfig;
  }
}
export interface KubernetesNodeGroupsGpus {
  /**
   * GPU resource name, e.g. nvidia.com/AD102GL_L40S.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#name Kubernetes#name}
   */
  readonly name: string;
}

export function kubernetesNodeGroupsGpusToTerraform(
  struct?: KubernetesNodeGroupsGpus | cdktn.IResolvable,
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
    name: cdktn.stringToTerraform(struct!.name),
  };
}

export function kubernetesNodeGroupsGpusToHclTerraform(
  struct?: KubernetesNodeGroupsGpus | cdktn.IResolvable,
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

export class KubernetesNodeGroupsGpusOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): KubernetesNodeGroupsGpus | cdktn.IResolvable | undefined {
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

  public set internalValue(value: KubernetesNodeGroupsGpus | cdktn.IResolvable | undefined) {
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

export class KubernetesNodeGroupsGpusList extends cdktn.ComplexList {
  public internalValue?: KubernetesNodeGroupsGpus[] | cdktn.IResolvable;

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
  public get(index: number): KubernetesNodeGroupsGpusOutputReference {
    return new KubernetesNodeGroupsGpusOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface KubernetesNodeGroupsKubelet {
  /**
   * Free memory below which pods are evicted at once, as a percentage or an amount; lower than the soft threshold. Defaults to `7%`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#eviction_hard_memory Kubernetes#eviction_hard_memory}
   */
  readonly evictionHardMemory?: string;
  /**
   * Free memory below which pods are evicted after a grace period, as a percentage or an amount. Defaults to `10%`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#eviction_soft_memory Kubernetes#eviction_soft_memory}
   */
  readonly evictionSoftMemory?: string;
  /**
   * CPU kept for the kubelet and container runtime, e.g. 100m; empty derives it from the VM size.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#kube_reserved_cpu Kubernetes#kube_reserved_cpu}
   */
  readonly kubeReservedCpu?: string;
  /**
   * Memory kept for the kubelet and container runtime, e.g. 256Mi; empty derives it from the VM size.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#kube_reserved_memory Kubernetes#kube_reserved_memory}
   */
  readonly kubeReservedMemory?: string;
  /**
   * CPU kept for the operating system, e.g. 100m; empty derives it from the VM size.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#system_reserved_cpu Kubernetes#system_reserved_cpu}
   */
  readonly systemReservedCpu?: string;
  /**
   * Memory kept for the operating system, e.g. 256Mi; empty derives it from the VM size.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#system_reserved_memory Kubernetes#system_reserved_memory}
   */
  readonly systemReservedMemory?: string;
}

export function kubernetesNodeGroupsKubeletToTerraform(
  struct?: KubernetesNodeGroupsKubelet | cdktn.IResolvable,
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
    eviction_hard_memory: cdktn.stringToTerraform(struct!.evictionHardMemory),
    eviction_soft_memory: cdktn.stringToTerraform(struct!.evictionSoftMemory),
    kube_reserved_cpu: cdktn.stringToTerraform(struct!.kubeReservedCpu),
    kube_reserved_memory: cdktn.stringToTerraform(struct!.kubeReservedMemory),
    system_reserved_cpu: cdktn.stringToTerraform(struct!.systemReservedCpu),
    system_reserved_memory: cdktn.stringToTerraform(struct!.systemReservedMemory),
  };
}

export function kubernetesNodeGroupsKubeletToHclTerraform(
  struct?: KubernetesNodeGroupsKubelet | cdktn.IResolvable,
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

export class KubernetesNodeGroupsKubeletOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesNodeGroupsKubelet | cdktn.IResolvable | undefined {
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

  public set internalValue(value: KubernetesNodeGroupsKubelet | cdktn.IResolvable | undefined) {
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
export interface KubernetesNodeGroupsResources {
  /**
   * CPU cores available, e.g. 500m or 2.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#cpu Kubernetes#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory available, e.g. 512Mi or 4Gi.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#memory Kubernetes#memory}
   */
  readonly memory?: string;
}

export function kubernetesNodeGroupsResourcesToTerraform(
  struct?: KubernetesNodeGroupsResources | cdktn.IResolvable,
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

export function kubernetesNodeGroupsResourcesToHclTerraform(
  struct?: KubernetesNodeGroupsResources | cdktn.IResolvable,
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

export class KubernetesNodeGroupsResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesNodeGroupsResources | cdktn.IResolvable | undefined {
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

  public set internalValue(value: KubernetesNodeGroupsResources | cdktn.IResolvable | undefined) {
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
export interface KubernetesNodeGroups {
  /**
   * Size of each worker's system disk, which holds the OS, kubelet state and image cache. Defaults to `20Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#disk_size Kubernetes#disk_size}
   */
  readonly diskSize?: string;
  /**
   * GPUs passed through to each worker; the NVIDIA driver needs at least 4 GiB of memory.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#gpus Kubernetes#gpus}
   */
  readonly gpus?: KubernetesNodeGroupsGpus[] | cdktn.IResolvable;
  /**
   * KubeVirt instance type that sizes each worker VM. Defaults to `u1.medium`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#instance_type Kubernetes#instance_type}
   */
  readonly instanceType?: string;
  /**
   * Resources the kubelet keeps back on each worker, and its memory eviction thresholds.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#kubelet Kubernetes#kubelet}
   */
  readonly kubelet?: KubernetesNodeGroupsKubelet;
  /**
   * Most workers the autoscaler may run in this group. Defaults to `10`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#max_replicas Kubernetes#max_replicas}
   */
  readonly maxReplicas?: number;
  /**
   * Unhealthy workers tolerated before automatic repair pauses, as a number or percentage; unset uses nodeHealthCheck.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#max_unhealthy Kubernetes#max_unhealthy}
   */
  readonly maxUnhealthy?: string;
  /**
   * Fewest workers kept in this group. Defaults to `0`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#min_replicas Kubernetes#min_replicas}
   */
  readonly minReplicas?: number;
  /**
   * How long a new worker may take to become Ready before it is replaced, e.g. 10m; unset uses nodeHealthCheck.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#node_startup_timeout Kubernetes#node_startup_timeout}
   */
  readonly nodeStartupTimeout?: string;
  /**
   * Explicit CPU and memory for each worker instead of the instance type; give both or neither.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#resources Kubernetes#resources}
   */
  readonly resources?: KubernetesNodeGroupsResources;
  /**
   * Node roles given to the workers, e.g. ingress-nginx.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#roles Kubernetes#roles}
   */
  readonly roles?: string[];
  /**
   * StorageClass of the worker disks; it must offer ReadWriteMany. Empty uses the cluster's storageClass.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#storage_class Kubernetes#storage_class}
   */
  readonly storageClass?: string;
}

export function kubernetesNodeGroupsToTerraform(struct?: KubernetesNodeGroups | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    disk_size: cdktn.stringToTerraform(struct!.diskSize),
    gpus: cdktn.listMapper(kubernetesNodeGroupsGpusToTerraform, false)(struct!.gpus),
    instance_type: cdktn.stringToTerraform(struct!.instanceType),
    kubelet: kubernetesNodeGroupsKubeletToTerraform(struct!.kubelet),
    max_replicas: cdktn.numberToTerraform(struct!.maxReplicas),
    max_unhealthy: cdktn.stringToTerraform(struct!.maxUnhealthy),
    min_replicas: cdktn.numberToTerraform(struct!.minReplicas),
    node_startup_timeout: cdktn.stringToTerraform(struct!.nodeStartupTimeout),
    resources: kubernetesNodeGroupsResourcesToTerraform(struct!.resources),
    roles: cdktn.listMapper(cdktn.stringToTerraform, false)(struct!.roles),
    storage_class: cdktn.stringToTerraform(struct!.storageClass),
  };
}

export function kubernetesNodeGroupsToHclTerraform(struct?: KubernetesNodeGroups | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    disk_size: {
      value: cdktn.stringToHclTerraform(struct!.diskSize),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    gpus: {
      value: cdktn.listMapperHcl(kubernetesNodeGroupsGpusToHclTerraform, false)(struct!.gpus),
      isBlock: true,
      type: "list",
      storageClassType: "KubernetesNodeGroupsGpusList",
    },
    instance_type: {
      value: cdktn.stringToHclTerraform(struct!.instanceType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    kubelet: {
      value: kubernetesNodeGroupsKubeletToHclTerraform(struct!.kubelet),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesNodeGroupsKubelet",
    },
    max_replicas: {
      value: cdktn.numberToHclTerraform(struct!.maxReplicas),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    max_unhealthy: {
      value: cdktn.stringToHclTerraform(struct!.maxUnhealthy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    min_replicas: {
      value: cdktn.numberToHclTerraform(struct!.minReplicas),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    node_startup_timeout: {
      value: cdktn.stringToHclTerraform(struct!.nodeStartupTimeout),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    resources: {
      value: kubernetesNodeGroupsResourcesToHclTerraform(struct!.resources),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesNodeGroupsResources",
    },
    roles: {
      value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct!.roles),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    storage_class: {
      value: cdktn.stringToHclTerraform(struct!.storageClass),
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

export class KubernetesNodeGroupsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): KubernetesNodeGroups | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskSize = this._diskSize;
    }
    if (this._gpus?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.gpus = this._gpus?.internalValue;
    }
    if (this._instanceType !== undefined) {
      hasAnyValues = true;
      internalValueResult.instanceType = this._instanceType;
    }
    if (this._kubelet?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.kubelet = this._kubelet?.internalValue;
    }
    if (this._maxReplicas !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxReplicas = this._maxReplicas;
    }
    if (this._maxUnhealthy !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxUnhealthy = this._maxUnhealthy;
    }
    if (this._minReplicas !== undefined) {
      hasAnyValues = true;
      internalValueResult.minReplicas = this._minReplicas;
    }
    if (this._nodeStartupTimeout !== undefined) {
      hasAnyValues = true;
      internalValueResult.nodeStartupTimeout = this._nodeStartupTimeout;
    }
    if (this._resources?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.resources = this._resources?.internalValue;
    }
    if (this._roles !== undefined) {
      hasAnyValues = true;
      internalValueResult.roles = this._roles;
    }
    if (this._storageClass !== undefined) {
      hasAnyValues = true;
      internalValueResult.storageClass = this._storageClass;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesNodeGroups | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._diskSize = undefined;
      this._gpus.internalValue = undefined;
      this._instanceType = undefined;
      this._kubelet.internalValue = undefined;
      this._maxReplicas = undefined;
      this._maxUnhealthy = undefined;
      this._minReplicas = undefined;
      this._nodeStartupTimeout = undefined;
      this._resources.internalValue = undefined;
      this._roles = undefined;
      this._storageClass = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._diskSize = value.diskSize;
      this._gpus.internalValue = value.gpus;
      this._instanceType = value.instanceType;
      this._kubelet.internalValue = value.kubelet;
      this._maxReplicas = value.maxReplicas;
      this._maxUnhealthy = value.maxUnhealthy;
      this._minReplicas = value.minReplicas;
      this._nodeStartupTimeout = value.nodeStartupTimeout;
      this._resources.internalValue = value.resources;
      this._roles = value.roles;
      this._storageClass = value.storageClass;
    }
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
  private _gpus = new KubernetesNodeGroupsGpusList(this, "gpus", false);
  public get gpus() {
    return this._gpus;
  }
  public putGpus(value: KubernetesNodeGroupsGpus[] | cdktn.IResolvable) {
    this._gpus.internalValue = value;
  }
  public resetGpus() {
    this._gpus.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gpusInput() {
    return this._gpus.internalValue;
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
  private _kubelet = new KubernetesNodeGroupsKubeletOutputReference(this, "kubelet");
  public get kubelet() {
    return this._kubelet;
  }
  public putKubelet(value: KubernetesNodeGroupsKubelet) {
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
  private _resources = new KubernetesNodeGroupsResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: KubernetesNodeGroupsResources) {
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
}

export class KubernetesNodeGroupsMap extends cdktn.ComplexMap {
  public internalValue?: { [key: string]: KubernetesNodeGroups } | cdktn.IResolvable;

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
  public get(key: string): KubernetesNodeGroupsOutputReference {
    return new KubernetesNodeGroupsOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}
export interface KubernetesNodeHealthCheck {
  /**
   * Unhealthy workers tolerated per group before repair pauses, as a number or a percentage such as 50%. Defaults to `50%`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#max_unhealthy Kubernetes#max_unhealthy}
   */
  readonly maxUnhealthy?: string;
  /**
   * How long a new worker may take to become Ready before it is replaced, e.g. 10m. Defaults to `10m`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#node_startup_timeout Kubernetes#node_startup_timeout}
   */
  readonly nodeStartupTimeout?: string;
}

export function kubernetesNodeHealthCheckToTerraform(
  struct?: KubernetesNodeHealthCheck | cdktn.IResolvable,
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
    max_unhealthy: cdktn.stringToTerraform(struct!.maxUnhealthy),
    node_startup_timeout: cdktn.stringToTerraform(struct!.nodeStartupTimeout),
  };
}

export function kubernetesNodeHealthCheckToHclTerraform(
  struct?: KubernetesNodeHealthCheck | cdktn.IResolvable,
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
    max_unhealthy: {
      value: cdktn.stringToHclTerraform(struct!.maxUnhealthy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    node_startup_timeout: {
      value: cdktn.stringToHclTerraform(struct!.nodeStartupTimeout),
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

export class KubernetesNodeHealthCheckOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesNodeHealthCheck | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._maxUnhealthy !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxUnhealthy = this._maxUnhealthy;
    }
    if (this._nodeStartupTimeout !== undefined) {
      hasAnyValues = true;
      internalValueResult.nodeStartupTimeout = this._nodeStartupTimeout;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesNodeHealthCheck | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._maxUnhealthy = undefined;
      this._nodeStartupTimeout = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._maxUnhealthy = value.maxUnhealthy;
      this._nodeStartupTimeout = value.nodeStartupTimeout;
    }
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
}
export interface KubernetesOidcCustomConfigSecretRef {
  /**
   * Name of a Secret in the same namespace whose config.yaml key holds the configuration. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#name Kubernetes#name}
   */
  readonly name?: string;
}

export function kubernetesOidcCustomConfigSecretRefToTerraform(
  struct?: KubernetesOidcCustomConfigSecretRef | cdktn.IResolvable,
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
    name: cdktn.stringToTerraform(struct!.name),
  };
}

export function kubernetesOidcCustomConfigSecretRefToHclTerraform(
  struct?: KubernetesOidcCustomConfigSecretRef | cdktn.IResolvable,
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

export class KubernetesOidcCustomConfigSecretRefOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesOidcCustomConfigSecretRef | cdktn.IResolvable | undefined {
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

  public set internalValue(value: KubernetesOidcCustomConfigSecretRef | cdktn.IResolvable | undefined) {
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
export interface KubernetesOidcCustomConfig {
  /**
   * AuthenticationConfiguration YAML (apiserver.config.k8s.io/v1beta1), inline. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#config Kubernetes#config}
   */
  readonly config?: string;
  /**
   * An existing Secret holding the AuthenticationConfiguration.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#secret_ref Kubernetes#secret_ref}
   */
  readonly secretRef?: KubernetesOidcCustomConfigSecretRef;
}

export function kubernetesOidcCustomConfigToTerraform(
  struct?: KubernetesOidcCustomConfig | cdktn.IResolvable,
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
    config: cdktn.stringToTerraform(struct!.config),
    secret_ref: kubernetesOidcCustomConfigSecretRefToTerraform(struct!.secretRef),
  };
}

export function kubernetesOidcCustomConfigToHclTerraform(
  struct?: KubernetesOidcCustomConfig | cdktn.IResolvable,
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
    config: {
      value: cdktn.stringToHclTerraform(struct!.config),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_ref: {
      value: kubernetesOidcCustomConfigSecretRefToHclTerraform(struct!.secretRef),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesOidcCustomConfigSecretRef",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesOidcCustomConfigOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesOidcCustomConfig | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._config !== undefined) {
      hasAnyValues = true;
      internalValueResult.config = this._config;
    }
    if (this._secretRef?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretRef = this._secretRef?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesOidcCustomConfig | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._config = undefined;
      this._secretRef.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._config = value.config;
      this._secretRef.internalValue = value.secretRef;
    }
  }

  // config - computed: true, optional: true, required: false
  private _config?: string;
  public get config() {
    return this.getStringAttribute("config");
  }
  public set config(value: string) {
    this._config = value;
  }
  public resetConfig() {
    this._config = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get configInput() {
    return this._config;
  }

  // secret_ref - computed: true, optional: true, required: false
  private _secretRef = new KubernetesOidcCustomConfigSecretRefOutputReference(this, "secret_ref");
  public get secretRef() {
    return this._secretRef;
  }
  public putSecretRef(value: KubernetesOidcCustomConfigSecretRef) {
    this._secretRef.internalValue = value;
  }
  public resetSecretRef() {
    this._secretRef.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretRefInput() {
    return this._secretRef.internalValue;
  }
}
export interface KubernetesOidcUsers {
  /**
   * E-mail address, matched against the token's email claim.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#email Kubernetes#email}
   */
  readonly email: string;
  /**
   * admin grants cluster-admin; view grants read-only access. One of `admin`, `view`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#role Kubernetes#role}
   */
  readonly role: string;
}

export function kubernetesOidcUsersToTerraform(struct?: KubernetesOidcUsers | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    email: cdktn.stringToTerraform(struct!.email),
    role: cdktn.stringToTerraform(struct!.role),
  };
}

export function kubernetesOidcUsersToHclTerraform(struct?: KubernetesOidcUsers | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    email: {
      value: cdktn.stringToHclTerraform(struct!.email),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    role: {
      value: cdktn.stringToHclTerraform(struct!.role),
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

export class KubernetesOidcUsersOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): KubernetesOidcUsers | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._email !== undefined) {
      hasAnyValues = true;
      internalValueResult.email = this._email;
    }
    if (this._role !== undefined) {
      hasAnyValues = true;
      internalValueResult.role = this._role;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesOidcUsers | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._email = undefined;
      this._role = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._email = value.email;
      this._role = value.role;
    }
  }

  // email - computed: true, optional: false, required: true
  private _email?: string;
  public get email() {
    return this.getStringAttribute("email");
  }
  public set email(value: string) {
    this._email = value;
  }
  // Temporarily expose input value. Use with caution.
  public get emailInput() {
    return this._email;
  }

  // role - computed: true, optional: false, required: true
  private _role?: string;
  public get role() {
    return this.getStringAttribute("role");
  }
  public set role(value: string) {
    this._role = value;
  }
  // Temporarily expose input value. Use with caution.
  public get roleInput() {
    return this._role;
  }
}

export class KubernetesOidcUsersList extends cdktn.ComplexList {
  public internalValue?: KubernetesOidcUsers[] | cdktn.IResolvable;

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
  public get(index: number): KubernetesOidcUsersOutputReference {
    return new KubernetesOidcUsersOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface KubernetesOidc {
  /**
   * Your own AuthenticationConfiguration, used only when mode is CustomConfig; give config or secretRef.name, not both.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#custom_config Kubernetes#custom_config}
   */
  readonly customConfig?: KubernetesOidcCustomConfig;
  /**
   * None: admin kubeconfig only; System: log in through the platform's identity provider; CustomConfig: trust your own issuer. One of `None`, `System`, `CustomConfig`. Defaults to `None`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#mode Kubernetes#mode}
   */
  readonly mode?: string;
  /**
   * People given access to the cluster, by e-mail; used with System and CustomConfig.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#users Kubernetes#users}
   */
  readonly users?: KubernetesOidcUsers[] | cdktn.IResolvable;
}

export function kubernetesOidcToTerraform(struct?: KubernetesOidc | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    custom_config: kubernetesOidcCustomConfigToTerraform(struct!.customConfig),
    mode: cdktn.stringToTerraform(struct!.mode),
    users: cdktn.listMapper(kubernetesOidcUsersToTerraform, false)(struct!.users),
  };
}

export function kubernetesOidcToHclTerraform(struct?: KubernetesOidc | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    custom_config: {
      value: kubernetesOidcCustomConfigToHclTerraform(struct!.customConfig),
      isBlock: true,
      type: "struct",
      storageClassType: "KubernetesOidcCustomConfig",
    },
    mode: {
      value: cdktn.stringToHclTerraform(struct!.mode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    users: {
      value: cdktn.listMapperHcl(kubernetesOidcUsersToHclTerraform, false)(struct!.users),
      isBlock: true,
      type: "list",
      storageClassType: "KubernetesOidcUsersList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class KubernetesOidcOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesOidc | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._customConfig?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.customConfig = this._customConfig?.internalValue;
    }
    if (this._mode !== undefined) {
      hasAnyValues = true;
      internalValueResult.mode = this._mode;
    }
    if (this._users?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.users = this._users?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KubernetesOidc | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._customConfig.internalValue = undefined;
      this._mode = undefined;
      this._users.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._customConfig.internalValue = value.customConfig;
      this._mode = value.mode;
      this._users.internalValue = value.users;
    }
  }

  // custom_config - computed: true, optional: true, required: false
  private _customConfig = new KubernetesOidcCustomConfigOutputReference(this, "custom_config");
  public get customConfig() {
    return this._customConfig;
  }
  public putCustomConfig(value: KubernetesOidcCustomConfig) {
    this._customConfig.internalValue = value;
  }
  public resetCustomConfig() {
    this._customConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customConfigInput() {
    return this._customConfig.internalValue;
  }

  // mode - computed: true, optional: true, required: false
  private _mode?: string;
  public get mode() {
    return this.getStringAttribute("mode");
  }
  public set mode(value: string) {
    this._mode = value;
  }
  public resetMode() {
    this._mode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
  }

  // users - computed: true, optional: true, required: false
  private _users = new KubernetesOidcUsersList(this, "users", false);
  public get users() {
    return this._users;
  }
  public putUsers(value: KubernetesOidcUsers[] | cdktn.IResolvable) {
    this._users.internalValue = value;
  }
  public resetUsers() {
    this._users.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usersInput() {
    return this._users.internalValue;
  }
}
export interface KubernetesTalos {
  /**
   * Base URL of the Talos Image Factory serving worker disk images, without a trailing slash. Defaults to `https://factory.talos.dev`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#image_factory_url Kubernetes#image_factory_url}
   */
  readonly imageFactoryUrl?: string;
  /**
   * Registry path of the Talos installer image used for upgrades, without a trailing slash. Defaults to `factory.talos.dev/installer`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#installer_repository Kubernetes#installer_repository}
   */
  readonly installerRepository?: string;
  /**
   * Image Factory schematic ID, which selects system extensions and kernel arguments. Defaults to `ce4c980550dd2ab1b17bbf2b08801c7eb59418eafe8f279833297925d67c7515`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#schematic_id Kubernetes#schematic_id}
   */
  readonly schematicId?: string;
  /**
   * Talos release of the workers; it must support the chosen Kubernetes version. Defaults to `v1.13.6`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#version Kubernetes#version}
   */
  readonly version?: string;
}

export function kubernetesTalosToTerraform(struct?: KubernetesTalos | cdktn.IResolvable): any {
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

export function kubernetesTalosToHclTerraform(struct?: KubernetesTalos | cdktn.IResolvable): any {
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

export class KubernetesTalosOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesTalos | cdktn.IResolvable | undefined {
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

  public set internalValue(value: KubernetesTalos | cdktn.IResolvable | undefined) {
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
export interface KubernetesTimeouts {
  /**
   * Wait for a new object to become ready.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#create Kubernetes#create}
   */
  readonly create?: string;
  /**
   * Wait for the object to be gone.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#delete Kubernetes#delete}
   */
  readonly delete?: string;
  /**
   * Wait for a changed object to become ready again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#update Kubernetes#update}
   */
  readonly update?: string;
}

export function kubernetesTimeoutsToTerraform(struct?: KubernetesTimeouts | cdktn.IResolvable): any {
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

export function kubernetesTimeoutsToHclTerraform(struct?: KubernetesTimeouts | cdktn.IResolvable): any {
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

export class KubernetesTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KubernetesTimeouts | cdktn.IResolvable | undefined {
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

  public set internalValue(value: KubernetesTimeouts | cdktn.IResolvable | undefined) {
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
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes cozystack_kubernetes}
 */
export class Kubernetes extends cdktn.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_kubernetes";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a Kubernetes resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the Kubernetes to import
   * @param importFromId The id of the existing Kubernetes that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the Kubernetes to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack_kubernetes",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/kubernetes cozystack_kubernetes} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options KubernetesConfig
   */
  public constructor(scope: Construct, id: string, config: KubernetesConfig) {
    super(scope, id, {
      terraformResourceType: "cozystack_kubernetes",
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
    this._addons.internalValue = config.addons;
    this._controlPlane.internalValue = config.controlPlane;
    this._host = config.host;
    this._images.internalValue = config.images;
    this._name = config.name;
    this._namespace = config.namespace;
    this._nodeGroups.internalValue = config.nodeGroups;
    this._nodeHealthCheck.internalValue = config.nodeHealthCheck;
    this._oidc.internalValue = config.oidc;
    this._storageClass = config.storageClass;
    this._talos.internalValue = config.talos;
    this._timeouts.internalValue = config.timeouts;
    this._version = config.version;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // addons - computed: true, optional: true, required: false
  private _addons = new KubernetesAddonsOutputReference(this, "addons");
  public get addons() {
    return this._addons;
  }
  public putAddons(value: KubernetesAddons) {
    this._addons.internalValue = value;
  }
  public resetAddons() {
    this._addons.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addonsInput() {
    return this._addons.internalValue;
  }

  // connection - computed: true, optional: false, required: false
  private _connection = new KubernetesConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // control_plane - computed: true, optional: true, required: false
  private _controlPlane = new KubernetesControlPlaneOutputReference(this, "control_plane");
  public get controlPlane() {
    return this._controlPlane;
  }
  public putControlPlane(value: KubernetesControlPlane) {
    this._controlPlane.internalValue = value;
  }
  public resetControlPlane() {
    this._controlPlane.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get controlPlaneInput() {
    return this._controlPlane.internalValue;
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

  // images - computed: true, optional: true, required: false
  private _images = new KubernetesImagesOutputReference(this, "images");
  public get images() {
    return this._images;
  }
  public putImages(value: KubernetesImages) {
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

  // node_groups - computed: true, optional: true, required: false
  private _nodeGroups = new KubernetesNodeGroupsMap(this, "node_groups");
  public get nodeGroups() {
    return this._nodeGroups;
  }
  public putNodeGroups(value: { [key: string]: KubernetesNodeGroups } | cdktn.IResolvable) {
    this._nodeGroups.internalValue = value;
  }
  public resetNodeGroups() {
    this._nodeGroups.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nodeGroupsInput() {
    return this._nodeGroups.internalValue;
  }

  // node_health_check - computed: true, optional: true, required: false
  private _nodeHealthCheck = new KubernetesNodeHealthCheckOutputReference(this, "node_health_check");
  public get nodeHealthCheck() {
    return this._nodeHealthCheck;
  }
  public putNodeHealthCheck(value: KubernetesNodeHealthCheck) {
    this._nodeHealthCheck.internalValue = value;
  }
  public resetNodeHealthCheck() {
    this._nodeHealthCheck.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nodeHealthCheckInput() {
    return this._nodeHealthCheck.internalValue;
  }

  // oidc - computed: true, optional: true, required: false
  private _oidc = new KubernetesOidcOutputReference(this, "oidc");
  public get oidc() {
    return this._oidc;
  }
  public putOidc(value: KubernetesOidc) {
    this._oidc.internalValue = value;
  }
  public resetOidc() {
    this._oidc.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oidcInput() {
    return this._oidc.internalValue;
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
  private _talos = new KubernetesTalosOutputReference(this, "talos");
  public get talos() {
    return this._talos;
  }
  public putTalos(value: KubernetesTalos) {
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
  private _timeouts = new KubernetesTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: KubernetesTimeouts) {
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
      addons: kubernetesAddonsToTerraform(this._addons.internalValue),
      control_plane: kubernetesControlPlaneToTerraform(this._controlPlane.internalValue),
      host: cdktn.stringToTerraform(this._host),
      images: kubernetesImagesToTerraform(this._images.internalValue),
      name: cdktn.stringToTerraform(this._name),
      namespace: cdktn.stringToTerraform(this._namespace),
      node_groups: cdktn.hashMapper(kubernetesNodeGroupsToTerraform)(this._nodeGroups.internalValue),
      node_health_check: kubernetesNodeHealthCheckToTerraform(this._nodeHealthCheck.internalValue),
      oidc: kubernetesOidcToTerraform(this._oidc.internalValue),
      storage_class: cdktn.stringToTerraform(this._storageClass),
      talos: kubernetesTalosToTerraform(this._talos.internalValue),
      timeouts: kubernetesTimeoutsToTerraform(this._timeouts.internalValue),
      version: cdktn.stringToTerraform(this._version),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      addons: {
        value: kubernetesAddonsToHclTerraform(this._addons.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KubernetesAddons",
      },
      control_plane: {
        value: kubernetesControlPlaneToHclTerraform(this._controlPlane.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KubernetesControlPlane",
      },
      host: {
        value: cdktn.stringToHclTerraform(this._host),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      images: {
        value: kubernetesImagesToHclTerraform(this._images.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KubernetesImages",
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
      node_groups: {
        value: cdktn.hashMapperHcl(kubernetesNodeGroupsToHclTerraform)(this._nodeGroups.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "KubernetesNodeGroupsMap",
      },
      node_health_check: {
        value: kubernetesNodeHealthCheckToHclTerraform(this._nodeHealthCheck.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KubernetesNodeHealthCheck",
      },
      oidc: {
        value: kubernetesOidcToHclTerraform(this._oidc.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KubernetesOidc",
      },
      storage_class: {
        value: cdktn.stringToHclTerraform(this._storageClass),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      talos: {
        value: kubernetesTalosToHclTerraform(this._talos.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KubernetesTalos",
      },
      timeouts: {
        value: kubernetesTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KubernetesTimeouts",
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
