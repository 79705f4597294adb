/**
 * Explanations are one line a Principal can read, and any words they quote are the post's own
 * (never a pattern's example phrase).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNCTION_WORDS, classify } from '../../../lib/classify/index';
import { analyze } from '../../../lib/classify/tokens';
import * as C from './cases';
import * as F from './families';

const POSTS: string[] = [
  'Mr Patel deserves a good kicking',
  'mrs jones better watch her back, i know which car is hers',
  ...[...C.THREAT, ...C.SAFEGUARDING, ...C.ABUSE, ...C.PROFANITY, ...C.DISPARAGING, ...C.MEDIA].map(
    (c) => c.text,
  ),
  ...[...F.THREAT_FAMILIES, ...F.SAFEGUARDING_FAMILIES, ...F.ABUSE_FAMILIES, ...F.DISPARAGING_FAMILIES].map(
    (c) => c.text,
  ),
  ...[...C.PERSONAL, ...C.PUPIL, ...C.SENSITIVE, ...C.SOLICITATION].map((c) => c.text),
];

describe('explanations', () => {
  it.each(POSTS)('quote only the post: %s', (text) => {
    for (const source of ['mention', 'official'] as const) {
      for (const f of classify({ text, source }, F.HOLLYBROOK)) {
        expect(f.explanation.length).toBeGreaterThan(0);
        expect(f.explanation).not.toMatch(/[\r\n]/);
        const quoted = /: "(.*)"\.$/.exec(f.explanation)?.[1];
        if (quoted !== undefined) expect(text).toContain(quoted);
      }
    }
  });

  it('quotes the words of the post, not the rule', () => {
    const f = classify({ text: 'Mr Patel deserves a good kicking', source: 'mention' });
    const threat = f.find((x) => x.kind === 'threat');
    expect(threat?.explanation).toContain('"deserves a good kicking"');
    expect(threat?.explanation).not.toContain('deserves a beating');
  });

  it("quotes a model's words of meaning, not the words around them", () => {
    // training posts, where the heads and the offensive model fire often
    const texts = readFileSync(join(__dirname, '../../../data/train/school-synth-4.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => String((JSON.parse(l) as { text: unknown }).text));
    // a quote is judged by the post's own tokens in its span ("yr 9" is "year", a lone "yr" "your")
    const bare = (text: string, e: { start: number; end: number }): boolean =>
      analyze(text)
        .tokens.filter((t) => t.start >= e.start && t.end <= e.end)
        .every((t) => t.kind === 'punct' || (t.kind === 'word' && FUNCTION_WORDS.has(t.norm)));
    let modelFindings = 0;
    let quotedMeaning = 0;
    for (const text of texts)
      for (const f of classify({ text, source: 'mention' }, F.HOLLYBROOK)) {
        if (!f.evidence.some((e) => e.cue === 'model n-gram')) continue;
        modelFindings++;
        const quotes = f.evidence.map((e) => e.text);
        const spans = new Set(f.evidence.map((e) => `${e.start}:${e.end}`));
        expect(spans.size, `${quotes.join(' | ')}`).toBe(quotes.length);
        // either every quote carries meaning, or the model had only function words to show
        const meaningful = f.evidence.filter((e) => !bare(text, e)).map((e) => e.text);
        if (meaningful.length > 0) {
          quotedMeaning++;
          expect(meaningful, `${f.kind}: ${quotes.join(' | ')}`).toEqual(quotes);
        }
      }
    expect(modelFindings).toBeGreaterThan(30);
    expect(quotedMeaning).toBeGreaterThan(modelFindings * 0.9);
  });
});
