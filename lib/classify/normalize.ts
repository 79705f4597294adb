/**
 * Character-level normalisation with a map back to the original text.
 *
 * Every rule in lib/classify matches against a folded copy of the post, but evidence must point
 * into the ORIGINAL text (UTF-16 offsets, `text === original.slice(start, end)`). So this module
 * walks the post once, code point by code point, and for every UTF-16 unit it outputs records the
 * [start, end) range of the original code point it came from.
 *
 * Folding, per code point (results cached, ASCII fast path):
 *  - zero-width, bidi controls, variation selectors, tag characters, skin-tone modifiers and soft
 *    hyphens are removed (they are used to split words so filters miss them);
 *  - lone surrogates become a space (they cannot be rendered and must never crash us);
 *  - Unicode compatibility folding (NFKD, so fullwidth / mathematical / circled letters and
 *    ligatures become plain letters, as NFKC would) and then combining marks are dropped
 *    ("é" → "e", "ñ" → "n");
 *  - Cyrillic and Greek look-alike letters become their Latin twins ("аss" with a Cyrillic а);
 *  - curly quotes and apostrophes become ASCII, all whitespace but newlines becomes a space;
 *  - lower-case (a cased copy is kept too: hashtag splitting and name detection need it).
 * Then runs of three or more identical letters are cut to two ("soooo" → "soo", "fuuuck" →
 * "fuuck"); the tokeniser decides later whether the doubled letter should be single.
 *
 * The work is linear in the length of the post.
 */

export interface NormalizedText {
  /** The post as received. */
  readonly original: string;
  /** Folded, lower-cased text. */
  readonly text: string;
  /** Folded text with the original letter case (same length as `text`). */
  readonly cased: string;
  /** For each UTF-16 unit of `text`: start offset of the original code point it came from. */
  readonly starts: Int32Array;
  /** For each UTF-16 unit of `text`: end offset (exclusive) of that original code point. */
  readonly ends: Int32Array;
}

/** Cyrillic and Greek letters that look like Latin ones (both cases). */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ԁ: 'D',
  Ԝ: 'W',
  Һ: 'H',
  Ӏ: 'I',
  Ь: 'b',
  ь: 'b',
  З: '3',
  // Greek
  α: 'a',
  β: 'b',
  γ: 'y',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ς: 's',
  σ: 'o',
  μ: 'u',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  // Latin look-alikes outside ASCII that survive NFKD
  ı: 'i',
  ȷ: 'j',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ƒ: 'f',
  ɑ: 'a',
  ɡ: 'g',
  ʏ: 'y',
  ᴀ: 'A',
  ʙ: 'B',
  ᴄ: 'C',
  ᴅ: 'D',
  ᴇ: 'E',
  ꜰ: 'F',
  ɢ: 'G',
  ʜ: 'H',
  ɪ: 'I',
  ᴊ: 'J',
  ᴋ: 'K',
  ʟ: 'L',
  ᴍ: 'M',
  ɴ: 'N',
  ᴏ: 'O',
  ᴘ: 'P',
  ʀ: 'R',
  ꜱ: 'S',
  ᴛ: 'T',
  ᴜ: 'U',
  ᴠ: 'V',
  ᴡ: 'W',
  ᴢ: 'Z',
  // punctuation
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '\u0060': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u3000': ' ',
};

/** Code points removed outright: invisible, formatting and emoji-modifier characters. */
export function isIgnorable(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x34f ||
    cp === 0x61c ||
    cp === 0x180e ||
    cp === 0xfeff ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    (cp >= 0x0300 && cp <= 0x036f) // combining diacritics typed on their own
  );
}

interface Folded {
  readonly cased: string;
  readonly lower: string;
}

const MARKS = /\p{M}/gu;
const SPACES = /[\s\u2028\u2029]/u;
const foldCache = new Map<number, Folded>();
const FOLD_CACHE_MAX = 20_000;

function foldCodePoint(cp: number): Folded {
  const hit = foldCache.get(cp);
  if (hit) return hit;
  const ch = String.fromCodePoint(cp);
  let cased: string;
  const direct = HOMOGLYPHS[ch];
  if (direct !== undefined) {
    cased = direct;
  } else if (SPACES.test(ch)) {
    cased = ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029' ? '\n' : ' ';
  } else {
    const decomposed = ch.normalize('NFKD').replace(MARKS, '');
    let out = '';
    for (const c of decomposed) out += HOMOGLYPHS[c] ?? c;
    cased = out;
  }
  // Keep cased and lower the same length so one offset map serves both.
  let lower = cased.toLowerCase();
  if (lower.length !== cased.length) {
    lower = '';
    for (let i = 0; i < cased.length; i++) {
      const l = cased.charAt(i).toLowerCase();
      lower += l.length === 1 ? l : cased.charAt(i);
    }
  }
  const folded: Folded = { cased, lower };
  if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
  foldCache.set(cp, folded);
  return folded;
}

const isLetterCode = (c: number): boolean => c >= 97 && c <= 122;

const decoder = new TextDecoder('utf-16le');

function decode(codes: Uint16Array, n: number): string {
  if (n === 0) return '';
  if (n <= 4096) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  return decoder.decode(codes.subarray(0, n));
}

