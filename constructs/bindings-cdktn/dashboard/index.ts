// https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface DashboardConfig extends cdktn.TerraformMetaArguments {
  /**
  * Bar chart by category: one element per tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#bar_tiles Dashboard#bar_tiles}
  */
  readonly barTiles?: DashboardBarTiles[] | cdktn.IResolvable;
  /**
  * Groups of tiles (up to 50), optionally with tabs. Defaults to `[]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#containers Dashboard#containers}
  */
  readonly containers?: DashboardContainers[] | cdktn.IResolvable;
  /**
  * Event patterns of a log source: one element per tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#event_patterns_tiles Dashboard#event_patterns_tiles}
  */
  readonly eventPatternsTiles?: DashboardEventPatternsTiles[] | cdktn.IResolvable;
  /**
  * Dropdown filters shown above the tiles. Defaults to `[]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#filters Dashboard#filters}
  */
  readonly filters?: DashboardFilters[] | cdktn.IResolvable;
  /**
  * Heatmap of a distribution over time (trace sources): one element per tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#heatmap_tiles Dashboard#heatmap_tiles}
  */
  readonly heatmapTiles?: DashboardHeatmapTiles[] | cdktn.IResolvable;
  /**
  * Line chart over time: one element per tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#line_tiles Dashboard#line_tiles}
  */
  readonly lineTiles?: DashboardLineTiles[] | cdktn.IResolvable;
  /**
  * Markdown text: one element per tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#markdown_tiles Dashboard#markdown_tiles}
  */
  readonly markdownTiles?: DashboardMarkdownTiles[] | cdktn.IResolvable;
  /**
  * Name of the dashboard.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * A single number: one element per tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_tiles Dashboard#number_tiles}
  */
  readonly numberTiles?: DashboardNumberTiles[] | cdktn.IResolvable;
  /**
  * Pie chart: one element per tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#pie_tiles Dashboard#pie_tiles}
  */
  readonly pieTiles?: DashboardPieTiles[] | cdktn.IResolvable;
  /**
  * Filter conditions applied when the dashboard opens. Defaults to `[]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#saved_filter_values Dashboard#saved_filter_values}
  */
  readonly savedFilterValues?: DashboardSavedFilterValues[] | cdktn.IResolvable;
  /**
  * Query applied to every tile when the dashboard opens.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#saved_query Dashboard#saved_query}
  */
  readonly savedQuery?: string;
  /**
  * Language of `saved_query`: `lucene` or `sql`. Defaults to `lucene` when `saved_query` is set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#saved_query_language Dashboard#saved_query_language}
  */
  readonly savedQueryLanguage?: string;
  /**
  * Search results (rows of a log or trace source): one element per tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#search_tiles Dashboard#search_tiles}
  */
  readonly searchTiles?: DashboardSearchTiles[] | cdktn.IResolvable;
  /**
  * Bar chart from a raw SQL query: one element per tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_bar_tiles Dashboard#sql_bar_tiles}
  */
  readonly sqlBarTiles?: DashboardSqlBarTiles[] | cdktn.IResolvable;
  /**
  * Line chart from a raw SQL query: one element per tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_line_tiles Dashboard#sql_line_tiles}
  */
  readonly sqlLineTiles?: DashboardSqlLineTiles[] | cdktn.IResolvable;
  /**
  * A single number from a raw SQL query: one element per tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_number_tiles Dashboard#sql_number_tiles}
  */
  readonly sqlNumberTiles?: DashboardSqlNumberTiles[] | cdktn.IResolvable;
  /**
  * Pie chart from a raw SQL query: one element per tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_pie_tiles Dashboard#sql_pie_tiles}
  */
  readonly sqlPieTiles?: DashboardSqlPieTiles[] | cdktn.IResolvable;
  /**
  * Stacked bar chart from a raw SQL query: one element per tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_stacked_bar_tiles Dashboard#sql_stacked_bar_tiles}
  */
  readonly sqlStackedBarTiles?: DashboardSqlStackedBarTiles[] | cdktn.IResolvable;
  /**
  * Table from a raw SQL query: one element per tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_table_tiles Dashboard#sql_table_tiles}
  */
  readonly sqlTableTiles?: DashboardSqlTableTiles[] | cdktn.IResolvable;
  /**
  * Stacked bar chart over time: one element per tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#stacked_bar_tiles Dashboard#stacked_bar_tiles}
  */
  readonly stackedBarTiles?: DashboardStackedBarTiles[] | cdktn.IResolvable;
  /**
  * Table of aggregates: one element per tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#table_tiles Dashboard#table_tiles}
  */
  readonly tableTiles?: DashboardTableTiles[] | cdktn.IResolvable;
  /**
  * Tags (up to 50 unique tags of up to 32 characters). Defaults to `[]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tags Dashboard#tags}
  */
  readonly tags?: string[];
}
export interface DashboardBarTilesNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardBarTilesNumberFormatToTerraform(struct?: DashboardBarTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardBarTilesNumberFormatToHclTerraform(struct?: DashboardBarTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardBarTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardBarTilesNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardBarTilesNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardBarTilesSelectNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardBarTilesSelectNumberFormatToTerraform(struct?: DashboardBarTilesSelectNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardBarTilesSelectNumberFormatToHclTerraform(struct?: DashboardBarTilesSelectNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardBarTilesSelectNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardBarTilesSelectNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardBarTilesSelectNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardBarTilesSelect {
  /**
  * Aggregation: `avg`, `count`, `count_distinct`, `last_value`, `max`, `min`, `quantile`, `sum`, `any`, `none`, `increase`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#agg_fn Dashboard#agg_fn}
  */
  readonly aggFn: string;
  /**
  * Series name shown in the legend.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Quantile level (0.5, 0.9, 0.95 or 0.99); only with `agg_fn = "quantile"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#level Dashboard#level}
  */
  readonly level?: number;
  /**
  * Metric name, for metric sources.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_name Dashboard#metric_name}
  */
  readonly metricName?: string;
  /**
  * Metric data type, for metric sources: `sum`, `gauge`, `histogram`, `summary`, `exponential histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_type Dashboard#metric_type}
  */
  readonly metricType?: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardBarTilesSelectNumberFormat;
  /**
  * Per-period aggregation applied before `agg_fn`: `delta`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#period_agg_fn Dashboard#period_agg_fn}
  */
  readonly periodAggFn?: string;
  /**
  * Column or SQL expression aggregated. Required unless `agg_fn` is `count`, where it must be left out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_expression Dashboard#value_expression}
  */
  readonly valueExpression?: string;
  /**
  * Filter of this series only. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardBarTilesSelectToTerraform(struct?: DashboardBarTilesSelect | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    agg_fn: cdktn.stringToTerraform(struct!.aggFn),
    alias: cdktn.stringToTerraform(struct!.alias),
    level: cdktn.numberToTerraform(struct!.level),
    metric_name: cdktn.stringToTerraform(struct!.metricName),
    metric_type: cdktn.stringToTerraform(struct!.metricType),
    number_format: dashboardBarTilesSelectNumberFormatToTerraform(struct!.numberFormat),
    period_agg_fn: cdktn.stringToTerraform(struct!.periodAggFn),
    value_expression: cdktn.stringToTerraform(struct!.valueExpression),
    where: cdktn.stringToTerraform(struct!.where),
    where_language: cdktn.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardBarTilesSelectToHclTerraform(struct?: DashboardBarTilesSelect | cdktn.IResolvable): any {
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
    alias: {
      value: cdktn.stringToHclTerraform(struct!.alias),
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
    metric_name: {
      value: cdktn.stringToHclTerraform(struct!.metricName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    metric_type: {
      value: cdktn.stringToHclTerraform(struct!.metricType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardBarTilesSelectNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardBarTilesSelectNumberFormat",
    },
    period_agg_fn: {
      value: cdktn.stringToHclTerraform(struct!.periodAggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_expression: {
      value: cdktn.stringToHclTerraform(struct!.valueExpression),
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

export class DashboardBarTilesSelectOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardBarTilesSelect | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggFn = this._aggFn;
    }
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._level !== undefined) {
      hasAnyValues = true;
      internalValueResult.level = this._level;
    }
    if (this._metricName !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricName = this._metricName;
    }
    if (this._metricType !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricType = this._metricType;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._periodAggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.periodAggFn = this._periodAggFn;
    }
    if (this._valueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueExpression = this._valueExpression;
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

  public set internalValue(value: DashboardBarTilesSelect | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggFn = undefined;
      this._alias = undefined;
      this._level = undefined;
      this._metricName = undefined;
      this._metricType = undefined;
      this._numberFormat.internalValue = undefined;
      this._periodAggFn = undefined;
      this._valueExpression = undefined;
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
      this._alias = value.alias;
      this._level = value.level;
      this._metricName = value.metricName;
      this._metricType = value.metricType;
      this._numberFormat.internalValue = value.numberFormat;
      this._periodAggFn = value.periodAggFn;
      this._valueExpression = value.valueExpression;
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

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
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

  // metric_type - computed: false, optional: true, required: false
  private _metricType?: string; 
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }
  public set metricType(value: string) {
    this._metricType = value;
  }
  public resetMetricType() {
    this._metricType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricTypeInput() {
    return this._metricType;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardBarTilesSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardBarTilesSelectNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // period_agg_fn - computed: false, optional: true, required: false
  private _periodAggFn?: string; 
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }
  public set periodAggFn(value: string) {
    this._periodAggFn = value;
  }
  public resetPeriodAggFn() {
    this._periodAggFn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodAggFnInput() {
    return this._periodAggFn;
  }

  // value_expression - computed: false, optional: true, required: false
  private _valueExpression?: string; 
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }
  public set valueExpression(value: string) {
    this._valueExpression = value;
  }
  public resetValueExpression() {
    this._valueExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueExpressionInput() {
    return this._valueExpression;
  }

  // where - computed: true, optional: true, required: false
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

  // where_language - computed: true, optional: true, required: false
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

export class DashboardBarTilesSelectList extends cdktn.ComplexList {
  public internalValue? : DashboardBarTilesSelect[] | cdktn.IResolvable

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
  public get(index: number): DashboardBarTilesSelectOutputReference {
    return new DashboardBarTilesSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardBarTiles {
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * Group by expression (one series per group).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#group_by Dashboard#group_by}
  */
  readonly groupBy?: string;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Maximum number of bars.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#limit Dashboard#limit}
  */
  readonly limit?: number;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardBarTilesNumberFormat;
  /**
  * SQL `ORDER BY` expression.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#order_by Dashboard#order_by}
  */
  readonly orderBy?: string;
  /**
  * The value of each bar (exactly 1 select item).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select: DashboardBarTilesSelect[] | cdktn.IResolvable;
  /**
  * Id of the source queried (see the `clickstack_source` data source).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardBarTilesToTerraform(struct?: DashboardBarTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    container_id: cdktn.stringToTerraform(struct!.containerId),
    group_by: cdktn.stringToTerraform(struct!.groupBy),
    h: cdktn.numberToTerraform(struct!.h),
    key: cdktn.stringToTerraform(struct!.key),
    limit: cdktn.numberToTerraform(struct!.limit),
    name: cdktn.stringToTerraform(struct!.name),
    number_format: dashboardBarTilesNumberFormatToTerraform(struct!.numberFormat),
    order_by: cdktn.stringToTerraform(struct!.orderBy),
    select: cdktn.listMapper(dashboardBarTilesSelectToTerraform, false)(struct!.select),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    tab_id: cdktn.stringToTerraform(struct!.tabId),
    w: cdktn.numberToTerraform(struct!.w),
    x: cdktn.numberToTerraform(struct!.x),
    y: cdktn.numberToTerraform(struct!.y),
  }
}


export function dashboardBarTilesToHclTerraform(struct?: DashboardBarTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    container_id: {
      value: cdktn.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    group_by: {
      value: cdktn.stringToHclTerraform(struct!.groupBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    h: {
      value: cdktn.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    limit: {
      value: cdktn.numberToHclTerraform(struct!.limit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktn.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardBarTilesNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardBarTilesNumberFormat",
    },
    order_by: {
      value: cdktn.stringToHclTerraform(struct!.orderBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    select: {
      value: cdktn.listMapperHcl(dashboardBarTilesSelectToHclTerraform, false)(struct!.select),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardBarTilesSelectList",
    },
    source_id: {
      value: cdktn.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tab_id: {
      value: cdktn.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktn.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    x: {
      value: cdktn.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktn.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardBarTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardBarTiles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._groupBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.groupBy = this._groupBy;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._limit !== undefined) {
      hasAnyValues = true;
      internalValueResult.limit = this._limit;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._orderBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.orderBy = this._orderBy;
    }
    if (this._select?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select?.internalValue;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardBarTiles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._containerId = undefined;
      this._groupBy = undefined;
      this._h = undefined;
      this._key = undefined;
      this._limit = undefined;
      this._name = undefined;
      this._numberFormat.internalValue = undefined;
      this._orderBy = undefined;
      this._select.internalValue = undefined;
      this._sourceId = undefined;
      this._tabId = undefined;
      this._w = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._containerId = value.containerId;
      this._groupBy = value.groupBy;
      this._h = value.h;
      this._key = value.key;
      this._limit = value.limit;
      this._name = value.name;
      this._numberFormat.internalValue = value.numberFormat;
      this._orderBy = value.orderBy;
      this._select.internalValue = value.select;
      this._sourceId = value.sourceId;
      this._tabId = value.tabId;
      this._w = value.w;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
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

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // limit - computed: false, optional: true, required: false
  private _limit?: number; 
  public get limit() {
    return this.getNumberAttribute('limit');
  }
  public set limit(value: number) {
    this._limit = value;
  }
  public resetLimit() {
    this._limit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get limitInput() {
    return this._limit;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardBarTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardBarTilesNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // order_by - computed: false, optional: true, required: false
  private _orderBy?: string; 
  public get orderBy() {
    return this.getStringAttribute('order_by');
  }
  public set orderBy(value: string) {
    this._orderBy = value;
  }
  public resetOrderBy() {
    this._orderBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderByInput() {
    return this._orderBy;
  }

  // select - computed: false, optional: false, required: true
  private _select = new DashboardBarTilesSelectList(this, "select", false);
  public get select() {
    return this._select;
  }
  public putSelect(value: DashboardBarTilesSelect[] | cdktn.IResolvable) {
    this._select.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select.internalValue;
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

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardBarTilesList extends cdktn.ComplexList {
  public internalValue? : DashboardBarTiles[] | cdktn.IResolvable

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
  public get(index: number): DashboardBarTilesOutputReference {
    return new DashboardBarTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardContainersTabs {
  /**
  * Id of the tab; unique within the container.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#id Dashboard#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
  /**
  * Title of the tab.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#title Dashboard#title}
  */
  readonly title: string;
}

export function dashboardContainersTabsToTerraform(struct?: DashboardContainersTabs | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    id: cdktn.stringToTerraform(struct!.id),
    title: cdktn.stringToTerraform(struct!.title),
  }
}


export function dashboardContainersTabsToHclTerraform(struct?: DashboardContainersTabs | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    id: {
      value: cdktn.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    title: {
      value: cdktn.stringToHclTerraform(struct!.title),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardContainersTabsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardContainersTabs | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._title !== undefined) {
      hasAnyValues = true;
      internalValueResult.title = this._title;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardContainersTabs | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._id = undefined;
      this._title = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._id = value.id;
      this._title = value.title;
    }
  }

  // id - computed: true, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // title - computed: true, optional: false, required: true
  private _title?: string; 
  public get title() {
    return this.getStringAttribute('title');
  }
  public set title(value: string) {
    this._title = value;
  }
  // Temporarily expose input value. Use with caution.
  public get titleInput() {
    return this._title;
  }
}

export class DashboardContainersTabsList extends cdktn.ComplexList {
  public internalValue? : DashboardContainersTabs[] | cdktn.IResolvable

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
  public get(index: number): DashboardContainersTabsOutputReference {
    return new DashboardContainersTabsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardContainers {
  /**
  * Whether the container has a border.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#bordered Dashboard#bordered}
  */
  readonly bordered?: boolean | cdktn.IResolvable;
  /**
  * Whether the container starts collapsed. Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#collapsed Dashboard#collapsed}
  */
  readonly collapsed?: boolean | cdktn.IResolvable;
  /**
  * Whether users can collapse the container.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#collapsible Dashboard#collapsible}
  */
  readonly collapsible?: boolean | cdktn.IResolvable;
  /**
  * Id of the container, referred to by `<type>_tiles[*].container_id`; unique within the dashboard.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#id Dashboard#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
  /**
  * Tabs of the container (up to 20), referred to by `<type>_tiles[*].tab_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tabs Dashboard#tabs}
  */
  readonly tabs?: DashboardContainersTabs[] | cdktn.IResolvable;
  /**
  * Title shown above the container.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#title Dashboard#title}
  */
  readonly title: string;
}

export function dashboardContainersToTerraform(struct?: DashboardContainers | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    bordered: cdktn.booleanToTerraform(struct!.bordered),
    collapsed: cdktn.booleanToTerraform(struct!.collapsed),
    collapsible: cdktn.booleanToTerraform(struct!.collapsible),
    id: cdktn.stringToTerraform(struct!.id),
    tabs: cdktn.listMapper(dashboardContainersTabsToTerraform, false)(struct!.tabs),
    title: cdktn.stringToTerraform(struct!.title),
  }
}


export function dashboardContainersToHclTerraform(struct?: DashboardContainers | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    bordered: {
      value: cdktn.booleanToHclTerraform(struct!.bordered),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    collapsed: {
      value: cdktn.booleanToHclTerraform(struct!.collapsed),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    collapsible: {
      value: cdktn.booleanToHclTerraform(struct!.collapsible),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    id: {
      value: cdktn.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tabs: {
      value: cdktn.listMapperHcl(dashboardContainersTabsToHclTerraform, false)(struct!.tabs),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardContainersTabsList",
    },
    title: {
      value: cdktn.stringToHclTerraform(struct!.title),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardContainersOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardContainers | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bordered !== undefined) {
      hasAnyValues = true;
      internalValueResult.bordered = this._bordered;
    }
    if (this._collapsed !== undefined) {
      hasAnyValues = true;
      internalValueResult.collapsed = this._collapsed;
    }
    if (this._collapsible !== undefined) {
      hasAnyValues = true;
      internalValueResult.collapsible = this._collapsible;
    }
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._tabs?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabs = this._tabs?.internalValue;
    }
    if (this._title !== undefined) {
      hasAnyValues = true;
      internalValueResult.title = this._title;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardContainers | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._bordered = undefined;
      this._collapsed = undefined;
      this._collapsible = undefined;
      this._id = undefined;
      this._tabs.internalValue = undefined;
      this._title = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._bordered = value.bordered;
      this._collapsed = value.collapsed;
      this._collapsible = value.collapsible;
      this._id = value.id;
      this._tabs.internalValue = value.tabs;
      this._title = value.title;
    }
  }

  // bordered - computed: true, optional: true, required: false
  private _bordered?: boolean | cdktn.IResolvable; 
  public get bordered() {
    return this.getBooleanAttribute('bordered');
  }
  public set bordered(value: boolean | cdktn.IResolvable) {
    this._bordered = value;
  }
  public resetBordered() {
    this._bordered = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get borderedInput() {
    return this._bordered;
  }

  // collapsed - computed: true, optional: true, required: false
  private _collapsed?: boolean | cdktn.IResolvable; 
  public get collapsed() {
    return this.getBooleanAttribute('collapsed');
  }
  public set collapsed(value: boolean | cdktn.IResolvable) {
    this._collapsed = value;
  }
  public resetCollapsed() {
    this._collapsed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get collapsedInput() {
    return this._collapsed;
  }

  // collapsible - computed: true, optional: true, required: false
  private _collapsible?: boolean | cdktn.IResolvable; 
  public get collapsible() {
    return this.getBooleanAttribute('collapsible');
  }
  public set collapsible(value: boolean | cdktn.IResolvable) {
    this._collapsible = value;
  }
  public resetCollapsible() {
    this._collapsible = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get collapsibleInput() {
    return this._collapsible;
  }

  // id - computed: true, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // tabs - computed: true, optional: true, required: false
  private _tabs = new DashboardContainersTabsList(this, "tabs", false);
  public get tabs() {
    return this._tabs;
  }
  public putTabs(value: DashboardContainersTabs[] | cdktn.IResolvable) {
    this._tabs.internalValue = value;
  }
  public resetTabs() {
    this._tabs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabsInput() {
    return this._tabs.internalValue;
  }

  // title - computed: true, optional: false, required: true
  private _title?: string; 
  public get title() {
    return this.getStringAttribute('title');
  }
  public set title(value: string) {
    this._title = value;
  }
  // Temporarily expose input value. Use with caution.
  public get titleInput() {
    return this._title;
  }
}

export class DashboardContainersList extends cdktn.ComplexList {
  public internalValue? : DashboardContainers[] | cdktn.IResolvable

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
  public get(index: number): DashboardContainersOutputReference {
    return new DashboardContainersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardEventPatternsTiles {
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * Expression whose values are clustered into patterns. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select?: string;
  /**
  * Id of a log source.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Filter. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardEventPatternsTilesToTerraform(struct?: DashboardEventPatternsTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    container_id: cdktn.stringToTerraform(struct!.containerId),
    h: cdktn.numberToTerraform(struct!.h),
    key: cdktn.stringToTerraform(struct!.key),
    name: cdktn.stringToTerraform(struct!.name),
    select: cdktn.stringToTerraform(struct!.select),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    tab_id: cdktn.stringToTerraform(struct!.tabId),
    w: cdktn.numberToTerraform(struct!.w),
    where: cdktn.stringToTerraform(struct!.where),
    where_language: cdktn.stringToTerraform(struct!.whereLanguage),
    x: cdktn.numberToTerraform(struct!.x),
    y: cdktn.numberToTerraform(struct!.y),
  }
}


export function dashboardEventPatternsTilesToHclTerraform(struct?: DashboardEventPatternsTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    container_id: {
      value: cdktn.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    h: {
      value: cdktn.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
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
    select: {
      value: cdktn.stringToHclTerraform(struct!.select),
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
    tab_id: {
      value: cdktn.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktn.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
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
    x: {
      value: cdktn.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktn.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardEventPatternsTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardEventPatternsTiles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._select !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._where !== undefined) {
      hasAnyValues = true;
      internalValueResult.where = this._where;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardEventPatternsTiles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._containerId = undefined;
      this._h = undefined;
      this._key = undefined;
      this._name = undefined;
      this._select = undefined;
      this._sourceId = undefined;
      this._tabId = undefined;
      this._w = undefined;
      this._where = undefined;
      this._whereLanguage = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._containerId = value.containerId;
      this._h = value.h;
      this._key = value.key;
      this._name = value.name;
      this._select = value.select;
      this._sourceId = value.sourceId;
      this._tabId = value.tabId;
      this._w = value.w;
      this._where = value.where;
      this._whereLanguage = value.whereLanguage;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
  }

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // select - computed: true, optional: true, required: false
  private _select?: string; 
  public get select() {
    return this.getStringAttribute('select');
  }
  public set select(value: string) {
    this._select = value;
  }
  public resetSelect() {
    this._select = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select;
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

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // where - computed: true, optional: true, required: false
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

  // where_language - computed: true, optional: true, required: false
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

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardEventPatternsTilesList extends cdktn.ComplexList {
  public internalValue? : DashboardEventPatternsTiles[] | cdktn.IResolvable

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
  public get(index: number): DashboardEventPatternsTilesOutputReference {
    return new DashboardEventPatternsTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardFilters {
  /**
  * Sources the selected value filters (all when unset); only for broadcast filters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#applies_to_source_ids Dashboard#applies_to_source_ids}
  */
  readonly appliesToSourceIds?: string[];
  /**
  * Expression whose values the dropdown offers, such as `ServiceName`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#expression Dashboard#expression}
  */
  readonly expression: string;
  /**
  * Whether the selected value filters every tile (the server's default when unset). OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#is_broadcast_enabled Dashboard#is_broadcast_enabled}
  */
  readonly isBroadcastEnabled?: boolean | cdktn.IResolvable;
  /**
  * Whether the selected value is available to SQL tiles as a variable. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#is_variable_enabled Dashboard#is_variable_enabled}
  */
  readonly isVariableEnabled?: boolean | cdktn.IResolvable;
  /**
  * Label of the dropdown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * Id of the source the values come from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
  /**
  * Metric data type, for metric sources: `sum`, `gauge`, `histogram`, `summary`, `exponential histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_metric_type Dashboard#source_metric_type}
  */
  readonly sourceMetricType?: string;
  /**
  * Kind of filter: `QUERY_EXPRESSION`. Defaults to `"QUERY_EXPRESSION"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#type Dashboard#type}
  */
  readonly type?: string;
  /**
  * Name of the variable (letters, digits and `_`, starting with a letter); only with `is_variable_enabled`. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#variable_name Dashboard#variable_name}
  */
  readonly variableName?: string;
  /**
  * Condition limiting the values offered.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Language of `where`: `lucene` or `sql`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardFiltersToTerraform(struct?: DashboardFilters | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    applies_to_source_ids: cdktn.listMapper(cdktn.stringToTerraform, false)(struct!.appliesToSourceIds),
    expression: cdktn.stringToTerraform(struct!.expression),
    is_broadcast_enabled: cdktn.booleanToTerraform(struct!.isBroadcastEnabled),
    is_variable_enabled: cdktn.booleanToTerraform(struct!.isVariableEnabled),
    name: cdktn.stringToTerraform(struct!.name),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    source_metric_type: cdktn.stringToTerraform(struct!.sourceMetricType),
    type: cdktn.stringToTerraform(struct!.type),
    variable_name: cdktn.stringToTerraform(struct!.variableName),
    where: cdktn.stringToTerraform(struct!.where),
    where_language: cdktn.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardFiltersToHclTerraform(struct?: DashboardFilters | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    applies_to_source_ids: {
      value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct!.appliesToSourceIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    expression: {
      value: cdktn.stringToHclTerraform(struct!.expression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    is_broadcast_enabled: {
      value: cdktn.booleanToHclTerraform(struct!.isBroadcastEnabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    is_variable_enabled: {
      value: cdktn.booleanToHclTerraform(struct!.isVariableEnabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    name: {
      value: cdktn.stringToHclTerraform(struct!.name),
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
    source_metric_type: {
      value: cdktn.stringToHclTerraform(struct!.sourceMetricType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktn.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    variable_name: {
      value: cdktn.stringToHclTerraform(struct!.variableName),
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

export class DashboardFiltersOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardFilters | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._appliesToSourceIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.appliesToSourceIds = this._appliesToSourceIds;
    }
    if (this._expression !== undefined) {
      hasAnyValues = true;
      internalValueResult.expression = this._expression;
    }
    if (this._isBroadcastEnabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.isBroadcastEnabled = this._isBroadcastEnabled;
    }
    if (this._isVariableEnabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.isVariableEnabled = this._isVariableEnabled;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._sourceMetricType !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceMetricType = this._sourceMetricType;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._variableName !== undefined) {
      hasAnyValues = true;
      internalValueResult.variableName = this._variableName;
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

  public set internalValue(value: DashboardFilters | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._appliesToSourceIds = undefined;
      this._expression = undefined;
      this._isBroadcastEnabled = undefined;
      this._isVariableEnabled = undefined;
      this._name = undefined;
      this._sourceId = undefined;
      this._sourceMetricType = undefined;
      this._type = undefined;
      this._variableName = undefined;
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
      this._appliesToSourceIds = value.appliesToSourceIds;
      this._expression = value.expression;
      this._isBroadcastEnabled = value.isBroadcastEnabled;
      this._isVariableEnabled = value.isVariableEnabled;
      this._name = value.name;
      this._sourceId = value.sourceId;
      this._sourceMetricType = value.sourceMetricType;
      this._type = value.type;
      this._variableName = value.variableName;
      this._where = value.where;
      this._whereLanguage = value.whereLanguage;
    }
  }

  // applies_to_source_ids - computed: true, optional: true, required: false
  private _appliesToSourceIds?: string[]; 
  public get appliesToSourceIds() {
    return this.getListAttribute('applies_to_source_ids');
  }
  public set appliesToSourceIds(value: string[]) {
    this._appliesToSourceIds = value;
  }
  public resetAppliesToSourceIds() {
    this._appliesToSourceIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appliesToSourceIdsInput() {
    return this._appliesToSourceIds;
  }

  // expression - computed: true, optional: false, required: true
  private _expression?: string; 
  public get expression() {
    return this.getStringAttribute('expression');
  }
  public set expression(value: string) {
    this._expression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionInput() {
    return this._expression;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // is_broadcast_enabled - computed: true, optional: true, required: false
  private _isBroadcastEnabled?: boolean | cdktn.IResolvable; 
  public get isBroadcastEnabled() {
    return this.getBooleanAttribute('is_broadcast_enabled');
  }
  public set isBroadcastEnabled(value: boolean | cdktn.IResolvable) {
    this._isBroadcastEnabled = value;
  }
  public resetIsBroadcastEnabled() {
    this._isBroadcastEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isBroadcastEnabledInput() {
    return this._isBroadcastEnabled;
  }

  // is_variable_enabled - computed: true, optional: true, required: false
  private _isVariableEnabled?: boolean | cdktn.IResolvable; 
  public get isVariableEnabled() {
    return this.getBooleanAttribute('is_variable_enabled');
  }
  public set isVariableEnabled(value: boolean | cdktn.IResolvable) {
    this._isVariableEnabled = value;
  }
  public resetIsVariableEnabled() {
    this._isVariableEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isVariableEnabledInput() {
    return this._isVariableEnabled;
  }

  // name - computed: true, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // source_id - computed: true, optional: false, required: true
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

  // source_metric_type - computed: true, optional: true, required: false
  private _sourceMetricType?: string; 
  public get sourceMetricType() {
    return this.getStringAttribute('source_metric_type');
  }
  public set sourceMetricType(value: string) {
    this._sourceMetricType = value;
  }
  public resetSourceMetricType() {
    this._sourceMetricType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceMetricTypeInput() {
    return this._sourceMetricType;
  }

  // type - computed: true, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // variable_name - computed: true, optional: true, required: false
  private _variableName?: string; 
  public get variableName() {
    return this.getStringAttribute('variable_name');
  }
  public set variableName(value: string) {
    this._variableName = value;
  }
  public resetVariableName() {
    this._variableName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get variableNameInput() {
    return this._variableName;
  }

  // where - computed: true, optional: true, required: false
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

  // where_language - computed: true, optional: true, required: false
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

export class DashboardFiltersList extends cdktn.ComplexList {
  public internalValue? : DashboardFilters[] | cdktn.IResolvable

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
  public get(index: number): DashboardFiltersOutputReference {
    return new DashboardFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardHeatmapTilesNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardHeatmapTilesNumberFormatToTerraform(struct?: DashboardHeatmapTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardHeatmapTilesNumberFormatToHclTerraform(struct?: DashboardHeatmapTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardHeatmapTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardHeatmapTilesNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardHeatmapTilesNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardHeatmapTilesSelect {
  /**
  * Expression counted per cell (defaults to a row count).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#count_expression Dashboard#count_expression}
  */
  readonly countExpression?: string;
  /**
  * `log` or `linear` scale.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#heatmap_scale_type Dashboard#heatmap_scale_type}
  */
  readonly heatmapScaleType?: string;
  /**
  * Expression whose distribution is plotted, such as a duration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_expression Dashboard#value_expression}
  */
  readonly valueExpression: string;
}

export function dashboardHeatmapTilesSelectToTerraform(struct?: DashboardHeatmapTilesSelect | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    count_expression: cdktn.stringToTerraform(struct!.countExpression),
    heatmap_scale_type: cdktn.stringToTerraform(struct!.heatmapScaleType),
    value_expression: cdktn.stringToTerraform(struct!.valueExpression),
  }
}


export function dashboardHeatmapTilesSelectToHclTerraform(struct?: DashboardHeatmapTilesSelect | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    count_expression: {
      value: cdktn.stringToHclTerraform(struct!.countExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    heatmap_scale_type: {
      value: cdktn.stringToHclTerraform(struct!.heatmapScaleType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_expression: {
      value: cdktn.stringToHclTerraform(struct!.valueExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardHeatmapTilesSelectOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardHeatmapTilesSelect | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._countExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.countExpression = this._countExpression;
    }
    if (this._heatmapScaleType !== undefined) {
      hasAnyValues = true;
      internalValueResult.heatmapScaleType = this._heatmapScaleType;
    }
    if (this._valueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueExpression = this._valueExpression;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardHeatmapTilesSelect | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._countExpression = undefined;
      this._heatmapScaleType = undefined;
      this._valueExpression = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._countExpression = value.countExpression;
      this._heatmapScaleType = value.heatmapScaleType;
      this._valueExpression = value.valueExpression;
    }
  }

  // count_expression - computed: false, optional: true, required: false
  private _countExpression?: string; 
  public get countExpression() {
    return this.getStringAttribute('count_expression');
  }
  public set countExpression(value: string) {
    this._countExpression = value;
  }
  public resetCountExpression() {
    this._countExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get countExpressionInput() {
    return this._countExpression;
  }

  // heatmap_scale_type - computed: false, optional: true, required: false
  private _heatmapScaleType?: string; 
  public get heatmapScaleType() {
    return this.getStringAttribute('heatmap_scale_type');
  }
  public set heatmapScaleType(value: string) {
    this._heatmapScaleType = value;
  }
  public resetHeatmapScaleType() {
    this._heatmapScaleType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heatmapScaleTypeInput() {
    return this._heatmapScaleType;
  }

  // value_expression - computed: false, optional: false, required: true
  private _valueExpression?: string; 
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }
  public set valueExpression(value: string) {
    this._valueExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueExpressionInput() {
    return this._valueExpression;
  }
}

export class DashboardHeatmapTilesSelectList extends cdktn.ComplexList {
  public internalValue? : DashboardHeatmapTilesSelect[] | cdktn.IResolvable

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
  public get(index: number): DashboardHeatmapTilesSelectOutputReference {
    return new DashboardHeatmapTilesSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardHeatmapTiles {
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardHeatmapTilesNumberFormat;
  /**
  * The distribution plotted (exactly 1).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select: DashboardHeatmapTilesSelect[] | cdktn.IResolvable;
  /**
  * Id of a trace source.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Filter. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardHeatmapTilesToTerraform(struct?: DashboardHeatmapTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    container_id: cdktn.stringToTerraform(struct!.containerId),
    h: cdktn.numberToTerraform(struct!.h),
    key: cdktn.stringToTerraform(struct!.key),
    name: cdktn.stringToTerraform(struct!.name),
    number_format: dashboardHeatmapTilesNumberFormatToTerraform(struct!.numberFormat),
    select: cdktn.listMapper(dashboardHeatmapTilesSelectToTerraform, false)(struct!.select),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    tab_id: cdktn.stringToTerraform(struct!.tabId),
    w: cdktn.numberToTerraform(struct!.w),
    where: cdktn.stringToTerraform(struct!.where),
    where_language: cdktn.stringToTerraform(struct!.whereLanguage),
    x: cdktn.numberToTerraform(struct!.x),
    y: cdktn.numberToTerraform(struct!.y),
  }
}


export function dashboardHeatmapTilesToHclTerraform(struct?: DashboardHeatmapTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    container_id: {
      value: cdktn.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    h: {
      value: cdktn.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
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
    number_format: {
      value: dashboardHeatmapTilesNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardHeatmapTilesNumberFormat",
    },
    select: {
      value: cdktn.listMapperHcl(dashboardHeatmapTilesSelectToHclTerraform, false)(struct!.select),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardHeatmapTilesSelectList",
    },
    source_id: {
      value: cdktn.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tab_id: {
      value: cdktn.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktn.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
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
    x: {
      value: cdktn.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktn.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardHeatmapTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardHeatmapTiles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._select?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select?.internalValue;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._where !== undefined) {
      hasAnyValues = true;
      internalValueResult.where = this._where;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardHeatmapTiles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._containerId = undefined;
      this._h = undefined;
      this._key = undefined;
      this._name = undefined;
      this._numberFormat.internalValue = undefined;
      this._select.internalValue = undefined;
      this._sourceId = undefined;
      this._tabId = undefined;
      this._w = undefined;
      this._where = undefined;
      this._whereLanguage = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._containerId = value.containerId;
      this._h = value.h;
      this._key = value.key;
      this._name = value.name;
      this._numberFormat.internalValue = value.numberFormat;
      this._select.internalValue = value.select;
      this._sourceId = value.sourceId;
      this._tabId = value.tabId;
      this._w = value.w;
      this._where = value.where;
      this._whereLanguage = value.whereLanguage;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
  }

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardHeatmapTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardHeatmapTilesNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // select - computed: false, optional: false, required: true
  private _select = new DashboardHeatmapTilesSelectList(this, "select", false);
  public get select() {
    return this._select;
  }
  public putSelect(value: DashboardHeatmapTilesSelect[] | cdktn.IResolvable) {
    this._select.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select.internalValue;
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

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // where - computed: true, optional: true, required: false
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

  // where_language - computed: true, optional: true, required: false
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

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardHeatmapTilesList extends cdktn.ComplexList {
  public internalValue? : DashboardHeatmapTiles[] | cdktn.IResolvable

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
  public get(index: number): DashboardHeatmapTilesOutputReference {
    return new DashboardHeatmapTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardLineTilesFormulasNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardLineTilesFormulasNumberFormatToTerraform(struct?: DashboardLineTilesFormulasNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardLineTilesFormulasNumberFormatToHclTerraform(struct?: DashboardLineTilesFormulasNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardLineTilesFormulasNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardLineTilesFormulasNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardLineTilesFormulasNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardLineTilesFormulas {
  /**
  * Name of the formula series.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Formula over the select items, referenced as A, B, C ...
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#expression Dashboard#expression}
  */
  readonly expression: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardLineTilesFormulasNumberFormat;
}

export function dashboardLineTilesFormulasToTerraform(struct?: DashboardLineTilesFormulas | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    alias: cdktn.stringToTerraform(struct!.alias),
    expression: cdktn.stringToTerraform(struct!.expression),
    number_format: dashboardLineTilesFormulasNumberFormatToTerraform(struct!.numberFormat),
  }
}


export function dashboardLineTilesFormulasToHclTerraform(struct?: DashboardLineTilesFormulas | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    alias: {
      value: cdktn.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    expression: {
      value: cdktn.stringToHclTerraform(struct!.expression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardLineTilesFormulasNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardLineTilesFormulasNumberFormat",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardLineTilesFormulasOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardLineTilesFormulas | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._expression !== undefined) {
      hasAnyValues = true;
      internalValueResult.expression = this._expression;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardLineTilesFormulas | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alias = undefined;
      this._expression = undefined;
      this._numberFormat.internalValue = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alias = value.alias;
      this._expression = value.expression;
      this._numberFormat.internalValue = value.numberFormat;
    }
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // expression - computed: false, optional: false, required: true
  private _expression?: string; 
  public get expression() {
    return this.getStringAttribute('expression');
  }
  public set expression(value: string) {
    this._expression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionInput() {
    return this._expression;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardLineTilesFormulasNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardLineTilesFormulasNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }
}

export class DashboardLineTilesFormulasList extends cdktn.ComplexList {
  public internalValue? : DashboardLineTilesFormulas[] | cdktn.IResolvable

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
  public get(index: number): DashboardLineTilesFormulasOutputReference {
    return new DashboardLineTilesFormulasOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardLineTilesNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardLineTilesNumberFormatToTerraform(struct?: DashboardLineTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardLineTilesNumberFormatToHclTerraform(struct?: DashboardLineTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardLineTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardLineTilesNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardLineTilesNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardLineTilesSelectNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardLineTilesSelectNumberFormatToTerraform(struct?: DashboardLineTilesSelectNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardLineTilesSelectNumberFormatToHclTerraform(struct?: DashboardLineTilesSelectNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardLineTilesSelectNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardLineTilesSelectNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardLineTilesSelectNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardLineTilesSelect {
  /**
  * Aggregation: `avg`, `count`, `count_distinct`, `last_value`, `max`, `min`, `quantile`, `sum`, `any`, `none`, `increase`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#agg_fn Dashboard#agg_fn}
  */
  readonly aggFn: string;
  /**
  * Series name shown in the legend.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Quantile level (0.5, 0.9, 0.95 or 0.99); only with `agg_fn = "quantile"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#level Dashboard#level}
  */
  readonly level?: number;
  /**
  * Metric name, for metric sources.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_name Dashboard#metric_name}
  */
  readonly metricName?: string;
  /**
  * Metric data type, for metric sources: `sum`, `gauge`, `histogram`, `summary`, `exponential histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_type Dashboard#metric_type}
  */
  readonly metricType?: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardLineTilesSelectNumberFormat;
  /**
  * Per-period aggregation applied before `agg_fn`: `delta`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#period_agg_fn Dashboard#period_agg_fn}
  */
  readonly periodAggFn?: string;
  /**
  * Column or SQL expression aggregated. Required unless `agg_fn` is `count`, where it must be left out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_expression Dashboard#value_expression}
  */
  readonly valueExpression?: string;
  /**
  * Filter of this series only. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardLineTilesSelectToTerraform(struct?: DashboardLineTilesSelect | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    agg_fn: cdktn.stringToTerraform(struct!.aggFn),
    alias: cdktn.stringToTerraform(struct!.alias),
    level: cdktn.numberToTerraform(struct!.level),
    metric_name: cdktn.stringToTerraform(struct!.metricName),
    metric_type: cdktn.stringToTerraform(struct!.metricType),
    number_format: dashboardLineTilesSelectNumberFormatToTerraform(struct!.numberFormat),
    period_agg_fn: cdktn.stringToTerraform(struct!.periodAggFn),
    value_expression: cdktn.stringToTerraform(struct!.valueExpression),
    where: cdktn.stringToTerraform(struct!.where),
    where_language: cdktn.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardLineTilesSelectToHclTerraform(struct?: DashboardLineTilesSelect | cdktn.IResolvable): any {
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
    alias: {
      value: cdktn.stringToHclTerraform(struct!.alias),
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
    metric_name: {
      value: cdktn.stringToHclTerraform(struct!.metricName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    metric_type: {
      value: cdktn.stringToHclTerraform(struct!.metricType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardLineTilesSelectNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardLineTilesSelectNumberFormat",
    },
    period_agg_fn: {
      value: cdktn.stringToHclTerraform(struct!.periodAggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_expression: {
      value: cdktn.stringToHclTerraform(struct!.valueExpression),
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

export class DashboardLineTilesSelectOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardLineTilesSelect | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggFn = this._aggFn;
    }
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._level !== undefined) {
      hasAnyValues = true;
      internalValueResult.level = this._level;
    }
    if (this._metricName !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricName = this._metricName;
    }
    if (this._metricType !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricType = this._metricType;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._periodAggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.periodAggFn = this._periodAggFn;
    }
    if (this._valueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueExpression = this._valueExpression;
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

  public set internalValue(value: DashboardLineTilesSelect | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggFn = undefined;
      this._alias = undefined;
      this._level = undefined;
      this._metricName = undefined;
      this._metricType = undefined;
      this._numberFormat.internalValue = undefined;
      this._periodAggFn = undefined;
      this._valueExpression = undefined;
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
      this._alias = value.alias;
      this._level = value.level;
      this._metricName = value.metricName;
      this._metricType = value.metricType;
      this._numberFormat.internalValue = value.numberFormat;
      this._periodAggFn = value.periodAggFn;
      this._valueExpression = value.valueExpression;
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

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
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

  // metric_type - computed: false, optional: true, required: false
  private _metricType?: string; 
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }
  public set metricType(value: string) {
    this._metricType = value;
  }
  public resetMetricType() {
    this._metricType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricTypeInput() {
    return this._metricType;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardLineTilesSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardLineTilesSelectNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // period_agg_fn - computed: false, optional: true, required: false
  private _periodAggFn?: string; 
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }
  public set periodAggFn(value: string) {
    this._periodAggFn = value;
  }
  public resetPeriodAggFn() {
    this._periodAggFn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodAggFnInput() {
    return this._periodAggFn;
  }

  // value_expression - computed: false, optional: true, required: false
  private _valueExpression?: string; 
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }
  public set valueExpression(value: string) {
    this._valueExpression = value;
  }
  public resetValueExpression() {
    this._valueExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueExpressionInput() {
    return this._valueExpression;
  }

  // where - computed: true, optional: true, required: false
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

  // where_language - computed: true, optional: true, required: false
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

export class DashboardLineTilesSelectList extends cdktn.ComplexList {
  public internalValue? : DashboardLineTilesSelect[] | cdktn.IResolvable

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
  public get(index: number): DashboardLineTilesSelectOutputReference {
    return new DashboardLineTilesSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardLineTiles {
  /**
  * Align the time range to whole buckets.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#align_date_range_to_granularity Dashboard#align_date_range_to_granularity}
  */
  readonly alignDateRangeToGranularity?: boolean | cdktn.IResolvable;
  /**
  * Plot the first series divided by the second (needs exactly 2 select items). Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#as_ratio Dashboard#as_ratio}
  */
  readonly asRatio?: boolean | cdktn.IResolvable;
  /**
  * Also plot the previous period.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#compare_to_previous_period Dashboard#compare_to_previous_period}
  */
  readonly compareToPreviousPeriod?: boolean | cdktn.IResolvable;
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * Plot missing buckets as zero. Defaults to `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#fill_nulls Dashboard#fill_nulls}
  */
  readonly fillNulls?: boolean | cdktn.IResolvable;
  /**
  * Fit the y axis to the data rather than starting at zero.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#fit_y_axis_to_data Dashboard#fit_y_axis_to_data}
  */
  readonly fitYAxisToData?: boolean | cdktn.IResolvable;
  /**
  * Formulas over the select items (up to 10), such as `A / B`. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#formulas Dashboard#formulas}
  */
  readonly formulas?: DashboardLineTilesFormulas[] | cdktn.IResolvable;
  /**
  * Group by expression (one series per group).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#group_by Dashboard#group_by}
  */
  readonly groupBy?: string;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardLineTilesNumberFormat;
  /**
  * Series plotted (1 to 20).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select: DashboardLineTilesSelect[] | cdktn.IResolvable;
  /**
  * Maximum series shown; 0 means unlimited. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#series_limit Dashboard#series_limit}
  */
  readonly seriesLimit?: number;
  /**
  * Show the select series alongside the formulas. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#show_operand_series Dashboard#show_operand_series}
  */
  readonly showOperandSeries?: boolean | cdktn.IResolvable;
  /**
  * Id of the source queried (see the `clickstack_source` data source).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardLineTilesToTerraform(struct?: DashboardLineTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    align_date_range_to_granularity: cdktn.booleanToTerraform(struct!.alignDateRangeToGranularity),
    as_ratio: cdktn.booleanToTerraform(struct!.asRatio),
    compare_to_previous_period: cdktn.booleanToTerraform(struct!.compareToPreviousPeriod),
    container_id: cdktn.stringToTerraform(struct!.containerId),
    fill_nulls: cdktn.booleanToTerraform(struct!.fillNulls),
    fit_y_axis_to_data: cdktn.booleanToTerraform(struct!.fitYAxisToData),
    formulas: cdktn.listMapper(dashboardLineTilesFormulasToTerraform, false)(struct!.formulas),
    group_by: cdktn.stringToTerraform(struct!.groupBy),
    h: cdktn.numberToTerraform(struct!.h),
    key: cdktn.stringToTerraform(struct!.key),
    name: cdktn.stringToTerraform(struct!.name),
    number_format: dashboardLineTilesNumberFormatToTerraform(struct!.numberFormat),
    select: cdktn.listMapper(dashboardLineTilesSelectToTerraform, false)(struct!.select),
    series_limit: cdktn.numberToTerraform(struct!.seriesLimit),
    show_operand_series: cdktn.booleanToTerraform(struct!.showOperandSeries),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    tab_id: cdktn.stringToTerraform(struct!.tabId),
    w: cdktn.numberToTerraform(struct!.w),
    x: cdktn.numberToTerraform(struct!.x),
    y: cdktn.numberToTerraform(struct!.y),
  }
}


export function dashboardLineTilesToHclTerraform(struct?: DashboardLineTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    align_date_range_to_granularity: {
      value: cdktn.booleanToHclTerraform(struct!.alignDateRangeToGranularity),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    as_ratio: {
      value: cdktn.booleanToHclTerraform(struct!.asRatio),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    compare_to_previous_period: {
      value: cdktn.booleanToHclTerraform(struct!.compareToPreviousPeriod),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    container_id: {
      value: cdktn.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    fill_nulls: {
      value: cdktn.booleanToHclTerraform(struct!.fillNulls),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    fit_y_axis_to_data: {
      value: cdktn.booleanToHclTerraform(struct!.fitYAxisToData),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    formulas: {
      value: cdktn.listMapperHcl(dashboardLineTilesFormulasToHclTerraform, false)(struct!.formulas),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardLineTilesFormulasList",
    },
    group_by: {
      value: cdktn.stringToHclTerraform(struct!.groupBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    h: {
      value: cdktn.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
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
    number_format: {
      value: dashboardLineTilesNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardLineTilesNumberFormat",
    },
    select: {
      value: cdktn.listMapperHcl(dashboardLineTilesSelectToHclTerraform, false)(struct!.select),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardLineTilesSelectList",
    },
    series_limit: {
      value: cdktn.numberToHclTerraform(struct!.seriesLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    show_operand_series: {
      value: cdktn.booleanToHclTerraform(struct!.showOperandSeries),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    source_id: {
      value: cdktn.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tab_id: {
      value: cdktn.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktn.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    x: {
      value: cdktn.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktn.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardLineTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardLineTiles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alignDateRangeToGranularity !== undefined) {
      hasAnyValues = true;
      internalValueResult.alignDateRangeToGranularity = this._alignDateRangeToGranularity;
    }
    if (this._asRatio !== undefined) {
      hasAnyValues = true;
      internalValueResult.asRatio = this._asRatio;
    }
    if (this._compareToPreviousPeriod !== undefined) {
      hasAnyValues = true;
      internalValueResult.compareToPreviousPeriod = this._compareToPreviousPeriod;
    }
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._fillNulls !== undefined) {
      hasAnyValues = true;
      internalValueResult.fillNulls = this._fillNulls;
    }
    if (this._fitYAxisToData !== undefined) {
      hasAnyValues = true;
      internalValueResult.fitYAxisToData = this._fitYAxisToData;
    }
    if (this._formulas?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.formulas = this._formulas?.internalValue;
    }
    if (this._groupBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.groupBy = this._groupBy;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._select?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select?.internalValue;
    }
    if (this._seriesLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.seriesLimit = this._seriesLimit;
    }
    if (this._showOperandSeries !== undefined) {
      hasAnyValues = true;
      internalValueResult.showOperandSeries = this._showOperandSeries;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardLineTiles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alignDateRangeToGranularity = undefined;
      this._asRatio = undefined;
      this._compareToPreviousPeriod = undefined;
      this._containerId = undefined;
      this._fillNulls = undefined;
      this._fitYAxisToData = undefined;
      this._formulas.internalValue = undefined;
      this._groupBy = undefined;
      this._h = undefined;
      this._key = undefined;
      this._name = undefined;
      this._numberFormat.internalValue = undefined;
      this._select.internalValue = undefined;
      this._seriesLimit = undefined;
      this._showOperandSeries = undefined;
      this._sourceId = undefined;
      this._tabId = undefined;
      this._w = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alignDateRangeToGranularity = value.alignDateRangeToGranularity;
      this._asRatio = value.asRatio;
      this._compareToPreviousPeriod = value.compareToPreviousPeriod;
      this._containerId = value.containerId;
      this._fillNulls = value.fillNulls;
      this._fitYAxisToData = value.fitYAxisToData;
      this._formulas.internalValue = value.formulas;
      this._groupBy = value.groupBy;
      this._h = value.h;
      this._key = value.key;
      this._name = value.name;
      this._numberFormat.internalValue = value.numberFormat;
      this._select.internalValue = value.select;
      this._seriesLimit = value.seriesLimit;
      this._showOperandSeries = value.showOperandSeries;
      this._sourceId = value.sourceId;
      this._tabId = value.tabId;
      this._w = value.w;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // align_date_range_to_granularity - computed: false, optional: true, required: false
  private _alignDateRangeToGranularity?: boolean | cdktn.IResolvable; 
  public get alignDateRangeToGranularity() {
    return this.getBooleanAttribute('align_date_range_to_granularity');
  }
  public set alignDateRangeToGranularity(value: boolean | cdktn.IResolvable) {
    this._alignDateRangeToGranularity = value;
  }
  public resetAlignDateRangeToGranularity() {
    this._alignDateRangeToGranularity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignDateRangeToGranularityInput() {
    return this._alignDateRangeToGranularity;
  }

  // as_ratio - computed: true, optional: true, required: false
  private _asRatio?: boolean | cdktn.IResolvable; 
  public get asRatio() {
    return this.getBooleanAttribute('as_ratio');
  }
  public set asRatio(value: boolean | cdktn.IResolvable) {
    this._asRatio = value;
  }
  public resetAsRatio() {
    this._asRatio = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asRatioInput() {
    return this._asRatio;
  }

  // compare_to_previous_period - computed: false, optional: true, required: false
  private _compareToPreviousPeriod?: boolean | cdktn.IResolvable; 
  public get compareToPreviousPeriod() {
    return this.getBooleanAttribute('compare_to_previous_period');
  }
  public set compareToPreviousPeriod(value: boolean | cdktn.IResolvable) {
    this._compareToPreviousPeriod = value;
  }
  public resetCompareToPreviousPeriod() {
    this._compareToPreviousPeriod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get compareToPreviousPeriodInput() {
    return this._compareToPreviousPeriod;
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
  }

  // fill_nulls - computed: true, optional: true, required: false
  private _fillNulls?: boolean | cdktn.IResolvable; 
  public get fillNulls() {
    return this.getBooleanAttribute('fill_nulls');
  }
  public set fillNulls(value: boolean | cdktn.IResolvable) {
    this._fillNulls = value;
  }
  public resetFillNulls() {
    this._fillNulls = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fillNullsInput() {
    return this._fillNulls;
  }

  // fit_y_axis_to_data - computed: false, optional: true, required: false
  private _fitYAxisToData?: boolean | cdktn.IResolvable; 
  public get fitYAxisToData() {
    return this.getBooleanAttribute('fit_y_axis_to_data');
  }
  public set fitYAxisToData(value: boolean | cdktn.IResolvable) {
    this._fitYAxisToData = value;
  }
  public resetFitYAxisToData() {
    this._fitYAxisToData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fitYAxisToDataInput() {
    return this._fitYAxisToData;
  }

  // formulas - computed: false, optional: true, required: false
  private _formulas = new DashboardLineTilesFormulasList(this, "formulas", false);
  public get formulas() {
    return this._formulas;
  }
  public putFormulas(value: DashboardLineTilesFormulas[] | cdktn.IResolvable) {
    this._formulas.internalValue = value;
  }
  public resetFormulas() {
    this._formulas.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get formulasInput() {
    return this._formulas.internalValue;
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

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardLineTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardLineTilesNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // select - computed: false, optional: false, required: true
  private _select = new DashboardLineTilesSelectList(this, "select", false);
  public get select() {
    return this._select;
  }
  public putSelect(value: DashboardLineTilesSelect[] | cdktn.IResolvable) {
    this._select.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select.internalValue;
  }

  // series_limit - computed: false, optional: true, required: false
  private _seriesLimit?: number; 
  public get seriesLimit() {
    return this.getNumberAttribute('series_limit');
  }
  public set seriesLimit(value: number) {
    this._seriesLimit = value;
  }
  public resetSeriesLimit() {
    this._seriesLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get seriesLimitInput() {
    return this._seriesLimit;
  }

  // show_operand_series - computed: false, optional: true, required: false
  private _showOperandSeries?: boolean | cdktn.IResolvable; 
  public get showOperandSeries() {
    return this.getBooleanAttribute('show_operand_series');
  }
  public set showOperandSeries(value: boolean | cdktn.IResolvable) {
    this._showOperandSeries = value;
  }
  public resetShowOperandSeries() {
    this._showOperandSeries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get showOperandSeriesInput() {
    return this._showOperandSeries;
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

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardLineTilesList extends cdktn.ComplexList {
  public internalValue? : DashboardLineTiles[] | cdktn.IResolvable

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
  public get(index: number): DashboardLineTilesOutputReference {
    return new DashboardLineTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardMarkdownTiles {
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Markdown shown in the tile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#text Dashboard#text}
  */
  readonly text?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardMarkdownTilesToTerraform(struct?: DashboardMarkdownTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    container_id: cdktn.stringToTerraform(struct!.containerId),
    h: cdktn.numberToTerraform(struct!.h),
    key: cdktn.stringToTerraform(struct!.key),
    name: cdktn.stringToTerraform(struct!.name),
    tab_id: cdktn.stringToTerraform(struct!.tabId),
    text: cdktn.stringToTerraform(struct!.text),
    w: cdktn.numberToTerraform(struct!.w),
    x: cdktn.numberToTerraform(struct!.x),
    y: cdktn.numberToTerraform(struct!.y),
  }
}


export function dashboardMarkdownTilesToHclTerraform(struct?: DashboardMarkdownTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    container_id: {
      value: cdktn.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    h: {
      value: cdktn.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
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
    tab_id: {
      value: cdktn.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    text: {
      value: cdktn.stringToHclTerraform(struct!.text),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktn.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    x: {
      value: cdktn.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktn.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardMarkdownTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardMarkdownTiles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._text !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardMarkdownTiles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._containerId = undefined;
      this._h = undefined;
      this._key = undefined;
      this._name = undefined;
      this._tabId = undefined;
      this._text = undefined;
      this._w = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._containerId = value.containerId;
      this._h = value.h;
      this._key = value.key;
      this._name = value.name;
      this._tabId = value.tabId;
      this._text = value.text;
      this._w = value.w;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
  }

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // text - computed: false, optional: true, required: false
  private _text?: string; 
  public get text() {
    return this.getStringAttribute('text');
  }
  public set text(value: string) {
    this._text = value;
  }
  public resetText() {
    this._text = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textInput() {
    return this._text;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardMarkdownTilesList extends cdktn.ComplexList {
  public internalValue? : DashboardMarkdownTiles[] | cdktn.IResolvable

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
  public get(index: number): DashboardMarkdownTilesOutputReference {
    return new DashboardMarkdownTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardNumberTilesBackgroundChart {
  /**
  * Palette token: `chart-blue`, `chart-orange`, `chart-red`, `chart-cyan`, `chart-green`, `chart-pink`, `chart-purple`, `chart-light-blue`, `chart-brown`, `chart-gray`, `chart-success`, `chart-warning`, `chart-error`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#color Dashboard#color}
  */
  readonly color?: string;
  /**
  * `line` or `area`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#type Dashboard#type}
  */
  readonly type: string;
}

export function dashboardNumberTilesBackgroundChartToTerraform(struct?: DashboardNumberTilesBackgroundChart | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    color: cdktn.stringToTerraform(struct!.color),
    type: cdktn.stringToTerraform(struct!.type),
  }
}


export function dashboardNumberTilesBackgroundChartToHclTerraform(struct?: DashboardNumberTilesBackgroundChart | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    color: {
      value: cdktn.stringToHclTerraform(struct!.color),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktn.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardNumberTilesBackgroundChartOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardNumberTilesBackgroundChart | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._color !== undefined) {
      hasAnyValues = true;
      internalValueResult.color = this._color;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardNumberTilesBackgroundChart | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._color = undefined;
      this._type = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._color = value.color;
      this._type = value.type;
    }
  }

  // color - computed: false, optional: true, required: false
  private _color?: string; 
  public get color() {
    return this.getStringAttribute('color');
  }
  public set color(value: string) {
    this._color = value;
  }
  public resetColor() {
    this._color = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get colorInput() {
    return this._color;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}
export interface DashboardNumberTilesColorRules {
  /**
  * Palette token: `chart-blue`, `chart-orange`, `chart-red`, `chart-cyan`, `chart-green`, `chart-pink`, `chart-purple`, `chart-light-blue`, `chart-brown`, `chart-gray`, `chart-success`, `chart-warning`, `chart-error`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#color Dashboard#color}
  */
  readonly color: string;
  /**
  * Label shown with the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#label Dashboard#label}
  */
  readonly label?: string;
  /**
  * `gt`, `gte`, `lt`, `lte`, `between`, `eq` or `neq`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#operator Dashboard#operator}
  */
  readonly operator: string;
  /**
  * Number compared with (lower bound for `between`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value Dashboard#value}
  */
  readonly value?: number;
  /**
  * Upper bound, for `between` only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_max Dashboard#value_max}
  */
  readonly valueMax?: number;
  /**
  * Text compared with, for `eq` and `neq` on text values (instead of `value`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_text Dashboard#value_text}
  */
  readonly valueText?: string;
}

export function dashboardNumberTilesColorRulesToTerraform(struct?: DashboardNumberTilesColorRules | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    color: cdktn.stringToTerraform(struct!.color),
    label: cdktn.stringToTerraform(struct!.label),
    operator: cdktn.stringToTerraform(struct!.operator),
    value: cdktn.numberToTerraform(struct!.value),
    value_max: cdktn.numberToTerraform(struct!.valueMax),
    value_text: cdktn.stringToTerraform(struct!.valueText),
  }
}


export function dashboardNumberTilesColorRulesToHclTerraform(struct?: DashboardNumberTilesColorRules | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    color: {
      value: cdktn.stringToHclTerraform(struct!.color),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    label: {
      value: cdktn.stringToHclTerraform(struct!.label),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    operator: {
      value: cdktn.stringToHclTerraform(struct!.operator),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktn.numberToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    value_max: {
      value: cdktn.numberToHclTerraform(struct!.valueMax),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    value_text: {
      value: cdktn.stringToHclTerraform(struct!.valueText),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardNumberTilesColorRulesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardNumberTilesColorRules | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._color !== undefined) {
      hasAnyValues = true;
      internalValueResult.color = this._color;
    }
    if (this._label !== undefined) {
      hasAnyValues = true;
      internalValueResult.label = this._label;
    }
    if (this._operator !== undefined) {
      hasAnyValues = true;
      internalValueResult.operator = this._operator;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    if (this._valueMax !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueMax = this._valueMax;
    }
    if (this._valueText !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueText = this._valueText;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardNumberTilesColorRules | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._color = undefined;
      this._label = undefined;
      this._operator = undefined;
      this._value = undefined;
      this._valueMax = undefined;
      this._valueText = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._color = value.color;
      this._label = value.label;
      this._operator = value.operator;
      this._value = value.value;
      this._valueMax = value.valueMax;
      this._valueText = value.valueText;
    }
  }

  // color - computed: false, optional: false, required: true
  private _color?: string; 
  public get color() {
    return this.getStringAttribute('color');
  }
  public set color(value: string) {
    this._color = value;
  }
  // Temporarily expose input value. Use with caution.
  public get colorInput() {
    return this._color;
  }

  // label - computed: false, optional: true, required: false
  private _label?: string; 
  public get label() {
    return this.getStringAttribute('label');
  }
  public set label(value: string) {
    this._label = value;
  }
  public resetLabel() {
    this._label = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelInput() {
    return this._label;
  }

  // operator - computed: false, optional: false, required: true
  private _operator?: string; 
  public get operator() {
    return this.getStringAttribute('operator');
  }
  public set operator(value: string) {
    this._operator = value;
  }
  // Temporarily expose input value. Use with caution.
  public get operatorInput() {
    return this._operator;
  }

  // value - computed: false, optional: true, required: false
  private _value?: number; 
  public get value() {
    return this.getNumberAttribute('value');
  }
  public set value(value: number) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }

  // value_max - computed: false, optional: true, required: false
  private _valueMax?: number; 
  public get valueMax() {
    return this.getNumberAttribute('value_max');
  }
  public set valueMax(value: number) {
    this._valueMax = value;
  }
  public resetValueMax() {
    this._valueMax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueMaxInput() {
    return this._valueMax;
  }

  // value_text - computed: false, optional: true, required: false
  private _valueText?: string; 
  public get valueText() {
    return this.getStringAttribute('value_text');
  }
  public set valueText(value: string) {
    this._valueText = value;
  }
  public resetValueText() {
    this._valueText = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueTextInput() {
    return this._valueText;
  }
}

export class DashboardNumberTilesColorRulesList extends cdktn.ComplexList {
  public internalValue? : DashboardNumberTilesColorRules[] | cdktn.IResolvable

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
  public get(index: number): DashboardNumberTilesColorRulesOutputReference {
    return new DashboardNumberTilesColorRulesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardNumberTilesFormulasNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardNumberTilesFormulasNumberFormatToTerraform(struct?: DashboardNumberTilesFormulasNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardNumberTilesFormulasNumberFormatToHclTerraform(struct?: DashboardNumberTilesFormulasNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardNumberTilesFormulasNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardNumberTilesFormulasNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardNumberTilesFormulasNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardNumberTilesFormulas {
  /**
  * Name of the formula series.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Formula over the select items, referenced as A, B, C ...
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#expression Dashboard#expression}
  */
  readonly expression: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardNumberTilesFormulasNumberFormat;
}

export function dashboardNumberTilesFormulasToTerraform(struct?: DashboardNumberTilesFormulas | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    alias: cdktn.stringToTerraform(struct!.alias),
    expression: cdktn.stringToTerraform(struct!.expression),
    number_format: dashboardNumberTilesFormulasNumberFormatToTerraform(struct!.numberFormat),
  }
}


export function dashboardNumberTilesFormulasToHclTerraform(struct?: DashboardNumberTilesFormulas | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    alias: {
      value: cdktn.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    expression: {
      value: cdktn.stringToHclTerraform(struct!.expression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardNumberTilesFormulasNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardNumberTilesFormulasNumberFormat",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardNumberTilesFormulasOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardNumberTilesFormulas | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._expression !== undefined) {
      hasAnyValues = true;
      internalValueResult.expression = this._expression;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardNumberTilesFormulas | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alias = undefined;
      this._expression = undefined;
      this._numberFormat.internalValue = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alias = value.alias;
      this._expression = value.expression;
      this._numberFormat.internalValue = value.numberFormat;
    }
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // expression - computed: false, optional: false, required: true
  private _expression?: string; 
  public get expression() {
    return this.getStringAttribute('expression');
  }
  public set expression(value: string) {
    this._expression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionInput() {
    return this._expression;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardNumberTilesFormulasNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardNumberTilesFormulasNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }
}

export class DashboardNumberTilesFormulasList extends cdktn.ComplexList {
  public internalValue? : DashboardNumberTilesFormulas[] | cdktn.IResolvable

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
  public get(index: number): DashboardNumberTilesFormulasOutputReference {
    return new DashboardNumberTilesFormulasOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardNumberTilesNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardNumberTilesNumberFormatToTerraform(struct?: DashboardNumberTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardNumberTilesNumberFormatToHclTerraform(struct?: DashboardNumberTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardNumberTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardNumberTilesNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardNumberTilesNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardNumberTilesSelectNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardNumberTilesSelectNumberFormatToTerraform(struct?: DashboardNumberTilesSelectNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardNumberTilesSelectNumberFormatToHclTerraform(struct?: DashboardNumberTilesSelectNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardNumberTilesSelectNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardNumberTilesSelectNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardNumberTilesSelectNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardNumberTilesSelect {
  /**
  * Aggregation: `avg`, `count`, `count_distinct`, `last_value`, `max`, `min`, `quantile`, `sum`, `any`, `none`, `increase`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#agg_fn Dashboard#agg_fn}
  */
  readonly aggFn: string;
  /**
  * Series name shown in the legend.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Quantile level (0.5, 0.9, 0.95 or 0.99); only with `agg_fn = "quantile"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#level Dashboard#level}
  */
  readonly level?: number;
  /**
  * Metric name, for metric sources.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_name Dashboard#metric_name}
  */
  readonly metricName?: string;
  /**
  * Metric data type, for metric sources: `sum`, `gauge`, `histogram`, `summary`, `exponential histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_type Dashboard#metric_type}
  */
  readonly metricType?: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardNumberTilesSelectNumberFormat;
  /**
  * Per-period aggregation applied before `agg_fn`: `delta`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#period_agg_fn Dashboard#period_agg_fn}
  */
  readonly periodAggFn?: string;
  /**
  * Column or SQL expression aggregated. Required unless `agg_fn` is `count`, where it must be left out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_expression Dashboard#value_expression}
  */
  readonly valueExpression?: string;
  /**
  * Filter of this series only. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardNumberTilesSelectToTerraform(struct?: DashboardNumberTilesSelect | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    agg_fn: cdktn.stringToTerraform(struct!.aggFn),
    alias: cdktn.stringToTerraform(struct!.alias),
    level: cdktn.numberToTerraform(struct!.level),
    metric_name: cdktn.stringToTerraform(struct!.metricName),
    metric_type: cdktn.stringToTerraform(struct!.metricType),
    number_format: dashboardNumberTilesSelectNumberFormatToTerraform(struct!.numberFormat),
    period_agg_fn: cdktn.stringToTerraform(struct!.periodAggFn),
    value_expression: cdktn.stringToTerraform(struct!.valueExpression),
    where: cdktn.stringToTerraform(struct!.where),
    where_language: cdktn.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardNumberTilesSelectToHclTerraform(struct?: DashboardNumberTilesSelect | cdktn.IResolvable): any {
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
    alias: {
      value: cdktn.stringToHclTerraform(struct!.alias),
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
    metric_name: {
      value: cdktn.stringToHclTerraform(struct!.metricName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    metric_type: {
      value: cdktn.stringToHclTerraform(struct!.metricType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardNumberTilesSelectNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardNumberTilesSelectNumberFormat",
    },
    period_agg_fn: {
      value: cdktn.stringToHclTerraform(struct!.periodAggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_expression: {
      value: cdktn.stringToHclTerraform(struct!.valueExpression),
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

export class DashboardNumberTilesSelectOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardNumberTilesSelect | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggFn = this._aggFn;
    }
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._level !== undefined) {
      hasAnyValues = true;
      internalValueResult.level = this._level;
    }
    if (this._metricName !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricName = this._metricName;
    }
    if (this._metricType !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricType = this._metricType;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._periodAggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.periodAggFn = this._periodAggFn;
    }
    if (this._valueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueExpression = this._valueExpression;
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

  public set internalValue(value: DashboardNumberTilesSelect | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggFn = undefined;
      this._alias = undefined;
      this._level = undefined;
      this._metricName = undefined;
      this._metricType = undefined;
      this._numberFormat.internalValue = undefined;
      this._periodAggFn = undefined;
      this._valueExpression = undefined;
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
      this._alias = value.alias;
      this._level = value.level;
      this._metricName = value.metricName;
      this._metricType = value.metricType;
      this._numberFormat.internalValue = value.numberFormat;
      this._periodAggFn = value.periodAggFn;
      this._valueExpression = value.valueExpression;
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

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
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

  // metric_type - computed: false, optional: true, required: false
  private _metricType?: string; 
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }
  public set metricType(value: string) {
    this._metricType = value;
  }
  public resetMetricType() {
    this._metricType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricTypeInput() {
    return this._metricType;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardNumberTilesSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardNumberTilesSelectNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // period_agg_fn - computed: false, optional: true, required: false
  private _periodAggFn?: string; 
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }
  public set periodAggFn(value: string) {
    this._periodAggFn = value;
  }
  public resetPeriodAggFn() {
    this._periodAggFn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodAggFnInput() {
    return this._periodAggFn;
  }

  // value_expression - computed: false, optional: true, required: false
  private _valueExpression?: string; 
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }
  public set valueExpression(value: string) {
    this._valueExpression = value;
  }
  public resetValueExpression() {
    this._valueExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueExpressionInput() {
    return this._valueExpression;
  }

  // where - computed: true, optional: true, required: false
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

  // where_language - computed: true, optional: true, required: false
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

export class DashboardNumberTilesSelectList extends cdktn.ComplexList {
  public internalValue? : DashboardNumberTilesSelect[] | cdktn.IResolvable

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
  public get(index: number): DashboardNumberTilesSelectOutputReference {
    return new DashboardNumberTilesSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardNumberTiles {
  /**
  * A small chart behind the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#background_chart Dashboard#background_chart}
  */
  readonly backgroundChart?: DashboardNumberTilesBackgroundChart;
  /**
  * Colour of the value: `chart-blue`, `chart-orange`, `chart-red`, `chart-cyan`, `chart-green`, `chart-pink`, `chart-purple`, `chart-light-blue`, `chart-brown`, `chart-gray`, `chart-success`, `chart-warning`, `chart-error`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#color Dashboard#color}
  */
  readonly color?: string;
  /**
  * Colour the value by thresholds (up to 10), first match wins.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#color_rules Dashboard#color_rules}
  */
  readonly colorRules?: DashboardNumberTilesColorRules[] | cdktn.IResolvable;
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * One formula combining the select items. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#formulas Dashboard#formulas}
  */
  readonly formulas?: DashboardNumberTilesFormulas[] | cdktn.IResolvable;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardNumberTilesNumberFormat;
  /**
  * The value shown: exactly 1 select item, or up to 20 combined by one formula.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select: DashboardNumberTilesSelect[] | cdktn.IResolvable;
  /**
  * Id of the source queried (see the `clickstack_source` data source).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardNumberTilesToTerraform(struct?: DashboardNumberTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    background_chart: dashboardNumberTilesBackgroundChartToTerraform(struct!.backgroundChart),
    color: cdktn.stringToTerraform(struct!.color),
    color_rules: cdktn.listMapper(dashboardNumberTilesColorRulesToTerraform, false)(struct!.colorRules),
    container_id: cdktn.stringToTerraform(struct!.containerId),
    formulas: cdktn.listMapper(dashboardNumberTilesFormulasToTerraform, false)(struct!.formulas),
    h: cdktn.numberToTerraform(struct!.h),
    key: cdktn.stringToTerraform(struct!.key),
    name: cdktn.stringToTerraform(struct!.name),
    number_format: dashboardNumberTilesNumberFormatToTerraform(struct!.numberFormat),
    select: cdktn.listMapper(dashboardNumberTilesSelectToTerraform, false)(struct!.select),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    tab_id: cdktn.stringToTerraform(struct!.tabId),
    w: cdktn.numberToTerraform(struct!.w),
    x: cdktn.numberToTerraform(struct!.x),
    y: cdktn.numberToTerraform(struct!.y),
  }
}


export function dashboardNumberTilesToHclTerraform(struct?: DashboardNumberTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    background_chart: {
      value: dashboardNumberTilesBackgroundChartToHclTerraform(struct!.backgroundChart),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardNumberTilesBackgroundChart",
    },
    color: {
      value: cdktn.stringToHclTerraform(struct!.color),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    color_rules: {
      value: cdktn.listMapperHcl(dashboardNumberTilesColorRulesToHclTerraform, false)(struct!.colorRules),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardNumberTilesColorRulesList",
    },
    container_id: {
      value: cdktn.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    formulas: {
      value: cdktn.listMapperHcl(dashboardNumberTilesFormulasToHclTerraform, false)(struct!.formulas),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardNumberTilesFormulasList",
    },
    h: {
      value: cdktn.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
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
    number_format: {
      value: dashboardNumberTilesNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardNumberTilesNumberFormat",
    },
    select: {
      value: cdktn.listMapperHcl(dashboardNumberTilesSelectToHclTerraform, false)(struct!.select),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardNumberTilesSelectList",
    },
    source_id: {
      value: cdktn.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tab_id: {
      value: cdktn.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktn.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    x: {
      value: cdktn.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktn.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardNumberTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardNumberTiles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._backgroundChart?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundChart = this._backgroundChart?.internalValue;
    }
    if (this._color !== undefined) {
      hasAnyValues = true;
      internalValueResult.color = this._color;
    }
    if (this._colorRules?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.colorRules = this._colorRules?.internalValue;
    }
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._formulas?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.formulas = this._formulas?.internalValue;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._select?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select?.internalValue;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardNumberTiles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._backgroundChart.internalValue = undefined;
      this._color = undefined;
      this._colorRules.internalValue = undefined;
      this._containerId = undefined;
      this._formulas.internalValue = undefined;
      this._h = undefined;
      this._key = undefined;
      this._name = undefined;
      this._numberFormat.internalValue = undefined;
      this._select.internalValue = undefined;
      this._sourceId = undefined;
      this._tabId = undefined;
      this._w = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._backgroundChart.internalValue = value.backgroundChart;
      this._color = value.color;
      this._colorRules.internalValue = value.colorRules;
      this._containerId = value.containerId;
      this._formulas.internalValue = value.formulas;
      this._h = value.h;
      this._key = value.key;
      this._name = value.name;
      this._numberFormat.internalValue = value.numberFormat;
      this._select.internalValue = value.select;
      this._sourceId = value.sourceId;
      this._tabId = value.tabId;
      this._w = value.w;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // background_chart - computed: false, optional: true, required: false
  private _backgroundChart = new DashboardNumberTilesBackgroundChartOutputReference(this, "background_chart");
  public get backgroundChart() {
    return this._backgroundChart;
  }
  public putBackgroundChart(value: DashboardNumberTilesBackgroundChart) {
    this._backgroundChart.internalValue = value;
  }
  public resetBackgroundChart() {
    this._backgroundChart.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundChartInput() {
    return this._backgroundChart.internalValue;
  }

  // color - computed: false, optional: true, required: false
  private _color?: string; 
  public get color() {
    return this.getStringAttribute('color');
  }
  public set color(value: string) {
    this._color = value;
  }
  public resetColor() {
    this._color = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get colorInput() {
    return this._color;
  }

  // color_rules - computed: false, optional: true, required: false
  private _colorRules = new DashboardNumberTilesColorRulesList(this, "color_rules", false);
  public get colorRules() {
    return this._colorRules;
  }
  public putColorRules(value: DashboardNumberTilesColorRules[] | cdktn.IResolvable) {
    this._colorRules.internalValue = value;
  }
  public resetColorRules() {
    this._colorRules.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get colorRulesInput() {
    return this._colorRules.internalValue;
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
  }

  // formulas - computed: false, optional: true, required: false
  private _formulas = new DashboardNumberTilesFormulasList(this, "formulas", false);
  public get formulas() {
    return this._formulas;
  }
  public putFormulas(value: DashboardNumberTilesFormulas[] | cdktn.IResolvable) {
    this._formulas.internalValue = value;
  }
  public resetFormulas() {
    this._formulas.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get formulasInput() {
    return this._formulas.internalValue;
  }

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardNumberTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardNumberTilesNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // select - computed: false, optional: false, required: true
  private _select = new DashboardNumberTilesSelectList(this, "select", false);
  public get select() {
    return this._select;
  }
  public putSelect(value: DashboardNumberTilesSelect[] | cdktn.IResolvable) {
    this._select.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select.internalValue;
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

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardNumberTilesList extends cdktn.ComplexList {
  public internalValue? : DashboardNumberTiles[] | cdktn.IResolvable

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
  public get(index: number): DashboardNumberTilesOutputReference {
    return new DashboardNumberTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardPieTilesNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardPieTilesNumberFormatToTerraform(struct?: DashboardPieTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardPieTilesNumberFormatToHclTerraform(struct?: DashboardPieTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardPieTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardPieTilesNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardPieTilesNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardPieTilesSelectNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardPieTilesSelectNumberFormatToTerraform(struct?: DashboardPieTilesSelectNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardPieTilesSelectNumberFormatToHclTerraform(struct?: DashboardPieTilesSelectNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardPieTilesSelectNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardPieTilesSelectNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardPieTilesSelectNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardPieTilesSelect {
  /**
  * Aggregation: `avg`, `count`, `count_distinct`, `last_value`, `max`, `min`, `quantile`, `sum`, `any`, `none`, `increase`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#agg_fn Dashboard#agg_fn}
  */
  readonly aggFn: string;
  /**
  * Series name shown in the legend.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Quantile level (0.5, 0.9, 0.95 or 0.99); only with `agg_fn = "quantile"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#level Dashboard#level}
  */
  readonly level?: number;
  /**
  * Metric name, for metric sources.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_name Dashboard#metric_name}
  */
  readonly metricName?: string;
  /**
  * Metric data type, for metric sources: `sum`, `gauge`, `histogram`, `summary`, `exponential histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_type Dashboard#metric_type}
  */
  readonly metricType?: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardPieTilesSelectNumberFormat;
  /**
  * Per-period aggregation applied before `agg_fn`: `delta`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#period_agg_fn Dashboard#period_agg_fn}
  */
  readonly periodAggFn?: string;
  /**
  * Column or SQL expression aggregated. Required unless `agg_fn` is `count`, where it must be left out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_expression Dashboard#value_expression}
  */
  readonly valueExpression?: string;
  /**
  * Filter of this series only. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardPieTilesSelectToTerraform(struct?: DashboardPieTilesSelect | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    agg_fn: cdktn.stringToTerraform(struct!.aggFn),
    alias: cdktn.stringToTerraform(struct!.alias),
    level: cdktn.numberToTerraform(struct!.level),
    metric_name: cdktn.stringToTerraform(struct!.metricName),
    metric_type: cdktn.stringToTerraform(struct!.metricType),
    number_format: dashboardPieTilesSelectNumberFormatToTerraform(struct!.numberFormat),
    period_agg_fn: cdktn.stringToTerraform(struct!.periodAggFn),
    value_expression: cdktn.stringToTerraform(struct!.valueExpression),
    where: cdktn.stringToTerraform(struct!.where),
    where_language: cdktn.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardPieTilesSelectToHclTerraform(struct?: DashboardPieTilesSelect | cdktn.IResolvable): any {
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
    alias: {
      value: cdktn.stringToHclTerraform(struct!.alias),
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
    metric_name: {
      value: cdktn.stringToHclTerraform(struct!.metricName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    metric_type: {
      value: cdktn.stringToHclTerraform(struct!.metricType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardPieTilesSelectNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardPieTilesSelectNumberFormat",
    },
    period_agg_fn: {
      value: cdktn.stringToHclTerraform(struct!.periodAggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_expression: {
      value: cdktn.stringToHclTerraform(struct!.valueExpression),
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

export class DashboardPieTilesSelectOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardPieTilesSelect | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggFn = this._aggFn;
    }
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._level !== undefined) {
      hasAnyValues = true;
      internalValueResult.level = this._level;
    }
    if (this._metricName !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricName = this._metricName;
    }
    if (this._metricType !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricType = this._metricType;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._periodAggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.periodAggFn = this._periodAggFn;
    }
    if (this._valueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueExpression = this._valueExpression;
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

  public set internalValue(value: DashboardPieTilesSelect | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggFn = undefined;
      this._alias = undefined;
      this._level = undefined;
      this._metricName = undefined;
      this._metricType = undefined;
      this._numberFormat.internalValue = undefined;
      this._periodAggFn = undefined;
      this._valueExpression = undefined;
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
      this._alias = value.alias;
      this._level = value.level;
      this._metricName = value.metricName;
      this._metricType = value.metricType;
      this._numberFormat.internalValue = value.numberFormat;
      this._periodAggFn = value.periodAggFn;
      this._valueExpression = value.valueExpression;
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

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
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

  // metric_type - computed: false, optional: true, required: false
  private _metricType?: string; 
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }
  public set metricType(value: string) {
    this._metricType = value;
  }
  public resetMetricType() {
    this._metricType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricTypeInput() {
    return this._metricType;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardPieTilesSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardPieTilesSelectNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // period_agg_fn - computed: false, optional: true, required: false
  private _periodAggFn?: string; 
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }
  public set periodAggFn(value: string) {
    this._periodAggFn = value;
  }
  public resetPeriodAggFn() {
    this._periodAggFn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodAggFnInput() {
    return this._periodAggFn;
  }

  // value_expression - computed: false, optional: true, required: false
  private _valueExpression?: string; 
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }
  public set valueExpression(value: string) {
    this._valueExpression = value;
  }
  public resetValueExpression() {
    this._valueExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueExpressionInput() {
    return this._valueExpression;
  }

  // where - computed: true, optional: true, required: false
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

  // where_language - computed: true, optional: true, required: false
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

export class DashboardPieTilesSelectList extends cdktn.ComplexList {
  public internalValue? : DashboardPieTilesSelect[] | cdktn.IResolvable

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
  public get(index: number): DashboardPieTilesSelectOutputReference {
    return new DashboardPieTilesSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardPieTiles {
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * Group by expression (one series per group).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#group_by Dashboard#group_by}
  */
  readonly groupBy?: string;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Maximum number of slices.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#limit Dashboard#limit}
  */
  readonly limit?: number;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardPieTilesNumberFormat;
  /**
  * SQL `ORDER BY` expression.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#order_by Dashboard#order_by}
  */
  readonly orderBy?: string;
  /**
  * The value of each slice (exactly 1 select item).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select: DashboardPieTilesSelect[] | cdktn.IResolvable;
  /**
  * Id of the source queried (see the `clickstack_source` data source).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardPieTilesToTerraform(struct?: DashboardPieTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    container_id: cdktn.stringToTerraform(struct!.containerId),
    group_by: cdktn.stringToTerraform(struct!.groupBy),
    h: cdktn.numberToTerraform(struct!.h),
    key: cdktn.stringToTerraform(struct!.key),
    limit: cdktn.numberToTerraform(struct!.limit),
    name: cdktn.stringToTerraform(struct!.name),
    number_format: dashboardPieTilesNumberFormatToTerraform(struct!.numberFormat),
    order_by: cdktn.stringToTerraform(struct!.orderBy),
    select: cdktn.listMapper(dashboardPieTilesSelectToTerraform, false)(struct!.select),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    tab_id: cdktn.stringToTerraform(struct!.tabId),
    w: cdktn.numberToTerraform(struct!.w),
    x: cdktn.numberToTerraform(struct!.x),
    y: cdktn.numberToTerraform(struct!.y),
  }
}


export function dashboardPieTilesToHclTerraform(struct?: DashboardPieTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    container_id: {
      value: cdktn.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    group_by: {
      value: cdktn.stringToHclTerraform(struct!.groupBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    h: {
      value: cdktn.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    limit: {
      value: cdktn.numberToHclTerraform(struct!.limit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktn.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardPieTilesNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardPieTilesNumberFormat",
    },
    order_by: {
      value: cdktn.stringToHclTerraform(struct!.orderBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    select: {
      value: cdktn.listMapperHcl(dashboardPieTilesSelectToHclTerraform, false)(struct!.select),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardPieTilesSelectList",
    },
    source_id: {
      value: cdktn.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tab_id: {
      value: cdktn.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktn.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    x: {
      value: cdktn.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktn.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardPieTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardPieTiles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._groupBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.groupBy = this._groupBy;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._limit !== undefined) {
      hasAnyValues = true;
      internalValueResult.limit = this._limit;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._orderBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.orderBy = this._orderBy;
    }
    if (this._select?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select?.internalValue;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardPieTiles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._containerId = undefined;
      this._groupBy = undefined;
      this._h = undefined;
      this._key = undefined;
      this._limit = undefined;
      this._name = undefined;
      this._numberFormat.internalValue = undefined;
      this._orderBy = undefined;
      this._select.internalValue = undefined;
      this._sourceId = undefined;
      this._tabId = undefined;
      this._w = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._containerId = value.containerId;
      this._groupBy = value.groupBy;
      this._h = value.h;
      this._key = value.key;
      this._limit = value.limit;
      this._name = value.name;
      this._numberFormat.internalValue = value.numberFormat;
      this._orderBy = value.orderBy;
      this._select.internalValue = value.select;
      this._sourceId = value.sourceId;
      this._tabId = value.tabId;
      this._w = value.w;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
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

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // limit - computed: false, optional: true, required: false
  private _limit?: number; 
  public get limit() {
    return this.getNumberAttribute('limit');
  }
  public set limit(value: number) {
    this._limit = value;
  }
  public resetLimit() {
    this._limit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get limitInput() {
    return this._limit;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardPieTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardPieTilesNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // order_by - computed: false, optional: true, required: false
  private _orderBy?: string; 
  public get orderBy() {
    return this.getStringAttribute('order_by');
  }
  public set orderBy(value: string) {
    this._orderBy = value;
  }
  public resetOrderBy() {
    this._orderBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderByInput() {
    return this._orderBy;
  }

  // select - computed: false, optional: false, required: true
  private _select = new DashboardPieTilesSelectList(this, "select", false);
  public get select() {
    return this._select;
  }
  public putSelect(value: DashboardPieTilesSelect[] | cdktn.IResolvable) {
    this._select.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select.internalValue;
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

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardPieTilesList extends cdktn.ComplexList {
  public internalValue? : DashboardPieTiles[] | cdktn.IResolvable

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
  public get(index: number): DashboardPieTilesOutputReference {
    return new DashboardPieTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardSavedFilterValues {
  /**
  * SQL condition.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#condition Dashboard#condition}
  */
  readonly condition: string;
  /**
  * Kind of condition: `sql`. Defaults to `"sql"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#type Dashboard#type}
  */
  readonly type?: string;
}

export function dashboardSavedFilterValuesToTerraform(struct?: DashboardSavedFilterValues | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    condition: cdktn.stringToTerraform(struct!.condition),
    type: cdktn.stringToTerraform(struct!.type),
  }
}


export function dashboardSavedFilterValuesToHclTerraform(struct?: DashboardSavedFilterValues | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    condition: {
      value: cdktn.stringToHclTerraform(struct!.condition),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktn.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSavedFilterValuesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardSavedFilterValues | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._condition !== undefined) {
      hasAnyValues = true;
      internalValueResult.condition = this._condition;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSavedFilterValues | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._condition = undefined;
      this._type = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._condition = value.condition;
      this._type = value.type;
    }
  }

  // condition - computed: true, optional: false, required: true
  private _condition?: string; 
  public get condition() {
    return this.getStringAttribute('condition');
  }
  public set condition(value: string) {
    this._condition = value;
  }
  // Temporarily expose input value. Use with caution.
  public get conditionInput() {
    return this._condition;
  }

  // type - computed: true, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}

export class DashboardSavedFilterValuesList extends cdktn.ComplexList {
  public internalValue? : DashboardSavedFilterValues[] | cdktn.IResolvable

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
  public get(index: number): DashboardSavedFilterValuesOutputReference {
    return new DashboardSavedFilterValuesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardSearchTiles {
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * Columns shown, comma separated SQL expressions.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select: string;
  /**
  * Id of a log or trace source.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Search query. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardSearchTilesToTerraform(struct?: DashboardSearchTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    container_id: cdktn.stringToTerraform(struct!.containerId),
    h: cdktn.numberToTerraform(struct!.h),
    key: cdktn.stringToTerraform(struct!.key),
    name: cdktn.stringToTerraform(struct!.name),
    select: cdktn.stringToTerraform(struct!.select),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    tab_id: cdktn.stringToTerraform(struct!.tabId),
    w: cdktn.numberToTerraform(struct!.w),
    where: cdktn.stringToTerraform(struct!.where),
    where_language: cdktn.stringToTerraform(struct!.whereLanguage),
    x: cdktn.numberToTerraform(struct!.x),
    y: cdktn.numberToTerraform(struct!.y),
  }
}


export function dashboardSearchTilesToHclTerraform(struct?: DashboardSearchTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    container_id: {
      value: cdktn.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    h: {
      value: cdktn.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
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
    select: {
      value: cdktn.stringToHclTerraform(struct!.select),
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
    tab_id: {
      value: cdktn.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktn.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
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
    x: {
      value: cdktn.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktn.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSearchTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardSearchTiles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._select !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._where !== undefined) {
      hasAnyValues = true;
      internalValueResult.where = this._where;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSearchTiles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._containerId = undefined;
      this._h = undefined;
      this._key = undefined;
      this._name = undefined;
      this._select = undefined;
      this._sourceId = undefined;
      this._tabId = undefined;
      this._w = undefined;
      this._where = undefined;
      this._whereLanguage = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._containerId = value.containerId;
      this._h = value.h;
      this._key = value.key;
      this._name = value.name;
      this._select = value.select;
      this._sourceId = value.sourceId;
      this._tabId = value.tabId;
      this._w = value.w;
      this._where = value.where;
      this._whereLanguage = value.whereLanguage;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
  }

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // select - computed: false, optional: false, required: true
  private _select?: string; 
  public get select() {
    return this.getStringAttribute('select');
  }
  public set select(value: string) {
    this._select = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select;
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

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // where - computed: true, optional: true, required: false
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

  // where_language - computed: true, optional: true, required: false
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

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardSearchTilesList extends cdktn.ComplexList {
  public internalValue? : DashboardSearchTiles[] | cdktn.IResolvable

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
  public get(index: number): DashboardSearchTilesOutputReference {
    return new DashboardSearchTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardSqlBarTilesNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardSqlBarTilesNumberFormatToTerraform(struct?: DashboardSqlBarTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardSqlBarTilesNumberFormatToHclTerraform(struct?: DashboardSqlBarTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSqlBarTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardSqlBarTilesNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSqlBarTilesNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardSqlBarTiles {
  /**
  * Id of the ClickHouse connection the query runs on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#connection_id Dashboard#connection_id}
  */
  readonly connectionId: string;
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardSqlBarTilesNumberFormat;
  /**
  * Id of a source whose filters apply to the query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId?: string;
  /**
  * The SQL query, with `{{...}}` macros for the time range and filters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_template Dashboard#sql_template}
  */
  readonly sqlTemplate: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardSqlBarTilesToTerraform(struct?: DashboardSqlBarTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    connection_id: cdktn.stringToTerraform(struct!.connectionId),
    container_id: cdktn.stringToTerraform(struct!.containerId),
    h: cdktn.numberToTerraform(struct!.h),
    key: cdktn.stringToTerraform(struct!.key),
    name: cdktn.stringToTerraform(struct!.name),
    number_format: dashboardSqlBarTilesNumberFormatToTerraform(struct!.numberFormat),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    sql_template: cdktn.stringToTerraform(struct!.sqlTemplate),
    tab_id: cdktn.stringToTerraform(struct!.tabId),
    w: cdktn.numberToTerraform(struct!.w),
    x: cdktn.numberToTerraform(struct!.x),
    y: cdktn.numberToTerraform(struct!.y),
  }
}


export function dashboardSqlBarTilesToHclTerraform(struct?: DashboardSqlBarTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    connection_id: {
      value: cdktn.stringToHclTerraform(struct!.connectionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    container_id: {
      value: cdktn.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    h: {
      value: cdktn.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
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
    number_format: {
      value: dashboardSqlBarTilesNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardSqlBarTilesNumberFormat",
    },
    source_id: {
      value: cdktn.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sql_template: {
      value: cdktn.stringToHclTerraform(struct!.sqlTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tab_id: {
      value: cdktn.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktn.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    x: {
      value: cdktn.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktn.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSqlBarTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardSqlBarTiles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._connectionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectionId = this._connectionId;
    }
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._sqlTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlTemplate = this._sqlTemplate;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSqlBarTiles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._connectionId = undefined;
      this._containerId = undefined;
      this._h = undefined;
      this._key = undefined;
      this._name = undefined;
      this._numberFormat.internalValue = undefined;
      this._sourceId = undefined;
      this._sqlTemplate = undefined;
      this._tabId = undefined;
      this._w = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._connectionId = value.connectionId;
      this._containerId = value.containerId;
      this._h = value.h;
      this._key = value.key;
      this._name = value.name;
      this._numberFormat.internalValue = value.numberFormat;
      this._sourceId = value.sourceId;
      this._sqlTemplate = value.sqlTemplate;
      this._tabId = value.tabId;
      this._w = value.w;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // connection_id - computed: false, optional: false, required: true
  private _connectionId?: string; 
  public get connectionId() {
    return this.getStringAttribute('connection_id');
  }
  public set connectionId(value: string) {
    this._connectionId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get connectionIdInput() {
    return this._connectionId;
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
  }

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardSqlBarTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardSqlBarTilesNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // source_id - computed: false, optional: true, required: false
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  public resetSourceId() {
    this._sourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // sql_template - computed: false, optional: false, required: true
  private _sqlTemplate?: string; 
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
  public set sqlTemplate(value: string) {
    this._sqlTemplate = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlTemplateInput() {
    return this._sqlTemplate;
  }

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardSqlBarTilesList extends cdktn.ComplexList {
  public internalValue? : DashboardSqlBarTiles[] | cdktn.IResolvable

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
  public get(index: number): DashboardSqlBarTilesOutputReference {
    return new DashboardSqlBarTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardSqlLineTilesNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardSqlLineTilesNumberFormatToTerraform(struct?: DashboardSqlLineTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardSqlLineTilesNumberFormatToHclTerraform(struct?: DashboardSqlLineTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSqlLineTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardSqlLineTilesNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSqlLineTilesNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardSqlLineTiles {
  /**
  * Align the time range to whole buckets.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#align_date_range_to_granularity Dashboard#align_date_range_to_granularity}
  */
  readonly alignDateRangeToGranularity?: boolean | cdktn.IResolvable;
  /**
  * Also plot the previous period.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#compare_to_previous_period Dashboard#compare_to_previous_period}
  */
  readonly compareToPreviousPeriod?: boolean | cdktn.IResolvable;
  /**
  * Id of the ClickHouse connection the query runs on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#connection_id Dashboard#connection_id}
  */
  readonly connectionId: string;
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * Plot missing buckets as zero. Defaults to `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#fill_nulls Dashboard#fill_nulls}
  */
  readonly fillNulls?: boolean | cdktn.IResolvable;
  /**
  * Fit the y axis to the data rather than starting at zero.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#fit_y_axis_to_data Dashboard#fit_y_axis_to_data}
  */
  readonly fitYAxisToData?: boolean | cdktn.IResolvable;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardSqlLineTilesNumberFormat;
  /**
  * Maximum series shown; 0 means unlimited. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#series_limit Dashboard#series_limit}
  */
  readonly seriesLimit?: number;
  /**
  * Id of a source whose filters apply to the query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId?: string;
  /**
  * The SQL query, with `{{...}}` macros for the time range and filters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_template Dashboard#sql_template}
  */
  readonly sqlTemplate: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardSqlLineTilesToTerraform(struct?: DashboardSqlLineTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    align_date_range_to_granularity: cdktn.booleanToTerraform(struct!.alignDateRangeToGranularity),
    compare_to_previous_period: cdktn.booleanToTerraform(struct!.compareToPreviousPeriod),
    connection_id: cdktn.stringToTerraform(struct!.connectionId),
    container_id: cdktn.stringToTerraform(struct!.containerId),
    fill_nulls: cdktn.booleanToTerraform(struct!.fillNulls),
    fit_y_axis_to_data: cdktn.booleanToTerraform(struct!.fitYAxisToData),
    h: cdktn.numberToTerraform(struct!.h),
    key: cdktn.stringToTerraform(struct!.key),
    name: cdktn.stringToTerraform(struct!.name),
    number_format: dashboardSqlLineTilesNumberFormatToTerraform(struct!.numberFormat),
    series_limit: cdktn.numberToTerraform(struct!.seriesLimit),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    sql_template: cdktn.stringToTerraform(struct!.sqlTemplate),
    tab_id: cdktn.stringToTerraform(struct!.tabId),
    w: cdktn.numberToTerraform(struct!.w),
    x: cdktn.numberToTerraform(struct!.x),
    y: cdktn.numberToTerraform(struct!.y),
  }
}


export function dashboardSqlLineTilesToHclTerraform(struct?: DashboardSqlLineTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    align_date_range_to_granularity: {
      value: cdktn.booleanToHclTerraform(struct!.alignDateRangeToGranularity),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    compare_to_previous_period: {
      value: cdktn.booleanToHclTerraform(struct!.compareToPreviousPeriod),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    connection_id: {
      value: cdktn.stringToHclTerraform(struct!.connectionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    container_id: {
      value: cdktn.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    fill_nulls: {
      value: cdktn.booleanToHclTerraform(struct!.fillNulls),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    fit_y_axis_to_data: {
      value: cdktn.booleanToHclTerraform(struct!.fitYAxisToData),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    h: {
      value: cdktn.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
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
    number_format: {
      value: dashboardSqlLineTilesNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardSqlLineTilesNumberFormat",
    },
    series_limit: {
      value: cdktn.numberToHclTerraform(struct!.seriesLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    source_id: {
      value: cdktn.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sql_template: {
      value: cdktn.stringToHclTerraform(struct!.sqlTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tab_id: {
      value: cdktn.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktn.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    x: {
      value: cdktn.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktn.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSqlLineTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardSqlLineTiles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alignDateRangeToGranularity !== undefined) {
      hasAnyValues = true;
      internalValueResult.alignDateRangeToGranularity = this._alignDateRangeToGranularity;
    }
    if (this._compareToPreviousPeriod !== undefined) {
      hasAnyValues = true;
      internalValueResult.compareToPreviousPeriod = this._compareToPreviousPeriod;
    }
    if (this._connectionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectionId = this._connectionId;
    }
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._fillNulls !== undefined) {
      hasAnyValues = true;
      internalValueResult.fillNulls = this._fillNulls;
    }
    if (this._fitYAxisToData !== undefined) {
      hasAnyValues = true;
      internalValueResult.fitYAxisToData = this._fitYAxisToData;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._seriesLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.seriesLimit = this._seriesLimit;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._sqlTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlTemplate = this._sqlTemplate;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSqlLineTiles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alignDateRangeToGranularity = undefined;
      this._compareToPreviousPeriod = undefined;
      this._connectionId = undefined;
      this._containerId = undefined;
      this._fillNulls = undefined;
      this._fitYAxisToData = undefined;
      this._h = undefined;
      this._key = undefined;
      this._name = undefined;
      this._numberFormat.internalValue = undefined;
      this._seriesLimit = undefined;
      this._sourceId = undefined;
      this._sqlTemplate = undefined;
      this._tabId = undefined;
      this._w = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alignDateRangeToGranularity = value.alignDateRangeToGranularity;
      this._compareToPreviousPeriod = value.compareToPreviousPeriod;
      this._connectionId = value.connectionId;
      this._containerId = value.containerId;
      this._fillNulls = value.fillNulls;
      this._fitYAxisToData = value.fitYAxisToData;
      this._h = value.h;
      this._key = value.key;
      this._name = value.name;
      this._numberFormat.internalValue = value.numberFormat;
      this._seriesLimit = value.seriesLimit;
      this._sourceId = value.sourceId;
      this._sqlTemplate = value.sqlTemplate;
      this._tabId = value.tabId;
      this._w = value.w;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // align_date_range_to_granularity - computed: false, optional: true, required: false
  private _alignDateRangeToGranularity?: boolean | cdktn.IResolvable; 
  public get alignDateRangeToGranularity() {
    return this.getBooleanAttribute('align_date_range_to_granularity');
  }
  public set alignDateRangeToGranularity(value: boolean | cdktn.IResolvable) {
    this._alignDateRangeToGranularity = value;
  }
  public resetAlignDateRangeToGranularity() {
    this._alignDateRangeToGranularity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignDateRangeToGranularityInput() {
    return this._alignDateRangeToGranularity;
  }

  // compare_to_previous_period - computed: false, optional: true, required: false
  private _compareToPreviousPeriod?: boolean | cdktn.IResolvable; 
  public get compareToPreviousPeriod() {
    return this.getBooleanAttribute('compare_to_previous_period');
  }
  public set compareToPreviousPeriod(value: boolean | cdktn.IResolvable) {
    this._compareToPreviousPeriod = value;
  }
  public resetCompareToPreviousPeriod() {
    this._compareToPreviousPeriod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get compareToPreviousPeriodInput() {
    return this._compareToPreviousPeriod;
  }

  // connection_id - computed: false, optional: false, required: true
  private _connectionId?: string; 
  public get connectionId() {
    return this.getStringAttribute('connection_id');
  }
  public set connectionId(value: string) {
    this._connectionId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get connectionIdInput() {
    return this._connectionId;
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
  }

  // fill_nulls - computed: true, optional: true, required: false
  private _fillNulls?: boolean | cdktn.IResolvable; 
  public get fillNulls() {
    return this.getBooleanAttribute('fill_nulls');
  }
  public set fillNulls(value: boolean | cdktn.IResolvable) {
    this._fillNulls = value;
  }
  public resetFillNulls() {
    this._fillNulls = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fillNullsInput() {
    return this._fillNulls;
  }

  // fit_y_axis_to_data - computed: false, optional: true, required: false
  private _fitYAxisToData?: boolean | cdktn.IResolvable; 
  public get fitYAxisToData() {
    return this.getBooleanAttribute('fit_y_axis_to_data');
  }
  public set fitYAxisToData(value: boolean | cdktn.IResolvable) {
    this._fitYAxisToData = value;
  }
  public resetFitYAxisToData() {
    this._fitYAxisToData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fitYAxisToDataInput() {
    return this._fitYAxisToData;
  }

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardSqlLineTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardSqlLineTilesNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // series_limit - computed: false, optional: true, required: false
  private _seriesLimit?: number; 
  public get seriesLimit() {
    return this.getNumberAttribute('series_limit');
  }
  public set seriesLimit(value: number) {
    this._seriesLimit = value;
  }
  public resetSeriesLimit() {
    this._seriesLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get seriesLimitInput() {
    return this._seriesLimit;
  }

  // source_id - computed: false, optional: true, required: false
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  public resetSourceId() {
    this._sourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // sql_template - computed: false, optional: false, required: true
  private _sqlTemplate?: string; 
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
  public set sqlTemplate(value: string) {
    this._sqlTemplate = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlTemplateInput() {
    return this._sqlTemplate;
  }

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardSqlLineTilesList extends cdktn.ComplexList {
  public internalValue? : DashboardSqlLineTiles[] | cdktn.IResolvable

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
  public get(index: number): DashboardSqlLineTilesOutputReference {
    return new DashboardSqlLineTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardSqlNumberTilesNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardSqlNumberTilesNumberFormatToTerraform(struct?: DashboardSqlNumberTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardSqlNumberTilesNumberFormatToHclTerraform(struct?: DashboardSqlNumberTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSqlNumberTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardSqlNumberTilesNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSqlNumberTilesNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardSqlNumberTiles {
  /**
  * Colour of the value: `chart-blue`, `chart-orange`, `chart-red`, `chart-cyan`, `chart-green`, `chart-pink`, `chart-purple`, `chart-light-blue`, `chart-brown`, `chart-gray`, `chart-success`, `chart-warning`, `chart-error`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#color Dashboard#color}
  */
  readonly color?: string;
  /**
  * Id of the ClickHouse connection the query runs on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#connection_id Dashboard#connection_id}
  */
  readonly connectionId: string;
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardSqlNumberTilesNumberFormat;
  /**
  * Id of a source whose filters apply to the query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId?: string;
  /**
  * The SQL query, with `{{...}}` macros for the time range and filters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_template Dashboard#sql_template}
  */
  readonly sqlTemplate: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardSqlNumberTilesToTerraform(struct?: DashboardSqlNumberTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    color: cdktn.stringToTerraform(struct!.color),
    connection_id: cdktn.stringToTerraform(struct!.connectionId),
    container_id: cdktn.stringToTerraform(struct!.containerId),
    h: cdktn.numberToTerraform(struct!.h),
    key: cdktn.stringToTerraform(struct!.key),
    name: cdktn.stringToTerraform(struct!.name),
    number_format: dashboardSqlNumberTilesNumberFormatToTerraform(struct!.numberFormat),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    sql_template: cdktn.stringToTerraform(struct!.sqlTemplate),
    tab_id: cdktn.stringToTerraform(struct!.tabId),
    w: cdktn.numberToTerraform(struct!.w),
    x: cdktn.numberToTerraform(struct!.x),
    y: cdktn.numberToTerraform(struct!.y),
  }
}


export function dashboardSqlNumberTilesToHclTerraform(struct?: DashboardSqlNumberTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    color: {
      value: cdktn.stringToHclTerraform(struct!.color),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    connection_id: {
      value: cdktn.stringToHclTerraform(struct!.connectionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    container_id: {
      value: cdktn.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    h: {
      value: cdktn.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
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
    number_format: {
      value: dashboardSqlNumberTilesNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardSqlNumberTilesNumberFormat",
    },
    source_id: {
      value: cdktn.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sql_template: {
      value: cdktn.stringToHclTerraform(struct!.sqlTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tab_id: {
      value: cdktn.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktn.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    x: {
      value: cdktn.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktn.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSqlNumberTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardSqlNumberTiles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._color !== undefined) {
      hasAnyValues = true;
      internalValueResult.color = this._color;
    }
    if (this._connectionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectionId = this._connectionId;
    }
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._sqlTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlTemplate = this._sqlTemplate;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSqlNumberTiles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._color = undefined;
      this._connectionId = undefined;
      this._containerId = undefined;
      this._h = undefined;
      this._key = undefined;
      this._name = undefined;
      this._numberFormat.internalValue = undefined;
      this._sourceId = undefined;
      this._sqlTemplate = undefined;
      this._tabId = undefined;
      this._w = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._color = value.color;
      this._connectionId = value.connectionId;
      this._containerId = value.containerId;
      this._h = value.h;
      this._key = value.key;
      this._name = value.name;
      this._numberFormat.internalValue = value.numberFormat;
      this._sourceId = value.sourceId;
      this._sqlTemplate = value.sqlTemplate;
      this._tabId = value.tabId;
      this._w = value.w;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // color - computed: false, optional: true, required: false
  private _color?: string; 
  public get color() {
    return this.getStringAttribute('color');
  }
  public set color(value: string) {
    this._color = value;
  }
  public resetColor() {
    this._color = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get colorInput() {
    return this._color;
  }

  // connection_id - computed: false, optional: false, required: true
  private _connectionId?: string; 
  public get connectionId() {
    return this.getStringAttribute('connection_id');
  }
  public set connectionId(value: string) {
    this._connectionId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get connectionIdInput() {
    return this._connectionId;
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
  }

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardSqlNumberTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardSqlNumberTilesNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // source_id - computed: false, optional: true, required: false
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  public resetSourceId() {
    this._sourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // sql_template - computed: false, optional: false, required: true
  private _sqlTemplate?: string; 
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
  public set sqlTemplate(value: string) {
    this._sqlTemplate = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlTemplateInput() {
    return this._sqlTemplate;
  }

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardSqlNumberTilesList extends cdktn.ComplexList {
  public internalValue? : DashboardSqlNumberTiles[] | cdktn.IResolvable

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
  public get(index: number): DashboardSqlNumberTilesOutputReference {
    return new DashboardSqlNumberTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardSqlPieTilesNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardSqlPieTilesNumberFormatToTerraform(struct?: DashboardSqlPieTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardSqlPieTilesNumberFormatToHclTerraform(struct?: DashboardSqlPieTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSqlPieTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardSqlPieTilesNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSqlPieTilesNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardSqlPieTiles {
  /**
  * Id of the ClickHouse connection the query runs on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#connection_id Dashboard#connection_id}
  */
  readonly connectionId: string;
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardSqlPieTilesNumberFormat;
  /**
  * Id of a source whose filters apply to the query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId?: string;
  /**
  * The SQL query, with `{{...}}` macros for the time range and filters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_template Dashboard#sql_template}
  */
  readonly sqlTemplate: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardSqlPieTilesToTerraform(struct?: DashboardSqlPieTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    connection_id: cdktn.stringToTerraform(struct!.connectionId),
    container_id: cdktn.stringToTerraform(struct!.containerId),
    h: cdktn.numberToTerraform(struct!.h),
    key: cdktn.stringToTerraform(struct!.key),
    name: cdktn.stringToTerraform(struct!.name),
    number_format: dashboardSqlPieTilesNumberFormatToTerraform(struct!.numberFormat),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    sql_template: cdktn.stringToTerraform(struct!.sqlTemplate),
    tab_id: cdktn.stringToTerraform(struct!.tabId),
    w: cdktn.numberToTerraform(struct!.w),
    x: cdktn.numberToTerraform(struct!.x),
    y: cdktn.numberToTerraform(struct!.y),
  }
}


export function dashboardSqlPieTilesToHclTerraform(struct?: DashboardSqlPieTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    connection_id: {
      value: cdktn.stringToHclTerraform(struct!.connectionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    container_id: {
      value: cdktn.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    h: {
      value: cdktn.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
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
    number_format: {
      value: dashboardSqlPieTilesNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardSqlPieTilesNumberFormat",
    },
    source_id: {
      value: cdktn.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sql_template: {
      value: cdktn.stringToHclTerraform(struct!.sqlTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tab_id: {
      value: cdktn.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktn.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    x: {
      value: cdktn.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktn.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSqlPieTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardSqlPieTiles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._connectionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectionId = this._connectionId;
    }
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._sqlTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlTemplate = this._sqlTemplate;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSqlPieTiles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._connectionId = undefined;
      this._containerId = undefined;
      this._h = undefined;
      this._key = undefined;
      this._name = undefined;
      this._numberFormat.internalValue = undefined;
      this._sourceId = undefined;
      this._sqlTemplate = undefined;
      this._tabId = undefined;
      this._w = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._connectionId = value.connectionId;
      this._containerId = value.containerId;
      this._h = value.h;
      this._key = value.key;
      this._name = value.name;
      this._numberFormat.internalValue = value.numberFormat;
      this._sourceId = value.sourceId;
      this._sqlTemplate = value.sqlTemplate;
      this._tabId = value.tabId;
      this._w = value.w;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // connection_id - computed: false, optional: false, required: true
  private _connectionId?: string; 
  public get connectionId() {
    return this.getStringAttribute('connection_id');
  }
  public set connectionId(value: string) {
    this._connectionId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get connectionIdInput() {
    return this._connectionId;
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
  }

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardSqlPieTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardSqlPieTilesNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // source_id - computed: false, optional: true, required: false
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  public resetSourceId() {
    this._sourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // sql_template - computed: false, optional: false, required: true
  private _sqlTemplate?: string; 
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
  public set sqlTemplate(value: string) {
    this._sqlTemplate = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlTemplateInput() {
    return this._sqlTemplate;
  }

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardSqlPieTilesList extends cdktn.ComplexList {
  public internalValue? : DashboardSqlPieTiles[] | cdktn.IResolvable

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
  public get(index: number): DashboardSqlPieTilesOutputReference {
    return new DashboardSqlPieTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardSqlStackedBarTilesNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardSqlStackedBarTilesNumberFormatToTerraform(struct?: DashboardSqlStackedBarTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardSqlStackedBarTilesNumberFormatToHclTerraform(struct?: DashboardSqlStackedBarTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSqlStackedBarTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardSqlStackedBarTilesNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSqlStackedBarTilesNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardSqlStackedBarTiles {
  /**
  * Align the time range to whole buckets.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#align_date_range_to_granularity Dashboard#align_date_range_to_granularity}
  */
  readonly alignDateRangeToGranularity?: boolean | cdktn.IResolvable;
  /**
  * Id of the ClickHouse connection the query runs on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#connection_id Dashboard#connection_id}
  */
  readonly connectionId: string;
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * Plot missing buckets as zero. Defaults to `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#fill_nulls Dashboard#fill_nulls}
  */
  readonly fillNulls?: boolean | cdktn.IResolvable;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardSqlStackedBarTilesNumberFormat;
  /**
  * Maximum series shown; 0 means unlimited. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#series_limit Dashboard#series_limit}
  */
  readonly seriesLimit?: number;
  /**
  * Id of a source whose filters apply to the query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId?: string;
  /**
  * The SQL query, with `{{...}}` macros for the time range and filters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_template Dashboard#sql_template}
  */
  readonly sqlTemplate: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardSqlStackedBarTilesToTerraform(struct?: DashboardSqlStackedBarTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    align_date_range_to_granularity: cdktn.booleanToTerraform(struct!.alignDateRangeToGranularity),
    connection_id: cdktn.stringToTerraform(struct!.connectionId),
    container_id: cdktn.stringToTerraform(struct!.containerId),
    fill_nulls: cdktn.booleanToTerraform(struct!.fillNulls),
    h: cdktn.numberToTerraform(struct!.h),
    key: cdktn.stringToTerraform(struct!.key),
    name: cdktn.stringToTerraform(struct!.name),
    number_format: dashboardSqlStackedBarTilesNumberFormatToTerraform(struct!.numberFormat),
    series_limit: cdktn.numberToTerraform(struct!.seriesLimit),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    sql_template: cdktn.stringToTerraform(struct!.sqlTemplate),
    tab_id: cdktn.stringToTerraform(struct!.tabId),
    w: cdktn.numberToTerraform(struct!.w),
    x: cdktn.numberToTerraform(struct!.x),
    y: cdktn.numberToTerraform(struct!.y),
  }
}


export function dashboardSqlStackedBarTilesToHclTerraform(struct?: DashboardSqlStackedBarTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    align_date_range_to_granularity: {
      value: cdktn.booleanToHclTerraform(struct!.alignDateRangeToGranularity),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    connection_id: {
      value: cdktn.stringToHclTerraform(struct!.connectionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    container_id: {
      value: cdktn.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    fill_nulls: {
      value: cdktn.booleanToHclTerraform(struct!.fillNulls),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    h: {
      value: cdktn.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
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
    number_format: {
      value: dashboardSqlStackedBarTilesNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardSqlStackedBarTilesNumberFormat",
    },
    series_limit: {
      value: cdktn.numberToHclTerraform(struct!.seriesLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    source_id: {
      value: cdktn.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sql_template: {
      value: cdktn.stringToHclTerraform(struct!.sqlTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tab_id: {
      value: cdktn.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktn.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    x: {
      value: cdktn.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktn.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSqlStackedBarTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardSqlStackedBarTiles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alignDateRangeToGranularity !== undefined) {
      hasAnyValues = true;
      internalValueResult.alignDateRangeToGranularity = this._alignDateRangeToGranularity;
    }
    if (this._connectionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectionId = this._connectionId;
    }
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._fillNulls !== undefined) {
      hasAnyValues = true;
      internalValueResult.fillNulls = this._fillNulls;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._seriesLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.seriesLimit = this._seriesLimit;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._sqlTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlTemplate = this._sqlTemplate;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSqlStackedBarTiles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alignDateRangeToGranularity = undefined;
      this._connectionId = undefined;
      this._containerId = undefined;
      this._fillNulls = undefined;
      this._h = undefined;
      this._key = undefined;
      this._name = undefined;
      this._numberFormat.internalValue = undefined;
      this._seriesLimit = undefined;
      this._sourceId = undefined;
      this._sqlTemplate = undefined;
      this._tabId = undefined;
      this._w = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alignDateRangeToGranularity = value.alignDateRangeToGranularity;
      this._connectionId = value.connectionId;
      this._containerId = value.containerId;
      this._fillNulls = value.fillNulls;
      this._h = value.h;
      this._key = value.key;
      this._name = value.name;
      this._numberFormat.internalValue = value.numberFormat;
      this._seriesLimit = value.seriesLimit;
      this._sourceId = value.sourceId;
      this._sqlTemplate = value.sqlTemplate;
      this._tabId = value.tabId;
      this._w = value.w;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // align_date_range_to_granularity - computed: false, optional: true, required: false
  private _alignDateRangeToGranularity?: boolean | cdktn.IResolvable; 
  public get alignDateRangeToGranularity() {
    return this.getBooleanAttribute('align_date_range_to_granularity');
  }
  public set alignDateRangeToGranularity(value: boolean | cdktn.IResolvable) {
    this._alignDateRangeToGranularity = value;
  }
  public resetAlignDateRangeToGranularity() {
    this._alignDateRangeToGranularity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignDateRangeToGranularityInput() {
    return this._alignDateRangeToGranularity;
  }

  // connection_id - computed: false, optional: false, required: true
  private _connectionId?: string; 
  public get connectionId() {
    return this.getStringAttribute('connection_id');
  }
  public set connectionId(value: string) {
    this._connectionId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get connectionIdInput() {
    return this._connectionId;
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
  }

  // fill_nulls - computed: true, optional: true, required: false
  private _fillNulls?: boolean | cdktn.IResolvable; 
  public get fillNulls() {
    return this.getBooleanAttribute('fill_nulls');
  }
  public set fillNulls(value: boolean | cdktn.IResolvable) {
    this._fillNulls = value;
  }
  public resetFillNulls() {
    this._fillNulls = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fillNullsInput() {
    return this._fillNulls;
  }

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardSqlStackedBarTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardSqlStackedBarTilesNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // series_limit - computed: false, optional: true, required: false
  private _seriesLimit?: number; 
  public get seriesLimit() {
    return this.getNumberAttribute('series_limit');
  }
  public set seriesLimit(value: number) {
    this._seriesLimit = value;
  }
  public resetSeriesLimit() {
    this._seriesLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get seriesLimitInput() {
    return this._seriesLimit;
  }

  // source_id - computed: false, optional: true, required: false
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  public resetSourceId() {
    this._sourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // sql_template - computed: false, optional: false, required: true
  private _sqlTemplate?: string; 
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
  public set sqlTemplate(value: string) {
    this._sqlTemplate = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlTemplateInput() {
    return this._sqlTemplate;
  }

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardSqlStackedBarTilesList extends cdktn.ComplexList {
  public internalValue? : DashboardSqlStackedBarTiles[] | cdktn.IResolvable

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
  public get(index: number): DashboardSqlStackedBarTilesOutputReference {
    return new DashboardSqlStackedBarTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardSqlTableTilesNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardSqlTableTilesNumberFormatToTerraform(struct?: DashboardSqlTableTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardSqlTableTilesNumberFormatToHclTerraform(struct?: DashboardSqlTableTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSqlTableTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardSqlTableTilesNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSqlTableTilesNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardSqlTableTilesOnClickFilters {
  /**
  * Expression filtered on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#expression Dashboard#expression}
  */
  readonly expression: string;
  /**
  * Kind of filter: `expressionTemplate`. Defaults to `"expressionTemplate"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#kind Dashboard#kind}
  */
  readonly kind?: string;
  /**
  * Template of the value, from the clicked row.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#template Dashboard#template}
  */
  readonly template: string;
}

export function dashboardSqlTableTilesOnClickFiltersToTerraform(struct?: DashboardSqlTableTilesOnClickFilters | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    expression: cdktn.stringToTerraform(struct!.expression),
    kind: cdktn.stringToTerraform(struct!.kind),
    template: cdktn.stringToTerraform(struct!.template),
  }
}


export function dashboardSqlTableTilesOnClickFiltersToHclTerraform(struct?: DashboardSqlTableTilesOnClickFilters | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    expression: {
      value: cdktn.stringToHclTerraform(struct!.expression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    kind: {
      value: cdktn.stringToHclTerraform(struct!.kind),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    template: {
      value: cdktn.stringToHclTerraform(struct!.template),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSqlTableTilesOnClickFiltersOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardSqlTableTilesOnClickFilters | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._expression !== undefined) {
      hasAnyValues = true;
      internalValueResult.expression = this._expression;
    }
    if (this._kind !== undefined) {
      hasAnyValues = true;
      internalValueResult.kind = this._kind;
    }
    if (this._template !== undefined) {
      hasAnyValues = true;
      internalValueResult.template = this._template;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSqlTableTilesOnClickFilters | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._expression = undefined;
      this._kind = undefined;
      this._template = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._expression = value.expression;
      this._kind = value.kind;
      this._template = value.template;
    }
  }

  // expression - computed: false, optional: false, required: true
  private _expression?: string; 
  public get expression() {
    return this.getStringAttribute('expression');
  }
  public set expression(value: string) {
    this._expression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionInput() {
    return this._expression;
  }

  // kind - computed: true, optional: true, required: false
  private _kind?: string; 
  public get kind() {
    return this.getStringAttribute('kind');
  }
  public set kind(value: string) {
    this._kind = value;
  }
  public resetKind() {
    this._kind = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kindInput() {
    return this._kind;
  }

  // template - computed: false, optional: false, required: true
  private _template?: string; 
  public get template() {
    return this.getStringAttribute('template');
  }
  public set template(value: string) {
    this._template = value;
  }
  // Temporarily expose input value. Use with caution.
  public get templateInput() {
    return this._template;
  }
}

export class DashboardSqlTableTilesOnClickFiltersList extends cdktn.ComplexList {
  public internalValue? : DashboardSqlTableTilesOnClickFilters[] | cdktn.IResolvable

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
  public get(index: number): DashboardSqlTableTilesOnClickFiltersOutputReference {
    return new DashboardSqlTableTilesOnClickFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardSqlTableTilesOnClickTarget {
  /**
  * Source id (search) or dashboard id, with `mode = "id"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#id Dashboard#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * `id` (a fixed source or dashboard) or `template` (a name template).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mode Dashboard#mode}
  */
  readonly mode: string;
  /**
  * Template resolving to a source or dashboard name, with `mode = "template"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#template Dashboard#template}
  */
  readonly template?: string;
}

export function dashboardSqlTableTilesOnClickTargetToTerraform(struct?: DashboardSqlTableTilesOnClickTarget | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    id: cdktn.stringToTerraform(struct!.id),
    mode: cdktn.stringToTerraform(struct!.mode),
    template: cdktn.stringToTerraform(struct!.template),
  }
}


export function dashboardSqlTableTilesOnClickTargetToHclTerraform(struct?: DashboardSqlTableTilesOnClickTarget | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    id: {
      value: cdktn.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mode: {
      value: cdktn.stringToHclTerraform(struct!.mode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    template: {
      value: cdktn.stringToHclTerraform(struct!.template),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSqlTableTilesOnClickTargetOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardSqlTableTilesOnClickTarget | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._mode !== undefined) {
      hasAnyValues = true;
      internalValueResult.mode = this._mode;
    }
    if (this._template !== undefined) {
      hasAnyValues = true;
      internalValueResult.template = this._template;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSqlTableTilesOnClickTarget | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._id = undefined;
      this._mode = undefined;
      this._template = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._id = value.id;
      this._mode = value.mode;
      this._template = value.template;
    }
  }

  // id - computed: false, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // mode - computed: false, optional: false, required: true
  private _mode?: string; 
  public get mode() {
    return this.getStringAttribute('mode');
  }
  public set mode(value: string) {
    this._mode = value;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
  }

  // template - computed: false, optional: true, required: false
  private _template?: string; 
  public get template() {
    return this.getStringAttribute('template');
  }
  public set template(value: string) {
    this._template = value;
  }
  public resetTemplate() {
    this._template = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get templateInput() {
    return this._template;
  }
}
export interface DashboardSqlTableTilesOnClick {
  /**
  * Filters applied on the target (up to 50).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#filters Dashboard#filters}
  */
  readonly filters?: DashboardSqlTableTilesOnClickFilters[] | cdktn.IResolvable;
  /**
  * The search source or dashboard opened, for `search` and `dashboard`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#target Dashboard#target}
  */
  readonly target?: DashboardSqlTableTilesOnClickTarget;
  /**
  * `search` (a search page), `dashboard` (another dashboard) or `external` (a URL).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#type Dashboard#type}
  */
  readonly type: string;
  /**
  * URL template, for `type = "external"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#url_template Dashboard#url_template}
  */
  readonly urlTemplate?: string;
  /**
  * Language of `where_template`: `lucene` or `sql`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
  /**
  * Template of the query applied on the target.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_template Dashboard#where_template}
  */
  readonly whereTemplate?: string;
}

export function dashboardSqlTableTilesOnClickToTerraform(struct?: DashboardSqlTableTilesOnClick | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    filters: cdktn.listMapper(dashboardSqlTableTilesOnClickFiltersToTerraform, false)(struct!.filters),
    target: dashboardSqlTableTilesOnClickTargetToTerraform(struct!.target),
    type: cdktn.stringToTerraform(struct!.type),
    url_template: cdktn.stringToTerraform(struct!.urlTemplate),
    where_language: cdktn.stringToTerraform(struct!.whereLanguage),
    where_template: cdktn.stringToTerraform(struct!.whereTemplate),
  }
}


export function dashboardSqlTableTilesOnClickToHclTerraform(struct?: DashboardSqlTableTilesOnClick | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    filters: {
      value: cdktn.listMapperHcl(dashboardSqlTableTilesOnClickFiltersToHclTerraform, false)(struct!.filters),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardSqlTableTilesOnClickFiltersList",
    },
    target: {
      value: dashboardSqlTableTilesOnClickTargetToHclTerraform(struct!.target),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardSqlTableTilesOnClickTarget",
    },
    type: {
      value: cdktn.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    url_template: {
      value: cdktn.stringToHclTerraform(struct!.urlTemplate),
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
    where_template: {
      value: cdktn.stringToHclTerraform(struct!.whereTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSqlTableTilesOnClickOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardSqlTableTilesOnClick | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._filters?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.filters = this._filters?.internalValue;
    }
    if (this._target?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.target = this._target?.internalValue;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._urlTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.urlTemplate = this._urlTemplate;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    if (this._whereTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereTemplate = this._whereTemplate;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSqlTableTilesOnClick | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._filters.internalValue = undefined;
      this._target.internalValue = undefined;
      this._type = undefined;
      this._urlTemplate = undefined;
      this._whereLanguage = undefined;
      this._whereTemplate = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._filters.internalValue = value.filters;
      this._target.internalValue = value.target;
      this._type = value.type;
      this._urlTemplate = value.urlTemplate;
      this._whereLanguage = value.whereLanguage;
      this._whereTemplate = value.whereTemplate;
    }
  }

  // filters - computed: false, optional: true, required: false
  private _filters = new DashboardSqlTableTilesOnClickFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }
  public putFilters(value: DashboardSqlTableTilesOnClickFilters[] | cdktn.IResolvable) {
    this._filters.internalValue = value;
  }
  public resetFilters() {
    this._filters.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filtersInput() {
    return this._filters.internalValue;
  }

  // target - computed: false, optional: true, required: false
  private _target = new DashboardSqlTableTilesOnClickTargetOutputReference(this, "target");
  public get target() {
    return this._target;
  }
  public putTarget(value: DashboardSqlTableTilesOnClickTarget) {
    this._target.internalValue = value;
  }
  public resetTarget() {
    this._target.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetInput() {
    return this._target.internalValue;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // url_template - computed: false, optional: true, required: false
  private _urlTemplate?: string; 
  public get urlTemplate() {
    return this.getStringAttribute('url_template');
  }
  public set urlTemplate(value: string) {
    this._urlTemplate = value;
  }
  public resetUrlTemplate() {
    this._urlTemplate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get urlTemplateInput() {
    return this._urlTemplate;
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

  // where_template - computed: false, optional: true, required: false
  private _whereTemplate?: string; 
  public get whereTemplate() {
    return this.getStringAttribute('where_template');
  }
  public set whereTemplate(value: string) {
    this._whereTemplate = value;
  }
  public resetWhereTemplate() {
    this._whereTemplate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereTemplateInput() {
    return this._whereTemplate;
  }
}
export interface DashboardSqlTableTiles {
  /**
  * Id of the ClickHouse connection the query runs on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#connection_id Dashboard#connection_id}
  */
  readonly connectionId: string;
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardSqlTableTilesNumberFormat;
  /**
  * What clicking a row opens.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#on_click Dashboard#on_click}
  */
  readonly onClick?: DashboardSqlTableTilesOnClick;
  /**
  * Id of a source whose filters apply to the query.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId?: string;
  /**
  * The SQL query, with `{{...}}` macros for the time range and filters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#sql_template Dashboard#sql_template}
  */
  readonly sqlTemplate: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardSqlTableTilesToTerraform(struct?: DashboardSqlTableTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    connection_id: cdktn.stringToTerraform(struct!.connectionId),
    container_id: cdktn.stringToTerraform(struct!.containerId),
    h: cdktn.numberToTerraform(struct!.h),
    key: cdktn.stringToTerraform(struct!.key),
    name: cdktn.stringToTerraform(struct!.name),
    number_format: dashboardSqlTableTilesNumberFormatToTerraform(struct!.numberFormat),
    on_click: dashboardSqlTableTilesOnClickToTerraform(struct!.onClick),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    sql_template: cdktn.stringToTerraform(struct!.sqlTemplate),
    tab_id: cdktn.stringToTerraform(struct!.tabId),
    w: cdktn.numberToTerraform(struct!.w),
    x: cdktn.numberToTerraform(struct!.x),
    y: cdktn.numberToTerraform(struct!.y),
  }
}


export function dashboardSqlTableTilesToHclTerraform(struct?: DashboardSqlTableTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    connection_id: {
      value: cdktn.stringToHclTerraform(struct!.connectionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    container_id: {
      value: cdktn.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    h: {
      value: cdktn.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
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
    number_format: {
      value: dashboardSqlTableTilesNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardSqlTableTilesNumberFormat",
    },
    on_click: {
      value: dashboardSqlTableTilesOnClickToHclTerraform(struct!.onClick),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardSqlTableTilesOnClick",
    },
    source_id: {
      value: cdktn.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sql_template: {
      value: cdktn.stringToHclTerraform(struct!.sqlTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tab_id: {
      value: cdktn.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktn.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    x: {
      value: cdktn.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktn.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardSqlTableTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardSqlTableTiles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._connectionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectionId = this._connectionId;
    }
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._onClick?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.onClick = this._onClick?.internalValue;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._sqlTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.sqlTemplate = this._sqlTemplate;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardSqlTableTiles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._connectionId = undefined;
      this._containerId = undefined;
      this._h = undefined;
      this._key = undefined;
      this._name = undefined;
      this._numberFormat.internalValue = undefined;
      this._onClick.internalValue = undefined;
      this._sourceId = undefined;
      this._sqlTemplate = undefined;
      this._tabId = undefined;
      this._w = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._connectionId = value.connectionId;
      this._containerId = value.containerId;
      this._h = value.h;
      this._key = value.key;
      this._name = value.name;
      this._numberFormat.internalValue = value.numberFormat;
      this._onClick.internalValue = value.onClick;
      this._sourceId = value.sourceId;
      this._sqlTemplate = value.sqlTemplate;
      this._tabId = value.tabId;
      this._w = value.w;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // connection_id - computed: false, optional: false, required: true
  private _connectionId?: string; 
  public get connectionId() {
    return this.getStringAttribute('connection_id');
  }
  public set connectionId(value: string) {
    this._connectionId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get connectionIdInput() {
    return this._connectionId;
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
  }

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardSqlTableTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardSqlTableTilesNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // on_click - computed: false, optional: true, required: false
  private _onClick = new DashboardSqlTableTilesOnClickOutputReference(this, "on_click");
  public get onClick() {
    return this._onClick;
  }
  public putOnClick(value: DashboardSqlTableTilesOnClick) {
    this._onClick.internalValue = value;
  }
  public resetOnClick() {
    this._onClick.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onClickInput() {
    return this._onClick.internalValue;
  }

  // source_id - computed: false, optional: true, required: false
  private _sourceId?: string; 
  public get sourceId() {
    return this.getStringAttribute('source_id');
  }
  public set sourceId(value: string) {
    this._sourceId = value;
  }
  public resetSourceId() {
    this._sourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIdInput() {
    return this._sourceId;
  }

  // sql_template - computed: false, optional: false, required: true
  private _sqlTemplate?: string; 
  public get sqlTemplate() {
    return this.getStringAttribute('sql_template');
  }
  public set sqlTemplate(value: string) {
    this._sqlTemplate = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlTemplateInput() {
    return this._sqlTemplate;
  }

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardSqlTableTilesList extends cdktn.ComplexList {
  public internalValue? : DashboardSqlTableTiles[] | cdktn.IResolvable

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
  public get(index: number): DashboardSqlTableTilesOutputReference {
    return new DashboardSqlTableTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardStackedBarTilesFormulasNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardStackedBarTilesFormulasNumberFormatToTerraform(struct?: DashboardStackedBarTilesFormulasNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardStackedBarTilesFormulasNumberFormatToHclTerraform(struct?: DashboardStackedBarTilesFormulasNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardStackedBarTilesFormulasNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardStackedBarTilesFormulasNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardStackedBarTilesFormulasNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardStackedBarTilesFormulas {
  /**
  * Name of the formula series.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Formula over the select items, referenced as A, B, C ...
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#expression Dashboard#expression}
  */
  readonly expression: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardStackedBarTilesFormulasNumberFormat;
}

export function dashboardStackedBarTilesFormulasToTerraform(struct?: DashboardStackedBarTilesFormulas | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    alias: cdktn.stringToTerraform(struct!.alias),
    expression: cdktn.stringToTerraform(struct!.expression),
    number_format: dashboardStackedBarTilesFormulasNumberFormatToTerraform(struct!.numberFormat),
  }
}


export function dashboardStackedBarTilesFormulasToHclTerraform(struct?: DashboardStackedBarTilesFormulas | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    alias: {
      value: cdktn.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    expression: {
      value: cdktn.stringToHclTerraform(struct!.expression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardStackedBarTilesFormulasNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardStackedBarTilesFormulasNumberFormat",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardStackedBarTilesFormulasOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardStackedBarTilesFormulas | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._expression !== undefined) {
      hasAnyValues = true;
      internalValueResult.expression = this._expression;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardStackedBarTilesFormulas | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alias = undefined;
      this._expression = undefined;
      this._numberFormat.internalValue = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alias = value.alias;
      this._expression = value.expression;
      this._numberFormat.internalValue = value.numberFormat;
    }
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // expression - computed: false, optional: false, required: true
  private _expression?: string; 
  public get expression() {
    return this.getStringAttribute('expression');
  }
  public set expression(value: string) {
    this._expression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionInput() {
    return this._expression;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardStackedBarTilesFormulasNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardStackedBarTilesFormulasNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }
}

export class DashboardStackedBarTilesFormulasList extends cdktn.ComplexList {
  public internalValue? : DashboardStackedBarTilesFormulas[] | cdktn.IResolvable

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
  public get(index: number): DashboardStackedBarTilesFormulasOutputReference {
    return new DashboardStackedBarTilesFormulasOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardStackedBarTilesNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardStackedBarTilesNumberFormatToTerraform(struct?: DashboardStackedBarTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardStackedBarTilesNumberFormatToHclTerraform(struct?: DashboardStackedBarTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardStackedBarTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardStackedBarTilesNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardStackedBarTilesNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardStackedBarTilesSelectNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardStackedBarTilesSelectNumberFormatToTerraform(struct?: DashboardStackedBarTilesSelectNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardStackedBarTilesSelectNumberFormatToHclTerraform(struct?: DashboardStackedBarTilesSelectNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardStackedBarTilesSelectNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardStackedBarTilesSelectNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardStackedBarTilesSelectNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardStackedBarTilesSelect {
  /**
  * Aggregation: `avg`, `count`, `count_distinct`, `last_value`, `max`, `min`, `quantile`, `sum`, `any`, `none`, `increase`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#agg_fn Dashboard#agg_fn}
  */
  readonly aggFn: string;
  /**
  * Series name shown in the legend.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Quantile level (0.5, 0.9, 0.95 or 0.99); only with `agg_fn = "quantile"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#level Dashboard#level}
  */
  readonly level?: number;
  /**
  * Metric name, for metric sources.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_name Dashboard#metric_name}
  */
  readonly metricName?: string;
  /**
  * Metric data type, for metric sources: `sum`, `gauge`, `histogram`, `summary`, `exponential histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_type Dashboard#metric_type}
  */
  readonly metricType?: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardStackedBarTilesSelectNumberFormat;
  /**
  * Per-period aggregation applied before `agg_fn`: `delta`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#period_agg_fn Dashboard#period_agg_fn}
  */
  readonly periodAggFn?: string;
  /**
  * Column or SQL expression aggregated. Required unless `agg_fn` is `count`, where it must be left out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_expression Dashboard#value_expression}
  */
  readonly valueExpression?: string;
  /**
  * Filter of this series only. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardStackedBarTilesSelectToTerraform(struct?: DashboardStackedBarTilesSelect | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    agg_fn: cdktn.stringToTerraform(struct!.aggFn),
    alias: cdktn.stringToTerraform(struct!.alias),
    level: cdktn.numberToTerraform(struct!.level),
    metric_name: cdktn.stringToTerraform(struct!.metricName),
    metric_type: cdktn.stringToTerraform(struct!.metricType),
    number_format: dashboardStackedBarTilesSelectNumberFormatToTerraform(struct!.numberFormat),
    period_agg_fn: cdktn.stringToTerraform(struct!.periodAggFn),
    value_expression: cdktn.stringToTerraform(struct!.valueExpression),
    where: cdktn.stringToTerraform(struct!.where),
    where_language: cdktn.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardStackedBarTilesSelectToHclTerraform(struct?: DashboardStackedBarTilesSelect | cdktn.IResolvable): any {
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
    alias: {
      value: cdktn.stringToHclTerraform(struct!.alias),
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
    metric_name: {
      value: cdktn.stringToHclTerraform(struct!.metricName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    metric_type: {
      value: cdktn.stringToHclTerraform(struct!.metricType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardStackedBarTilesSelectNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardStackedBarTilesSelectNumberFormat",
    },
    period_agg_fn: {
      value: cdktn.stringToHclTerraform(struct!.periodAggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_expression: {
      value: cdktn.stringToHclTerraform(struct!.valueExpression),
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

export class DashboardStackedBarTilesSelectOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardStackedBarTilesSelect | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggFn = this._aggFn;
    }
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._level !== undefined) {
      hasAnyValues = true;
      internalValueResult.level = this._level;
    }
    if (this._metricName !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricName = this._metricName;
    }
    if (this._metricType !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricType = this._metricType;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._periodAggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.periodAggFn = this._periodAggFn;
    }
    if (this._valueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueExpression = this._valueExpression;
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

  public set internalValue(value: DashboardStackedBarTilesSelect | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggFn = undefined;
      this._alias = undefined;
      this._level = undefined;
      this._metricName = undefined;
      this._metricType = undefined;
      this._numberFormat.internalValue = undefined;
      this._periodAggFn = undefined;
      this._valueExpression = undefined;
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
      this._alias = value.alias;
      this._level = value.level;
      this._metricName = value.metricName;
      this._metricType = value.metricType;
      this._numberFormat.internalValue = value.numberFormat;
      this._periodAggFn = value.periodAggFn;
      this._valueExpression = value.valueExpression;
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

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
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

  // metric_type - computed: false, optional: true, required: false
  private _metricType?: string; 
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }
  public set metricType(value: string) {
    this._metricType = value;
  }
  public resetMetricType() {
    this._metricType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricTypeInput() {
    return this._metricType;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardStackedBarTilesSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardStackedBarTilesSelectNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // period_agg_fn - computed: false, optional: true, required: false
  private _periodAggFn?: string; 
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }
  public set periodAggFn(value: string) {
    this._periodAggFn = value;
  }
  public resetPeriodAggFn() {
    this._periodAggFn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodAggFnInput() {
    return this._periodAggFn;
  }

  // value_expression - computed: false, optional: true, required: false
  private _valueExpression?: string; 
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }
  public set valueExpression(value: string) {
    this._valueExpression = value;
  }
  public resetValueExpression() {
    this._valueExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueExpressionInput() {
    return this._valueExpression;
  }

  // where - computed: true, optional: true, required: false
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

  // where_language - computed: true, optional: true, required: false
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

export class DashboardStackedBarTilesSelectList extends cdktn.ComplexList {
  public internalValue? : DashboardStackedBarTilesSelect[] | cdktn.IResolvable

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
  public get(index: number): DashboardStackedBarTilesSelectOutputReference {
    return new DashboardStackedBarTilesSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardStackedBarTiles {
  /**
  * Align the time range to whole buckets.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#align_date_range_to_granularity Dashboard#align_date_range_to_granularity}
  */
  readonly alignDateRangeToGranularity?: boolean | cdktn.IResolvable;
  /**
  * Plot the first series divided by the second (needs exactly 2 select items). Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#as_ratio Dashboard#as_ratio}
  */
  readonly asRatio?: boolean | cdktn.IResolvable;
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * Plot missing buckets as zero. Defaults to `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#fill_nulls Dashboard#fill_nulls}
  */
  readonly fillNulls?: boolean | cdktn.IResolvable;
  /**
  * Formulas over the select items (up to 10), such as `A / B`. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#formulas Dashboard#formulas}
  */
  readonly formulas?: DashboardStackedBarTilesFormulas[] | cdktn.IResolvable;
  /**
  * Group by expression (one series per group).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#group_by Dashboard#group_by}
  */
  readonly groupBy?: string;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardStackedBarTilesNumberFormat;
  /**
  * Series plotted (1 to 20).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select: DashboardStackedBarTilesSelect[] | cdktn.IResolvable;
  /**
  * Maximum series shown; 0 means unlimited. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#series_limit Dashboard#series_limit}
  */
  readonly seriesLimit?: number;
  /**
  * Show the select series alongside the formulas. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#show_operand_series Dashboard#show_operand_series}
  */
  readonly showOperandSeries?: boolean | cdktn.IResolvable;
  /**
  * Id of the source queried (see the `clickstack_source` data source).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardStackedBarTilesToTerraform(struct?: DashboardStackedBarTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    align_date_range_to_granularity: cdktn.booleanToTerraform(struct!.alignDateRangeToGranularity),
    as_ratio: cdktn.booleanToTerraform(struct!.asRatio),
    container_id: cdktn.stringToTerraform(struct!.containerId),
    fill_nulls: cdktn.booleanToTerraform(struct!.fillNulls),
    formulas: cdktn.listMapper(dashboardStackedBarTilesFormulasToTerraform, false)(struct!.formulas),
    group_by: cdktn.stringToTerraform(struct!.groupBy),
    h: cdktn.numberToTerraform(struct!.h),
    key: cdktn.stringToTerraform(struct!.key),
    name: cdktn.stringToTerraform(struct!.name),
    number_format: dashboardStackedBarTilesNumberFormatToTerraform(struct!.numberFormat),
    select: cdktn.listMapper(dashboardStackedBarTilesSelectToTerraform, false)(struct!.select),
    series_limit: cdktn.numberToTerraform(struct!.seriesLimit),
    show_operand_series: cdktn.booleanToTerraform(struct!.showOperandSeries),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    tab_id: cdktn.stringToTerraform(struct!.tabId),
    w: cdktn.numberToTerraform(struct!.w),
    x: cdktn.numberToTerraform(struct!.x),
    y: cdktn.numberToTerraform(struct!.y),
  }
}


export function dashboardStackedBarTilesToHclTerraform(struct?: DashboardStackedBarTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    align_date_range_to_granularity: {
      value: cdktn.booleanToHclTerraform(struct!.alignDateRangeToGranularity),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    as_ratio: {
      value: cdktn.booleanToHclTerraform(struct!.asRatio),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    container_id: {
      value: cdktn.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    fill_nulls: {
      value: cdktn.booleanToHclTerraform(struct!.fillNulls),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    formulas: {
      value: cdktn.listMapperHcl(dashboardStackedBarTilesFormulasToHclTerraform, false)(struct!.formulas),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardStackedBarTilesFormulasList",
    },
    group_by: {
      value: cdktn.stringToHclTerraform(struct!.groupBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    h: {
      value: cdktn.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
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
    number_format: {
      value: dashboardStackedBarTilesNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardStackedBarTilesNumberFormat",
    },
    select: {
      value: cdktn.listMapperHcl(dashboardStackedBarTilesSelectToHclTerraform, false)(struct!.select),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardStackedBarTilesSelectList",
    },
    series_limit: {
      value: cdktn.numberToHclTerraform(struct!.seriesLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    show_operand_series: {
      value: cdktn.booleanToHclTerraform(struct!.showOperandSeries),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    source_id: {
      value: cdktn.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tab_id: {
      value: cdktn.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktn.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    x: {
      value: cdktn.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktn.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardStackedBarTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardStackedBarTiles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alignDateRangeToGranularity !== undefined) {
      hasAnyValues = true;
      internalValueResult.alignDateRangeToGranularity = this._alignDateRangeToGranularity;
    }
    if (this._asRatio !== undefined) {
      hasAnyValues = true;
      internalValueResult.asRatio = this._asRatio;
    }
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._fillNulls !== undefined) {
      hasAnyValues = true;
      internalValueResult.fillNulls = this._fillNulls;
    }
    if (this._formulas?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.formulas = this._formulas?.internalValue;
    }
    if (this._groupBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.groupBy = this._groupBy;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._select?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select?.internalValue;
    }
    if (this._seriesLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.seriesLimit = this._seriesLimit;
    }
    if (this._showOperandSeries !== undefined) {
      hasAnyValues = true;
      internalValueResult.showOperandSeries = this._showOperandSeries;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardStackedBarTiles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alignDateRangeToGranularity = undefined;
      this._asRatio = undefined;
      this._containerId = undefined;
      this._fillNulls = undefined;
      this._formulas.internalValue = undefined;
      this._groupBy = undefined;
      this._h = undefined;
      this._key = undefined;
      this._name = undefined;
      this._numberFormat.internalValue = undefined;
      this._select.internalValue = undefined;
      this._seriesLimit = undefined;
      this._showOperandSeries = undefined;
      this._sourceId = undefined;
      this._tabId = undefined;
      this._w = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alignDateRangeToGranularity = value.alignDateRangeToGranularity;
      this._asRatio = value.asRatio;
      this._containerId = value.containerId;
      this._fillNulls = value.fillNulls;
      this._formulas.internalValue = value.formulas;
      this._groupBy = value.groupBy;
      this._h = value.h;
      this._key = value.key;
      this._name = value.name;
      this._numberFormat.internalValue = value.numberFormat;
      this._select.internalValue = value.select;
      this._seriesLimit = value.seriesLimit;
      this._showOperandSeries = value.showOperandSeries;
      this._sourceId = value.sourceId;
      this._tabId = value.tabId;
      this._w = value.w;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // align_date_range_to_granularity - computed: false, optional: true, required: false
  private _alignDateRangeToGranularity?: boolean | cdktn.IResolvable; 
  public get alignDateRangeToGranularity() {
    return this.getBooleanAttribute('align_date_range_to_granularity');
  }
  public set alignDateRangeToGranularity(value: boolean | cdktn.IResolvable) {
    this._alignDateRangeToGranularity = value;
  }
  public resetAlignDateRangeToGranularity() {
    this._alignDateRangeToGranularity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignDateRangeToGranularityInput() {
    return this._alignDateRangeToGranularity;
  }

  // as_ratio - computed: true, optional: true, required: false
  private _asRatio?: boolean | cdktn.IResolvable; 
  public get asRatio() {
    return this.getBooleanAttribute('as_ratio');
  }
  public set asRatio(value: boolean | cdktn.IResolvable) {
    this._asRatio = value;
  }
  public resetAsRatio() {
    this._asRatio = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asRatioInput() {
    return this._asRatio;
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
  }

  // fill_nulls - computed: true, optional: true, required: false
  private _fillNulls?: boolean | cdktn.IResolvable; 
  public get fillNulls() {
    return this.getBooleanAttribute('fill_nulls');
  }
  public set fillNulls(value: boolean | cdktn.IResolvable) {
    this._fillNulls = value;
  }
  public resetFillNulls() {
    this._fillNulls = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fillNullsInput() {
    return this._fillNulls;
  }

  // formulas - computed: false, optional: true, required: false
  private _formulas = new DashboardStackedBarTilesFormulasList(this, "formulas", false);
  public get formulas() {
    return this._formulas;
  }
  public putFormulas(value: DashboardStackedBarTilesFormulas[] | cdktn.IResolvable) {
    this._formulas.internalValue = value;
  }
  public resetFormulas() {
    this._formulas.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get formulasInput() {
    return this._formulas.internalValue;
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

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardStackedBarTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardStackedBarTilesNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // select - computed: false, optional: false, required: true
  private _select = new DashboardStackedBarTilesSelectList(this, "select", false);
  public get select() {
    return this._select;
  }
  public putSelect(value: DashboardStackedBarTilesSelect[] | cdktn.IResolvable) {
    this._select.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select.internalValue;
  }

  // series_limit - computed: false, optional: true, required: false
  private _seriesLimit?: number; 
  public get seriesLimit() {
    return this.getNumberAttribute('series_limit');
  }
  public set seriesLimit(value: number) {
    this._seriesLimit = value;
  }
  public resetSeriesLimit() {
    this._seriesLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get seriesLimitInput() {
    return this._seriesLimit;
  }

  // show_operand_series - computed: false, optional: true, required: false
  private _showOperandSeries?: boolean | cdktn.IResolvable; 
  public get showOperandSeries() {
    return this.getBooleanAttribute('show_operand_series');
  }
  public set showOperandSeries(value: boolean | cdktn.IResolvable) {
    this._showOperandSeries = value;
  }
  public resetShowOperandSeries() {
    this._showOperandSeries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get showOperandSeriesInput() {
    return this._showOperandSeries;
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

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardStackedBarTilesList extends cdktn.ComplexList {
  public internalValue? : DashboardStackedBarTiles[] | cdktn.IResolvable

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
  public get(index: number): DashboardStackedBarTilesOutputReference {
    return new DashboardStackedBarTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTableTilesFormulasNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTableTilesFormulasNumberFormatToTerraform(struct?: DashboardTableTilesFormulasNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardTableTilesFormulasNumberFormatToHclTerraform(struct?: DashboardTableTilesFormulasNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTableTilesFormulasNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTableTilesFormulasNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTableTilesFormulasNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTableTilesFormulas {
  /**
  * Name of the formula series.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Formula over the select items, referenced as A, B, C ...
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#expression Dashboard#expression}
  */
  readonly expression: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTableTilesFormulasNumberFormat;
}

export function dashboardTableTilesFormulasToTerraform(struct?: DashboardTableTilesFormulas | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    alias: cdktn.stringToTerraform(struct!.alias),
    expression: cdktn.stringToTerraform(struct!.expression),
    number_format: dashboardTableTilesFormulasNumberFormatToTerraform(struct!.numberFormat),
  }
}


export function dashboardTableTilesFormulasToHclTerraform(struct?: DashboardTableTilesFormulas | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    alias: {
      value: cdktn.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    expression: {
      value: cdktn.stringToHclTerraform(struct!.expression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTableTilesFormulasNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTableTilesFormulasNumberFormat",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTableTilesFormulasOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardTableTilesFormulas | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._expression !== undefined) {
      hasAnyValues = true;
      internalValueResult.expression = this._expression;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTableTilesFormulas | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alias = undefined;
      this._expression = undefined;
      this._numberFormat.internalValue = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alias = value.alias;
      this._expression = value.expression;
      this._numberFormat.internalValue = value.numberFormat;
    }
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // expression - computed: false, optional: false, required: true
  private _expression?: string; 
  public get expression() {
    return this.getStringAttribute('expression');
  }
  public set expression(value: string) {
    this._expression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionInput() {
    return this._expression;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTableTilesFormulasNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTableTilesFormulasNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }
}

export class DashboardTableTilesFormulasList extends cdktn.ComplexList {
  public internalValue? : DashboardTableTilesFormulas[] | cdktn.IResolvable

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
  public get(index: number): DashboardTableTilesFormulasOutputReference {
    return new DashboardTableTilesFormulasOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTableTilesNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTableTilesNumberFormatToTerraform(struct?: DashboardTableTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardTableTilesNumberFormatToHclTerraform(struct?: DashboardTableTilesNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTableTilesNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTableTilesNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTableTilesNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTableTilesOnClickFilters {
  /**
  * Expression filtered on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#expression Dashboard#expression}
  */
  readonly expression: string;
  /**
  * Kind of filter: `expressionTemplate`. Defaults to `"expressionTemplate"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#kind Dashboard#kind}
  */
  readonly kind?: string;
  /**
  * Template of the value, from the clicked row.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#template Dashboard#template}
  */
  readonly template: string;
}

export function dashboardTableTilesOnClickFiltersToTerraform(struct?: DashboardTableTilesOnClickFilters | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    expression: cdktn.stringToTerraform(struct!.expression),
    kind: cdktn.stringToTerraform(struct!.kind),
    template: cdktn.stringToTerraform(struct!.template),
  }
}


export function dashboardTableTilesOnClickFiltersToHclTerraform(struct?: DashboardTableTilesOnClickFilters | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    expression: {
      value: cdktn.stringToHclTerraform(struct!.expression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    kind: {
      value: cdktn.stringToHclTerraform(struct!.kind),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    template: {
      value: cdktn.stringToHclTerraform(struct!.template),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTableTilesOnClickFiltersOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardTableTilesOnClickFilters | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._expression !== undefined) {
      hasAnyValues = true;
      internalValueResult.expression = this._expression;
    }
    if (this._kind !== undefined) {
      hasAnyValues = true;
      internalValueResult.kind = this._kind;
    }
    if (this._template !== undefined) {
      hasAnyValues = true;
      internalValueResult.template = this._template;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTableTilesOnClickFilters | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._expression = undefined;
      this._kind = undefined;
      this._template = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._expression = value.expression;
      this._kind = value.kind;
      this._template = value.template;
    }
  }

  // expression - computed: false, optional: false, required: true
  private _expression?: string; 
  public get expression() {
    return this.getStringAttribute('expression');
  }
  public set expression(value: string) {
    this._expression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionInput() {
    return this._expression;
  }

  // kind - computed: true, optional: true, required: false
  private _kind?: string; 
  public get kind() {
    return this.getStringAttribute('kind');
  }
  public set kind(value: string) {
    this._kind = value;
  }
  public resetKind() {
    this._kind = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kindInput() {
    return this._kind;
  }

  // template - computed: false, optional: false, required: true
  private _template?: string; 
  public get template() {
    return this.getStringAttribute('template');
  }
  public set template(value: string) {
    this._template = value;
  }
  // Temporarily expose input value. Use with caution.
  public get templateInput() {
    return this._template;
  }
}

export class DashboardTableTilesOnClickFiltersList extends cdktn.ComplexList {
  public internalValue? : DashboardTableTilesOnClickFilters[] | cdktn.IResolvable

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
  public get(index: number): DashboardTableTilesOnClickFiltersOutputReference {
    return new DashboardTableTilesOnClickFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTableTilesOnClickTarget {
  /**
  * Source id (search) or dashboard id, with `mode = "id"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#id Dashboard#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * `id` (a fixed source or dashboard) or `template` (a name template).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mode Dashboard#mode}
  */
  readonly mode: string;
  /**
  * Template resolving to a source or dashboard name, with `mode = "template"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#template Dashboard#template}
  */
  readonly template?: string;
}

export function dashboardTableTilesOnClickTargetToTerraform(struct?: DashboardTableTilesOnClickTarget | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    id: cdktn.stringToTerraform(struct!.id),
    mode: cdktn.stringToTerraform(struct!.mode),
    template: cdktn.stringToTerraform(struct!.template),
  }
}


export function dashboardTableTilesOnClickTargetToHclTerraform(struct?: DashboardTableTilesOnClickTarget | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    id: {
      value: cdktn.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mode: {
      value: cdktn.stringToHclTerraform(struct!.mode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    template: {
      value: cdktn.stringToHclTerraform(struct!.template),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTableTilesOnClickTargetOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTableTilesOnClickTarget | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._mode !== undefined) {
      hasAnyValues = true;
      internalValueResult.mode = this._mode;
    }
    if (this._template !== undefined) {
      hasAnyValues = true;
      internalValueResult.template = this._template;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTableTilesOnClickTarget | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._id = undefined;
      this._mode = undefined;
      this._template = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._id = value.id;
      this._mode = value.mode;
      this._template = value.template;
    }
  }

  // id - computed: false, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // mode - computed: false, optional: false, required: true
  private _mode?: string; 
  public get mode() {
    return this.getStringAttribute('mode');
  }
  public set mode(value: string) {
    this._mode = value;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
  }

  // template - computed: false, optional: true, required: false
  private _template?: string; 
  public get template() {
    return this.getStringAttribute('template');
  }
  public set template(value: string) {
    this._template = value;
  }
  public resetTemplate() {
    this._template = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get templateInput() {
    return this._template;
  }
}
export interface DashboardTableTilesOnClick {
  /**
  * Filters applied on the target (up to 50).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#filters Dashboard#filters}
  */
  readonly filters?: DashboardTableTilesOnClickFilters[] | cdktn.IResolvable;
  /**
  * The search source or dashboard opened, for `search` and `dashboard`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#target Dashboard#target}
  */
  readonly target?: DashboardTableTilesOnClickTarget;
  /**
  * `search` (a search page), `dashboard` (another dashboard) or `external` (a URL).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#type Dashboard#type}
  */
  readonly type: string;
  /**
  * URL template, for `type = "external"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#url_template Dashboard#url_template}
  */
  readonly urlTemplate?: string;
  /**
  * Language of `where_template`: `lucene` or `sql`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
  /**
  * Template of the query applied on the target.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_template Dashboard#where_template}
  */
  readonly whereTemplate?: string;
}

export function dashboardTableTilesOnClickToTerraform(struct?: DashboardTableTilesOnClick | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    filters: cdktn.listMapper(dashboardTableTilesOnClickFiltersToTerraform, false)(struct!.filters),
    target: dashboardTableTilesOnClickTargetToTerraform(struct!.target),
    type: cdktn.stringToTerraform(struct!.type),
    url_template: cdktn.stringToTerraform(struct!.urlTemplate),
    where_language: cdktn.stringToTerraform(struct!.whereLanguage),
    where_template: cdktn.stringToTerraform(struct!.whereTemplate),
  }
}


export function dashboardTableTilesOnClickToHclTerraform(struct?: DashboardTableTilesOnClick | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    filters: {
      value: cdktn.listMapperHcl(dashboardTableTilesOnClickFiltersToHclTerraform, false)(struct!.filters),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTableTilesOnClickFiltersList",
    },
    target: {
      value: dashboardTableTilesOnClickTargetToHclTerraform(struct!.target),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTableTilesOnClickTarget",
    },
    type: {
      value: cdktn.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    url_template: {
      value: cdktn.stringToHclTerraform(struct!.urlTemplate),
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
    where_template: {
      value: cdktn.stringToHclTerraform(struct!.whereTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTableTilesOnClickOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTableTilesOnClick | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._filters?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.filters = this._filters?.internalValue;
    }
    if (this._target?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.target = this._target?.internalValue;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._urlTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.urlTemplate = this._urlTemplate;
    }
    if (this._whereLanguage !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereLanguage = this._whereLanguage;
    }
    if (this._whereTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.whereTemplate = this._whereTemplate;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTableTilesOnClick | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._filters.internalValue = undefined;
      this._target.internalValue = undefined;
      this._type = undefined;
      this._urlTemplate = undefined;
      this._whereLanguage = undefined;
      this._whereTemplate = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._filters.internalValue = value.filters;
      this._target.internalValue = value.target;
      this._type = value.type;
      this._urlTemplate = value.urlTemplate;
      this._whereLanguage = value.whereLanguage;
      this._whereTemplate = value.whereTemplate;
    }
  }

  // filters - computed: false, optional: true, required: false
  private _filters = new DashboardTableTilesOnClickFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }
  public putFilters(value: DashboardTableTilesOnClickFilters[] | cdktn.IResolvable) {
    this._filters.internalValue = value;
  }
  public resetFilters() {
    this._filters.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filtersInput() {
    return this._filters.internalValue;
  }

  // target - computed: false, optional: true, required: false
  private _target = new DashboardTableTilesOnClickTargetOutputReference(this, "target");
  public get target() {
    return this._target;
  }
  public putTarget(value: DashboardTableTilesOnClickTarget) {
    this._target.internalValue = value;
  }
  public resetTarget() {
    this._target.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetInput() {
    return this._target.internalValue;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // url_template - computed: false, optional: true, required: false
  private _urlTemplate?: string; 
  public get urlTemplate() {
    return this.getStringAttribute('url_template');
  }
  public set urlTemplate(value: string) {
    this._urlTemplate = value;
  }
  public resetUrlTemplate() {
    this._urlTemplate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get urlTemplateInput() {
    return this._urlTemplate;
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

  // where_template - computed: false, optional: true, required: false
  private _whereTemplate?: string; 
  public get whereTemplate() {
    return this.getStringAttribute('where_template');
  }
  public set whereTemplate(value: string) {
    this._whereTemplate = value;
  }
  public resetWhereTemplate() {
    this._whereTemplate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whereTemplateInput() {
    return this._whereTemplate;
  }
}
export interface DashboardTableTilesSelectNumberFormat {
  /**
  * Abbreviate large numbers (1.2k, 3.4M).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#average Dashboard#average}
  */
  readonly average?: boolean | cdktn.IResolvable;
  /**
  * Currency symbol, for `output = "currency"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#currency_symbol Dashboard#currency_symbol}
  */
  readonly currencySymbol?: string;
  /**
  * Use powers of 1000 instead of 1024 for bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#decimal_bytes Dashboard#decimal_bytes}
  */
  readonly decimalBytes?: boolean | cdktn.IResolvable;
  /**
  * Multiply the value by this factor before display; for `time` and `duration`, the raw value's unit in seconds (`0.001` for milliseconds).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#factor Dashboard#factor}
  */
  readonly factor?: number;
  /**
  * Decimal places shown.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#mantissa Dashboard#mantissa}
  */
  readonly mantissa?: number;
  /**
  * Unit of the raw value, for the `byte` output (`bytes_iec`, `bytes_si`, `bits_iec`, `bits_si`, `kibibytes`, `kilobytes`, `mebibytes`, `megabytes`, `gibibytes`, `gigabytes`, `tebibytes`, `terabytes`, `pebibytes`, `petabytes`), `data_rate` (`packets_sec`, `bytes_sec_iec`, `bytes_sec_si`, `bits_sec_iec`, `bits_sec_si`, `kibibytes_sec`, `kibibits_sec`, `kilobytes_sec`, `kilobits_sec`, `mebibytes_sec`, `mebibits_sec`, `megabytes_sec`, `megabits_sec`, `gibibytes_sec`, `gibibits_sec`, `gigabytes_sec`, `gigabits_sec`, `tebibytes_sec`, `tebibits_sec`, `terabytes_sec`, `terabits_sec`, `pebibytes_sec`, `pebibits_sec`, `petabytes_sec`, `petabits_sec`) and `throughput` (`cps`, `ops`, `rps`, `reads_sec`, `wps`, `iops`, `cpm`, `opm`, `rpm_reads`, `wpm`). A time or duration gives its unit as `factor` instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#numeric_unit Dashboard#numeric_unit}
  */
  readonly numericUnit?: string;
  /**
  * Kind of value: `currency`, `percent`, `byte`, `time`, `duration`, `number`, `data_rate`, `throughput`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#output Dashboard#output}
  */
  readonly output: string;
  /**
  * Group thousands with a separator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#thousand_separated Dashboard#thousand_separated}
  */
  readonly thousandSeparated?: boolean | cdktn.IResolvable;
  /**
  * Free-text unit appended to the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#unit Dashboard#unit}
  */
  readonly unit?: string;
}

export function dashboardTableTilesSelectNumberFormatToTerraform(struct?: DashboardTableTilesSelectNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    average: cdktn.booleanToTerraform(struct!.average),
    currency_symbol: cdktn.stringToTerraform(struct!.currencySymbol),
    decimal_bytes: cdktn.booleanToTerraform(struct!.decimalBytes),
    factor: cdktn.numberToTerraform(struct!.factor),
    mantissa: cdktn.numberToTerraform(struct!.mantissa),
    numeric_unit: cdktn.stringToTerraform(struct!.numericUnit),
    output: cdktn.stringToTerraform(struct!.output),
    thousand_separated: cdktn.booleanToTerraform(struct!.thousandSeparated),
    unit: cdktn.stringToTerraform(struct!.unit),
  }
}


export function dashboardTableTilesSelectNumberFormatToHclTerraform(struct?: DashboardTableTilesSelectNumberFormat | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    average: {
      value: cdktn.booleanToHclTerraform(struct!.average),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    currency_symbol: {
      value: cdktn.stringToHclTerraform(struct!.currencySymbol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    decimal_bytes: {
      value: cdktn.booleanToHclTerraform(struct!.decimalBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    factor: {
      value: cdktn.numberToHclTerraform(struct!.factor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mantissa: {
      value: cdktn.numberToHclTerraform(struct!.mantissa),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    numeric_unit: {
      value: cdktn.stringToHclTerraform(struct!.numericUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    output: {
      value: cdktn.stringToHclTerraform(struct!.output),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    thousand_separated: {
      value: cdktn.booleanToHclTerraform(struct!.thousandSeparated),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unit: {
      value: cdktn.stringToHclTerraform(struct!.unit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTableTilesSelectNumberFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DashboardTableTilesSelectNumberFormat | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._average !== undefined) {
      hasAnyValues = true;
      internalValueResult.average = this._average;
    }
    if (this._currencySymbol !== undefined) {
      hasAnyValues = true;
      internalValueResult.currencySymbol = this._currencySymbol;
    }
    if (this._decimalBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.decimalBytes = this._decimalBytes;
    }
    if (this._factor !== undefined) {
      hasAnyValues = true;
      internalValueResult.factor = this._factor;
    }
    if (this._mantissa !== undefined) {
      hasAnyValues = true;
      internalValueResult.mantissa = this._mantissa;
    }
    if (this._numericUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.numericUnit = this._numericUnit;
    }
    if (this._output !== undefined) {
      hasAnyValues = true;
      internalValueResult.output = this._output;
    }
    if (this._thousandSeparated !== undefined) {
      hasAnyValues = true;
      internalValueResult.thousandSeparated = this._thousandSeparated;
    }
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTableTilesSelectNumberFormat | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._average = undefined;
      this._currencySymbol = undefined;
      this._decimalBytes = undefined;
      this._factor = undefined;
      this._mantissa = undefined;
      this._numericUnit = undefined;
      this._output = undefined;
      this._thousandSeparated = undefined;
      this._unit = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._average = value.average;
      this._currencySymbol = value.currencySymbol;
      this._decimalBytes = value.decimalBytes;
      this._factor = value.factor;
      this._mantissa = value.mantissa;
      this._numericUnit = value.numericUnit;
      this._output = value.output;
      this._thousandSeparated = value.thousandSeparated;
      this._unit = value.unit;
    }
  }

  // average - computed: false, optional: true, required: false
  private _average?: boolean | cdktn.IResolvable; 
  public get average() {
    return this.getBooleanAttribute('average');
  }
  public set average(value: boolean | cdktn.IResolvable) {
    this._average = value;
  }
  public resetAverage() {
    this._average = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get averageInput() {
    return this._average;
  }

  // currency_symbol - computed: false, optional: true, required: false
  private _currencySymbol?: string; 
  public get currencySymbol() {
    return this.getStringAttribute('currency_symbol');
  }
  public set currencySymbol(value: string) {
    this._currencySymbol = value;
  }
  public resetCurrencySymbol() {
    this._currencySymbol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currencySymbolInput() {
    return this._currencySymbol;
  }

  // decimal_bytes - computed: false, optional: true, required: false
  private _decimalBytes?: boolean | cdktn.IResolvable; 
  public get decimalBytes() {
    return this.getBooleanAttribute('decimal_bytes');
  }
  public set decimalBytes(value: boolean | cdktn.IResolvable) {
    this._decimalBytes = value;
  }
  public resetDecimalBytes() {
    this._decimalBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decimalBytesInput() {
    return this._decimalBytes;
  }

  // factor - computed: false, optional: true, required: false
  private _factor?: number; 
  public get factor() {
    return this.getNumberAttribute('factor');
  }
  public set factor(value: number) {
    this._factor = value;
  }
  public resetFactor() {
    this._factor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get factorInput() {
    return this._factor;
  }

  // mantissa - computed: false, optional: true, required: false
  private _mantissa?: number; 
  public get mantissa() {
    return this.getNumberAttribute('mantissa');
  }
  public set mantissa(value: number) {
    this._mantissa = value;
  }
  public resetMantissa() {
    this._mantissa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mantissaInput() {
    return this._mantissa;
  }

  // numeric_unit - computed: false, optional: true, required: false
  private _numericUnit?: string; 
  public get numericUnit() {
    return this.getStringAttribute('numeric_unit');
  }
  public set numericUnit(value: string) {
    this._numericUnit = value;
  }
  public resetNumericUnit() {
    this._numericUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numericUnitInput() {
    return this._numericUnit;
  }

  // output - computed: false, optional: false, required: true
  private _output?: string; 
  public get output() {
    return this.getStringAttribute('output');
  }
  public set output(value: string) {
    this._output = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputInput() {
    return this._output;
  }

  // thousand_separated - computed: false, optional: true, required: false
  private _thousandSeparated?: boolean | cdktn.IResolvable; 
  public get thousandSeparated() {
    return this.getBooleanAttribute('thousand_separated');
  }
  public set thousandSeparated(value: boolean | cdktn.IResolvable) {
    this._thousandSeparated = value;
  }
  public resetThousandSeparated() {
    this._thousandSeparated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thousandSeparatedInput() {
    return this._thousandSeparated;
  }

  // unit - computed: false, optional: true, required: false
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  public resetUnit() {
    this._unit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
  }
}
export interface DashboardTableTilesSelect {
  /**
  * Aggregation: `avg`, `count`, `count_distinct`, `last_value`, `max`, `min`, `quantile`, `sum`, `any`, `none`, `increase`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#agg_fn Dashboard#agg_fn}
  */
  readonly aggFn: string;
  /**
  * Series name shown in the legend.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#alias Dashboard#alias}
  */
  readonly alias?: string;
  /**
  * Quantile level (0.5, 0.9, 0.95 or 0.99); only with `agg_fn = "quantile"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#level Dashboard#level}
  */
  readonly level?: number;
  /**
  * Metric name, for metric sources.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_name Dashboard#metric_name}
  */
  readonly metricName?: string;
  /**
  * Metric data type, for metric sources: `sum`, `gauge`, `histogram`, `summary`, `exponential histogram`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#metric_type Dashboard#metric_type}
  */
  readonly metricType?: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTableTilesSelectNumberFormat;
  /**
  * Per-period aggregation applied before `agg_fn`: `delta`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#period_agg_fn Dashboard#period_agg_fn}
  */
  readonly periodAggFn?: string;
  /**
  * Column or SQL expression aggregated. Required unless `agg_fn` is `count`, where it must be left out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#value_expression Dashboard#value_expression}
  */
  readonly valueExpression?: string;
  /**
  * Filter of this series only. Defaults to `""`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where Dashboard#where}
  */
  readonly where?: string;
  /**
  * Query language of `where`: `lucene` or `sql`. Defaults to `"lucene"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#where_language Dashboard#where_language}
  */
  readonly whereLanguage?: string;
}

export function dashboardTableTilesSelectToTerraform(struct?: DashboardTableTilesSelect | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    agg_fn: cdktn.stringToTerraform(struct!.aggFn),
    alias: cdktn.stringToTerraform(struct!.alias),
    level: cdktn.numberToTerraform(struct!.level),
    metric_name: cdktn.stringToTerraform(struct!.metricName),
    metric_type: cdktn.stringToTerraform(struct!.metricType),
    number_format: dashboardTableTilesSelectNumberFormatToTerraform(struct!.numberFormat),
    period_agg_fn: cdktn.stringToTerraform(struct!.periodAggFn),
    value_expression: cdktn.stringToTerraform(struct!.valueExpression),
    where: cdktn.stringToTerraform(struct!.where),
    where_language: cdktn.stringToTerraform(struct!.whereLanguage),
  }
}


export function dashboardTableTilesSelectToHclTerraform(struct?: DashboardTableTilesSelect | cdktn.IResolvable): any {
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
    alias: {
      value: cdktn.stringToHclTerraform(struct!.alias),
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
    metric_name: {
      value: cdktn.stringToHclTerraform(struct!.metricName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    metric_type: {
      value: cdktn.stringToHclTerraform(struct!.metricType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_format: {
      value: dashboardTableTilesSelectNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTableTilesSelectNumberFormat",
    },
    period_agg_fn: {
      value: cdktn.stringToHclTerraform(struct!.periodAggFn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_expression: {
      value: cdktn.stringToHclTerraform(struct!.valueExpression),
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

export class DashboardTableTilesSelectOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardTableTilesSelect | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggFn = this._aggFn;
    }
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._level !== undefined) {
      hasAnyValues = true;
      internalValueResult.level = this._level;
    }
    if (this._metricName !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricName = this._metricName;
    }
    if (this._metricType !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricType = this._metricType;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._periodAggFn !== undefined) {
      hasAnyValues = true;
      internalValueResult.periodAggFn = this._periodAggFn;
    }
    if (this._valueExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueExpression = this._valueExpression;
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

  public set internalValue(value: DashboardTableTilesSelect | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggFn = undefined;
      this._alias = undefined;
      this._level = undefined;
      this._metricName = undefined;
      this._metricType = undefined;
      this._numberFormat.internalValue = undefined;
      this._periodAggFn = undefined;
      this._valueExpression = undefined;
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
      this._alias = value.alias;
      this._level = value.level;
      this._metricName = value.metricName;
      this._metricType = value.metricType;
      this._numberFormat.internalValue = value.numberFormat;
      this._periodAggFn = value.periodAggFn;
      this._valueExpression = value.valueExpression;
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

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
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

  // metric_type - computed: false, optional: true, required: false
  private _metricType?: string; 
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }
  public set metricType(value: string) {
    this._metricType = value;
  }
  public resetMetricType() {
    this._metricType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricTypeInput() {
    return this._metricType;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTableTilesSelectNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTableTilesSelectNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // period_agg_fn - computed: false, optional: true, required: false
  private _periodAggFn?: string; 
  public get periodAggFn() {
    return this.getStringAttribute('period_agg_fn');
  }
  public set periodAggFn(value: string) {
    this._periodAggFn = value;
  }
  public resetPeriodAggFn() {
    this._periodAggFn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodAggFnInput() {
    return this._periodAggFn;
  }

  // value_expression - computed: false, optional: true, required: false
  private _valueExpression?: string; 
  public get valueExpression() {
    return this.getStringAttribute('value_expression');
  }
  public set valueExpression(value: string) {
    this._valueExpression = value;
  }
  public resetValueExpression() {
    this._valueExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueExpressionInput() {
    return this._valueExpression;
  }

  // where - computed: true, optional: true, required: false
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

  // where_language - computed: true, optional: true, required: false
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

export class DashboardTableTilesSelectList extends cdktn.ComplexList {
  public internalValue? : DashboardTableTilesSelect[] | cdktn.IResolvable

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
  public get(index: number): DashboardTableTilesSelectOutputReference {
    return new DashboardTableTilesSelectOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DashboardTableTiles {
  /**
  * Show the first column divided by the second (needs exactly 2 select items). Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#as_ratio Dashboard#as_ratio}
  */
  readonly asRatio?: boolean | cdktn.IResolvable;
  /**
  * Id of the container (see `containers`) the tile sits in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#container_id Dashboard#container_id}
  */
  readonly containerId?: string;
  /**
  * Formulas over the select items (up to 10), such as `A / B`. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#formulas Dashboard#formulas}
  */
  readonly formulas?: DashboardTableTilesFormulas[] | cdktn.IResolvable;
  /**
  * Group by expression (one series per group).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#group_by Dashboard#group_by}
  */
  readonly groupBy?: string;
  /**
  * Show the group-by columns first.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#group_by_columns_on_left Dashboard#group_by_columns_on_left}
  */
  readonly groupByColumnsOnLeft?: boolean | cdktn.IResolvable;
  /**
  * Height in rows, from 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#h Dashboard#h}
  */
  readonly h: number;
  /**
  * SQL `HAVING` condition.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#having Dashboard#having}
  */
  readonly having?: string;
  /**
  * Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#key Dashboard#key}
  */
  readonly key?: string;
  /**
  * Title of the tile (may be empty).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#name Dashboard#name}
  */
  readonly name: string;
  /**
  * How numbers are displayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#number_format Dashboard#number_format}
  */
  readonly numberFormat?: DashboardTableTilesNumberFormat;
  /**
  * What clicking a row opens.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#on_click Dashboard#on_click}
  */
  readonly onClick?: DashboardTableTilesOnClick;
  /**
  * SQL `ORDER BY` expression.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#order_by Dashboard#order_by}
  */
  readonly orderBy?: string;
  /**
  * Columns aggregated (1 to 20).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#select Dashboard#select}
  */
  readonly select: DashboardTableTilesSelect[] | cdktn.IResolvable;
  /**
  * Show the select columns alongside the formulas. OSS only: not available on Managed ClickStack.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#show_operand_series Dashboard#show_operand_series}
  */
  readonly showOperandSeries?: boolean | cdktn.IResolvable;
  /**
  * Id of the source queried (see the `clickstack_source` data source).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#source_id Dashboard#source_id}
  */
  readonly sourceId: string;
  /**
  * Id of the tab of its container the tile sits in; needs `container_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#tab_id Dashboard#tab_id}
  */
  readonly tabId?: string;
  /**
  * Width in columns, 1 to 24.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#w Dashboard#w}
  */
  readonly w: number;
  /**
  * Column of the left edge on the 24-column grid, 0 to 23.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#x Dashboard#x}
  */
  readonly x: number;
  /**
  * Row of the top edge, from 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#y Dashboard#y}
  */
  readonly y: number;
}

export function dashboardTableTilesToTerraform(struct?: DashboardTableTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    as_ratio: cdktn.booleanToTerraform(struct!.asRatio),
    container_id: cdktn.stringToTerraform(struct!.containerId),
    formulas: cdktn.listMapper(dashboardTableTilesFormulasToTerraform, false)(struct!.formulas),
    group_by: cdktn.stringToTerraform(struct!.groupBy),
    group_by_columns_on_left: cdktn.booleanToTerraform(struct!.groupByColumnsOnLeft),
    h: cdktn.numberToTerraform(struct!.h),
    having: cdktn.stringToTerraform(struct!.having),
    key: cdktn.stringToTerraform(struct!.key),
    name: cdktn.stringToTerraform(struct!.name),
    number_format: dashboardTableTilesNumberFormatToTerraform(struct!.numberFormat),
    on_click: dashboardTableTilesOnClickToTerraform(struct!.onClick),
    order_by: cdktn.stringToTerraform(struct!.orderBy),
    select: cdktn.listMapper(dashboardTableTilesSelectToTerraform, false)(struct!.select),
    show_operand_series: cdktn.booleanToTerraform(struct!.showOperandSeries),
    source_id: cdktn.stringToTerraform(struct!.sourceId),
    tab_id: cdktn.stringToTerraform(struct!.tabId),
    w: cdktn.numberToTerraform(struct!.w),
    x: cdktn.numberToTerraform(struct!.x),
    y: cdktn.numberToTerraform(struct!.y),
  }
}


export function dashboardTableTilesToHclTerraform(struct?: DashboardTableTiles | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    as_ratio: {
      value: cdktn.booleanToHclTerraform(struct!.asRatio),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    container_id: {
      value: cdktn.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    formulas: {
      value: cdktn.listMapperHcl(dashboardTableTilesFormulasToHclTerraform, false)(struct!.formulas),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTableTilesFormulasList",
    },
    group_by: {
      value: cdktn.stringToHclTerraform(struct!.groupBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    group_by_columns_on_left: {
      value: cdktn.booleanToHclTerraform(struct!.groupByColumnsOnLeft),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    h: {
      value: cdktn.numberToHclTerraform(struct!.h),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    having: {
      value: cdktn.stringToHclTerraform(struct!.having),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key: {
      value: cdktn.stringToHclTerraform(struct!.key),
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
    number_format: {
      value: dashboardTableTilesNumberFormatToHclTerraform(struct!.numberFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTableTilesNumberFormat",
    },
    on_click: {
      value: dashboardTableTilesOnClickToHclTerraform(struct!.onClick),
      isBlock: true,
      type: "struct",
      storageClassType: "DashboardTableTilesOnClick",
    },
    order_by: {
      value: cdktn.stringToHclTerraform(struct!.orderBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    select: {
      value: cdktn.listMapperHcl(dashboardTableTilesSelectToHclTerraform, false)(struct!.select),
      isBlock: true,
      type: "list",
      storageClassType: "DashboardTableTilesSelectList",
    },
    show_operand_series: {
      value: cdktn.booleanToHclTerraform(struct!.showOperandSeries),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    source_id: {
      value: cdktn.stringToHclTerraform(struct!.sourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tab_id: {
      value: cdktn.stringToHclTerraform(struct!.tabId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    w: {
      value: cdktn.numberToHclTerraform(struct!.w),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    x: {
      value: cdktn.numberToHclTerraform(struct!.x),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    y: {
      value: cdktn.numberToHclTerraform(struct!.y),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DashboardTableTilesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DashboardTableTiles | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._asRatio !== undefined) {
      hasAnyValues = true;
      internalValueResult.asRatio = this._asRatio;
    }
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._formulas?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.formulas = this._formulas?.internalValue;
    }
    if (this._groupBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.groupBy = this._groupBy;
    }
    if (this._groupByColumnsOnLeft !== undefined) {
      hasAnyValues = true;
      internalValueResult.groupByColumnsOnLeft = this._groupByColumnsOnLeft;
    }
    if (this._h !== undefined) {
      hasAnyValues = true;
      internalValueResult.h = this._h;
    }
    if (this._having !== undefined) {
      hasAnyValues = true;
      internalValueResult.having = this._having;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._numberFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberFormat = this._numberFormat?.internalValue;
    }
    if (this._onClick?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.onClick = this._onClick?.internalValue;
    }
    if (this._orderBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.orderBy = this._orderBy;
    }
    if (this._select?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.select = this._select?.internalValue;
    }
    if (this._showOperandSeries !== undefined) {
      hasAnyValues = true;
      internalValueResult.showOperandSeries = this._showOperandSeries;
    }
    if (this._sourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceId = this._sourceId;
    }
    if (this._tabId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tabId = this._tabId;
    }
    if (this._w !== undefined) {
      hasAnyValues = true;
      internalValueResult.w = this._w;
    }
    if (this._x !== undefined) {
      hasAnyValues = true;
      internalValueResult.x = this._x;
    }
    if (this._y !== undefined) {
      hasAnyValues = true;
      internalValueResult.y = this._y;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DashboardTableTiles | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._asRatio = undefined;
      this._containerId = undefined;
      this._formulas.internalValue = undefined;
      this._groupBy = undefined;
      this._groupByColumnsOnLeft = undefined;
      this._h = undefined;
      this._having = undefined;
      this._key = undefined;
      this._name = undefined;
      this._numberFormat.internalValue = undefined;
      this._onClick.internalValue = undefined;
      this._orderBy = undefined;
      this._select.internalValue = undefined;
      this._showOperandSeries = undefined;
      this._sourceId = undefined;
      this._tabId = undefined;
      this._w = undefined;
      this._x = undefined;
      this._y = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._asRatio = value.asRatio;
      this._containerId = value.containerId;
      this._formulas.internalValue = value.formulas;
      this._groupBy = value.groupBy;
      this._groupByColumnsOnLeft = value.groupByColumnsOnLeft;
      this._h = value.h;
      this._having = value.having;
      this._key = value.key;
      this._name = value.name;
      this._numberFormat.internalValue = value.numberFormat;
      this._onClick.internalValue = value.onClick;
      this._orderBy = value.orderBy;
      this._select.internalValue = value.select;
      this._showOperandSeries = value.showOperandSeries;
      this._sourceId = value.sourceId;
      this._tabId = value.tabId;
      this._w = value.w;
      this._x = value.x;
      this._y = value.y;
    }
  }

  // as_ratio - computed: true, optional: true, required: false
  private _asRatio?: boolean | cdktn.IResolvable; 
  public get asRatio() {
    return this.getBooleanAttribute('as_ratio');
  }
  public set asRatio(value: boolean | cdktn.IResolvable) {
    this._asRatio = value;
  }
  public resetAsRatio() {
    this._asRatio = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asRatioInput() {
    return this._asRatio;
  }

  // container_id - computed: false, optional: true, required: false
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  public resetContainerId() {
    this._containerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
  }

  // formulas - computed: false, optional: true, required: false
  private _formulas = new DashboardTableTilesFormulasList(this, "formulas", false);
  public get formulas() {
    return this._formulas;
  }
  public putFormulas(value: DashboardTableTilesFormulas[] | cdktn.IResolvable) {
    this._formulas.internalValue = value;
  }
  public resetFormulas() {
    this._formulas.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get formulasInput() {
    return this._formulas.internalValue;
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

  // group_by_columns_on_left - computed: false, optional: true, required: false
  private _groupByColumnsOnLeft?: boolean | cdktn.IResolvable; 
  public get groupByColumnsOnLeft() {
    return this.getBooleanAttribute('group_by_columns_on_left');
  }
  public set groupByColumnsOnLeft(value: boolean | cdktn.IResolvable) {
    this._groupByColumnsOnLeft = value;
  }
  public resetGroupByColumnsOnLeft() {
    this._groupByColumnsOnLeft = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupByColumnsOnLeftInput() {
    return this._groupByColumnsOnLeft;
  }

  // h - computed: false, optional: false, required: true
  private _h?: number; 
  public get h() {
    return this.getNumberAttribute('h');
  }
  public set h(value: number) {
    this._h = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hInput() {
    return this._h;
  }

  // having - computed: false, optional: true, required: false
  private _having?: string; 
  public get having() {
    return this.getStringAttribute('having');
  }
  public set having(value: string) {
    this._having = value;
  }
  public resetHaving() {
    this._having = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get havingInput() {
    return this._having;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // number_format - computed: false, optional: true, required: false
  private _numberFormat = new DashboardTableTilesNumberFormatOutputReference(this, "number_format");
  public get numberFormat() {
    return this._numberFormat;
  }
  public putNumberFormat(value: DashboardTableTilesNumberFormat) {
    this._numberFormat.internalValue = value;
  }
  public resetNumberFormat() {
    this._numberFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberFormatInput() {
    return this._numberFormat.internalValue;
  }

  // on_click - computed: false, optional: true, required: false
  private _onClick = new DashboardTableTilesOnClickOutputReference(this, "on_click");
  public get onClick() {
    return this._onClick;
  }
  public putOnClick(value: DashboardTableTilesOnClick) {
    this._onClick.internalValue = value;
  }
  public resetOnClick() {
    this._onClick.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onClickInput() {
    return this._onClick.internalValue;
  }

  // order_by - computed: false, optional: true, required: false
  private _orderBy?: string; 
  public get orderBy() {
    return this.getStringAttribute('order_by');
  }
  public set orderBy(value: string) {
    this._orderBy = value;
  }
  public resetOrderBy() {
    this._orderBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderByInput() {
    return this._orderBy;
  }

  // select - computed: false, optional: false, required: true
  private _select = new DashboardTableTilesSelectList(this, "select", false);
  public get select() {
    return this._select;
  }
  public putSelect(value: DashboardTableTilesSelect[] | cdktn.IResolvable) {
    this._select.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectInput() {
    return this._select.internalValue;
  }

  // show_operand_series - computed: false, optional: true, required: false
  private _showOperandSeries?: boolean | cdktn.IResolvable; 
  public get showOperandSeries() {
    return this.getBooleanAttribute('show_operand_series');
  }
  public set showOperandSeries(value: boolean | cdktn.IResolvable) {
    this._showOperandSeries = value;
  }
  public resetShowOperandSeries() {
    this._showOperandSeries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get showOperandSeriesInput() {
    return this._showOperandSeries;
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

  // tab_id - computed: false, optional: true, required: false
  private _tabId?: string; 
  public get tabId() {
    return this.getStringAttribute('tab_id');
  }
  public set tabId(value: string) {
    this._tabId = value;
  }
  public resetTabId() {
    this._tabId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tabIdInput() {
    return this._tabId;
  }

  // w - computed: false, optional: false, required: true
  private _w?: number; 
  public get w() {
    return this.getNumberAttribute('w');
  }
  public set w(value: number) {
    this._w = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wInput() {
    return this._w;
  }

  // x - computed: false, optional: false, required: true
  private _x?: number; 
  public get x() {
    return this.getNumberAttribute('x');
  }
  public set x(value: number) {
    this._x = value;
  }
  // Temporarily expose input value. Use with caution.
  public get xInput() {
    return this._x;
  }

  // y - computed: false, optional: false, required: true
  private _y?: number; 
  public get y() {
    return this.getNumberAttribute('y');
  }
  public set y(value: number) {
    this._y = value;
  }
  // Temporarily expose input value. Use with caution.
  public get yInput() {
    return this._y;
  }
}

export class DashboardTableTilesList extends cdktn.ComplexList {
  public internalValue? : DashboardTableTiles[] | cdktn.IResolvable

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
  public get(index: number): DashboardTableTilesOutputReference {
    return new DashboardTableTilesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard clickstack_dashboard}
*/
export class Dashboard extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "clickstack_dashboard";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a Dashboard resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Dashboard to import
  * @param importFromId The id of the existing Dashboard that should be imported. Refer to the {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Dashboard to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "clickstack_dashboard", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/clickstack-iac/clickstack/0.1.0/docs/resources/dashboard clickstack_dashboard} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DashboardConfig
  */
  public constructor(scope: Construct, id: string, config: DashboardConfig) {
    super(scope, id, {
      terraformResourceType: 'clickstack_dashboard',
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
    this._barTiles.internalValue = config.barTiles;
    this._containers.internalValue = config.containers;
    this._eventPatternsTiles.internalValue = config.eventPatternsTiles;
    this._filters.internalValue = config.filters;
    this._heatmapTiles.internalValue = config.heatmapTiles;
    this._lineTiles.internalValue = config.lineTiles;
    this._markdownTiles.internalValue = config.markdownTiles;
    this._name = config.name;
    this._numberTiles.internalValue = config.numberTiles;
    this._pieTiles.internalValue = config.pieTiles;
    this._savedFilterValues.internalValue = config.savedFilterValues;
    this._savedQuery = config.savedQuery;
    this._savedQueryLanguage = config.savedQueryLanguage;
    this._searchTiles.internalValue = config.searchTiles;
    this._sqlBarTiles.internalValue = config.sqlBarTiles;
    this._sqlLineTiles.internalValue = config.sqlLineTiles;
    this._sqlNumberTiles.internalValue = config.sqlNumberTiles;
    this._sqlPieTiles.internalValue = config.sqlPieTiles;
    this._sqlStackedBarTiles.internalValue = config.sqlStackedBarTiles;
    this._sqlTableTiles.internalValue = config.sqlTableTiles;
    this._stackedBarTiles.internalValue = config.stackedBarTiles;
    this._tableTiles.internalValue = config.tableTiles;
    this._tags = config.tags;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // bar_tiles - computed: false, optional: true, required: false
  private _barTiles = new DashboardBarTilesList(this, "bar_tiles", false);
  public get barTiles() {
    return this._barTiles;
  }
  public putBarTiles(value: DashboardBarTiles[] | cdktn.IResolvable) {
    this._barTiles.internalValue = value;
  }
  public resetBarTiles() {
    this._barTiles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get barTilesInput() {
    return this._barTiles.internalValue;
  }

  // containers - computed: true, optional: true, required: false
  private _containers = new DashboardContainersList(this, "containers", false);
  public get containers() {
    return this._containers;
  }
  public putContainers(value: DashboardContainers[] | cdktn.IResolvable) {
    this._containers.internalValue = value;
  }
  public resetContainers() {
    this._containers.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containersInput() {
    return this._containers.internalValue;
  }

  // event_patterns_tiles - computed: false, optional: true, required: false
  private _eventPatternsTiles = new DashboardEventPatternsTilesList(this, "event_patterns_tiles", false);
  public get eventPatternsTiles() {
    return this._eventPatternsTiles;
  }
  public putEventPatternsTiles(value: DashboardEventPatternsTiles[] | cdktn.IResolvable) {
    this._eventPatternsTiles.internalValue = value;
  }
  public resetEventPatternsTiles() {
    this._eventPatternsTiles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eventPatternsTilesInput() {
    return this._eventPatternsTiles.internalValue;
  }

  // filters - computed: true, optional: true, required: false
  private _filters = new DashboardFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }
  public putFilters(value: DashboardFilters[] | cdktn.IResolvable) {
    this._filters.internalValue = value;
  }
  public resetFilters() {
    this._filters.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filtersInput() {
    return this._filters.internalValue;
  }

  // heatmap_tiles - computed: false, optional: true, required: false
  private _heatmapTiles = new DashboardHeatmapTilesList(this, "heatmap_tiles", false);
  public get heatmapTiles() {
    return this._heatmapTiles;
  }
  public putHeatmapTiles(value: DashboardHeatmapTiles[] | cdktn.IResolvable) {
    this._heatmapTiles.internalValue = value;
  }
  public resetHeatmapTiles() {
    this._heatmapTiles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heatmapTilesInput() {
    return this._heatmapTiles.internalValue;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // line_tiles - computed: false, optional: true, required: false
  private _lineTiles = new DashboardLineTilesList(this, "line_tiles", false);
  public get lineTiles() {
    return this._lineTiles;
  }
  public putLineTiles(value: DashboardLineTiles[] | cdktn.IResolvable) {
    this._lineTiles.internalValue = value;
  }
  public resetLineTiles() {
    this._lineTiles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lineTilesInput() {
    return this._lineTiles.internalValue;
  }

  // markdown_tiles - computed: false, optional: true, required: false
  private _markdownTiles = new DashboardMarkdownTilesList(this, "markdown_tiles", false);
  public get markdownTiles() {
    return this._markdownTiles;
  }
  public putMarkdownTiles(value: DashboardMarkdownTiles[] | cdktn.IResolvable) {
    this._markdownTiles.internalValue = value;
  }
  public resetMarkdownTiles() {
    this._markdownTiles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get markdownTilesInput() {
    return this._markdownTiles.internalValue;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // number_tiles - computed: false, optional: true, required: false
  private _numberTiles = new DashboardNumberTilesList(this, "number_tiles", false);
  public get numberTiles() {
    return this._numberTiles;
  }
  public putNumberTiles(value: DashboardNumberTiles[] | cdktn.IResolvable) {
    this._numberTiles.internalValue = value;
  }
  public resetNumberTiles() {
    this._numberTiles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberTilesInput() {
    return this._numberTiles.internalValue;
  }

  // pie_tiles - computed: false, optional: true, required: false
  private _pieTiles = new DashboardPieTilesList(this, "pie_tiles", false);
  public get pieTiles() {
    return this._pieTiles;
  }
  public putPieTiles(value: DashboardPieTiles[] | cdktn.IResolvable) {
    this._pieTiles.internalValue = value;
  }
  public resetPieTiles() {
    this._pieTiles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pieTilesInput() {
    return this._pieTiles.internalValue;
  }

  // saved_filter_values - computed: true, optional: true, required: false
  private _savedFilterValues = new DashboardSavedFilterValuesList(this, "saved_filter_values", false);
  public get savedFilterValues() {
    return this._savedFilterValues;
  }
  public putSavedFilterValues(value: DashboardSavedFilterValues[] | cdktn.IResolvable) {
    this._savedFilterValues.internalValue = value;
  }
  public resetSavedFilterValues() {
    this._savedFilterValues.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get savedFilterValuesInput() {
    return this._savedFilterValues.internalValue;
  }

  // saved_query - computed: false, optional: true, required: false
  private _savedQuery?: string; 
  public get savedQuery() {
    return this.getStringAttribute('saved_query');
  }
  public set savedQuery(value: string) {
    this._savedQuery = value;
  }
  public resetSavedQuery() {
    this._savedQuery = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get savedQueryInput() {
    return this._savedQuery;
  }

  // saved_query_language - computed: true, optional: true, required: false
  private _savedQueryLanguage?: string; 
  public get savedQueryLanguage() {
    return this.getStringAttribute('saved_query_language');
  }
  public set savedQueryLanguage(value: string) {
    this._savedQueryLanguage = value;
  }
  public resetSavedQueryLanguage() {
    this._savedQueryLanguage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get savedQueryLanguageInput() {
    return this._savedQueryLanguage;
  }

  // search_tiles - computed: false, optional: true, required: false
  private _searchTiles = new DashboardSearchTilesList(this, "search_tiles", false);
  public get searchTiles() {
    return this._searchTiles;
  }
  public putSearchTiles(value: DashboardSearchTiles[] | cdktn.IResolvable) {
    this._searchTiles.internalValue = value;
  }
  public resetSearchTiles() {
    this._searchTiles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get searchTilesInput() {
    return this._searchTiles.internalValue;
  }

  // sql_bar_tiles - computed: false, optional: true, required: false
  private _sqlBarTiles = new DashboardSqlBarTilesList(this, "sql_bar_tiles", false);
  public get sqlBarTiles() {
    return this._sqlBarTiles;
  }
  public putSqlBarTiles(value: DashboardSqlBarTiles[] | cdktn.IResolvable) {
    this._sqlBarTiles.internalValue = value;
  }
  public resetSqlBarTiles() {
    this._sqlBarTiles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlBarTilesInput() {
    return this._sqlBarTiles.internalValue;
  }

  // sql_line_tiles - computed: false, optional: true, required: false
  private _sqlLineTiles = new DashboardSqlLineTilesList(this, "sql_line_tiles", false);
  public get sqlLineTiles() {
    return this._sqlLineTiles;
  }
  public putSqlLineTiles(value: DashboardSqlLineTiles[] | cdktn.IResolvable) {
    this._sqlLineTiles.internalValue = value;
  }
  public resetSqlLineTiles() {
    this._sqlLineTiles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlLineTilesInput() {
    return this._sqlLineTiles.internalValue;
  }

  // sql_number_tiles - computed: false, optional: true, required: false
  private _sqlNumberTiles = new DashboardSqlNumberTilesList(this, "sql_number_tiles", false);
  public get sqlNumberTiles() {
    return this._sqlNumberTiles;
  }
  public putSqlNumberTiles(value: DashboardSqlNumberTiles[] | cdktn.IResolvable) {
    this._sqlNumberTiles.internalValue = value;
  }
  public resetSqlNumberTiles() {
    this._sqlNumberTiles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlNumberTilesInput() {
    return this._sqlNumberTiles.internalValue;
  }

  // sql_pie_tiles - computed: false, optional: true, required: false
  private _sqlPieTiles = new DashboardSqlPieTilesList(this, "sql_pie_tiles", false);
  public get sqlPieTiles() {
    return this._sqlPieTiles;
  }
  public putSqlPieTiles(value: DashboardSqlPieTiles[] | cdktn.IResolvable) {
    this._sqlPieTiles.internalValue = value;
  }
  public resetSqlPieTiles() {
    this._sqlPieTiles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlPieTilesInput() {
    return this._sqlPieTiles.internalValue;
  }

  // sql_stacked_bar_tiles - computed: false, optional: true, required: false
  private _sqlStackedBarTiles = new DashboardSqlStackedBarTilesList(this, "sql_stacked_bar_tiles", false);
  public get sqlStackedBarTiles() {
    return this._sqlStackedBarTiles;
  }
  public putSqlStackedBarTiles(value: DashboardSqlStackedBarTiles[] | cdktn.IResolvable) {
    this._sqlStackedBarTiles.internalValue = value;
  }
  public resetSqlStackedBarTiles() {
    this._sqlStackedBarTiles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlStackedBarTilesInput() {
    return this._sqlStackedBarTiles.internalValue;
  }

  // sql_table_tiles - computed: false, optional: true, required: false
  private _sqlTableTiles = new DashboardSqlTableTilesList(this, "sql_table_tiles", false);
  public get sqlTableTiles() {
    return this._sqlTableTiles;
  }
  public putSqlTableTiles(value: DashboardSqlTableTiles[] | cdktn.IResolvable) {
    this._sqlTableTiles.internalValue = value;
  }
  public resetSqlTableTiles() {
    this._sqlTableTiles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlTableTilesInput() {
    return this._sqlTableTiles.internalValue;
  }

  // stacked_bar_tiles - computed: false, optional: true, required: false
  private _stackedBarTiles = new DashboardStackedBarTilesList(this, "stacked_bar_tiles", false);
  public get stackedBarTiles() {
    return this._stackedBarTiles;
  }
  public putStackedBarTiles(value: DashboardStackedBarTiles[] | cdktn.IResolvable) {
    this._stackedBarTiles.internalValue = value;
  }
  public resetStackedBarTiles() {
    this._stackedBarTiles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stackedBarTilesInput() {
    return this._stackedBarTiles.internalValue;
  }

  // table_tiles - computed: false, optional: true, required: false
  private _tableTiles = new DashboardTableTilesList(this, "table_tiles", false);
  public get tableTiles() {
    return this._tableTiles;
  }
  public putTableTiles(value: DashboardTableTiles[] | cdktn.IResolvable) {
    this._tableTiles.internalValue = value;
  }
  public resetTableTiles() {
    this._tableTiles.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tableTilesInput() {
    return this._tableTiles.internalValue;
  }

  // tags - computed: true, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return this.getListAttribute('tags');
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // tile_ids - computed: true, optional: false, required: false
  private _tileIds = new cdktn.StringMap(this, "tile_ids");
  public get tileIds() {
    return this._tileIds;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      bar_tiles: cdktn.listMapper(dashboardBarTilesToTerraform, false)(this._barTiles.internalValue),
      containers: cdktn.listMapper(dashboardContainersToTerraform, false)(this._containers.internalValue),
      event_patterns_tiles: cdktn.listMapper(dashboardEventPatternsTilesToTerraform, false)(this._eventPatternsTiles.internalValue),
      filters: cdktn.listMapper(dashboardFiltersToTerraform, false)(this._filters.internalValue),
      heatmap_tiles: cdktn.listMapper(dashboardHeatmapTilesToTerraform, false)(this._heatmapTiles.internalValue),
      line_tiles: cdktn.listMapper(dashboardLineTilesToTerraform, false)(this._lineTiles.internalValue),
      markdown_tiles: cdktn.listMapper(dashboardMarkdownTilesToTerraform, false)(this._markdownTiles.internalValue),
      name: cdktn.stringToTerraform(this._name),
      number_tiles: cdktn.listMapper(dashboardNumberTilesToTerraform, false)(this._numberTiles.internalValue),
      pie_tiles: cdktn.listMapper(dashboardPieTilesToTerraform, false)(this._pieTiles.internalValue),
      saved_filter_values: cdktn.listMapper(dashboardSavedFilterValuesToTerraform, false)(this._savedFilterValues.internalValue),
      saved_query: cdktn.stringToTerraform(this._savedQuery),
      saved_query_language: cdktn.stringToTerraform(this._savedQueryLanguage),
      search_tiles: cdktn.listMapper(dashboardSearchTilesToTerraform, false)(this._searchTiles.internalValue),
      sql_bar_tiles: cdktn.listMapper(dashboardSqlBarTilesToTerraform, false)(this._sqlBarTiles.internalValue),
      sql_line_tiles: cdktn.listMapper(dashboardSqlLineTilesToTerraform, false)(this._sqlLineTiles.internalValue),
      sql_number_tiles: cdktn.listMapper(dashboardSqlNumberTilesToTerraform, false)(this._sqlNumberTiles.internalValue),
      sql_pie_tiles: cdktn.listMapper(dashboardSqlPieTilesToTerraform, false)(this._sqlPieTiles.internalValue),
      sql_stacked_bar_tiles: cdktn.listMapper(dashboardSqlStackedBarTilesToTerraform, false)(this._sqlStackedBarTiles.internalValue),
      sql_table_tiles: cdktn.listMapper(dashboardSqlTableTilesToTerraform, false)(this._sqlTableTiles.internalValue),
      stacked_bar_tiles: cdktn.listMapper(dashboardStackedBarTilesToTerraform, false)(this._stackedBarTiles.internalValue),
      table_tiles: cdktn.listMapper(dashboardTableTilesToTerraform, false)(this._tableTiles.internalValue),
      tags: cdktn.listMapper(cdktn.stringToTerraform, false)(this._tags),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      bar_tiles: {
        value: cdktn.listMapperHcl(dashboardBarTilesToHclTerraform, false)(this._barTiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardBarTilesList",
      },
      containers: {
        value: cdktn.listMapperHcl(dashboardContainersToHclTerraform, false)(this._containers.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardContainersList",
      },
      event_patterns_tiles: {
        value: cdktn.listMapperHcl(dashboardEventPatternsTilesToHclTerraform, false)(this._eventPatternsTiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardEventPatternsTilesList",
      },
      filters: {
        value: cdktn.listMapperHcl(dashboardFiltersToHclTerraform, false)(this._filters.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardFiltersList",
      },
      heatmap_tiles: {
        value: cdktn.listMapperHcl(dashboardHeatmapTilesToHclTerraform, false)(this._heatmapTiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardHeatmapTilesList",
      },
      line_tiles: {
        value: cdktn.listMapperHcl(dashboardLineTilesToHclTerraform, false)(this._lineTiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardLineTilesList",
      },
      markdown_tiles: {
        value: cdktn.listMapperHcl(dashboardMarkdownTilesToHclTerraform, false)(this._markdownTiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardMarkdownTilesList",
      },
      name: {
        value: cdktn.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      number_tiles: {
        value: cdktn.listMapperHcl(dashboardNumberTilesToHclTerraform, false)(this._numberTiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardNumberTilesList",
      },
      pie_tiles: {
        value: cdktn.listMapperHcl(dashboardPieTilesToHclTerraform, false)(this._pieTiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardPieTilesList",
      },
      saved_filter_values: {
        value: cdktn.listMapperHcl(dashboardSavedFilterValuesToHclTerraform, false)(this._savedFilterValues.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardSavedFilterValuesList",
      },
      saved_query: {
        value: cdktn.stringToHclTerraform(this._savedQuery),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      saved_query_language: {
        value: cdktn.stringToHclTerraform(this._savedQueryLanguage),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      search_tiles: {
        value: cdktn.listMapperHcl(dashboardSearchTilesToHclTerraform, false)(this._searchTiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardSearchTilesList",
      },
      sql_bar_tiles: {
        value: cdktn.listMapperHcl(dashboardSqlBarTilesToHclTerraform, false)(this._sqlBarTiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardSqlBarTilesList",
      },
      sql_line_tiles: {
        value: cdktn.listMapperHcl(dashboardSqlLineTilesToHclTerraform, false)(this._sqlLineTiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardSqlLineTilesList",
      },
      sql_number_tiles: {
        value: cdktn.listMapperHcl(dashboardSqlNumberTilesToHclTerraform, false)(this._sqlNumberTiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardSqlNumberTilesList",
      },
      sql_pie_tiles: {
        value: cdktn.listMapperHcl(dashboardSqlPieTilesToHclTerraform, false)(this._sqlPieTiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardSqlPieTilesList",
      },
      sql_stacked_bar_tiles: {
        value: cdktn.listMapperHcl(dashboardSqlStackedBarTilesToHclTerraform, false)(this._sqlStackedBarTiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardSqlStackedBarTilesList",
      },
      sql_table_tiles: {
        value: cdktn.listMapperHcl(dashboardSqlTableTilesToHclTerraform, false)(this._sqlTableTiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardSqlTableTilesList",
      },
      stacked_bar_tiles: {
        value: cdktn.listMapperHcl(dashboardStackedBarTilesToHclTerraform, false)(this._stackedBarTiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardStackedBarTilesList",
      },
      table_tiles: {
        value: cdktn.listMapperHcl(dashboardTableTilesToHclTerraform, false)(this._tableTiles.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DashboardTableTilesList",
      },
      tags: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
