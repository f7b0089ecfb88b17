// https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring
// generated from terraform resource schema

import { Construct } from "constructs";
import * as cdktn from "cdktn";

// Configuration

export interface MonitoringConfig extends cdktn.TerraformMetaArguments {
  /**
   * Alerta, which collects alerts and forwards them to chat channels.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#alerta Monitoring#alerta}
   */
  readonly alerta?: MonitoringAlerta;
  /**
   * Grafana dashboards.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#grafana Monitoring#grafana}
   */
  readonly grafana?: MonitoringGrafana;
  /**
   * Base domain for the web interfaces, served as grafana.<host> and alerta.<host>; empty uses the tenant's domain. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#host Monitoring#host}
   */
  readonly host?: string;
  /**
   * Log stores; each is a VictoriaLogs cluster. At least one is needed.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#logs_storages Monitoring#logs_storages}
   */
  readonly logsStorages?: MonitoringLogsStorages[] | cdktn.IResolvable;
  /**
   * Metrics stores; each is a VictoriaMetrics cluster with its own retention.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#metrics_storages Monitoring#metrics_storages}
   */
  readonly metricsStorages?: MonitoringMetricsStorages[] | cdktn.IResolvable;
  /**
   * Object name; changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#name Monitoring#name}
   */
  readonly name: string;
  /**
   * Tenant namespace the object lives in; defaults to the provider's `tenant_namespace`. Changing it replaces the object.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#namespace Monitoring#namespace}
   */
  readonly namespace?: string;
  /**
   * Single sign-on to Grafana through OpenID Connect.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#oidc Monitoring#oidc}
   */
  readonly oidc?: MonitoringOidc;
  /**
   * How long to wait for the platform, as durations such as `30s`, `10m` or `1h`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#timeouts Monitoring#timeouts}
   */
  readonly timeouts?: MonitoringTimeouts;
  /**
   * The agent that scrapes metrics and ships them to storage.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#vmagent Monitoring#vmagent}
   */
  readonly vmagent?: MonitoringVmagent;
}
export interface MonitoringAlertaAlertsSlack {
  /**
   * Alert severities not to send here, e.g. informational or warning.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#disabled_severity Monitoring#disabled_severity}
   */
  readonly disabledSeverity?: string[];
  /**
   * Slack incoming-webhook URL; empty turns Slack off. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#url Monitoring#url}
   */
  readonly url?: string;
  /**
   * Write-only form of `url`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#url_wo Monitoring#url_wo}
   */
  readonly urlWo?: string;
  /**
   * Set it with `url_wo`; change it to send `url_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#url_wo_version Monitoring#url_wo_version}
   */
  readonly urlWoVersion?: number;
}

export function monitoringAlertaAlertsSlackToTerraform(
  struct?: MonitoringAlertaAlertsSlack | cdktn.IResolvable,
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
    disabled_severity: cdktn.listMapper(cdktn.stringToTerraform, false)(struct!.disabledSeverity),
    url: cdktn.stringToTerraform(struct!.url),
    url_wo: cdktn.stringToTerraform(struct!.urlWo),
    url_wo_version: cdktn.numberToTerraform(struct!.urlWoVersion),
  };
}

