/** One line of the browser benchmark's table. */
export interface BenchRow {
  name: string;
  /** What the row measures, in ms (absent for a ratio or a count row). */
  ms?: number;
  longestTaskMs?: number;
  /** Free text for ratios and counts. */
  value?: string;
}

const fmt = (n: number | undefined) => (n === undefined ? '' : n < 10 ? n.toFixed(2) : n.toFixed(0));

/** Prints the table the issue asks for: what, how long, the longest main-thread task during it. */
export function printTable(rows: readonly BenchRow[]): void {
  const width = Math.max(...rows.map((r) => r.name.length));
  const lines = [
    `${'Measure'.padEnd(width)}  ${'ms'.padStart(8)}  ${'longest task ms'.padStart(15)}  value`,
    ...rows.map(
      (r) =>
        `${r.name.padEnd(width)}  ${fmt(r.ms).padStart(8)}  ${fmt(r.longestTaskMs).padStart(15)}  ${r.value ?? ''}`,
    ),
  ];
  console.log(`\nBrowser benchmark (production build, Chromium, one page at a time)\n${lines.join('\n')}\n`);
}
