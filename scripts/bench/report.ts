import { mkdirSync, writeFileSync } from 'node:fs';

export interface Row {
  group: string;
  metric: string;
  value: number;
  unit: string;
  target?: string;
  note?: string;
}

function format(row: Row): string {
  if (row.unit === 'bytes') {
    if (row.value >= 10 * 2 ** 20) return `${(row.value / 2 ** 20).toFixed(1)} MiB`;
    return row.value >= 10_240 ? `${(row.value / 1024).toFixed(1)} KiB` : `${row.value} B`;
  }
  return `${row.value.toLocaleString('en-GB')} ${row.unit}`;
}

/** Prints a table a person can read and writes the same figures as JSON for tools. */
export function report(rows: Row[], jsonPath: string): void {
  const lines = rows.map((r) => [r.group, r.metric, format(r), r.target ?? '', r.note ?? '']);
  const header = ['group', 'metric', 'value', 'target', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const print = (cells: string[]) =>
    console.log(
      cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  print(header);
  print(widths.map((w) => '-'.repeat(w)));
  lines.forEach(print);
  mkdirSync(jsonPath.replace(/\/[^/]+$/, ''), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
  console.log(`\nWrote ${jsonPath}`);
}
