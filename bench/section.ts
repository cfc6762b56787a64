// One benchmark's section of bench/RESULTS.md: its rows as tables (one per group), in the layout of the whole file,
// written between markers of its own so that each benchmark can run alone and replace only what it measured.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Row } from './stats';

const RESULTS = join(__dirname, 'RESULTS.md');

const number = (value: number) => (Math.abs(value) >= 100 || Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1));

/** A row's cells: an exact figure fills the median column alone. */
function cells(row: Row): string {
  const [min, median, max] =
    typeof row.value === 'number' ? ['', `${number(row.value)} ${row.unit}`, ''] : [row.value.min, row.value.median, row.value.max].map((v) => `${number(v)} ${row.unit}`);
  const baseline = row.baseline ? `${row.baseline.label}: ${number(row.baseline.value)} ${row.unit}` : '';
  const ratio = row.baseline ? `${row.baseline.ratio.toFixed(2)}×` : '';
  const met = row.goal ? (row.goal.met ? 'yes' : '**no**') : '';
  return `| ${row.figure} | ${min} | ${median} | ${max} | ${baseline} | ${ratio} | ${row.goal?.text ?? ''} | ${met} |`;
}

export function markdownSection(rows: Row[], notes: string[]): string {
  const lines: string[] = [];
  for (const group of [...new Set(rows.map((row) => row.group))]) {
    lines.push(`## ${group}`, '', '| figure | min | median | max | baseline (median) | ratio | goal | met |', '|---|---|---|---|---|---|---|---|');
    lines.push(...rows.filter((row) => row.group === group).map(cells), '');
  }
  if (notes.length > 0) lines.push(...notes.map((note) => `- ${note}`), '');
  return lines.join('\n');
}

/** Replaces (or appends) the section `id` of bench/RESULTS.md, and prints it. */
export function writeSection(id: string, rows: Row[], notes: string[]): void {
  const stamp = `Measured by \`npm run bench:${id}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(2)} at the end.`;
  const section = `<!-- bench:${id} -->\n${markdownSection(rows, [stamp, ...notes])}<!-- /bench:${id} -->\n`;
  const current = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
  const pattern = new RegExp(`<!-- bench:${id} -->[\\s\\S]*?<!-- /bench:${id} -->\\n`);
  writeFileSync(RESULTS, pattern.test(current) ? current.replace(pattern, section) : `${current.trimEnd()}\n\n${section}`);
  process.stdout.write(section);
}

/** `--name value` from the command line, or the fallback. */
export function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}
