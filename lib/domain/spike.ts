/**
 * Mention storms (volume_spike): is this hour's number of mentions of a scope far above its own usual
 * rate for this time of the week?
 *
 * Baseline: the mean count for the same hour of day over the previous days, weighting days of the
 * same kind (weekday vs weekend) more, blended with the scope's overall hourly mean and a small prior
 * so that a quiet academy with no history does not alert on its third mention. A storm needs all of:
 *   - at least `minCount` mentions in the hour (absolute floor: 8),
 *   - a Poisson tail probability below `pValue` given the baseline (default 1e-4),
 *   - at least `minRatio` × the baseline (default 4×).
 * The caller enforces the cool-down (one alert per scope per `coolDownHours`).
 */
export interface HourCount {
  /** yyyy-mm-dd in the trust's zone */
  date: string;
  hour: number;
  count: number;
  weekend: boolean;
}

export interface SpikeParams {
  minCount: number;
  minRatio: number;
  pValue: number;
  /** Prior mean mentions per hour for a scope without history. */
  prior: number;
}

export const DEFAULT_SPIKE: SpikeParams = { minCount: 8, minRatio: 4, pValue: 1e-4, prior: 0.5 };

export interface SpikeVerdict {
  spike: boolean;
  count: number;
  baseline: number;
  ratio: number;
  pValue: number;
}

/** P(X ≥ k) for X ~ Poisson(λ), computed stably in log space. */
export const poissonTail = (k: number, lambda: number): number => {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  // 1 − P(X ≤ k−1)
  let term = Math.exp(-lambda);
  let cdf = term;
  for (let i = 1; i < k; i++) {
    term *= lambda / i;
    cdf += term;
  }
  return Math.max(0, 1 - cdf);
};

export const baselineFor = (
  history: readonly HourCount[],
  hour: number,
  weekend: boolean,
  params: SpikeParams = DEFAULT_SPIKE,
): number => {
  const days = new Set(history.map((h) => h.date));
  if (days.size === 0) return params.prior;
  const byDay = new Map<string, { weekend: boolean; atHour: number; total: number }>();
  for (const d of days) byDay.set(d, { weekend: false, atHour: 0, total: 0 });
  for (const h of history) {
    const d = byDay.get(h.date);
    if (!d) continue;
    d.weekend = h.weekend;
    d.total += h.count;
    if (h.hour === hour) d.atHour += h.count;
  }
  let wSum = 0;
  let atHour = 0;
  let overall = 0;
  for (const d of byDay.values()) {
    const w = d.weekend === weekend ? 1 : 0.4;
    wSum += w;
    atHour += w * d.atHour;
    overall += w * (d.total / 24);
  }
  const hourMean = atHour / wSum;
  const overallMean = overall / wSum;
  // Few days of history → lean on the prior and the all-hours mean.
  const confidence = Math.min(1, days.size / 14);
  const blended = confidence * hourMean + (1 - confidence) * Math.max(hourMean, overallMean);
  return Math.max(params.prior / 2, 0.7 * blended + 0.3 * Math.max(overallMean, params.prior / 2));
};

export const judgeHour = (
  count: number,
  history: readonly HourCount[],
  hour: number,
  weekend: boolean,
  params: SpikeParams = DEFAULT_SPIKE,
): SpikeVerdict => {
  const baseline = baselineFor(history, hour, weekend, params);
  const p = poissonTail(count, baseline);
  const ratio = count / baseline;
  return {
    spike: count >= params.minCount && ratio >= params.minRatio && p < params.pValue,
    count,
    baseline,
    ratio,
    pValue: p,
  };
};
