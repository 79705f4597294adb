/**
 * Tokeniser: normalised text → tokens with canonical forms and original offsets.
 *
 * Rules never look at raw characters; they look at tokens, each of which knows
 *  - `norm`: its canonical form for matching ("f*ck" → "fuck", "sh1t" → "shit", "tmrw" →
 *    "tomorrow", "fuuuck" → "fuck", "c u n t" → "cunt", "#SackTheHead" → "sack", "the", "head");
 *  - `start`/`end`: the span of the ORIGINAL text it came from (for evidence);
 *  - its kind: words, numbers, punctuation, symbols (emoji), and three kinds that are kept apart
 *    from words so nothing ever matches inside them: @handles, URLs and email addresses.
 *
 * After tokenising, references are merged into placeholder tokens that rules can target:
 *  - `@org`: an official handle, a configured trust/academy name or alias, "<Name> Academy";
 *  - `@user`: any other @handle;
 *  - `@staff`: a title and surname ("Mrs Kaur", "Dr Osei").
 * The canonical text is the tokens' `norm`s joined by single spaces; a RegExp match on it maps
 * back to tokens (and so to original offsets) through `tokStart`/`tokEnd`.
 *
 * Numbers are never read as words ("455" is not "ass"): only tokens with at least as many letters
 * as digits are candidates for leetspeak decoding, and only into a list of words worth hiding.
 */
import type { ClassifyContext } from '../domain/finding';
import type { WordFeatures } from './features';
import type { ProfanityVerdict } from './rules/profanity';
import { normalize } from './normalize';
import type { NormalizedText } from './normalize';
import { COMMON_WORDS, KNOWN_WORDS, RECOVERABLE, SLANG, TITLES } from './lexicon';

export type TokenKind = 'word' | 'number' | 'handle' | 'url' | 'email' | 'punct' | 'symbol' | 'org' | 'staff';

export interface Token {
  kind: TokenKind;
  /** Canonical form used by rules (may contain a space, e.g. "no one"). */
  norm: string;
  /** Normalised surface (lower-case, folded) as typed. */
  surface: string;
  /** Original offsets (UTF-16), end exclusive. */
  start: number;
  end: number;
  /** Offsets in the normalised text. */
  nStart: number;
  nEnd: number;
  /** First letter upper-case in the original. */
  cap: boolean;
  /** All letters upper-case (and at least two letters). */
  allCaps: boolean;
  /** Came from a hashtag. */
  hashtag: boolean;
  /** How the canonical form was recovered, if it differs from the surface. */
  how?: 'leet' | 'mask' | 'spaced' | 'stretch' | 'slang';
  /**
   * The shared record of this token's surface form (Lexeme), when the token is exactly one word
   * as canonicalised. Tokens rewritten later (merged names, "yr" → "your") may carry their
   * original's: readers must check `lexeme.norm === norm` (lexemeOf does).
   */
  lexeme?: Lexeme;
}

/**
 * One distinct surface form and its canonical word, shared by every token of that form (cached by
 * surface, like the canonicalisation itself). Modules that derive facts from a word alone keep them
 * in its slot here, so a post's words cost one dictionary lookup in all rather than one per module
 * (on a busy stream those lookups, each a cache miss, were a large part of classify time).
 */
export interface Lexeme {
  readonly norm: string;
  readonly kind: TokenKind;
  readonly how?: Token['how'];
  /** features.ts: the word's hashed features. */
  features?: WordFeatures;
  /** rules/profanity.ts: the word's verdict on its own (null: not profane). */
  verdict?: ProfanityVerdict | null;
  /** index.ts: what the word gives `sentiment` (no token, unscored tokens, a scored one) … */
  sentiment?: number;
  /** … and its tokens there. */
  sentimentTokens?: readonly string[];
  /** rules/common.ts: ids of the anchor sets containing the word (null: none), as of anchorGen. */
  anchorSets?: readonly number[] | null;
  anchorGen?: number;
}

/** The token's Lexeme, if it still describes the token's canonical form. */
export function lexemeOf(t: Token): Lexeme | undefined {
  const lx = t.lexeme;
  return lx !== undefined && lx.norm === t.norm ? lx : undefined;
}

