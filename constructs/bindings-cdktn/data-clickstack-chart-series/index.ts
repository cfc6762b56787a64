// https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface DataClickstackChartSeriesConfig extends cdktn.TerraformMetaArguments {
  /**
  * End of the time range, such as `2026-01-01T00:00:00Z`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series#end_time DataClickstackChartSeries#end_time}
  */
  readonly endTime: string;
  /**
  * Width of the time buckets: `30s`, `1m`, `5m`, `10m`, `15m`, `30m`, `1h`, `2h`, `6h`, `12h`, `1d`, `2d`, `7d`, `30d`, `auto`. The server picks one when unset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series#granularity DataClickstackChartSeries#granularity}
  */
  readonly granularity?: string;
  /**
  * Columns or expressions every series is grouped by, at most 10.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series#group_by DataClickstackChartSeries#group_by}
  */
  readonly groupBy?: string[];
  /**
  * The series, 1 to 5.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series#series DataClickstackChartSeries#series}
  */
  readonly series: DataClickstackChartSeriesSeries[] | cdktn.IResolvable;
  /**
  * Start of the time range, such as `2026-01-01T00:00:00Z`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series#start_time DataClickstackChartSeries#start_time}
  */
  readonly startTime: string;
}
export interface DataClickstackChartSeriesPoints {
}

export function dataClickstackChartSeriesPointsToTerraform(struct?: DataClickstackChartSeriesPoints): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataClickstackChartSeriesPointsToHclTerraform(struct?: DataClickstackChartSeriesPoints): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataClickstackChartSeriesPointsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackChartSeriesPoints | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackChartSeriesPoints | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // group - computed: true, optional: false, required: false
  public get group() {
    return this.getListAttribute('group');
  }

  // ts - computed: true, optional: false, required: false
  public get ts() {
    return this.getStringAttribute('ts');
  }

  // values - computed: true, optional: false, required: false
  public get values() {
    return this.getNumberListAttribute('values');
  }
}

