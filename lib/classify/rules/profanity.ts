/**
 * profanity: swearing (CT §5.1 "enable a profanity filter"). High for official posts; for
 * mentions it is low and "adds weight" to other findings (see index.ts).
 *
 * Two detectors, combined:
 *  1. our lexicon of canonical tokens, after the tokeniser has undone masks ("f*ck", "sh1t",
 *     "f u c k", "fuuuck"): strong words, British terms (bollocks, wanker, tosser, twat, bellend,
 *     shite), abbreviations (wtf, ffs, stfu, af), and mild words (bloody, sod, arse, crap,
 *     pillock; "hell" only in set phrases) which score lower;
 *  2. the `obscenity` package (englishDataset + englishRecommendedTransformers), run per word
 *     token and cached, which catches spellings our lexicon misses. It is tuned so that numbers
 *     are not words (numeric tokens and tokens with more digits than letters are never passed to
 *     it: "455" is not "ass"), clinical or sexual-health words ("sex education", "rape" in a
 *     disclosure) are not profanity, and slurs are reported by the abuse rule instead.
 */
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import {
  MILD_NEEDS_PHRASE,
  PROFANITY_MILD_WORDS,
  PROFANITY_STRONG_ROOTS,
  PROFANITY_STRONG_WORDS,
} from '../lexicon';
import { COMMON_WORDS, SLURS } from '../lexicon';
import { clamp01, evidenceTokens, mergeEvidence } from './common';
import type { Hit } from './common';
import { lexemeOf } from '../tokens';
import type { Analysis, Token } from '../tokens';
import type { Evidence } from '../../domain/finding';

const matcher = new RegExpMatcher({
  ...englishDataset.build(),
  ...englishRecommendedTransformers,
});

/** obscenity's words we count as profanity, and how strong. */
const OBSCENITY_STRONG = new Set([
  'fuck',
  'shit',
  'cunt',
  'twat',
  'wank',
  'bitch',
  'bastard',
  'prick',
  'pussy',
  'cock',
  'dick',
  'whore',
  'slut',
  'jizz',
  'cum',
  'blowjob',
  'handjob',
  'gangbang',
  'dildo',
  'deepthroat',
  'doggystyle',
  'fisting',
  'felch',
  'buttplug',
  'lubejob',
  'finger bang',
  'jerk off',
  'bollocks',
  'cuck',
]);
const OBSCENITY_MILD = new Set(['arse', 'ass', 'piss', 'turd', 'tit', 'boob']);

/** Tokens obscenity flags that are ordinary words here. */
const NOT_PROFANE = new Set([
  'feckless',
  'lmfao',
  'lmao',
  'lmfaoo',
  'rofl',
  'penistone',
  'shiitake',
  'shitake',
  'cockpit',
  'cockpits',
  'cumin',
  'cummings',
  'rapeseed',
  'pussycat',
  'pussycats',
  'wankel',
  'hooker',
  'hookers',
  'scunthorpe',
  'cocktail',
  'cocktails',
  'peacock',
  'peacocks',
  'woodcock',
  'hancock',
  'hitchcock',
  'shuttlecock',
  'shuttlecocks',
  'cocker',
  'cockerel',
  'cockney',
  'dickens',
  'titmouse',
  'title',
  'titles',
  'titanic',
  'analysis',
  'analyst',
  'canal',
  'banal',
  'grape',
  'scrape',
  'therapist',
  'assassin',
  'assess',
  'assessment',
  'class',
  'classic',
  'pass',
  'bass',
  'grass',
  'sussex',
  'essex',
  'middlesex',
  'arsenal',
  'spice',
  'butt',
  'document',
  'cucumber',
  'circumstance',
  'accumulate',
  'cumulative',
]);

const obscenityCache = new Map<string, string | null>();
const OBSCENITY_CACHE_MAX = 200_000;

/** The obscenity dataset word for a token, or null. Cached; numbers never reach it. */
function obscenityWord(token: string): string | null {
  const hit = obscenityCache.get(token);
  if (hit !== undefined) return hit;
  let result: string | null = null;
  if (!NOT_PROFANE.has(token) && !COMMON_WORDS.has(token)) {
    const matches = matcher.getAllMatches(token);
    for (const m of matches) {
      const w = englishDataset.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord;
      if (w !== undefined) {
        result = w;
        if (OBSCENITY_STRONG.has(w)) break;
      }
    }
  }
  if (obscenityCache.size >= OBSCENITY_CACHE_MAX) obscenityCache.clear();
  obscenityCache.set(token, result);
  return result;
}

/** Tokens that may be passed to obscenity: letters, at least as many letters as digits. */
function obscenityCandidate(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const s = t.surface;
  if (s.length < 3 || s.length > 40) return false;
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) letters++;
    else if (c >= 48 && c <= 57) digits++;
  }
  return letters >= 2 && letters >= digits;
}

export type ProfanityLevel = 'strong' | 'mild';

export interface ProfanityToken {
  index: number;
  word: string;
  level: ProfanityLevel;
}

