/**
 * The school heads: one small logistic model per content kind (all but profanity, which is a matter
 * of words), trained by scripts/train-school.ts on the synthetic school posts in data/train/ (written
 * for training only; never an evaluation set) with ordinary tweets as benign mentions, and shipped as
 * lib/classify/model/school.json in the compact format of weights-codec.ts (as many weights a head as
 * fit in 42 KB: 2,294 since the third build of 2026-12-04). A head whose additions do not reach their precision out of fold
 * is not shipped: pupil identification is the rules' (personal data was too from 2026-12-03 until the
 * second build of 2026-12-04).
 *
 * They read the same hashed word and character n-grams as the offensive model (features.ts) without
 * the rules' outputs, so they are an independent second reader: the rules catch what they were
 * written for, the heads catch other wordings of the same situations ("anyone know what time she
 * leaves of an evening?", a newsdesk that never says "journalist"). A head only ADDS a finding the
 * rules did not make, above a threshold chosen by cross-validation on the training posts (raised
 * where the unit-tested ordinary posts required it); its evidence is the post's own n-grams with the
 * largest weights, like the offensive model's. The model file says which heads exist. The threat
 * head has a second, higher threshold for posts with no menace word (index.ts menaceIn): oblique
 * threats seldom use one, and ordinary plans ("see you at the bus stop at 8") share their shape. The
 * safeguarding head has none for a parent's own school run, so it is silent there (index.ts headGate).
 *
 * Speed: classify() calls schoolHits, which bounds every head's score from the post's ungrouped
 * features (dot products cached per word, the norm bounded below) and scores exactly only the heads
 * that could reach their threshold, so most posts never build the grouped feature table.
 */
import * as z from '../zod';
import { CONTENT_KINDS, ContentKindSchema } from '../domain/kinds';
import type { ContentKind } from '../domain/kinds';
import schoolJson from './model/school.json';
import { extractFeatures, linearBounds, linearSlot } from './features';
import type { FeatureVector, LexSignals, LinearWeights } from './features';
import type { ModelScore } from './model';
import type { Analysis } from './tokens';
import { forEachWeight } from './weights-codec';

const PackedHeadSchema = z.object({
  bias: z.number(),
  threshold: z.number().check(z.minimum(0), z.maximum(1)),
  /**
   * The threshold for a post the head's gate reads 'bare' (lib/classify/index.ts headGate), higher
   * than `threshold`: for the threat head a post with no menace word (menaceIn), for the safeguarding
   * head a parent's own school run (since 2026-12-04; the name is the threat head's). Without it such
   * a post gets no finding from the head.
   */
  thresholdWithoutMenace: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  max: z.number().check(z.nonnegative()),
  data: z.string(),
});

const SchoolModelSchema = z.object({
  format: z.literal(4),
  bits: z.int().check(z.minimum(8), z.maximum(24)),
  heads: z.partialRecord(ContentKindSchema, PackedHeadSchema),
});
export type SchoolModelJson = z.infer<typeof SchoolModelSchema>;
export type PackedHead = z.infer<typeof PackedHeadSchema>;

/** The shipped school model file does not have the expected shape. */
export class SchoolModelError extends Error {
  override readonly name = 'SchoolModelError';
}

/**
 * The decoded heads, laid out for one pass over a post's features: the union of the heads' buckets
 * maps to a row, and each row holds every head's weight for that bucket (a few thousand rows, so the
 * lookups stay in cache; nine dense 2^18 arrays would not).
 */
export interface SchoolModel {
  bits: number;
  heads: Partial<
    Record<ContentKind, { column: number; bias: number; threshold: number; thresholdWithoutMenace?: number }>
  >;
  columns: number;
  /**
   * One bit per bucket, set where some head has a weight: 32 KB at 18 bits, so it stays in cache,
   * and most of a post's features (which no head weighs) are ruled out by it alone.
   */
  present: Uint32Array;
  /**
   * For each 32-bit word of `present`, how many bits are set before it. Rows are laid out in bucket
   * order, so a weighed bucket's row is its rank among the set bits (`rowOf`): another 32 KB that
   * stays in cache, where a bucket → row table (2^bits entries, 1 MB) cost a cache miss on every
   * weighed n-gram of every post.
   */
  rank: Uint32Array;
  /** rows × columns, row-major, rows in bucket order. */
  weights: Float32Array;
}

