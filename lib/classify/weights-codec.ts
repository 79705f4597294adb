/**
 * A compact, exact-to-decode format for the sparse weights of a hashed linear model, so the shipped
 * models stay small inside a Lambda bundle (the poll function's budget is 1 MB in all).
 *
 * A head's non-zero weights (bucket → w), in bucket order, are quantised and laid out in columns:
 *   varint(count)
 *   count × varint(bucket − previous bucket)  (LEB128, 7 bits a byte)
 *   count × int8 q                            (sqrt-companded: w = sign(q) · (|q| / 127)² · max)
 * then compressed with Brotli (quality 11; node:zlib, built into Node, so it adds nothing to a bundle)
 * and stored as text in the Z85 alphabet (ZeroMQ RFC 32: 85 characters, none of them a quote or a
 * backslash, so the text sits in JSON and in a JS string literal unescaped), 5 characters for 4 bytes
 * where base64 spends 5.33; a last group of n < 4 bytes is written as its first n + 1 characters, as
 * Ascii85 does. That saved 6 KB of the poll bundle on 2026-12-02 (seventh session); Brotli in place
 * of raw DEFLATE (2026-12-03) saved 9 KB more: the same weights take 7% less in the offensive model
 * and 13% less in the school heads, whose columns are short enough that Brotli's context modelling
 * beats DEFLATE's one Huffman table.
 *
 * Columns compress better than interleaved records: the gaps and the values each have their own
 * small alphabet, which the entropy coder then spends about 5 bits apiece on (the offensive model's
 * 30,712 weights: 61 KB as records, 41 KB deflated this way, 37 KB with Brotli).
 *
 * Companding keeps relative precision for the many small weights and the few large ones alike
 * (a linear int8 scale would zero the small ones). `max` is the largest |w| of the head.
 *
 * decode(encode(w)) is deterministic. Encoding is stable for one Node version (its Brotli); another
 * may compress the same columns to different bytes, which decode to the same weights.
 */
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

export interface PackedWeights {
  /** Largest |w| (the companding scale). */
  max: number;
  /** The compressed columns above, as Z85 text (`toZ85`). */
  data: string;
}

export class WeightsCodecError extends Error {
  override readonly name = 'WeightsCodecError';
}

const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';
const Z85_DIGIT = new Map([...Z85].map((c, i) => [c, i] as const));

/** Bytes as Z85 text; a last partial group of n bytes becomes n + 1 characters. */
export function toZ85(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const n = Math.min(4, bytes.length - i);
    let v = 0;
    for (let k = 0; k < 4; k++) v = v * 256 + (k < n ? (bytes[i + k] ?? 0) : 0);
    let group = '';
    for (let k = 0; k < 5; k++) {
      group = Z85[v % 85] + group;
      v = Math.floor(v / 85);
    }
    out += group.slice(0, n + 1);
  }
  return out;
}

/** The bytes of Z85 text written by `toZ85`; names the first character or group that is not Z85. */
export function fromZ85(text: string): Uint8Array {
  if (text.length % 5 === 1)
    throw new WeightsCodecError(`Z85 text of ${text.length} characters: a last group of 1 is not possible`);
  const out = new Uint8Array(Math.floor(text.length / 5) * 4 + Math.max(0, (text.length % 5) - 1));
  let o = 0;
  for (let i = 0; i < text.length; i += 5) {
    const n = Math.min(5, text.length - i) - 1;
    let v = 0;
    for (let k = 0; k < 5; k++) {
      const c = text[i + k];
      const d = c === undefined ? 84 : Z85_DIGIT.get(c);
      if (d === undefined)
        throw new WeightsCodecError(`character ${JSON.stringify(c)} at ${i + k} is not Z85`);
      v = v * 85 + d;
    }
    if (v > 0xffffffff) throw new WeightsCodecError(`Z85 group at ${i} is more than 32 bits`);
    for (let k = 0; k < n; k++) out[o++] = Math.floor(v / 256 ** (3 - k)) % 256;
  }
  return out;
}