export interface Analysis {
  readonly original: string;
  readonly norm: NormalizedText;
  readonly tokens: readonly Token[];
  /** Canonical text: token norms joined by single spaces. */
  readonly canon: string;
  readonly tokStart: readonly number[];
  readonly tokEnd: readonly number[];
  /** Every canonical word present (multi-word norms split), for cheap pre-checks. */
  readonly vocab: ReadonlySet<string>;
}

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '+': 't',
  '€': 'e',
};

const isAlnum = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
const isLetter = (c: string): boolean => c >= 'a' && c <= 'z';
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
/** Symbols that can stand for letters inside a word ("tw@t", "sh!t", "a$$", "f*ck"). */
/** "!", "|", "+": punctuation at the end of a word. */
const isTrailingPunct = (c: number): boolean => c === 0x21 || c === 0x7c || c === 0x2b;
const isInnerSym = (c: string): boolean =>
  c === '*' || c === '@' || c === '$' || c === '!' || c === '|' || c === '+' || c === '€';

const known = (w: string): boolean => KNOWN_WORDS.has(w);

/** Remove one letter of every doubled pair: "fuuck" → "fuck", "soo" → "so". */
function undouble(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) if (i === 0 || w[i] !== w[i - 1]) out += w[i];
  return out;
}

function hasDouble(w: string): boolean {
  for (let i = 1; i < w.length; i++) if (w[i] === w[i - 1] && isLetter(w[i] ?? '')) return true;
  return false;
}

const NUMBERISH =
  /^(?:\d+(?:[.,:/-]\d+)*(?:st|nd|rd|th|am|pm|s|k|m|p|yo|x|mm|cm|km|kg|g|ft|mph|hrs?|mins?)?|[a-z]\d{1,3}[a-z]?|\d{1,2}[a-z]|u\d{1,2}s?)$/;

/** Canonical form of a mask like "f*ck", "sh*t", "dogsh*t", "f***ing", or null. */
const maskCache = new Map<string, string | null>();
const MASK_TARGET_LIST = [...RECOVERABLE].filter((w) => w.length >= 3);

function resolveMask(surface: string): string | null {
  const cached = maskCache.get(surface);
  if (cached !== undefined) return cached;
  let result: string | null = null;
  const letters = surface.replace(/[^a-z]/g, '');
  if (letters.length >= 1 && surface.length <= 24) {
    const build = (s: string): RegExp => {
      let src = '';
      for (const run of s.match(/\*+|[^*]+/g) ?? []) {
        if (run[0] === '*') {
          const n = run.length;
          src += n === 1 ? '[a-z]{1,2}' : `[a-z]{${n - 1},${n + 1}}`;
        } else {
          src += run.replace(/[^a-z0-9]/g, (c) => `[${c === ']' ? '\\]' : c}${LEET[c] ?? ''}]`);
        }
      }
      return new RegExp(`^${src}$`);
    };
    // whole token first, then a letter prefix + masked word ("dogsh*t")
    for (let cut = 0; cut < surface.length && result === null; cut++) {
      const prefix = surface.slice(0, cut);
      if (cut > 0 && !/^[a-z]{2,}$/.test(prefix)) continue;
      const rest = surface.slice(cut);
      if (!rest.includes('*')) break;
      const re = build(rest);
      for (const w of MASK_TARGET_LIST) {
        if (re.test(w)) {
          result = prefix + w;
          break;
        }
      }
    }
  }
  if (maskCache.size > 5000) maskCache.clear();
  maskCache.set(surface, result);
  return result;
}