export function decodeSchoolModel(json: unknown): SchoolModel {
  const parsed = SchoolModelSchema.safeParse(json);
  if (!parsed.success)
    throw new SchoolModelError(
      `lib/classify/model/school.json is not a valid model: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ')} (rebuild it with npm run train:school)`,
    );
  const { bits, heads } = parsed.data;
  const entries = Object.entries(heads) as [ContentKind, PackedHead][];
  const columns = entries.length;
  const rowOf = new Int32Array(1 << bits).fill(-1);
  const cells: number[] = []; // row-major, grown a row at a time
  entries.forEach(([, h], c) =>
    forEachWeight(h, bits, (bucket, w) => {
      let r = rowOf[bucket] ?? -1;
      if (r < 0) {
        r = cells.length / columns;
        rowOf[bucket] = r;
        for (let k = 0; k < columns; k++) cells.push(0);
      }
      cells[r * columns + c] = w;
    }),
  );
  // rows renumbered in bucket order (rowOf below reads them by rank)
  const weights = new Float32Array(cells.length);
  const present = new Uint32Array(Math.max(1, (1 << bits) >>> 5));
  const rank = new Uint32Array(present.length);
  let rows = 0;
  for (let bucket = 0; bucket < rowOf.length; bucket++) {
    if ((bucket & 31) === 0) rank[bucket >>> 5] = rows;
    const r = rowOf[bucket] ?? -1;
    if (r < 0) continue;
    present[bucket >>> 5] = (present[bucket >>> 5] ?? 0) | (1 << (bucket & 31));
    for (let k = 0; k < columns; k++) weights[rows * columns + k] = cells[r * columns + k] ?? 0;
    rows++;
  }
  const out: SchoolModel['heads'] = {};
  entries.forEach(([kind, h], column) => {
    out[kind] = { column, bias: h.bias, threshold: h.threshold };
    if (h.thresholdWithoutMenace !== undefined) {
      if (h.thresholdWithoutMenace < h.threshold)
        throw new SchoolModelError(
          `lib/classify/model/school.json: heads.${kind}.thresholdWithoutMenace (${h.thresholdWithoutMenace}) is below its threshold (${h.threshold}) (rebuild it with npm run train:school)`,
        );
      out[kind].thresholdWithoutMenace = h.thresholdWithoutMenace;
    }
  });
  return { bits, heads: out, columns, present, rank, weights };
}

export const SCHOOL_MODEL: SchoolModel = decodeSchoolModel(schoolJson);

/** Set bits in a 32-bit word. */
const popcount = (x: number): number => {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
};

/** A bucket's row in the model's weights, −1 where no head weighs it. */
export function rowOf(model: SchoolModel, b: number): number {
  const word = model.present[b >>> 5] ?? 0;
  const bit = b & 31;
  if ((word & (1 << bit)) === 0) return -1;
  return (model.rank[b >>> 5] ?? 0) + popcount(word & ((1 << bit) - 1));
}

/**
 * The kinds a head may be trained for: every content kind but profanity, which is a matter of words
 * (its word lists and `obscenity` decide it). scripts/train-school.ts ships a head only where it
 * reaches its precision out of fold; the model file says which heads exist, and only those speak.
 */
export const SCHOOL_KINDS: readonly ContentKind[] = CONTENT_KINDS.filter((k) => k !== 'profanity');

const NO_RULES: readonly string[] = [];
/** Contributions kept per head that fires: the evidence is chosen from them (index.ts modelEvidence). */
const TOP_N = 8;

/** The lexicon signals without the rules' outputs (which the school heads do not read). */
function withoutRules(lex: LexSignals): LexSignals {
  return { afinnNeg: lex.afinnNeg, afinnPos: lex.afinnPos, profanity: lex.profanity, rules: NO_RULES };
}

/** The school heads' feature vector: text n-grams and lexicon signals, not the rules' outputs. */
export function schoolFeatures(a: Analysis, lex: LexSignals, bits = SCHOOL_MODEL.bits): FeatureVector {
  return extractFeatures(a, withoutRules(lex), bits);
}

export interface SchoolScore extends ModelScore {
  kind: ContentKind;
  threshold: number;
}

