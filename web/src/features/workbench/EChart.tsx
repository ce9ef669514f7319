// One ECharts chart, imported piece by piece so the bundle carries only the funnel, the line and
// bar charts and the components they use. SVG rendering keeps text crisp at any zoom and lets
// tests find the drawing as an <svg>.
import { BarChart, FunnelChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import type { ComposeOption } from "echarts/core";
import type { BarSeriesOption, FunnelSeriesOption, LineSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

import { useIsDark } from "../../theme/ThemeProvider";

echarts.use([FunnelChart, LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  | FunnelSeriesOption
  | LineSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

export function EChart({ option, label, height = 280 }: { option: ChartOption; label: string; height?: number }) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  // ECharts' own dark theme for the dark look (axis, legend and label colours), drawn on the
  // card's background rather than its own.
  const dark = useIsDark();

  useEffect(() => {
    if (!container.current) return undefined;
    const instance = echarts.init(container.current, dark ? "dark" : undefined, { renderer: "svg" });
    chart.current = instance;
    // The card's width changes with the grid, not only with the window.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [dark]);

  // Runs after the chart is made again for a change of look, as well as for a new option.
  useEffect(() => {
    chart.current?.setOption(withBackground(option), true);
  }, [option, dark]);

  return <div ref={container} role="img" aria-label={label} style={{ width: "100%", height }} />;
}

function withBackground(option: ChartOption): ChartOption {
  return { backgroundColor: "transparent", ...option };
}
