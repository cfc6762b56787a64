// What every benchmark row is made of: repeated samples summarised as min, median and max, a baseline measured in
// the same run, and the goal the figure is held to.

export interface Summary {
  min: number;
  median: number;
  max: number;
  runs: number;
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1], runs: sorted.length };
}

export interface Row {
  /** The section of RESULTS.md the row belongs to. */
  group: string;
  figure: string;
  unit: string;
  /** Repeated timings, or one exact figure (a size, a request count). */
  value: Summary | number;
  /**
   * What the figure is compared with, measured in the same rounds: its median, and the ratio of the figure to it,
   * taken round by round (so that load which changes during the run falls on both sides) and then the median.
   */
  baseline?: { label: string; value: number; ratio: number };
  /** The goal in words, and whether the measured value meets it. */
  goal?: { text: string; met: boolean };
}

/** The median of the round-by-round ratios of two interleaved series. */
export function pairedRatio(samples: number[], baseline: number[]): number {
  return summarize(samples.map((sample, round) => sample / baseline[round])).median;
}

/** A baseline measured in the same rounds as `samples`: its median, and their paired ratio to it. */
export function pairedBaseline(label: string, samples: number[], baseline: number[]): NonNullable<Row['baseline']> {
  return { label, value: summarize(baseline).median, ratio: pairedRatio(samples, baseline) };
}

/** Runs each measurement once per round, in turn, so that every figure sees the same machine load. */
export async function interleaved<K extends string>(rounds: number, measurements: Record<K, () => Promise<number>>): Promise<Record<K, number[]>> {
  const samples = Object.fromEntries(Object.keys(measurements).map((key) => [key, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < rounds; round++) {
    for (const key of Object.keys(measurements) as K[]) samples[key].push(await measurements[key]());
  }
  return samples;
}