const STRONG_PREFIX = new RegExp(`^(?:${PROFANITY_STRONG_ROOTS.join('|')})`);
const STRONG_INFIX = /(?:fuck|shit|cunt|twat|wank)/;

const PHRASE_HELL = new Set([
  'bloody',
  'what',
  'the',
  'go',
  'to',
  'like',
  'as',
  'from',
  'no',
  'yes',
  'oh',
  'hell',
]);

function isProfaneOk(tokens: readonly Token[], i: number, word: string): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (word === 'dick' || word === 'cock' || word === 'prick') {
    // "Moby Dick", "Dick Whittington" (a name), "cock-a-doodle", "prick your finger"
    const prev = tokens[i - 1]?.norm ?? '';
    const next = tokens[i + 1];
    if (prev === 'moby' || (t.cap && next?.cap && next.kind === 'word')) return false;
    if (word === 'prick' && (next?.norm === 'your' || next?.norm === 'the' || next?.norm === 'my'))
      return false;
  }
  if (word === 'tits' || word === 'tit') {
    const prev = tokens[i - 1]?.norm ?? '';
    if (prev === 'blue' || prev === 'great' || prev === 'coal' || prev === 'long-tailed') return false;
  }
  if (word === 'af') {
    const prev = tokens[i - 1];
    if (!prev || prev.kind !== 'word' || t.allCaps) return false;
  }
  if (word === 'cum' && tokens[i - 1]?.kind === 'word' && tokens[i + 1]?.kind === 'word') {
    // "kitchen-cum-diner", "bar cum restaurant"
    return false;
  }
  if (MILD_NEEDS_PHRASE.has(word)) {
    const prev = tokens[i - 1]?.norm ?? '';
    const next = tokens[i + 1]?.norm ?? '';
    if (word === 'hell') return PHRASE_HELL.has(prev) || next === 'no' || next === 'yes' || next === 'of';
    if (word === 'bum' || word === 'bums') return prev !== 'bum' && !t.cap;
    return false;
  }
  return true;
}

/** A word's profanity on its own, before its neighbours are considered. */
export interface ProfanityVerdict {
  word: string;
  level: ProfanityLevel;
}

const verdictCache = new Map<string, ProfanityVerdict | null>();

/** Is this token (canonical form + surface) profane, ignoring its neighbours? Cached. */
function tokenVerdict(t: Token): ProfanityVerdict | null {
  const lx = lexemeOf(t);
  if (lx !== undefined && lx.verdict !== undefined) return lx.verdict;
  const v = verdictOf(t);
  if (lx !== undefined) lx.verdict = v;
  return v;
}

function verdictOf(t: Token): ProfanityVerdict | null {
  const key = t.norm === t.surface ? t.norm : `${t.norm}\u0000${t.surface}`;
  const hit = verdictCache.get(key);
  if (hit !== undefined) return hit;
  const w = t.norm;
  let v: ProfanityVerdict | null = null;
  if (SLURS[w] !== undefined && w !== 'nigga' && w !== 'niggas') {
    v = null; // abuse, not profanity
  } else if (
    PROFANITY_STRONG_WORDS.has(w) ||
    (STRONG_PREFIX.test(w) && !NOT_PROFANE.has(w)) ||
    (w.length > 6 && STRONG_INFIX.test(w) && !NOT_PROFANE.has(w))
  ) {
    v = { word: w, level: 'strong' };
  } else if (PROFANITY_MILD_WORDS.has(w)) {
    v = { word: w, level: 'mild' };
  } else if (obscenityCandidate(t)) {
    const ow = obscenityWord(w) ?? (w !== t.surface ? obscenityWord(t.surface) : null);
    if (ow && (OBSCENITY_STRONG.has(ow) || OBSCENITY_MILD.has(ow))) {
      v = { word: ow, level: OBSCENITY_STRONG.has(ow) ? 'strong' : 'mild' };
    }
  }
  if (verdictCache.size >= OBSCENITY_CACHE_MAX) verdictCache.clear();
  verdictCache.set(key, v);
  return v;
}

/** All profane tokens in the post. */
export function profaneTokens(a: Analysis): ProfanityToken[] {
  const out: ProfanityToken[] = [];
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const v = tokenVerdict(t);
    if (v && isProfaneOk(tokens, i, v.word)) out.push({ index: i, word: v.word, level: v.level });
  }
  return out;
}

export function detectProfanity(a: Analysis, found: ProfanityToken[]): Hit | null {
  if (found.length === 0) return null;
  const strong = found.filter((f) => f.level === 'strong');
  const evidence: Evidence[] = found.map((f) =>
    evidenceTokens(a, f.index, f.index, f.level === 'strong' ? 'profanity' : 'mild profanity'),
  );
  const score =
    strong.length > 0
      ? 0.85 + Math.min(0.1, 0.05 * (strong.length - 1))
      : 0.55 + Math.min(0.15, 0.05 * (found.length - 1));
  return {
    kind: 'profanity',
    rule: strong.length > 0 ? 'profanity.strong' : 'profanity.mild',
    score: clamp01(score),
    evidence: mergeEvidence(evidence),
    explanation: strong.length > 0 ? 'Contains strong language.' : 'Contains mild swearing.',
  };
}
