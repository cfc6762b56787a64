// A benchmark's section of bench/RESULTS.md: its rows as tables (one per group) and its notes, between markers of its
// own, so that `npm run bench` writes every section and each benchmark run alone (`npm run bench:reads`...) replaces
// only its own.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Row } from './stats';

export const RESULTS = join(__dirname, 'RESULTS.md');

export interface Section {
  rows: Row[];
  /** Sentences under the tables: how the figures were taken. */
  notes: string[];
}

export interface Benchmark {
  /** The section's marker and the script that runs it alone (`bench:<id>`). */
  id: string;
  defaultRounds: number;
  measure(rounds: number): Promise<Section>;
}

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

/** The section as markdown, between its markers. */
export function markdownSection(id: string, { rows, notes }: Section): string {
  const lines = [`<!-- bench:${id} -->`];
  for (const group of [...new Set(rows.map((row) => row.group))]) {
    lines.push(`## ${group}`, '', '| figure | min | median | max | baseline (median) | ratio | goal | met |', '|---|---|---|---|---|---|---|---|');
    lines.push(...rows.filter((row) => row.group === group).map(cells), '');
  }
  const stamp = `Measured on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(2)} at the end.`;
  lines.push(...[stamp, ...notes].map((note) => `- ${note}`), `<!-- /bench:${id} -->`, '');
  return lines.join('\n');
}

/** Replaces (or appends) the section of bench/RESULTS.md. */
export function writeSection(id: string, section: Section): string {
  const markdown = markdownSection(id, section);
  const current = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
  const pattern = new RegExp(`<!-- bench:${id} -->[\\s\\S]*?<!-- /bench:${id} -->\\n`);
  writeFileSync(RESULTS, pattern.test(current) ? current.replace(pattern, markdown) : `${current.trimEnd()}\n\n${markdown}`);
  return markdown;
}

/** `--name value` from the command line, or the fallback. */
export function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

/** Runs one benchmark (`--rounds N` overrides its default) and writes its section. */
export function runAlone(benchmark: Benchmark): void {
  benchmark
    .measure(Number(option('rounds', String(benchmark.defaultRounds))))
    .then((section) => process.stdout.write(writeSection(benchmark.id, section)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
