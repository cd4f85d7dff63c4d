import { HANDLINGS, type Handling } from "../taxonomy";
import type { VolumeRow } from "./mailbox-statistics";

/**
 * Geometry of the volume chart — one stacked column per day or week, by handling, untriaged on top — shared by the
 * HTML report (SVG text) and the pane (React SVG), so both draw the same picture from the same numbers.
 */
export type VolumeSeries = Handling | "untriaged";
export const VOLUME_SERIES: readonly VolumeSeries[] = [...HANDLINGS, "untriaged"];

/**
 * Colours with at least 3:1 contrast against white (WCAG 1.4.11 for graphics) and told apart by more than hue:
 * the legend and the table beside each chart carry the same numbers.
 */
export const SERIES_COLOURS: Record<VolumeSeries, string> = {
  sag: "#0f5c8c",
  generel: "#6b4aa5",
  selvbetjening: "#1e7b34",
  booking: "#a44f00",
  ingen: "#666666",
  untriaged: "#c50f1f",
};

export interface ChartBar {
  key: string;
  series: VolumeSeries;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface VolumeChart {
  width: number;
  height: number;
  /** Plot area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  bars: ChartBar[];
  /** Axis ticks: value and y. */
  ticks: { value: number; y: number }[];
  /** Column labels (every n-th when there are many), with their centre x. */
  labels: { text: string; x: number }[];
}

function niceStep(max: number): number {
  if (max <= 5) return 1;
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough);
  return step ?? 10 * power;
}

export function volumeChart(rows: readonly VolumeRow[], width = 720, height = 260): VolumeChart {
  const plot = { left: 44, top: 12, right: width - 8, bottom: height - 36 };
  const totals = rows.map((row) => row.total);
  const step = niceStep(Math.max(1, ...totals));
  const max = Math.max(step, Math.ceil(Math.max(1, ...totals) / step) * step);
  const scale = (plot.bottom - plot.top) / max;
  const slot = (plot.right - plot.left) / Math.max(1, rows.length);
  const barWidth = Math.max(1, slot * 0.7);
  const bars: ChartBar[] = [];
  rows.forEach((row, index) => {
    let y = plot.bottom;
    const x = plot.left + index * slot + (slot - barWidth) / 2;
    for (const series of VOLUME_SERIES) {
      const value = series === "untriaged" ? row.untriaged : row.handling[series];
      if (value === 0) continue;
      const barHeight = value * scale;
      y -= barHeight;
      bars.push({ key: row.key, series, value, x, y, width: barWidth, height: barHeight });
    }
  });
  const ticks = [];
  for (let value = 0; value <= max; value += step) ticks.push({ value, y: plot.bottom - value * scale });
  const every = Math.max(1, Math.ceil(rows.length / 12));
  const labels = rows
    .map((row, index) => ({ text: row.key, x: plot.left + index * slot + slot / 2, index }))
    .filter(({ index }) => index % every === 0)
    .map(({ text, x }) => ({ text, x }));
  return { width, height, plot, bars, ticks, labels };
}
