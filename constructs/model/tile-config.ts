// The tile `config` attribute in the bindings' shape: one optional attribute per tile kind, of which each tile sets
// exactly one. Each tile class maps itself onto its attribute in its `toConfig()`; this is the list of them.
import type { CategoryConfigData, NumberConfigData, TableConfigData } from './aggregate-tiles';
import type { EventListConfigData, HeatmapConfigData } from './event-tiles';
import type { MarkdownConfigData } from './markdown-tile';
import type { SqlConfigData, SqlLineConfigData, SqlStackedBarConfigData } from './sql-tiles';
import type { OnClickData } from './tile-options';
import type { LineConfigData, StackedBarConfigData } from './time-series-tiles';

export interface TileConfigData {
  line?: LineConfigData;
  stackedBar?: StackedBarConfigData;
  table?: TableConfigData;
  number?: NumberConfigData;
  pie?: CategoryConfigData;
  bar?: CategoryConfigData;
  heatmap?: HeatmapConfigData;
  search?: EventListConfigData & { select: string };
  eventPatterns?: EventListConfigData;
  markdown?: MarkdownConfigData;
  sqlLine?: SqlLineConfigData;
  sqlStackedBar?: SqlStackedBarConfigData;
  sqlTable?: SqlConfigData & { onClick?: OnClickData };
  sqlNumber?: SqlConfigData & { color?: string };
  sqlPie?: SqlConfigData;
  sqlBar?: SqlConfigData;
}
