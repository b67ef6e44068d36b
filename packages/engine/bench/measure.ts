/** Runs `work` repeatedly for about `budgetMs` (after a warm-up) and reports operations per second. */
export interface Measurement {
  name: string;
  runs: number;
  opsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
}

export async function measure(name: string, work: () => Promise<unknown>, budgetMs = 1500): Promise<Measurement> {
  for (let i = 0; i < 5; i++) await work();
  const samples: number[] = [];
  const started = performance.now();
  while (performance.now() - started < budgetMs || samples.length < 10) {
    const t0 = performance.now();
    await work();
    samples.push(performance.now() - t0);
  }
  const total = samples.reduce((a, b) => a + b, 0);
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { name, runs: samples.length, opsPerSecond: (samples.length / total) * 1000, p50Ms: at(0.5), p95Ms: at(0.95) };
}

export function report(m: Measurement): void {
  console.log(
    `${m.name.padEnd(62)} ${m.opsPerSecond.toFixed(1).padStart(10)} ops/s   p50 ${m.p50Ms.toFixed(3)} ms   p95 ${m.p95Ms.toFixed(3)} ms   (${m.runs} runs)`,
  );
}
