/**
 * Model features, shared by inference (model.ts) and training (scripts/train-model.ts) so the
 * two can never drift apart.
 *
 * From the tokeniser's canonical tokens (so leetspeak, masks, handles and URLs are already
 * normalised: "@user", "<url>", "fuck" for "f*ck"):
 *  - word unigrams, bigrams and trigrams;
 *  - character 2–5-grams of each word with boundary marks (" fuck " → " f", "fu", … "ck "),
 *    at half weight, which carry spelling variants and word pieces;
 *  - lexicon signals: AFINN negative / positive sums (from the `sentiment` package), counts of
 *    profanity and insult words, and "aimed at you" + negative.
 * Every feature is hashed (FNV-1a, 32-bit) into 2^bits buckets; the vector is L2-normalised.
 * Hashing lets the shipped model keep only its non-zero buckets, and explanation still works:
 * the post's own n-grams whose buckets carry the largest weights become the evidence.
 */
import { INSULT_ADJS, INSULT_NOUNS } from './lexicon';
import type { Analysis, Token } from './tokens';

export const FEATURE_BITS = 18;
export const WORD_WEIGHT = 1;
export const CHAR_WEIGHT = 0.5;
export const LEX_WEIGHT = 4;
export const CHAR_MIN = 2;
export const CHAR_MAX = 5;
/** Word trigrams ("shut your mouth") as well as unigrams and bigrams. */
export const WORD_TRIGRAMS = true;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

function fnvString(h: number, s: string, from = 0, to = s.length): number {
  let x = h;
  for (let i = from; i < to; i++) x = fnvStep(x, s.charCodeAt(i));
  return x;
}

/** Bucket of a named feature (used for the dense lexicon signals and in tests). */
export function bucketOf(name: string, bits = FEATURE_BITS): number {
  return (fnvString(FNV_OFFSET, name) >>> 0) & ((1 << bits) - 1);
}

/** Lexicon signals computed by the classifier and passed in (so they are computed once). */
export interface LexSignals {
  /** AFINN sum of negative words (≤ 0). */
  afinnNeg: number;
  /** AFINN sum of positive words (≥ 0). */
  afinnPos: number;
  /** Number of profane tokens. */
  profanity: number;
  /** What the rules found (kinds and rule ids, e.g. "abuse", "abuse.insult"): stacked as features. */
  rules: readonly string[];
}

/** Where a feature came from, for explanations: token range [first, last]. */
export interface FeatureSource {
  first: number;
  last: number;
}

export interface FeatureVector {
  buckets: number[];
  values: number[];
  /** For each entry, the first and last token it came from (-1 for lexicon signals). */
  firsts: number[];
  lasts: number[];
}

const YOU = new Set([
  'you',
  'your',
  "you're",
  'yourself',
  'ya',
  'yall',
  "y'all",
  '@user',
  'he',
  'she',
  'they',
  "he's",
  "she's",
  "they're",
]);

/**
 * Scratch accumulator, reused across calls (single-threaded; reset after each use): a small
 * open-addressing hash table keyed by bucket, so the work stays in cache (indexing a 2^18 array
 * directly costs a cache miss per feature).
 */
class Scratch {
  readonly keys: Int32Array;
  readonly acc: Float64Array;
  readonly first: Int32Array;
  readonly last: Int32Array;
  readonly mask: number;
  readonly shift: number;
  touched: number[] = [];
  constructor(bits: number) {
    const n = 1 << bits;
    this.keys = new Int32Array(n).fill(-1);
    this.acc = new Float64Array(n);
    this.first = new Int32Array(n);
    this.last = new Int32Array(n);
    this.mask = n - 1;
    this.shift = 32 - bits;
  }
  /** Slot of bucket b (inserted if new). */
  slot(b: number, first: number, last: number): number {
    let i = Math.imul(b, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[i] ?? -1;
      if (k === b) return i;
      if (k === -1) {
        this.keys[i] = b;
        this.first[i] = first;
        this.last[i] = last;
        this.touched.push(i);
        return i;
      }
      i = (i + 1) & this.mask;
    }
  }
}
const small = new Scratch(12); // posts up to ~60 tokens
const large = new Scratch(15); // up to 400 tokens × ~25 features

const gramCache = new Map<string, Int32Array>();

/** FNV hashes of the character 2–5-grams of " w " (before masking to the table size). */
function charGrams(w: string, seed: number): Int32Array {
  const hit = gramCache.get(w);
  if (hit) return hit;
  const padded = ` ${w.length > 30 ? w.slice(0, 30) : w} `;
  const L = padded.length;
  const out: number[] = [];
  for (let j = 0; j < L; j++) {
    let h = seed;
    for (let n = 1; n <= CHAR_MAX && j + n <= L; n++) {
      h = fnvStep(h, padded.charCodeAt(j + n - 1));
      if (n >= CHAR_MIN) out.push(h);
    }
  }
  const arr = Int32Array.from(out);
  if (gramCache.size >= 100_000) gramCache.clear();
  gramCache.set(w, arr);
  return arr;
}