/** Decode leetspeak; returns the decoded word only if it is one worth hiding. */
function resolveLeet(surface: string): string | null {
  let letters = 0;
  let digits = 0;
  for (const c of surface) {
    if (isLetter(c)) letters++;
    else if (isDigit(c)) digits++;
  }
  if (letters === 0 || letters < digits) return null; // numbers are not words
  let out = '';
  for (const c of surface) out += LEET[c] ?? c;
  if (!/^[a-z']+$/.test(out)) return null;
  if (RECOVERABLE.has(out)) return out;
  const single = undouble(out);
  if (RECOVERABLE.has(single)) return single;
  return null;
}

/** What canonWordUncached decides. */
type Decided = Pick<Lexeme, 'norm' | 'kind' | 'how'>;

const canonCache = new Map<string, Lexeme>();

function canonWord(surface: string): Lexeme {
  const hit = canonCache.get(surface);
  if (hit) return hit;
  const u = canonWordUncached(surface);
  // one shape for every lexeme, slots included, so the readers' property accesses stay monomorphic
  const c: Lexeme = {
    norm: u.norm,
    kind: u.kind,
    how: u.how,
    features: undefined,
    verdict: undefined,
    sentiment: undefined,
    sentimentTokens: undefined,
    anchorSets: undefined,
    anchorGen: -1,
  };
  if (canonCache.size >= 100_000) canonCache.clear(); // lexemes carry features: bound memory
  canonCache.set(surface, c);
  return c;
}

function canonWordUncached(surface: string): Decided {
  const slang = SLANG[surface];
  if (slang !== undefined) return { norm: slang, kind: 'word', how: 'slang' };
  let hasSym = false;
  let hasDigit = false;
  let hasLetter = false;
  for (const c of surface) {
    if (isLetter(c)) hasLetter = true;
    else if (isDigit(c)) hasDigit = true;
    else if (c !== "'" && c !== '-') hasSym = true;
  }
  if (surface.includes('*')) {
    const m = resolveMask(surface);
    if (m) return { norm: m, kind: 'word', how: 'mask' };
    return { norm: surface, kind: hasLetter ? 'word' : 'symbol' };
  }
  if (!hasLetter) return { norm: surface, kind: hasDigit ? 'number' : 'symbol' };
  if (hasDigit || hasSym) {
    const m = resolveLeet(surface);
    if (m) return { norm: m, kind: 'word', how: 'leet' };
    if (NUMBERISH.test(surface)) return { norm: surface, kind: 'number' };
    return { norm: surface, kind: 'word' };
  }
  if (known(surface)) return { norm: surface, kind: 'word' };
  if (hasDouble(surface)) {
    const single = undouble(surface);
    if (known(single)) return { norm: single, kind: 'word', how: 'stretch' };
    const s2 = SLANG[single];
    if (s2 !== undefined) return { norm: s2, kind: 'word', how: 'slang' };
  }
  if (surface.length >= 5 && surface.endsWith('in')) {
    const stem = surface.slice(0, -2);
    const g = `${surface}g`;
    if (known(g) || known(stem) || (hasDouble(stem) && known(undouble(stem)))) {
      return { norm: g, kind: 'word', how: 'slang' };
    }
  }
  return { norm: surface, kind: 'word' };
}

const isLetterTok = (t: Token | undefined): boolean =>
  !!t && t.kind === 'word' && t.surface.length === 1 && isLetter(t.surface);
const isSep = (t: Token | undefined): boolean =>
  !!t && (t.kind === 'punct' || t.kind === 'symbol') && t.nEnd - t.nStart === 1 && /[.\-_*]/.test(t.surface);

/**
 * Join runs of single letters that spell a recoverable word: "c u n t", "f.u.c.k", "f-u-c-k".
 * Works on tokens: single-letter words separated only by spaces or one of . - _ * (at most two
 * characters apart).
 */
function joinSpaced(tokens: Token[], n: NormalizedText): Token[] {
  let any = false;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' && t.surface.length === 1) {
      any = true;
      break;
    }
  }
  if (!any) return tokens;
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!isLetterTok(t)) {
      out.push(t);
      i++;
      continue;
    }
    // collect the run: letter (sep? letter)*
    const letters: Token[] = [t];
    let j = i + 1;
    while (j < tokens.length && letters.length < 25) {
      const prev = letters[letters.length - 1] as Token;
      const a = tokens[j];
      if (isLetterTok(a) && a && a.nStart - prev.nEnd <= 2 && a.nStart > prev.nEnd - 1) {
        letters.push(a);
        j++;
      } else if (
        isSep(a) &&
        isLetterTok(tokens[j + 1]) &&
        a &&
        (tokens[j + 1] as Token).nStart - prev.nEnd <= 2
      ) {
        j++;
      } else {
        break;
      }
    }
    if (letters.length < 3) {
      out.push(t);
      i++;
      continue;
    }
    // longest recoverable sub-runs, left to right
    let k = 0;
    const emitted: Token[] = [];
    while (k < letters.length) {
      let found = -1;
      let word = '';
      for (let e = letters.length; e >= k + 3; e--) {
        let w = '';
        for (let q = k; q < e; q++) w += (letters[q] as Token).surface;
        if (RECOVERABLE.has(w)) {
          found = e;
          word = w;
          break;
        }
        const u = undouble(w);
        if (RECOVERABLE.has(u)) {
          found = e;
          word = u;
          break;
        }
      }
      if (found > 0) {
        const first = letters[k] as Token;
        const last = letters[found - 1] as Token;
        emitted.push({
          ...first,
          norm: word,
          surface: n.text.slice(first.nStart, last.nEnd),
          end: last.end,
          nEnd: last.nEnd,
          how: 'spaced',
        });
        k = found;
      } else {
        emitted.push(letters[k] as Token);
        k++;
      }
    }
    if (emitted.length === letters.length) {
      // nothing recovered: keep the original tokens (with their separators)
      for (let q = i; q < j; q++) out.push(tokens[q] as Token);
    } else {
      out.push(...emitted);
    }
    i = j;
  }
  return out;
}

