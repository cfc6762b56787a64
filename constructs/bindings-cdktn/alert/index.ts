// https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface AlertConfig extends cdktn.TerraformMetaArguments {
  /**
  * Where notifications go: 1 to 10 webhooks on ClickStack OSS; exactly one webhook or email channel on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#channels Alert#channels}
  */
  readonly channels: AlertChannels[] | cdktn.IResolvable;
  /**
  * Dashboard of the tile watched, for a tile alert: `clickstack_dashboard.x.id`. Needs `tile_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#dashboard_id Alert#dashboard_id}
  */
  readonly dashboardId?: string;
  /**
  * Expression grouping the saved search results, one alert per group. Saved-search alerts only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#group_by Alert#group_by}
  */
  readonly groupBy?: string;
  /**
  * Length of the evaluated window: `1m`, `5m`, `15m`, `30m`, `1h`, `6h`, `12h`, `1d`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#interval Alert#interval}
  */
  readonly interval: string;
  /**
  * Message sent with each notification.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#message Alert#message}
  */
  readonly message?: string;
  /**
  * Name of the alert.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#name Alert#name}
  */
  readonly name?: string;
  /**
  * Markdown note for whoever handles the alert.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#note Alert#note}
  */
  readonly note?: string;
  /**
  * Windows in a row that must breach the threshold before the alert fires.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#num_consecutive_windows Alert#num_consecutive_windows}
  */
  readonly numConsecutiveWindows?: number;
  /**
  * Saved search watched, for a saved-search alert: `clickstack_saved_search.x.id`. Set it, or `dashboard_id` and `tile_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#saved_search_id Alert#saved_search_id}
  */
  readonly savedSearchId?: string;
  /**
  * Minutes after each interval boundary (UTC) at which windows start, below the interval length. 0 when `schedule_start_at` is set. Defaults to `0`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#schedule_offset_minutes Alert#schedule_offset_minutes}
  */
  readonly scheduleOffsetMinutes?: number;
  /**
  * RFC 3339 time windows are anchored at, repeating every `interval` (at most a year ahead, at most 10 years back). Not with a `schedule_offset_minutes` other than 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#schedule_start_at Alert#schedule_start_at}
  */
  readonly scheduleStartAt?: string;
  /**
  * Threshold compared with the value; the lower bound for `between` and `not_between`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#threshold Alert#threshold}
  */
  readonly threshold: number;
  /**
  * Upper bound, at least `threshold`; required for `between` and `not_between`, and only for them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#threshold_max Alert#threshold_max}
  */
  readonly thresholdMax?: number;
  /**
  * How the value is compared with the threshold: `above`, `below`, `above_exclusive`, `below_or_equal`, `equal`, `not_equal`, `between`, `not_between`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#threshold_type Alert#threshold_type}
  */
  readonly thresholdType: string;
  /**
  * Server id of the tile watched, for a tile alert: `clickstack_dashboard.x.tile_ids["Errors"]`. The tile must show a `line`, `stacked_bar` or `number` chart. A change (such as the new id of a tile renamed without a `key`, or a move to a saved search) replaces the alert: Terraform destroys it before the dashboard update, in which ClickStack deletes the alerts of tiles that lose their id, and creates it afterwards. An alert whose tile is removed outside Terraform is deleted with it, and the next plan creates it again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#tile_id Alert#tile_id}
  */
  readonly tileId?: string;
}
export interface AlertChannels {
  /**
  * Email addresses notified. Managed ClickStack only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#email_recipients Alert#email_recipients}
  */
  readonly emailRecipients?: string[];
  /**
  * Severity label for PagerDuty API webhooks: `critical`, `error`, `warning`, `info`. Managed ClickStack only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#severity Alert#severity}
  */
  readonly severity?: string;
  /**
  * Slack channel id, for Slack API webhooks. Managed ClickStack only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#slack_channel_id Alert#slack_channel_id}
  */
  readonly slackChannelId?: string;
  /**
  * Id of the webhook notified (`clickstack_webhook.x.id`). Set exactly one of `webhook_id` and `email_recipients`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#webhook_id Alert#webhook_id}
  */
  readonly webhookId?: string;
  /**
  * Service of the webhook as Managed ClickStack names it (such as `slack_api`). Managed ClickStack only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#webhook_service Alert#webhook_service}
  */
  readonly webhookService?: string;
}

export function alertChannelsToTerraform(struct?: AlertChannels | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    email_recipients: cdktn.listMapper(cdktn.stringToTerraform, false)(struct!.emailRecipients),
    severity: cdktn.stringToTerraform(struct!.severity),
    slack_channel_id: cdktn.stringToTerraform(struct!.slackChannelId),
    webhook_id: cdktn.stringToTerraform(struct!.webhookId),
    webhook_service: cdktn.stringToTerraform(struct!.webhookService),
  }
}


