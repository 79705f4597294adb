/**
 * A compact, exact-to-decode format for the sparse weights of a hashed linear model, so the shipped
 * models stay small inside a Lambda bundle (the poll function's budget is 1 MB in all).
 *
 * A head's non-zero weights (bucket → w) are stored as one base64 string of records, in bucket order:
 *   varint(bucket − previous bucket)  (LEB128, 7 bits a byte: usually one byte)
 *   int8 q                            (sqrt-companded: w = sign(q) · (|q| / 127)² · max)
 * Companding keeps relative precision for the many small weights and the few large ones alike
 * (a linear int8 scale would zero the small ones). `max` is the largest |w| of the head.
 *
 * decode(encode(w)) is deterministic, and encoding is stable: same weights → same string.
 */

export interface PackedWeights {
  /** Largest |w| (the companding scale). */
  max: number;
  /** base64 of the records above. */
  data: string;
}

export class WeightsCodecError extends Error {
  override readonly name = 'WeightsCodecError';
}

const quantise = (w: number, max: number): number => {
  if (max <= 0) return 0;
  const q = Math.round(Math.sqrt(Math.min(1, Math.abs(w) / max)) * 127);
  return w < 0 ? -q : q;
};

const dequantise = (q: number, max: number): number => Math.sign(q) * (q / 127) ** 2 * max;

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
  const bytes: number[] = [];
  let prev = 0;
  for (const [bucket, w] of entries) {
    if (!Number.isInteger(bucket) || bucket < 0) throw new WeightsCodecError(`bad bucket ${bucket}`);
    const q = quantise(w, max);
    if (q === 0) continue;
    let delta = bucket - prev;
    prev = bucket;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
    bytes.push(q & 0xff);
  }
  return { max: Number(max.toPrecision(6)), data: Buffer.from(bytes).toString('base64') };
}

/** Visit every stored (bucket, weight), in bucket order; buckets must lie below 2^bits. */
export function forEachWeight(
  p: PackedWeights,
  bits: number,
  visit: (bucket: number, w: number) => void,
): void {
  const size = 1 << bits;
  const bytes = Buffer.from(p.data, 'base64');
  let bucket = 0;
  let i = 0;
  while (i < bytes.length) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[i++];
      if (b === undefined) throw new WeightsCodecError('truncated weights (varint)');
      delta |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) break;
      shift += 7;
      if (shift > 28) throw new WeightsCodecError('bad varint in weights');
    }
    bucket += delta;
    const qb = bytes[i++];
    if (qb === undefined) throw new WeightsCodecError('truncated weights (value)');
    if (bucket >= size) throw new WeightsCodecError(`bucket ${bucket} outside 2^${bits}`);
    visit(bucket, dequantise(qb > 127 ? qb - 256 : qb, p.max));
  }
}

/** Unpack into a dense array of 2^bits weights (zero where nothing was stored). */
export function unpackWeights(p: PackedWeights, bits: number): Float32Array {
  const out = new Float32Array(1 << bits);
  forEachWeight(p, bits, (bucket, w) => (out[bucket] = w));
  return out;
}
