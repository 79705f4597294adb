/**
 * Property tests (fast-check): on any string, including lone surrogates, emoji floods, control
 * and bidi characters and 100 KB inputs, classify never throws, every finding is valid per
 * FindingSchema and every evidence span is a slice of the input. A generous time bound on
 * adversarial inputs guards against hangs (timings proper are in bench/classify.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Sentiment from 'sentiment';
import { classify, ruleSignals } from '../../../lib/classify/index';
import { DOMAIN_EXTRAS } from '../../../lib/classify/rules/disparaging';
import { FindingSchema } from '../../../lib/domain/finding';

function valid(text: string, source: 'mention' | 'official'): void {
  const findings = classify({ text, source });
  for (const f of findings) {
    expect(FindingSchema.safeParse(f).success).toBe(true);
    for (const e of f.evidence) {
      expect(e.text).toBe(text.slice(e.start, e.end));
      expect(e.end).toBeLessThanOrEqual(text.length);
    }
  }
}

const pieces = fc.constantFrom(
  'kill',
  'stab',
  "i'll",
  'watch your back',
  'f*ck',
  'sh1t',
  'c u n t',
  '@user',
  '#Tag',
  'http://x.co/a',
  '07700 900123',
  'Year 9',
  'Mr Smith',
  '😂',
  '🔪',
  '\u200b',
  '\u202e',
  '\ud800',
  '\udc00',
  'аѕѕ',
  '...',
  ' ',
  '\n',
  'if',
  'school',
  'the',
  'a',
  'soooo',
  '455',
  '£5',
  'nude',
  'missing',
  'you',
  'idiot',
  'is',
);
const sourceArb = fc.constantFrom('mention' as const, 'official' as const);

describe('classify on arbitrary input', () => {
  it('never throws and returns valid findings (random strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), sourceArb, (s, source) => valid(s, source)),
      { numRuns: 400 },
    );
  });
  it('never throws and returns valid findings (word salad of cues)', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), sourceArb, (parts, source) =>
        valid(parts.join(' '), source),
      ),
      { numRuns: 400 },
    );
  });
  it('handles full Unicode including unpaired surrogates', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary-ascii', maxLength: 200 }),
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        (a, b) => {
          valid(a + b, 'mention');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('sentiment on the words that can score', () => {
  const afinn = new Sentiment();
  it('sums the same AFINN scores as sentiment on every word of the post', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 120 }),
          fc
            .array(
              fc.oneof(
                pieces,
                fc.constantFrom(
                  'not',
                  'good',
                  'bad',
                  'shambles',
                  "don't",
                  'love',
                  'no one',
                  'hate',
                  '!',
                  'wtf',
                ),
              ),
              { maxLength: 30 },
            )
            .map((w) => w.join(' ')),
        ),
        (text) => {
          const s = ruleSignals({ text, source: 'mention' });
          const phrase = s.analysis.tokens
            .filter((t) => t.kind === 'word' || t.kind === 'symbol')
            .map((t) => t.norm.replace(/ /g, '_'))
            .join(' ');
          let neg = 0;
          let pos = 0;
          for (const entry of afinn.analyze(phrase, { extras: DOMAIN_EXTRAS }).calculation)
            for (const v of Object.values(entry)) {
              if (v < 0) neg += v;
              else pos += v;
            }
          expect([s.lex.afinnNeg, s.lex.afinnPos]).toEqual([neg, pos]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('bounded work on adversarial input (hang guard)', () => {
  const KB100 = 100 * 1024;
  const fill = (unit: string): string => unit.repeat(Math.ceil(KB100 / unit.length)).slice(0, KB100);
  const inputs: [string, string][] = [
    ['emoji flood', fill('😂🔥🏳️‍🌈')],
    ['lone surrogates and zero-width', fill('\ud800a\u200b\udc00b\u202e')],
    ['near-miss threat cues', fill("if they i'll gonna kill watch your back i know where ")],
    ['spaced letters', fill('f u c k s h i t ')],
    ['one huge word', fill('a')],
    ['stars and symbols', fill('*@$!|+')],
  ];
  it.each(inputs)('%s: 100 KB classified in well under a second', (_name, text) => {
    const t0 = performance.now();
    valid(text, 'official');
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