const EMAIL_RE = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+/y;
const URL_RE = /(?:https?:\/\/|www\.)[^\s]+/y;
const DOMAIN_RE =
  /[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|org\.uk|gov\.uk|sch\.uk|ac\.uk|uk|io|ly|me|tv|info|edu)(?![a-z0-9])(?:\/[^\s]*)?/y;

/** Does the non-space run starting at `at` contain "." or "@" followed by a letter or digit? */
function runHasDotOrAt(text: string, at: number): boolean {
  for (let k = at; k < text.length && k - at < 254; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x20 || c === 0x0a) return false;
    if ((c === 0x2e || c === 0x40) && isAlnum(text.charAt(k + 1))) return true;
  }
  return false;
}

function sticky(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0].length : 0;
}

/** 1 upper-case letter, 2 lower-case, 3 digit, 0 anything else. */
const charClass = (c: string): number =>
  c >= 'A' && c <= 'Z' ? 1 : c >= 'a' && c <= 'z' ? 2 : c >= '0' && c <= '9' ? 3 : 0;

/** Split a hashtag body by case changes, digits and underscores (uses the cased text). */
function splitHashtag(cased: string): [number, number][] {
  const parts: [number, number][] = [];
  let s = 0;
  for (let i = 1; i <= cased.length; i++) {
    if (i === cased.length) {
      parts.push([s, i]);
      break;
    }
    const a = charClass(cased.charAt(i - 1));
    const b = charClass(cased.charAt(i));
    const c = i + 1 < cased.length ? charClass(cased.charAt(i + 1)) : -1;
    const boundary =
      b === 0 ||
      a === 0 ||
      (a === 2 && b === 1) ||
      (a === 3 && b !== 3) ||
      (a !== 3 && b === 3) ||
      (a === 1 && b === 1 && c === 2);
    if (boundary) {
      parts.push([s, i]);
      s = cased.charAt(i) === '_' ? i + 1 : i;
      if (cased.charAt(i) === '_') i++;
    }
  }
  return parts.filter(([a, b]) => b > a && cased.slice(a, b) !== '_');
}

/** segmentLower's answers: hashtags recur, and each costs up to 14 dictionary lookups a letter. */
const segmentCache = new Map<string, readonly [number, number][] | null>();

/** Split an all-lower-case hashtag into known words when that is unambiguous enough. */
function segmentLower(body: string): readonly [number, number][] | null {
  if (body.length < 6 || body.length > 30 || !/^[a-z]+$/.test(body)) return null;
  let parts = segmentCache.get(body);
  if (parts === undefined) {
    parts = segmentUncached(body);
    if (segmentCache.size >= 20_000) segmentCache.clear();
    segmentCache.set(body, parts);
  }
  return parts;
}

function segmentUncached(body: string): [number, number][] | null {
  // best[i] = fewest parts covering body[0..i)
  const best: number[] = new Array<number>(body.length + 1).fill(Infinity);
  const back: number[] = new Array<number>(body.length + 1).fill(-1);
  best[0] = 0;
  for (let i = 1; i <= body.length; i++) {
    for (let j = Math.max(0, i - 14); j < i; j++) {
      const w = body.slice(j, i);
      const ok = (w.length >= 2 || w === 'a' || w === 'i') && KNOWN_WORDS.has(w);
      const prev = best[j] ?? Infinity;
      if (ok && prev + 1 < (best[i] ?? Infinity)) {
        best[i] = prev + 1;
        back[i] = j;
      }
    }
  }
  if (!Number.isFinite(best[body.length] ?? Infinity) || (best[body.length] ?? 0) < 2) return null;
  const parts: [number, number][] = [];
  for (let i = body.length; i > 0; i = back[i] ?? 0) parts.unshift([back[i] ?? 0, i]);
  return parts;
}

