/**
 * Normalisation and tokenisation: homoglyphs, zero-width and bidi characters, compatibility
 * forms, masks, leetspeak, spaced and stretched letters, hashtags, and handles / URLs / emails kept
 * apart from words; every token maps back to its original span.
 */
import { describe, expect, it } from 'vitest';
import { analyze, normalize } from '../../../lib/classify/index';

const norms = (text: string): string[] => analyze(text).tokens.map((t) => t.norm);

describe('normalize', () => {
  it('folds case, compatibility forms and diacritics, keeping an offset map', () => {
    const n = normalize('ＦＵＣＫ café 𝐬𝐡𝐢𝐭');
    expect(n.text).toBe('fuck cafe shit');
    for (let i = 0; i < n.text.length; i++) {
      expect(n.starts[i]).toBeLessThanOrEqual(n.ends[i] ?? 0);
      expect(n.ends[i]).toBeLessThanOrEqual(13 + 12);
    }
  });
  it('maps Cyrillic and Greek look-alikes to Latin', () => {
    expect(normalize('\u0430\u0455\u0455').text).toBe('ass'); // Cyrillic а ѕ ѕ
    expect(normalize('\u03ba\u03b9\u217c\u217c').text).toBe('kill'); // Greek κ ι + Roman numeral ⅼ
  });
  it('removes zero-width, bidi and variation characters', () => {
    expect(normalize('sh\u200bi\u200dt \u202ehello\u202c').text).toBe('shit hello');
  });
  it('cuts stretched letters to two', () => {
    expect(normalize('soooooo fuuuuuck').text).toBe('soo fuuck');
  });
  it('replaces lone surrogates with spaces instead of failing', () => {
    const n = normalize('a\ud800b\udc00c');
    expect(n.text).toBe('a b c');
  });
});

describe('tokens', () => {
  it('recovers masked words', () => {
    expect(norms('f*ck sh*t f***ing dogsh*t b*tch')).toEqual(['fuck', 'shit', 'fucking', 'dogshit', 'bitch']);
  });
  it('recovers leetspeak words but never reads numbers as words', () => {
    expect(norms('sh1t tw@t k1ll 455 2,340 £45 9T')).toEqual([
      'shit',
      'twat',
      'kill',
      '455',
      '2,340',
      '£45',
      '9t',
    ]);
  });
  it('joins spaced-out and dotted letters that spell a word', () => {
    expect(norms('c u n t')).toEqual(['cunt']);
    expect(norms('f.u.c.k off')).toEqual(['fuck', 'off']);
    expect(norms('u k is great')).toEqual(['you', 'k', 'is', 'great']);
  });
  it('undoes stretched letters when the single form is a word', () => {
    expect(norms('sooo gooood fuuuuck')).toEqual(['so', 'good', 'fuck']);
  });
  it('splits hashtags by case and known words', () => {
    expect(norms('#SackTheHead')).toEqual(['sack', 'the', 'head']);
    expect(norms('#fuckthisschool')).toEqual(['fuck', 'this', 'school']);
  });
  it('keeps handles, URLs and emails apart from words', () => {
    const t = analyze('@shitposter see https://kill.example.com/die or mail stab@example.com').tokens;
    expect(t.map((x) => x.kind)).toEqual(['handle', 'word', 'url', 'word', 'word', 'email']);
    expect(t.map((x) => x.norm)).toEqual(['@user', 'see', '<url>', 'or', 'mail', '<email>']);
  });
  it('marks configured names and handles as the school, titled names as staff', () => {
    const a = analyze('Mrs Kaur at Oakfield Academy, cc @OakfieldAcad @randomdad', {
      handles: ['OakfieldAcad'],
      names: ['Oakfield'],
    });
    expect(a.canon).toBe('@staff at @org , cc @org @user');
  });
  it('expands texting forms', () => {
    expect(norms('ur gonna b sorry tmrw sum1')).toEqual([
      'your',
      'gonna',
      'b',
      'sorry',
      'tomorrow',
      'someone',
    ]);
  });
  it('every token maps to a slice of the original', () => {
    const text = 'Ｈｉ @x — f*ck!! 😂😂 #BigDay sooo 𝐠𝐨𝐨𝐝 c-u-n-t';
    for (const t of analyze(text).tokens) {
      expect(t.start).toBeLessThanOrEqual(t.end);
      expect(t.end).toBeLessThanOrEqual(text.length);
    }
  });
});
