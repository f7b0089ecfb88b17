// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/kubernetes
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface DataCozystackKubernetesConfig extends cdktn.TerraformMetaArguments {
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/kubernetes#name DataCozystackKubernetes#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/kubernetes#namespace DataCozystackKubernetes#namespace}
   */
  readonly namespace?: string;
}
export interface DataCozystackKubernetesAddonsCertManager {}

export function dataCozystackKubernetesAddonsCertManagerToTerraform(
  struct?: DataCozystackKubernetesAddonsCertManager,
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

export function dataCozystackKubernetesAddonsCertManagerToHclTerraform(
  struct?: DataCozystackKubernetesAddonsCertManager,
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

export class DataCozystackKubernetesAddonsCertManagerOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesAddonsCertManager | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesAddonsCertManager | undefined) {
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

  // values_override - computed: true, optional: false, required: false
  private _valuesOverride = new cdktn.AnyMap(this, "values_override");
  public get valuesOverride() {
    return this._valuesOverride;
  }
}
export interface DataCozystackKubernetesAddonsCilium {}

export function dataCozystackKubernetesAddonsCiliumToTerraform(
  struct?: DataCozystackKubernetesAddonsCilium,
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

export function dataCozystackKubernetesAddonsCiliumToHclTerraform(
  struct?: DataCozystackKubernetesAddonsCilium,
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

export class DataCozystackKubernetesAddonsCiliumOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesAddonsCilium | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesAddonsCilium | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // values_override - computed: true, optional: false, required: false
  private _valuesOverride = new cdktn.AnyMap(this, "values_override");
  public get valuesOverride() {
    return this._valuesOverride;
  }
}
export interface DataCozystackKubernetesAddonsCoredns {}

export function dataCozystackKubernetesAddonsCorednsToTerraform(
  struct?: DataCozystackKubernetesAddonsCoredns,
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

export function dataCozystackKubernetesAddonsCorednsToHclTerraform(
  struct?: DataCozystackKubernetesAddonsCoredns,
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

export class DataCozystackKubernetesAddonsCorednsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesAddonsCoredns | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesAddonsCoredns | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // values_override - computed: true, optional: false, required: false
  private _valuesOverride = new cdktn.AnyMap(this, "values_override");
  public get valuesOverride() {
    return this._valuesOverride;
  }
}
export interface DataCozystackKubernetesAddonsFluxcd {}

export function dataCozystackKubernetesAddonsFluxcdToTerraform(
  struct?: DataCozystackKubernetesAddonsFluxcd,
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

export function dataCozystackKubernetesAddonsFluxcdToHclTerraform(
  struct?: DataCozystackKubernetesAddonsFluxcd,
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

export class DataCozystackKubernetesAddonsFluxcdOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesAddonsFluxcd | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesAddonsFluxcd | undefined) {
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

  // values_override - computed: true, optional: false, required: false
  private _valuesOverride = new cdktn.AnyMap(this, "values_override");
  public get valuesOverride() {
    return this._valuesOverride;
  }
}
export interface DataCozystackKubernetesAddonsGatewayApi {}

export function dataCozystackKubernetesAddonsGatewayApiToTerraform(
  struct?: DataCozystackKubernetesAddonsGatewayApi,
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

export function dataCozystackKubernetesAddonsGatewayApiToHclTerraform(
  struct?: DataCozystackKubernetesAddonsGatewayApi,
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

export class DataCozystackKubernetesAddonsGatewayApiOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesAddonsGatewayApi | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesAddonsGatewayApi | undefined) {
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
}
export interface DataCozystackKubernetesAddonsGpuOperator {}

export function dataCozystackKubernetesAddonsGpuOperatorToTerraform(
  struct?: DataCozystackKubernetesAddonsGpuOperator,
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

export function dataCozystackKubernetesAddonsGpuOperatorToHclTerraform(
  struct?: DataCozystackKubernetesAddonsGpuOperator,
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

export class DataCozystackKubernetesAddonsGpuOperatorOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesAddonsGpuOperator | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesAddonsGpuOperator | undefined) {
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

  // values_override - computed: true, optional: false, required: false
  private _valuesOverride = new cdktn.AnyMap(this, "values_override");
  public get valuesOverride() {
    return this._valuesOverride;
  }
}
export interface DataCozystackKubernetesAddonsHami {}

export function dataCozystackKubernetesAddonsHamiToTerraform(
  struct?: DataCozystackKubernetesAddonsHami,
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

export function dataCozystackKubernetesAddonsHamiToHclTerraform(
  struct?: DataCozystackKubernetesAddonsHami,
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

export class DataCozystackKubernetesAddonsHamiOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesAddonsHami | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesAddonsHami | undefined) {
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

  // values_override - computed: true, optional: false, required: false
  private _valuesOverride = new cdktn.AnyMap(this, "values_override");
  public get valuesOverride() {
    return this._valuesOverride;
  }
}
export interface DataCozystackKubernetesAddonsIngressNginx {}

export function dataCozystackKubernetesAddonsIngressNginxToTerraform(
  struct?: DataCozystackKubernetesAddonsIngressNginx,
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

export function dataCozystackKubernetesAddonsIngressNginxToHclTerraform(
  struct?: DataCozystackKubernetesAddonsIngressNginx,
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

export class DataCozystackKubernetesAddonsIngressNginxOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesAddonsIngressNginx | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesAddonsIngressNginx | undefined) {
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

  // expose_method - computed: true, optional: false, required: false
  public get exposeMethod() {
    return this.getStringAttribute("expose_method");
  }

  // hosts - computed: true, optional: false, required: false
  public get hosts() {
    return this.getListAttribute("hosts");
  }

  // values_override - computed: true, optional: false, required: false
  private _valuesOverride = new cdktn.AnyMap(this, "values_override");
  public get valuesOverride() {
    return this._valuesOverride;
  }
}
export interface DataCozystackKubernetesAddonsMonitoringAgents {}

export function dataCozystackKubernetesAddonsMonitoringAgentsToTerraform(
  struct?: DataCozystackKubernetesAddonsMonitoringAgents,
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

export function dataCozystackKubernetesAddonsMonitoringAgentsToHclTerraform(
  struct?: DataCozystackKubernetesAddonsMonitoringAgents,
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

export class DataCozystackKubernetesAddonsMonitoringAgentsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesAddonsMonitoringAgents | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesAddonsMonitoringAgents | undefined) {
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

  // values_override - computed: true, optional: false, required: false
  private _valuesOverride = new cdktn.AnyMap(this, "values_override");
  public get valuesOverride() {
    return this._valuesOverride;
  }
}
export interface DataCozystackKubernetesAddonsOuroboros {}

export function dataCozystackKubernetesAddonsOuroborosToTerraform(
  struct?: DataCozystackKubernetesAddonsOuroboros,
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

export function dataCozystackKubernetesAddonsOuroborosToHclTerraform(
  struct?: DataCozystackKubernetesAddonsOuroboros,
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

export class DataCozystackKubernetesAddonsOuroborosOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesAddonsOuroboros | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesAddonsOuroboros | undefined) {
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

  // values_override - computed: true, optional: false, required: false
  private _valuesOverride = new cdktn.AnyMap(this, "values_override");
  public get valuesOverride() {
    return this._valuesOverride;
  }
}
export interface DataCozystackKubernetesAddonsVelero {}

export function dataCozystackKubernetesAddonsVeleroToTerraform(
  struct?: DataCozystackKubernetesAddonsVelero,
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

export function dataCozystackKubernetesAddonsVeleroToHclTerraform(
  struct?: DataCozystackKubernetesAddonsVelero,
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

export class DataCozystackKubernetesAddonsVeleroOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesAddonsVelero | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesAddonsVelero | undefined) {
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

  // values_override - computed: true, optional: false, required: false
  private _valuesOverride = new cdktn.AnyMap(this, "values_override");
  public get valuesOverride() {
    return this._valuesOverride;
  }
}
export interface DataCozystackKubernetesAddonsVerticalPodAutoscaler {}

export function dataCozystackKubernetesAddonsVerticalPodAutoscalerToTerraform(
  struct?: DataCozystackKubernetesAddonsVerticalPodAutoscaler,
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

export function dataCozystackKubernetesAddonsVerticalPodAutoscalerToHclTerraform(
  struct?: DataCozystackKubernetesAddonsVerticalPodAutoscaler,
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

export class DataCozystackKubernetesAddonsVerticalPodAutoscalerOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesAddonsVerticalPodAutoscaler | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesAddonsVerticalPodAutoscaler | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // values_override - computed: true, optional: false, required: false
  private _valuesOverride = new cdktn.AnyMap(this, "values_override");
  public get valuesOverride() {
    return this._valuesOverride;
  }
}
export interface DataCozystackKubernetesAddons {}

export function dataCozystackKubernetesAddonsToTerraform(struct?: DataCozystackKubernetesAddons): any {
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

export function dataCozystackKubernetesAddonsToHclTerraform(struct?: DataCozystackKubernetesAddons): any {
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

export class DataCozystackKubernetesAddonsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesAddons | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesAddons | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // cert_manager - computed: true, optional: false, required: false
  private _certManager = new DataCozystackKubernetesAddonsCertManagerOutputReference(this, "cert_manager");
  public get certManager() {
    return this._certManager;
  }

  // cilium - computed: true, optional: false, required: false
  private _cilium = new DataCozystackKubernetesAddonsCiliumOutputReference(this, "cilium");
  public get cilium() {
    return this._cilium;
  }

  // coredns - computed: true, optional: false, required: false
  private _coredns = new DataCozystackKubernetesAddonsCorednsOutputReference(this, "coredns");
  public get coredns() {
    return this._coredns;
  }

  // fluxcd - computed: true, optional: false, required: false
  private _fluxcd = new DataCozystackKubernetesAddonsFluxcdOutputReference(this, "fluxcd");
  public get fluxcd() {
    return this._fluxcd;
  }

  // gateway_api - computed: true, optional: false, required: false
  private _gatewayApi = new DataCozystackKubernetesAddonsGatewayApiOutputReference(this, "gateway_api");
  public get gatewayApi() {
    return this._gatewayApi;
  }

  // gpu_operator - computed: true, optional: false, required: false
  private _gpuOperator = new DataCozystackKubernetesAddonsGpuOperatorOutputReference(this, "gpu_operator");
  public get gpuOperator() {
    return this._gpuOperator;
  }

  // hami - computed: true, optional: false, required: false
  private _hami = new DataCozystackKubernetesAddonsHamiOutputReference(this, "hami");
  public get hami() {
    return this._hami;
  }

  // ingress_nginx - computed: true, optional: false, required: false
  private _ingressNginx = new DataCozystackKubernetesAddonsIngressNginxOutputReference(this, "ingress_nginx");
  public get ingressNginx() {
    return this._ingressNginx;
  }

  // monitoring_agents - computed: true, optional: false, required: false
  private _monitoringAgents = new DataCozystackKubernetesAddonsMonitoringAgentsOutputReference(
    this,
    "monitoring_agents",
  );
  public get monitoringAgents() {
    return this._monitoringAgents;
  }

  // ouroboros - computed: true, optional: false, required: false
  private _ouroboros = new DataCozystackKubernetesAddonsOuroborosOutputReference(this, "ouroboros");
  public get ouroboros() {
    return this._ouroboros;
  }

  // velero - computed: true, optional: false, required: false
  private _velero = new DataCozystackKubernetesAddonsVeleroOutputReference(this, "velero");
  public get velero() {
    return this._velero;
  }

  // vertical_pod_autoscaler - computed: true, optional: false, required: false
  private _verticalPodAutoscaler = new DataCozystackKubernetesAddonsVerticalPodAutoscalerOutputReference(
    this,
    "vertical_pod_autoscaler",
  );
  public get verticalPodAutoscaler() {
    return this._verticalPodAutoscaler;
  }
}
export interface DataCozystackKubernetesConnection {}

export function dataCozystackKubernetesConnectionToTerraform(
  struct?: DataCozystackKubernetesConnection,
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

export function dataCozystackKubernetesConnectionToHclTerraform(
  struct?: DataCozystackKubernetesConnection,
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

export class DataCozystackKubernetesConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesConnection | undefined) {
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
export interface DataCozystackKubernetesControlPlaneApiServerResources {}

export function dataCozystackKubernetesControlPlaneApiServerResourcesToTerraform(
  struct?: DataCozystackKubernetesControlPlaneApiServerResources,
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

export function dataCozystackKubernetesControlPlaneApiServerResourcesToHclTerraform(
  struct?: DataCozystackKubernetesControlPlaneApiServerResources,
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

export class DataCozystackKubernetesControlPlaneApiServerResourcesOutputReference
  extends cdktn.ComplexObject
{
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesControlPlaneApiServerResources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesControlPlaneApiServerResources | undefined) {
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
export interface DataCozystackKubernetesControlPlaneApiServer {}

export function dataCozystackKubernetesControlPlaneApiServerToTerraform(
  struct?: DataCozystackKubernetesControlPlaneApiServer,
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

export function dataCozystackKubernetesControlPlaneApiServerToHclTerraform(
  struct?: DataCozystackKubernetesControlPlaneApiServer,
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

export class DataCozystackKubernetesControlPlaneApiServerOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesControlPlaneApiServer | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesControlPlaneApiServer | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // extra_args - computed: true, optional: false, required: false
  public get extraArgs() {
    return this.getListAttribute("extra_args");
  }

  // extra_volume_mounts - computed: true, optional: false, required: false
  private _extraVolumeMounts = new cdktn.AnyMapList(this, "extra_volume_mounts", false);
  public get extraVolumeMounts() {
    return this._extraVolumeMounts;
  }

  // extra_volumes - computed: true, optional: false, required: false
  private _extraVolumes = new cdktn.AnyMapList(this, "extra_volumes", false);
  public get extraVolumes() {
    return this._extraVolumes;
  }

  // resources - computed: true, optional: false, required: false
  private _resources = new DataCozystackKubernetesControlPlaneApiServerResourcesOutputReference(
    this,
    "resources",
  );
  public get resources() {
    return this._resources;
  }

  // resources_preset - computed: true, optional: false, required: false
  public get resourcesPreset() {
    return this.getStringAttribute("resources_preset");
  }
}
export interface DataCozystackKubernetesControlPlaneControllerManagerResources {}

export function dataCozystackKubernetesControlPlaneControllerManagerResourcesToTerraform(
  struct?: DataCozystackKubernetesControlPlaneControllerManagerResources,
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

export function dataCozystackKubernetesControlPlaneControllerManagerResourcesToHclTerraform(
  struct?: DataCozystackKubernetesControlPlaneControllerManagerResources,
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

export class DataCozystackKubernetesControlPlaneControllerManagerResourcesOutputReference
  extends cdktn.ComplexObject
{
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesControlPlaneControllerManagerResources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesControlPlaneControllerManagerResources | undefined) {
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
export interface DataCozystackKubernetesControlPlaneControllerManager {}

export function dataCozystackKubernetesControlPlaneControllerManagerToTerraform(
  struct?: DataCozystackKubernetesControlPlaneControllerManager,
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

export function dataCozystackKubernetesControlPlaneControllerManagerToHclTerraform(
  struct?: DataCozystackKubernetesControlPlaneControllerManager,
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

export class DataCozystackKubernetesControlPlaneControllerManagerOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesControlPlaneControllerManager | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesControlPlaneControllerManager | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // resources - computed: true, optional: false, required: false
  private _resources = new DataCozystackKubernetesControlPlaneControllerManagerResourcesOutputReference(
    this,
    "resources",
  );
  public get resources() {
    return this._resources;
  }

  // resources_preset - computed: true, optional: false, required: false
  public get resourcesPreset() {
    return this.getStringAttribute("resources_preset");
  }
}
export interface DataCozystackKubernetesControlPlaneKonnectivityServerResources {}

export function dataCozystackKubernetesControlPlaneKonnectivityServerResourcesToTerraform(
  struct?: DataCozystackKubernetesControlPlaneKonnectivityServerResources,
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

export function dataCozystackKubernetesControlPlaneKonnectivityServerResourcesToHclTerraform(
  struct?: DataCozystackKubernetesControlPlaneKonnectivityServerResources,
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

export class DataCozystackKubernetesControlPlaneKonnectivityServerResourcesOutputReference
  extends cdktn.ComplexObject
{
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesControlPlaneKonnectivityServerResources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(
    value: DataCozystackKubernetesControlPlaneKonnectivityServerResources | undefined,
  ) {
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
export interface DataCozystackKubernetesControlPlaneKonnectivityServer {}

export function dataCozystackKubernetesControlPlaneKonnectivityServerToTerraform(
  struct?: DataCozystackKubernetesControlPlaneKonnectivityServer,
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

export function dataCozystackKubernetesControlPlaneKonnectivityServerToHclTerraform(
  struct?: DataCozystackKubernetesControlPlaneKonnectivityServer,
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

export class DataCozystackKubernetesControlPlaneKonnectivityServerOutputReference
  extends cdktn.ComplexObject
{
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesControlPlaneKonnectivityServer | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesControlPlaneKonnectivityServer | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // resources - computed: true, optional: false, required: false
  private _resources = new DataCozystackKubernetesControlPlaneKonnectivityServerResourcesOutputReference(
    this,
    "resources",
  );
  public get resources() {
    return this._resources;
  }

  // resources_preset - computed: true, optional: false, required: false
  public get resourcesPreset() {
    return this.getStringAttribute("resources_preset");
  }
}
export interface DataCozystackKubernetesControlPlaneKonnectivity {}

export function dataCozystackKubernetesControlPlaneKonnectivityToTerraform(
  struct?: DataCozystackKubernetesControlPlaneKonnectivity,
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

export function dataCozystackKubernetesControlPlaneKonnectivityToHclTerraform(
  struct?: DataCozystackKubernetesControlPlaneKonnectivity,
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

export class DataCozystackKubernetesControlPlaneKonnectivityOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesControlPlaneKonnectivity | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesControlPlaneKonnectivity | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // server - computed: true, optional: false, required: false
  private _server = new DataCozystackKubernetesControlPlaneKonnectivityServerOutputReference(this, "server");
  public get server() {
    return this._server;
  }
}
export interface DataCozystackKubernetesControlPlaneSchedulerResources {}

export function dataCozystackKubernetesControlPlaneSchedulerResourcesToTerraform(
  struct?: DataCozystackKubernetesControlPlaneSchedulerResources,
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

export function dataCozystackKubernetesControlPlaneSchedulerResourcesToHclTerraform(
  struct?: DataCozystackKubernetesControlPlaneSchedulerResources,
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

export class DataCozystackKubernetesControlPlaneSchedulerResourcesOutputReference
  extends cdktn.ComplexObject
{
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesControlPlaneSchedulerResources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesControlPlaneSchedulerResources | undefined) {
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
export interface DataCozystackKubernetesControlPlaneScheduler {}

export function dataCozystackKubernetesControlPlaneSchedulerToTerraform(
  struct?: DataCozystackKubernetesControlPlaneScheduler,
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

export function dataCozystackKubernetesControlPlaneSchedulerToHclTerraform(
  struct?: DataCozystackKubernetesControlPlaneScheduler,
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

export class DataCozystackKubernetesControlPlaneSchedulerOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesControlPlaneScheduler | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesControlPlaneScheduler | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // resources - computed: true, optional: false, required: false
  private _resources = new DataCozystackKubernetesControlPlaneSchedulerResourcesOutputReference(
    this,
    "resources",
  );
  public get resources() {
    return this._resources;
  }

  // resources_preset - computed: true, optional: false, required: false
  public get resourcesPreset() {
    return this.getStringAttribute("resources_preset");
  }
}
export interface DataCozystackKubernetesControlPlane {}

export function dataCozystackKubernetesControlPlaneToTerraform(
  struct?: DataCozystackKubernetesControlPlane,
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

export function dataCozystackKubernetesControlPlaneToHclTerraform(
  struct?: DataCozystackKubernetesControlPlane,
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

export class DataCozystackKubernetesControlPlaneOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesControlPlane | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesControlPlane | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // api_server - computed: true, optional: false, required: false
  private _apiServer = new DataCozystackKubernetesControlPlaneApiServerOutputReference(this, "api_server");
  public get apiServer() {
    return this._apiServer;
  }

  // controller_manager - computed: true, optional: false, required: false
  private _controllerManager = new DataCozystackKubernetesControlPlaneControllerManagerOutputReference(
    this,
    "controller_manager",
  );
  public get controllerManager() {
    return this._controllerManager;
  }

  // konnectivity - computed: true, optional: false, required: false
  private _konnectivity = new DataCozystackKubernetesControlPlaneKonnectivityOutputReference(
    this,
    "konnectivity",
  );
  public get konnectivity() {
    return this._konnectivity;
  }

  // replicas - computed: true, optional: false, required: false
  public get replicas() {
    return this.getNumberAttribute("replicas");
  }

  // scheduler - computed: true, optional: false, required: false
  private _scheduler = new DataCozystackKubernetesControlPlaneSchedulerOutputReference(this, "scheduler");
  public get scheduler() {
    return this._scheduler;
  }
}
export interface DataCozystackKubernetesImages {}

export function dataCozystackKubernetesImagesToTerraform(struct?: DataCozystackKubernetesImages): any {
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

export function dataCozystackKubernetesImagesToHclTerraform(struct?: DataCozystackKubernetesImages): any {
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

export class DataCozystackKubernetesImagesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesImages | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesImages | undefined) {
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

  // talos_csr_signer - computed: true, optional: false, required: false
  public get talosCsrSigner() {
    return this.getStringAttribute("talos_csr_signer");
  }

  // wait_for_kubeconfig - computed: true, optional: false, required: false
  public get waitForKubeconfig() {
    return this.getStringAttribute("wait_for_kubeconfig");
  }
}
export interface DataCozystackKubernetesNodeGroupsGpus {}

export function dataCozystackKubernetesNodeGroupsGpusToTerraform(
  struct?: DataCozystackKubernetesNodeGroupsGpus,
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

export function dataCozystackKubernetesNodeGroupsGpusToHclTerraform(
  struct?: DataCozystackKubernetesNodeGroupsGpus,
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

export class DataCozystackKubernetesNodeGroupsGpusOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataCozystackKubernetesNodeGroupsGpus | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesNodeGroupsGpus | undefined) {
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

export class DataCozystackKubernetesNodeGroupsGpusList extends cdktn.ComplexList {
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
  public get(index: number): DataCozystackKubernetesNodeGroupsGpusOutputReference {
    return new DataCozystackKubernetesNodeGroupsGpusOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface DataCozystackKubernetesNodeGroupsKubelet {}

export function dataCozystackKubernetesNodeGroupsKubeletToTerraform(
  struct?: DataCozystackKubernetesNodeGroupsKubelet,
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

export function dataCozystackKubernetesNodeGroupsKubeletToHclTerraform(
  struct?: DataCozystackKubernetesNodeGroupsKubelet,
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

export class DataCozystackKubernetesNodeGroupsKubeletOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesNodeGroupsKubelet | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesNodeGroupsKubelet | undefined) {
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
export interface DataCozystackKubernetesNodeGroupsResources {}

export function dataCozystackKubernetesNodeGroupsResourcesToTerraform(
  struct?: DataCozystackKubernetesNodeGroupsResources,
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

export function dataCozystackKubernetesNodeGroupsResourcesToHclTerraform(
  struct?: DataCozystackKubernetesNodeGroupsResources,
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

export class DataCozystackKubernetesNodeGroupsResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesNodeGroupsResources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesNodeGroupsResources | undefined) {
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
export interface DataCozystackKubernetesNodeGroups {}

export function dataCozystackKubernetesNodeGroupsToTerraform(
  struct?: DataCozystackKubernetesNodeGroups,
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

export function dataCozystackKubernetesNodeGroupsToHclTerraform(
  struct?: DataCozystackKubernetesNodeGroups,
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

export class DataCozystackKubernetesNodeGroupsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataCozystackKubernetesNodeGroups | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesNodeGroups | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // disk_size - computed: true, optional: false, required: false
  public get diskSize() {
    return this.getStringAttribute("disk_size");
  }

  // gpus - computed: true, optional: false, required: false
  private _gpus = new DataCozystackKubernetesNodeGroupsGpusList(this, "gpus", false);
  public get gpus() {
    return this._gpus;
  }

  // instance_type - computed: true, optional: false, required: false
  public get instanceType() {
    return this.getStringAttribute("instance_type");
  }

  // kubelet - computed: true, optional: false, required: false
  private _kubelet = new DataCozystackKubernetesNodeGroupsKubeletOutputReference(this, "kubelet");
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

  // node_startup_timeout - computed: true, optional: false, required: false
  public get nodeStartupTimeout() {
    return this.getStringAttribute("node_startup_timeout");
  }

  // resources - computed: true, optional: false, required: false
  private _resources = new DataCozystackKubernetesNodeGroupsResourcesOutputReference(this, "resources");
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
}

export class DataCozystackKubernetesNodeGroupsMap extends cdktn.ComplexMap {
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
  public get(key: string): DataCozystackKubernetesNodeGroupsOutputReference {
    return new DataCozystackKubernetesNodeGroupsOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      key,
    );
  }
}
export interface DataCozystackKubernetesNodeHealthCheck {}

export function dataCozystackKubernetesNodeHealthCheckToTerraform(
  struct?: DataCozystackKubernetesNodeHealthCheck,
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

export function dataCozystackKubernetesNodeHealthCheckToHclTerraform(
  struct?: DataCozystackKubernetesNodeHealthCheck,
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

export class DataCozystackKubernetesNodeHealthCheckOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesNodeHealthCheck | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesNodeHealthCheck | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // max_unhealthy - computed: true, optional: false, required: false
  public get maxUnhealthy() {
    return this.getStringAttribute("max_unhealthy");
  }

  // node_startup_timeout - computed: true, optional: false, required: false
  public get nodeStartupTimeout() {
    return this.getStringAttribute("node_startup_timeout");
  }
}
export interface DataCozystackKubernetesOidcCustomConfigSecretRef {}

export function dataCozystackKubernetesOidcCustomConfigSecretRefToTerraform(
  struct?: DataCozystackKubernetesOidcCustomConfigSecretRef,
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

export function dataCozystackKubernetesOidcCustomConfigSecretRefToHclTerraform(
  struct?: DataCozystackKubernetesOidcCustomConfigSecretRef,
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

export class DataCozystackKubernetesOidcCustomConfigSecretRefOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesOidcCustomConfigSecretRef | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesOidcCustomConfigSecretRef | undefined) {
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
export interface DataCozystackKubernetesOidcCustomConfig {}

export function dataCozystackKubernetesOidcCustomConfigToTerraform(
  struct?: DataCozystackKubernetesOidcCustomConfig,
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

export function dataCozystackKubernetesOidcCustomConfigToHclTerraform(
  struct?: DataCozystackKubernetesOidcCustomConfig,
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

export class DataCozystackKubernetesOidcCustomConfigOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesOidcCustomConfig | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesOidcCustomConfig | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // config - computed: true, optional: false, required: false
  public get config() {
    return this.getStringAttribute("config");
  }

  // secret_ref - computed: true, optional: false, required: false
  private _secretRef = new DataCozystackKubernetesOidcCustomConfigSecretRefOutputReference(
    this,
    "secret_ref",
  );
  public get secretRef() {
    return this._secretRef;
  }
}
export interface DataCozystackKubernetesOidcUsers {}

export function dataCozystackKubernetesOidcUsersToTerraform(struct?: DataCozystackKubernetesOidcUsers): any {
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

export function dataCozystackKubernetesOidcUsersToHclTerraform(
  struct?: DataCozystackKubernetesOidcUsers,
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

export class DataCozystackKubernetesOidcUsersOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataCozystackKubernetesOidcUsers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesOidcUsers | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // email - computed: true, optional: false, required: false
  public get email() {
    return this.getStringAttribute("email");
  }

  // role - computed: true, optional: false, required: false
  public get role() {
    return this.getStringAttribute("role");
  }
}

export class DataCozystackKubernetesOidcUsersList extends cdktn.ComplexList {
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
  public get(index: number): DataCozystackKubernetesOidcUsersOutputReference {
    return new DataCozystackKubernetesOidcUsersOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface DataCozystackKubernetesOidc {}

export function dataCozystackKubernetesOidcToTerraform(struct?: DataCozystackKubernetesOidc): any {
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

export function dataCozystackKubernetesOidcToHclTerraform(struct?: DataCozystackKubernetesOidc): any {
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

export class DataCozystackKubernetesOidcOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesOidc | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesOidc | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // custom_config - computed: true, optional: false, required: false
  private _customConfig = new DataCozystackKubernetesOidcCustomConfigOutputReference(this, "custom_config");
  public get customConfig() {
    return this._customConfig;
  }

  // mode - computed: true, optional: false, required: false
  public get mode() {
    return this.getStringAttribute("mode");
  }

  // users - computed: true, optional: false, required: false
  private _users = new DataCozystackKubernetesOidcUsersList(this, "users", false);
  public get users() {
    return this._users;
  }
}
export interface DataCozystackKubernetesTalos {}

export function dataCozystackKubernetesTalosToTerraform(struct?: DataCozystackKubernetesTalos): any {
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

export function dataCozystackKubernetesTalosToHclTerraform(struct?: DataCozystackKubernetesTalos): any {
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

export class DataCozystackKubernetesTalosOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackKubernetesTalos | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackKubernetesTalos | undefined) {
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
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/kubernetes cozystack_kubernetes}
 */
export class DataCozystackKubernetes extends cdktn.TerraformDataSource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_kubernetes";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a DataCozystackKubernetes resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the DataCozystackKubernetes to import
   * @param importFromId The id of the existing DataCozystackKubernetes that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/kubernetes#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the DataCozystackKubernetes to import is found
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
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/kubernetes cozystack_kubernetes} Data Source
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options DataCozystackKubernetesConfig
   */
  public constructor(scope: Construct, id: string, config: DataCozystackKubernetesConfig) {
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
    this._name = config.name;
    this._namespace = config.namespace;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // addons - computed: true, optional: false, required: false
  private _addons = new DataCozystackKubernetesAddonsOutputReference(this, "addons");
  public get addons() {
    return this._addons;
  }

  // connection - computed: true, optional: false, required: false
  private _connection = new DataCozystackKubernetesConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // control_plane - computed: true, optional: false, required: false
  private _controlPlane = new DataCozystackKubernetesControlPlaneOutputReference(this, "control_plane");
  public get controlPlane() {
    return this._controlPlane;
  }

  // host - computed: true, optional: false, required: false
  public get host() {
    return this.getStringAttribute("host");
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute("id");
  }

  // images - computed: true, optional: false, required: false
  private _images = new DataCozystackKubernetesImagesOutputReference(this, "images");
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

  // node_groups - computed: true, optional: false, required: false
  private _nodeGroups = new DataCozystackKubernetesNodeGroupsMap(this, "node_groups");
  public get nodeGroups() {
    return this._nodeGroups;
  }

  // node_health_check - computed: true, optional: false, required: false
  private _nodeHealthCheck = new DataCozystackKubernetesNodeHealthCheckOutputReference(
    this,
    "node_health_check",
  );
  public get nodeHealthCheck() {
    return this._nodeHealthCheck;
  }

  // oidc - computed: true, optional: false, required: false
  private _oidc = new DataCozystackKubernetesOidcOutputReference(this, "oidc");
  public get oidc() {
    return this._oidc;
  }

  // storage_class - computed: true, optional: false, required: false
  public get storageClass() {
    return this.getStringAttribute("storage_class");
  }

  // talos - computed: true, optional: false, required: false
  private _talos = new DataCozystackKubernetesTalosOutputReference(this, "talos");
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
