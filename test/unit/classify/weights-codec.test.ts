/**
 * The packed weight format of the shipped models (lib/classify/weights-codec.ts) and the school
 * heads built from it (lib/classify/school-model.ts).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractFeatures, forEachWordFeature, walkFeatures } from '../../../lib/classify/features';
import { classifyDetailed, headGate, menaceIn, ruleSignals } from '../../../lib/classify/index';
import { pressIn } from '../../../lib/classify/rules/media';
import { analyze } from '../../../lib/classify/tokens';
import type { ContentKind } from '../../../lib/domain/kinds';
import {
  SCHOOL_KINDS,
  SCHOOL_MODEL,
  decodeSchoolModel,
  schoolFeatures,
  schoolHits,
  scoreSchool,
} from '../../../lib/classify/school-model';
import {
  WeightsCodecError,
  compressColumns,
  fromZ85,
  mostThatFit,
  packWeights,
  toZ85,
  unpackWeights,
} from '../../../lib/classify/weights-codec';

/** A one-head school model that gives every feature bucket of `text` the weight `w`. */
function headOver(
  kind: ContentKind,
  text: string,
  w: number,
  head: { bias: number; threshold: number; thresholdWithoutMenace?: number },
) {
  const s = ruleSignals({ text, source: 'mention' });
  const weights = new Map(schoolFeatures(s.analysis, s.lex, 18).buckets.map((b): [number, number] => [b, w]));
  return decodeSchoolModel({ format: 4, bits: 18, heads: { [kind]: { ...head, ...packWeights(weights) } } });
}

describe('packed weights', () => {
  it('round-trips buckets exactly and values within the companding error', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: (1 << 18) - 1 }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.double({ min: -6, max: 6, noNaN: true }), { minLength: 300, maxLength: 300 }),
        (buckets, values) => {
          const m = new Map(buckets.map((b, i) => [b, values[i] ?? 0]));
          const packed = packWeights(m);
          const dense = unpackWeights(packed, 18);
          for (const [b, w] of m) {
            // |w| ≤ max: error of sqrt-companding at 127 levels is at most ~2·max/127 near the top
            expect(Math.abs((dense[b] ?? 0) - w)).toBeLessThanOrEqual((2 * packed.max) / 127 + 1e-6);
          }
          let nonZero = 0;
          for (const v of dense) if (v !== 0) nonZero++;
          expect(nonZero).toBeLessThanOrEqual(m.size);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('keeps the largest weights when asked to prune', () => {
    const m = new Map([
      [5, 0.1],
      [9, -3],
      [70_000, 2],
      [12, 0.01],
    ]);
    const dense = unpackWeights(packWeights(m, 2), 18);
    expect(dense[9]).toBeCloseTo(-3, 5);
    expect(dense[70_000]).not.toBe(0);
    expect(dense[5]).toBe(0);
    expect(dense[12]).toBe(0);
  });

  it('refuses truncated or out-of-range data with a named error', () => {
    const packed = packWeights(new Map([[300_000, 1]]));
    expect(() => unpackWeights(packed, 18)).toThrow(WeightsCodecError);
    const raw = (bytes: number[]): { max: number; data: string } => ({
      max: 1,
      data: toZ85(compressColumns(Uint8Array.from(bytes))),
    });
    // two weights declared, one gap given
    expect(() => unpackWeights(raw([2, 5]), 20)).toThrow(/truncated weights \(varint\)/);
    // two weights, their gaps, one value
    expect(() => unpackWeights(raw([2, 5, 1, 100]), 20)).toThrow(/truncated weights \(value\)/);
    // one weight with two values
    expect(() => unpackWeights(raw([1, 5, 100, 7]), 20)).toThrow(/1 stray bytes/);
    expect(unpackWeights(raw([1, 5, 127]), 20)[5]).toBe(1);
    // not compressed at all (the record format before 2026-12-02)
    const old = { ...packed, data: toZ85(Uint8Array.from([0x81, 0x05, 0x7f])) };
    expect(() => unpackWeights(old, 20)).toThrow(/not valid Brotli data/);
    // raw DEFLATE (the compression before 2026-12-03) is not Brotli
    const deflated = { ...packed, data: toZ85(deflateRawSync(Uint8Array.from([1, 5, 127]))) };
    expect(() => unpackWeights(deflated, 20)).toThrow(/not valid Brotli data/);
    // base64 (the text encoding before the seventh session of 2026-12-02) reads as other bytes
    const b64 = { ...packed, data: deflateRawSync(Uint8Array.from([1, 5, 127])).toString('base64') };
    expect(() => unpackWeights(b64, 20)).toThrow(WeightsCodecError);
  });
});

