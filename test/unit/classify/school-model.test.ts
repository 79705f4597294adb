/** The school heads' decoded layout: every weighed bucket finds its row by rank, and nothing else does. */
import { describe, expect, it } from 'vitest';
import { decodeSchoolModel, rowOf, SCHOOL_MODEL } from '../../../lib/classify/school-model';
import { packWeights, unpackWeights } from '../../../lib/classify/weights-codec';

const BITS = 10;

/** Two heads over 2^10 buckets, overlapping in places, with buckets at the edges of 32-bit words. */
const threat = new Map<number, number>([
  [0, 0.5],
  [31, -1.25],
  [32, 2],
  [63, 0.75],
  [500, -0.3],
  [1023, 1.5],
]);
const abuse = new Map<number, number>([
  [31, 0.9],
  [64, -2],
  [500, 1.1],
  [777, 0.4],
]);
const json = {
  format: 4,
  bits: BITS,
  heads: {
    threat: { bias: -1, threshold: 0.5, ...packWeights(threat) },
    abuse: { bias: -2, threshold: 0.6, ...packWeights(abuse) },
  },
};

describe('school model layout', () => {
  const model = decodeSchoolModel(json);
  const heads = { threat, abuse } as const;

  it('gives each weighed bucket its own row, in bucket order, and its heads their weights there', () => {
    const weighed = [...new Set([...threat.keys(), ...abuse.keys()])].sort((a, b) => a - b);
    expect(weighed.map((b) => rowOf(model, b))).toEqual(weighed.map((_, i) => i));
    expect(model.weights.length).toBe(weighed.length * model.columns);
    for (const [kind, weights] of Object.entries(heads)) {
      const column = model.heads[kind as keyof typeof heads]?.column ?? -1;
      const dense = unpackWeights(json.heads[kind as keyof typeof heads], BITS); // the decoded (quantised) weights
      for (const b of weighed) {
        const w = model.weights[rowOf(model, b) * model.columns + column];
        expect(w).toBe(dense[b]);
        expect(w === 0).toBe(!weights.has(b));
      }
    }
  });

  it('finds no row for a bucket no head weighs', () => {
    const weighed = new Set([...threat.keys(), ...abuse.keys()]);
    for (let b = 0; b < 1 << BITS; b++) if (!weighed.has(b)) expect(rowOf(model, b)).toBe(-1);
  });

  it('lays out the shipped heads the same way: rows 0, 1, 2 … over the weighed buckets', () => {
    let next = 0;
    for (let b = 0; b < 1 << SCHOOL_MODEL.bits; b++) {
      const r = rowOf(SCHOOL_MODEL, b);
      if (r < 0) continue;
      expect(r).toBe(next);
      next++;
    }
    expect(next * SCHOOL_MODEL.columns).toBe(SCHOOL_MODEL.weights.length);
  });
});
