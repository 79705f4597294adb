/**
 * Helpers shared by the rule modules: building token-level RegExps over the canonical text,
 * turning matches into evidence, negation and idiom checks, and the vocabulary of targets,
 * places and times that several kinds need.
 *
 * Canonical text is a sequence of tokens separated by single spaces ("i'll smash @staff car up .").
 * A pattern matches whole tokens: `T` marks a token start, `E` a token end, and `gap(n)` skips at
 * most n tokens without crossing a sentence stop. Every quantifier is bounded, so matching is
 * linear in the post length (no catastrophic backtracking).
 */
import type { ContentKind } from '../../domain/kinds';
import type { Evidence } from '../../domain/finding';
import { alt } from '../lexicon';
import { lexemeOf, spanOf } from '../tokens';
import type { Analysis, Token } from '../tokens';

/** A detector's verdict before severity and source rules are applied. */
export interface Hit {
  kind: ContentKind;
  rule: string;
  score: number;
  evidence: Evidence[];
  explanation: string;
}

/** Token start / end boundaries in the canonical text. */
export const T = '(?<![^ ])';
export const E = '(?![^ ])';

/** Up to n tokens, none of them a sentence stop. */
export const gap = (n: number): string => `(?: [^ .]+){0,${n}} `;

/** Alternation of whole tokens (multi-word entries allowed). */
export const any = (list: Iterable<string>): string => `${T}${alt(list)}${E}`;

/** Build a canonical-text RegExp (global + indices, so groups give evidence spans). */
export const rx = (src: string): RegExp => new RegExp(src, 'gd');

export interface Match {
  /** Canonical offsets of the whole match. */
  cs: number;
  ce: number;
  /** Named groups that matched: name → canonical [start, end). */
  groups: [string, number, number][];
}

/** All matches of a global RegExp on the canonical text (at most `limit`). */
export function matchAll(a: Analysis, re: RegExp, limit = 8): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = re.exec(a.canon)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const groups: [string, number, number][] = [];
    const gi = m.indices?.groups;
    if (gi) {
      for (const [name, range] of Object.entries(gi)) {
        if (range) groups.push([name, range[0], range[1]]);
      }
    }
    out.push({ cs: m.index, ce: m.index + m[0].length, groups });
  }
  re.lastIndex = 0;
  return out;
}

/** First words of a list of (possibly multi-word) alternatives. */
export const firstWords = (list: Iterable<string>): Set<string> => {
  const out = new Set<string>();
  for (const w of list) out.add(w.split(' ')[0] ?? w);
  return out;
};

/**
 * A pattern tried only at the start of tokens whose first word is in `first` (sticky matching):
 * instead of scanning every position of the post, it runs a handful of times. Same result as
 * matchAll when every match must begin with one of those words.
 */
export interface Anchored {
  re: RegExp;
  first: ReadonlySet<string>;
}

export const anchoredRx = (src: string, first: Iterable<string>): Anchored => ({
  re: new RegExp(src, 'yd'),
  first: new Set(first),
});

export function matchAnchored(a: Analysis, p: Anchored, limit = 8): Match[] {
  const out: Match[] = [];
  const toks = a.tokens;
  for (let i = 0; i < toks.length && out.length < limit; i++) {
    const norm = toks[i]?.norm ?? '';
    const sp = norm.indexOf(' ');
    if (!p.first.has(sp < 0 ? norm : norm.slice(0, sp))) continue;
    p.re.lastIndex = a.tokStart[i] ?? 0;
    const m = p.re.exec(a.canon);
    if (!m || m[0].length === 0) continue;
    const groups: [string, number, number][] = [];
    const gi = m.indices?.groups;
    if (gi) {
      for (const [name, range] of Object.entries(gi)) {
        if (range) groups.push([name, range[0], range[1]]);
      }
    }
    out.push({ cs: m.index, ce: m.index + m[0].length, groups });
  }
  return out;
}

/** Evidence for a canonical range. */
export function evidenceAt(a: Analysis, cs: number, ce: number, cue: string): Evidence {
  const { start, end } = spanOf(a, cs, ce);
  return { start, end, text: a.original.slice(start, end), cue };
}