export function alertChannelsToHclTerraform(struct?: AlertChannels | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    email_recipients: {
      value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct!.emailRecipients),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    severity: {
      value: cdktn.stringToHclTerraform(struct!.severity),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    slack_channel_id: {
      value: cdktn.stringToHclTerraform(struct!.slackChannelId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    webhook_id: {
      value: cdktn.stringToHclTerraform(struct!.webhookId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    webhook_service: {
      value: cdktn.stringToHclTerraform(struct!.webhookService),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertChannelsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AlertChannels | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._emailRecipients !== undefined) {
      hasAnyValues = true;
      internalValueResult.emailRecipients = this._emailRecipients;
    }
    if (this._severity !== undefined) {
      hasAnyValues = true;
      internalValueResult.severity = this._severity;
    }
    if (this._slackChannelId !== undefined) {
      hasAnyValues = true;
      internalValueResult.slackChannelId = this._slackChannelId;
    }
    if (this._webhookId !== undefined) {
      hasAnyValues = true;
      internalValueResult.webhookId = this._webhookId;
    }
    if (this._webhookService !== undefined) {
      hasAnyValues = true;
      internalValueResult.webhookService = this._webhookService;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertChannels | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._emailRecipients = undefined;
      this._severity = undefined;
      this._slackChannelId = undefined;
      this._webhookId = undefined;
      this._webhookService = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._emailRecipients = value.emailRecipients;
      this._severity = value.severity;
      this._slackChannelId = value.slackChannelId;
      this._webhookId = value.webhookId;
      this._webhookService = value.webhookService;
    }
  }

  // email_recipients - computed: false, optional: true, required: false
  private _emailRecipients?: string[]; 
  public get emailRecipients() {
    return this.getListAttribute('email_recipients');
  }
  public set emailRecipients(value: string[]) {
    this._emailRecipients = value;
  }
  public resetEmailRecipients() {
    this._emailRecipients = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailRecipientsInput() {
    return this._emailRecipients;
  }

  // severity - computed: false, optional: true, required: false
  private _severity?: string; 
  public get severity() {
    return this.getStringAttribute('severity');
  }
  public set severity(value: string) {
    this._severity = value;
  }
  public resetSeverity() {
    this._severity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get severityInput() {
    return this._severity;
  }

  // slack_channel_id - computed: false, optional: true, required: false
  private _slackChannelId?: string; 
  public get slackChannelId() {
    return this.getStringAttribute('slack_channel_id');
  }
  public set slackChannelId(value: string) {
    this._slackChannelId = value;
  }
  public resetSlackChannelId() {
    this._slackChannelId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slackChannelIdInput() {
    return this._slackChannelId;
  }

  // webhook_id - computed: false, optional: true, required: false
  private _webhookId?: string; 
  public get webhookId() {
    return this.getStringAttribute('webhook_id');
  }
  public set webhookId(value: string) {
    this._webhookId = value;
  }
  public resetWebhookId() {
    this._webhookId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webhookIdInput() {
    return this._webhookId;
  }

  // webhook_service - computed: false, optional: true, required: false
  private _webhookService?: string; 
  public get webhookService() {
    return this.getStringAttribute('webhook_service');
  }
  public set webhookService(value: string) {
    this._webhookService = value;
  }
  public resetWebhookService() {
    this._webhookService = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webhookServiceInput() {
    return this._webhookService;
  }
}

export class AlertChannelsList extends cdktn.ComplexList {
  public internalValue? : AlertChannels[] | cdktn.IResolvable

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
  public get(index: number): AlertChannelsOutputReference {
    return new AlertChannelsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AlertExecutionErrors {
}

export function alertExecutionErrorsToTerraform(struct?: AlertExecutionErrors): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function alertExecutionErrorsToHclTerraform(struct?: AlertExecutionErrors): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class AlertExecutionErrorsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AlertExecutionErrors | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertExecutionErrors | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // message - computed: true, optional: false, required: false
  public get message() {
    return this.getStringAttribute('message');
  }

  // timestamp - computed: true, optional: false, required: false
  public get timestamp() {
    return this.getStringAttribute('timestamp');
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }
}

export class AlertExecutionErrorsList extends cdktn.ComplexList {

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
  public get(index: number): AlertExecutionErrorsOutputReference {
    return new AlertExecutionErrorsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AlertSilenced {
}

export function alertSilencedToTerraform(struct?: AlertSilenced): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function alertSilencedToHclTerraform(struct?: AlertSilenced): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class AlertSilencedOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertSilenced | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertSilenced | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // at - computed: true, optional: false, required: false
  public get at() {
    return this.getStringAttribute('at');
  }

  // by - computed: true, optional: false, required: false
  public get by() {
    return this.getStringAttribute('by');
  }

  // until - computed: true, optional: false, required: false
  public get until() {
    return this.getStringAttribute('until');
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert clickstack_alert}
*/
export class Alert extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "clickstack_alert";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a Alert resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Alert to import
  * @param importFromId The id of the existing Alert that should be imported. Refer to the {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Alert to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "clickstack_alert", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/alert clickstack_alert} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AlertConfig
  */
  public constructor(scope: Construct, id: string, config: AlertConfig) {
    super(scope, id, {
      terraformResourceType: 'clickstack_alert',
      terraformGeneratorMetadata: {
        providerName: 'clickstack',
        providerVersion: '0.1.0',
        providerVersionConstraint: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._channels.internalValue = config.channels;
    this._dashboardId = config.dashboardId;
    this._groupBy = config.groupBy;
    this._interval = config.interval;
    this._message = config.message;
    this._name = config.name;
    this._note = config.note;
    this._numConsecutiveWindows = config.numConsecutiveWindows;
    this._savedSearchId = config.savedSearchId;
    this._scheduleOffsetMinutes = config.scheduleOffsetMinutes;
    this._scheduleStartAt = config.scheduleStartAt;
    this._threshold = config.threshold;
    this._thresholdMax = config.thresholdMax;
    this._thresholdType = config.thresholdType;
    this._tileId = config.tileId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // channels - computed: false, optional: false, required: true
  private _channels = new AlertChannelsList(this, "channels", false);
  public get channels() {
    return this._channels;
  }
  public putChannels(value: AlertChannels[] | cdktn.IResolvable) {
    this._channels.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get channelsInput() {
    return this._channels.internalValue;
  }

  // dashboard_id - computed: false, optional: true, required: false
  private _dashboardId?: string; 
  public get dashboardId() {
    return this.getStringAttribute('dashboard_id');
  }
  public set dashboardId(value: string) {
    this._dashboardId = value;
  }
  public resetDashboardId() {
    this._dashboardId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dashboardIdInput() {
    return this._dashboardId;
  }

  // execution_errors - computed: true, optional: false, required: false
  private _executionErrors = new AlertExecutionErrorsList(this, "execution_errors", false);
  public get executionErrors() {
    return this._executionErrors;
  }

  // group_by - computed: false, optional: true, required: false
  private _groupBy?: string; 
  public get groupBy() {
    return this.getStringAttribute('group_by');
  }
  public set groupBy(value: string) {
    this._groupBy = value;
  }
  public resetGroupBy() {
    this._groupBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupByInput() {
    return this._groupBy;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // interval - computed: false, optional: false, required: true
  private _interval?: string; 
  public get interval() {
    return this.getStringAttribute('interval');
  }
  public set interval(value: string) {
    this._interval = value;
  }
  // Temporarily expose input value. Use with caution.
  public get intervalInput() {
    return this._interval;
  }

  // message - computed: false, optional: true, required: false
  private _message?: string; 
  public get message() {
    return this.getStringAttribute('message');
  }
  public set message(value: string) {
    this._message = value;
  }
  public resetMessage() {
    this._message = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get messageInput() {
    return this._message;
  }

  // name - computed: false, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
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

  // note - computed: false, optional: true, required: false
  private _note?: string; 
  public get note() {
    return this.getStringAttribute('note');
  }
  public set note(value: string) {
    this._note = value;
  }
  public resetNote() {
    this._note = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noteInput() {
    return this._note;
  }

  // num_consecutive_windows - computed: false, optional: true, required: false
  private _numConsecutiveWindows?: number; 
  public get numConsecutiveWindows() {
    return this.getNumberAttribute('num_consecutive_windows');
  }
  public set numConsecutiveWindows(value: number) {
    this._numConsecutiveWindows = value;
  }
  public resetNumConsecutiveWindows() {
    this._numConsecutiveWindows = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numConsecutiveWindowsInput() {
    return this._numConsecutiveWindows;
  }

  // saved_search_id - computed: false, optional: true, required: false
  private _savedSearchId?: string; 
  public get savedSearchId() {
    return this.getStringAttribute('saved_search_id');
  }
  public set savedSearchId(value: string) {
    this._savedSearchId = value;
  }
  public resetSavedSearchId() {
    this._savedSearchId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get savedSearchIdInput() {
    return this._savedSearchId;
  }

  // schedule_offset_minutes - computed: true, optional: true, required: false
  private _scheduleOffsetMinutes?: number; 
  public get scheduleOffsetMinutes() {
    return this.getNumberAttribute('schedule_offset_minutes');
  }
  public set scheduleOffsetMinutes(value: number) {
    this._scheduleOffsetMinutes = value;
  }
  public resetScheduleOffsetMinutes() {
    this._scheduleOffsetMinutes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scheduleOffsetMinutesInput() {
    return this._scheduleOffsetMinutes;
  }

  // schedule_start_at - computed: false, optional: true, required: false
  private _scheduleStartAt?: string; 
  public get scheduleStartAt() {
    return this.getStringAttribute('schedule_start_at');
  }
  public set scheduleStartAt(value: string) {
    this._scheduleStartAt = value;
  }
  public resetScheduleStartAt() {
    this._scheduleStartAt = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scheduleStartAtInput() {
    return this._scheduleStartAt;
  }

  // silenced - computed: true, optional: false, required: false
  private _silenced = new AlertSilencedOutputReference(this, "silenced");
  public get silenced() {
    return this._silenced;
  }

  // state - computed: true, optional: false, required: false
  public get state() {
    return this.getStringAttribute('state');
  }

  // threshold - computed: false, optional: false, required: true
  private _threshold?: number; 
  public get threshold() {
    return this.getNumberAttribute('threshold');
  }
  public set threshold(value: number) {
    this._threshold = value;
  }
  // Temporarily expose input value. Use with caution.
  public get thresholdInput() {
    return this._threshold;
  }

  // threshold_max - computed: false, optional: true, required: false
  private _thresholdMax?: number; 
  public get thresholdMax() {
    return this.getNumberAttribute('threshold_max');
  }
  public set thresholdMax(value: number) {
    this._thresholdMax = value;
  }
  public resetThresholdMax() {
    this._thresholdMax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thresholdMaxInput() {
    return this._thresholdMax;
  }

  // threshold_type - computed: false, optional: false, required: true
  private _thresholdType?: string; 
  public get thresholdType() {
    return this.getStringAttribute('threshold_type');
  }
  public set thresholdType(value: string) {
    this._thresholdType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get thresholdTypeInput() {
    return this._thresholdType;
  }

  // tile_id - computed: false, optional: true, required: false
  private _tileId?: string; 
  public get tileId() {
    return this.getStringAttribute('tile_id');
  }
  public set tileId(value: string) {
    this._tileId = value;
  }
  public resetTileId() {
    this._tileId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tileIdInput() {
    return this._tileId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      channels: cdktn.listMapper(alertChannelsToTerraform, false)(this._channels.internalValue),
      dashboard_id: cdktn.stringToTerraform(this._dashboardId),
      group_by: cdktn.stringToTerraform(this._groupBy),
      interval: cdktn.stringToTerraform(this._interval),
      message: cdktn.stringToTerraform(this._message),
      name: cdktn.stringToTerraform(this._name),
      note: cdktn.stringToTerraform(this._note),
      num_consecutive_windows: cdktn.numberToTerraform(this._numConsecutiveWindows),
      saved_search_id: cdktn.stringToTerraform(this._savedSearchId),
      schedule_offset_minutes: cdktn.numberToTerraform(this._scheduleOffsetMinutes),
      schedule_start_at: cdktn.stringToTerraform(this._scheduleStartAt),
      threshold: cdktn.numberToTerraform(this._threshold),
      threshold_max: cdktn.numberToTerraform(this._thresholdMax),
      threshold_type: cdktn.stringToTerraform(this._thresholdType),
      tile_id: cdktn.stringToTerraform(this._tileId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      channels: {
        value: cdktn.listMapperHcl(alertChannelsToHclTerraform, false)(this._channels.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AlertChannelsList",
      },
      dashboard_id: {
        value: cdktn.stringToHclTerraform(this._dashboardId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      group_by: {
        value: cdktn.stringToHclTerraform(this._groupBy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      interval: {
        value: cdktn.stringToHclTerraform(this._interval),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      message: {
        value: cdktn.stringToHclTerraform(this._message),
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
      note: {
        value: cdktn.stringToHclTerraform(this._note),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      num_consecutive_windows: {
        value: cdktn.numberToHclTerraform(this._numConsecutiveWindows),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      saved_search_id: {
        value: cdktn.stringToHclTerraform(this._savedSearchId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      schedule_offset_minutes: {
        value: cdktn.numberToHclTerraform(this._scheduleOffsetMinutes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      schedule_start_at: {
        value: cdktn.stringToHclTerraform(this._scheduleStartAt),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      threshold: {
        value: cdktn.numberToHclTerraform(this._threshold),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      threshold_max: {
        value: cdktn.numberToHclTerraform(this._thresholdMax),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      threshold_type: {
        value: cdktn.stringToHclTerraform(this._thresholdType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tile_id: {
        value: cdktn.stringToHclTerraform(this._tileId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
