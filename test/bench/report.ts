/** Prints rows under headings, columns padded to their widest cell. */
export function printTable(headings: string[], rows: string[][]): void {
  const widths = headings.map((heading, column) =>
    Math.max(heading.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  console.log(`   ${line(headings)}`);
  console.log(`   ${line(widths.map((width) => "-".repeat(width)))}`);
  for (const row of rows) console.log(`   ${line(row)}`);
}

/** One figure for the closing summary; `met` is undefined for figures reported without a target. */
interface SummaryRow {
  section: string;
  name: string;
  figure: string;
  target: string;
  met?: boolean;
}

const summary: SummaryRow[] = [];
let currentSection = "";

/** Names the section whose figures follow, for the summary. */
export function summarySection(name: string): void {
  currentSection = name;
}

/**
 * A figure with its target; a miss is marked loudly, remembered for the closing line and listed in the summary
 * (as `summaryFigure` when the table's cell says something else, such as the target).
 */
export function verdict(
  met: boolean,
  figure: string,
  misses: string[],
  name: string,
  target = "",
  summaryFigure = figure,
): string {
  summary.push({ section: currentSection, name, figure: summaryFigure, target, met });
  if (met) return `${figure} ok`;
  misses.push(name);
  return `${figure} MISSED`;
}

/** A figure the summary lists without a target (for comparison only). */
export function note(name: string, figure: string, target = "–"): void {
  summary.push({ section: currentSection, name, figure, target });
}

export function printSummary(): void {
  console.log("\nSummary (every figure against its target)\n");
  printTable(
    ["section", "figure", "measured", "target", "verdict"],
    summary.map((row) => [
      row.section,
      row.name,
      row.figure,
      row.target,
      row.met === undefined ? "info" : row.met ? "ok" : "MISSED",
    ]),
  );
}

export const ms = (value: number): string =>
  value < 0.1 ? value.toFixed(4) : value < 10 ? value.toFixed(3) : value.toFixed(1);
