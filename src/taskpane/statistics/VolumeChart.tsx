import { useId } from "react";
import { SERIES_COLOURS, VOLUME_SERIES, volumeChart, type VolumeSeries } from "../../core/stats/chart-model";
import type { VolumeRow } from "../../core/stats/mailbox-statistics";

export interface VolumeChartProps {
  rows: readonly VolumeRow[];
  title: string;
  /** What the chart shows, in words, for screen readers. */
  description: string;
  seriesLabel: (series: VolumeSeries) => string;
}

/** Stacked columns by handling, drawn from the same geometry as the HTML report; a table beside it has the numbers. */
export function VolumeChart({ rows, title, description, seriesLabel }: VolumeChartProps) {
  const id = useId();
  const chart = volumeChart(rows, 360, 200);
  const { plot } = chart;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        width="100%"
        fontSize={10}
        fill="#242424"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {chart.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke="#d1d1d1" />
            <text x={plot.left - 4} y={tick.y + 3} textAnchor="end">
              {tick.value}
            </text>
          </g>
        ))}
        {chart.bars.map((bar) => (
          <rect
            key={`${bar.key}-${bar.series}`}
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={bar.height}
            fill={SERIES_COLOURS[bar.series]}
          >
            <title>{`${bar.key}: ${seriesLabel(bar.series)} ${bar.value}`}</title>
          </rect>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#242424" />
        {chart.labels.map((label) => (
          <text key={label.text} x={label.x} y={plot.bottom + 14} textAnchor="middle">
            {label.text.slice(5)}
          </text>
        ))}
      </svg>
      <figcaption>
        <ul
          style={{
            display: "flex",
            flexWrap: "wrap",
            gap: "2px 10px",
            listStyle: "none",
            padding: 0,
            margin: 0,
          }}
        >
          {VOLUME_SERIES.map((series) => (
            <li key={series} style={{ fontSize: 12 }}>
              <span
                aria-hidden="true"
                style={{
                  display: "inline-block",
                  width: 10,
                  height: 10,
                  marginRight: 4,
                  background: SERIES_COLOURS[series],
                }}
              />
              {seriesLabel(series)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
