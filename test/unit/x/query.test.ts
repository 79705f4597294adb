import { describe, expect, it } from 'vitest';
import { computeEntities, matches, parseQuery, QueryError, tokenize } from '../../../lib/local/fake-x';
import type { MatchablePost } from '../../../lib/local/fake-x';

const postOf = (text: string, over: Partial<MatchablePost> = {}): MatchablePost => {
  const e = computeEntities(text, () => undefined);
  return {
    tokens: tokenize(text),
    mentions: new Set((e.mentions ?? []).map((m) => m.username.toLowerCase())),
    hashtags: new Set((e.hashtags ?? []).map((h) => h.tag.toLowerCase())),
    authorUsername: 'someone',
    authorId: '1',
    isRetweet: text.startsWith('RT @'),
    isReply: false,
    isQuote: false,
    hasLinks: (e.urls?.length ?? 0) > 0,
    lang: 'en',
    conversationId: '1',
    ...over,
  };
};
const m = (q: string, text: string, over: Partial<MatchablePost> = {}) =>
  matches(parseQuery(q), postOf(text, over));

describe('fake X query language', () => {
  it('matches bare words as tokens, case-insensitively', () => {
    expect(m('oakfield', "Oakfield's new head")).toBe(true);
    expect(m('oak', 'Oakfield')).toBe(false);
  });

  it('matches quoted phrases as consecutive tokens', () => {
    expect(m('"Willow Lane"', 'problems at willow lane today')).toBe(true);
    expect(m('"Willow Lane"', 'lane by the willow')).toBe(false);
  });

  it('matches @mentions, #hashtags, from: and to:', () => {
    expect(m('@OakfieldAcad', 'thanks @oakfieldacad!')).toBe(true);
    expect(m('@OakfieldAcad', 'email me at a@OakfieldAcad.com')).toBe(false);
    expect(m('#RiversideLT', 'go #riversidelt')).toBe(true);
    expect(m('from:RiversideLT', 'hello', { authorUsername: 'riversidelt' })).toBe(true);
    expect(m('to:RiversideLT', 'hello', { inReplyToUsername: 'riversidelt' })).toBe(true);
    expect(m('to:RiversideLT', 'hello')).toBe(false);
  });

  it('gives implicit AND precedence over OR, as X does', () => {
    // a OR b c  ==  a OR (b AND c)
    expect(m('alpha OR beta gamma', 'alpha')).toBe(true);
    expect(m('alpha OR beta gamma', 'beta')).toBe(false);
    expect(m('(alpha OR beta) gamma', 'alpha')).toBe(false);
    expect(m('(alpha OR beta) gamma', 'beta gamma')).toBe(true);
  });

  it('negates terms and groups, including -is:retweet', () => {
    expect(m('oakfield -is:retweet', 'RT @x: oakfield')).toBe(false);
    expect(m('oakfield -is:retweet', 'oakfield')).toBe(true);
    expect(m('oakfield -from:OakfieldAcad', 'oakfield', { authorUsername: 'oakfieldacad' })).toBe(false);
    expect(m('oakfield -(rain OR snow)', 'oakfield snow')).toBe(false);
    expect(m('oakfield is:reply', 'oakfield', { isReply: true })).toBe(true);
  });

  it('rejects what X rejects', () => {
    expect(() => parseQuery('x'.repeat(513))).toThrow(QueryError);
    expect(() => parseQuery('a'.repeat(512))).not.toThrow();
    expect(() => parseQuery('-oakfield')).toThrow(/non-negation/);
    expect(() => parseQuery('(oakfield')).toThrow(/parenthes/);
    expect(() => parseQuery('"oakfield')).toThrow(/quoted/);
    expect(() => parseQuery('oakfield OR')).toThrow(QueryError);
    expect(() => parseQuery('near:london')).toThrow(/invalid operator/);
  });
});

describe('entities from text', () => {
  it('computes mentions, hashtags and urls with code-point indices', () => {
    const text = '🎉 @OakfieldAcad well done #Proud https://example.org/x.';
    const e = computeEntities(text, (u) =>
      u === 'oakfieldacad' ? { id: '7', username: 'OakfieldAcad' } : undefined,
    );
    expect(e.mentions).toEqual([{ start: 2, end: 15, username: 'OakfieldAcad', id: '7' }]);
    expect(e.hashtags).toEqual([{ start: 26, end: 32, tag: 'Proud' }]);
    expect(e.urls?.[0]).toMatchObject({ start: 33, url: 'https://example.org/x' });
    expect(computeEntities('no entities here', () => undefined)).toEqual({});
  });
});