const quantise = (w: number, max: number): number => {
  if (max <= 0) return 0;
  const q = Math.round(Math.sqrt(Math.min(1, Math.abs(w) / max)) * 127);
  return w < 0 ? -q : q;
};

const dequantise = (q: number, max: number): number => Math.sign(q) * (q / 127) ** 2 * max;

const pushVarint = (bytes: number[], n: number): void => {
  let v = n;
  while (v >= 0x80) {
    bytes.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  bytes.push(v);
};

/**
 * Pack weights (bucket → w), keeping the `keep` largest by |w| (all when omitted). Weights that
 * quantise to zero are dropped.
 */
export function packWeights(weights: ReadonlyMap<number, number>, keep?: number): PackedWeights {
  let entries = [...weights.entries()].filter(([, w]) => w !== 0 && Number.isFinite(w));
  if (keep !== undefined && entries.length > keep)
    entries = entries.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0]).slice(0, keep);
  entries.sort((a, b) => a[0] - b[0]);
  const max = entries.reduce((m, [, w]) => Math.max(m, Math.abs(w)), 0);
  const kept: [number, number][] = [];
  for (const [bucket, w] of entries) {
    if (!Number.isInteger(bucket) || bucket < 0) throw new WeightsCodecError(`bad bucket ${bucket}`);
    const q = quantise(w, max);
    if (q !== 0) kept.push([bucket, q]);
  }
  const bytes: number[] = [];
  pushVarint(bytes, kept.length);
  let prev = 0;
  for (const [bucket] of kept) {
    pushVarint(bytes, bucket - prev);
    prev = bucket;
  }
  for (const [, q] of kept) bytes.push(q & 0xff);
  const data = toZ85(compressColumns(Uint8Array.from(bytes)));
  return { max: Number(max.toPrecision(6)), data };
}

/** Brotli at its best quality, told the input's size (the columns are a few KB; speed is moot). */
export const compressColumns = (bytes: Uint8Array): Buffer =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });

const decompress = (data: string): Buffer => {
  const compressed = fromZ85(data);
  try {
    return brotliDecompressSync(compressed);
  } catch (e) {
    throw new WeightsCodecError(
      `weights are not valid Brotli data: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  }
};

/** Visit every stored (bucket, weight), in bucket order; buckets must lie below 2^bits. */
export function forEachWeight(
  p: PackedWeights,
  bits: number,
  visit: (bucket: number, w: number) => void,
): void {
  const size = 1 << bits;
  const bytes = decompress(p.data);
  let i = 0;
  const varint = (): number => {
    let n = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[i++];
      if (b === undefined) throw new WeightsCodecError('truncated weights (varint)');
      n |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) return n >>> 0;
      shift += 7;
      if (shift > 28) throw new WeightsCodecError('bad varint in weights');
    }
  };
  const count = varint();
  const buckets = new Int32Array(count);
  let bucket = 0;
  for (let k = 0; k < count; k++) {
    bucket += varint();
    if (bucket >= size) throw new WeightsCodecError(`bucket ${bucket} outside 2^${bits}`);
    buckets[k] = bucket;
  }
  if (bytes.length - i !== count)
    throw new WeightsCodecError(
      bytes.length - i < count
        ? 'truncated weights (value)'
        : `${bytes.length - i - count} stray bytes after the weights`,
    );
  for (let k = 0; k < count; k++) {
    const qb = bytes[i + k] ?? 0;
    visit(buckets[k] ?? 0, dequantise(qb > 127 ? qb - 256 : qb, p.max));
  }
}

/** Unpack into a dense array of 2^bits weights (zero where nothing was stored). */
export function unpackWeights(p: PackedWeights, bits: number): Float32Array {
  const out = new Float32Array(1 << bits);
  forEachWeight(p, bits, (bucket, w) => (out[bucket] = w));
  return out;
}

/**
 * How many weights to keep: the largest n in [0, max] for which `fits(n)` holds, where `fits` is true
 * up to some n and false after (a packed model's size grows with the weights kept). For the training
 * scripts' size budgets.
 */
export function mostThatFit(max: number, fits: (n: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