describe('Z85 text', () => {
  it('writes the ZeroMQ RFC 32 test vector', () => {
    const bytes = Uint8Array.from([0x86, 0x4f, 0xd2, 0x6f, 0xb5, 0x59, 0xf7, 0x5b]);
    expect(toZ85(bytes)).toBe('HelloWorld');
    expect([...fromZ85('HelloWorld')]).toEqual([...bytes]);
  });

  it('round-trips any bytes, a last partial group as n + 1 characters, with no quote or backslash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        const text = toZ85(bytes);
        expect(text.length).toBe(
          Math.floor(bytes.length / 4) * 5 + (bytes.length % 4 ? (bytes.length % 4) + 1 : 0),
        );
        expect(text).not.toMatch(/["'\\\s]/);
        expect([...fromZ85(text)]).toEqual([...bytes]);
      }),
    );
  });

  it('names text that is not Z85', () => {
    expect(() => fromZ85('Hello"orld')).toThrow(/character "\\"" at 5 is not Z85/);
    expect(() => fromZ85('HelloW')).toThrow(/6 characters: a last group of 1/);
    expect(() => fromZ85('#####')).toThrow(/group at 0 is more than 32 bits/);
  });
});

describe('mostThatFit', () => {
  it('finds the largest count that fits, asking about few counts', () => {
    const asked: number[] = [];
    const fits = (limit: number) => (n: number) => (asked.push(n), n <= limit);
    expect(mostThatFit(30_000, fits(2_024))).toBe(2_024);
    expect(asked.length).toBeLessThanOrEqual(16);
    expect(mostThatFit(100, fits(500))).toBe(100);
    expect(mostThatFit(100, fits(-1))).toBe(0);
    expect(mostThatFit(0, fits(10))).toBe(0);
  });
});