/**
 * Hashed, L2-normalised feature vector of a post. Only the first 400 non-punctuation tokens are
 * used (posts are short; this bounds the work on huge inputs).
 */
export function extractFeatures(a: Analysis, lex: LexSignals, bits = FEATURE_BITS): FeatureVector {
  const S = accumulate(a, lex, bits);
  const inv = inverseNorm(S);
  const n = S.touched.length;
  const fv: FeatureVector = {
    buckets: new Array<number>(n),
    values: new Array<number>(n),
    firsts: new Array<number>(n),
    lasts: new Array<number>(n),
  };
  for (let k = 0; k < n; k++) {
    const i = S.touched[k] as number;
    fv.buckets[k] = S.keys[i] ?? 0;
    fv.values[k] = (S.acc[i] ?? 0) * inv;
    fv.firsts[k] = S.first[i] ?? -1;
    fv.lasts[k] = S.last[i] ?? -1;
  }
  reset(S);
  return fv;
}

/**
 * The same features as extractFeatures, handed to `visit` one by one (bucket, L2-normalised
 * value) without building a vector: for scoring, where only a few buckets carry a weight.
 */
export function forEachFeature(
  a: Analysis,
  lex: LexSignals,
  bits: number,
  visit: (bucket: number, value: number) => void,
): void {
  const S = accumulate(a, lex, bits);
  const inv = inverseNorm(S);
  const touched = S.touched;
  for (let k = 0; k < touched.length; k++) {
    const i = touched[k] as number;
    visit(S.keys[i] ?? 0, (S.acc[i] ?? 0) * inv);
  }
  reset(S);
}

function inverseNorm(S: Scratch): number {
  let norm = 0;
  for (const i of S.touched) norm += (S.acc[i] ?? 0) ** 2;
  return norm > 0 ? 1 / Math.sqrt(norm) : 0;
}

function reset(S: Scratch): void {
  for (const i of S.touched) {
    S.acc[i] = 0;
    S.keys[i] = -1;
  }
  S.touched = [];
}

/** Hash and sum a post's features into a scratch table (the caller reads it, then resets it). */
function accumulate(a: Analysis, lex: LexSignals, bits: number): Scratch {
  const tokens = a.tokens;
  const S = tokens.length <= 60 ? small : large;
  const mask = (1 << bits) - 1;
  const add = (h: number, v: number, first: number, last: number): void => {
    const i = S.slot((h >>> 0) & mask, first, last);
    S.acc[i] = (S.acc[i] ?? 0) + v;
  };
  let insults = 0;
  let you = false;
  let prevNorm = '';
  let prevIndex = -1;
  let prev2Norm = '';
  let prev2Index = -1;
  let used = 0;
  const cSeed = fnvStep(FNV_OFFSET, 0x63);
  const wSeed = fnvStep(FNV_OFFSET, 0x77);
  const bSeed = fnvStep(FNV_OFFSET, 0x62);
  const tSeed = fnvStep(FNV_OFFSET, 0x74);
  for (let index = 0; index < tokens.length && used < 400; index++) {
    const tok = tokens[index] as Token;
    if (tok.kind === 'punct') continue;
    used++;
    const w = tok.norm;
    add(fnvString(wSeed, w), WORD_WEIGHT, index, index);
    if (prevIndex >= 0) {
      let h = fnvString(bSeed, prevNorm);
      h = fnvStep(h, 0x20);
      h = fnvString(h, w);
      add(h, WORD_WEIGHT, prevIndex, index);
    }
    if (prev2Index >= 0 && WORD_TRIGRAMS) {
      let h = fnvString(tSeed, prev2Norm);
      h = fnvStep(h, 0x20);
      h = fnvString(h, prevNorm);
      h = fnvStep(h, 0x20);
      h = fnvString(h, w);
      add(h, WORD_WEIGHT, prev2Index, index);
    }
    prev2Norm = prevNorm;
    prev2Index = prevIndex;
    prevNorm = w;
    prevIndex = index;
    // character n-grams of " w " (hashes cached per word: words repeat a lot)
    const grams = charGrams(w, cSeed);
    for (let g = 0; g < grams.length; g++) add(grams[g] ?? 0, CHAR_WEIGHT, index, index);
    if (INSULT_NOUNS.has(w) || INSULT_ADJS.has(w)) insults++;
    if (YOU.has(w)) you = true;
  }
  const put = (name: string, v: number): void => {
    if (v !== 0) add(fnvString(FNV_OFFSET, name), v * LEX_WEIGHT, -1, -1);
  };
  put('_neg', Math.min(3, -lex.afinnNeg / 3));
  put('_pos', Math.min(3, lex.afinnPos / 3));
  put('_prof', Math.min(2, lex.profanity));
  put('_ins', Math.min(2, insults));
  if (you && (lex.afinnNeg < 0 || lex.profanity > 0 || insults > 0)) put('_youneg', 1);
  for (const r of lex.rules) put(`_r:${r}`, 1);
  return S;
}
