// Timing helpers for the benchmark scripts. This machine's timings vary by ±20 % from run to run,
// so ratios are measured by alternating the things compared, round after round, in one process.

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function seconds(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

/**
 * Runs each variant in turn, round after round, for at least `ms`; returns the median seconds per
 * call of each. Alternating keeps a slow patch of the machine from landing on one variant only.
 */
export function alternate(variants, ms, minRounds = 15) {
  return rounds(variants, ms, minRounds).map(median);
}

/** The seconds of every call, per variant, from rounds that run each variant once in turn. */
export function rounds(variants, ms, minRounds = 15) {
  for (const fn of variants) fn();
  const samples = variants.map(() => []);
  const start = Date.now();
  for (let round = 0; round < minRounds || Date.now() - start < ms; round++) {
    variants.forEach((fn, i) => samples[i].push(seconds(fn)));
  }
  return samples;
}

/**
 * How fast `fn` runs relative to `reference` (1 = as fast; 0.9 = 10 % less throughput): the
 * median over rounds of the two calls made back to back, which cancels most machine noise.
 */
export function relativeThroughput(fn, reference, ms) {
  const [a, b] = rounds([fn, reference], ms, 31);
  return { ratio: median(a.map((s, i) => b[i] / s)), seconds: median(a), referenceSeconds: median(b), rounds: a.length };
}
