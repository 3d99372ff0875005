/** How long each step of each cell took, collected into one table at the end of a run. */

export interface CellTiming {
  cell: string;
  node: string;
  /** Step key → seconds. */
  steps: Record<string, number>;
  failed: string[];
}

/** Columns of the table; every other step (browser scenarios, tsc runs) is summed into "checks". */
const COLUMNS = ['install', 'build', 'start'] as const;

const seconds = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(0));
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export function formatTimings(cells: CellTiming[]): string {
  const header = ['cell', 'node', ...COLUMNS.map((name) => `${name} s`), 'checks s', 'total s', 'failed'];
  const rows = cells.map((cell) => {
    const checks = Object.entries(cell.steps).filter(([key]) => !(COLUMNS as readonly string[]).includes(key));
    return [
      cell.cell,
      cell.node,
      ...COLUMNS.map((name) => seconds(cell.steps[name])),
      seconds(checks.length ? sum(checks.map(([, value]) => value)) : undefined),
      seconds(sum(Object.values(cell.steps))),
      cell.failed.join(', ') || '-',
    ];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((value, column) => value.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  const total = sum(cells.map((cell) => sum(Object.values(cell.steps))));
  return ['[matrix] time per cell:', line(header), ...rows.map(line), `[matrix] all cells: ${(total / 60).toFixed(1)} min`].join('\n');
}