const PUNCT_STOP = new Set(['.', '!', '?', ';', '\n', '…']);
const PUNCT_PAUSE = new Set([',', ':', '(', ')', '"', '[', ']', '{', '}', '–', '—', '/', '-', '~']);
const CONTRACTION_STEMS = new Set([
  'he',
  'she',
  'it',
  'that',
  'what',
  'there',
  'who',
  'let',
  'here',
  'where',
  'how',
  'everyone',
  'nobody',
  'someone',
  'somebody',
  'one',
  'this',
]);

/**
 * Append a token for the normalised range [ns, ne) (`surface` is its text). A plain function, not
 * a closure made on every post.
 */
function pushToken(
  out: Token[],
  n: NormalizedText,
  kind: TokenKind,
  norm: string,
  ns: number,
  ne: number,
  surface: string,
  how?: Token['how'],
  hashtag = false,
  lexeme?: Lexeme,
): void {
  const cased = n.cased;
  let firstLetter = -1;
  let letters = 0;
  let upper = 0;
  for (let k = ns; k < ne; k++) {
    const c = cased.charCodeAt(k);
    const isUp = c >= 65 && c <= 90;
    if (isUp || (c >= 97 && c <= 122)) {
      if (firstLetter < 0) firstLetter = c;
      letters++;
      if (isUp) upper++;
    }
  }
  const tok: Token = {
    kind,
    norm,
    surface,
    start: n.starts[ns] ?? 0,
    end: n.ends[ne - 1] ?? 0,
    nStart: ns,
    nEnd: ne,
    cap: firstLetter >= 65 && firstLetter <= 90,
    allCaps: letters >= 2 && upper === letters,
    hashtag,
  };
  if (how) tok.how = how;
  if (lexeme) tok.lexeme = lexeme;
  out.push(tok);
}

