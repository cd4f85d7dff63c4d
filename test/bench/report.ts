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

/** A figure with its target; a miss is marked loudly and remembered for the closing line. */
export function verdict(met: boolean, figure: string, misses: string[], name: string): string {
  if (met) return `${figure} ok`;
  misses.push(name);
  return `${figure} MISSED`;
}