describe('school heads', () => {
  it('scores one feature vector for every head, and gives evidence only above the threshold', () => {
    const model = decodeSchoolModel({
      format: 4,
      bits: 10,
      heads: {
        threat: { bias: -1, threshold: 0.5, ...packWeights(new Map([[7, 4]])) },
        safeguarding: { bias: -1, threshold: 0.5, ...packWeights(new Map([[7, -4]])) },
      },
    });
    const fv = { buckets: [7, 8], values: [1, 1], firsts: [0, 1], lasts: [0, 1] };
    const [threat, safeguarding] = scoreSchool(fv, SCHOOL_KINDS, model);
    expect(threat?.kind).toBe('threat');
    expect(threat?.p).toBeGreaterThan(0.9);
    expect(threat?.top[0]?.source).toEqual({ first: 0, last: 0 });
    expect(safeguarding?.p).toBeLessThan(0.1);
    expect(safeguarding?.top).toEqual([]);
  });

  // school posts from the training data (threats, disclosures, complaints, enquiries, ordinary
  // news) so that the heads fire, and random text, which they should not
  const trainingPosts = readFileSync(join(__dirname, '../../../data/train/school-synth-1.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, 400)
    .map((l) => String((JSON.parse(l) as { text: unknown }).text));
  const postText = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.constantFrom(...trainingPosts),
  );

  it('walks the same features as the vector, before grouping (the bound on the heads relies on it)', () => {
    fc.assert(
      fc.property(postText, fc.integer({ min: -12, max: 0 }), fc.nat(6), (text, afinnNeg, prof) => {
        const a = analyze(text);
        const lex = { afinnNeg, afinnPos: 1, profanity: prof, rules: ['abuse', 'abuse.insult'] };
        const grouped = new Map<number, number>();
        const add = (b: number, raw: number): void => {
          expect(raw).toBeGreaterThanOrEqual(0);
          grouped.set(b, (grouped.get(b) ?? 0) + raw);
        };
        walkFeatures(a, lex, 18, (f) => forEachWordFeature(f, 18, add), add);
        const norm = Math.sqrt([...grouped.values()].reduce((s, v) => s + v * v, 0));
        const fv = extractFeatures(a, lex, 18);
        expect(fv.buckets.length).toBe(grouped.size);
        fv.buckets.forEach((b, i) => expect(fv.values[i]).toBeCloseTo((grouped.get(b) ?? NaN) / norm, 12));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a rewritten token as its new word, not the word it was typed as (lexeme caches)', () => {
    const lex = { afinnNeg: 0, afinnPos: 0, profanity: 0, rules: [] };
    const vector = (text: string): [number, number][] => {
      const fv = extractFeatures(analyze(text), lex, 18);
      return fv.buckets.map((b, i): [number, number] => [b, fv.values[i] ?? 0]).sort((x, y) => x[0] - y[0]);
    };
    // "yr" is rewritten to "your" (and "yr 10" to "year 10") after it was canonicalised as "yr"
    for (let round = 0; round < 2; round++) {
      expect(vector('yr mum is lovely')).toEqual(vector('your mum is lovely'));
      expect(vector('well done yr 10')).toEqual(vector('well done year 10'));
    }
  });

  it('finds exactly the heads at or above threshold that scoring every head finds', () => {
    let fired = 0;
    fc.assert(
      fc.property(
        postText,
        fc.constantFrom('mention', 'official') as fc.Arbitrary<'mention' | 'official'>,
        (text, source) => {
          const s = ruleSignals({ text, source });
          const kinds = Object.keys(SCHOOL_MODEL.heads) as typeof SCHOOL_KINDS;
          const expected = scoreSchool(schoolFeatures(s.analysis, s.lex), kinds).filter(
            (h) => h.p >= h.threshold,
          );
          const hits = schoolHits(s.analysis, s.lex, kinds);
          expect(hits.map((h) => h.kind)).toEqual(expected.map((h) => h.kind));
          hits.forEach((h, i) => {
            expect(h.p).toBe(expected[i]?.p);
            expect(h.top).toEqual(expected[i]?.top);
          });
          fired += hits.length;
        },
      ),
      { numRuns: 600 },
    );
    // the training posts make heads fire: the comparison above is not only of empty lists
    expect(fired).toBeGreaterThan(20);
  });

  it('lets the threat head speak without a menace word only above its threshold for that', () => {
    const bare = 'a few of us have got nothing left to lose now and the new head should remember that';
    const menacing = 'people round here know where the new head lives';
    const headOn = (text: string, thresholdWithoutMenace?: number) => {
      const s = ruleSignals({ text, source: 'mention' });
      const model = headOver('threat', text, 0.3, {
        bias: -2,
        threshold: 0.5,
        ...(thresholdWithoutMenace === undefined ? {} : { thresholdWithoutMenace }),
      });
      const [score] = scoreSchool(schoolFeatures(s.analysis, s.lex), ['threat'], model);
      const found = classifyDetailed({ text, source: 'mention' }, undefined, { schoolModel: model }).findings;
      return {
        p: score?.p ?? 0,
        menace: menaceIn(s.analysis),
        rule: found.find((f) => f.kind === 'threat')?.rule,
      };
    };
    const gated = headOn(bare);
    expect(gated.menace).toBe('none');
    expect(gated.p).toBeGreaterThan(0.8);
    expect(gated.p).toBeLessThan(0.99);
    expect(gated.rule).toBeUndefined(); // no second threshold: the gate holds
    expect(headOn(bare, 0.75).rule).toBe('threat.school');
    expect(headOn(bare, gated.p + 0.005).rule).toBeUndefined();
    const withWord = headOn(menacing, 0.999);
    expect(withWord.menace).toBe('menace');
    expect(withWord.p).toBeLessThan(0.999);
    expect(withWord.rule).toBe('threat.school'); // a menace word: the first threshold applies
  });

  it('lets the media head speak only on a post with a word of the press', () => {
    const headOn = (text: string) => {
      const s = ruleSignals({ text, source: 'mention' });
      const model = headOver('media_enquiry', text, 0.5, { bias: -1, threshold: 0.5 });
      const [score] = scoreSchool(schoolFeatures(s.analysis, s.lex), ['media_enquiry'], model);
      const found = classifyDetailed({ text, source: 'mention' }, undefined, { schoolModel: model }).findings;
      return {
        p: score?.p ?? 0,
        press: pressIn(s.analysis),
        rule: found.find((f) => f.kind === 'media_enquiry')?.rule,
      };
    };
    // a parent: the head is sure, the gate holds
    const parent = headOn('can someone confirm if the school is open tomorrow? DM me');
    expect(parent.p).toBeGreaterThan(0.9);
    expect(parent.press).toBe(false);
    expect(parent.rule).toBeUndefined();
    // the press, with no rule's cue of an enquiry: the head speaks
    const press = headOn('Evening Star here, is the school shut tomorrow or not?');
    expect(press.press).toBe(true);
    expect(press.rule).toBe('media_enquiry.school');
  });

  it('reads what a post gives the threat head to stand on', () => {
    const reading = (text: string) => menaceIn(ruleSignals({ text, source: 'mention' }).analysis);
    expect(reading('I know where Mr Hale lives')).toBe('menace');
    expect(reading('people round here have long memories, Mr Hale should remember that')).toBe('none');
    // a plan to meet, sport's words for winning, praise-fire: ordinary, whatever the head says
    expect(reading("I'll meet you at the gates at 3 and we'll walk down together")).toBe('ordinary');
    expect(reading('see you at the bus stop at 8 lol')).toBe('ordinary');
    expect(reading('Year 10 are gonna batter Kingsmead at football on Friday')).toBe('ordinary');
    expect(reading('that playlist at the prom was fire 🔥🔥')).toBe('ordinary');
    expect(reading("Tonight I'm going to Miss Ray's house party for her 40th!")).toBe('ordinary');
    // a menace word outweighs the plan
    expect(reading("meet me at the gates at 3, you're getting battered")).toBe('menace');
    // the writer's own car is not a target; someone else's is
    expect(reading("my car broke down and I can't drive the minibus")).toBe('none');
    expect(reading('I know which car is hers')).toBe('menace');
    // a torch to see by is not the verb
    expect(reading('Bring a torch, the night walk starts at 7')).not.toBe('menace');
    expect(reading("I'll torch the place tonight")).toBe('menace');
  });

  it("keeps the safeguarding head to its second threshold on a parent's own school run", () => {
    const gate = (text: string) =>
      headGate('safeguarding', ruleSignals({ text, source: 'mention' }).analysis);
    expect(gate("I'll be waiting outside the gates at 3 to pick my daughter up")).toBe('bare');
    expect(gate('can someone else do the school run on Friday? I am stuck at work')).toBe('bare');
    // someone else collecting a child, a child's fear: the head speaks as usual
    expect(gate('a man of 21 keeps turning up at the gates to pick her up, she is 13')).toBe('open');
    expect(gate("my son says he's too scared to go in because of the older boys")).toBe('open');
    // with no second threshold in the model, the head is silent on the school run
    const headOnly = (text: string) => {
      const model = headOver('safeguarding', text, 0.3, { bias: -1, threshold: 0.5 });
      return classifyDetailed({ text, source: 'mention' }, undefined, { schoolModel: model }).findings.find(
        (f) => f.kind === 'safeguarding',
      )?.rule;
    };
    expect(headOnly('waiting outside the gates at 3 to pick my daughter up')).toBeUndefined();
    expect(headOnly('waiting outside the gates at 3, the man in the van is back again')).toBe(
      'safeguarding.school',
    );
  });

  it('refuses a second threat threshold below the first', () => {
    expect(() =>
      decodeSchoolModel({
        format: 4,
        bits: 18,
        heads: {
          threat: {
            bias: -1,
            threshold: 0.5,
            thresholdWithoutMenace: 0.4,
            ...packWeights(new Map([[7, 4]])),
          },
        },
      }),
    ).toThrow(/heads\.threat\.thresholdWithoutMenace \(0\.4\) is below its threshold \(0\.5\)/);
  });

  it('refuses a malformed model file, naming the field', () => {
    expect(() => decodeSchoolModel({ format: 4, bits: 18, heads: { threat: { bias: 'x' } } })).toThrow(
      /heads\.threat\.bias/,
    );
  });
});
