/** The shipped n-gram model: size budget, determinism, and that it is used only as one signal. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearBounds } from '../../../lib/classify/features';
import { classifyDetailed, modelFeatures, ruleSignals } from '../../../lib/classify/index';
import { MODEL, linearOfHead, scoreHead } from '../../../lib/classify/model';

const modelP = (text: string): number => {
  const head = MODEL.heads.offensive;
  if (!head) throw new Error('no model');
  return scoreHead(head, modelFeatures(ruleSignals({ text, source: 'mention' }))).p;
};

describe('model', () => {
  it('fits the 400 KB budget', () => {
    const size = statSync(
      join(import.meta.dirname, '..', '..', '..', 'lib', 'classify', 'model', 'model.json'),
    ).size;
    expect(size).toBeLessThanOrEqual(400 * 1024);
  });
  it('ships an offensive head with a threshold in (0, 1)', () => {
    const head = MODEL.heads.offensive;
    expect(head).toBeDefined();
    expect(head?.threshold).toBeGreaterThan(0);
    expect(head?.threshold).toBeLessThan(1);
  });
  it('is deterministic and ranks an insult above a kind remark', () => {
    const rude = modelP('@user you are a pathetic worthless loser');
    expect(modelP('@user you are a pathetic worthless loser')).toBe(rude);
    expect(rude).toBeGreaterThan(modelP('@user you are a lovely thoughtful friend'));
  });
  it('is skipped when it cannot change the findings (benign, or already explained)', () => {
    expect(
      classifyDetailed({ text: 'Lovely harvest festival this morning', source: 'official' }).offensive,
    ).toBeNull();
    expect(classifyDetailed({ text: 'ffs the buses are late', source: 'mention' }).offensive).toBeNull();
  });
  it('is bounded from above by its ungrouped features, so classify may skip it safely', () => {
    const head = MODEL.heads.offensive;
    if (!head) throw new Error('no model');
    const words = fc.constantFrom(
      'you',
      'are',
      'a',
      'pathetic',
      'loser',
      'the',
      'the',
      'shut',
      'up',
      '@user',
      'lovely',
      'idiot',
      'idiot',
      'f*ck',
      'school',
      '!',
      'no',
      'one',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 100 }),
          fc.array(words, { maxLength: 25 }).map((w) => w.join(' ')),
        ),
        (text) => {
          const s = ruleSignals({ text, source: 'mention' });
          const exact = scoreHead(head, modelFeatures(s));
          const z = Math.log(exact.p / (1 - exact.p));
          const out = new Float64Array(1);
          linearBounds(s.analysis, s.lex, linearOfHead(head, MODEL.bits), out);
          const bound = head.bias + (out[0] ?? NaN);
          expect(bound).toBeGreaterThanOrEqual(z - 1e-9);
        },
      ),
      { numRuns: 400 },
    );
  });
  it('keeps the same bound after its per-word memo has been recycled (over 131,072 words)', () => {
    const head = MODEL.heads.offensive;
    if (!head) throw new Error('no model');
    const bound = (text: string): number => {
      const s = ruleSignals({ text, source: 'mention' });
      const out = new Float64Array(1);
      linearBounds(s.analysis, s.lex, linearOfHead(head, MODEL.bits), out);
      return out[0] ?? NaN;
    };
    const probe = '@user you are a pathetic worthless loser and everyone knows it';
    const before = bound(probe);
    // 140,000 distinct made-up words, 400 to a post (the walk reads at most 400 words)
    let n = 0;
    const word = (): string => {
      let x = n++;
      let w = 'q';
      do {
        w += String.fromCharCode(97 + (x % 26));
        x = Math.floor(x / 26);
      } while (x > 0);
      return w;
    };
    for (let post = 0; post < 350; post++) bound(Array.from({ length: 400 }, word).join(' '));
    expect(bound(probe)).toBe(before);
    expect(bound('qzz qzy ' + probe)).toBeGreaterThan(0);
  });
  it('does not turn complaints already explained by other kinds into abuse', () => {
    const r = classifyDetailed({ text: 'oakfield canteen is shite and costs a fortune', source: 'mention' });
    expect(r.findings.map((f) => f.kind)).not.toContain('abuse');
  });
  it('explains a model finding with n-grams from the post', () => {
    const r = classifyDetailed({
      text: '@user shut your mouth you absolute clown, nobody asked',
      source: 'mention',
    });
    const abuse = r.findings.find((f) => f.kind === 'abuse');
    expect(abuse).toBeDefined();
    for (const e of abuse?.evidence ?? []) expect(e.text.length).toBeGreaterThan(0);
  });
});
