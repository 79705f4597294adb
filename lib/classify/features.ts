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
import { lexemeOf } from './tokens';
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
 * directly costs a cache miss per feature). A post goes to the small table when its bound on
 * features (featureBound) fits in ¾ of it, else to the large one, which can never fill: 400 tokens
 * of at most 30 characters give at most 400 × (3 + 118) + lexicon and rule features, under ¾ of 2^16.
 */
class Scratch {
  readonly keys: Int32Array;
  readonly acc: Float64Array;
  readonly first: Int32Array;
  readonly last: Int32Array;
  /** Slots in insertion order (the first `count`). */
  readonly touched: Int32Array;
  count = 0;
  readonly mask: number;
  readonly shift: number;
  constructor(bits: number) {
    const n = 1 << bits;
    this.keys = new Int32Array(n).fill(-1);
    this.acc = new Float64Array(n);
    this.first = new Int32Array(n);
    this.last = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.mask = n - 1;
    this.shift = 32 - bits;
  }
}
const small = new Scratch(12); // most posts (a tweet has ~20 tokens, ~250 features)
const large = new Scratch(16);
const SMALL_LIMIT = (small.mask + 1) * 0.75;
const MAX_TOKENS = 400;

/** At most how many features a post adds: per word 3 n-grams and 4·(length + 2) character grams. */
function featureBound(tokens: readonly Token[], lex: LexSignals): number {
  let n = lex.rules.length + 5;
  let used = 0;
  for (let i = 0; i < tokens.length && used < MAX_TOKENS; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct') continue;
    used++;
    n += 11 + 4 * Math.min(t.norm.length, 30);
  }
  return n;
}

/** Add `v` to bucket `b` (a plain function, not a closure: this is the hottest loop). */
function add(S: Scratch, b: number, v: number, first: number, last: number): void {
  const keys = S.keys;
  const mask = S.mask;
  let i = Math.imul(b, 0x9e3779b1) >>> S.shift;
  for (;;) {
    const k = keys[i] as number; // i is masked into range: never undefined
    if (k === b) {
      S.acc[i] = (S.acc[i] as number) + v;
      return;
    }
    if (k === -1) {
      keys[i] = b;
      S.acc[i] = v;
      S.first[i] = first;
      S.last[i] = last;
      S.touched[S.count++] = i;
      return;
    }
    i = (i + 1) & mask;
  }
}

const C_SEED = fnvStep(FNV_OFFSET, 0x63);
const W_SEED = fnvStep(FNV_OFFSET, 0x77);
const B_SEED = fnvStep(FNV_OFFSET, 0x62);
const T_SEED = fnvStep(FNV_OFFSET, 0x74);

/** What a word contributes, whatever its neighbours: computed once per distinct word. */
export interface WordFeatures {
  /** Hash of the unigram. */
  uni: number;
  /** FNV state after "b" + word + " ": a bigram starting with this word continues from here. */
  bi: number;
  /** FNV state after "t" + word + " ": the same for a trigram. */
  tri: number;
  /** Hashes of the character 2–5-grams of " w " (before masking to the table size). */
  grams: Int32Array;
  insult: boolean;
  you: boolean;
  /** The word's row in the linear models' memo arenas (memoRow), valid in generation memoGen. */
  memoGen: number;
  memoRow: number;
}

const wordCache = new Map<string, WordFeatures>();

function wordFeatures(w: string): WordFeatures {
  const hit = wordCache.get(w);
  if (hit) return hit;
  const padded = ` ${w.length > 30 ? w.slice(0, 30) : w} `;
  const L = padded.length;
  const out: number[] = [];
  for (let j = 0; j < L; j++) {
    let h = C_SEED;
    for (let n = 1; n <= CHAR_MAX && j + n <= L; n++) {
      h = fnvStep(h, padded.charCodeAt(j + n - 1));
      if (n >= CHAR_MIN) out.push(h);
    }
  }
  const f: WordFeatures = {
    uni: fnvString(W_SEED, w),
    bi: fnvStep(fnvString(B_SEED, w), 0x20),
    tri: fnvStep(fnvString(T_SEED, w), 0x20),
    grams: Int32Array.from(out),
    insult: INSULT_NOUNS.has(w) || INSULT_ADJS.has(w),
    you: YOU.has(w),
    memoGen: 0,
    memoRow: 0,
  };
  if (wordCache.size >= 100_000) wordCache.clear();
  wordCache.set(w, f);
  return f;
}

/** The features of a token's word, kept on its lexeme (tokens.ts) when it has one. */
function tokenFeatures(tok: Token, w: string): WordFeatures {
  const lx = lexemeOf(tok);
  if (lx === undefined) return wordFeatures(w);
  let f = lx.features;
  if (f === undefined) {
    f = wordFeatures(w);
    lx.features = f;
  }
  return f;
}

/**
 * Hashed, L2-normalised feature vector of a post. Only the first 400 non-punctuation tokens are
 * used (posts are short; this bounds the work on huge inputs).
 */
