/**
 * The shipped n-gram model: logistic regression over hashed features (features.ts), trained by
 * scripts/train-model.ts on the TweetEval offensive TRAIN split and saved as
 * lib/classify/model/model.json (statically imported; no other I/O).
 *
 * Storage: the largest weights only, packed by weights-codec.ts (delta-coded buckets and companded
 * int8 values in columns, Brotli-compressed, Z85 text), so the model adds about 46 KB to the poll bundle
 * (budget: 1 MB in all).
 * Explanation: the post's features are ranked by weight × value; the token spans of the top
 * positive ones are the evidence ("the model flagged this because of 'pathetic', 'shut up'").
 */
import modelJson from './model/model.json';
import * as z from '../zod';
import { linearSlot } from './features';
import type { FeatureVector, FeatureSource, LinearWeights } from './features';
import { packWeights, unpackWeights } from './weights-codec';

const HeadSchema = z.object({
  bias: z.number(),
  threshold: z.number().check(z.minimum(0), z.maximum(1)),
  /** Packed weights (weights-codec.ts). */
  max: z.number().check(z.nonnegative()),
  data: z.string(),
});

const ModelSchema = z.object({
  format: z.literal(5),
  bits: z.int().check(z.minimum(8), z.maximum(24)),
  heads: z.record(z.string(), HeadSchema),
});

export type HeadJson = z.infer<typeof HeadSchema>;
export type ModelJson = z.infer<typeof ModelSchema>;

export interface Head {
  bias: number;
  threshold: number;
  /** Dense weights indexed by bucket (2^bits entries; zero where pruned). */
  weights: Float32Array;
}

export interface ModelScore {
  /** Probability of the positive class. */
  p: number;
  /** The strongest positive contributions, largest first. */
  top: { source: FeatureSource; contribution: number }[];
}

/** Decode a head from its JSON form. */
export function decodeHead(h: HeadJson, bits: number): Head {
  return { bias: h.bias, threshold: h.threshold, weights: unpackWeights(h, bits) };
}

/** Encode weights (bucket → value) as a head, keeping the `keep` largest (weights-codec.ts). */
export function encodeHead(
  weights: ReadonlyMap<number, number>,
  bias: number,
  threshold: number,
  keep?: number,
): HeadJson {
  return {
    bias: Math.round(bias * 1e4) / 1e4,
    threshold: Math.round(threshold * 1e4) / 1e4,
    ...packWeights(weights, keep),
  };
}

export function scoreHead(head: Head, fv: FeatureVector, topN = 8): ModelScore {
  let z = head.bias;
  const contrib: { source: FeatureSource; contribution: number }[] = [];
  const W = head.weights;
  for (let i = 0; i < fv.buckets.length; i++) {
    const w = W[fv.buckets[i] ?? 0] ?? 0;
    if (w === 0) continue;
    const c = w * (fv.values[i] ?? 0);
    z += c;
    const first = fv.firsts[i] ?? -1;
    if (c > 0.02 && first >= 0)
      contrib.push({ source: { first, last: fv.lasts[i] ?? first }, contribution: c });
  }
  contrib.sort((x, y) => y.contribution - x.contribution);
  const p = 1 / (1 + Math.exp(-z));
  return { p, top: contrib.slice(0, topN) };
}

const linearHeads = new WeakMap<Head, LinearWeights>();

/** A head as a linear model for features.ts linearBounds (an upper bound on its score). */
export function linearOfHead(head: Head, bits: number): LinearWeights {
  const hit = linearHeads.get(head);
  if (hit) return hit;
  const W = head.weights;
  const m: LinearWeights = {
    slot: linearSlot(1),
    bits,
    columns: 1,
    accumulate: (b, raw, out, offset) => {
      const w = W[b] as number; // b < 2^bits = W.length
      if (w !== 0) out[offset] = (out[offset] as number) + w * raw;
    },
  };
  linearHeads.set(head, m);
  return m;
}

/** The shipped model file does not have the expected shape (a bad `npm run train` output). */
export class ModelFileError extends Error {
  override readonly name = 'ModelFileError';
}

const parsed = ModelSchema.safeParse(modelJson);
if (!parsed.success)
  throw new ModelFileError(
    `lib/classify/model/model.json is not a valid model: ${parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ')} (rebuild it with npm run train)`,
  );
/** The decoded heads of the shipped model. */
export const MODEL: { bits: number; heads: Record<string, Head> } = {
  bits: parsed.data.bits,
  heads: Object.fromEntries(
    Object.entries(parsed.data.heads).map(([k, v]) => [k, decodeHead(v, parsed.data.bits)]),
  ),
};
