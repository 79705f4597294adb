/**
 * Explanations are one line a Principal can read, and any words they quote are the post's own
 * (never a pattern's example phrase).
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classify/index';
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
});