export function extractFeatures(a: Analysis, lex: LexSignals, bits = FEATURE_BITS): FeatureVector {
  const S = accumulate(a, lex, bits);
  const inv = inverseNorm(S);
  const n = S.count;
  const fv: FeatureVector = {
    buckets: new Array<number>(n),
    values: new Array<number>(n),
    firsts: new Array<number>(n),
    lasts: new Array<number>(n),
  };
  for (let k = 0; k < n; k++) {
    const i = S.touched[k] as number;
    fv.buckets[k] = S.keys[i] as number;
    fv.values[k] = (S.acc[i] as number) * inv;
    fv.firsts[k] = S.first[i] as number;
    fv.lasts[k] = S.last[i] as number;
  }
  reset(S);
  return fv;
}

function inverseNorm(S: Scratch): number {
  let norm = 0;
  const { touched, acc } = S;
  for (let k = 0; k < S.count; k++) {
    const v = acc[touched[k] as number] as number;
    norm += v * v;
  }
  return norm > 0 ? 1 / Math.sqrt(norm) : 0;
}

function reset(S: Scratch): void {
  const { touched, keys } = S;
  for (let k = 0; k < S.count; k++) keys[touched[k] as number] = -1;
  S.count = 0;
}

/**
 * A word's own features (its unigram and character grams, which do not depend on its neighbours),
 * as (bucket, raw value) pairs: callers may cache what they compute from them on the word (memo).
 */
export function forEachWordFeature(
  f: WordFeatures,
  bits: number,
  visit: (bucket: number, raw: number) => void,
): void {
  const mask = (1 << bits) - 1;
  visit(f.uni & mask, WORD_WEIGHT);
  for (let g = 0; g < f.grams.length; g++) visit((f.grams[g] as number) & mask, CHAR_WEIGHT);
}

/**
 * A post's features one occurrence at a time, WITHOUT summing repeats into buckets: `word(f, i)`
 * for each word used (token i; its own features: forEachWordFeature), `other(bucket, raw, first,
 * last)` for each bigram, trigram (tokens first…last) and lexicon signal (−1, −1). extractFeatures
 * is this walk summed into buckets and normalised, so the two cannot disagree. Every raw value is
 * ≥ 0, so Σ raw² is a lower bound on the squared norm of the grouped vector (grouping only adds
 * cross terms), and Σ w·raw is exactly its unnormalised dot product with a weight vector w:
 * together they bound a linear score without the grouping table (linearBounds).
 */
export function walkFeatures(
  a: Analysis,
  lex: LexSignals,
  bits: number,
  word: (f: WordFeatures, index: number) => void,
  other: (bucket: number, raw: number, first: number, last: number) => void,
): void {
  const tokens = a.tokens;
  const mask = (1 << bits) - 1;
  let insults = 0;
  let you = false;
  let prev: WordFeatures | null = null;
  let prevNorm = '';
  let prevIndex = -1;
  let prev2: WordFeatures | null = null;
  let prev2Index = -1;
  let used = 0;
  for (let index = 0; index < tokens.length && used < MAX_TOKENS; index++) {
    const tok = tokens[index] as Token;
    if (tok.kind === 'punct') continue;
    used++;
    const w = tok.norm;
    const f = tokenFeatures(tok, w);
    word(f, index);
    if (prev !== null) other(fnvString(prev.bi, w) & mask, WORD_WEIGHT, prevIndex, index);
    if (prev2 !== null && WORD_TRIGRAMS)
      other(
        fnvString(fnvStep(fnvString(prev2.tri, prevNorm), 0x20), w) & mask,
        WORD_WEIGHT,
        prev2Index,
        index,
      );
    prev2 = prev;
    prev2Index = prevIndex;
    prev = f;
    prevNorm = w;
    prevIndex = index;
    if (f.insult) insults++;
    if (f.you) you = true;
  }
  lexFeatures(lex, insults, you, (name, v) => other(fnvString(FNV_OFFSET, name) & mask, v, -1, -1));
}

/** A linear model over these features, as linearBounds needs it. */
export interface LinearWeights {
  /** Its memo arena (from linearSlot(), once per model). */
  readonly slot: number;
  readonly bits: number;
  readonly columns: number;
  /** Add weight(bucket, c) × raw to out[offset + c] for every column c. */
  readonly accumulate: (bucket: number, raw: number, out: Float64Array, offset: number) => void;
}

/**
 * Per model, the sums of each word's own features ([Σ raw², Σ w·raw per column]), in one flat array
 * indexed by the word's memo row, so reading them costs one memory access per word (objects hung
 * off each word cost three or four). Rows are handed out to words as they are first used; after
 * MEMO_ROWS of them a new generation starts and every word is given a row again.
 */
interface MemoArena {
  stride: number;
  sums: Float64Array;
  /** The generation each row was filled in (0: never). */
  filled: Uint32Array;
}
const arenas: MemoArena[] = [];
const MEMO_ROWS = 1 << 17;
let memoGen = 1;
let memoRows = 0;

/** A fresh memo arena for a linear model of `columns` columns. */
export const linearSlot = (columns: number): number =>
  arenas.push({ stride: columns + 1, sums: new Float64Array(0), filled: new Uint32Array(0) }) - 1;