export function monitoringAlertaAlertsSlackToHclTerraform(
  struct?: MonitoringAlertaAlertsSlack | cdktn.IResolvable,
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
    disabled_severity: {
      value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct!.disabledSeverity),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    url: {
      value: cdktn.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    url_wo: {
      value: cdktn.stringToHclTerraform(struct!.urlWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    url_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.urlWoVersion),
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

export class MonitoringAlertaAlertsSlackOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringAlertaAlertsSlack | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._disabledSeverity !== undefined) {
      hasAnyValues = true;
      internalValueResult.disabledSeverity = this._disabledSeverity;
    }
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._urlWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.urlWo = this._urlWo;
    }
    if (this._urlWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.urlWoVersion = this._urlWoVersion;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitoringAlertaAlertsSlack | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._disabledSeverity = undefined;
      this._url = undefined;
      this._urlWo = undefined;
      this._urlWoVersion = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._disabledSeverity = value.disabledSeverity;
      this._url = value.url;
      this._urlWo = value.urlWo;
      this._urlWoVersion = value.urlWoVersion;
    }
  }

  // disabled_severity - computed: true, optional: true, required: false
  private _disabledSeverity?: string[];
  public get disabledSeverity() {
    return this.getListAttribute("disabled_severity");
  }
  public set disabledSeverity(value: string[]) {
    this._disabledSeverity = value;
  }
  public resetDisabledSeverity() {
    this._disabledSeverity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disabledSeverityInput() {
    return this._disabledSeverity;
  }

  // url - computed: true, optional: true, required: false
  private _url?: string;
  public get url() {
    return this.getStringAttribute("url");
  }
  public set url(value: string) {
    this._url = value;
  }
  public resetUrl() {
    this._url = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // url_wo - computed: true, optional: true, required: false
  private _urlWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get urlWo() {
    return this.getStringAttribute("url_wo");
  }
  public set urlWo(value: string) {
    this._urlWo = value;
  }
  public resetUrlWo() {
    this._urlWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get urlWoInput() {
    return this._urlWo;
  }

  // url_wo_version - computed: true, optional: true, required: false
  private _urlWoVersion?: number;
  public get urlWoVersion() {
    return this.getNumberAttribute("url_wo_version");
  }
  public set urlWoVersion(value: number) {
    this._urlWoVersion = value;
  }
  public resetUrlWoVersion() {
    this._urlWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get urlWoVersionInput() {
    return this._urlWoVersion;
  }
}
export interface MonitoringAlertaAlertsTelegram {
  /**
   * Telegram chat IDs to post to, comma-separated. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#chat_id Monitoring#chat_id}
   */
  readonly chatId?: string;
  /**
   * Alert severities not to send here, e.g. informational or warning.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#disabled_severity Monitoring#disabled_severity}
   */
  readonly disabledSeverity?: string[];
  /**
   * Token of the Telegram bot that posts alerts; empty turns Telegram off. Defaults to ``.
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#token Monitoring#token}
   */
  readonly token?: string;
  /**
   * Write-only form of `token`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).
   *
   * Sensitive: OpenTofu and Terraform hide this value in plans, output and logs.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#token_wo Monitoring#token_wo}
   */
  readonly tokenWo?: string;
  /**
   * Set it with `token_wo`; change it to send `token_wo` again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#token_wo_version Monitoring#token_wo_version}
   */
  readonly tokenWoVersion?: number;
}

export function monitoringAlertaAlertsTelegramToTerraform(
  struct?: MonitoringAlertaAlertsTelegram | cdktn.IResolvable,
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
    chat_id: cdktn.stringToTerraform(struct!.chatId),
    disabled_severity: cdktn.listMapper(cdktn.stringToTerraform, false)(struct!.disabledSeverity),
    token: cdktn.stringToTerraform(struct!.token),
    token_wo: cdktn.stringToTerraform(struct!.tokenWo),
    token_wo_version: cdktn.numberToTerraform(struct!.tokenWoVersion),
  };
}

export function monitoringAlertaAlertsTelegramToHclTerraform(
  struct?: MonitoringAlertaAlertsTelegram | cdktn.IResolvable,
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
    chat_id: {
      value: cdktn.stringToHclTerraform(struct!.chatId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    disabled_severity: {
      value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct!.disabledSeverity),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    token: {
      value: cdktn.stringToHclTerraform(struct!.token),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    token_wo: {
      value: cdktn.stringToHclTerraform(struct!.tokenWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    token_wo_version: {
      value: cdktn.numberToHclTerraform(struct!.tokenWoVersion),
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

export class MonitoringAlertaAlertsTelegramOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringAlertaAlertsTelegram | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._chatId !== undefined) {
      hasAnyValues = true;
      internalValueResult.chatId = this._chatId;
    }
    if (this._disabledSeverity !== undefined) {
      hasAnyValues = true;
      internalValueResult.disabledSeverity = this._disabledSeverity;
    }
    if (this._token !== undefined) {
      hasAnyValues = true;
      internalValueResult.token = this._token;
    }
    if (this._tokenWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.tokenWo = this._tokenWo;
    }
    if (this._tokenWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.tokenWoVersion = this._tokenWoVersion;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitoringAlertaAlertsTelegram | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._chatId = undefined;
      this._disabledSeverity = undefined;
      this._token = undefined;
      this._tokenWo = undefined;
      this._tokenWoVersion = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._chatId = value.chatId;
      this._disabledSeverity = value.disabledSeverity;
      this._token = value.token;
      this._tokenWo = value.tokenWo;
      this._tokenWoVersion = value.tokenWoVersion;
    }
  }

  // chat_id - computed: true, optional: true, required: false
  private _chatId?: string;
  public get chatId() {
    return this.getStringAttribute("chat_id");
  }
  public set chatId(value: string) {
    this._chatId = value;
  }
  public resetChatId() {
    this._chatId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get chatIdInput() {
    return this._chatId;
  }

  // disabled_severity - computed: true, optional: true, required: false
  private _disabledSeverity?: string[];
  public get disabledSeverity() {
    return this.getListAttribute("disabled_severity");
  }
  public set disabledSeverity(value: string[]) {
    this._disabledSeverity = value;
  }
  public resetDisabledSeverity() {
    this._disabledSeverity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disabledSeverityInput() {
    return this._disabledSeverity;
  }

  // token - computed: true, optional: true, required: false
  private _token?: string;
  public get token() {
    return this.getStringAttribute("token");
  }
  public set token(value: string) {
    this._token = value;
  }
  public resetToken() {
    this._token = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenInput() {
    return this._token;
  }

  // token_wo - computed: true, optional: true, required: false
  private _tokenWo?: string;
  /**
   * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
   */
  public get tokenWo() {
    return this.getStringAttribute("token_wo");
  }
  public set tokenWo(value: string) {
    this._tokenWo = value;
  }
  public resetTokenWo() {
    this._tokenWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenWoInput() {
    return this._tokenWo;
  }

  // token_wo_version - computed: true, optional: true, required: false
  private _tokenWoVersion?: number;
  public get tokenWoVersion() {
    return this.getNumberAttribute("token_wo_version");
  }
  public set tokenWoVersion(value: number) {
    this._tokenWoVersion = value;
  }
  public resetTokenWoVersion() {
    this._tokenWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenWoVersionInput() {
    return this._tokenWoVersion;
  }
}
export interface MonitoringAlertaAlerts {
  /**
   * Send alerts to Slack.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#slack Monitoring#slack}
   */
  readonly slack?: MonitoringAlertaAlertsSlack;
  /**
   * Send alerts to Telegram.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#telegram Monitoring#telegram}
   */
  readonly telegram?: MonitoringAlertaAlertsTelegram;
}

export function monitoringAlertaAlertsToTerraform(struct?: MonitoringAlertaAlerts | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    slack: monitoringAlertaAlertsSlackToTerraform(struct!.slack),
    telegram: monitoringAlertaAlertsTelegramToTerraform(struct!.telegram),
  };
}

export function monitoringAlertaAlertsToHclTerraform(
  struct?: MonitoringAlertaAlerts | cdktn.IResolvable,
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
    slack: {
      value: monitoringAlertaAlertsSlackToHclTerraform(struct!.slack),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringAlertaAlertsSlack",
    },
    telegram: {
      value: monitoringAlertaAlertsTelegramToHclTerraform(struct!.telegram),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringAlertaAlertsTelegram",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MonitoringAlertaAlertsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringAlertaAlerts | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._slack?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.slack = this._slack?.internalValue;
    }
    if (this._telegram?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.telegram = this._telegram?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitoringAlertaAlerts | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._slack.internalValue = undefined;
      this._telegram.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._slack.internalValue = value.slack;
      this._telegram.internalValue = value.telegram;
    }
  }

  // slack - computed: true, optional: true, required: false
  private _slack = new MonitoringAlertaAlertsSlackOutputReference(this, "slack");
  public get slack() {
    return this._slack;
  }
  public putSlack(value: MonitoringAlertaAlertsSlack) {
    this._slack.internalValue = value;
  }
  public resetSlack() {
    this._slack.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slackInput() {
    return this._slack.internalValue;
  }

  // telegram - computed: true, optional: true, required: false
  private _telegram = new MonitoringAlertaAlertsTelegramOutputReference(this, "telegram");
  public get telegram() {
    return this._telegram;
  }
  public putTelegram(value: MonitoringAlertaAlertsTelegram) {
    this._telegram.internalValue = value;
  }
  public resetTelegram() {
    this._telegram.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get telegramInput() {
    return this._telegram.internalValue;
  }
}
export interface MonitoringAlertaResourcesLimits {
  /**
   * Most CPU the container may use. Defaults to `1`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#cpu Monitoring#cpu}
   */
  readonly cpu?: string;
  /**
   * Most memory the container may use. Defaults to `1Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#memory Monitoring#memory}
   */
  readonly memory?: string;
}

export function monitoringAlertaResourcesLimitsToTerraform(
  struct?: MonitoringAlertaResourcesLimits | cdktn.IResolvable,
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

export function monitoringAlertaResourcesLimitsToHclTerraform(
  struct?: MonitoringAlertaResourcesLimits | cdktn.IResolvable,
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

export class MonitoringAlertaResourcesLimitsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringAlertaResourcesLimits | cdktn.IResolvable | undefined {
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

  public set internalValue(value: MonitoringAlertaResourcesLimits | cdktn.IResolvable | undefined) {
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
export interface MonitoringAlertaResourcesRequests {
  /**
   * CPU reserved for the container. Defaults to `100m`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#cpu Monitoring#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory reserved for the container. Defaults to `256Mi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#memory Monitoring#memory}
   */
  readonly memory?: string;
}

export function monitoringAlertaResourcesRequestsToTerraform(
  struct?: MonitoringAlertaResourcesRequests | cdktn.IResolvable,
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

export function monitoringAlertaResourcesRequestsToHclTerraform(
  struct?: MonitoringAlertaResourcesRequests | cdktn.IResolvable,
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

export class MonitoringAlertaResourcesRequestsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringAlertaResourcesRequests | cdktn.IResolvable | undefined {
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

  public set internalValue(value: MonitoringAlertaResourcesRequests | cdktn.IResolvable | undefined) {
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
export interface MonitoringAlertaResources {
  /**
   * Upper bounds on CPU and memory.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#limits Monitoring#limits}
   */
  readonly limits?: MonitoringAlertaResourcesLimits;
  /**
   * CPU and memory reserved.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#requests Monitoring#requests}
   */
  readonly requests?: MonitoringAlertaResourcesRequests;
}

export function monitoringAlertaResourcesToTerraform(
  struct?: MonitoringAlertaResources | cdktn.IResolvable,
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
    limits: monitoringAlertaResourcesLimitsToTerraform(struct!.limits),
    requests: monitoringAlertaResourcesRequestsToTerraform(struct!.requests),
  };
}

export function monitoringAlertaResourcesToHclTerraform(
  struct?: MonitoringAlertaResources | cdktn.IResolvable,
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
    limits: {
      value: monitoringAlertaResourcesLimitsToHclTerraform(struct!.limits),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringAlertaResourcesLimits",
    },
    requests: {
      value: monitoringAlertaResourcesRequestsToHclTerraform(struct!.requests),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringAlertaResourcesRequests",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MonitoringAlertaResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringAlertaResources | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._limits?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.limits = this._limits?.internalValue;
    }
    if (this._requests?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.requests = this._requests?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitoringAlertaResources | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._limits.internalValue = undefined;
      this._requests.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._limits.internalValue = value.limits;
      this._requests.internalValue = value.requests;
    }
  }

  // limits - computed: true, optional: true, required: false
  private _limits = new MonitoringAlertaResourcesLimitsOutputReference(this, "limits");
  public get limits() {
    return this._limits;
  }
  public putLimits(value: MonitoringAlertaResourcesLimits) {
    this._limits.internalValue = value;
  }
  public resetLimits() {
    this._limits.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get limitsInput() {
    return this._limits.internalValue;
  }

  // requests - computed: true, optional: true, required: false
  private _requests = new MonitoringAlertaResourcesRequestsOutputReference(this, "requests");
  public get requests() {
    return this._requests;
  }
  public putRequests(value: MonitoringAlertaResourcesRequests) {
    this._requests.internalValue = value;
  }
  public resetRequests() {
    this._requests.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requestsInput() {
    return this._requests.internalValue;
  }
}
export interface MonitoringAlerta {
  /**
   * Where alerts are sent.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#alerts Monitoring#alerts}
   */
  readonly alerts?: MonitoringAlertaAlerts;
  /**
   * CPU and memory of the Alerta pods.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#resources Monitoring#resources}
   */
  readonly resources?: MonitoringAlertaResources;
  /**
   * Size of Alerta's database volume, e.g. 10Gi. Defaults to `10Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#storage Monitoring#storage}
   */
  readonly storage?: string;
  /**
   * StorageClass for Alerta's database volume; empty means the cluster default. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#storage_class_name Monitoring#storage_class_name}
   */
  readonly storageClassName?: string;
}

export function monitoringAlertaToTerraform(struct?: MonitoringAlerta | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    alerts: monitoringAlertaAlertsToTerraform(struct!.alerts),
    resources: monitoringAlertaResourcesToTerraform(struct!.resources),
    storage: cdktn.stringToTerraform(struct!.storage),
    storage_class_name: cdktn.stringToTerraform(struct!.storageClassName),
  };
}

export function monitoringAlertaToHclTerraform(struct?: MonitoringAlerta | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    alerts: {
      value: monitoringAlertaAlertsToHclTerraform(struct!.alerts),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringAlertaAlerts",
    },
    resources: {
      value: monitoringAlertaResourcesToHclTerraform(struct!.resources),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringAlertaResources",
    },
    storage: {
      value: cdktn.stringToHclTerraform(struct!.storage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    storage_class_name: {
      value: cdktn.stringToHclTerraform(struct!.storageClassName),
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

export class MonitoringAlertaOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringAlerta | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alerts?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.alerts = this._alerts?.internalValue;
    }
    if (this._resources?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.resources = this._resources?.internalValue;
    }
    if (this._storage !== undefined) {
      hasAnyValues = true;
      internalValueResult.storage = this._storage;
    }
    if (this._storageClassName !== undefined) {
      hasAnyValues = true;
      internalValueResult.storageClassName = this._storageClassName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitoringAlerta | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alerts.internalValue = undefined;
      this._resources.internalValue = undefined;
      this._storage = undefined;
      this._storageClassName = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alerts.internalValue = value.alerts;
      this._resources.internalValue = value.resources;
      this._storage = value.storage;
      this._storageClassName = value.storageClassName;
    }
  }

  // alerts - computed: true, optional: true, required: false
  private _alerts = new MonitoringAlertaAlertsOutputReference(this, "alerts");
  public get alerts() {
    return this._alerts;
  }
  public putAlerts(value: MonitoringAlertaAlerts) {
    this._alerts.internalValue = value;
  }
  public resetAlerts() {
    this._alerts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alertsInput() {
    return this._alerts.internalValue;
  }

  // resources - computed: true, optional: true, required: false
  private _resources = new MonitoringAlertaResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: MonitoringAlertaResources) {
    this._resources.internalValue = value;
  }
  public resetResources() {
    this._resources.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourcesInput() {
    return this._resources.internalValue;
  }

  // storage - computed: true, optional: true, required: false
  private _storage?: string;
  public get storage() {
    return this.getStringAttribute("storage");
  }
  public set storage(value: string) {
    this._storage = value;
  }
  public resetStorage() {
    this._storage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageInput() {
    return this._storage;
  }

  // storage_class_name - computed: true, optional: true, required: false
  private _storageClassName?: string;
  public get storageClassName() {
    return this.getStringAttribute("storage_class_name");
  }
  public set storageClassName(value: string) {
    this._storageClassName = value;
  }
  public resetStorageClassName() {
    this._storageClassName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageClassNameInput() {
    return this._storageClassName;
  }
}
export interface MonitoringConnection {}

export function monitoringConnectionToTerraform(struct?: MonitoringConnection): any {
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

export function monitoringConnectionToHclTerraform(struct?: MonitoringConnection): any {
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

export class MonitoringConnectionOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitoringConnection | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // alerta_url - computed: true, optional: false, required: false
  public get alertaUrl() {
    return this.getStringAttribute("alerta_url");
  }

  // grafana_host - computed: true, optional: false, required: false
  public get grafanaHost() {
    return this.getStringAttribute("grafana_host");
  }

  // grafana_port - computed: true, optional: false, required: false
  public get grafanaPort() {
    return this.getNumberAttribute("grafana_port");
  }

  // grafana_url - computed: true, optional: false, required: false
  public get grafanaUrl() {
    return this.getStringAttribute("grafana_url");
  }

  // password - computed: true, optional: false, required: false
  public get password() {
    return this.getStringAttribute("password");
  }

  // username - computed: true, optional: false, required: false
  public get username() {
    return this.getStringAttribute("username");
  }
}
export interface MonitoringGrafanaDb {
  /**
   * Size of the database volume, e.g. 10Gi. Defaults to `10Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#size Monitoring#size}
   */
  readonly size?: string;
}

export function monitoringGrafanaDbToTerraform(struct?: MonitoringGrafanaDb | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    size: cdktn.stringToTerraform(struct!.size),
  };
}

export function monitoringGrafanaDbToHclTerraform(struct?: MonitoringGrafanaDb | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    size: {
      value: cdktn.stringToHclTerraform(struct!.size),
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

export class MonitoringGrafanaDbOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringGrafanaDb | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._size !== undefined) {
      hasAnyValues = true;
      internalValueResult.size = this._size;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitoringGrafanaDb | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._size = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._size = value.size;
    }
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
}
export interface MonitoringGrafanaResourcesLimits {
  /**
   * Most CPU the container may use. Defaults to `1`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#cpu Monitoring#cpu}
   */
  readonly cpu?: string;
  /**
   * Most memory the container may use. Defaults to `1Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#memory Monitoring#memory}
   */
  readonly memory?: string;
}

export function monitoringGrafanaResourcesLimitsToTerraform(
  struct?: MonitoringGrafanaResourcesLimits | cdktn.IResolvable,
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

export function monitoringGrafanaResourcesLimitsToHclTerraform(
  struct?: MonitoringGrafanaResourcesLimits | cdktn.IResolvable,
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

export class MonitoringGrafanaResourcesLimitsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringGrafanaResourcesLimits | cdktn.IResolvable | undefined {
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

  public set internalValue(value: MonitoringGrafanaResourcesLimits | cdktn.IResolvable | undefined) {
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
export interface MonitoringGrafanaResourcesRequests {
  /**
   * CPU reserved for the container. Defaults to `100m`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#cpu Monitoring#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory reserved for the container. Defaults to `256Mi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#memory Monitoring#memory}
   */
  readonly memory?: string;
}

export function monitoringGrafanaResourcesRequestsToTerraform(
  struct?: MonitoringGrafanaResourcesRequests | cdktn.IResolvable,
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

export function monitoringGrafanaResourcesRequestsToHclTerraform(
  struct?: MonitoringGrafanaResourcesRequests | cdktn.IResolvable,
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

export class MonitoringGrafanaResourcesRequestsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringGrafanaResourcesRequests | cdktn.IResolvable | undefined {
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

  public set internalValue(value: MonitoringGrafanaResourcesRequests | cdktn.IResolvable | undefined) {
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
export interface MonitoringGrafanaResources {
  /**
   * Upper bounds on CPU and memory.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#limits Monitoring#limits}
   */
  readonly limits?: MonitoringGrafanaResourcesLimits;
  /**
   * CPU and memory reserved.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#requests Monitoring#requests}
   */
  readonly requests?: MonitoringGrafanaResourcesRequests;
}

export function monitoringGrafanaResourcesToTerraform(
  struct?: MonitoringGrafanaResources | cdktn.IResolvable,
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
    limits: monitoringGrafanaResourcesLimitsToTerraform(struct!.limits),
    requests: monitoringGrafanaResourcesRequestsToTerraform(struct!.requests),
  };
}

export function monitoringGrafanaResourcesToHclTerraform(
  struct?: MonitoringGrafanaResources | cdktn.IResolvable,
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
    limits: {
      value: monitoringGrafanaResourcesLimitsToHclTerraform(struct!.limits),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringGrafanaResourcesLimits",
    },
    requests: {
      value: monitoringGrafanaResourcesRequestsToHclTerraform(struct!.requests),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringGrafanaResourcesRequests",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MonitoringGrafanaResourcesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringGrafanaResources | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._limits?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.limits = this._limits?.internalValue;
    }
    if (this._requests?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.requests = this._requests?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitoringGrafanaResources | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._limits.internalValue = undefined;
      this._requests.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._limits.internalValue = value.limits;
      this._requests.internalValue = value.requests;
    }
  }

  // limits - computed: true, optional: true, required: false
  private _limits = new MonitoringGrafanaResourcesLimitsOutputReference(this, "limits");
  public get limits() {
    return this._limits;
  }
  public putLimits(value: MonitoringGrafanaResourcesLimits) {
    this._limits.internalValue = value;
  }
  public resetLimits() {
    this._limits.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get limitsInput() {
    return this._limits.internalValue;
  }

  // requests - computed: true, optional: true, required: false
  private _requests = new MonitoringGrafanaResourcesRequestsOutputReference(this, "requests");
  public get requests() {
    return this._requests;
  }
  public putRequests(value: MonitoringGrafanaResourcesRequests) {
    this._requests.internalValue = value;
  }
  public resetRequests() {
    this._requests.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requestsInput() {
    return this._requests.internalValue;
  }
}
export interface MonitoringGrafana {
  /**
   * Grafana's PostgreSQL database.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#db Monitoring#db}
   */
  readonly db?: MonitoringGrafanaDb;
  /**
   * CPU and memory of the Grafana pods.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#resources Monitoring#resources}
   */
  readonly resources?: MonitoringGrafanaResources;
}

export function monitoringGrafanaToTerraform(struct?: MonitoringGrafana | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    db: monitoringGrafanaDbToTerraform(struct!.db),
    resources: monitoringGrafanaResourcesToTerraform(struct!.resources),
  };
}

export function monitoringGrafanaToHclTerraform(struct?: MonitoringGrafana | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    db: {
      value: monitoringGrafanaDbToHclTerraform(struct!.db),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringGrafanaDb",
    },
    resources: {
      value: monitoringGrafanaResourcesToHclTerraform(struct!.resources),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringGrafanaResources",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MonitoringGrafanaOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringGrafana | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._db?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.db = this._db?.internalValue;
    }
    if (this._resources?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.resources = this._resources?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitoringGrafana | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._db.internalValue = undefined;
      this._resources.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._db.internalValue = value.db;
      this._resources.internalValue = value.resources;
    }
  }

  // db - computed: true, optional: true, required: false
  private _db = new MonitoringGrafanaDbOutputReference(this, "db");
  public get db() {
    return this._db;
  }
  public putDb(value: MonitoringGrafanaDb) {
    this._db.internalValue = value;
  }
  public resetDb() {
    this._db.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dbInput() {
    return this._db.internalValue;
  }

  // resources - computed: true, optional: true, required: false
  private _resources = new MonitoringGrafanaResourcesOutputReference(this, "resources");
  public get resources() {
    return this._resources;
  }
  public putResources(value: MonitoringGrafanaResources) {
    this._resources.internalValue = value;
  }
  public resetResources() {
    this._resources.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourcesInput() {
    return this._resources.internalValue;
  }
}
export interface MonitoringLogsStorages {
  /**
   * Name of the store, used in its component names.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#name Monitoring#name}
   */
  readonly name: string;
  /**
   * How long logs are kept; a bare number counts days. Defaults to `1`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#retention_period Monitoring#retention_period}
   */
  readonly retentionPeriod?: string;
  /**
   * Size of each storage volume, e.g. 10Gi. Defaults to `10Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#storage Monitoring#storage}
   */
  readonly storage?: string;
  /**
   * StorageClass for the store's volumes. Defaults to `replicated`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#storage_class_name Monitoring#storage_class_name}
   */
  readonly storageClassName?: string;
}

export function monitoringLogsStoragesToTerraform(struct?: MonitoringLogsStorages | cdktn.IResolvable): any {
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
    retention_period: cdktn.stringToTerraform(struct!.retentionPeriod),
    storage: cdktn.stringToTerraform(struct!.storage),
    storage_class_name: cdktn.stringToTerraform(struct!.storageClassName),
  };
}

export function monitoringLogsStoragesToHclTerraform(
  struct?: MonitoringLogsStorages | cdktn.IResolvable,
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
    retention_period: {
      value: cdktn.stringToHclTerraform(struct!.retentionPeriod),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    storage: {
      value: cdktn.stringToHclTerraform(struct!.storage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    storage_class_name: {
      value: cdktn.stringToHclTerraform(struct!.storageClassName),
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

export class MonitoringLogsStoragesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): MonitoringLogsStorages | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._retentionPeriod !== undefined) {
      hasAnyValues = true;
      internalValueResult.retentionPeriod = this._retentionPeriod;
    }
    if (this._storage !== undefined) {
      hasAnyValues = true;
      internalValueResult.storage = this._storage;
    }
    if (this._storageClassName !== undefined) {
      hasAnyValues = true;
      internalValueResult.storageClassName = this._storageClassName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitoringLogsStorages | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._retentionPeriod = undefined;
      this._storage = undefined;
      this._storageClassName = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._retentionPeriod = value.retentionPeriod;
      this._storage = value.storage;
      this._storageClassName = value.storageClassName;
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

  // retention_period - computed: true, optional: true, required: false
  private _retentionPeriod?: string;
  public get retentionPeriod() {
    return this.getStringAttribute("retention_period");
  }
  public set retentionPeriod(value: string) {
    this._retentionPeriod = value;
  }
  public resetRetentionPeriod() {
    this._retentionPeriod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retentionPeriodInput() {
    return this._retentionPeriod;
  }

  // storage - computed: true, optional: true, required: false
  private _storage?: string;
  public get storage() {
    return this.getStringAttribute("storage");
  }
  public set storage(value: string) {
    this._storage = value;
  }
  public resetStorage() {
    this._storage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageInput() {
    return this._storage;
  }

  // storage_class_name - computed: true, optional: true, required: false
  private _storageClassName?: string;
  public get storageClassName() {
    return this.getStringAttribute("storage_class_name");
  }
  public set storageClassName(value: string) {
    this._storageClassName = value;
  }
  public resetStorageClassName() {
    this._storageClassName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageClassNameInput() {
    return this._storageClassName;
  }
}

export class MonitoringLogsStoragesList extends cdktn.ComplexList {
  public internalValue?: MonitoringLogsStorages[] | cdktn.IResolvable;

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
  public get(index: number): MonitoringLogsStoragesOutputReference {
    return new MonitoringLogsStoragesOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface MonitoringMetricsStoragesVminsertMaxAllowed {
  /**
   * Most CPU the container may use. Defaults to `1`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#cpu Monitoring#cpu}
   */
  readonly cpu?: string;
  /**
   * Most memory the container may use. Defaults to `1Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#memory Monitoring#memory}
   */
  readonly memory?: string;
}

export function monitoringMetricsStoragesVminsertMaxAllowedToTerraform(
  struct?: MonitoringMetricsStoragesVminsertMaxAllowed | cdktn.IResolvable,
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

export function monitoringMetricsStoragesVminsertMaxAllowedToHclTerraform(
  struct?: MonitoringMetricsStoragesVminsertMaxAllowed | cdktn.IResolvable,
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

export class MonitoringMetricsStoragesVminsertMaxAllowedOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringMetricsStoragesVminsertMaxAllowed | cdktn.IResolvable | undefined {
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
    value: MonitoringMetricsStoragesVminsertMaxAllowed | cdktn.IResolvable | undefined,
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
export interface MonitoringMetricsStoragesVminsertMinAllowed {
  /**
   * CPU reserved for the container. Defaults to `100m`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#cpu Monitoring#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory reserved for the container. Defaults to `256Mi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#memory Monitoring#memory}
   */
  readonly memory?: string;
}

export function monitoringMetricsStoragesVminsertMinAllowedToTerraform(
  struct?: MonitoringMetricsStoragesVminsertMinAllowed | cdktn.IResolvable,
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

export function monitoringMetricsStoragesVminsertMinAllowedToHclTerraform(
  struct?: MonitoringMetricsStoragesVminsertMinAllowed | cdktn.IResolvable,
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

export class MonitoringMetricsStoragesVminsertMinAllowedOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringMetricsStoragesVminsertMinAllowed | cdktn.IResolvable | undefined {
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
    value: MonitoringMetricsStoragesVminsertMinAllowed | cdktn.IResolvable | undefined,
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
export interface MonitoringMetricsStoragesVminsert {
  /**
   * Most CPU and memory the autoscaler may set.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#max_allowed Monitoring#max_allowed}
   */
  readonly maxAllowed?: MonitoringMetricsStoragesVminsertMaxAllowed;
  /**
   * Least CPU and memory the autoscaler may set.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#min_allowed Monitoring#min_allowed}
   */
  readonly minAllowed?: MonitoringMetricsStoragesVminsertMinAllowed;
}

export function monitoringMetricsStoragesVminsertToTerraform(
  struct?: MonitoringMetricsStoragesVminsert | cdktn.IResolvable,
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
    max_allowed: monitoringMetricsStoragesVminsertMaxAllowedToTerraform(struct!.maxAllowed),
    min_allowed: monitoringMetricsStoragesVminsertMinAllowedToTerraform(struct!.minAllowed),
  };
}

export function monitoringMetricsStoragesVminsertToHclTerraform(
  struct?: MonitoringMetricsStoragesVminsert | cdktn.IResolvable,
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
    max_allowed: {
      value: monitoringMetricsStoragesVminsertMaxAllowedToHclTerraform(struct!.maxAllowed),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringMetricsStoragesVminsertMaxAllowed",
    },
    min_allowed: {
      value: monitoringMetricsStoragesVminsertMinAllowedToHclTerraform(struct!.minAllowed),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringMetricsStoragesVminsertMinAllowed",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MonitoringMetricsStoragesVminsertOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringMetricsStoragesVminsert | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._maxAllowed?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxAllowed = this._maxAllowed?.internalValue;
    }
    if (this._minAllowed?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.minAllowed = this._minAllowed?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitoringMetricsStoragesVminsert | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._maxAllowed.internalValue = undefined;
      this._minAllowed.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._maxAllowed.internalValue = value.maxAllowed;
      this._minAllowed.internalValue = value.minAllowed;
    }
  }

  // max_allowed - computed: true, optional: true, required: false
  private _maxAllowed = new MonitoringMetricsStoragesVminsertMaxAllowedOutputReference(this, "max_allowed");
  public get maxAllowed() {
    return this._maxAllowed;
  }
  public putMaxAllowed(value: MonitoringMetricsStoragesVminsertMaxAllowed) {
    this._maxAllowed.internalValue = value;
  }
  public resetMaxAllowed() {
    this._maxAllowed.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxAllowedInput() {
    return this._maxAllowed.internalValue;
  }

  // min_allowed - computed: true, optional: true, required: false
  private _minAllowed = new MonitoringMetricsStoragesVminsertMinAllowedOutputReference(this, "min_allowed");
  public get minAllowed() {
    return this._minAllowed;
  }
  public putMinAllowed(value: MonitoringMetricsStoragesVminsertMinAllowed) {
    this._minAllowed.internalValue = value;
  }
  public resetMinAllowed() {
    this._minAllowed.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minAllowedInput() {
    return this._minAllowed.internalValue;
  }
}
export interface MonitoringMetricsStoragesVmselectMaxAllowed {
  /**
   * Most CPU the container may use. Defaults to `1`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#cpu Monitoring#cpu}
   */
  readonly cpu?: string;
  /**
   * Most memory the container may use. Defaults to `1Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#memory Monitoring#memory}
   */
  readonly memory?: string;
}

export function monitoringMetricsStoragesVmselectMaxAllowedToTerraform(
  struct?: MonitoringMetricsStoragesVmselectMaxAllowed | cdktn.IResolvable,
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

export function monitoringMetricsStoragesVmselectMaxAllowedToHclTerraform(
  struct?: MonitoringMetricsStoragesVmselectMaxAllowed | cdktn.IResolvable,
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

export class MonitoringMetricsStoragesVmselectMaxAllowedOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringMetricsStoragesVmselectMaxAllowed | cdktn.IResolvable | undefined {
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
    value: MonitoringMetricsStoragesVmselectMaxAllowed | cdktn.IResolvable | undefined,
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
export interface MonitoringMetricsStoragesVmselectMinAllowed {
  /**
   * CPU reserved for the container. Defaults to `100m`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#cpu Monitoring#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory reserved for the container. Defaults to `256Mi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#memory Monitoring#memory}
   */
  readonly memory?: string;
}

export function monitoringMetricsStoragesVmselectMinAllowedToTerraform(
  struct?: MonitoringMetricsStoragesVmselectMinAllowed | cdktn.IResolvable,
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

export function monitoringMetricsStoragesVmselectMinAllowedToHclTerraform(
  struct?: MonitoringMetricsStoragesVmselectMinAllowed | cdktn.IResolvable,
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

export class MonitoringMetricsStoragesVmselectMinAllowedOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringMetricsStoragesVmselectMinAllowed | cdktn.IResolvable | undefined {
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
    value: MonitoringMetricsStoragesVmselectMinAllowed | cdktn.IResolvable | undefined,
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
export interface MonitoringMetricsStoragesVmselect {
  /**
   * Most CPU and memory the autoscaler may set.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#max_allowed Monitoring#max_allowed}
   */
  readonly maxAllowed?: MonitoringMetricsStoragesVmselectMaxAllowed;
  /**
   * Least CPU and memory the autoscaler may set.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#min_allowed Monitoring#min_allowed}
   */
  readonly minAllowed?: MonitoringMetricsStoragesVmselectMinAllowed;
}

export function monitoringMetricsStoragesVmselectToTerraform(
  struct?: MonitoringMetricsStoragesVmselect | cdktn.IResolvable,
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
    max_allowed: monitoringMetricsStoragesVmselectMaxAllowedToTerraform(struct!.maxAllowed),
    min_allowed: monitoringMetricsStoragesVmselectMinAllowedToTerraform(struct!.minAllowed),
  };
}

export function monitoringMetricsStoragesVmselectToHclTerraform(
  struct?: MonitoringMetricsStoragesVmselect | cdktn.IResolvable,
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
    max_allowed: {
      value: monitoringMetricsStoragesVmselectMaxAllowedToHclTerraform(struct!.maxAllowed),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringMetricsStoragesVmselectMaxAllowed",
    },
    min_allowed: {
      value: monitoringMetricsStoragesVmselectMinAllowedToHclTerraform(struct!.minAllowed),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringMetricsStoragesVmselectMinAllowed",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MonitoringMetricsStoragesVmselectOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringMetricsStoragesVmselect | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._maxAllowed?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxAllowed = this._maxAllowed?.internalValue;
    }
    if (this._minAllowed?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.minAllowed = this._minAllowed?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitoringMetricsStoragesVmselect | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._maxAllowed.internalValue = undefined;
      this._minAllowed.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._maxAllowed.internalValue = value.maxAllowed;
      this._minAllowed.internalValue = value.minAllowed;
    }
  }

  // max_allowed - computed: true, optional: true, required: false
  private _maxAllowed = new MonitoringMetricsStoragesVmselectMaxAllowedOutputReference(this, "max_allowed");
  public get maxAllowed() {
    return this._maxAllowed;
  }
  public putMaxAllowed(value: MonitoringMetricsStoragesVmselectMaxAllowed) {
    this._maxAllowed.internalValue = value;
  }
  public resetMaxAllowed() {
    this._maxAllowed.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxAllowedInput() {
    return this._maxAllowed.internalValue;
  }

  // min_allowed - computed: true, optional: true, required: false
  private _minAllowed = new MonitoringMetricsStoragesVmselectMinAllowedOutputReference(this, "min_allowed");
  public get minAllowed() {
    return this._minAllowed;
  }
  public putMinAllowed(value: MonitoringMetricsStoragesVmselectMinAllowed) {
    this._minAllowed.internalValue = value;
  }
  public resetMinAllowed() {
    this._minAllowed.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minAllowedInput() {
    return this._minAllowed.internalValue;
  }
}
export interface MonitoringMetricsStoragesVmstorageMaxAllowed {
  /**
   * Most CPU the container may use. Defaults to `1`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#cpu Monitoring#cpu}
   */
  readonly cpu?: string;
  /**
   * Most memory the container may use. Defaults to `1Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#memory Monitoring#memory}
   */
  readonly memory?: string;
}

export function monitoringMetricsStoragesVmstorageMaxAllowedToTerraform(
  struct?: MonitoringMetricsStoragesVmstorageMaxAllowed | cdktn.IResolvable,
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

export function monitoringMetricsStoragesVmstorageMaxAllowedToHclTerraform(
  struct?: MonitoringMetricsStoragesVmstorageMaxAllowed | cdktn.IResolvable,
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

export class MonitoringMetricsStoragesVmstorageMaxAllowedOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringMetricsStoragesVmstorageMaxAllowed | cdktn.IResolvable | undefined {
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
    value: MonitoringMetricsStoragesVmstorageMaxAllowed | cdktn.IResolvable | undefined,
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
export interface MonitoringMetricsStoragesVmstorageMinAllowed {
  /**
   * CPU reserved for the container. Defaults to `100m`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#cpu Monitoring#cpu}
   */
  readonly cpu?: string;
  /**
   * Memory reserved for the container. Defaults to `256Mi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#memory Monitoring#memory}
   */
  readonly memory?: string;
}

export function monitoringMetricsStoragesVmstorageMinAllowedToTerraform(
  struct?: MonitoringMetricsStoragesVmstorageMinAllowed | cdktn.IResolvable,
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

export function monitoringMetricsStoragesVmstorageMinAllowedToHclTerraform(
  struct?: MonitoringMetricsStoragesVmstorageMinAllowed | cdktn.IResolvable,
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

export class MonitoringMetricsStoragesVmstorageMinAllowedOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringMetricsStoragesVmstorageMinAllowed | cdktn.IResolvable | undefined {
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
    value: MonitoringMetricsStoragesVmstorageMinAllowed | cdktn.IResolvable | undefined,
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
export interface MonitoringMetricsStoragesVmstorage {
  /**
   * Most CPU and memory the autoscaler may set.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#max_allowed Monitoring#max_allowed}
   */
  readonly maxAllowed?: MonitoringMetricsStoragesVmstorageMaxAllowed;
  /**
   * Least CPU and memory the autoscaler may set.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#min_allowed Monitoring#min_allowed}
   */
  readonly minAllowed?: MonitoringMetricsStoragesVmstorageMinAllowed;
}

export function monitoringMetricsStoragesVmstorageToTerraform(
  struct?: MonitoringMetricsStoragesVmstorage | cdktn.IResolvable,
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
    max_allowed: monitoringMetricsStoragesVmstorageMaxAllowedToTerraform(struct!.maxAllowed),
    min_allowed: monitoringMetricsStoragesVmstorageMinAllowedToTerraform(struct!.minAllowed),
  };
}

export function monitoringMetricsStoragesVmstorageToHclTerraform(
  struct?: MonitoringMetricsStoragesVmstorage | cdktn.IResolvable,
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
    max_allowed: {
      value: monitoringMetricsStoragesVmstorageMaxAllowedToHclTerraform(struct!.maxAllowed),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringMetricsStoragesVmstorageMaxAllowed",
    },
    min_allowed: {
      value: monitoringMetricsStoragesVmstorageMinAllowedToHclTerraform(struct!.minAllowed),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringMetricsStoragesVmstorageMinAllowed",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MonitoringMetricsStoragesVmstorageOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringMetricsStoragesVmstorage | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._maxAllowed?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxAllowed = this._maxAllowed?.internalValue;
    }
    if (this._minAllowed?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.minAllowed = this._minAllowed?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitoringMetricsStoragesVmstorage | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._maxAllowed.internalValue = undefined;
      this._minAllowed.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._maxAllowed.internalValue = value.maxAllowed;
      this._minAllowed.internalValue = value.minAllowed;
    }
  }

  // max_allowed - computed: true, optional: true, required: false
  private _maxAllowed = new MonitoringMetricsStoragesVmstorageMaxAllowedOutputReference(this, "max_allowed");
  public get maxAllowed() {
    return this._maxAllowed;
  }
  public putMaxAllowed(value: MonitoringMetricsStoragesVmstorageMaxAllowed) {
    this._maxAllowed.internalValue = value;
  }
  public resetMaxAllowed() {
    this._maxAllowed.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxAllowedInput() {
    return this._maxAllowed.internalValue;
  }

  // min_allowed - computed: true, optional: true, required: false
  private _minAllowed = new MonitoringMetricsStoragesVmstorageMinAllowedOutputReference(this, "min_allowed");
  public get minAllowed() {
    return this._minAllowed;
  }
  public putMinAllowed(value: MonitoringMetricsStoragesVmstorageMinAllowed) {
    this._minAllowed.internalValue = value;
  }
  public resetMinAllowed() {
    this._minAllowed.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minAllowedInput() {
    return this._minAllowed.internalValue;
  }
}
export interface MonitoringMetricsStorages {
  /**
   * Window in which duplicate samples are merged, e.g. 15s.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#deduplication_interval Monitoring#deduplication_interval}
   */
  readonly deduplicationInterval: string;
  /**
   * Name of the store, used in its component names.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#name Monitoring#name}
   */
  readonly name: string;
  /**
   * How long metrics are kept, e.g. 3d or 14d.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#retention_period Monitoring#retention_period}
   */
  readonly retentionPeriod: string;
  /**
   * Size of each storage volume, e.g. 10Gi. Defaults to `10Gi`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#storage Monitoring#storage}
   */
  readonly storage?: string;
  /**
   * StorageClass for the store's volumes; empty means the cluster default.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#storage_class_name Monitoring#storage_class_name}
   */
  readonly storageClassName?: string;
  /**
   * Autoscaling bounds of the vminsert pods.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#vminsert Monitoring#vminsert}
   */
  readonly vminsert?: MonitoringMetricsStoragesVminsert;
  /**
   * Autoscaling bounds of the vmselect pods.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#vmselect Monitoring#vmselect}
   */
  readonly vmselect?: MonitoringMetricsStoragesVmselect;
  /**
   * Autoscaling bounds of the vmstorage pods.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#vmstorage Monitoring#vmstorage}
   */
  readonly vmstorage?: MonitoringMetricsStoragesVmstorage;
}

export function monitoringMetricsStoragesToTerraform(
  struct?: MonitoringMetricsStorages | cdktn.IResolvable,
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
    deduplication_interval: cdktn.stringToTerraform(struct!.deduplicationInterval),
    name: cdktn.stringToTerraform(struct!.name),
    retention_period: cdktn.stringToTerraform(struct!.retentionPeriod),
    storage: cdktn.stringToTerraform(struct!.storage),
    storage_class_name: cdktn.stringToTerraform(struct!.storageClassName),
    vminsert: monitoringMetricsStoragesVminsertToTerraform(struct!.vminsert),
    vmselect: monitoringMetricsStoragesVmselectToTerraform(struct!.vmselect),
    vmstorage: monitoringMetricsStoragesVmstorageToTerraform(struct!.vmstorage),
  };
}

export function monitoringMetricsStoragesToHclTerraform(
  struct?: MonitoringMetricsStorages | cdktn.IResolvable,
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
    deduplication_interval: {
      value: cdktn.stringToHclTerraform(struct!.deduplicationInterval),
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
    retention_period: {
      value: cdktn.stringToHclTerraform(struct!.retentionPeriod),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    storage: {
      value: cdktn.stringToHclTerraform(struct!.storage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    storage_class_name: {
      value: cdktn.stringToHclTerraform(struct!.storageClassName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vminsert: {
      value: monitoringMetricsStoragesVminsertToHclTerraform(struct!.vminsert),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringMetricsStoragesVminsert",
    },
    vmselect: {
      value: monitoringMetricsStoragesVmselectToHclTerraform(struct!.vmselect),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringMetricsStoragesVmselect",
    },
    vmstorage: {
      value: monitoringMetricsStoragesVmstorageToHclTerraform(struct!.vmstorage),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringMetricsStoragesVmstorage",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MonitoringMetricsStoragesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): MonitoringMetricsStorages | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deduplicationInterval !== undefined) {
      hasAnyValues = true;
      internalValueResult.deduplicationInterval = this._deduplicationInterval;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._retentionPeriod !== undefined) {
      hasAnyValues = true;
      internalValueResult.retentionPeriod = this._retentionPeriod;
    }
    if (this._storage !== undefined) {
      hasAnyValues = true;
      internalValueResult.storage = this._storage;
    }
    if (this._storageClassName !== undefined) {
      hasAnyValues = true;
      internalValueResult.storageClassName = this._storageClassName;
    }
    if (this._vminsert?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.vminsert = this._vminsert?.internalValue;
    }
    if (this._vmselect?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.vmselect = this._vmselect?.internalValue;
    }
    if (this._vmstorage?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.vmstorage = this._vmstorage?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitoringMetricsStorages | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._deduplicationInterval = undefined;
      this._name = undefined;
      this._retentionPeriod = undefined;
      this._storage = undefined;
      this._storageClassName = undefined;
      this._vminsert.internalValue = undefined;
      this._vmselect.internalValue = undefined;
      this._vmstorage.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._deduplicationInterval = value.deduplicationInterval;
      this._name = value.name;
      this._retentionPeriod = value.retentionPeriod;
      this._storage = value.storage;
      this._storageClassName = value.storageClassName;
      this._vminsert.internalValue = value.vminsert;
      this._vmselect.internalValue = value.vmselect;
      this._vmstorage.internalValue = value.vmstorage;
    }
  }

  // deduplication_interval - computed: true, optional: false, required: true
  private _deduplicationInterval?: string;
  public get deduplicationInterval() {
    return this.getStringAttribute("deduplication_interval");
  }
  public set deduplicationInterval(value: string) {
    this._deduplicationInterval = value;
  }
  // Temporarily expose input value. Use with caution.
  public get deduplicationIntervalInput() {
    return this._deduplicationInterval;
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

  // retention_period - computed: true, optional: false, required: true
  private _retentionPeriod?: string;
  public get retentionPeriod() {
    return this.getStringAttribute("retention_period");
  }
  public set retentionPeriod(value: string) {
    this._retentionPeriod = value;
  }
  // Temporarily expose input value. Use with caution.
  public get retentionPeriodInput() {
    return this._retentionPeriod;
  }

  // storage - computed: true, optional: true, required: false
  private _storage?: string;
  public get storage() {
    return this.getStringAttribute("storage");
  }
  public set storage(value: string) {
    this._storage = value;
  }
  public resetStorage() {
    this._storage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageInput() {
    return this._storage;
  }

  // storage_class_name - computed: true, optional: true, required: false
  private _storageClassName?: string;
  public get storageClassName() {
    return this.getStringAttribute("storage_class_name");
  }
  public set storageClassName(value: string) {
    this._storageClassName = value;
  }
  public resetStorageClassName() {
    this._storageClassName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageClassNameInput() {
    return this._storageClassName;
  }

  // vminsert - computed: true, optional: true, required: false
  private _vminsert = new MonitoringMetricsStoragesVminsertOutputReference(this, "vminsert");
  public get vminsert() {
    return this._vminsert;
  }
  public putVminsert(value: MonitoringMetricsStoragesVminsert) {
    this._vminsert.internalValue = value;
  }
  public resetVminsert() {
    this._vminsert.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vminsertInput() {
    return this._vminsert.internalValue;
  }

  // vmselect - computed: true, optional: true, required: false
  private _vmselect = new MonitoringMetricsStoragesVmselectOutputReference(this, "vmselect");
  public get vmselect() {
    return this._vmselect;
  }
  public putVmselect(value: MonitoringMetricsStoragesVmselect) {
    this._vmselect.internalValue = value;
  }
  public resetVmselect() {
    this._vmselect.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vmselectInput() {
    return this._vmselect.internalValue;
  }

  // vmstorage - computed: true, optional: true, required: false
  private _vmstorage = new MonitoringMetricsStoragesVmstorageOutputReference(this, "vmstorage");
  public get vmstorage() {
    return this._vmstorage;
  }
  public putVmstorage(value: MonitoringMetricsStoragesVmstorage) {
    this._vmstorage.internalValue = value;
  }
  public resetVmstorage() {
    this._vmstorage.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vmstorageInput() {
    return this._vmstorage.internalValue;
  }
}

export class MonitoringMetricsStoragesList extends cdktn.ComplexList {
  public internalValue?: MonitoringMetricsStorages[] | cdktn.IResolvable;

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
  public get(index: number): MonitoringMetricsStoragesOutputReference {
    return new MonitoringMetricsStoragesOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface MonitoringOidcCustomConfigSecretRef {
  /**
   * Name of a Secret in this namespace whose auth.ini key holds the settings. Defaults to ``.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#name Monitoring#name}
   */
  readonly name?: string;
}

export function monitoringOidcCustomConfigSecretRefToTerraform(
  struct?: MonitoringOidcCustomConfigSecretRef | cdktn.IResolvable,
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

export function monitoringOidcCustomConfigSecretRefToHclTerraform(
  struct?: MonitoringOidcCustomConfigSecretRef | cdktn.IResolvable,
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

export class MonitoringOidcCustomConfigSecretRefOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringOidcCustomConfigSecretRef | cdktn.IResolvable | undefined {
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

  public set internalValue(value: MonitoringOidcCustomConfigSecretRef | cdktn.IResolvable | undefined) {
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
export interface MonitoringOidcCustomConfig {
  /**
   * Grafana [auth.generic_oauth] settings by key, such as client_id or auth_url.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#config Monitoring#config}
   */
  readonly config?: { [key: string]: string };
  /**
   * An existing Secret holding the [auth.generic_oauth] settings.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#secret_ref Monitoring#secret_ref}
   */
  readonly secretRef?: MonitoringOidcCustomConfigSecretRef;
}

export function monitoringOidcCustomConfigToTerraform(
  struct?: MonitoringOidcCustomConfig | cdktn.IResolvable,
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
    config: cdktn.hashMapper(cdktn.stringToTerraform)(struct!.config),
    secret_ref: monitoringOidcCustomConfigSecretRefToTerraform(struct!.secretRef),
  };
}

export function monitoringOidcCustomConfigToHclTerraform(
  struct?: MonitoringOidcCustomConfig | cdktn.IResolvable,
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
      value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(struct!.config),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
    secret_ref: {
      value: monitoringOidcCustomConfigSecretRefToHclTerraform(struct!.secretRef),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringOidcCustomConfigSecretRef",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MonitoringOidcCustomConfigOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringOidcCustomConfig | cdktn.IResolvable | undefined {
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

  public set internalValue(value: MonitoringOidcCustomConfig | cdktn.IResolvable | undefined) {
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
  private _config?: { [key: string]: string };
  public get config() {
    return this.getStringMapAttribute("config");
  }
  public set config(value: { [key: string]: string }) {
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
  private _secretRef = new MonitoringOidcCustomConfigSecretRefOutputReference(this, "secret_ref");
  public get secretRef() {
    return this._secretRef;
  }
  public putSecretRef(value: MonitoringOidcCustomConfigSecretRef) {
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
export interface MonitoringOidcUsers {
  /**
   * E-mail address the identity provider reports for the person.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#email Monitoring#email}
   */
  readonly email: string;
  /**
   * Role in Grafana's main organisation. One of `Admin`, `Editor`, `Viewer`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#role Monitoring#role}
   */
  readonly role: string;
}

export function monitoringOidcUsersToTerraform(struct?: MonitoringOidcUsers | cdktn.IResolvable): any {
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

export function monitoringOidcUsersToHclTerraform(struct?: MonitoringOidcUsers | cdktn.IResolvable): any {
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

export class MonitoringOidcUsersOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): MonitoringOidcUsers | cdktn.IResolvable | undefined {
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

  public set internalValue(value: MonitoringOidcUsers | cdktn.IResolvable | undefined) {
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

export class MonitoringOidcUsersList extends cdktn.ComplexList {
  public internalValue?: MonitoringOidcUsers[] | cdktn.IResolvable;

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
  public get(index: number): MonitoringOidcUsersOutputReference {
    return new MonitoringOidcUsersOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface MonitoringOidc {
  /**
   * Your own identity provider, used only in CustomConfig mode; give exactly one of config or secretRef.name.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#custom_config Monitoring#custom_config}
   */
  readonly customConfig?: MonitoringOidcCustomConfig;
  /**
   * None: only the admin password; System: the platform's identity provider; CustomConfig: your own issuer. One of `None`, `System`, `CustomConfig`. Defaults to `None`.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#mode Monitoring#mode}
   */
  readonly mode?: string;
  /**
   * People given a role in Grafana; anyone not listed gets no role. Ignored in None mode.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#users Monitoring#users}
   */
  readonly users?: MonitoringOidcUsers[] | cdktn.IResolvable;
}

export function monitoringOidcToTerraform(struct?: MonitoringOidc | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    custom_config: monitoringOidcCustomConfigToTerraform(struct!.customConfig),
    mode: cdktn.stringToTerraform(struct!.mode),
    users: cdktn.listMapper(monitoringOidcUsersToTerraform, false)(struct!.users),
  };
}

export function monitoringOidcToHclTerraform(struct?: MonitoringOidc | cdktn.IResolvable): any {
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
      value: monitoringOidcCustomConfigToHclTerraform(struct!.customConfig),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringOidcCustomConfig",
    },
    mode: {
      value: cdktn.stringToHclTerraform(struct!.mode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    users: {
      value: cdktn.listMapperHcl(monitoringOidcUsersToHclTerraform, false)(struct!.users),
      isBlock: true,
      type: "list",
      storageClassType: "MonitoringOidcUsersList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MonitoringOidcOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringOidc | cdktn.IResolvable | undefined {
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

  public set internalValue(value: MonitoringOidc | cdktn.IResolvable | undefined) {
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
  private _customConfig = new MonitoringOidcCustomConfigOutputReference(this, "custom_config");
  public get customConfig() {
    return this._customConfig;
  }
  public putCustomConfig(value: MonitoringOidcCustomConfig) {
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
  private _users = new MonitoringOidcUsersList(this, "users", false);
  public get users() {
    return this._users;
  }
  public putUsers(value: MonitoringOidcUsers[] | cdktn.IResolvable) {
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
export interface MonitoringTimeouts {
  /**
   * Wait for a new object to become ready.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#create Monitoring#create}
   */
  readonly create?: string;
  /**
   * Wait for the object to be gone.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#delete Monitoring#delete}
   */
  readonly delete?: string;
  /**
   * Wait for a changed object to become ready again.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#update Monitoring#update}
   */
  readonly update?: string;
}

export function monitoringTimeoutsToTerraform(struct?: MonitoringTimeouts | cdktn.IResolvable): any {
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

export function monitoringTimeoutsToHclTerraform(struct?: MonitoringTimeouts | cdktn.IResolvable): any {
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

export class MonitoringTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringTimeouts | cdktn.IResolvable | undefined {
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

  public set internalValue(value: MonitoringTimeouts | cdktn.IResolvable | undefined) {
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
export interface MonitoringVmagentRemoteWrite {
  /**
   * Remote-write endpoints, one URL each.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#urls Monitoring#urls}
   */
  readonly urls?: string[];
}

export function monitoringVmagentRemoteWriteToTerraform(
  struct?: MonitoringVmagentRemoteWrite | cdktn.IResolvable,
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
    urls: cdktn.listMapper(cdktn.stringToTerraform, false)(struct!.urls),
  };
}

export function monitoringVmagentRemoteWriteToHclTerraform(
  struct?: MonitoringVmagentRemoteWrite | cdktn.IResolvable,
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
    urls: {
      value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct!.urls),
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

export class MonitoringVmagentRemoteWriteOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringVmagentRemoteWrite | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._urls !== undefined) {
      hasAnyValues = true;
      internalValueResult.urls = this._urls;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitoringVmagentRemoteWrite | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._urls = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._urls = value.urls;
    }
  }

  // urls - computed: true, optional: true, required: false
  private _urls?: string[];
  public get urls() {
    return this.getListAttribute("urls");
  }
  public set urls(value: string[]) {
    this._urls = value;
  }
  public resetUrls() {
    this._urls = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get urlsInput() {
    return this._urls;
  }
}
export interface MonitoringVmagent {
  /**
   * Labels added to every metric, by label name; cluster and environment are the ones used.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#external_labels Monitoring#external_labels}
   */
  readonly externalLabels?: { [key: string]: string };
  /**
   * Where scraped metrics are written.
   *
   * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#remote_write Monitoring#remote_write}
   */
  readonly remoteWrite?: MonitoringVmagentRemoteWrite;
}

export function monitoringVmagentToTerraform(struct?: MonitoringVmagent | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  return {
    external_labels: cdktn.hashMapper(cdktn.stringToTerraform)(struct!.externalLabels),
    remote_write: monitoringVmagentRemoteWriteToTerraform(struct!.remoteWrite),
  };
}

export function monitoringVmagentToHclTerraform(struct?: MonitoringVmagent | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktn.isComplexElement(struct)) {
    throw new Error(
      "A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references",
    );
  }
  const attrs = {
    external_labels: {
      value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(struct!.externalLabels),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
    remote_write: {
      value: monitoringVmagentRemoteWriteToHclTerraform(struct!.remoteWrite),
      isBlock: true,
      type: "struct",
      storageClassType: "MonitoringVmagentRemoteWrite",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class MonitoringVmagentOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitoringVmagent | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._externalLabels !== undefined) {
      hasAnyValues = true;
      internalValueResult.externalLabels = this._externalLabels;
    }
    if (this._remoteWrite?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.remoteWrite = this._remoteWrite?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitoringVmagent | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._externalLabels = undefined;
      this._remoteWrite.internalValue = undefined;
    } else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._externalLabels = value.externalLabels;
      this._remoteWrite.internalValue = value.remoteWrite;
    }
  }

  // external_labels - computed: true, optional: true, required: false
  private _externalLabels?: { [key: string]: string };
  public get externalLabels() {
    return this.getStringMapAttribute("external_labels");
  }
  public set externalLabels(value: { [key: string]: string }) {
    this._externalLabels = value;
  }
  public resetExternalLabels() {
    this._externalLabels = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalLabelsInput() {
    return this._externalLabels;
  }

  // remote_write - computed: true, optional: true, required: false
  private _remoteWrite = new MonitoringVmagentRemoteWriteOutputReference(this, "remote_write");
  public get remoteWrite() {
    return this._remoteWrite;
  }
  public putRemoteWrite(value: MonitoringVmagentRemoteWrite) {
    this._remoteWrite.internalValue = value;
  }
  public resetRemoteWrite() {
    this._remoteWrite.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remoteWriteInput() {
    return this._remoteWrite.internalValue;
  }
}

/**
 * Represents a {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring cozystack_monitoring}
 */
export class Monitoring extends cdktn.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "cozystack_monitoring";

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTN code for importing a Monitoring resource upon running "cdktn plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the Monitoring to import
   * @param importFromId The id of the existing Monitoring that should be imported. Refer to the {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the Monitoring to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktn.TerraformProvider,
  ) {
    return new cdktn.ImportableResource(scope, importToId, {
      terraformResourceType: "cozystack_monitoring",
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.opentofu.org/providers/cozystack-iac/cozystack/latest/docs/resources/monitoring cozystack_monitoring} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options MonitoringConfig
   */
  public constructor(scope: Construct, id: string, config: MonitoringConfig) {
    super(scope, id, {
      terraformResourceType: "cozystack_monitoring",
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
    this._alerta.internalValue = config.alerta;
    this._grafana.internalValue = config.grafana;
    this._host = config.host;
    this._logsStorages.internalValue = config.logsStorages;
    this._metricsStorages.internalValue = config.metricsStorages;
    this._name = config.name;
    this._namespace = config.namespace;
    this._oidc.internalValue = config.oidc;
    this._timeouts.internalValue = config.timeouts;
    this._vmagent.internalValue = config.vmagent;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // alerta - computed: true, optional: true, required: false
  private _alerta = new MonitoringAlertaOutputReference(this, "alerta");
  public get alerta() {
    return this._alerta;
  }
  public putAlerta(value: MonitoringAlerta) {
    this._alerta.internalValue = value;
  }
  public resetAlerta() {
    this._alerta.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alertaInput() {
    return this._alerta.internalValue;
  }

  // connection - computed: true, optional: false, required: false
  private _connection = new MonitoringConnectionOutputReference(this, "connection");
  public get connectionAttribute() {
    return this._connection;
  }

  // grafana - computed: true, optional: true, required: false
  private _grafana = new MonitoringGrafanaOutputReference(this, "grafana");
  public get grafana() {
    return this._grafana;
  }
  public putGrafana(value: MonitoringGrafana) {
    this._grafana.internalValue = value;
  }
  public resetGrafana() {
    this._grafana.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get grafanaInput() {
    return this._grafana.internalValue;
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

  // logs_storages - computed: true, optional: true, required: false
  private _logsStorages = new MonitoringLogsStoragesList(this, "logs_storages", false);
  public get logsStorages() {
    return this._logsStorages;
  }
  public putLogsStorages(value: MonitoringLogsStorages[] | cdktn.IResolvable) {
    this._logsStorages.internalValue = value;
  }
  public resetLogsStorages() {
    this._logsStorages.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logsStoragesInput() {
    return this._logsStorages.internalValue;
  }

  // metrics_storages - computed: true, optional: true, required: false
  private _metricsStorages = new MonitoringMetricsStoragesList(this, "metrics_storages", false);
  public get metricsStorages() {
    return this._metricsStorages;
  }
  public putMetricsStorages(value: MonitoringMetricsStorages[] | cdktn.IResolvable) {
    this._metricsStorages.internalValue = value;
  }
  public resetMetricsStorages() {
    this._metricsStorages.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricsStoragesInput() {
    return this._metricsStorages.internalValue;
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

  // oidc - computed: true, optional: true, required: false
  private _oidc = new MonitoringOidcOutputReference(this, "oidc");
  public get oidc() {
    return this._oidc;
  }
  public putOidc(value: MonitoringOidc) {
    this._oidc.internalValue = value;
  }
  public resetOidc() {
    this._oidc.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oidcInput() {
    return this._oidc.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new MonitoringTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: MonitoringTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // vmagent - computed: true, optional: true, required: false
  private _vmagent = new MonitoringVmagentOutputReference(this, "vmagent");
  public get vmagent() {
    return this._vmagent;
  }
  public putVmagent(value: MonitoringVmagent) {
    this._vmagent.internalValue = value;
  }
  public resetVmagent() {
    this._vmagent.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vmagentInput() {
    return this._vmagent.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      alerta: monitoringAlertaToTerraform(this._alerta.internalValue),
      grafana: monitoringGrafanaToTerraform(this._grafana.internalValue),
      host: cdktn.stringToTerraform(this._host),
      logs_storages: cdktn.listMapper(
        monitoringLogsStoragesToTerraform,
        false,
      )(this._logsStorages.internalValue),
      metrics_storages: cdktn.listMapper(
        monitoringMetricsStoragesToTerraform,
        false,
      )(this._metricsStorages.internalValue),
      name: cdktn.stringToTerraform(this._name),
      namespace: cdktn.stringToTerraform(this._namespace),
      oidc: monitoringOidcToTerraform(this._oidc.internalValue),
      timeouts: monitoringTimeoutsToTerraform(this._timeouts.internalValue),
      vmagent: monitoringVmagentToTerraform(this._vmagent.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      alerta: {
        value: monitoringAlertaToHclTerraform(this._alerta.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "MonitoringAlerta",
      },
      grafana: {
        value: monitoringGrafanaToHclTerraform(this._grafana.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "MonitoringGrafana",
      },
      host: {
        value: cdktn.stringToHclTerraform(this._host),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      logs_storages: {
        value: cdktn.listMapperHcl(
          monitoringLogsStoragesToHclTerraform,
          false,
        )(this._logsStorages.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "MonitoringLogsStoragesList",
      },
      metrics_storages: {
        value: cdktn.listMapperHcl(
          monitoringMetricsStoragesToHclTerraform,
          false,
        )(this._metricsStorages.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "MonitoringMetricsStoragesList",
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
      oidc: {
        value: monitoringOidcToHclTerraform(this._oidc.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "MonitoringOidc",
      },
      timeouts: {
        value: monitoringTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "MonitoringTimeouts",
      },
      vmagent: {
        value: monitoringVmagentToHclTerraform(this._vmagent.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "MonitoringVmagent",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(
      Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
    );
  }
}