/** Raw tokens from normalised text. `maxTokens` bounds the work on huge posts. */
function scan(n: NormalizedText, maxTokens: number): Token[] {
  const text = n.text;
  const cased = n.cased;
  const out: Token[] = [];
  let i = 0;
  const len = text.length;
  while (i < len && out.length < maxTokens) {
    const c = text.charAt(i);
    if (c === ' ') {
      i++;
      continue;
    }
    const prev = i > 0 ? text.charAt(i - 1) : ' ';
    if ((c === 'h' && text.startsWith('http', i)) || (c === 'w' && text.startsWith('www.', i))) {
      const l = sticky(URL_RE, text, i);
      if (l > 0) {
        pushToken(out, n, 'url', '<url>', i, i + l, text.slice(i, i + l));
        i += l;
        continue;
      }
    }
    if (isAlnum(c) && !isAlnum(prev) && runHasDotOrAt(text, i)) {
      const le = sticky(EMAIL_RE, text, i);
      if (le > 0) {
        pushToken(out, n, 'email', '<email>', i, i + le, text.slice(i, i + le));
        i += le;
        continue;
      }
      const ld = sticky(DOMAIN_RE, text, i);
      if (ld > 0) {
        pushToken(out, n, 'url', '<url>', i, i + ld, text.slice(i, i + ld));
        i += ld;
        continue;
      }
    }
    if (c === '@' && !isAlnum(prev) && isAlnum(text.charAt(i + 1)) && prev !== '@') {
      let j = i + 1;
      while (j < len && j - i < 40 && (isAlnum(text.charAt(j)) || text.charAt(j) === '_')) j++;
      // Instagram/TikTok-style dots inside handles
      while (j < len && text.charAt(j) === '.' && isAlnum(text.charAt(j + 1))) {
        j++;
        while (j < len && (isAlnum(text.charAt(j)) || text.charAt(j) === '_')) j++;
      }
      // "tw@t" style: an @ glued to letters before is a letter, handled as a word below
      pushToken(out, n, 'handle', '@user', i, j, text.slice(i, j));
      i = j;
      continue;
    }
    if (c === '#' && isAlnum(text.charAt(i + 1)) && !isAlnum(prev)) {
      let j = i + 1;
      while (j < len && (isAlnum(text.charAt(j)) || text.charAt(j) === '_')) j++;
      const body = cased.slice(i + 1, j);
      let parts: readonly [number, number][] = splitHashtag(body);
      if (parts.length === 1) parts = segmentLower(text.slice(i + 1, j)) ?? parts;
      for (let p = 0; p < parts.length; p++) {
        const part = parts[p];
        if (!part) continue;
        const ps = i + 1 + part[0];
        const pe = i + 1 + part[1];
        const surface = text.slice(ps, pe);
        const cw = canonWord(surface);
        // the first part's token also covers the "#": its surface is not the lexeme's
        const first = p === 0;
        const kind = cw.kind === 'number' ? 'number' : 'word';
        const ts = first ? i : ps;
        const tokSurface = first ? text.slice(i, pe) : surface;
        pushToken(out, n, kind, cw.norm, ts, pe, tokSurface, cw.how, true, first ? undefined : cw);
      }
      i = j;
      continue;
    }
    if ((c === '£' || c === '$' || c === '€') && isDigit(text.charAt(i + 1))) {
      let j = i + 1;
      while (
        j < len &&
        (isDigit(text.charAt(j)) ||
          ((text.charAt(j) === ',' || text.charAt(j) === '.') && isDigit(text.charAt(j + 1))))
      )
        j++;
      while (j < len && /[kmp]/.test(text.charAt(j)) && !isAlnum(text.charAt(j + 1))) j++;
      const num = text.slice(i, j);
      pushToken(out, n, 'number', num, i, j, num);
      i = j;
      continue;
    }
    const startsWord =
      isAlnum(c) ||
      ((c === '*' || c === '$' || c === '@') &&
        (isAlnum(text.charAt(i + 1)) || text.charAt(i + 1) === '*' || text.charAt(i + 1) === '$'));
    if (startsWord) {
      let j = i + 1;
      while (j < len) {
        const d = text.charAt(j);
        const nx = text.charAt(j + 1);
        if (isAlnum(d) || d === '*') {
          j++;
        } else if (isInnerSym(d) && (isAlnum(nx) || isInnerSym(nx))) {
          j++;
        } else if (d === '$' || d === '@') {
          j++; // trailing "a$$" / "tw@"
        } else if (d === "'" && isLetter(text.charAt(j - 1)) && isLetter(nx)) {
          j++;
        } else if (
          (d === '-' || d === '.' || d === ',' || d === ':' || d === '/') &&
          isDigit(text.charAt(j - 1)) &&
          isDigit(nx)
        ) {
          j++; // 01632-960, 3.15, 2,340, 14/03/1975, 1:30
        } else if (d === '-' && isAlnum(text.charAt(j - 1)) && isAlnum(nx)) {
          j++; // hyphenated words
        } else {
          break;
        }
      }
      // strip trailing "!" / "|" / "+" that are punctuation
      let e = j;
      while (e > i + 1 && isTrailingPunct(text.charCodeAt(e - 1))) e--;
      let surface = text.slice(i, e);
      // possessive 's split off unless it is a contraction ("she's" = she is)
      let possessive = false;
      if (surface.endsWith("'s") && surface.length > 2) {
        const stem = surface.slice(0, -2);
        if (!CONTRACTION_STEMS.has(stem)) {
          possessive = true;
          surface = stem;
        }
      }
      const cw = canonWord(surface);
      const se = i + surface.length;
      pushToken(out, n, cw.kind, cw.norm, i, se, surface, cw.how, false, cw);
      if (possessive) pushToken(out, n, 'word', "'s", se, se + 2, "'s");
      i = e;
      continue;
    }
    if (PUNCT_STOP.has(c) || PUNCT_PAUSE.has(c)) {
      const norm = PUNCT_STOP.has(c) ? '.' : ',';
      const last = out[out.length - 1];
      if (last && last.kind === 'punct' && last.nEnd === i) {
        // merge runs; a stop wins over a pause
        if (norm === '.') last.norm = '.';
        last.nEnd = i + 1;
        last.end = n.ends[i] ?? last.end;
        last.surface = text.slice(last.nStart, i + 1);
      } else {
        pushToken(out, n, 'punct', norm, i, i + 1, c);
      }
      i++;
      continue;
    }
    if (c === '&') {
      pushToken(out, n, 'word', 'and', i, i + 1, c);
      i++;
      continue;
    }
    if (c === "'") {
      i++;
      continue;
    }
    // a symbol: one code point (emoji etc.)
    const cp = text.codePointAt(i) ?? 0;
    const w = cp > 0xffff ? 2 : 1;
    const sym = text.slice(i, i + w);
    pushToken(out, n, 'symbol', sym, i, i + w, sym);
    i += w;
  }
  return out;
}