/** The word's memo row in the current generation (assigned on first use). */
function memoRow(f: WordFeatures): number {
  if (f.memoGen !== memoGen) {
    if (memoRows >= MEMO_ROWS) {
      memoGen++;
      memoRows = 0;
    }
    f.memoGen = memoGen;
    f.memoRow = memoRows++;
  }
  return f.memoRow;
}

/** The arena with room for `row` (grown by doubling). */
function arenaFor(slot: number, row: number): MemoArena {
  const ar = arenas[slot];
  if (ar === undefined) throw new RangeError(`no memo arena ${slot} (use linearSlot)`);
  if (row >= ar.filled.length) {
    const rows = Math.min(MEMO_ROWS, Math.max(4096, ar.filled.length * 2, row + 1));
    const sums = new Float64Array(rows * ar.stride);
    sums.set(ar.sums);
    const filled = new Uint32Array(rows);
    filled.set(ar.filled);
    ar.sums = sums;
    ar.filled = filled;
  }
  return ar;
}

/**
 * Upper bounds on the L2-normalised dot products of a post's features with a linear model's
 * columns, without grouping the features: out[c] ≥ w_c · v, exactly as extractFeatures would give
 * v. The dot product over the ungrouped features is exact (linearity) and Σ raw² bounds the squared
 * norm from below (every raw value is ≥ 0: grouping only adds cross terms), so
 * w·v ≤ max(0, Σ w·raw) / √(Σ raw²). A word's own features are summed once and kept on the word.
 * Writes the bounds into out[0 … columns − 1] (no allocation: this runs on every post).
 */
export function linearBounds(a: Analysis, lex: LexSignals, m: LinearWeights, out: Float64Array): void {
  const { slot, columns } = m;
  if (boundScratch.length < columns + 1) boundScratch = new Float64Array(columns + 1);
  const acc = boundScratch; // [Σ raw², dots…]
  acc.fill(0, 0, columns + 1);
  walkFeatures(
    a,
    lex,
    m.bits,
    (f) => {
      const row = memoRow(f);
      const ar = arenaFor(slot, row);
      const sums = ar.sums;
      const base = row * ar.stride;
      if (ar.filled[row] !== memoGen) {
        sums.fill(0, base, base + ar.stride);
        forEachWordFeature(f, m.bits, (b, raw) => {
          sums[base] = (sums[base] as number) + raw * raw;
          m.accumulate(b, raw, sums, base + 1);
        });
        ar.filled[row] = memoGen;
      }
      for (let c = 0; c <= columns; c++) acc[c] = (acc[c] as number) + (sums[base + c] as number);
    },
    (b, raw) => {
      acc[0] = (acc[0] as number) + raw * raw;
      m.accumulate(b, raw, acc, 1);
    },
  );
  const sq = acc[0] as number;
  const scale = sq > 0 ? 1 / Math.sqrt(sq) : 0;
  for (let c = 0; c < columns; c++) out[c] = Math.max(0, acc[c + 1] as number) * scale;
}

/** linearBounds' running sums, reused (single-threaded, and it never calls itself). */
let boundScratch = new Float64Array(16);

/** The lexicon and rule signals as (name, value ≥ 0) pairs, zero values left out. */
function lexFeatures(
  lex: LexSignals,
  insults: number,
  you: boolean,
  put: (name: string, v: number) => void,
): void {
  emitLex(put, '_neg', Math.min(3, -lex.afinnNeg / 3));
  emitLex(put, '_pos', Math.min(3, lex.afinnPos / 3));
  emitLex(put, '_prof', Math.min(2, lex.profanity));
  emitLex(put, '_ins', Math.min(2, insults));
  if (you && (lex.afinnNeg < 0 || lex.profanity > 0 || insults > 0)) emitLex(put, '_youneg', 1);
  for (const r of lex.rules) emitLex(put, `_r:${r}`, 1);
}

/** One lexicon signal, if non-zero (a plain function, not a closure made on every post). */
function emitLex(put: (name: string, v: number) => void, name: string, v: number): void {
  // every value is ≥ 0 (walkFeatures' bound relies on it); a signal that breaks this is a bug
  if (v > 0) put(name, v * LEX_WEIGHT);
  else if (v < 0) throw new RangeError(`lexicon signal ${name} is negative (${v})`);
}

/** Hash and sum a post's features into a scratch table (the caller reads it, then resets it). */
function accumulate(a: Analysis, lex: LexSignals, bits: number): Scratch {
  const S = featureBound(a.tokens, lex) <= SMALL_LIMIT ? small : large;
  const mask = (1 << bits) - 1;
  walkFeatures(
    a,
    lex,
    bits,
    (f, index) => {
      add(S, f.uni & mask, WORD_WEIGHT, index, index);
      const grams = f.grams;
      for (let g = 0; g < grams.length; g++) add(S, (grams[g] as number) & mask, CHAR_WEIGHT, index, index);
    },
    (b, raw, first, last) => add(S, b, raw, first, last),
  );
  return S;
}
