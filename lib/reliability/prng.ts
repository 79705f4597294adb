/**
 * Seeded randomness for the reliability harness: every fault plan is a function of a seed, so a run
 * that finds a problem can be repeated exactly (`npm run reliability -- --seed N`).
 */

/** mulberry32: a small, fast PRNG with a 32-bit state; floats in [0, 1). */
export const mulberry32 = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export interface Rng {
  /** [0, 1) */
  next(): number;
  /** An integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  /** `n` distinct integers from [lo, hi], sorted (fewer if the range is smaller). */
  distinct(n: number, lo: number, hi: number): number[];
}

export const rng = (seed: number): Rng => {
  const next = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: <T>(xs: readonly T[]): T => {
      const x = xs[Math.floor(next() * xs.length)];
      if (x === undefined) throw new RangeError('pick from an empty list');
      return x;
    },
    distinct: (n, lo, hi) => {
      const size = hi - lo + 1;
      if (size <= n) return Array.from({ length: Math.max(0, size) }, (_, i) => lo + i);
      const out = new Set<number>();
      while (out.size < n) out.add(int(lo, hi));
      return [...out].sort((a, b) => a - b);
    },
  };
};