interface CompiledContext {
  handles: Set<string>;
  /** Names as sequences of canonical words. */
  names: string[][];
  /** Their first words (most words start no name: merge skips the names for them). */
  nameStarts: Set<string>;
}

const contextCache = new WeakMap<ClassifyContext, CompiledContext>();

const NO_NAMES: readonly string[][] = [];

function compileContext(ctx: ClassifyContext | undefined): CompiledContext {
  if (!ctx) return { handles: new Set(), names: [], nameStarts: new Set() };
  const hit = contextCache.get(ctx);
  if (hit) return hit;
  const handles = new Set((ctx.handles ?? []).map((h) => h.replace(/^@/, '').toLowerCase()));
  const names: string[][] = [];
  for (const raw of ctx.names ?? []) {
    const nn = normalize(raw.replace(/^#/, ''));
    const toks = joinSpaced(scan(nn, 50), nn).filter((t) => t.kind === 'word' || t.kind === 'number');
    if (toks.length > 0) names.push(toks.map((t) => t.norm));
  }
  names.sort((a, b) => b.length - a.length);
  const compiled = { handles, names, nameStarts: new Set(names.map((n) => n[0] ?? '')) };
  contextCache.set(ctx, compiled);
  return compiled;
}

const ORG_HANDLE =
  /(?:acad|academy|school|schools|sch|primary|pri|college|trust|mat|lt|pe|6th|sixth|official|office|hs|ps|pta|team|dept|news|council)$|academy|school|trust|college/;
const ORG_SUFFIX = new Set(['academy', 'primary', 'college', 'trust', 'school', 'high', 'infants']);
const NOT_NAME_BEFORE_ORG = new Set([
  ...COMMON_WORDS,
  'primary',
  'secondary',
  'high',
  'grammar',
  'free',
  'special',
  'infant',
  'junior',
  'nursery',
  'prep',
  'private',
  'state',
  'independent',
  'boarding',
  'catholic',
  'faith',
  'church',
  'sunday',
  'summer',
  'driving',
  'dance',
  'art',
  'drama',
  'music',
  'local',
  'previous',
  'current',
  'secondary',
  'comprehensive',
  'sixth',
  'form',
  'this',
  'that',
  'our',
  'your',
  'their',
  'every',
  'whole',
  'same',
  'other',
  'new',
  'old',
  'learning',
  'multi',
  'academy',
  'trust',
  'college',
]);

function mergeRange(tokens: Token[], i: number, j: number, kind: TokenKind, norm: string): Token {
  const first = tokens[i] as Token;
  const last = tokens[j] as Token;
  return {
    kind,
    norm,
    surface: tokens
      .slice(i, j + 1)
      .map((t) => t.surface)
      .join(' '),
    start: first.start,
    end: last.end,
    nStart: first.nStart,
    nEnd: last.nEnd,
    cap: first.cap,
    allCaps: first.allCaps,
    hashtag: first.hashtag,
  };
}

/** Merge org names, handles and titled staff names into placeholder tokens. */
function merge(tokens: Token[], ctx: CompiledContext): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'handle') {
      const h = t.surface.slice(1);
      const org = ctx.handles.has(h) || ORG_HANDLE.test(h);
      out.push({ ...t, kind: org ? 'org' : 'handle', norm: org ? '@org' : '@user' });
      continue;
    }
    if (t.kind === 'word' || t.kind === 'number') {
      // configured names (longest first)
      let matched = -1;
      for (const name of ctx.nameStarts.has(t.norm) ? ctx.names : NO_NAMES) {
        if (name.length === 0 || name[0] !== t.norm) continue;
        let ok = true;
        for (let k = 1; k < name.length; k++) {
          if (tokens[i + k]?.norm !== name[k]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          matched = i + name.length - 1;
          break;
        }
      }
      if (matched >= 0) {
        // absorb a trailing "academy"/"primary"/"school"
        while (ORG_SUFFIX.has(tokens[matched + 1]?.norm ?? '')) matched++;
        out.push(mergeRange(tokens, i, matched, 'org', '@org'));
        i = matched;
        continue;
      }
      // "<name> academy|primary|college|trust", "<name> learning trust"
      const nx = tokens[i + 1];
      if (
        nx &&
        (ORG_SUFFIX.has(nx.norm) || (nx.norm === 'learning' && tokens[i + 2]?.norm === 'trust')) &&
        nx.norm !== 'school' &&
        nx.norm !== 'high' &&
        t.kind === 'word' &&
        !NOT_NAME_BEFORE_ORG.has(t.norm) &&
        /^[a-z][a-z'-]+$/.test(t.norm)
      ) {
        let j = i + 1;
        if (nx.norm === 'learning') j = i + 2;
        while (ORG_SUFFIX.has(tokens[j + 1]?.norm ?? '')) j++;
        out.push(mergeRange(tokens, i, j, 'org', '@org'));
        i = j;
        continue;
      }
      // "St Mary's", "St. John's": a saint's name is a school (or church) here
      if ((t.norm === 'st' || t.norm === 'saint') && nx && nx.kind === 'word' && /^[a-z]+$/.test(nx.norm)) {
        let j = i + 1;
        if (tokens[j + 1]?.norm === "'s") j++;
        while (ORG_SUFFIX.has(tokens[j + 1]?.norm ?? '')) j++;
        if (j > i + 1 || ORG_SUFFIX.has(tokens[j]?.norm ?? '') || nx.cap) {
          out.push(mergeRange(tokens, i, j, 'org', '@org'));
          i = j;
          continue;
        }
      }
      // titles: "Mrs Kaur", "mr o'connor", "Dr Osei"
      if (t.kind === 'word' && TITLES.has(t.norm) && nx && nx.kind === 'word') {
        const loose = t.norm === 'miss' || t.norm === 'sir' || t.norm === 'pc';
        const nameLike =
          /^[a-z][a-z'-]+$/.test(nx.norm) &&
          (!loose || (t.cap && nx.cap) || !COMMON_WORDS.has(nx.norm)) &&
          !['and', 'or', 'the', 'a', 'is', 'was', 'you', 'me', 'him', 'her', 'it'].includes(nx.norm);
        if (nameLike) {
          out.push(mergeRange(tokens, i, i + 1, 'staff', '@staff'));
          i++;
          continue;
        }
      }
      // "yr" before a number is "year"; otherwise texting for "your"
      if (t.norm === 'yr') {
        out.push({ ...t, norm: tokens[i + 1]?.kind === 'number' ? 'year' : 'your' });
        continue;
      }
      // "yr10", "y6" glued
      const glued = t.surface.startsWith('y') ? /^(?:yr|y|year)(\d{1,2})$/.exec(t.surface) : null;
      if (glued && glued[1]) {
        out.push({ ...t, kind: 'word', norm: `year ${glued[1]}` });
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

export interface AnalyzeOptions {
  /** Characters of the post analysed (the rest is ignored). */
  maxChars?: number;
  /** Tokens produced at most. */
  maxTokens?: number;
}

export const DEFAULT_MAX_CHARS = 16_000;
export const DEFAULT_MAX_TOKENS = 4_000;

/** Normalise, tokenise and merge references; build the canonical text. */
export function analyze(original: string, context?: ClassifyContext, options: AnalyzeOptions = {}): Analysis {
  const norm = normalize(original, options.maxChars ?? DEFAULT_MAX_CHARS);
  const raw = joinSpaced(scan(norm, options.maxTokens ?? DEFAULT_MAX_TOKENS), norm);
  const tokens = merge(raw, compileContext(context));
  const tokStart: number[] = new Array<number>(tokens.length);
  const tokEnd: number[] = new Array<number>(tokens.length);
  const vocab = new Set<string>();
  const parts: string[] = [];
  let pos = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    tokStart[k] = pos;
    tokEnd[k] = pos + t.norm.length;
    pos += t.norm.length + 1;
    parts.push(t.norm);
    if (t.norm.includes(' ')) for (const w of t.norm.split(' ')) vocab.add(w);
    else vocab.add(t.norm);
  }
  return { original, norm, tokens, canon: parts.join(' '), tokStart, tokEnd, vocab };
}

/** Index of the token containing canonical offset `pos` (or the next one). */
export function tokenAt(a: Analysis, pos: number): number {
  let lo = 0;
  let hi = a.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((a.tokStart[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Original [start, end) for the canonical range [cs, ce). */
export function spanOf(a: Analysis, cs: number, ce: number): { start: number; end: number } {
  if (a.tokens.length === 0) return { start: 0, end: 0 };
  const i = tokenAt(a, cs);
  const j = tokenAt(a, Math.max(cs, ce - 1));
  const first = a.tokens[i] as Token;
  const last = a.tokens[Math.max(i, j)] as Token;
  return { start: first.start, end: Math.max(first.start, last.end) };
}
