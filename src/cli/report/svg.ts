import { SERIES_COLOURS, volumeChart, type VolumeSeries } from "../../core/stats/chart-model";
import { formatPercent } from "../../core/stats/format-figures";
import type { VolumeRow } from "../../core/stats/mailbox-statistics";
import { escapeHtml } from "../../core/escape-html";

/** A stacked column chart of volume by handling, as inline SVG with a title and a description for screen readers. */
export function volumeSvg(
  id: string,
  rows: readonly VolumeRow[],
  title: string,
  description: string,
  seriesLabel: (s: VolumeSeries) => string,
): string {
  const chart = volumeChart(rows);
  const { plot } = chart;
  const ticks = chart.ticks
    .map(
      (t) =>
        `<line x1="${plot.left}" x2="${plot.right}" y1="${t.y.toFixed(1)}" y2="${t.y.toFixed(1)}" stroke="#d1d1d1"/>` +
        `<text x="${plot.left - 6}" y="${(t.y + 4).toFixed(1)}" text-anchor="end">${t.value}</text>`,
    )
    .join("");
  const bars = chart.bars
    .map(
      (b) =>
        `<rect x="${b.x.toFixed(1)}" y="${b.y.toFixed(1)}" width="${b.width.toFixed(1)}" height="${b.height.toFixed(1)}" fill="${SERIES_COLOURS[b.series]}"><title>${escapeHtml(`${b.key}: ${seriesLabel(b.series)} ${b.value}`)}</title></rect>`,
    )
    .join("");
  const labels = chart.labels
    .map(
      (l) =>
        `<text x="${l.x.toFixed(1)}" y="${plot.bottom + 16}" text-anchor="middle">${escapeHtml(l.text.slice(5))}</text>`,
    )
    .join("");
  return (
    `<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${chart.width} ${chart.height}" width="100%" font-size="11" fill="#242424">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>` +
    `${ticks}${bars}<line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="#242424"/>${labels}</svg>`
  );
}

/** Horizontal bars of shares (0–100 %), each labelled with its value so the colour is never needed to read it. */
export function sharesSvg(
  id: string,
  items: readonly { label: string; share: number | null }[],
  title: string,
): string {
  const rowHeight = 30;
  const labelWidth = 300;
  const barSpace = 340;
  const height = items.length * rowHeight + 8;
  const rows = items
    .map((item, index) => {
      const y = 4 + index * rowHeight;
      const value = item.share ?? 0;
      const text = formatPercent(item.share);
      return (
        `<text x="0" y="${y + 18}">${escapeHtml(item.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 4}" width="${barSpace}" height="18" fill="#f0f0f0"/>` +
        `<rect x="${labelWidth}" y="${y + 4}" width="${(value * barSpace).toFixed(1)}" height="18" fill="#0f5c8c"/>` +
        `<text x="${labelWidth + barSpace + 8}" y="${y + 18}">${text}</text>`
      );
    })
    .join("");
  return (
    `<svg role="img" aria-labelledby="${id}-title" viewBox="0 0 720 ${height}" width="100%" font-size="13" fill="#242424">` +
    `<title id="${id}-title">${escapeHtml(title)}</title>${rows}</svg>`
  );
}