export class DataClickstackChartSeriesPointsList extends cdktn.ComplexList {

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
  public get(index: number): DataClickstackChartSeriesPointsOutputReference {
    return new DataClickstackChartSeriesPointsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataClickstackChartSeriesSeries {
  /**
  * Aggregation: `avg`, `count`, `count_distinct`, `last_value`, `max`, `min`, `quantile`, `sum`, `any`, `none`, `increase`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series#agg_fn DataClickstackChartSeries#agg_fn}
  */
  readonly aggFn: string;
  /**
  * Column or expression aggregated; leave it out for `count`. For metric sources, the metric name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series#field DataClickstackChartSeries#field}
  */
  readonly field?: string;
  /**
  * Quantile level, 0 to 1; only with `agg_fn = "quantile"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series#level DataClickstackChartSeries#level}
  */
  readonly level?: number;
  /**
  * Metric type, for metric sources: `sum`, `gauge`, `histogram`, `summary`, `exponential histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series#metric_data_type DataClickstackChartSeries#metric_data_type}
  */
  readonly metricDataType?: string;
  /**
  * Metric name, for metric sources; defaults to `field`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series#metric_name DataClickstackChartSeries#metric_name}
  */
  readonly metricName?: string;
  /**
  * Order of the groups: `asc` or `desc`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series#sort_order DataClickstackChartSeries#sort_order}
  */
  readonly sortOrder?: string;
  /**
  * Id of the source queried.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series#source_id DataClickstackChartSeries#source_id}
  */
  readonly sourceId: string;
  /**
  * Condition the rows must meet; all rows when unset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series#where DataClickstackChartSeries#where}
  */
  readonly where?: string;
  /**
  * Language of `where`: `lucene`, `sql`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series#where_language DataClickstackChartSeries#where_language}
  */
  readonly whereLanguage?: string;
}

export function dataClickstackChartSeriesSeriesToTerraform(struct?: DataClickstackChartSeriesSeries | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    agg_fn: cdktn.stringToTerraform(struct!.aggFn),
    field: cdktn.stringToTerraform(struct!.field),
    level: cdktn.numberToTerraform(struct!.level),
    metric_data_type: cdktn.stringToTerraform(struct!.metricDataType),
    metric_name: cdktn.stringToTerraform(struct!.metricName),
    sort_order: cdktn.stringToTerraform(struct!.sortOrder),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    where: cdktn.stringToTerraform(struct!.where),
    where_language: cdktn.stringToTerraform(struct!.whereLanguage),
  }
}


export function dataClickstackChartSeriesSeriesToHclTerraform(struct?: DataClickstackChartSeriesSeries | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    agg_fn: {
      value: cdktn.stringToHclTerraform(struct!.aggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    field: {
      value: cdktn.stringToHclTerraform(struct!.field),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    level: {
      value: cdktn.numberToHclTerraform(struct!.level),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    metric_data_type: {
      value: cdktn.stringToHclTerraform(struct!.metricDataType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    metric_name: {
      value: cdktn.stringToHclTerraform(struct!.metricName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sort_order: {
      value: cdktn.stringToHclTerraform(struct!.sortOrder),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    source_id: {
      value: cdktn.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where: {
      value: cdktn.stringToHclTerraform(struct!.where),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    where_language: {
      value: cdktn.stringToHclTerraform(struct!.whereLanguage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataClickstackChartSeriesSeriesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataClickstackChartSeriesSeries | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggFn = this._aggFn;
    }
    if (this._field !== undefined) {
      hasAnyValues = true;
      internalValueResult.field = this._field;
    }
    if (this._level !== undefined) {
      hasAnyValues = true;
      internalValueResult.level = this._level;
    }
    if (this._metricDataType !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricDataType = this._metricDataType;
    }
    if (this._metricName !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricName = this._metricName;
    }
    if (this._sortOrder !== undefined) {
      hasAnyValues = true;
      internalValueResult.sortOrder = this._sortOrder;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._where !== undefined) {
      hasAnyValues = true;
      internalValueResult.where = this._where;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataClickstackChartSeriesSeries | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggFn = undefined;
      this._field = undefined;
      this._level = undefined;
      this._metricDataType = undefined;
      this._metricName = undefined;
      this._sortOrder = undefined;
      this._sourceId = undefined;
      this._where = undefined;
      this._whereLanguage = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aggFn = value.aggFn;
      this._field = value.field;
      this._level = value.level;
      this._metricDataType = value.metricDataType;
      this._metricName = value.metricName;
      this._sortOrder = value.sortOrder;
      this._sourceId = value.sourceId;
      this._where = value.where;
      this._whereLanguage = value.whereLanguage;
    }
  }

  // agg_fn - computed: false, optional: false, required: true
  private _aggFn?: string; 
  public get aggFn() {
    return this.getStringAttribute('agg_fn');
  }
  public set aggFn(value: string) {
    this._aggFn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get aggFnInput() {
    return this._aggFn;
  }

  // field - computed: false, optional: true, required: false
  private _field?: string; 
  public get field() {
    return this.getStringAttribute('field');
  }
  public set field(value: string) {
    this._field = value;
  }
  public resetField() {
    this._field = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldInput() {
    return this._field;
  }

  // level - computed: false, optional: true, required: false
  private _level?: number; 
  public get level() {
    return this.getNumberAttribute('level');
  }
  public set level(value: number) {
    this._level = value;
  }
  public resetLevel() {
    this._level = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get levelInput() {
    return this._level;
  }

  // metric_data_type - computed: false, optional: true, required: false
  private _metricDataType?: string; 
  public get metricDataType() {
    return this.getStringAttribute('metric_data_type');
  }
  public set metricDataType(value: string) {
    this._metricDataType = value;
  }
  public resetMetricDataType() {
    this._metricDataType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricDataTypeInput() {
    return this._metricDataType;
  }

  // metric_name - computed: false, optional: true, required: false
  private _metricName?: string; 
  public get metricName() {
    return this.getStringAttribute('metric_name');
  }
  public set metricName(value: string) {
    this._metricName = value;
  }
  public resetMetricName() {
    this._metricName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricNameInput() {
    return this._metricName;
  }

  // sort_order - computed: false, optional: true, required: false
  private _sortOrder?: string; 
  public get sortOrder() {
    return this.getStringAttribute('sort_order');
  }
  public set sortOrder(value: string) {
    this._sortOrder = value;
  }
  public resetSortOrder() {
    this._sortOrder = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sortOrderInput() {
    return this._sortOrder;
  }

  // source_id - computed: false, optional: false, required: true
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // where - computed: false, optional: true, required: false
  private _where?: string; 
  public get where() {
    return this.getStringAttribute('where');
  }
  public set where(value: string) {
    this._where = value;
  }
  public resetWhere() {
    this._where = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereInput() {
    return this._where;
  }

  // where_language - computed: false, optional: true, required: false
  private _whereLanguage?: string; 
  public get whereLanguage() {
    return this.getStringAttribute('where_language');
  }
  public set whereLanguage(value: string) {
    this._whereLanguage = value;
  }
  public resetWhereLanguage() {
    this._whereLanguage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereLanguageInput() {
    return this._whereLanguage;
  }
}

export class DataClickstackChartSeriesSeriesList extends cdktn.ComplexList {
  public internalValue? : DataClickstackChartSeriesSeries[] | cdktn.IResolvable

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
  public get(index: number): DataClickstackChartSeriesSeriesOutputReference {
    return new DataClickstackChartSeriesSeriesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series clickstack_chart_series}
*/
export class DataClickstackChartSeries extends cdktn.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "clickstack_chart_series";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a DataClickstackChartSeries resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataClickstackChartSeries to import
  * @param importFromId The id of the existing DataClickstackChartSeries that should be imported. Refer to the {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataClickstackChartSeries to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "clickstack_chart_series", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/data-sources/chart_series clickstack_chart_series} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataClickstackChartSeriesConfig
  */
  public constructor(scope: Construct, id: string, config: DataClickstackChartSeriesConfig) {
    super(scope, id, {
      terraformResourceType: 'clickstack_chart_series',
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
    this._endTime = config.endTime;
    this._granularity = config.granularity;
    this._groupBy = config.groupBy;
    this._series.internalValue = config.series;
    this._startTime = config.startTime;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // end_time - computed: false, optional: false, required: true
  private _endTime?: string; 
  public get endTime() {
    return this.getStringAttribute('end_time');
  }
  public set endTime(value: string) {
    this._endTime = value;
  }
  // Temporarily expose input value. Use with caution.
  public get endTimeInput() {
    return this._endTime;
  }

  // granularity - computed: false, optional: true, required: false
  private _granularity?: string; 
  public get granularity() {
    return this.getStringAttribute('granularity');
  }
  public set granularity(value: string) {
    this._granularity = value;
  }
  public resetGranularity() {
    this._granularity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get granularityInput() {
    return this._granularity;
  }

  // group_by - computed: false, optional: true, required: false
  private _groupBy?: string[]; 
  public get groupBy() {
    return this.getListAttribute('group_by');
  }
  public set groupBy(value: string[]) {
    this._groupBy = value;
  }
  public resetGroupBy() {
    this._groupBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupByInput() {
    return this._groupBy;
  }

  // points - computed: true, optional: false, required: false
  private _points = new DataClickstackChartSeriesPointsList(this, "points", false);
  public get points() {
    return this._points;
  }

  // series - computed: false, optional: false, required: true
  private _series = new DataClickstackChartSeriesSeriesList(this, "series", false);
  public get series() {
    return this._series;
  }
  public putSeries(value: DataClickstackChartSeriesSeries[] | cdktn.IResolvable) {
    this._series.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get seriesInput() {
    return this._series.internalValue;
  }

  // start_time - computed: false, optional: false, required: true
  private _startTime?: string; 
  public get startTime() {
    return this.getStringAttribute('start_time');
  }
  public set startTime(value: string) {
    this._startTime = value;
  }
  // Temporarily expose input value. Use with caution.
  public get startTimeInput() {
    return this._startTime;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      end_time: cdktn.stringToTerraform(this._endTime),
      granularity: cdktn.stringToTerraform(this._granularity),
      group_by: cdktn.listMapper(cdktn.stringToTerraform, false)(this._groupBy),
      series: cdktn.listMapper(dataClickstackChartSeriesSeriesToTerraform, false)(this._series.internalValue),
      start_time: cdktn.stringToTerraform(this._startTime),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      end_time: {
        value: cdktn.stringToHclTerraform(this._endTime),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      granularity: {
        value: cdktn.stringToHclTerraform(this._granularity),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      group_by: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._groupBy),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      series: {
        value: cdktn.listMapperHcl(dataClickstackChartSeriesSeriesToHclTerraform, false)(this._series.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataClickstackChartSeriesSeriesList",
      },
      start_time: {
        value: cdktn.stringToHclTerraform(this._startTime),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