/** Scratch buffers reused across calls (single-threaded; the result copies what it keeps). */
let cap = 0;
let lower = new Uint16Array(0);
let cased = new Uint16Array(0);
let starts = new Int32Array(0);
let ends = new Int32Array(0);

function ensure(size: number): void {
  if (size <= cap) return;
  let next = Math.max(256, cap);
  while (next < size) next *= 2;
  const l2 = new Uint16Array(next);
  l2.set(lower);
  lower = l2;
  const c2 = new Uint16Array(next);
  c2.set(cased);
  cased = c2;
  const s2 = new Int32Array(next);
  s2.set(starts);
  starts = s2;
  const e2 = new Int32Array(next);
  e2.set(ends);
  ends = e2;
  cap = next;
}

/**
 * The results' offset arrays are views into a shared pool, not arrays of their own: a post's two
 * small arrays then cost two views rather than two buffer allocations (what slice() cost, a few
 * per cent of classify). A full pool is left to the views still using it.
 */
const POOL_UNITS = 16_384;
let pool = new Int32Array(POOL_UNITS);
let poolUsed = 0;

/** A fresh run of `n` offsets (zeroed, and never handed out again). */
function takeOffsets(n: number): Int32Array {
  if (n > POOL_UNITS >> 3) return new Int32Array(n);
  if (poolUsed + n > POOL_UNITS) {
    pool = new Int32Array(POOL_UNITS);
    poolUsed = 0;
  }
  const view = pool.subarray(poolUsed, poolUsed + n);
  poolUsed += n;
  return view;
}

/**
 * Normalise `original` for matching. Pure (scratch buffers aside); linear time. `maxChars` bounds
 * the work on huge posts (characters after it are not analysed).
 */
export function normalize(original: string, maxChars = Number.POSITIVE_INFINITY): NormalizedText {
  const limit = Math.min(original.length, maxChars);
  ensure(limit + 16);
  let n = 0;
  // last two output lower-case code units, for run collapsing
  let prev1 = -1;
  let prev2 = -1;
  // every output unit ASCII (lower and cased); cased output identical to the input so far
  let ascii = 0;
  let same = true;
  let i = 0;
  while (i < limit) {
    const unit = original.charCodeAt(i);
    let lc: number;
    let cc: number;
    let start = i;
    let end = i + 1;
    let multi: Folded | null = null;
    if (unit < 0x80) {
      // ASCII fast path
      if (unit >= 65 && unit <= 90) {
        lc = unit + 32;
        cc = unit;
      } else if (unit === 0x0a || unit === 0x0d) {
        lc = 0x0a;
        cc = 0x0a;
      } else if (unit < 0x20 || unit === 0x7f) {
        lc = 0x20;
        cc = 0x20;
      } else {
        lc = unit;
        cc = unit;
      }
      i++;
    } else {
      let cp: number;
      if (unit >= 0xd800 && unit <= 0xdbff) {
        const next = i + 1 < original.length ? original.charCodeAt(i + 1) : 0;
        if (next >= 0xdc00 && next <= 0xdfff) {
          cp = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
          end = i + 2;
        } else {
          cp = 0x20; // lone high surrogate
        }
      } else if (unit >= 0xdc00 && unit <= 0xdfff) {
        cp = 0x20; // lone low surrogate
      } else {
        cp = unit;
      }
      start = i;
      i = end;
      if (cp === 0x20) {
        lc = 0x20;
        cc = 0x20;
      } else {
        if (isIgnorable(cp)) continue;
        multi = foldCodePoint(cp);
        if (multi.lower.length === 0) continue;
        lc = multi.lower.charCodeAt(0);
        cc = multi.cased.charCodeAt(0);
      }
    }
    const count = multi ? multi.lower.length : 1;
    for (let k = 0; k < count; k++) {
      if (k > 0 && multi) {
        lc = multi.lower.charCodeAt(k);
        cc = multi.cased.charCodeAt(k);
      }
      if (isLetterCode(lc) && lc === prev1 && lc === prev2) {
        // third (or later) identical letter in a row: fold it into the previous unit
        ends[n - 1] = end;
        continue;
      }
      if (n >= cap) ensure(n + 1);
      lower[n] = lc;
      cased[n] = cc;
      ascii |= lc | cc;
      if (same && cc !== original.charCodeAt(n)) same = false;
      starts[n] = start;
      ends[n] = end;
      n++;
      prev2 = prev1;
      prev1 = lc;
    }
  }
  // Most posts need no decoding: a cased text identical to the input is the input, and an ASCII
  // one lower-cases exactly as the ASCII units were (A-Z only).
  const casedText = same ? (n === original.length ? original : original.slice(0, n)) : decode(cased, n);
  const startsOut = takeOffsets(n);
  startsOut.set(starts.subarray(0, n));
  const endsOut = takeOffsets(n);
  endsOut.set(ends.subarray(0, n));
  return {
    original,
    text: ascii < 0x80 ? casedText.toLowerCase() : decode(lower, n),
    cased: casedText,
    starts: startsOut,
    ends: endsOut,
  };
}