/** Evidence for a match: one item per named group (cue = group name), else the whole match. */
export function evidenceOf(a: Analysis, m: Match, cue: string): Evidence[] {
  if (m.groups.length === 0) return [evidenceAt(a, m.cs, m.ce, cue)];
  return m.groups.map(([name, s, e]) => evidenceAt(a, s, e, name.replace(/_/g, ' ')));
}

/** Evidence for a token index range. */
export function evidenceTokens(a: Analysis, i: number, j: number, cue: string): Evidence {
  const first = a.tokens[i];
  const last = a.tokens[j] ?? first;
  const start = first?.start ?? 0;
  const end = Math.max(start, last?.end ?? start);
  return { start, end, text: a.original.slice(start, end), cue };
}

/** Merge evidence lists: drop duplicates, keep original order, cap the count. */
export function mergeEvidence(list: Evidence[], cap = 6): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of [...list].sort((x, y) => x.start - y.start || x.end - y.end)) {
    const key = `${e.start}:${e.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
    if (out.length >= cap) break;
  }
  return out;
}

/*
 * Anchor sets: a rule runs only if the post contains one of its anchor words. Every set passed to
 * hasAny is registered once (word → ids of the sets containing it); per post, one pass over its
 * words marks which sets are present, so each later check is a single array read.
 */
const registry = new Map<string, number[]>();
/**
 * A registered set carries its id under this private key: hasAny runs a few dozen times a post,
 * and reading a property is cheaper than looking the set up in a side table.
 */
const SET_ID: unique symbol = Symbol('anchor set id');
type Registered = ReadonlySet<string> & { [SET_ID]?: number };
let nextId = 0;

function register(set: ReadonlySet<string>): number {
  const tagged = set as Registered;
  const known = tagged[SET_ID];
  if (known !== undefined) return known;
  const id = nextId++;
  for (const w of set) {
    const list = registry.get(w);
    if (list) list.push(id);
    else registry.set(w, [id]);
  }
  tagged[SET_ID] = id;
  return id;
}

/**
 * Ids of the sets containing the token's word, or null. A word's are kept on its lexeme (tokens.ts), valid
 * while no set has been registered since (anchorGen), so a post's words skip the registry.
 */
function setsOfToken(t: Token): readonly number[] | null {
  const lx = lexemeOf(t);
  if (lx === undefined) return registry.get(t.norm) ?? null;
  if (lx.anchorGen !== nextId) {
    lx.anchorSets = registry.get(lx.norm) ?? null;
    lx.anchorGen = nextId;
  }
  return lx.anchorSets ?? null;
}

/**
 * Which sets are present, for the analysis the rules are reading now: one slot (rules read one post
 * at a time), recomputed when another analysis asks.
 */
let presenceOf: Analysis | null = null;
let presence = new Uint8Array(64);
let presenceIds = 0;

function presentSets(a: Analysis): Uint8Array {
  if (presenceOf === a && presenceIds >= nextId) return presence;
  if (presence.length < nextId) presence = new Uint8Array(nextId * 2);
  else presence.fill(0);
  // the words of the tokens' norms are exactly a.vocab (multi-word norms split)
  for (const t of a.tokens) {
    if (t.norm.includes(' ')) {
      for (const w of t.norm.split(' ')) {
        const ids = registry.get(w);
        if (ids) for (const id of ids) presence[id] = 1;
      }
      continue;
    }
    const ids = setsOfToken(t);
    if (ids) for (const id of ids) presence[id] = 1;
  }
  presenceOf = a;
  presenceIds = nextId;
  return presence;
}

/** True when any of the words is in the post (cheap pre-check before running patterns). */
export function hasAny(a: Analysis, list: ReadonlySet<string> | readonly string[]): boolean {
  if (list instanceof Set) {
    const id = register(list);
    return presentSets(a)[id] === 1;
  }
  for (const w of list as readonly string[]) if (a.vocab.has(w)) return true;
  return false;
}

/** A set of anchor words from a space-separated list. */
export const anchors = (s: string): ReadonlySet<string> => {
  const set = new Set(s.split(/\s+/).filter((w) => w.length > 0));
  register(set);
  return set;
};

/** The canonical text of the sentence around canonical offset `pos`. */
export function sentenceAround(a: Analysis, pos: number): string {
  const s = a.canon.lastIndexOf(' . ', pos);
  const e = a.canon.indexOf(' . ', pos);
  return a.canon.slice(s < 0 ? 0 : s + 3, e < 0 ? a.canon.length : e);
}

/** Up to `n` canonical tokens before offset `pos`, within the same sentence. */
export function tokensBefore(a: Analysis, pos: number, n: number): string[] {
  const before = a.canon.slice(Math.max(0, pos - 160), pos).trimEnd();
  const cut = before.lastIndexOf(' . ');
  const clause = cut >= 0 ? before.slice(cut + 3) : before;
  const toks = clause.split(' ').filter((t) => t.length > 0);
  return toks.slice(-n);
}

export const NEGATORS = new Set([
  'not',
  'never',
  'no one',
  'nobody',
  'noone',
  "won't",
  "don't",
  "doesn't",
  "didn't",
  "wouldn't",
  "isn't",
  "aren't",
  "wasn't",
  "can't",
  'cannot',
  "shouldn't",
  "couldn't",
  'no',
  'nothing',
  'nor',
  'neither',
]);

/** A negator within the `n` tokens before `pos` (same sentence, no "but" in between). */
export function negatedBefore(a: Analysis, pos: number, n = 4): boolean {
  const toks = tokensBefore(a, pos, n);
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i] ?? '';
    if (t === 'but' || t === ',') return false;
    if (NEGATORS.has(t)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Shared vocabulary (canonical tokens)

/** People a threat or insult can be aimed at. */
export const PERSON_PRONOUNS = [
  'you',
  'your',
  "you're",
  'yourself',
  'yall',
  "y'all",
  'him',
  'her',
  'them',
  'he',
  'she',
  'they',
  'his',
  'their',
  "he's",
  "she's",
  "they're",
  'himself',
  'herself',
  'ye',
];

export const STAFF_NOUNS = [
  'teacher',
  'teachers',
  'head',
  'headteacher',
  'headmaster',
  'headmistress',
  'principal',
  'deputy',
  'ceo',
  'staff',
  'governor',
  'governors',
  'trustees',
  'senco',
  'dsl',
  'slt',
  'caretaker',
  'receptionist',
  'coach',
  'tutor',
  'ta',
  'management',
  'leadership',
  'office',
  'school',
  'academy',
  'trust',
];

export const PERSON_REF = `(?:@staff|@user|@org|${alt([
  ...PERSON_PRONOUNS,
  ...STAFF_NOUNS,
  'everyone',
  'everybody',
  'someone',
  'kids',
  'kid',
  'pupils',
  'pupil',
  'students',
  'student',
  'children',
  'child',
  'boy',
  'girl',
  'lad',
  'lass',
  'man',
  'woman',
  'bloke',
  'parents',
  'parent',
])})`;

export const PLACES = [
  '@org',
  'school',
  'the school',
  'academy',
  'the academy',
  'gates',
  'the gates',
  'school gates',
  'playground',
  'car park',
  'the car park',
  'carpark',
  'classroom',
  'class',
  'canteen',
  'reception',
  'the office',
  'building',
  'the building',
  'site',
  'field',
  'hall',
  'assembly',
  'home',
  'house',
  'his house',
  'her house',
  'your house',
  'their house',
  'the park',
  'park',
];

export const TIMES = [
  'tomorrow',
  'tonight',
  'today',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'next week',
  'this week',
  'morning',
  'afternoon',
  'lunch',
  'lunchtime',
  'break',
  'home time',
  'hometime',
  'after school',
  'first thing',
  'one day',
  'one of these days',
  'one of these nights',
  'soon',
  'rn',
  'now',
  'mon',
  'tues',
  'tue',
  'wed',
  'weds',
  'thurs',
  'thur',
  'thu',
  'fri',
  'tmrw',
  'tmr',
  'tmoz',
  'tomoz',
  '2moro',
  '2morrow',
  'tonite',
  '2nite',
  'results day',
  'sports day',
  'end of term',
  'last day',
];

/** Words that mark a sports / performance context (where "smashed", "killed" are praise). */
export const SPORT_WORDS = new Set([
  'match',
  'game',
  'games',
  'final',
  'cup',
  'league',
  'score',
  'goal',
  'goals',
  'team',
  'tournament',
  'quiz',
  'debate',
  'competition',
  'opposition',
  'rugby',
  'football',
  'netball',
  'hockey',
  'cricket',
  'basketball',
  'race',
  'sports',
  'sport',
  'fixture',
  'keeper',
  'squad',
  'u12',
  'u13',
  'u14',
  'u15',
  'u16',
  'u18',
  'u12s',
  'u13s',
  'u14s',
  'u15s',
  'u16s',
  'concert',
  'show',
  'performance',
  'talent',
  'song',
  'exam',
  'exams',
  'mock',
  'mocks',
  'test',
  'gcse',
  'gcses',
  'chess',
  'kickoff',
  '⚽',
  '🏉',
  '🏀',
  '🏏',
  '🏑',
  '🏐',
  '🎾',
  '🏸',
  '🏓',
  '🏒',
  '🥅',
  '🏆',
  '🥇',
  '🏅',
]);

export function inSportContext(a: Analysis, pos: number): boolean {
  const s = sentenceAround(a, pos);
  if (/(?<![^ ])\d+-\d+(?![^ ])/.test(s)) return true;
  for (const w of s.split(' ')) if (SPORT_WORDS.has(w)) return true;
  return false;
}

/**
 * The sport, garden and nature uses of weapon words ("bringing a bat to cricket club on Friday", "bat
 * boxes for the school garden", "an axe at forest school", skates' blades), which the weapon rules of threat.ts and
 * safeguarding.ts leave alone within a sentence's reach.
 */
export const RE_TOOL_USE =
  /(?<![^ ])(?:cricket|rounders|baseball|softball|stoolball|bat and ball|bat box|bat boxes|bat walk|bat detector|forest school|woodwork|nets|skating|skates|ice rink|rink|lawnmower|mower)(?![^ ])/;

/** Laughter / joking markers. */
export const JOKE = new Set(['lol', 'lmao', 'lmfao', 'haha', 'hahaha', '😂', '🤣', '😆', 'jk', 'joking']);

export function hasJoke(a: Analysis): boolean {
  for (const w of JOKE) if (a.vocab.has(w)) return true;
  return false;
}

/** Clamp to [0, 1] with 2 decimals. */
export const clamp01 = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

/**
 * The words of the post a Principal should see in an explanation: the stretch of the post covered
 * by the evidence of one match (or its first item when that stretch is long), on one line (cut at
 * a line break, at most ~80 characters, ending on a word), so the quote is always a verbatim
 * piece of the post.
 */
export function quoteOf(original: string, ev: readonly Evidence[]): string {
  const items = ev.filter((e) => e.end > e.start && e.text.trim().length > 0);
  const first = items[0];
  if (!first) return '';
  let start = first.start;
  let end = first.end;
  for (const e of items) {
    start = Math.min(start, e.start);
    end = Math.max(end, e.end);
  }
  let text = end - start <= 100 ? original.slice(start, end) : first.text;
  text = text.trim();
  const nl = text.search(/[\r\n\u2028\u2029]/);
  if (nl >= 0) text = text.slice(0, nl).trimEnd();
  if (text.length > 80) {
    const cut = text.lastIndexOf(' ', 80);
    let stop = cut > 20 ? cut : 80;
    const c = text.charCodeAt(stop - 1);
    if (c >= 0xd800 && c <= 0xdbff) stop--; // never split a surrogate pair
    text = text.slice(0, stop).trimEnd();
  }
  return text;
}

/** A one-line explanation: the rule's sentence, then the post's own words that triggered it. */
export function explain(a: Analysis, why: string, ev: readonly Evidence[]): string {
  const q = quoteOf(a.original, ev);
  const base = why.replace(/\.$/, '');
  return q ? `${base}: "${q}".` : `${base}.`;
}
