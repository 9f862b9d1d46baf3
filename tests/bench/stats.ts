/** Median and 95th percentile of a set of samples (nearest rank), with the count behind them. */
export interface Summary {
  median: number
  p95: number
  min: number
  max: number
  n: number
}

function rank(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b)
  const mid = sorted.length / 2
  const median =
    sorted.length === 0
      ? Number.NaN
      : sorted.length % 2
        ? (sorted[Math.floor(mid)] ?? Number.NaN)
        : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  return {
    median,
    p95: rank(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    n: sorted.length,
  }
}

/** a / b, or NaN when either side was not measured. */
export function ratio(a: number | undefined, b: number | undefined): number {
  return a === undefined || b === undefined || !(b > 0) ? Number.NaN : a / b
}
