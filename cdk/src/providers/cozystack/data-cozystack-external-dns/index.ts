// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/external_dns
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface DataCozystackExternalDnsConfig extends cdktn.TerraformMetaArguments {
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/external_dns#name DataCozystackExternalDns#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/external_dns#namespace DataCozystackExternalDns#namespace}
   */
  readonly namespace?: string;
}
export interface DataCozystackExternalDnsAws {}

export function dataCozystackExternalDnsAwsToTerraform(struct?: DataCozystackExternalDnsAws): any {
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

export function dataCozystackExternalDnsAwsToHclTerraform(struct?: DataCozystackExternalDnsAws): any {
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

export class DataCozystackExternalDnsAwsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackExternalDnsAws | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackExternalDnsAws | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // access_key_id - computed: true, optional: false, required: false
  public get accessKeyId() {
    return this.getStringAttribute("access_key_id");
  }

  // region - computed: true, optional: false, required: false
  public get region() {
    return this.getStringAttribute("region");
  }

  // secret_access_key - computed: true, optional: false, required: false
  public get secretAccessKey() {
    return this.getStringAttribute("secret_access_key");
  }

  // secret_access_key_wo - computed: true, optional: false, required: false
  public get secretAccessKeyWo() {
    return this.getStringAttribute("secret_access_key_wo");
  }

  // secret_access_key_wo_version - computed: true, optional: false, required: false
  public get secretAccessKeyWoVersion() {
    return this.getNumberAttribute("secret_access_key_wo_version");
  }

  // zone_type - computed: true, optional: false, required: false
  public get zoneType() {
    return this.getStringAttribute("zone_type");
  }
}
export interface DataCozystackExternalDnsAzure {}

export function dataCozystackExternalDnsAzureToTerraform(struct?: DataCozystackExternalDnsAzure): any {
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

export function dataCozystackExternalDnsAzureToHclTerraform(struct?: DataCozystackExternalDnsAzure): any {
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

export class DataCozystackExternalDnsAzureOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackExternalDnsAzure | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackExternalDnsAzure | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // aad_client_id - computed: true, optional: false, required: false
  public get aadClientId() {
    return this.getStringAttribute("aad_client_id");
  }

  // aad_client_secret - computed: true, optional: false, required: false
  public get aadClientSecret() {
    return this.getStringAttribute("aad_client_secret");
  }

  // aad_client_secret_wo - computed: true, optional: false, required: false
  public get aadClientSecretWo() {
    return this.getStringAttribute("aad_client_secret_wo");
  }

  // aad_client_secret_wo_version - computed: true, optional: false, required: false
  public get aadClientSecretWoVersion() {
    return this.getNumberAttribute("aad_client_secret_wo_version");
  }

  // resource_group - computed: true, optional: false, required: false
  public get resourceGroup() {
    return this.getStringAttribute("resource_group");
  }

  // subscription_id - computed: true, optional: false, required: false
  public get subscriptionId() {
    return this.getStringAttribute("subscription_id");
  }

  // tenant_id - computed: true, optional: false, required: false
  public get tenantId() {
    return this.getStringAttribute("tenant_id");
  }
}
export interface DataCozystackExternalDnsCloudflare {}

export function dataCozystackExternalDnsCloudflareToTerraform(
  struct?: DataCozystackExternalDnsCloudflare,
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

export function dataCozystackExternalDnsCloudflareToHclTerraform(
  struct?: DataCozystackExternalDnsCloudflare,
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

export class DataCozystackExternalDnsCloudflareOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackExternalDnsCloudflare | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackExternalDnsCloudflare | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // api_email - computed: true, optional: false, required: false
  public get apiEmail() {
    return this.getStringAttribute("api_email");
  }

  // api_key - computed: true, optional: false, required: false
  public get apiKey() {
    return this.getStringAttribute("api_key");
  }

  // api_key_wo - computed: true, optional: false, required: false
  public get apiKeyWo() {
    return this.getStringAttribute("api_key_wo");
  }

  // api_key_wo_version - computed: true, optional: false, required: false
  public get apiKeyWoVersion() {
    return this.getNumberAttribute("api_key_wo_version");
  }

  // api_token - computed: true, optional: false, required: false
  public get apiToken() {
    return this.getStringAttribute("api_token");
  }

  // api_token_wo - computed: true, optional: false, required: false
  public get apiTokenWo() {
    return this.getStringAttribute("api_token_wo");
  }

  // api_token_wo_version - computed: true, optional: false, required: false
  public get apiTokenWoVersion() {
    return this.getNumberAttribute("api_token_wo_version");
  }

  // proxied - computed: true, optional: false, required: false
  public get proxied() {
    return this.getBooleanAttribute("proxied");
  }
}
export interface DataCozystackExternalDnsConnection {}

export function dataCozystackExternalDnsConnectionToTerraform(
  struct?: DataCozystackExternalDnsConnection,
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

export function dataCozystackExternalDnsConnectionToHclTerraform(
  struct?: DataCozystackExternalDnsConnection,
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

export class DataCozystackExternalDnsConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackExternalDnsConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackExternalDnsConnection | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataCozystackExternalDnsDigitalocean {}

export function dataCozystackExternalDnsDigitaloceanToTerraform(
  struct?: DataCozystackExternalDnsDigitalocean,
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

export function dataCozystackExternalDnsDigitaloceanToHclTerraform(
  struct?: DataCozystackExternalDnsDigitalocean,
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

export class DataCozystackExternalDnsDigitaloceanOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackExternalDnsDigitalocean | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackExternalDnsDigitalocean | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // token - computed: true, optional: false, required: false
  public get token() {
    return this.getStringAttribute("token");
  }

  // token_wo - computed: true, optional: false, required: false
  public get tokenWo() {
    return this.getStringAttribute("token_wo");
  }

  // token_wo_version - computed: true, optional: false, required: false
  public get tokenWoVersion() {
    return this.getNumberAttribute("token_wo_version");
  }
}
export interface DataCozystackExternalDnsExoscale {}

export function dataCozystackExternalDnsExoscaleToTerraform(struct?: DataCozystackExternalDnsExoscale): any {
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

export function dataCozystackExternalDnsExoscaleToHclTerraform(
  struct?: DataCozystackExternalDnsExoscale,
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

export class DataCozystackExternalDnsExoscaleOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackExternalDnsExoscale | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackExternalDnsExoscale | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // api_key - computed: true, optional: false, required: false
  public get apiKey() {
    return this.getStringAttribute("api_key");
  }

  // api_secret - computed: true, optional: false, required: false
  public get apiSecret() {
    return this.getStringAttribute("api_secret");
  }

  // api_secret_wo - computed: true, optional: false, required: false
  public get apiSecretWo() {
    return this.getStringAttribute("api_secret_wo");
  }

  // api_secret_wo_version - computed: true, optional: false, required: false
  public get apiSecretWoVersion() {
    return this.getNumberAttribute("api_secret_wo_version");
  }
}
export interface DataCozystackExternalDnsGodaddy {}

export function dataCozystackExternalDnsGodaddyToTerraform(struct?: DataCozystackExternalDnsGodaddy): any {
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

export function dataCozystackExternalDnsGodaddyToHclTerraform(struct?: DataCozystackExternalDnsGodaddy): any {
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

export class DataCozystackExternalDnsGodaddyOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackExternalDnsGodaddy | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackExternalDnsGodaddy | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // api_key - computed: true, optional: false, required: false
  public get apiKey() {
    return this.getStringAttribute("api_key");
  }

  // api_secret - computed: true, optional: false, required: false
  public get apiSecret() {
    return this.getStringAttribute("api_secret");
  }

  // api_secret_wo - computed: true, optional: false, required: false
  public get apiSecretWo() {
    return this.getStringAttribute("api_secret_wo");
  }

  // api_secret_wo_version - computed: true, optional: false, required: false
  public get apiSecretWoVersion() {
    return this.getNumberAttribute("api_secret_wo_version");
  }
}
export interface DataCozystackExternalDnsGoogle {}

export function dataCozystackExternalDnsGoogleToTerraform(struct?: DataCozystackExternalDnsGoogle): any {
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

export function dataCozystackExternalDnsGoogleToHclTerraform(struct?: DataCozystackExternalDnsGoogle): any {
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

export class DataCozystackExternalDnsGoogleOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackExternalDnsGoogle | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackExternalDnsGoogle | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // project - computed: true, optional: false, required: false
  public get project() {
    return this.getStringAttribute("project");
  }

  // service_account_key - computed: true, optional: false, required: false
  public get serviceAccountKey() {
    return this.getStringAttribute("service_account_key");
  }

  // service_account_key_wo - computed: true, optional: false, required: false
  public get serviceAccountKeyWo() {
    return this.getStringAttribute("service_account_key_wo");
  }

  // service_account_key_wo_version - computed: true, optional: false, required: false
  public get serviceAccountKeyWoVersion() {
    return this.getNumberAttribute("service_account_key_wo_version");
  }
}
export interface DataCozystackExternalDnsLinode {}

export function dataCozystackExternalDnsLinodeToTerraform(struct?: DataCozystackExternalDnsLinode): any {
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

export function dataCozystackExternalDnsLinodeToHclTerraform(struct?: DataCozystackExternalDnsLinode): any {
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

export class DataCozystackExternalDnsLinodeOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackExternalDnsLinode | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackExternalDnsLinode | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // token - computed: true, optional: false, required: false
  public get token() {
    return this.getStringAttribute("token");
  }

  // token_wo - computed: true, optional: false, required: false
  public get tokenWo() {
    return this.getStringAttribute("token_wo");
  }

  // token_wo_version - computed: true, optional: false, required: false
  public get tokenWoVersion() {
    return this.getNumberAttribute("token_wo_version");
  }
}
export interface DataCozystackExternalDnsOvh {}

export function dataCozystackExternalDnsOvhToTerraform(struct?: DataCozystackExternalDnsOvh): any {
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

export function dataCozystackExternalDnsOvhToHclTerraform(struct?: DataCozystackExternalDnsOvh): any {
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

export class DataCozystackExternalDnsOvhOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackExternalDnsOvh | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackExternalDnsOvh | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // application_key - computed: true, optional: false, required: false
  public get applicationKey() {
    return this.getStringAttribute("application_key");
  }

  // application_secret - computed: true, optional: false, required: false
  public get applicationSecret() {
    return this.getStringAttribute("application_secret");
  }

  // application_secret_wo - computed: true, optional: false, required: false
  public get applicationSecretWo() {
    return this.getStringAttribute("application_secret_wo");
  }

  // application_secret_wo_version - computed: true, optional: false, required: false
  public get applicationSecretWoVersion() {
    return this.getNumberAttribute("application_secret_wo_version");
  }

  // consumer_key - computed: true, optional: false, required: false
  public get consumerKey() {
    return this.getStringAttribute("consumer_key");
  }

  // consumer_key_wo - computed: true, optional: false, required: false
  public get consumerKeyWo() {
    return this.getStringAttribute("consumer_key_wo");
  }

  // consumer_key_wo_version - computed: true, optional: false, required: false
  public get consumerKeyWoVersion() {
    return this.getNumberAttribute("consumer_key_wo_version");
  }

  // endpoint - computed: true, optional: false, required: false
  public get endpoint() {
    return this.getStringAttribute("endpoint");
  }
}
export interface DataCozystackExternalDnsResources {}

export function dataCozystackExternalDnsResourcesToTerraform(
  struct?: DataCozystackExternalDnsResources,
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

export function dataCozystackExternalDnsResourcesToHclTerraform(
  struct?: DataCozystackExternalDnsResources,
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

export class DataCozystackExternalDnsResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataCozystackExternalDnsResources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataCozystackExternalDnsResources | undefined) {
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

/**
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/external_dns cozystack_external_dns}
 */
export class DataCozystackExternalDns extends cdktn.TerraformDataSource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_external_dns";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a DataCozystackExternalDns resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the DataCozystackExternalDns to import
   * @param importFromId The id of the existing DataCozystackExternalDns that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/external_dns#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the DataCozystackExternalDns to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack_external_dns",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/data-sources/external_dns cozystack_external_dns} Data Source
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options DataCozystackExternalDnsConfig
   */
  public constructor(scope: Construct, id: string, config: DataCozystackExternalDnsConfig) {
    super(scope, id, {
      terraformResourceType: "cozystack_external_dns",
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

  // annotation_prefix - computed: true, optional: false, required: false
  public get annotationPrefix() {
    return this.getStringAttribute("annotation_prefix");
  }

  // aws - computed: true, optional: false, required: false
  private _aws = new DataCozystackExternalDnsAwsOutputReference(this, "aws");
  public get aws() {
    return this._aws;
  }

  // azure - computed: true, optional: false, required: false
  private _azure = new DataCozystackExternalDnsAzureOutputReference(this, "azure");
  public get azure() {
    return this._azure;
  }

  // cloudflare - computed: true, optional: false, required: false
  private _cloudflare = new DataCozystackExternalDnsCloudflareOutputReference(this, "cloudflare");
  public get cloudflare() {
    return this._cloudflare;
  }

  // connection - computed: true, optional: false, required: false
  private _connection = new DataCozystackExternalDnsConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // digitalocean - computed: true, optional: false, required: false
  private _digitalocean = new DataCozystackExternalDnsDigitaloceanOutputReference(this, "digitalocean");
  public get digitalocean() {
    return this._digitalocean;
  }

  // dns_provider - computed: true, optional: false, required: false
  public get dnsProvider() {
    return this.getStringAttribute("dns_provider");
  }

  // domain_filters - computed: true, optional: false, required: false
  public get domainFilters() {
    return this.getListAttribute("domain_filters");
  }

  // exoscale - computed: true, optional: false, required: false
  private _exoscale = new DataCozystackExternalDnsExoscaleOutputReference(this, "exoscale");
  public get exoscale() {
    return this._exoscale;
  }

  // extra_args - computed: true, optional: false, required: false
  public get extraArgs() {
    return this.getListAttribute("extra_args");
  }

  // gateway_api - computed: true, optional: false, required: false
  public get gatewayApi() {
    return this.getBooleanAttribute("gateway_api");
  }

  // godaddy - computed: true, optional: false, required: false
  private _godaddy = new DataCozystackExternalDnsGodaddyOutputReference(this, "godaddy");
  public get godaddy() {
    return this._godaddy;
  }

  // google - computed: true, optional: false, required: false
  private _google = new DataCozystackExternalDnsGoogleOutputReference(this, "google");
  public get google() {
    return this._google;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute("id");
  }

  // linode - computed: true, optional: false, required: false
  private _linode = new DataCozystackExternalDnsLinodeOutputReference(this, "linode");
  public get linode() {
    return this._linode;
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

  // ovh - computed: true, optional: false, required: false
  private _ovh = new DataCozystackExternalDnsOvhOutputReference(this, "ovh");
  public get ovh() {
    return this._ovh;
  }

  // policy - computed: true, optional: false, required: false
  public get policy() {
    return this.getStringAttribute("policy");
  }

  // resources - computed: true, optional: false, required: false
  private _resources = new DataCozystackExternalDnsResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }

  // resources_preset - computed: true, optional: false, required: false
  public get resourcesPreset() {
    return this.getStringAttribute("resources_preset");
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