/**
 * Score the heads of `kinds` (those the model has) on one feature vector, in one pass. `top` (the
 * post's strongest n-grams for the kind, its evidence) is computed only for heads at or above their
 * threshold; it is empty for the others.
 */
export function scoreSchool(
  fv: FeatureVector,
  kinds: readonly ContentKind[],
  model: SchoolModel = SCHOOL_MODEL,
): SchoolScore[] {
  const { columns, weights } = model;
  const z = new Float64Array(columns);
  for (const kind of kinds) {
    const h = model.heads[kind];
    if (h) z[h.column] = h.bias;
  }
  const hitRows = new Int32Array(fv.buckets.length).fill(-1);
  for (let i = 0; i < fv.buckets.length; i++) {
    const r = rowOf(model, fv.buckets[i] ?? 0);
    if (r < 0) continue;
    hitRows[i] = r;
    const v = fv.values[i] ?? 0;
    const base = r * columns;
    for (let c = 0; c < columns; c++) z[c] = (z[c] ?? 0) + (weights[base + c] ?? 0) * v;
  }
  const out: SchoolScore[] = [];
  for (const kind of kinds) {
    const h = model.heads[kind];
    if (!h) continue;
    const p = 1 / (1 + Math.exp(-(z[h.column] ?? 0)));
    const top: SchoolScore['top'] = [];
    if (p >= h.threshold) {
      for (let i = 0; i < fv.buckets.length; i++) {
        const r = hitRows[i] ?? -1;
        const first = fv.firsts[i] ?? -1;
        if (r < 0 || first < 0) continue;
        const contribution = (weights[r * columns + h.column] ?? 0) * (fv.values[i] ?? 0);
        if (contribution > 0.02) top.push({ source: { first, last: fv.lasts[i] ?? first }, contribution });
      }
      top.sort((x, y) => y.contribution - x.contribution);
    }
    out.push({ kind, threshold: h.threshold, p, top: top.slice(0, TOP_N) });
  }
  return out;
}

const linearCache = new WeakMap<SchoolModel, LinearWeights>();
/** schoolHits' bounds, reused (read before the next call). */
let schoolBounds = new Float64Array(16);

/** The heads as a linear model for linearBounds (one memo slot per decoded model). */
function linearOf(model: SchoolModel): LinearWeights {
  const hit = linearCache.get(model);
  if (hit) return hit;
  const { columns, weights } = model;
  const m: LinearWeights = {
    slot: linearSlot(columns),
    bits: model.bits,
    columns,
    accumulate: (b, raw, out, offset) => {
      const r = rowOf(model, b);
      if (r < 0) return;
      for (let c = 0; c < columns; c++)
        out[offset + c] = (out[offset + c] as number) + (weights[r * columns + c] as number) * raw;
    },
  };
  linearCache.set(model, m);
  return m;
}

/**
 * The heads of `kinds` that reach their threshold on a post, with their evidence: the same as
 * scoreSchool(schoolFeatures(…)).filter(p ≥ threshold), but most posts are settled without grouping
 * the post's features. An upper bound on each head's score comes first from the ungrouped features
 * (features.ts linearBounds: the dot product is exact, the norm is bounded below, and word
 * features are summed once per word); only heads whose bound reaches the threshold are scored exactly.
 */
export function schoolHits(
  a: Analysis,
  lex: LexSignals,
  kinds: readonly ContentKind[],
  model: SchoolModel = SCHOOL_MODEL,
): SchoolScore[] {
  const lm = linearOf(model);
  if (schoolBounds.length < lm.columns) schoolBounds = new Float64Array(lm.columns);
  const bounds = schoolBounds;
  linearBounds(a, withoutRules(lex), lm, bounds);
  const maybe = kinds.filter((kind) => {
    const h = model.heads[kind];
    if (!h) return false;
    // z ≤ bias + bound; the margin absorbs rounding differences
    const z = h.bias + (bounds[h.column] as number);
    return 1 / (1 + Math.exp(-z)) >= h.threshold - 1e-9;
  });
  if (maybe.length === 0) return [];
  return scoreSchool(schoolFeatures(a, lex, model.bits), maybe, model).filter((s) => s.p >= s.threshold);
}
