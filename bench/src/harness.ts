/** Times async work and reports it against a baseline measured in the same run on the same data. */
export type Timing = { name: string; runs: number; p50: number; p95: number; p99: number; mean: number };

export async function time(name: string, runs: number, work: (i: number) => Promise<unknown>, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await work(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await work(i);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { name, runs, p50: at(0.5), p95: at(0.95), p99: at(0.99), mean: samples.reduce((a, b) => a + b, 0) / samples.length };
}

export function report(title: string, baseline: Timing, candidate: Timing): string {
  const ms = (v: number) => `${v.toFixed(2).padStart(8)} ms`;
  const row = (t: Timing) => `  ${t.name.padEnd(44)} p50 ${ms(t.p50)}   p95 ${ms(t.p95)}   p99 ${ms(t.p99)}`;
  return [
    `${title}`,
    row(baseline),
    row(candidate),
    `  ratio (p50) ${(candidate.p50 / baseline.p50).toFixed(2)}×   ratio (p95) ${(candidate.p95 / baseline.p95).toFixed(2)}×   ratio (p99) ${(candidate.p99 / baseline.p99).toFixed(2)}×`,
  ].join('\n');
}
